using Pmo.Core.Common;
using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Tests.Prioritization.Selection;

/// <summary>Hand-computed worked examples of the result's parts: usage, greedy, explanations, frontier, scenarios.</summary>
public class SelectionBehaviourTests
{
    /// <summary>A (value 9, cost 6), B (5, 3), C (6, 5); one budget.</summary>
    private static SelectionProblem Abc(double budget) => SelectionProblem.Create(
        [new("A", 9), new("B", 5), new("C", 6)],
        [ResourceRow.SinglePeriod("Budget", budget, new Dictionary<string, double> { ["A"] = 6, ["B"] = 3, ["C"] = 5 })]);

    [Fact]
    public void Usage_slack_and_binding_rows()
    {
        // Budget 10: {A,B} costs 9 for 14; {A,C} costs 11 > 10; {B,C} gives 11. Slack 1 < 5 (C's cost), so Budget binds and blocks C.
        SelectionResult r = PortfolioSelector.Solve(Abc(10));
        Assert.Equal(["A", "B"], r.SelectedIds.ToArray());
        RowUsage u = r.Usage("Budget");
        Assert.Equal(9, u.Usage[0]);
        Assert.Equal(1, u.Slack[0]);
        Assert.Equal([0], u.BindingPeriods.ToArray());
        Assert.Equal(["C"], u.BlockedCandidateIds.ToArray());
        Assert.Equal(["Budget"], r.BindingRows.ToArray());
        Assert.Equal(0, r.Gap);
    }

    [Fact]
    public void Greedy_is_reported_beside_the_optimum_with_the_gap()
    {
        // Budget 10. Ratios v/(w/10): X 10/0.6 = 16.7, Y = Z = 7/0.5 = 14. Greedy takes X (6), then Y and Z (5 each) no longer
        // fit: greedy value 10. The optimum is {Y, Z}: cost 10, value 14. Gap 4.
        SelectionProblem p = SelectionProblem.Create(
            [new("X", 10), new("Y", 7), new("Z", 7)],
            [ResourceRow.SinglePeriod("Budget", 10, new Dictionary<string, double> { ["X"] = 6, ["Y"] = 5, ["Z"] = 5 })]);
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Equal(14, r.TotalValue);
        Assert.True(r.Greedy.Found);
        Assert.Equal(["X"], r.Greedy.SelectedIds.ToArray());
        Assert.Equal(10, r.Greedy.TotalValue);
        Assert.Equal(4, r.GreedyGap);
        Assert.Equal(["X", "Y", "Z"], r.Greedy.Order.ToArray());
        Assert.Equal(0.6, r.Greedy.CostAggregates[0], 12);
    }

