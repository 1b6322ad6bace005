using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>
/// Documented behaviour of the work-package types that the mutation run showed untested: validation messages,
/// equality, the boundaries of the "finished but the measure disagrees" warnings, the diagnostics of partly
/// time-phased plans, the compensated discrete curve and the overflow guard. Every expected value is worked by hand.
/// </summary>
public class WorkPackageMutationTests
{
    private static Dictionary<string, WorkPackageProgress> Progress(params (string Id, WorkPackageProgress P)[] items) =>
        items.ToDictionary(x => x.Id, x => x.P, StringComparer.Ordinal);

    /// <summary>Asserts the exception type, its ParamName, and that the message (before " (Parameter …)") states each fragment.</summary>
    private static WorkPackage Pc(string id, double bac, IEnumerable<double>? curve = null) =>
        new(id, id, bac, EarningTechnique.PercentComplete, curve);

    private static WorkPackage Loe(string id, double bac, params double[] curve) =>
        new(id, id, bac, EarningTechnique.LevelOfEffort, curve);

    private static IEnumerable<Diagnostic> Of(WorkPackageEarningResult r, DiagnosticKind kind, string metric) =>
        r.Diagnostics.Where(d => d.Kind == kind && d.Metric == metric);

    // ------------------------------------------------------------------ exceptions and equality of the plan types

    [Fact]
    public void Cycle_exception_from_a_null_cycle_has_an_empty_cycle_and_no_package()
    {
        var e = new ApportionedEffortCycleException((IEnumerable<string>)null!, "packages");
        Assert.Empty(e.Cycle);
        Assert.Null(e.PackageId);
        Assert.Equal("packages", e.ParamName);
        Assert.Equal(WorkPackageRule.ApportionedCycle, e.Rule);
    }

