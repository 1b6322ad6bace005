using Pmo.Core.Prioritization.Selection;
using Pmo.Core.Resources;
using static Pmo.Core.Tests.Resources.Allocation.AllocationFixture;

namespace Pmo.Core.Tests.Resources.Allocation;

/// <summary>Hand-computed scenario comparison and selection under role capacity (arithmetic in the comments).</summary>
public class ScenarioAndSelectionTests
{
    // 4 weeks, dev 1 FTE = 40 h/week. A: 30, 30, 0, 0; B: 20, 20, 30, 0; both committed; order A, B.
    private static readonly CapacityPlan Plan4 = Plan(4, ["dev"], ("dev", 1.0));
    private static readonly PortfolioDemand D = Demand(Plan4, [("A", CommitmentStatus.Committed), ("B", CommitmentStatus.Committed)], [.. Row("A", "dev", 30, 30), .. Row("B", "dev", 20, 20, 30)]);

    [Fact]
    public void Scenarios_are_compared_with_the_baseline_side_by_side()
    {
        CapacityScenarioComparison c = CapacityScenarios.Compare(Plan4, D, ["A", "B"],
        [
            new CapacityScenario("Hire", [ScenarioChange.AddHeadcount(new RolePool("dev", 0.5))]),
            new CapacityScenario("Delay B", [ScenarioChange.DelayProject("B", 1)]),
            new CapacityScenario("Cancel A", [ScenarioChange.CancelProject("A")]),
            new CapacityScenario("B first", [ScenarioChange.ChangePriorityOrder(["B", "A"])]),
        ]);

        // Baseline, partial: A 60/60; B 10 + 10 + 30 = 50/70, short 20. Demand 50, 50, 30, 0 vs 40: weeks 0 and 1 over,
        // gap 10 + 10 = 20. Utilisation (60 + 70)/160 = 0.8125, peak 50/40 = 1.25 in week 0. Deferred: A ends week 1; B ends week 3
        // (carry 10, 20, 10 as in the allocation example).
        ScenarioOutcome b = c.Baseline;
        Assert.Equal((20.0, 1, 2, 20.0), (b.TotalShortfallHours, b.FullyStaffedCount, b.OverAllocatedCells, b.GapShortfallHours));
        Assert.Equal([0, 1], b.InfeasiblePeriods.AsEnumerable());
        Assert.Equal(0.8125, b.Roles[0].AverageUtilisation!.Value, 12);
        Assert.Equal((1.25, 0), (b.Roles[0].PeakUtilisation!.Value, b.Roles[0].PeakPeriod!.Value));
        Assert.Equal(110.0 / 160.0, b.Roles[0].AllocatedUtilisation!.Value, 12); // allocated 60 + 50
        Assert.Equal([(1, 0), (3, 0)], b.Finishes.Select(f => (f.AchievedLastPeriod!.Value, f.FinishChange!.Value)));

        // Hire 0.5 FTE: 60 h/week; A 30 + B 20 ≤ 60 everywhere: no shortfall (−20), both staffed (+1); B ends week 2 (−1).
        ScenarioOutcome hire = c["Hire"];
        Assert.Equal((0.0, -20.0, 2, 1, 0), (hire.TotalShortfallHours, hire.ShortfallChangeHours, hire.FullyStaffedCount, hire.FullyStaffedChange, hire.OverAllocatedCells));
        Assert.Equal(130.0 / 240.0, hire.Roles[0].AverageUtilisation!.Value, 12);
        Assert.Equal(-1, hire.Finishes.Single(f => f.ProjectId == "B").FinishChange);

        // Delay B by 1: B = 0, 20, 20, 30. Week 1: 30 + 20 = 50 > 40: B short 10; other weeks fit: shortfall 10.
        // Deferred: week 1 carry 10, week 2 need 30 ≤ 40, week 3 30: B ends week 3 (change 0).
        ScenarioOutcome delay = c["Delay B"];
        Assert.Equal((10.0, 1), (delay.TotalShortfallHours, delay.OverAllocatedCells));
        Assert.Equal(0, delay.Finishes.Single(f => f.ProjectId == "B").FinishChange);

        // Cancel A: B alone fits; B ends week 2 (−1); A is absent.
        ScenarioOutcome cancel = c["Cancel A"];
        Assert.Equal((0.0, 1), (cancel.TotalShortfallHours, cancel.FullyStaffedCount));
        Assert.Equal(["B"], cancel.Finishes.Select(f => f.ProjectId));
        Assert.Equal(["B"], cancel.PriorityOrder.AsEnumerable());

        // B first: B takes 20, 20, 30; A gets 20, 20: short 20. Deferred A: week 0 carry 10, week 1 need 40 → 20, carry 20,
        // week 2 has 10 left → carry 10, week 3 → 10: A ends week 3 (+2); B ends week 2 (−1).
        ScenarioOutcome swap = c["B first"];
        Assert.Equal((20.0, 1), (swap.TotalShortfallHours, swap.FullyStaffedCount));
        Assert.Equal([(3, 2), (2, -1)], swap.Finishes.Select(f => (f.AchievedLastPeriod!.Value, f.FinishChange!.Value)));
    }

