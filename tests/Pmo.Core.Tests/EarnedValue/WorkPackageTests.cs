using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

public class WorkPackageTests
{
    private static Dictionary<string, WorkPackageProgress> Progress(params (string Id, WorkPackageProgress P)[] items) =>
        items.ToDictionary(x => x.Id, x => x.P, StringComparer.Ordinal);

    private static double EvOf(WorkPackage package, WorkPackageProgress? progress, double t = 1)
    {
        var dict = progress is null ? Progress() : Progress((package.Id, progress));
        return WorkPackageEarning.Evaluate([package], dict, t).Packages[0].EarnedValue;
    }

    // ---------------------------------------------------------------- worked examples, one per technique

    [Fact]
    public void ZeroHundred_earns_nothing_until_finished_then_BAC()
    {
        // 0/100, BAC = 1,000: EV = 0 before and during the work, 1,000 when finished.
        var wp = new WorkPackage("A", "Design review", 1000, EarningTechnique.ZeroHundred);
        Assert.Equal(0, EvOf(wp, null));
        Assert.Equal(0, EvOf(wp, new WorkPackageProgress(started: true, finished: false)));
        Assert.Equal(1000, EvOf(wp, WorkPackageProgress.Complete(900)));
        Assert.Equal("0/100", wp.Technique.ToString());
    }

    [Fact]
    public void FiftyFifty_earns_half_at_start_and_the_rest_at_finish()
    {
        // 50/50, BAC = 800: started → 0.5 · 800 = 400; finished → 800.
        var wp = new WorkPackage("B", "Install", 800, EarningTechnique.FiftyFifty);
        Assert.Equal(0, EvOf(wp, WorkPackageProgress.NotStarted()));
        Assert.Equal(400, EvOf(wp, new WorkPackageProgress(true, false)));
        Assert.Equal(800, EvOf(wp, new WorkPackageProgress(true, true)));
        Assert.Equal("50/50", wp.Technique.ToString());
    }

    [Fact]
    public void StartFinish_25_75_earns_a_quarter_at_start()
    {
        // X/Y = 25/75, BAC = 1,200: started → 0.25 · 1,200 = 300.
        var technique = EarningTechnique.StartFinish(0.25);
        var wp = new WorkPackage("C", "Test", 1200, technique);
        Assert.Equal(300, EvOf(wp, new WorkPackageProgress(true, false)));
        Assert.Equal("25/75", technique.ToString());
        Assert.Equal(0.75, technique.FinishFraction);
        Assert.Equal(EarningTechnique.StartFinish(0.5), EarningTechnique.FiftyFifty);
    }

    [Fact]
    public void WeightedMilestones_sum_to_one_earn_the_completed_weights()
    {
        // Weights 0.2, 0.3, 0.5 on BAC = 10,000; M1 and M3 complete → (0.2 + 0.5) · 10,000 = 7,000.
        var technique = EarningTechnique.WeightedMilestones(
            [new Milestone("M1", 0.2), new Milestone("M2", 0.3), new Milestone("M3", 0.5)], MilestoneWeighting.RequireSumToOne);
        var wp = new WorkPackage("D", "Build", 10_000, technique);
        Assert.Equal(7000, EvOf(wp, new WorkPackageProgress(true, false, completedMilestones: ["M1", "M3"])), 9);
    }

    [Fact]
    public void WeightedMilestones_normalised_weights_are_relative()
    {
        // Relative weights 3, 1, 1 (sum 5) on BAC = 500; M1 complete → 3/5 · 500 = 300.
        var technique = EarningTechnique.WeightedMilestones(
            [new Milestone("M1", 3), new Milestone("M2", 1), new Milestone("M3", 1)], MilestoneWeighting.Normalize);
        var wp = new WorkPackage("E", "Build", 500, technique);
        Assert.Equal(300, EvOf(wp, new WorkPackageProgress(true, false, completedMilestones: ["M1"])), 9);
        Assert.Equal([0.6, 0.2, 0.2], technique.NormalizedWeights.ToArray());
        Assert.Equal(0.2, technique.NormalizedWeightOf("M2"));
        Assert.Equal(5, technique.WeightSum);
    }