    [Fact]
    public void Cycle_exception_names_the_first_package_of_the_cycle()
    {
        // A is apportioned to B and B to A: walking from A gives the cycle A → B → A; the package concerned is A.
        WorkPackage[] plan =
        [
            new("A", "a", 100, EarningTechnique.ApportionedEffort("B", 0.5)),
            new("B", "b", 100, EarningTechnique.ApportionedEffort("A", 0.5)),
        ];
        var e = Assert.Throws<ApportionedEffortCycleException>(() => WorkPackageEarning.Evaluate(plan, Progress(), 1));
        Assert.Equal(["A", "B", "A"], e.Cycle.ToArray());
        Assert.Equal("A", e.PackageId);
        Assert.Equal("packages", e.ParamName);
        Assert.Contains("A → B → A", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Techniques_are_equal_by_kind_and_parameters()
    {
        EarningTechnique pc = EarningTechnique.PercentComplete;
        EarningTechnique pcAgain = EarningTechnique.PercentComplete;
        EarningTechnique loe = EarningTechnique.LevelOfEffort;
        bool pcEqualsPc = pc.Equals(pcAgain);
        bool pcEqualsLoe = pc.Equals(loe);
        bool pcEqualsNullObject = EarningTechnique.PercentComplete.Equals((object?)null);
        bool pcEqualsNull = EarningTechnique.PhysicalPercentComplete.Equals((EarningTechnique?)null);
        Assert.True(pcEqualsPc);
        Assert.False(pcEqualsLoe);
        Assert.False(pcEqualsNull);
        Assert.False(pcEqualsNullObject);

        // Apportioned effort: equal base and factor are equal; another base is a different technique.
        bool sameBase = EarningTechnique.ApportionedEffort("FAB", 0.1).Equals(EarningTechnique.ApportionedEffort("FAB", 0.1));
        bool otherBase = EarningTechnique.ApportionedEffort("FAB", 0.1).Equals(EarningTechnique.ApportionedEffort("WELD", 0.1));
        Assert.True(sameBase);
        Assert.False(otherBase);

        // Weighted milestones: the same milestones and weighting are equal.
        Milestone[] ms = [new("M1", 0.4), new("M2", 0.6)];
        bool sameMilestones = EarningTechnique.WeightedMilestones(ms, MilestoneWeighting.RequireSumToOne)
            .Equals(EarningTechnique.WeightedMilestones([new Milestone("M1", 0.4), new Milestone("M2", 0.6)], MilestoneWeighting.RequireSumToOne));
        Assert.True(sameMilestones);
    }

    [Fact]
    public void Only_level_of_effort_is_not_discrete()
    {
        Assert.False(EarningTechnique.LevelOfEffort.IsDiscrete);
        Assert.True(EarningTechnique.ZeroHundred.IsDiscrete);
        Assert.True(EarningTechnique.PercentComplete.IsDiscrete);
    }

    [Fact]
    public void Parameterless_techniques_print_their_names()
    {
        Assert.Equal("Percent complete", EarningTechnique.PercentComplete.ToString());
        Assert.Equal("Physical percent complete", EarningTechnique.PhysicalPercentComplete.ToString());
        Assert.Equal("Level of effort", EarningTechnique.LevelOfEffort.ToString());
    }

    [Fact]
    public void Milestones_are_equal_by_id_and_weight_and_print_both()
    {
        var m = new Milestone("M1", 0.5);
        bool same = m.Equals(new Milestone("M1", 0.5));
        bool otherId = m.Equals(new Milestone("M2", 0.5));
        bool otherWeight = m.Equals(new Milestone("M1", 0.25));
        Assert.Equal("M1 (0.5)", m.ToString());
        bool withNull = new Milestone("M1", 0.5).Equals((Milestone?)null);
        Assert.True(same);
        Assert.False(otherId);
        Assert.False(otherWeight);
        Assert.False(withNull);
    }

    // ------------------------------------------------------------------ validation messages of the plan types

    [Fact]
    public void Schedule_adherence_task_needs_a_period()
    {
        Ev.Rule<ArgumentException>(() => _ = new ScheduleAdherenceTask("T", [], 0), "cumulativePlannedValue", "at least one period");
    }

    [Fact]
    public void Weighted_milestones_state_each_rule()
    {
        Ev.Rule<ArgumentException>(() => EarningTechnique.WeightedMilestones([], MilestoneWeighting.Normalize), "milestones", "at least one milestone");
        Ev.Rule<ArgumentException>(() => EarningTechnique.WeightedMilestones([new Milestone("M1", 1), null!], MilestoneWeighting.Normalize), "milestones", "milestones[1] is null");
        Ev.Rule<ArgumentException>(
            () => EarningTechnique.WeightedMilestones([new Milestone("M1", 1), new Milestone("M1", 2)], MilestoneWeighting.Normalize),
            "milestones",
            "distinct",
            "'M1'");
    }

    [Fact]
    public void Normalized_weight_of_a_null_or_unknown_milestone_is_rejected()
    {
        var w = EarningTechnique.WeightedMilestones([new Milestone("M1", 1)], MilestoneWeighting.Normalize);
        Assert.Equal("milestoneId", Assert.Throws<ArgumentNullException>(() => w.NormalizedWeightOf(null!)).ParamName);
        Ev.Rule<ArgumentException>(() => w.NormalizedWeightOf("M9"), "milestoneId", "No milestone has id 'M9'");
    }

    [Fact]
    public void Work_package_states_its_curve_rules()
    {
        Ev.Rule<ArgumentException>(() => _ = new WorkPackage("A", "a", 10, EarningTechnique.ZeroHundred, []), "cumulativePlannedValue", "at least one period");
        Ev.Rule<ArgumentException>(() => _ = new WorkPackage("L", "l", 10, EarningTechnique.LevelOfEffort), "cumulativePlannedValue", "required", "'L'");
    }

    [Fact]
    public void Work_package_planned_value_at_rejects_a_non_finite_time()
    {
        var wp = Pc("A", 100, [40, 100]);
        Ev.Rule<ArgumentOutOfRangeException>(() => wp.PlannedValueAt(double.NaN), "time", "finite");
        Ev.Rule<ArgumentOutOfRangeException>(() => wp.PlannedValueAt(double.PositiveInfinity), "time", "finite");
    }

    [Fact]
    public void Package_percent_complete_is_EV_over_BAC()
    {
        // Percent complete 25 % of BAC 400: EV = 0.25 · 400 = 100; EV / BAC = 100 / 400 = 0.25.
        var r = WorkPackageEarning.Evaluate([Pc("A", 400)], Progress(("A", new WorkPackageProgress(true, false, 0.25))), 1);
        Assert.Equal(100, r.Packages[0].EarnedValue);
        Assert.Equal(0.25, r.Packages[0].PercentComplete);
    }

    [Fact]
    public void Progress_states_each_consistency_rule()
    {
        Ev.Rule<ArgumentException>(() => _ = new WorkPackageProgress(false, true), "finished", "cannot be finished without having started");
        Ev.Rule<ArgumentException>(() => _ = new WorkPackageProgress(true, false, completedMilestones: ["M1", " "]), "completedMilestones", "completedMilestones[1] is null or blank");
        Ev.Rule<ArgumentException>(() => _ = new WorkPackageProgress(true, false, completedMilestones: ["M1", "M1"]), "completedMilestones", "distinct", "'M1'");
        Ev.Rule<ArgumentException>(() => _ = new WorkPackageProgress(false, false, percentComplete: 0.5), "percentComplete", "0.5", "not started");
        Ev.Rule<ArgumentException>(() => _ = new WorkPackageProgress(false, false, completedMilestones: ["M1"]), "completedMilestones", "'M1'", "not started");
        Ev.Rule<ArgumentException>(() => _ = new WorkPackageProgress(false, false, unitsCompleted: 3), "unitsCompleted", "3", "not started");
    }

    // ------------------------------------------------------------------ Evaluate: validation messages

    [Fact]
    public void Evaluate_states_the_plan_rules()
    {
        Ev.Rule<ArgumentException>(() => WorkPackageEarning.Evaluate([], Progress(), 1), "packages", "at least one work package");
        Ev.Rule<ArgumentException>(() => WorkPackageEarning.Evaluate([Pc("A", 1), null!], Progress(), 1), "packages", "packages[1] is null");
        var dup = Ev.Rule<WorkPackageException>(() => WorkPackageEarning.Evaluate([Pc("A", 1), Pc("A", 2)], Progress(), 1), "packages", "distinct", "'A'");
        Assert.Equal(WorkPackageRule.DuplicateId, dup.Rule);
        var unknown = Ev.Rule<WorkPackageException>(() => WorkPackageEarning.Evaluate([Pc("A", 1)], Progress(("Z", WorkPackageProgress.NotStarted())), 1), "progress", "'Z'", "not a work package");
        Assert.Equal(WorkPackageRule.UnknownPackage, unknown.Rule);
        Ev.Rule<ArgumentException>(() => WorkPackageEarning.Evaluate([Pc("A", 1)], Progress(("A", null!)), 1), "progress", "progress['A'] is null");
        var loeBase = Ev.Rule<WorkPackageException>(
            () => WorkPackageEarning.Evaluate([Loe("L", 10, 10), new WorkPackage("Q", "q", 1, EarningTechnique.ApportionedEffort("L", 0.1))], Progress(), 1),
            "packages",
            "'Q'",
            "level-of-effort package 'L'");
        Assert.Equal(WorkPackageRule.LevelOfEffortBase, loeBase.Rule);
    }

    [Fact]
    public void Grid_mismatch_names_the_first_curve_package()
    {
        // A has 2 periods, B has 3: B is rejected against package 'A'.
        var e = Ev.Rule<WorkPackageException>(
            () => WorkPackageEarning.Evaluate([Pc("A", 10, [5, 10]), Pc("B", 10, [2, 5, 10])], Progress(), 1),
            "packages",
            "package 'B' has 3 periods but package 'A' has 2");
        Assert.Equal(WorkPackageRule.PeriodGridMismatch, e.Rule);
        Assert.Equal("B", e.PackageId);
    }

    [Fact]
    public void Grid_mismatch_against_the_project_baseline_says_so()
    {
        // The project grid has 2 monthly periods; package A's curve has 3.
        var grid = TimePhasedBaseline.Monthly(new LocalDate(2025, 1, 1), [1, 1]);
        var e = Ev.Rule<WorkPackageException>(
            () => WorkPackageEarning.Evaluate([Pc("A", 10, [2, 5, 10])], Progress(), grid, new LocalDate(2025, 1, 31)),
            "packages",
            "package 'A' has 3 periods but the project baseline has 2");
        Assert.Equal(WorkPackageRule.PeriodGridMismatch, e.Rule);
    }

    [Fact]
    public void Milestones_reported_for_a_package_without_milestones_are_rejected()
    {
        var e = Ev.Rule<WorkPackageException>(
            () => WorkPackageEarning.Evaluate([Pc("A", 10)], Progress(("A", new WorkPackageProgress(true, false, completedMilestones: ["M1"]))), 1),
            "progress",
            "'A'",
            "'M1'",
            "has no milestones");
        Assert.Equal(WorkPackageRule.UnknownMilestone, e.Rule);
    }

    [Fact]
    public void Milestones_not_in_the_plan_are_rejected()
    {
        var w = new WorkPackage("W", "w", 10, EarningTechnique.WeightedMilestones([new Milestone("M1", 1)], MilestoneWeighting.Normalize));
        var e = Ev.Rule<WorkPackageException>(
            () => WorkPackageEarning.Evaluate([w], Progress(("W", new WorkPackageProgress(true, false, completedMilestones: ["M7"]))), 1),
            "progress",
            "'W'",
            "'M7'",
            "not one of its milestones");
        Assert.Equal(WorkPackageRule.UnknownMilestone, e.Rule);
    }

    [Fact]
    public void Result_package_lookup_rejects_null_and_unknown_ids()
    {
        var r = WorkPackageEarning.Evaluate([Pc("A", 10)], Progress(), 1);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => r.Package(null!)).ParamName);
        var e = Assert.Throws<KeyNotFoundException>(() => r.Package("Z"));
        Assert.Contains("'Z'", e.Message, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ Evaluate: earned value and its notes

    [Fact]
    public void A_package_without_a_progress_entry_has_not_started()
    {
        // 50/50 with no progress entry: not started, EV = 0 (X · BAC = 500 would be earned only once started).
        var wp = new WorkPackage("H", "h", 1000, EarningTechnique.FiftyFifty);
        Assert.Equal(0, WorkPackageEarning.Evaluate([wp], Progress(), 1).Packages[0].EarnedValue);
    }

    [Fact]
    public void Finished_with_some_milestones_warns_with_the_count()
    {
        var w = new WorkPackage("W", "w", 1000, EarningTechnique.WeightedMilestones(
            [new Milestone("M1", 0.2), new Milestone("M2", 0.3), new Milestone("M3", 0.5)], MilestoneWeighting.RequireSumToOne));
        var partial = WorkPackageEarning.Evaluate([w], Progress(("W", new WorkPackageProgress(true, true, completedMilestones: ["M2"]))), 1);
        Assert.Equal(1000, partial.EarnedValue);
        Diagnostic d = Assert.Single(Of(partial, DiagnosticKind.Warning, "W"));
        Assert.Contains("1 of 3 milestones", d.Message, StringComparison.Ordinal);

        // All three (0.2 + 0.3 + 0.5 = 1): the measure agrees, no warning.
        var all = WorkPackageEarning.Evaluate([w], Progress(("W", new WorkPackageProgress(true, true, completedMilestones: ["M1", "M2", "M3"]))), 1);
        Assert.Empty(Of(all, DiagnosticKind.Warning, "W"));

        // None listed: the technique's measure was simply not reported, no warning.
        var none = WorkPackageEarning.Evaluate([w], Progress(("W", new WorkPackageProgress(true, true))), 1);
        Assert.Equal(1000, none.EarnedValue);
        Assert.Empty(Of(none, DiagnosticKind.Warning, "W"));
    }

    [Fact]
    public void Finished_with_some_units_warns_only_strictly_between_none_and_all()
    {
        var u = new WorkPackage("U", "u", 1000, EarningTechnique.UnitsComplete(10));
        var partial = WorkPackageEarning.Evaluate([u], Progress(("U", new WorkPackageProgress(true, true, unitsCompleted: 4))), 1);
        Assert.Equal(1000, partial.EarnedValue);
        Diagnostic d = Assert.Single(Of(partial, DiagnosticKind.Warning, "U"));
        Assert.Contains("4 of 10 units", d.Message, StringComparison.Ordinal);

        var all = WorkPackageEarning.Evaluate([u], Progress(("U", new WorkPackageProgress(true, true, unitsCompleted: 10))), 1);
        Assert.Empty(Of(all, DiagnosticKind.Warning, "U"));
        var none = WorkPackageEarning.Evaluate([u], Progress(("U", new WorkPackageProgress(true, true))), 1);
        Assert.Empty(Of(none, DiagnosticKind.Warning, "U"));
    }

    [Fact]
    public void Finished_with_a_partial_percent_warns_only_strictly_between_0_and_1()
    {
        var p = Pc("P", 1000);
        var half = WorkPackageEarning.Evaluate([p], Progress(("P", new WorkPackageProgress(true, true, 0.5))), 1);
        Assert.Single(Of(half, DiagnosticKind.Warning, "P"));
        var full = WorkPackageEarning.Evaluate([p], Progress(("P", WorkPackageProgress.Complete(100))), 1);
        Assert.Empty(Of(full, DiagnosticKind.Warning, "P"));
        var zero = WorkPackageEarning.Evaluate([p], Progress(("P", new WorkPackageProgress(true, true, 0))), 1);
        Assert.Empty(Of(zero, DiagnosticKind.Warning, "P"));
        Assert.Equal(1000, zero.EarnedValue);
    }

    [Fact]
    public void Level_of_effort_notes_ignored_measures_only_when_one_is_reported()
    {
        // LOE reads no progress measure: a positive percent or unit count is noted as ignored; cost alone is not.
        var l = Loe("L", 100, 50, 100);
        var pc = WorkPackageEarning.Evaluate([l], Progress(("L", new WorkPackageProgress(true, false, 0.3))), 1);
        Diagnostic d = Assert.Single(Of(pc, DiagnosticKind.Information, "L"));
        Assert.Contains("ignored", d.Message, StringComparison.Ordinal);
        Assert.Equal(50, pc.EarnedValue); // EV = PV(1) = 50 whatever the progress

        var units = WorkPackageEarning.Evaluate([l], Progress(("L", new WorkPackageProgress(true, false, unitsCompleted: 2))), 1);
        Assert.Single(Of(units, DiagnosticKind.Information, "L"));

        var costOnly = WorkPackageEarning.Evaluate([l], Progress(("L", new WorkPackageProgress(true, false, actualCost: 60))), 1);
        Assert.Empty(Of(costOnly, DiagnosticKind.Information, "L"));
        Assert.Equal(60, costOnly.ActualCost);
    }

    [Fact]
    public void Apportioned_effort_notes_ignored_measures()
    {
        WorkPackage[] plan = [Pc("FAB", 1000), new("QA", "qa", 100, EarningTechnique.ApportionedEffort("FAB", 0.1))];
        var r = WorkPackageEarning.Evaluate(plan, Progress(("FAB", new WorkPackageProgress(true, false, 0.5)), ("QA", new WorkPackageProgress(true, false, 0.9))), 1);
        Diagnostic d = Assert.Single(Of(r, DiagnosticKind.Information, "QA"));
        Assert.Contains("ignored", d.Message, StringComparison.Ordinal);
        Assert.Equal(50, r.Package("QA").EarnedValue); // 0.1 · (0.5 · 1000) = 50
    }

    [Fact]
    public void Apportioned_chains_warn_once_per_capped_package_and_not_at_exactly_BAC()
    {
        // A: 0/100, BAC 1000, finished → EV 1000.
        // B = 0.5 · A = 500 > BAC_B 100 → capped at 100, one warning.
        // C = 2 · B = 2 · 100 = 200 ≤ BAC_C 1000 → 200, no warning.
        // D = 0.5 · A = 500 = BAC_D 500 → exactly at BAC, not capped, no warning.
        WorkPackage[] plan =
        [
            new("A", "a", 1000, EarningTechnique.ZeroHundred),
            new("B", "b", 100, EarningTechnique.ApportionedEffort("A", 0.5)),
            new("C", "c", 1000, EarningTechnique.ApportionedEffort("B", 2)),
            new("D", "d", 500, EarningTechnique.ApportionedEffort("A", 0.5)),
        ];
        var r = WorkPackageEarning.Evaluate(plan, Progress(("A", WorkPackageProgress.Complete(900))), 1);
        Assert.Equal(100, r.Package("B").EarnedValue);
        Assert.Equal(200, r.Package("C").EarnedValue);
        Assert.Equal(500, r.Package("D").EarnedValue);
        Assert.Single(Of(r, DiagnosticKind.Warning, "B"));
        Assert.Empty(Of(r, DiagnosticKind.Warning, "C"));
        Assert.Empty(Of(r, DiagnosticKind.Warning, "D"));
    }

    // ------------------------------------------------------------------ Evaluate: partly time-phased plans

    [Fact]
    public void A_plan_with_an_untimed_package_has_no_total_or_discrete_PV()
    {
        // A is time-phased [40, 100], B is not: the total PV and the discrete PV are undefined, with diagnostics.
        var r = WorkPackageEarning.Evaluate([Pc("A", 100, [40, 100]), Pc("B", 50)], Progress(), 1);
        Assert.Null(r.PlannedValue);
        Assert.Null(r.DiscretePlannedValue);
        Assert.Equal(40.0, r.Package("A").PlannedValue);
        Diagnostic pv = Assert.Single(Of(r, DiagnosticKind.Undefined, "PV"));
        Assert.Contains("no time-phased PV", pv.Message, StringComparison.Ordinal);
        Diagnostic es = Assert.Single(Of(r, DiagnosticKind.Undefined, "ES (discrete)"));
        Assert.Contains("Some discrete packages have no time-phased PV", es.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(r.Diagnostics, d => d.Metric == "LOE");
    }

    [Fact]
    public void A_fully_timed_discrete_plan_has_no_undefined_PV_and_no_LOE_note()
    {
        // PV(1.5) of [40, 100] is 40 + 0.5 · 60 = 70; of [10, 20] is 10 + 0.5 · 10 = 15; total 85.
        var r = WorkPackageEarning.Evaluate([Pc("A", 100, [40, 100]), Pc("B", 20, [10, 20])], Progress(), 1.5);
        Assert.Equal(85.0, r.PlannedValue);
        Assert.Equal(85.0, r.DiscretePlannedValue);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void An_all_level_of_effort_plan_has_no_discrete_work()
    {
        // LOE [30, 60] at t = 1: EV = PV = 30. No discrete package: discrete PV and curve undefined.
        var r = WorkPackageEarning.Evaluate([Loe("L", 60, 30, 60)], Progress(), 1);
        Assert.Equal(30.0, r.PlannedValue);
        Assert.Null(r.DiscretePlannedValue);
        Assert.Null(r.DiscreteEarnedSchedule);
        Assert.True(r.DiscreteCumulativeCurve.IsEmpty);
        Diagnostic es = Assert.Single(Of(r, DiagnosticKind.Undefined, "ES (discrete)"));
        Assert.Contains("Every package is level of effort", es.Message, StringComparison.Ordinal);
        Assert.Single(Of(r, DiagnosticKind.Information, "LOE"));
        Assert.Empty(Of(r, DiagnosticKind.Undefined, "PV"));
    }

    [Fact]
    public void Discrete_curve_is_a_compensated_sum()
    {
        // One-period curves 1e16, 1 and 1. The exact sum 1e16 + 2 is a double (spacing 2 at 1e16), but a naive
        // left-to-right sum gives 1e16 (1e16 + 1 is a tie that rounds to even, 1e16, twice). The remarks promise
        // compensated (Neumaier) sums, which return the exact 1e16 + 2.
        WorkPackage[] plan = [Pc("A", 1e16, [1e16]), Pc("B", 1, [1]), Pc("C", 1, [1])];
        var r = WorkPackageEarning.Evaluate(plan, Progress(), 1);
        Assert.Equal([0, 1e16 + 2], r.DiscreteCumulativeCurve.ToArray());
        Assert.Equal(1e16 + 2, r.DiscretePlannedValue);
    }

    [Fact]
    public void Totals_that_overflow_the_double_range_are_rejected()
    {
        // x = 2.2e307. Discrete 0/100 package D (BAC x, finished, AC x) and LOE package L (BAC x, PV [x], t = 1 → EV x).
        // The checked sum EV + AC + BAC + EV_d + BAC_d + EV_loe + BAC_loe = 2x + x + 2x + x + x + x + x = 9x ≈ 1.98e308
        // exceeds double.MaxValue ≈ 1.80e308 although each total (at most 2x = 4.4e307) is finite.
        const double x = 2.2e307;
        WorkPackage[] plan = [new("D", "d", x, EarningTechnique.ZeroHundred), Loe("L", x, x)];
        Ev.Rule<ArgumentOutOfRangeException>(
            () => WorkPackageEarning.Evaluate(plan, Progress(("D", WorkPackageProgress.Complete(x))), 1),
            "packages",
            "overflow");
    }
}
