using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

public class ScheduleAdherenceTests
{
    // Worked example (derived by hand from Lipke 2004's definition; also in docs/earning-techniques.md).
    // Four periods, three tasks, cumulative PV per period end:
    //   A: 100, 200, 200, 200   (BAC 200)
    //   B:   0, 100, 200, 300   (BAC 300)
    //   C:   0,   0, 100, 200   (BAC 200)
    //   project PV: 100, 300, 500, 700
    // At AT = 3: EV_A = 200, EV_B = 100, EV_C = 150 → EV = 450.
    // ES: PV(2) = 300 ≤ 450 < PV(3) = 500 → C = 2, I = (450 − 300) / 200 = 0.75, ES = 2.75.
    // PV_i(2.75): A = 200; B = 100 + 0.75·100 = 175; C = 0 + 0.75·100 = 75; Σ = 450 = EV (Lipke's theorem).
    // min(PV_i(ES), EV_i): A 200, B 100, C 75 → EV(e) = 375; P = 375 / 450 = 5/6.
    // B is impeded (100 < 175), C is ahead of the schedule (150 > 75), A is in sequence.
    // ES(e): 300 ≤ 375 < 500 → 2 + 75/200 = 2.375.
    private static ScheduleAdherenceTask[] Example() =>
    [
        new("A", [100, 200, 200, 200], 200),
        new("B", [0, 100, 200, 300], 100),
        new("C", [0, 0, 100, 200], 150),
    ];

    private static void AssertExample(ScheduleAdherenceResult r)
    {
        Assert.Equal(2.75, r.EarnedSchedule, 12);
        Assert.Equal(450, r.EarnedValue);
        Assert.Equal(450, r.PlannedValueAtEarnedSchedule, 9);
        Assert.Equal(375, r.EffectiveEarnedValue, 9);
        Assert.Equal(5.0 / 6.0, r.PFactor!.Value, 12);
        Assert.Equal(75, r.AheadEarnedValue, 9);
        Assert.Equal(2.375, r.EffectiveEarnedSchedule, 12);
        Assert.Equal([AdherenceStatus.InSequence, AdherenceStatus.Impeded, AdherenceStatus.AheadOfSchedule], r.Tasks.Select(t => t.Status).ToArray());
        Assert.Equal([200, 175, 75], r.Tasks.Select(t => t.PlannedValueAtEarnedSchedule).ToArray());
        Assert.Equal([200, 100, 75], r.Tasks.Select(t => t.ConformingEarnedValue).ToArray());
        Assert.Equal(75, r.Tasks[1].LaggingPlannedValue);
        Assert.Equal(75, r.Tasks[2].AheadEarnedValue);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Worked_example_with_ES_from_the_summed_task_curves() => AssertExample(ScheduleAdherence.Compute(Example()));

    [Fact]
    public void Worked_example_with_an_explicit_ES() => AssertExample(ScheduleAdherence.Compute(Example(), 2.75));

    [Fact]
    public void Worked_example_from_a_work_package_evaluation_excludes_level_of_effort()
    {
        // The same three tasks as percent-complete packages plus an LOE package that must not take part.
        WorkPackage[] plan =
        [
            new("A", "A", 200, EarningTechnique.PercentComplete, [100, 200, 200, 200]),
            new("B", "B", 300, EarningTechnique.PercentComplete, [0, 100, 200, 300]),
            new("C", "C", 200, EarningTechnique.PercentComplete, [0, 0, 100, 200]),
            new("PM", "PM", 80, EarningTechnique.LevelOfEffort, [20, 40, 60, 80]),
        ];
        var progress = new Dictionary<string, WorkPackageProgress>
        {
            ["A"] = new(true, false, 1.0),
            ["B"] = new(true, false, 1.0 / 3.0),
            ["C"] = new(true, false, 0.75),
        };
        var earning = WorkPackageEarning.Evaluate(plan, progress, 3);
        var r = ScheduleAdherence.Compute(earning);
        Assert.Equal(3, r.Tasks.Length);
        Assert.Equal(5.0 / 6.0, r.PFactor!.Value, 9);
        Assert.Equal(2.75, r.EarnedSchedule, 9);
    }

    [Fact]
    public void P_is_undefined_when_nothing_was_due_at_ES()
    {
        var r = ScheduleAdherence.Compute([new ScheduleAdherenceTask("A", [100, 200], 0)]);
        Assert.Equal(0, r.EarnedSchedule);
        Assert.Null(r.PFactor);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "P-factor");
    }

