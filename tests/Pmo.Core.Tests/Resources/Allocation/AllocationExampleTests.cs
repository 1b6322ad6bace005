using Pmo.Core.Prioritization;
using Pmo.Core.Resources;
using static Pmo.Core.Tests.Resources.Allocation.AllocationFixture;

namespace Pmo.Core.Tests.Resources.Allocation;

/// <summary>
/// Hand-computed worked examples (no published source: the arithmetic is in the comments). One role "dev" with a pool
/// of 1 FTE = 40 h per week.
/// </summary>
public class AllocationExampleTests
{
    private static readonly CapacityPlan Plan3 = Plan(3, ["dev"], ("dev", 1.0));
    private static readonly CapacityPlan Plan4 = Plan(4, ["dev"], ("dev", 1.0));

    // A: 30, 30, 0; B: 20, 20, 20 (both committed).
    private static PortfolioDemand AB(CapacityPlan plan, CommitmentStatus a = CommitmentStatus.Committed, double bLast = 20) =>
        Demand(plan, [("A", a), ("B", CommitmentStatus.Committed)], [.. Row("A", "dev", 30, 30), .. Row("B", "dev", 20, 20, bLast)]);

    [Fact]
    public void Partial_serves_in_priority_order_and_reports_what_each_lacks()
    {
        // Week 0: A takes min(30, 40) = 30, 10 left; B takes min(20, 10) = 10, short 10. Week 1 the same.
        // Week 2: B takes 20 of 40, 20 left. A: 60/60 h; B: 40/60 h, short 20, share 2/3.
        AllocationResult r = CapacityAllocator.Allocate(Plan3, AB(Plan3), ["A", "B"]);
        ProjectAllocation a = r.Project("A");
        ProjectAllocation b = r.Project("B");
        Assert.Equal((60, 60, 0), (a.RequestedHours, a.AllocatedHours, a.ShortfallHours));
        Assert.True(a.IsFullyStaffed);
        Assert.Equal(1, a.AchievedLastPeriod);
        Assert.Equal(0, a.FinishDelay);
        Assert.Equal((60, 40, 20), (b.RequestedHours, b.AllocatedHours, b.ShortfallHours));
        Assert.False(b.IsFullyStaffed);
        Assert.Equal(2.0 / 3.0, b.StaffedShare!.Value, 12);
        Assert.Equal(2, b.PlannedLastPeriod);
        Assert.Null(b.AchievedLastPeriod);
        Assert.Equal(["dev"], b.BlockingRoles.AsEnumerable());
        Assert.Equal([(0, 20.0, 10.0), (1, 20.0, 10.0)], b.BlockingCells.Select(c => (c.Period, c.Needed, c.Available)));
        Assert.Equal([10.0, 10.0, 20.0], b.Cells.Select(c => c.Allocated));
        Assert.Equal([0.0, 0.0, 20.0], r.ResidualGrid.AsEnumerable());
        Assert.Equal([40.0, 40.0, 20.0], r.AllocatedGrid.AsEnumerable());
        Assert.Equal((120, 120, 100, 20), (r.TotalCapacityHours, r.TotalRequestedHours, r.TotalAllocatedHours, r.TotalShortfallHours));
        Assert.Equal(1, r.FullyStaffedCount);
        Assert.Empty(r.UnstaffedProjects.AsEnumerable());
    }

    [Fact]
    public void All_or_nothing_staffs_a_project_only_when_every_cell_fits_first_fit()
    {
        // A fits (30 ≤ 40 twice): residual 10, 10, 40. B needs 20 > 10 in weeks 0 and 1: nothing, blocked by both.
        // C (10, 10, 10) still fits after B: residual 0, 0, 30.
        PortfolioDemand d = Demand(Plan3, [("A", CommitmentStatus.Committed), ("B", CommitmentStatus.Committed), ("C", CommitmentStatus.Committed)], [.. Row("A", "dev", 30, 30), .. Row("B", "dev", 20, 20, 20), .. Row("C", "dev", 10, 10, 10)]);
        AllocationResult r = CapacityAllocator.Allocate(Plan3, d, ["A", "B", "C"], new AllocationOptions(AllocationMode.AllOrNothing));
        Assert.True(r.Project("A").IsFullyStaffed);
        ProjectAllocation b = r.Project("B");
        Assert.Equal((0, 60), (b.AllocatedHours, b.ShortfallHours));
        Assert.Equal([(0, 20.0, 10.0), (1, 20.0, 10.0)], b.BlockingCells.Select(c => (c.Period, c.Needed, c.Available)));
        Assert.True(r.Project("C").IsFullyStaffed);
        Assert.Equal(["B"], r.UnstaffedProjects.AsEnumerable());
        Assert.Equal([0.0, 0.0, 30.0], r.ResidualGrid.AsEnumerable());
        Assert.Equal(60, r.TotalShortfallHours);
    }