    [Fact]
    public void PercentComplete_is_p_times_BAC()
    {
        // BAC = 2,000, p = 35 % → 700.
        var wp = new WorkPackage("F", "Code", 2000, EarningTechnique.PercentComplete);
        Assert.Equal(700, EvOf(wp, new WorkPackageProgress(true, false, percentComplete: 0.35)), 9);
    }

    [Fact]
    public void PhysicalPercentComplete_is_p_times_BAC()
    {
        // BAC = 4,000, measured physical progress 60 % → 2,400.
        var wp = new WorkPackage("G", "Pour", 4000, EarningTechnique.PhysicalPercentComplete);
        Assert.Equal(2400, EvOf(wp, new WorkPackageProgress(true, false, percentComplete: 0.6)), 9);
        Assert.Equal(EarningTechniqueKind.PhysicalPercentComplete, wp.Technique.Kind);
    }

    [Fact]
    public void UnitsComplete_is_units_share_of_BAC()
    {
        // U = 40 units, BAC = 12,000 (300 per unit), 15 done → 15 · 300 = 4,500.
        var wp = new WorkPackage("H", "Panels", 12_000, EarningTechnique.UnitsComplete(40));
        Assert.Equal(4500, EvOf(wp, new WorkPackageProgress(true, false, unitsCompleted: 15)), 9);
    }