    [Fact]
    public void EV_above_the_tasks_budget_is_flagged()
    {
        var r = ScheduleAdherence.Compute([new ScheduleAdherenceTask("A", [100, 200], 250)]);
        Assert.Equal(2, r.EarnedSchedule);
        Assert.Equal(1, r.PFactor);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Metric == "EV");
    }

    [Fact]
    public void Task_PV_reads_the_curve_linearly()
    {
        var t = new ScheduleAdherenceTask("A", [100, 200], 0);
        Assert.Equal(200, t.BudgetAtCompletion);
        Assert.Equal(50, t.PlannedValueAt(0.5));
        Assert.Equal(0, t.PlannedValueAt(-1));
        Assert.Equal(200, t.PlannedValueAt(9));
        Assert.Equal("time", Assert.Throws<ArgumentOutOfRangeException>(() => t.PlannedValueAt(double.NaN)).ParamName);
    }

    // ---------------------------------------------------------------- validation

    [Fact]
    public void Task_rejects_bad_inputs()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ScheduleAdherenceTask(" ", [1], 0)).ParamName);
        Assert.Equal("cumulativePlannedValue", Assert.Throws<ArgumentNullException>(() => new ScheduleAdherenceTask("A", null!, 0)).ParamName);
        Assert.Equal("cumulativePlannedValue", Assert.Throws<ArgumentException>(() => new ScheduleAdherenceTask("A", [], 0)).ParamName);
        Assert.Equal("cumulativePlannedValue", Assert.Throws<ArgumentException>(() => new ScheduleAdherenceTask("A", [2, 1], 0)).ParamName);
        Assert.Equal("cumulativePlannedValue", Assert.Throws<ArgumentOutOfRangeException>(() => new ScheduleAdherenceTask("A", [double.NaN], 0)).ParamName);
        Assert.Equal("earnedValue", Assert.Throws<ArgumentOutOfRangeException>(() => new ScheduleAdherenceTask("A", [1], -1)).ParamName);
        Assert.Equal("earnedValue", Assert.Throws<ArgumentOutOfRangeException>(() => new ScheduleAdherenceTask("A", [1], double.PositiveInfinity)).ParamName);
    }

    [Fact]
    public void Compute_rejects_bad_task_lists()
    {
        var a = new ScheduleAdherenceTask("A", [1, 2], 1);
        Assert.Equal("tasks", Assert.Throws<ArgumentNullException>(() => ScheduleAdherence.Compute((IReadOnlyList<ScheduleAdherenceTask>)null!)).ParamName);
        Assert.Equal("tasks", Assert.Throws<ArgumentException>(() => ScheduleAdherence.Compute([])).ParamName);
        Assert.Equal("tasks", Assert.Throws<ArgumentException>(() => ScheduleAdherence.Compute([a, null!])).ParamName);
        Assert.Equal("tasks", Assert.Throws<ArgumentException>(() => ScheduleAdherence.Compute([a, a])).ParamName);
        var mismatch = Assert.Throws<ArgumentException>(() => ScheduleAdherence.Compute([a, new ScheduleAdherenceTask("B", [1, 2, 3], 1)]));
        Assert.Equal("tasks", mismatch.ParamName);
        Assert.Contains("period grid", mismatch.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Compute_rejects_a_bad_earned_schedule(double es) =>
        Assert.Equal("earnedSchedule", Assert.Throws<ArgumentOutOfRangeException>(() => ScheduleAdherence.Compute(Example(), es)).ParamName);

    [Fact]
    public void Compute_from_an_evaluation_needs_discrete_time_phased_work()
    {
        Assert.Equal("earning", Assert.Throws<ArgumentNullException>(() => ScheduleAdherence.Compute((WorkPackageEarningResult)null!)).ParamName);
        var untimed = WorkPackageEarning.Evaluate([new WorkPackage("A", "A", 10, EarningTechnique.ZeroHundred)], new Dictionary<string, WorkPackageProgress>(), 1);
        Assert.Equal("earning", Assert.Throws<ArgumentException>(() => ScheduleAdherence.Compute(untimed)).ParamName);
    }

    // ---------------------------------------------------------------- properties

    [Property(Arbitrary = [typeof(AdherenceArbitraries)], MaxTest = 300)]
    public bool P_lies_in_0_1_and_EVe_is_at_most_EV(AdherenceCase c)
    {
        var r = ScheduleAdherence.Compute(c.Tasks);
        return (r.PFactor is null || (r.PFactor >= 0 && r.PFactor <= 1))
            && r.EffectiveEarnedValue <= r.EarnedValue
            && r.EffectiveEarnedValue <= r.PlannedValueAtEarnedSchedule
            && r.EffectiveEarnedSchedule <= r.EarnedSchedule + 1e-12;
    }

    [Property(Arbitrary = [typeof(AdherenceArbitraries)], MaxTest = 300)]
    public bool Sum_of_task_PV_at_ES_equals_EV_when_task_curves_make_the_project_curve(AdherenceCase c)
    {
        // Lipke's theorem: Σ PV_i(ES) = PV(ES) = EV, for EV ≤ BAC (EV_i ≤ BAC_i by construction).
        var r = ScheduleAdherence.Compute(c.Tasks);
        double bac = c.Tasks.Sum(t => t.BudgetAtCompletion);
        return Math.Abs(r.PlannedValueAtEarnedSchedule - r.EarnedValue) <= 1e-9 * Math.Max(1, bac);
    }

    [Property(Arbitrary = [typeof(AdherenceArbitraries)], MaxTest = 300)]
    public bool P_is_1_when_every_task_earned_its_PV_at_a_common_time(AdherenceCase c)
    {
        // EV_i = PV_i(t) for all i → ES on the summed curve reads the same PV_i (flat stretches are flat for every
        // task), so every task is in sequence and P = 1 (or undefined if nothing was due).
        ScheduleAdherenceTask[] perfect = [.. c.Tasks.Select(t => new ScheduleAdherenceTask(t.Id, t.CumulativePlannedValue, t.PlannedValueAt(c.Time)))];
        var r = ScheduleAdherence.Compute(perfect);
        return r.PFactor is null
            ? r.PlannedValueAtEarnedSchedule == 0
            : Math.Abs(r.PFactor.Value - 1) <= 1e-9 && r.Tasks.All(t => t.Status == AdherenceStatus.InSequence);
    }

    [Property(Arbitrary = [typeof(AdherenceArbitraries)], MaxTest = 300)]
    public bool Both_overloads_agree_at_the_computed_ES(AdherenceCase c)
    {
        var a = ScheduleAdherence.Compute(c.Tasks);
        var b = ScheduleAdherence.Compute(c.Tasks, a.EarnedSchedule);
        return a.PFactor == b.PFactor && a.EffectiveEarnedValue == b.EffectiveEarnedValue;
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 200)]
    public bool P_of_a_work_package_evaluation_lies_in_0_1(PlanCase c)
    {
        var earning = WorkPackageEarning.Evaluate(c.Packages, c.Progress, c.Time);
        if (earning.DiscreteEarnedSchedule is null)
        {
            return true;
        }

        var r = ScheduleAdherence.Compute(earning);
        return r.PFactor is null || (r.PFactor >= 0 && r.PFactor <= 1);
    }
}

