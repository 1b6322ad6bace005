using Pmo.Core.Prioritization;
using Pmo.Core.Resources;
using Pmo.Core.Scheduling;
using static Pmo.Core.Tests.Resources.Allocation.AllocationFixture;

namespace Pmo.Core.Tests.Resources;

/// <summary>
/// Mutation-driven tests of <see cref="CapacityAllocator"/>, <see cref="AllocationResult"/>, <see cref="AllocationCell"/>,
/// <see cref="AllocationOptions"/>, <see cref="ShiftRejection"/> and <see cref="CapacityRollup"/>: documented guards,
/// messages, value equality and hand-computed figures (weekly periods of 5 working days × 8 h: 1 FTE = 40 h a week).
/// </summary>
public class ResourcesMutationTestsAAllocation
{
    private static readonly CapacityPlan Plan3 = Plan(3, ["dev"], ("dev", 1.0));
    private static readonly CapacityPlan Plan4 = Plan(4, ["dev"], ("dev", 1.0));

    // A: 30, 30, 0; B: 20, 20, 20 (both committed).
    private static PortfolioDemand AB(CapacityPlan plan, double bLast = 20) =>
        Demand(plan, [("A", CommitmentStatus.Committed), ("B", CommitmentStatus.Committed)], [.. Row("A", "dev", 30, 30), .. Row("B", "dev", 20, 20, bLast)]);

    // ---- AllocationCell ----

    [Fact]
    public void Cells_that_differ_only_in_their_period_are_not_equal()
    {
        // A: 10, 10 against 40 h: both cells (dev, demand 10, carried 0, allocated 10, shortfall 0) differ only in the period.
        PortfolioDemand d = Demand(Plan3, [("A", CommitmentStatus.Committed)], [.. Row("A", "dev", 10, 10)]);
        var cells = CapacityAllocator.Allocate(Plan3, d, ["A"]).Project("A").Cells;
        AllocationCell c0 = cells[0];
        AllocationCell c1 = cells[1];
        Assert.Equal((10.0, 10.0, 0.0, 0.0), (c0.Demand, c0.Allocated, c0.Shortfall, c0.CarriedIn));
        Assert.Equal((10.0, 10.0, 0.0, 0.0), (c1.Demand, c1.Allocated, c1.Shortfall, c1.CarriedIn));
        Assert.False(c0.Equals(c1));
        Assert.False(c0 == c1);
        Assert.True(c0 != c1);
        Assert.False(c0.Equals((object)c1));
    }

    [Fact]
    public void Cells_with_the_same_values_are_equal_and_cells_with_other_allocations_are_not()
    {
        // Same demand (A: 30 in week 0) against 40 h and against 20 h (0.5 FTE): allocated 30 vs 20, shortfall 0 vs 10.
        PortfolioDemand d = Demand(Plan3, [("A", CommitmentStatus.Committed)], [.. Row("A", "dev", 30)]);
        AllocationCell a = CapacityAllocator.Allocate(Plan3, d, ["A"]).Project("A").Cells[0];
        AllocationCell again = CapacityAllocator.Allocate(Plan3, d, ["A"]).Project("A").Cells[0];
        Assert.True(a == again);
        Assert.False(a != again);
        Assert.True(a.Equals((object)again));
        Assert.Equal(a.GetHashCode(), again.GetHashCode());

        CapacityPlan half = Plan(3, ["dev"], ("dev", 0.5));
        AllocationCell less = CapacityAllocator.Allocate(half, Demand(half, [("A", CommitmentStatus.Committed)], [.. Row("A", "dev", 30)]), ["A"]).Project("A").Cells[0];
        Assert.Equal((30.0, 20.0, 10.0), (less.Demand, less.Allocated, less.Shortfall));
        Assert.True(a != less);
        Assert.False(a.Equals(less));
    }