    [Fact]
    public void LevelOfEffort_earns_its_planned_value_whatever_the_progress()
    {
        // PV = 100, 200, 300, 400 cumulative; at t = 2.5 PV = 200 + 0.5 · 100 = 250 = EV.
        var wp = new WorkPackage("PM", "Project management", 400, EarningTechnique.LevelOfEffort, [100, 200, 300, 400]);
        Assert.Equal(250, EvOf(wp, null, 2.5));
        Assert.Equal(250, EvOf(wp, WorkPackageProgress.NotStarted(120), 2.5));
        var r = WorkPackageEarning.Evaluate([wp], Progress(), 2.5);
        Assert.True(r.Packages[0].IsLevelOfEffort);
        Assert.False(r.Packages[0].IsDiscrete);
        Assert.Equal(0, r.DiscreteEarnedValue);
        Assert.Equal(250, r.LevelOfEffortEarnedValue);
        Assert.Null(r.DiscreteEarnedSchedule);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "ES (discrete)");
    }

    [Fact]
    public void ApportionedEffort_is_factor_times_base_EV_through_chains()
    {
        // FAB: percent complete 50 % of 10,000 → 5,000. INSP = 0.1 × FAB → 500. DOC = 0.5 × INSP → 250.
        WorkPackage[] plan =
        [
            new("DOC", "Inspection records", 500, EarningTechnique.ApportionedEffort("INSP", 0.5)),
            new("INSP", "Inspection", 1000, EarningTechnique.ApportionedEffort("FAB", 0.1)),
            new("FAB", "Fabrication", 10_000, EarningTechnique.PercentComplete),
        ];
        var r = WorkPackageEarning.Evaluate(plan, Progress(("FAB", new WorkPackageProgress(true, false, 0.5, actualCost: 6000))), 1);
        Assert.Equal(5000, r.Package("FAB").EarnedValue);
        Assert.Equal(500, r.Package("INSP").EarnedValue, 9);
        Assert.Equal(250, r.Package("DOC").EarnedValue, 9);
        Assert.Equal(500, r.Package("DOC").BaseEarnedValue!.Value, 9);
        Assert.True(r.Package("INSP").IsApportioned);
        Assert.Equal("FAB", r.Package("INSP").BasePackageId);
        Assert.Equal(5750, r.EarnedValue, 9);
        Assert.Equal(6000, r.ActualCost);
    }

    [Fact]
    public void ApportionedEffort_is_capped_at_BAC_with_a_warning()
    {
        // 0.2 × 10,000 = 2,000 > BAC 1,000 → EV = 1,000 and a warning.
        WorkPackage[] plan =
        [
            new("FAB", "Fabrication", 10_000, EarningTechnique.ZeroHundred),
            new("QA", "QA", 1000, EarningTechnique.ApportionedEffort("FAB", 0.2)),
        ];
        var r = WorkPackageEarning.Evaluate(plan, Progress(("FAB", WorkPackageProgress.Complete(9000))), 1);
        Assert.Equal(1000, r.Package("QA").EarnedValue);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Metric == "QA");
    }

    [Fact]
    public void Finished_package_earns_BAC_and_warns_when_its_measure_disagrees()
    {
        var wp = new WorkPackage("F", "Code", 2000, EarningTechnique.PercentComplete);
        var r = WorkPackageEarning.Evaluate([wp], Progress(("F", new WorkPackageProgress(true, true, 0.8))), 1);
        Assert.Equal(2000, r.EarnedValue);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Metric == "F");
    }

    [Fact]
    public void Totals_exclude_level_of_effort_from_discrete_work_and_its_earned_schedule()
    {
        // A: 0/100, BAC 1,000, PV [0, 1000]; B: percent complete, BAC 600, PV [300, 600]; L: LOE, BAC 100, PV [50, 100].
        // t = 1.5: EV_A = 0 (started), EV_B = 0.75 · 600 = 450, EV_L = PV_L(1.5) = 75. Total EV = 525; discrete 450.
        // PV(1.5): A 500, B 450, L 75 → 1,025; discrete 950. Discrete curve [0, 300, 1600]:
        // ES_d = 1 + (450 − 300) / (1600 − 300) = 1 + 150/1300.
        WorkPackage[] plan =
        [
            new("A", "Design", 1000, EarningTechnique.ZeroHundred, [0, 1000]),
            new("B", "Build", 600, EarningTechnique.PercentComplete, [300, 600]),
            new("L", "PM", 100, EarningTechnique.LevelOfEffort, [50, 100]),
        ];
        var r = WorkPackageEarning.Evaluate(plan, Progress(
            ("A", new WorkPackageProgress(true, false, actualCost: 200)),
            ("B", new WorkPackageProgress(true, false, 0.75, actualCost: 500)),
            ("L", WorkPackageProgress.NotStarted(80))), 1.5);
        Assert.Equal(525, r.EarnedValue, 9);
        Assert.Equal(450, r.DiscreteEarnedValue, 9);
        Assert.Equal(75, r.LevelOfEffortEarnedValue, 9);
        Assert.Equal(780, r.ActualCost);
        Assert.Equal(1700, r.BudgetAtCompletion);
        Assert.Equal(1600, r.DiscreteBudgetAtCompletion);
        Assert.Equal(100, r.LevelOfEffortBudgetAtCompletion);
        Assert.Equal(1025, r.PlannedValue!.Value, 9);
        Assert.Equal(950, r.DiscretePlannedValue!.Value, 9);
        Assert.Equal([0, 300, 1600], r.DiscreteCumulativeCurve.ToArray());
        Assert.Equal(1 + (150.0 / 1300), r.DiscreteEarnedSchedule!.Value, 12);
        Assert.Contains(r.Diagnostics, d => d.Metric == "LOE");
    }

    [Fact]
    public void Status_date_on_the_project_grid_gives_the_time()
    {
        // Two monthly periods from 2026-01-01; status 2026-01-31 → t = 1; LOE EV = PV(1) = 50.
        var grid = TimePhasedBaseline.Monthly(new LocalDate(2026, 1, 1), [500, 600]);
        var wp = new WorkPackage("L", "PM", 100, EarningTechnique.LevelOfEffort, [50, 100]);
        var r = WorkPackageEarning.Evaluate([wp], Progress(), grid, new LocalDate(2026, 1, 31));
        Assert.Equal(1, r.Time);
        Assert.Equal(50, r.EarnedValue);
        var before = WorkPackageEarning.Evaluate([wp], Progress(), grid, new LocalDate(2025, 12, 1));
        Assert.Equal(0, before.Time);
    }

    [Fact]
    public void Package_from_a_baseline_takes_its_BAC_and_curve()
    {
        var b = TimePhasedBaseline.Monthly(new LocalDate(2026, 1, 1), [100, 300]);
        var wp = new WorkPackage("X", "X", EarningTechnique.PercentComplete, b);
        Assert.Equal(400, wp.BudgetAtCompletion);
        Assert.Equal([100, 400], wp.CumulativePlannedValue.ToArray());
        Assert.Equal(250, wp.PlannedValueAt(1.5));
        Assert.Null(new WorkPackage("Y", "Y", 1, EarningTechnique.ZeroHundred).PlannedValueAt(1));
    }

    // ---------------------------------------------------------------- validation: techniques and plan values

    [Theory]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void StartFinish_rejects_fraction_outside_0_1(double x)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => EarningTechnique.StartFinish(x));
        Assert.Equal("startFraction", e.ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-3.0)]
    [InlineData(double.PositiveInfinity)]
    public void UnitsComplete_rejects_non_positive_total(double u) =>
        Assert.Equal("totalUnits", Assert.Throws<ArgumentOutOfRangeException>(() => EarningTechnique.UnitsComplete(u)).ParamName);

    [Fact]
    public void ApportionedEffort_rejects_blank_base_and_non_positive_factor()
    {
        Assert.Equal("basePackageId", Assert.Throws<ArgumentException>(() => EarningTechnique.ApportionedEffort(" ", 1)).ParamName);
        Assert.Equal("basePackageId", Assert.Throws<ArgumentNullException>(() => EarningTechnique.ApportionedEffort(null!, 1)).ParamName);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => EarningTechnique.ApportionedEffort("A", 0)).ParamName);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => EarningTechnique.ApportionedEffort("A", double.NaN)).ParamName);
    }

    [Fact]
    public void Milestone_rejects_blank_id_and_non_positive_weight()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Milestone("", 1)).ParamName);
        Assert.Equal("weight", Assert.Throws<ArgumentOutOfRangeException>(() => new Milestone("M", 0)).ParamName);
        Assert.Equal("weight", Assert.Throws<ArgumentOutOfRangeException>(() => new Milestone("M", double.NaN)).ParamName);
    }

    [Fact]
    public void WeightedMilestones_rejects_bad_lists()
    {
        Assert.Equal("milestones", Assert.Throws<ArgumentNullException>(() => EarningTechnique.WeightedMilestones(null!, MilestoneWeighting.Normalize)).ParamName);
        Assert.Equal("milestones", Assert.Throws<ArgumentException>(() => EarningTechnique.WeightedMilestones([], MilestoneWeighting.Normalize)).ParamName);
        Assert.Equal("milestones", Assert.Throws<ArgumentException>(() => EarningTechnique.WeightedMilestones([new Milestone("M", 1), null!], MilestoneWeighting.Normalize)).ParamName);
        Assert.Equal("milestones", Assert.Throws<ArgumentException>(() => EarningTechnique.WeightedMilestones([new Milestone("M", 0.5), new Milestone("M", 0.5)], MilestoneWeighting.RequireSumToOne)).ParamName);
        var sum = Assert.Throws<ArgumentException>(() => EarningTechnique.WeightedMilestones([new Milestone("M1", 3), new Milestone("M2", 1)], MilestoneWeighting.RequireSumToOne));
        Assert.Equal("milestones", sum.ParamName);
        Assert.Contains("sum to 1", sum.Message, StringComparison.Ordinal);
        var kind = Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => EarningTechnique.WeightedMilestones([new Milestone("M", 1)], (MilestoneWeighting)7));
        Assert.Equal("weighting", kind.ParamName);
    }

    [Fact]
    public void WeightedMilestones_unknown_id_lookup_throws()
    {
        var t = EarningTechnique.WeightedMilestones([new Milestone("M", 1)], MilestoneWeighting.RequireSumToOne);
        Assert.Equal("milestoneId", Assert.Throws<ArgumentException>(() => t.NormalizedWeightOf("Z")).ParamName);
        Assert.False(t.Contains("Z"));
    }

    [Fact]
    public void WorkPackage_rejects_bad_plan_values()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new WorkPackage(" ", "n", 1, EarningTechnique.ZeroHundred)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new WorkPackage("A", null!, 1, EarningTechnique.ZeroHundred)).ParamName);
        Assert.Equal("budgetAtCompletion", Assert.Throws<ArgumentOutOfRangeException>(() => new WorkPackage("A", "n", 0, EarningTechnique.ZeroHundred)).ParamName);
        Assert.Equal("budgetAtCompletion", Assert.Throws<ArgumentOutOfRangeException>(() => new WorkPackage("A", "n", double.NaN, EarningTechnique.ZeroHundred)).ParamName);
        Assert.Equal("technique", Assert.Throws<ArgumentNullException>(() => new WorkPackage("A", "n", 1, null!)).ParamName);
        Assert.Equal("plannedValue", Assert.Throws<ArgumentNullException>(() => new WorkPackage("A", "n", EarningTechnique.ZeroHundred, (TimePhasedBaseline)null!)).ParamName);
    }

    [Fact]
    public void WorkPackage_rejects_bad_planned_value_curves()
    {
        Assert.Equal("cumulativePlannedValue", Assert.Throws<ArgumentException>(() => new WorkPackage("A", "n", 10, EarningTechnique.ZeroHundred, [])).ParamName);
        Assert.Equal("cumulativePlannedValue", Assert.Throws<ArgumentException>(() => new WorkPackage("A", "n", 10, EarningTechnique.ZeroHundred, [6, 5, 10])).ParamName);
        Assert.Equal("cumulativePlannedValue", Assert.Throws<ArgumentOutOfRangeException>(() => new WorkPackage("A", "n", 10, EarningTechnique.ZeroHundred, [-1, 10])).ParamName);
        Assert.Equal("cumulativePlannedValue", Assert.Throws<ArgumentOutOfRangeException>(() => new WorkPackage("A", "n", 10, EarningTechnique.ZeroHundred, [double.NaN, 10])).ParamName);
        var end = Assert.Throws<ArgumentException>(() => new WorkPackage("A", "n", 10, EarningTechnique.ZeroHundred, [5, 9]));
        Assert.Equal("cumulativePlannedValue", end.ParamName);
        Assert.Contains("must end at its BAC", end.Message, StringComparison.Ordinal);
        var loe = Assert.Throws<ArgumentException>(() => new WorkPackage("L", "n", 10, EarningTechnique.LevelOfEffort));
        Assert.Equal("cumulativePlannedValue", loe.ParamName);
    }

    // ---------------------------------------------------------------- validation: progress

    [Fact]
    public void Progress_finished_but_not_started_is_rejected() =>
        Assert.Equal("finished", Assert.Throws<ArgumentException>(() => new WorkPackageProgress(false, true)).ParamName);

    [Theory]
    [InlineData(1.01)]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    public void Progress_percent_outside_0_1_is_rejected(double p) =>
        Assert.Equal("percentComplete", Assert.Throws<ArgumentOutOfRangeException>(() => new WorkPackageProgress(true, false, p)).ParamName);

    [Fact]
    public void Progress_measures_before_the_start_are_rejected()
    {
        Assert.Equal("percentComplete", Assert.Throws<ArgumentException>(() => new WorkPackageProgress(false, false, 0.1)).ParamName);
        Assert.Equal("completedMilestones", Assert.Throws<ArgumentException>(() => new WorkPackageProgress(false, false, completedMilestones: ["M"])).ParamName);
        Assert.Equal("unitsCompleted", Assert.Throws<ArgumentException>(() => new WorkPackageProgress(false, false, unitsCompleted: 1)).ParamName);
    }

    [Fact]
    public void Progress_rejects_bad_milestones_units_and_cost()
    {
        Assert.Equal("completedMilestones", Assert.Throws<ArgumentException>(() => new WorkPackageProgress(true, false, completedMilestones: ["M", "M"])).ParamName);
        Assert.Equal("completedMilestones", Assert.Throws<ArgumentException>(() => new WorkPackageProgress(true, false, completedMilestones: [" "])).ParamName);
        Assert.Equal("unitsCompleted", Assert.Throws<ArgumentOutOfRangeException>(() => new WorkPackageProgress(true, false, unitsCompleted: -1)).ParamName);
        Assert.Equal("actualCost", Assert.Throws<ArgumentOutOfRangeException>(() => new WorkPackageProgress(true, false, actualCost: -1)).ParamName);
        Assert.Equal("actualCost", Assert.Throws<ArgumentOutOfRangeException>(() => WorkPackageProgress.NotStarted(double.PositiveInfinity)).ParamName);
    }

    // ---------------------------------------------------------------- validation: evaluation

    private static readonly WorkPackage Fab = new("FAB", "Fabrication", 1000, EarningTechnique.PercentComplete, [500, 1000]);

    [Fact]
    public void Evaluate_rejects_null_empty_and_bad_time()
    {
        Assert.Equal("packages", Assert.Throws<ArgumentNullException>(() => WorkPackageEarning.Evaluate(null!, Progress(), 1)).ParamName);
        Assert.Equal("progress", Assert.Throws<ArgumentNullException>(() => WorkPackageEarning.Evaluate([Fab], null!, 1)).ParamName);
        Assert.Equal("packages", Assert.Throws<ArgumentException>(() => WorkPackageEarning.Evaluate([], Progress(), 1)).ParamName);
        Assert.Equal("packages", Assert.Throws<ArgumentException>(() => WorkPackageEarning.Evaluate([Fab, null!], Progress(), 1)).ParamName);
        Assert.Equal("progress", Assert.Throws<ArgumentException>(() => WorkPackageEarning.Evaluate([Fab], Progress(("FAB", null!)), 1)).ParamName);
        Assert.Equal("atPeriods", Assert.Throws<ArgumentOutOfRangeException>(() => WorkPackageEarning.Evaluate([Fab], Progress(), -1)).ParamName);
        Assert.Equal("atPeriods", Assert.Throws<ArgumentOutOfRangeException>(() => WorkPackageEarning.Evaluate([Fab], Progress(), double.NaN)).ParamName);
        Assert.Equal("projectBaseline", Assert.Throws<ArgumentNullException>(() => WorkPackageEarning.Evaluate([Fab], Progress(), null!, new LocalDate(2026, 1, 1))).ParamName);
    }

    private static WorkPackageException AssertRule(WorkPackageRule rule, string paramName, string? packageId, Action act)
    {
        var e = Assert.Throws<WorkPackageException>(act);
        Assert.Equal(rule, e.Rule);
        Assert.Equal(paramName, e.ParamName);
        Assert.Equal(packageId, e.PackageId);
        return e;
    }

    [Fact]
    public void Evaluate_rejects_duplicate_ids() =>
        AssertRule(WorkPackageRule.DuplicateId, "packages", "FAB", () => WorkPackageEarning.Evaluate([Fab, Fab], Progress(), 1));

    [Fact]
    public void Evaluate_rejects_progress_for_an_unknown_package() =>
        AssertRule(WorkPackageRule.UnknownPackage, "progress", "NOPE", () => WorkPackageEarning.Evaluate([Fab], Progress(("NOPE", WorkPackageProgress.NotStarted())), 1));

    [Fact]
    public void Evaluate_rejects_a_milestone_not_in_the_plan()
    {
        var wm = new WorkPackage("W", "W", 100, EarningTechnique.WeightedMilestones([new Milestone("M1", 1)], MilestoneWeighting.RequireSumToOne));
        AssertRule(WorkPackageRule.UnknownMilestone, "progress", "W", () => WorkPackageEarning.Evaluate([wm], Progress(("W", new WorkPackageProgress(true, false, completedMilestones: ["M9"]))), 1));
        AssertRule(WorkPackageRule.UnknownMilestone, "progress", "FAB", () => WorkPackageEarning.Evaluate([Fab], Progress(("FAB", new WorkPackageProgress(true, false, completedMilestones: ["M1"]))), 1));
    }

    [Fact]
    public void Evaluate_rejects_units_above_the_total()
    {
        var u = new WorkPackage("U", "U", 100, EarningTechnique.UnitsComplete(10));
        AssertRule(WorkPackageRule.UnitsAboveTotal, "progress", "U", () => WorkPackageEarning.Evaluate([u], Progress(("U", new WorkPackageProgress(true, false, unitsCompleted: 10.5))), 1));
    }

    [Fact]
    public void Evaluate_rejects_an_unknown_base_package_naming_it()
    {
        var ae = new WorkPackage("QA", "QA", 100, EarningTechnique.ApportionedEffort("GHOST", 0.1));
        var e = AssertRule(WorkPackageRule.UnknownBasePackage, "packages", "QA", () => WorkPackageEarning.Evaluate([Fab, ae], Progress(), 1));
        Assert.Contains("GHOST", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_rejects_a_level_of_effort_base()
    {
        var loe = new WorkPackage("PM", "PM", 100, EarningTechnique.LevelOfEffort, [50, 100]);
        var ae = new WorkPackage("QA", "QA", 10, EarningTechnique.ApportionedEffort("PM", 0.1));
        AssertRule(WorkPackageRule.LevelOfEffortBase, "packages", "QA", () => WorkPackageEarning.Evaluate([loe, ae], Progress(), 1));
    }

    [Fact]
    public void Evaluate_rejects_apportioned_cycles_naming_the_cycle()
    {
        WorkPackage[] plan =
        [
            Fab,
            new("X", "X", 10, EarningTechnique.ApportionedEffort("A", 1)),
            new("A", "A", 10, EarningTechnique.ApportionedEffort("B", 1)),
            new("B", "B", 10, EarningTechnique.ApportionedEffort("C", 1)),
            new("C", "C", 10, EarningTechnique.ApportionedEffort("A", 1)),
        ];
        var e = Assert.Throws<ApportionedEffortCycleException>(() => WorkPackageEarning.Evaluate(plan, Progress(), 1));
        Assert.Equal(["A", "B", "C", "A"], e.Cycle.ToArray());
        Assert.Equal(WorkPackageRule.ApportionedCycle, e.Rule);
        Assert.Equal("packages", e.ParamName);
        Assert.Contains("A → B → C → A", e.Message, StringComparison.Ordinal);

        var self = Assert.Throws<ApportionedEffortCycleException>(() => WorkPackageEarning.Evaluate([new WorkPackage("S", "S", 1, EarningTechnique.ApportionedEffort("S", 1))], Progress(), 1));
        Assert.Equal(["S", "S"], self.Cycle.ToArray());
    }

    [Fact]
    public void Evaluate_rejects_curves_on_different_grids()
    {
        var three = new WorkPackage("T", "T", 30, EarningTechnique.ZeroHundred, [10, 20, 30]);
        AssertRule(WorkPackageRule.PeriodGridMismatch, "packages", "T", () => WorkPackageEarning.Evaluate([Fab, three], Progress(), 1));
        var grid = TimePhasedBaseline.Monthly(new LocalDate(2026, 1, 1), [1, 1, 1]);
        AssertRule(WorkPackageRule.PeriodGridMismatch, "packages", "FAB", () => WorkPackageEarning.Evaluate([Fab], Progress(), grid, new LocalDate(2026, 2, 1)));
    }

    [Fact]
    public void Evaluate_result_lookup_of_unknown_id_throws()
    {
        var r = WorkPackageEarning.Evaluate([Fab], Progress(), 1);
        Assert.Throws<KeyNotFoundException>(() => r.Package("Z"));
    }

    // ---------------------------------------------------------------- properties

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 300)]
    public bool Each_package_EV_is_within_0_and_BAC_and_apportioned_within_factor_times_base(PlanCase c)
    {
        var r = WorkPackageEarning.Evaluate(c.Packages, c.Progress, c.Time);
        foreach (WorkPackageEarnedValue p in r.Packages)
        {
            if (p.EarnedValue < 0 || p.EarnedValue > p.BudgetAtCompletion * (1 + 1e-12))
            {
                return false;
            }

            if (p.Technique is ApportionedEffortTechnique ae
                && p.EarnedValue > (ae.Factor * r.Package(ae.BasePackageId).EarnedValue) + 1e-9)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 300)]
    public bool Totals_are_sums_of_packages(PlanCase c)
    {
        var r = WorkPackageEarning.Evaluate(c.Packages, c.Progress, c.Time);
        double ev = r.Packages.Sum(p => p.EarnedValue);
        double tol = 1e-9 * Math.Max(1, r.BudgetAtCompletion);
        return Math.Abs(r.EarnedValue - ev) <= tol
            && Math.Abs(r.DiscreteEarnedValue + r.LevelOfEffortEarnedValue - r.EarnedValue) <= tol
            && Math.Abs(r.DiscreteBudgetAtCompletion + r.LevelOfEffortBudgetAtCompletion - r.BudgetAtCompletion) <= tol
            && Math.Abs(r.ActualCost - r.Packages.Sum(p => p.ActualCost)) <= tol;
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 300)]
    public bool Level_of_effort_EV_equals_its_PV(PlanCase c)
    {
        var r = WorkPackageEarning.Evaluate(c.Packages, c.Progress, c.Time);
        return r.Packages.Where(p => p.IsLevelOfEffort).All(p => p.EarnedValue == p.PlannedValue);
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 300)]
    public bool Discrete_earned_schedule_matches_the_kernel_on_the_discrete_curve(PlanCase c)
    {
        var r = WorkPackageEarning.Evaluate(c.Packages, c.Progress, c.Time);
        if (r.DiscreteEarnedSchedule is not double es)
        {
            return r.Packages.All(p => p.IsLevelOfEffort);
        }

        return es == EarnedSchedule.Compute(r.DiscreteCumulativeCurve.AsSpan(), r.DiscreteEarnedValue)
            && r.DiscreteCumulativeCurve[^1] == r.DiscreteBudgetAtCompletion;
    }
}