/// <summary>Generated tasks on a common grid (integer PV steps, EV_i in [0, BAC_i]) and a quarter-period time.</summary>
public sealed record AdherenceCase(ScheduleAdherenceTask[] Tasks, double Time)
{
    public override string ToString() =>
        $"t={Time}; " + string.Join("; ", Tasks.Select(t => $"{t.Id} PV=[{string.Join(",", t.CumulativePlannedValue)}] EV={t.EarnedValue}"));
}

public static class AdherenceArbitraries
{
    public static Arbitrary<AdherenceCase> Cases() =>
        (from periods in Gen.Choose(1, 8)
         from count in Gen.Choose(1, 10)
         from raw in Gen.Choose(0, 100).ArrayOf(count * (periods + 1))
         from quarter in Gen.Choose(0, 4 * periods)
         select Build(periods, count, raw, quarter / 4.0)).ToArbitrary();

    private static AdherenceCase Build(int periods, int count, int[] raw, double time)
    {
        var tasks = new ScheduleAdherenceTask[count];
        for (int i = 0; i < count; i++)
        {
            int o = i * (periods + 1);
            var curve = new double[periods];
            double cum = 0;
            for (int k = 0; k < periods; k++)
            {
                cum += raw[o + k] % 3 == 0 ? 0 : raw[o + k]; // flat stretches are common in real plans
                curve[k] = cum;
            }

            double ev = cum * (raw[o + periods] / 100.0);
            tasks[i] = new ScheduleAdherenceTask("T" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), curve, ev);
        }

        return new AdherenceCase(tasks, time);
    }
}