    [Fact]
    public void Forced_candidates_over_a_period_capacity_are_explained()
    {
        // Period 4: P3 needs 600 and P7 needs 650, together 1,250 > 1,000.
        var budget = new ResourceRow("Budget", [1000, 1000, 1000, 1000], new Dictionary<string, double[]>
        {
            ["P1"] = [100, 100, 100, 100],
            ["P3"] = [0, 200, 300, 600],
            ["P7"] = [0, 0, 100, 650],
        });
        SelectionProblem p = SelectionProblem.Create([new("P1", 5), new("P3", 8), new("P7", 9)], [budget]).ForceIn("P3", "P7");
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Equal(SelectionStatus.Infeasible, r.Status);
        Assert.Null(r.TotalValue);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined);
        InfeasibilityExplanation why = r.Infeasibility!;
        Assert.True(why.IsProvenMinimal);
        Assert.Equal(3, why.Conflicts.Length);
        SelectionConflict capacity = Assert.Single(why.Conflicts, c => c.Kind == SelectionConstraintKind.Capacity);
        Assert.Equal(3, capacity.Period);
        Assert.Contains("'Budget' in period 4 has capacity 1,000", capacity.Message, StringComparison.Ordinal);
        Assert.Contains("at least 1,250 there (P3, P7)", capacity.Message, StringComparison.Ordinal);
        Assert.Contains("P3 is forced in", why.Summary, StringComparison.Ordinal);
        Assert.Contains("P7 is forced in", why.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_requirement_on_a_forced_out_candidate_is_explained()
    {
        SelectionProblem p = SelectionProblem.Create([new("P2", 1), new("P5", 2), new("P9", 3)])
            .Requires("P5", "P2").ForceIn("P5").ForceOut("P2").WithMaxCount(3);
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Equal(SelectionStatus.Infeasible, r.Status);
        Assert.Equal(
            [SelectionConstraintKind.Requirement, SelectionConstraintKind.ForceIn, SelectionConstraintKind.ForceOut],
            r.Infeasibility!.Conflicts.Select(c => c.Kind).ToArray());
        Assert.Equal("These constraints cannot all hold: P5 requires P2; P5 is forced in; P2 is forced out.", r.Infeasibility.Summary);
        Assert.False(r.Greedy.Found);
        Assert.Null(r.GreedyGap);
    }

    [Fact]
    public void Forcing_one_candidate_in_and_out_is_an_explained_infeasibility_not_a_crash()
    {
        SelectionResult r = PortfolioSelector.Solve(Abc(10).ForceIn("B").ForceOut("B"));
        Assert.Equal(SelectionStatus.Infeasible, r.Status);
        Assert.Equal(["B is forced in", "B is forced out"], r.Infeasibility!.Conflicts.Select(c => c.Message).ToArray());
    }

    [Fact]
    public void No_explanation_when_not_asked()
    {
        SelectionResult r = PortfolioSelector.Solve(Abc(10).ForceIn("B").ForceOut("B"), new SelectionOptions(explainInfeasibility: false));
        Assert.Equal(SelectionStatus.Infeasible, r.Status);
        Assert.Null(r.Infeasibility);
    }

    [Theory]
    [InlineData(10, 9)] // A (10, cost 6) and B (−1, cost 1) need each other: both cost 7 ≤ 10, value 9.
    [InlineData(6, 0)] // Both cost 7 > 6 and neither may go alone: nothing, value 0.
    public void A_requirement_cycle_means_all_or_nothing(double budget, double expected)
    {
        SelectionProblem p = SelectionProblem.Create(
            [new("A", 10), new("B", -1)],
            [ResourceRow.SinglePeriod("Budget", budget, new Dictionary<string, double> { ["A"] = 6, ["B"] = 1 })])
            .Requires("A", "B").Requires("B", "A");
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Equal(SelectionStatus.Optimal, r.Status);
        Assert.Equal(expected, r.TotalValue);
        Assert.Equal(expected > 0 ? 2 : 0, r.SelectedIds.Length);
    }

    [Fact]
    public void A_group_minimum_and_a_maximum_count_change_the_choice()
    {
        // At least 2 of {B, C}: B+C costs 8, A (6) no longer fits: 11. At most one candidate: A alone, 9.
        Assert.Equal(11, PortfolioSelector.Solve(Abc(10).Group("G", ["B", "C"], 2, null)).TotalValue);
        Assert.Equal(9, PortfolioSelector.Solve(Abc(10).WithMaxCount(1)).TotalValue);
        Assert.Equal(14, PortfolioSelector.Solve(Abc(10).WithMaxCount(1).WithMaxCount(null)).TotalValue);
    }

    [Fact]
    public void The_frontier_at_given_levels()
    {
        // Best value at budget 0, 3, 5, 6, 9, 11, 14: {} 0, {B} 5, {C} 6, {A} 9, {A,B} 14, {A,C} 15, {A,B,C} 20.
        FrontierResult f = EfficientFrontier.Compute(Abc(10), "Budget", [0, 3, 5, 6, 9, 11, 14]);
        Assert.Equal([0, 5, 6, 9, 14, 15, 20], f.Points.Select(q => q.Value!.Value).ToArray());
        Assert.All(f.Points, q => Assert.Equal(SelectionStatus.Optimal, q.Status));
        Assert.Equal(["A", "C"], f.Points[5].SelectedIds.ToArray());
        Assert.Equal("Budget", f.RowName);
    }

    [Fact]
    public void The_evenly_spaced_frontier_ends_where_the_row_stops_limiting()
    {
        // Total demand 14: levels 0, 7, 14 give {} 0, {A} 9 (cost 6; {B,C} costs 8), {A,B,C} 20.
        FrontierResult f = EfficientFrontier.ComputeEvenlySpaced(Abc(10), "Budget", 2);
        Assert.Equal([0, 7, 14], f.Points.Select(q => q.Budget).ToArray());
        Assert.Equal([0, 9, 20], f.Points.Select(q => q.Value!.Value).ToArray());
    }

    [Fact]
    public void A_multi_period_frontier_scales_the_capacity_profile()
    {
        SelectionProblem p = SelectionProblem.Create([new("A", 1)], [new ResourceRow("R", [1, 3], new Dictionary<string, double[]> { ["A"] = [1, 1] })]);
        FrontierPoint point = EfficientFrontier.Compute(p, "R", [8]).Points[0];
        Assert.Equal([2, 6], point.Capacity.ToArray());
    }

    [Fact]
    public void Scenarios_are_compared()
    {
        // Budget 10 → {A,B} 14 (use 9); budget 11 → {A,C} 15 (use 11).
        var baseline = new SelectionScenario("Budget 10", Abc(10));
        var more = new SelectionScenario("Budget 11", baseline.Problem.WithCapacity("Budget", [11]));
        ScenarioComparison c = ScenarioComparison.Compare(baseline, more);
        Assert.Equal(["C"], c.Added.ToArray());
        Assert.Equal(["B"], c.Removed.ToArray());
        Assert.Equal(["A"], c.Kept.ToArray());
        Assert.Equal(1, c.ValueDelta);
        RowUsageDelta d = Assert.Single(c.RowDeltas);
        Assert.Equal([2], d.Delta.ToArray());
        Assert.Equal([1], d.CapacityDelta.ToArray());
    }

    [Fact]
    public void Period_labels_appear_in_messages()
    {
        SelectionProblem p = SelectionProblem.Create([new("A", 1)], [new ResourceRow("Budget", [5, 1], new Dictionary<string, double[]> { ["A"] = [1, 2] })])
            .WithPeriodLabels(["2027", "2028"]).ForceIn("A");
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Contains("'Budget' in 2028 has capacity 1 but the other constraints listed need at least 2", r.Infeasibility!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_limit_never_claims_an_unproven_optimum()
    {
        // OR-Library mknap1 problem 7 (Petersen 1967), printed optimum 16537: with 10 nodes the search stops early.
        (double[] values, double[][] weights, double[] capacities) = OrLibraryMknap1.Problem(6);
        string[] ids = [.. values.Select((_, j) => "x" + j)];
        SelectionProblem p = SelectionProblem.Create(
            ids.Select((id, j) => new SelectionCandidate(id, values[j])),
            weights.Select((w, i) => ResourceRow.SinglePeriod("r" + i, capacities[i], ids.Select((id, j) => new KeyValuePair<string, double>(id, w[j])))));
        SelectionResult r = PortfolioSelector.Solve(p, new SelectionOptions(nodeLimit: 10));
        Assert.Equal(SelectionStatus.NodeLimitReached, r.Status);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
        Assert.True(r.TotalValue <= 16537.5);
        Assert.True(r.UpperBound >= 16536.5);
        Assert.True(r.Gap > 0);
        Assert.Equal(10, r.NodesExplored); // SelectionOptions.NodeLimit: "the most nodes to explore"; stopped by it, so exactly 10
    }
}