/// <summary>A generated plan, its progress and a status time.</summary>
public sealed record PlanCase(WorkPackage[] Packages, Dictionary<string, WorkPackageProgress> Progress, double Time)
{
    public override string ToString() =>
        $"t={Time}; " + string.Join("; ", Packages.Select(p => $"{p} PV=[{string.Join(",", p.CumulativePlannedValue)}]"
            + (Progress.TryGetValue(p.Id, out var pr) ? $" s={pr.Started} f={pr.Finished} pc={pr.PercentComplete} u={pr.UnitsCompleted} m=[{string.Join(",", pr.CompletedMilestones)}]" : string.Empty)));
}

/// <summary>Domain generators: integer-valued budgets and curves, no raw doubles.</summary>
public static class PlanArbitraries
{
    public static Arbitrary<PlanCase> Plans() =>
        (from periods in Gen.Choose(1, 6)
         from count in Gen.Choose(1, 8)
         from raw in Gen.Choose(0, 1000).ArrayOf(count * (periods + 10))
         from quarter in Gen.Choose(0, 4 * (periods + 1))
         select Build(periods, count, raw, quarter / 4.0)).ToArbitrary();

    private static PlanCase Build(int periods, int count, int[] raw, double time)
    {
        var packages = new WorkPackage[count];
        var progress = new Dictionary<string, WorkPackageProgress>(StringComparer.Ordinal);
        int stride = periods + 10;
        for (int i = 0; i < count; i++)
        {
            int[] r = raw[(i * stride)..((i + 1) * stride)];
            var curve = new double[periods];
            double cum = 0;
            for (int k = 0; k < periods; k++)
            {
                cum += (r[k] % 100) + (k == periods - 1 ? 1 : 0);
                curve[k] = cum;
            }

            int[] q = r[periods..];
            int kind = q[0] % 8;
            string id = "P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            EarningTechnique technique = kind switch
            {
                0 => EarningTechnique.ZeroHundred,
                1 => EarningTechnique.StartFinish((q[1] % 100) / 100.0),
                2 => EarningTechnique.WeightedMilestones(
                    Enumerable.Range(0, 1 + (q[1] % 4)).Select(j => new Milestone("M" + j.ToString(System.Globalization.CultureInfo.InvariantCulture), 1 + (q[2 + j] % 9))),
                    MilestoneWeighting.Normalize),
                3 => EarningTechnique.PercentComplete,
                4 => EarningTechnique.PhysicalPercentComplete,
                5 => EarningTechnique.UnitsComplete(1 + (q[1] % 50)),
                6 => EarningTechnique.LevelOfEffort,
                _ => BaseFor(packages, i, q[1]) is string b ? EarningTechnique.ApportionedEffort(b, (1 + (q[2] % 200)) / 100.0) : EarningTechnique.PercentComplete,
            };
            var wp = new WorkPackage(id, id, cum, technique, curve);
            packages[i] = wp;

            int state = q[6] % 4; // 0: no entry, 1: not started, 2: started, 3: finished
            double ac = q[7];
            if (state == 0)
            {
                continue;
            }

            bool started = state >= 2;
            bool finished = state == 3;
            double pc = started ? (q[8] % 101) / 100.0 : 0;
            double units = started && technique is UnitsCompleteTechnique u ? q[9] % (1 + (int)u.TotalUnits) : 0;
            string[] ms = started && technique is WeightedMilestonesTechnique w
                ? w.Milestones.Where((m, j) => ((q[9] >> j) & 1) == 1).Select(m => m.Id).ToArray()
                : [];
            progress[id] = new WorkPackageProgress(started, finished, pc, ms, units, ac);
        }

        return new PlanCase(packages, progress, time);
    }

    private static string? BaseFor(WorkPackage[] earlier, int i, int pick)
    {
        var candidates = earlier.Take(i).Where(p => !p.IsLevelOfEffort).ToArray();
        return candidates.Length == 0 ? null : candidates[pick % candidates.Length].Id;
    }
}