    [Fact]
    public void Scenario_changes_remove_a_person_and_approve_a_proposal()
    {
        // Ann (1 FTE) and a 1-FTE pool: 80 h/week. P proposed 50, 50. Without Ann: 40 h/week, P short 10 + 10 = 20.
        CapacityPlan plan = new(
            Pmo.Core.Resources.PlanningPeriods.Weekly(Monday, 2),
            new Pmo.Core.Scheduling.WorkingCalendar(Monday, Monday.PlusDays(21)),
            [new Role("dev")],
            [new Person("ann", "dev")],
            [new RolePool("dev", 1)]);
        PortfolioDemand d = Demand(plan, [("P", CommitmentStatus.Proposed)], [.. Row("P", "dev", 50, 50)]);
        CapacityScenarioComparison c = CapacityScenarios.Compare(plan, d, ["P"],
        [
            new CapacityScenario("Ann leaves", [ScenarioChange.RemovePerson("ann")]),
            new CapacityScenario("Approve", [ScenarioChange.ApproveProject("P")]),
        ]);
        Assert.Equal(0, c.Baseline.TotalShortfallHours);
        Assert.Equal(20, c["Ann leaves"].TotalShortfallHours);
        Assert.Equal(CommitmentStatus.Committed, c["Approve"].Demand.Projects[0].Status);
    }

    [Fact]
    public void Role_rows_change_the_optimum_of_a_selection()
    {
        // Two weeks; dev 1 FTE = 40 h/week. Committed C (not a candidate) reserves 10 h in each week: dev row capacity 30, 30.
        // Candidates (value; budget in week 0; dev hours in week 0): X (10; 6; 25), Y (7; 4; 10), Z (6; 4; 5).
        // Budget row: 10 in each week. All 8 subsets by hand:
        //   {} 0; X 10; Y 7; Z 6; XY 17 (budget 10 ✓, dev 35 ✗); XZ 16 (budget 10 ✓, dev 30 ✓); YZ 13 (✓, ✓);
        //   XYZ 23 (budget 14 ✗).
        // Budget only: XY = 17 is optimal. Budget and dev: XZ = 16.
        CapacityPlan plan = Plan(2, ["dev", "ops"], ("dev", 1.0), ("ops", 1.0));
        PortfolioDemand d = Demand(plan, [("C", CommitmentStatus.Committed), ("X", CommitmentStatus.Proposed), ("Y", CommitmentStatus.Proposed), ("Z", CommitmentStatus.Proposed)],
            [.. Row("C", "dev", 10, 10), .. Row("X", "dev", 25), .. Row("Y", "dev", 10), .. Row("Z", "dev", 5)]);
        SelectionProblem budgetOnly = SelectionProblem.Create(
            [new("X", 10), new("Y", 7), new("Z", 6)],
            [new ResourceRow("Budget", [10, 10], new Dictionary<string, double[]> { ["X"] = [6, 0], ["Y"] = [4, 0], ["Z"] = [4, 0] })]);
        Assert.Equal(["X", "Y"], PortfolioSelector.Solve(budgetOnly).SelectedIds.AsEnumerable());

        CapacityRowSet rows = CapacityConstraints.ToResourceRows(plan, d, ["X", "Y", "Z"]);
        Assert.Equal(["dev"], rows.RoleIds.AsEnumerable()); // ops is demanded by no candidate
        Assert.Equal([30.0, 30.0], rows.Rows[0].Capacity.AsEnumerable());
        Assert.Equal("role:dev", rows.Rows[0].Name);
        Assert.Equal([25.0, 0.0], rows.Rows[0].ConsumptionOf("X").AsEnumerable());
        Assert.Equal(["C"], rows.ReservedProjects.AsEnumerable());
        SelectionResult withRoles = PortfolioSelector.Solve(rows.ApplyTo(budgetOnly));
        Assert.Equal(SelectionStatus.Optimal, withRoles.Status);
        Assert.Equal(["X", "Z"], withRoles.SelectedIds.AsEnumerable());
        Assert.Equal(16, withRoles.TotalValue);

        // With idle roles: a row for ops too (capacity 40, 40, no consumption).
        Assert.Equal(["dev", "ops"], CapacityConstraints.ToResourceRows(plan, d, ["X", "Y", "Z"], includeIdleRoles: true).RoleIds.AsEnumerable());
    }