    [Fact]
    public void A_deferred_cell_shows_its_allocation_against_demand_plus_carry()
    {
        // Defer, A first (30, 30), B 20, 20, 30: week 1 B needs 20 + carried 10 = 30 and gets 10 → "dev[1]: 10/30 h".
        AllocationCell c = CapacityAllocator.Allocate(Plan4, AB(Plan4, 30), ["A", "B"], new AllocationOptions(AllocationMode.Defer)).Project("B").Cells[1];
        Assert.Equal((20.0, 10.0, 10.0), (c.Demand, c.CarriedIn, c.Allocated));
        Assert.Equal("dev[1]: 10/30 h", c.ToString());
    }

    // ---- AllocationResult ----

    [Fact]
    public void An_unknown_project_is_rejected_with_its_id()
    {
        AllocationResult r = CapacityAllocator.Allocate(Plan3, AB(Plan3), ["A", "B"]);
        Reject.Rule<ArgumentException>(() => _ = r.Project("nope"), "projectId", "'nope' is not one of the allocated projects");
    }

    [Fact]
    public void Residual_and_allocated_read_the_cell_of_the_named_role_and_period()
    {
        // dev 1 FTE = 40 h, ops 0.5 FTE = 20 h a week. A: dev 10, 20, 30; ops 5, 15, 0 — everything fits.
        // Allocated = demand; residual dev 30, 20, 10; ops 15, 5, 20.
        CapacityPlan plan = Plan(3, ["dev", "ops"], ("dev", 1.0), ("ops", 0.5));
        PortfolioDemand d = Demand(plan, [("A", CommitmentStatus.Committed)], [.. Row("A", "dev", 10, 20, 30), .. Row("A", "ops", 5, 15)]);
        AllocationResult r = CapacityAllocator.Allocate(plan, d, ["A"]);
        Assert.Equal([10.0, 20.0, 30.0, 5.0, 15.0, 0.0], [.. Enumerable.Range(0, 6).Select(k => r.Allocated(k < 3 ? "dev" : "ops", k % 3))]);
        Assert.Equal([30.0, 20.0, 10.0, 15.0, 5.0, 20.0], [.. Enumerable.Range(0, 6).Select(k => r.Residual(k < 3 ? "dev" : "ops", k % 3))]);
    }