    [Fact]
    public void Defer_carries_unmet_hours_forward_so_the_project_finishes_later()
    {
        // B: 20, 20, 30, 0 after A: 30, 30. Week 0: need 20, 10 left → 10, carry 10. Week 1: need 20 + 10 = 30, 10 left
        // → 10, carry 20. Week 2: need 30 + 20 = 50, 40 left → 40, carry 10. Week 3: need 0 + 10 = 10 → 10, carry 0.
        // B gets all 70 h, finishing in week 3 instead of 2: delay 1. Residual 0, 0, 0, 30.
        AllocationResult r = CapacityAllocator.Allocate(Plan4, AB(Plan4, bLast: 30), ["A", "B"], new AllocationOptions(AllocationMode.Defer));
        ProjectAllocation b = r.Project("B");
        Assert.Equal((70, 70, 0), (b.RequestedHours, b.AllocatedHours, b.ShortfallHours));
        Assert.False(b.IsFullyStaffed);
        Assert.Equal((2, 3, 1), (b.PlannedLastPeriod, b.AchievedLastPeriod, b.FinishDelay));
        Assert.Equal([(0, 20.0, 0.0, 10.0, 10.0), (1, 20.0, 10.0, 10.0, 20.0), (2, 30.0, 20.0, 40.0, 10.0), (3, 0.0, 10.0, 10.0, 0.0)], b.Cells.Select(c => (c.Period, c.Demand, c.CarriedIn, c.Allocated, c.Shortfall)));
        Assert.Equal([0, 1, 2], b.BlockingCells.Select(c => c.Period));
        Assert.Equal([0.0, 0.0, 0.0, 30.0], r.ResidualGrid.AsEnumerable());
    }

    [Fact]
    public void Defer_reports_hours_still_unmet_at_the_horizon()
    {
        // Same as above on 3 weeks: the carry of 10 h after week 2 has nowhere to go: shortfall 10, no finish.
        AllocationResult r = CapacityAllocator.Allocate(Plan3, AB(Plan3, bLast: 30), ["A", "B"], new AllocationOptions(AllocationMode.Defer));
        ProjectAllocation b = r.Project("B");
        Assert.Equal((70, 60, 10), (b.RequestedHours, b.AllocatedHours, b.ShortfallHours));
        Assert.Null(b.AchievedLastPeriod);
        Assert.Equal(10, r.TotalShortfallHours);
    }

    [Fact]
    public void Committed_projects_come_first_unless_switched_off()
    {
        // A proposed, listed first. Committed first: B takes 20, 20, 20; A gets min(30, 20) = 20 twice: short 20.
        // As given: A first, as in the partial example: B short 20.
        PortfolioDemand d = AB(Plan3, CommitmentStatus.Proposed);
        AllocationResult first = CapacityAllocator.Allocate(Plan3, d, ["A", "B"]);
        Assert.Equal(["B", "A"], first.ServiceOrder.AsEnumerable());
        Assert.Equal(20, first.Project("A").ShortfallHours);
        Assert.True(first.Project("B").IsFullyStaffed);
        AllocationResult given = CapacityAllocator.Allocate(Plan3, d, ["A", "B"], new AllocationOptions(committedFirst: false));
        Assert.Equal(["A", "B"], given.ServiceOrder.AsEnumerable());
        Assert.Equal(20, given.Project("B").ShortfallHours);
    }

    [Fact]
    public void A_ranking_orders_the_projects_rank_one_first()
    {
        // Preferences A = 1, B = 3 (higher is better): B ranks first and takes its 20 h; A short 10 h in weeks 0 and 1.
        Ranking ranking = Ranking.FromPreferences([1.0, 3.0], higherIsBetter: true);
        AllocationResult r = CapacityAllocator.AllocateByRanking(Plan3, AB(Plan3), ranking, ["A", "B"]);
        Assert.Equal(["B", "A"], r.PriorityOrder.AsEnumerable());
        Assert.Equal(20, r.Project("A").ShortfallHours);
    }

    [Fact]
    public void A_project_without_demand_has_an_undefined_staffed_share()
    {
        PortfolioDemand d = Demand(Plan3, [("A", CommitmentStatus.Committed), ("Z", CommitmentStatus.Committed)], [.. Row("A", "dev", 10)]);
        AllocationResult r = CapacityAllocator.Allocate(Plan3, d, ["Z", "A"]);
        Assert.Null(r.Project("Z").StaffedShare);
        Assert.Null(r.Project("Z").PlannedLastPeriod);
        Assert.True(r.Project("Z").IsFullyStaffed);
        Assert.Contains(r.Diagnostics, x => x.Metric == "StaffedShare" && x.Message.Contains("'Z'", StringComparison.Ordinal));
        Assert.Empty(r.UnstaffedProjects.AsEnumerable());
    }