    [Fact]
    public void Committed_overload_throws_by_default_or_is_reported_with_zero_capacity()
    {
        // C reserves 50 h in week 0 against 40: overload of 10. Zero-residual: row capacity 0, 30 and the cell reported.
        CapacityPlan plan = Plan(2, ["dev"], ("dev", 1.0));
        PortfolioDemand d = Demand(plan, [("C", CommitmentStatus.Committed), ("X", CommitmentStatus.Proposed)], [.. Row("C", "dev", 50, 10), .. Row("X", "dev", 5, 5)]);
        CapacityOverloadException e = Assert.Throws<CapacityOverloadException>(() => CapacityConstraints.ToResourceRows(plan, d, ["X"]));
        Assert.Equal("demand", e.ParamName);
        Assert.Equal(("dev", 0, 50.0, 40.0), (e.Cells[0].RoleId, e.Cells[0].Period, e.Cells[0].Needed, e.Cells[0].Available));
        CapacityRowSet rows = CapacityConstraints.ToResourceRows(plan, d, ["X"], CommittedOverloadHandling.ZeroResidual);
        Assert.Equal([0.0, 30.0], rows.Rows[0].Capacity.AsEnumerable());
        Assert.Single(rows.OverloadedCells);

        // Making C a candidate removes the reservation: capacity 40, 40.
        Assert.Equal([40.0, 40.0], CapacityConstraints.ToResourceRows(plan, d, ["C", "X"]).Rows[0].Capacity.AsEnumerable());
    }

    [Fact]
    public void Changes_apply_in_order_so_a_delay_then_an_acceleration_restores_the_baseline()
    {
        // B (weeks 0–2) delayed by 1 to weeks 1–3, then accelerated by 1 back to weeks 0–2: the same figures as the baseline.
        // Accelerating first would move B's week-0 demand before the horizon: an error naming change 0.
        CapacityScenarioComparison c = CapacityScenarios.Compare(Plan4, D, ["A", "B"], [new CapacityScenario("There and back", [ScenarioChange.DelayProject("B", 1), ScenarioChange.AccelerateProject("B", 1)])]);
        ScenarioOutcome o = c["There and back"];
        Assert.Equal(c.Baseline.TotalShortfallHours, o.TotalShortfallHours);
        Assert.All(o.Finishes, f => Assert.Equal(0, f.FinishChange));
        ScenarioChangeException e = Assert.Throws<ScenarioChangeException>(() => CapacityScenarios.Compare(Plan4, D, ["A", "B"], [new CapacityScenario("Early", [ScenarioChange.AccelerateProject("B", 1)])]));
        Assert.Equal(0, e.ChangeIndex);
    }
}