    [Fact]
    public void Residual_and_allocated_reject_a_period_outside_the_plan()
    {
        CapacityPlan plan = Plan(3, ["dev", "ops"], ("dev", 1.0), ("ops", 0.5));
        PortfolioDemand d = Demand(plan, [("A", CommitmentStatus.Committed)], [.. Row("A", "dev", 10)]);
        AllocationResult r = CapacityAllocator.Allocate(plan, d, ["A"]);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => r.Residual("dev", 3)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => r.Allocated("dev", 3)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => r.Residual("dev", -1)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => r.Allocated("dev", -1)).ParamName);
    }

    // ---- AllocationOptions ----

    [Fact]
    public void An_undefined_mode_is_rejected_with_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new AllocationOptions((AllocationMode)99), "mode", "mode must be a defined AllocationMode");
    }

    // ---- CapacityAllocator.Allocate / AllocateByRanking ----

    [Fact]
    public void Allocate_rejects_a_null_plan()
    {
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => CapacityAllocator.Allocate(null!, AB(Plan3), ["A", "B"])).ParamName);
    }

    [Fact]
    public void Allocate_by_ranking_rejects_null_and_incompatible_arguments()
    {
        Ranking ranking = Ranking.FromPreferences([1.0, 3.0], higherIsBetter: true);
        PortfolioDemand d = AB(Plan3);
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => CapacityAllocator.AllocateByRanking(null!, d, ranking, ["A", "B"])).ParamName);
        Assert.Equal("demand", Assert.Throws<ArgumentNullException>(() => CapacityAllocator.AllocateByRanking(Plan3, null!, ranking, ["A", "B"])).ParamName);
        Assert.Equal("alternativeIds", Assert.Throws<ArgumentNullException>(() => CapacityAllocator.AllocateByRanking(Plan3, d, ranking, null!)).ParamName);

        // Demand built on 3 weeks given with a 4-week plan.
        ArgumentException e = Assert.Throws<ArgumentException>(() => CapacityAllocator.AllocateByRanking(Plan4, d, ranking, ["A", "B"]));
        Assert.Equal("demand", e.ParamName);
    }

    [Fact]
    public void Allocate_by_ranking_uses_the_given_options()
    {
        // Ranking: B (3) before A (1). All-or-nothing: B fits (20 ≤ 40); A needs 30 > 20 left in weeks 0 and 1: nothing.
        Ranking ranking = Ranking.FromPreferences([1.0, 3.0], higherIsBetter: true);
        AllocationResult r = CapacityAllocator.AllocateByRanking(Plan3, AB(Plan3), ranking, ["A", "B"], new AllocationOptions(AllocationMode.AllOrNothing));
        Assert.Equal(AllocationMode.AllOrNothing, r.Mode);
        Assert.Equal((0.0, 60.0), (r.Project("A").AllocatedHours, r.Project("A").ShortfallHours));
        Assert.Equal(["A"], r.UnstaffedProjects.AsEnumerable());
    }

    [Fact]
    public void A_priority_order_that_repeats_a_project_is_rejected_even_when_its_length_is_right()
    {
        Reject.Rule<ArgumentException>(() => CapacityAllocator.Allocate(Plan3, AB(Plan3), ["A", "A"]), "priorityOrder", "priorityOrder lists 'A' more than once; give every project exactly once.");
    }

    [Fact]
    public void A_priority_order_that_misses_projects_lists_up_to_ten_of_them()
    {
        // 12 projects, order names only P0: 11 missing; the first 10 listed, then an ellipsis.
        PortfolioDemand d12 = Demand(Plan3, [.. Enumerable.Range(0, 12).Select(i => ("P" + i, CommitmentStatus.Committed))]);
        Reject.Rule<ArgumentException>(
            () => CapacityAllocator.Allocate(Plan3, d12, ["P0"]),
            "priorityOrder",
            "priorityOrder misses 11 project(s): P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, …; give every project exactly once.");

        // 11 projects: exactly 10 missing, all listed, no ellipsis.
        PortfolioDemand d11 = Demand(Plan3, [.. Enumerable.Range(0, 11).Select(i => ("P" + i, CommitmentStatus.Committed))]);
        ArgumentException e = Reject.Rule<ArgumentException>(
            () => CapacityAllocator.Allocate(Plan3, d11, ["P0"]),
            "priorityOrder",
            "priorityOrder misses 10 project(s): P1, P2, P3, P4, P5, P6, P7, P8, P9, P10; give every project exactly once.");
        Assert.DoesNotContain("…", e.Message, StringComparison.Ordinal);

        // Two missing of three.
        PortfolioDemand d3 = Demand(Plan3, [("A", CommitmentStatus.Committed), ("B", CommitmentStatus.Committed), ("C", CommitmentStatus.Committed)]);
        Reject.Rule<ArgumentException>(() => CapacityAllocator.Allocate(Plan3, d3, ["B"]), "priorityOrder", "priorityOrder misses 2 project(s): A, C; give every project exactly once.");
    }

    [Fact]
    public void Planned_and_achieved_last_periods_ignore_cells_entered_as_zero_and_can_be_period_zero()
    {
        // A: 10 h in week 0 and an entry of 0 h in week 2. Planned last = 0 (hours > 0 only); 10 ≤ 40 allocated in week 0,
        // nothing in week 2: achieved last = 0, finish delay 0.
        PortfolioDemand d = Demand(Plan3, [("A", CommitmentStatus.Committed)], ("A", "dev", 0, 10.0), ("A", "dev", 2, 0.0));
        ProjectAllocation a = CapacityAllocator.Allocate(Plan3, d, ["A"]).Project("A");
        Assert.Equal(2, a.Cells.Length);
        Assert.Equal(0, a.PlannedLastPeriod);
        Assert.Equal(0, a.AchievedLastPeriod);
        Assert.Equal(0, a.FinishDelay);
        Assert.True(a.IsFullyStaffed);
    }

    [Fact]
    public void A_project_without_demand_has_no_achieved_finish()
    {
        PortfolioDemand d = Demand(Plan3, [("A", CommitmentStatus.Committed), ("Z", CommitmentStatus.Committed)], [.. Row("A", "dev", 10)]);
        ProjectAllocation z = CapacityAllocator.Allocate(Plan3, d, ["A", "Z"]).Project("Z");
        Assert.Null(z.PlannedLastPeriod);
        Assert.Null(z.AchievedLastPeriod);
    }

    [Fact]
    public void Defer_lists_only_demanded_or_carried_cells_not_the_gaps_between_them()
    {
        // A: 10, 0, 10 (no entry in week 1), all fits: cells in weeks 0 and 2 only (no carry into week 1).
        PortfolioDemand d = Demand(Plan3, [("A", CommitmentStatus.Committed)], [.. Row("A", "dev", 10, 0, 10)]);
        ProjectAllocation a = CapacityAllocator.Allocate(Plan3, d, ["A"], new AllocationOptions(AllocationMode.Defer)).Project("A");
        Assert.Equal([0, 2], a.Cells.Select(c => c.Period));
        Assert.Equal(2, a.AchievedLastPeriod);
    }

    // ---- CapacityAllocator.EarliestStart ----

    [Fact]
    public void Earliest_start_rejects_null_and_incompatible_arguments()
    {
        PortfolioDemand d = AB(Plan3);
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => CapacityAllocator.EarliestStart(null!, d, "A")).ParamName);
        Assert.Equal("demand", Assert.Throws<ArgumentNullException>(() => CapacityAllocator.EarliestStart(Plan3, null!, "A")).ParamName);
        ArgumentException e = Assert.Throws<ArgumentException>(() => CapacityAllocator.EarliestStart(Plan4, d, "A"));
        Assert.Equal("demand", e.ParamName);
    }

    [Fact]
    public void Reserved_projects_are_validated_with_stated_rules()
    {
        PortfolioDemand d = Demand(Plan3, [("A", CommitmentStatus.Committed), ("B", CommitmentStatus.Committed), ("P", CommitmentStatus.Proposed)], [.. Row("A", "dev", 10), .. Row("P", "dev", 10)]);
        Reject.Rule<ArgumentNullException>(() => CapacityAllocator.EarliestStart(Plan3, d, "P", ["A", null!]), "reservedProjects", "reservedProjects holds a null id.");
        Reject.Rule<ArgumentException>(() => CapacityAllocator.EarliestStart(Plan3, d, "P", ["A", "P"]), "reservedProjects", "reservedProjects holds the project being placed, 'P'; list only the projects reserved before it.");
        Reject.Rule<ArgumentException>(() => CapacityAllocator.EarliestStart(Plan3, d, "P", ["A", "B", "A"]), "reservedProjects", "reservedProjects lists 'A' more than once.");
    }

    [Fact]
    public void A_project_without_demand_can_start_at_the_earliest_period_given()
    {
        PortfolioDemand d = Demand(Plan3, [("A", CommitmentStatus.Committed), ("Z", CommitmentStatus.Proposed)], [.. Row("A", "dev", 10)]);
        EarliestStartResult e = CapacityAllocator.EarliestStart(Plan3, d, "Z", earliestPeriod: 2);
        Assert.Equal(2, e.FirstCandidateStart);
        Assert.Equal(0, e.Shift);
        Assert.Null(e.Start);
        Assert.Contains("no demand", e.Reason, StringComparison.Ordinal);
        Assert.Equal(0, CapacityAllocator.EarliestStart(Plan3, d, "Z").FirstCandidateStart);
    }

    [Fact]
    public void A_profile_too_long_for_the_remaining_horizon_is_explained_with_its_span()
    {
        // 4 weeks; P spans weeks 0–1 (2 periods). Earliest period 3: the last start that still ends in week 3 is 2 < 3,
        // so no candidate is tried.
        PortfolioDemand d = Demand(Plan4, [("P", CommitmentStatus.Proposed)], [.. Row("P", "dev", 10, 10)]);
        EarliestStartResult e = CapacityAllocator.EarliestStart(Plan4, d, "P", earliestPeriod: 3);
        Assert.False(e.IsFeasible);
        Assert.Empty(e.Rejections.AsEnumerable());
        Assert.Contains("The project's profile spans 2 period(s); starting in period 3 ('2027-01-25') or later", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_entered_as_zero_hours_never_block_a_shift()
    {
        // Committed A takes 50 h of 40 in week 1: residual 40, −10, 40. P: 10 h in week 0 and an entry of 0 h in week 1.
        // Shift 0: 10 ≤ 40 in week 0; the 0-hour cell asks for nothing, so it fits although the residual is negative.
        PortfolioDemand d = Demand(Plan3, [("A", CommitmentStatus.Committed), ("P", CommitmentStatus.Proposed)], ("A", "dev", 1, 50.0), ("P", "dev", 0, 10.0), ("P", "dev", 1, 0.0));
        EarliestStartResult e = CapacityAllocator.EarliestStart(Plan3, d, "P");
        Assert.Equal([40.0, -10.0, 40.0], e.ResidualGrid.AsEnumerable());
        Assert.True(e.IsFeasible);
        Assert.Equal((0, 0, 0), (e.Shift!.Value, e.Start!.Value, e.Finish!.Value));
        Assert.Empty(e.Rejections.AsEnumerable());
    }

    [Fact]
    public void A_rejected_shift_describes_itself_with_its_blocking_cell()
    {
        // 6 weeks of 40 h. Committed A: 40, 40, 20 → residual 0, 0, 20, 40, 40, 40. P: 30, 30. Shift 0 is blocked in week 0
        // (needs 30, 0 available).
        CapacityPlan plan = Plan(6, ["dev"], ("dev", 1.0));
        PortfolioDemand d = Demand(plan, [("A", CommitmentStatus.Committed), ("P", CommitmentStatus.Proposed)], [.. Row("A", "dev", 40, 40, 20), .. Row("P", "dev", 30, 30)]);
        EarliestStartResult e = CapacityAllocator.EarliestStart(plan, d, "P");
        Assert.Equal("shift 0: dev 2027-01-04: needs 30 h, 0 h available", e.Rejections[0].ToString());
        Assert.Equal("shift 2: dev 2027-01-18: needs 30 h, 20 h available", e.Rejections[2].ToString());
    }

    // ---- CapacityRollup ----

    [Fact]
    public void A_rollup_utilisation_is_demand_over_capacity_and_undefined_without_capacity()
    {
        // dev (department eng) 1 FTE = 40 h/week; ops (department ops) no capacity. A: dev 30 in week 0; ops 10 in week 0.
        // eng: 30 / 40 = 0.75 in week 0, 0 / 40 = 0 in week 1. ops: capacity 0 → null in both weeks.
        CapacityPlan plan = new(
            PlanningPeriods.Weekly(Monday, 2),
            new WorkingCalendar(Monday, Monday.PlusDays(21)),
            [new Role("dev", department: "eng"), new Role("ops", department: "ops")],
            null,
            [new RolePool("dev", 1.0)]);
        PortfolioDemand d = Demand(plan, [("A", CommitmentStatus.Committed)], ("A", "dev", 0, 30.0), ("A", "ops", 0, 10.0));
        var rollups = CapacityAnalysis.Analyze(plan, d).ByDepartment();
        CapacityRollup eng = rollups.Single(x => x.Key == "eng");
        CapacityRollup ops = rollups.Single(x => x.Key == "ops");
        Assert.Equal(0.75, eng.Utilisation(0)!.Value, 12);
        Assert.Equal(0.0, eng.Utilisation(1)!.Value, 12);
        Assert.Null(ops.Utilisation(0));
        Assert.Null(ops.Utilisation(1));
        Assert.Equal(-10.0, ops.Gap(0));
    }
}