    [Fact]
    public void Earliest_start_is_the_first_shift_that_fits_after_the_commitments()
    {
        // 6 weeks of 40 h. Committed A: 40, 40, 20 → residual 0, 0, 20, 40, 40, 40. Proposed P: 30, 30 in weeks 0–1.
        // Shift 0: week 0 needs 30 > 0. Shift 1: week 1 30 > 0. Shift 2: week 2 30 > 20. Shift 3: 30 ≤ 40 in weeks 3, 4.
        CapacityPlan plan = Plan(6, ["dev"], ("dev", 1.0));
        PortfolioDemand d = Demand(plan, [("A", CommitmentStatus.Committed), ("P", CommitmentStatus.Proposed)], [.. Row("A", "dev", 40, 40, 20), .. Row("P", "dev", 30, 30)]);
        EarliestStartResult e = CapacityAllocator.EarliestStart(plan, d, "P");
        Assert.True(e.IsFeasible);
        Assert.Equal((3, 3, 4), (e.Shift, e.Start, e.Finish));
        Assert.Equal([(0, 0.0), (1, 0.0), (2, 20.0)], e.Rejections.Select(x => (x.Shift, x.Blocking.Available)));
        Assert.Equal(["A"], e.ReservedProjects.AsEnumerable());
        Assert.Equal([0.0, 0.0, 20.0, 40.0, 40.0, 40.0], e.ResidualGrid.AsEnumerable());

        // From week 4: shift 4 (weeks 4, 5) fits at once. From week 5: the 2-week profile cannot end inside 6 weeks.
        Assert.Equal(4, CapacityAllocator.EarliestStart(plan, d, "P", earliestPeriod: 4).Start);
        EarliestStartResult late = CapacityAllocator.EarliestStart(plan, d, "P", earliestPeriod: 5);
        Assert.False(late.IsFeasible);
        Assert.Null(late.Blocking);
        Assert.Contains("would end after the last period", late.Reason, StringComparison.Ordinal);

        // Nothing reserved: it fits where planned.
        Assert.Equal(0, CapacityAllocator.EarliestStart(plan, d, "P", reservedProjects: []).Shift);
    }

    [Fact]
    public void Earliest_start_reports_the_blocking_cell_of_the_last_candidate_when_nothing_fits()
    {
        // P needs 50 h in one week; no week has more than 40: shifts 0 … 5 all fail; the last (week 5) is blocked by dev 50 > 40.
        CapacityPlan plan = Plan(6, ["dev"], ("dev", 1.0));
        PortfolioDemand d = Demand(plan, [("A", CommitmentStatus.Committed), ("P", CommitmentStatus.Proposed)], [.. Row("A", "dev", 40), .. Row("P", "dev", 50)]);
        EarliestStartResult e = CapacityAllocator.EarliestStart(plan, d, "P");
        Assert.False(e.IsFeasible);
        Assert.Null(e.Shift);
        Assert.Equal(6, e.Rejections.Length);
        Assert.Equal(("dev", 5, 50.0, 40.0), (e.Blocking!.RoleId, e.Blocking.Period, e.Blocking.Needed, e.Blocking.Available));
        Assert.Contains("No shift fits", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Earliest_start_keeps_a_negative_residual_where_reserved_demand_exceeds_capacity()
    {
        // 3 weeks of 40 h. A (committed) 50 h in week 0 → residual −10, 40, 40 (not clamped). P (10 h, week 0) cannot
        // start in week 0 (10 > −10); shift 1 fits. Reserving only the higher-priority projects of an order [B, P, A]
        // (B has no demand) ignores A: P fits where planned.
        PortfolioDemand d = Demand(Plan3, [("A", CommitmentStatus.Committed), ("B", CommitmentStatus.Committed), ("P", CommitmentStatus.Proposed)], [.. Row("A", "dev", 50), .. Row("P", "dev", 10)]);
        EarliestStartResult e = CapacityAllocator.EarliestStart(Plan3, d, "P");
        Assert.Equal([-10.0, 40.0, 40.0], e.ResidualGrid.AsEnumerable());
        Assert.Equal(1, e.Shift);
        Assert.Equal(-10, e.Rejections[0].Blocking.Available);
        Assert.Equal(20, e.Rejections[0].Blocking.Missing);
        string[] order = ["B", "P", "A"];
        Assert.Equal(0, CapacityAllocator.EarliestStart(Plan3, d, "P", order.TakeWhile(id => id != "P")).Shift);
    }
}
