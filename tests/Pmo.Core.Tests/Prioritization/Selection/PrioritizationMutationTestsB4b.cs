using Pmo.Core.Common;
using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Tests.Prioritization.Selection;

/// <summary>
/// Issue 9 §6, Stryker survivors list B4 (part 2): the greedy baseline's order and passes, the infeasibility
/// explanation (catalogue of non-trivial constraints, conflict texts, feasibility-check count, least-use capacity
/// conflicts), the compiled <see cref="SelectionModel"/> (tolerances, exact power-of-two scaling, row items, the row
/// index of each capacity row) and the efficient frontier's level scaling.
/// </summary>
public class PrioritizationMutationTestsB4b
{
    private static Dictionary<string, double> Cost(params (string Id, double A)[] a) => a.ToDictionary(e => e.Id, e => e.A);

    // ---- Greedy baseline ----
    [Fact]
    public void Greedy_order_is_descending_value_over_cost_with_zero_cost_as_plus_or_minus_infinity()
    {
        // Budget 10, so c_j = a_j / 10. Ratios v/c: P 6/0.3 = 20; Q cost 0, value 2 → +∞; R cost 0, value 0 → 0;
        // S cost 0, value −1 → −∞; T −2/0.5 = −4; U 4/0.8 = 5; V 0/0.2 = 0 (ties with R, input order R first).
        // Descending: Q (+∞), P (20), U (5), R (0), V (0), T (−4), S (−∞).
        SelectionProblem p = SelectionProblem.Create(
            [new("P", 6), new("Q", 2), new("R", 0), new("S", -1), new("T", -2), new("U", 4), new("V", 0)],
            [ResourceRow.SinglePeriod("Budget", 10, Cost(("P", 3), ("T", 5), ("U", 8), ("V", 2)))]);
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Equal(["Q", "P", "U", "R", "V", "T", "S"], r.Greedy.Order.ToArray());
        Assert.Equal(0, r.Greedy.CostAggregates[1]);
        Assert.Equal(0.5, r.Greedy.CostAggregates[4]);

        // Greedy: Q (free), P (3 of 10), U (8) no longer fits; candidates without positive value are set out.
        // Greedy {P, Q} = 8; the exact optimum has the same value ({P, U} costs 11 > 10; {U, Q} = 6; R and V add 0).
        Assert.Equal(["P", "Q"], r.Greedy.SelectedIds.ToArray());
        Assert.Equal(8, r.Greedy.TotalValue);
        Assert.Equal(8, r.TotalValue);
        Assert.Equal(0, r.GreedyGap);
        Assert.DoesNotContain(r.Diagnostics, d => d.Metric == "GreedyGap");
    }

    [Fact]
    public void Greedy_sets_a_candidate_in_when_setting_it_out_fails_and_keeps_the_state_consistent()
    {
        // Group G = {A, B} needs at least 1; B requires C; B and C cost 6 each of 10, so B (with C) cannot be selected.
        // Greedy order: A (value 0, cost 0: ratio 0) before B, C (−1/0.6). Second pass: setting A out forces B in, hence C in,
        // 12 > 10: fails, so A is set in (that works). Then B and C are set out. Greedy {A}, value 0, which is optimal:
        // the feasible sets are {A}, {A, C} (−1), and anything with B needs C (12 > 10).
        SelectionProblem p = SelectionProblem.Create(
                [new("A", 0), new("B", -1), new("C", -1)],
                [ResourceRow.SinglePeriod("Budget", 10, Cost(("B", 6), ("C", 6)))])
            .Group("G", ["A", "B"], 1, null)
            .Requires("B", "C");
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Equal(["A", "B", "C"], r.Greedy.Order.ToArray());
        Assert.True(r.Greedy.Found);
        Assert.Equal(["A"], r.Greedy.SelectedIds.ToArray());
        Assert.Equal(0, r.Greedy.TotalValue);
        Assert.Equal(["A"], r.SelectedIds.ToArray());
        Assert.Equal(SelectionStatus.Optimal, r.Status);
    }

    [Fact]
    public void Greedy_that_finds_nothing_on_a_feasible_problem_says_so_and_the_gap_is_undefined()
    {
        // Budget 11: P costs 4 (value 100), B, C, D cost 4 (value 1); group {B, C, D} needs at least 2.
        // Greedy takes P (residual 7), then each of B, C, D alone leaves 3, too little for a second one: rejected.
        // Second pass: B out forces C and D in (8 > 7): fails; B in leaves no room for a second member: fails, so greedy
        // reports no feasible selection. Without P two members fit (8 ≤ 11): the optimum is 2 (P with two members costs 12 > 11).
        SelectionProblem p = SelectionProblem.Create(
                [new("P", 100), new("B", 1), new("C", 1), new("D", 1)],
                [ResourceRow.SinglePeriod("Budget", 11, Cost(("P", 4), ("B", 4), ("C", 4), ("D", 4)))])
            .Group("G", ["B", "C", "D"], 2, null);
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.False(r.Greedy.Found);
        Assert.Empty(r.Greedy.SelectedIds);
        Assert.Null(r.Greedy.TotalValue);
        Assert.Equal(SelectionStatus.Optimal, r.Status);
        Assert.Equal(2, r.TotalValue);
        Assert.Null(r.GreedyGap);
        Diagnostic d = Assert.Single(r.Diagnostics, x => x.Metric == "GreedyGap");
        Assert.Equal(DiagnosticKind.Undefined, d.Kind);
        Assert.Contains("greedy baseline found no feasible selection", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Greedy_cost_overflow_of_the_first_candidate_is_rejected()
    {
        // a / cap = 1 / 1e-310 = 1e310 > double.MaxValue: the cost aggregate of candidate 0 is +∞.
        SelectionProblem p = SelectionProblem.Create(
            [new("A", 1), new("B", 1)],
            [ResourceRow.SinglePeriod("Budget", 1e-310, Cost(("A", 1)))]);
        Reject.Rule<ArgumentOutOfRangeException>(() => PortfolioSelector.Solve(p), "problem", "candidate 'A' overflows the double range");
    }

    // ---- Infeasibility explanation ----
    [Fact]
    public void Explanation_counts_one_check_per_non_trivial_constraint_and_keeps_the_conflict()
    {
        // Non-trivial catalogue: the requirement, the exclusion, group H's minimum 1 and maximum 1 (of 2), force-in A,
        // force-out A = 6 checks. Not listed: Budget (demand 5 + 5 = 10 is not above capacity 10), group G (0..2 of 2),
        // MinCount 0 and MaxCount 4 = n. Only A forced in and out conflict.
        SelectionProblem p = SelectionProblem.Create(
                [new("A", 1), new("B", 1), new("C", 1), new("D", 1)],
                [ResourceRow.SinglePeriod("Budget", 10, Cost(("A", 5), ("B", 5)))])
            .Requires("C", "D")
            .MutuallyExclusive("B", "C")
            .Group("G", ["A", "B"], 0, 2)
            .Group("H", ["C", "D"], 1, 1)
            .WithMaxCount(4)
            .ForceIn("A")
            .ForceOut("A");
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Equal(SelectionStatus.Infeasible, r.Status);
        InfeasibilityExplanation e = Assert.IsType<InfeasibilityExplanation>(r.Infeasibility);
        Assert.Equal(6, e.FeasibilityChecks);
        Assert.True(e.IsProvenMinimal);
        Assert.Equal(["A is forced in", "A is forced out"], e.Conflicts.Select(c => c.Message));
    }

    [Fact]
    public void Infeasibility_found_by_the_search_is_explained_only_when_asked()
    {
        // Pairwise exclusions of A, B, C allow at most one, but at least 2 must be selected. Root propagation fixes
        // nothing (no count row is tight), so the search proves infeasibility. All four constraints are needed:
        // dropping an exclusion allows its pair, dropping the count allows one candidate.
        SelectionProblem p = SelectionProblem.Create([new("A", 1), new("B", 2), new("C", 3)])
            .MutuallyExclusive("A", "B")
            .MutuallyExclusive("B", "C")
            .MutuallyExclusive("A", "C")
            .WithMinCount(2);
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Equal(SelectionStatus.Infeasible, r.Status);
        InfeasibilityExplanation e = Assert.IsType<InfeasibilityExplanation>(r.Infeasibility);
        Assert.Equal(4, e.FeasibilityChecks);
        Assert.True(e.IsProvenMinimal);
        Assert.Equal(
            [
                "at most one of A, B may be selected (exclusion 'A/B')",
                "at most one of B, C may be selected (exclusion 'B/C')",
                "at most one of A, C may be selected (exclusion 'A/C')",
                "at least 2 candidates must be selected",
            ],
            e.Conflicts.Select(c => c.Message));
        Assert.Equal(SelectionConstraintKind.MinimumCount, e.Conflicts[3].Kind);

        SelectionResult quiet = PortfolioSelector.Solve(p, new SelectionOptions(explainInfeasibility: false));
        Assert.Equal(SelectionStatus.Infeasible, quiet.Status);
        Assert.Null(quiet.Infeasibility);
    }

    [Fact]
    public void Group_minimum_against_an_exclusion_is_explained_in_words()
    {
        SelectionProblem p = SelectionProblem.Create([new("A", 1), new("B", 2)])
            .MutuallyExclusive("only one", ["A", "B"])
            .Group("G", ["A", "B"], 2, null);
        InfeasibilityExplanation e = Assert.IsType<InfeasibilityExplanation>(PortfolioSelector.Solve(p).Infeasibility);
        Assert.Equal(
            ["at most one of A, B may be selected (exclusion 'only one')", "group 'G' needs at least 2 of A, B"],
            e.Conflicts.Select(c => c.Message));
    }

    [Fact]
    public void Group_maximum_against_a_minimum_count_is_explained_in_words()
    {
        // Group G allows at most 1 of all three, the problem needs at least 2.
        SelectionProblem p = SelectionProblem.Create([new("A", 1), new("B", 2), new("C", 3)])
            .Group("G", ["A", "B", "C"], 0, 1)
            .WithMinCount(2);
        InfeasibilityExplanation e = Assert.IsType<InfeasibilityExplanation>(PortfolioSelector.Solve(p).Infeasibility);
        Assert.Equal(2, e.FeasibilityChecks);
        Assert.Equal(["group 'G' allows at most 1 of A, B, C", "at least 2 candidates must be selected"], e.Conflicts.Select(c => c.Message));
        Assert.Equal(SelectionConstraintKind.GroupMaximum, e.Conflicts[0].Kind);
    }

    [Fact]
    public void Maximum_count_against_forcing_is_explained_in_words()
    {
        SelectionProblem p = SelectionProblem.Create([new("A", 1), new("B", 2), new("C", 3)]).WithMaxCount(1).ForceIn("A", "B");
        InfeasibilityExplanation e = Assert.IsType<InfeasibilityExplanation>(PortfolioSelector.Solve(p).Infeasibility);
        Assert.Equal(["A is forced in", "B is forced in", "at most 1 candidates may be selected"], e.Conflicts.Select(c => c.Message));
    }

    [Fact]
    public void Capacity_conflict_names_the_least_use_and_only_candidates_that_consume()
    {
        // At least 3 of A (3), C (2), D (0, not in the row): all three, so Budget needs 3 + 2 = 5 > 4.
        // The users listed are the selected candidates with positive consumption: A and C, not D.
        SelectionProblem p = SelectionProblem.Create(
                [new("A", 1), new("C", 1), new("D", 1)],
                [ResourceRow.SinglePeriod("Budget", 4, Cost(("A", 3), ("C", 2)))])
            .WithMinCount(3);
        InfeasibilityExplanation e = Assert.IsType<InfeasibilityExplanation>(PortfolioSelector.Solve(p).Infeasibility);
        SelectionConflict c = e.Conflicts[0];
        Assert.Equal(SelectionConstraintKind.Capacity, c.Kind);
        Assert.Equal(["A", "C"], c.CandidateIds.ToArray());
        Assert.Equal("'Budget' in period 1 has capacity 4 but the other constraints listed need at least 5 there (A, C)", c.Message);
    }

    [Fact]
    public void Capacity_conflict_reports_the_least_use_not_the_first_feasible_one()
    {
        // At least 2 of A (9), B (8), C (2), E (3) under capacity 4: the least use is C + E = 5 > 4
        // (every other pair uses at least 2 + 8 = 10).
        SelectionProblem p = SelectionProblem.Create(
                [new("A", 1), new("B", 1), new("C", 1), new("E", 1)],
                [ResourceRow.SinglePeriod("Budget", 4, Cost(("A", 9), ("B", 8), ("C", 2), ("E", 3)))])
            .WithMinCount(2);
        InfeasibilityExplanation e = Assert.IsType<InfeasibilityExplanation>(PortfolioSelector.Solve(p).Infeasibility);
        SelectionConflict c = Assert.Single(e.Conflicts, x => x.Kind == SelectionConstraintKind.Capacity);
        Assert.Equal(["C", "E"], c.CandidateIds.ToArray());
        Assert.Contains("need at least 5 there (C, E)", c.Message, StringComparison.Ordinal);
    }

    // ---- SelectionModel (internal) ----
    [Fact]
    public void Model_tolerances_follow_their_documented_formulas()
    {
        // 1e-9 · max(1, |c|).
        Assert.Equal(1e-9 * 5, SelectionModel.Tolerance(5));
        Assert.Equal(1e-9, SelectionModel.Tolerance(0.5));

        // 1e-9 · max(2^e, |c|), 2^e the largest power of two not above a magnitude in (0, 1): 0.3 → 0.25.
        Assert.Equal(-2, SelectionModel.SmallExponent(0.3));
        Assert.Equal(0, SelectionModel.SmallExponent(3));
        Assert.Equal(0, SelectionModel.SmallExponent(0));
        Assert.Equal(1e-9 * 0.25, SelectionModel.Tolerance(0.1, 0.3));
        Assert.Equal(1e-9 * 2, SelectionModel.Tolerance(2, 0.3));
        Assert.Equal(1e-9, SelectionModel.Tolerance(0.5, 3));
    }

    [Fact]
    public void Model_magnitude_is_the_larger_of_capacity_and_largest_consumption()
    {
        var row = new ResourceRow("R", [2, 7], new Dictionary<string, double[]> { ["A"] = [5, 1], ["B"] = [3, 6] });
        Assert.Equal(5, SelectionModel.Magnitude(row, 0));
        Assert.Equal(7, SelectionModel.Magnitude(row, 1));
    }

    [Fact]
    public void Model_scales_small_values_exactly_by_a_power_of_two()
    {
        // Largest |value| 0.375 → e = −2: values × 4 = 1.5, −1, 0.5 (exact).
        SelectionProblem p = SelectionProblem.Create([new("A", 0.375), new("B", -0.25), new("C", 0.125)]);
        SelectionModel m = SelectionModel.Build(p);
        Assert.Equal(-2, m.ValueExponent);
        Assert.Equal([1.5, -1, 0.5], m.Value);
        Assert.Equal(1.5, m.ToModelValue(0.375));
        Assert.Equal(0.375, m.FromModelValue(1.5));

        SelectionModel big = SelectionModel.Build(SelectionProblem.Create([new("A", 3), new("B", 0.25)]));
        Assert.Equal(0, big.ValueExponent);
        Assert.Equal([3, 0.25], big.Value);
    }

    [Fact]
    public void Model_scales_a_small_capacity_row_by_its_magnitude_and_records_row_and_period()
    {
        // Row 0 (Big) never binds (demand 1 ≤ 10). Row 1 (Small): period 0 demand 0.4375 ≤ 1 does not bind; period 1 capacity
        // 0.375, consumptions 0.3125 (A) and 0.125 (B), demand 0.4375 > 0.375: binds. Magnitude max(0.375, 0.3125, 0.125)
        // = 0.375 → e = −2: cap 1.5, A 1.25, B 0.5; C consumes nothing there.
        SelectionProblem p = SelectionProblem.Create(
            [new("A", 1), new("B", 1), new("C", 1)],
            [
                new ResourceRow("Big", [10, 10], new Dictionary<string, double[]> { ["A"] = [1, 1] }),
                new ResourceRow("Small", [1, 0.375], new Dictionary<string, double[]> { ["A"] = [0.3125, 0.3125], ["B"] = [0.125, 0.125] }),
            ]);
        SelectionModel m = SelectionModel.Build(p);
        Assert.Equal(1, m.K);
        Assert.Equal([1], m.KRow);
        Assert.Equal([1], m.KPeriod);
        Assert.Equal([1.5], m.Cap);
        Assert.Equal([1.25, 0.5, 0], m.A[0]);
        Assert.Equal([0, 1], m.RowItems[0]);
    }

    [Fact]
    public void Model_row_items_are_the_positive_consumers_by_consumption_descending()
    {
        // Capacity 5, demand 2 + 7 + 4 = 13 > 5. Items: C (7), D (4), A (2); B consumes nothing.
        SelectionProblem p = SelectionProblem.Create(
            [new("A", 1), new("B", 1), new("C", 1), new("D", 1)],
            [ResourceRow.SinglePeriod("R", 5, Cost(("A", 2), ("C", 7), ("D", 4)))]);
        SelectionModel m = SelectionModel.Build(p);
        Assert.Equal([2, 3, 0], m.RowItems[0]);
    }

    [Fact]
    public void A_row_whose_demand_is_exactly_capacity_plus_tolerance_or_capacity_cannot_bind()
    {
        // Capacity 1, one consumer of 1 + 1e-9 = capacity + Tolerance(1, 1 + 1e-9) (magnitude ≥ 1: 1e-9 · max(1, 1)).
        // Selecting everything is feasible within the tolerance, so the row is neither compiled nor in the catalogue.
        double a = 1 + 1e-9;
        Assert.Equal(a, 1 + SelectionModel.Tolerance(1, a));
        SelectionProblem atTolerance = SelectionProblem.Create([new("A", 1)], [ResourceRow.SinglePeriod("R", 1, Cost(("A", a)))]);
        Assert.Equal(0, SelectionModel.Build(atTolerance).K);
        Assert.Empty(SelectionModel.Catalog(atTolerance));

        SelectionProblem atCapacity = SelectionProblem.Create([new("A", 1)], [ResourceRow.SinglePeriod("R", 1, Cost(("A", 1)))]);
        Assert.Equal(0, SelectionModel.Build(atCapacity).K);
        Assert.Empty(SelectionModel.Catalog(atCapacity));
    }

    // ---- Efficient frontier ----
    [Fact]
    public void Frontier_accepts_equal_levels_and_gives_a_one_period_row_the_level_even_from_zero_capacity()
    {
        // One-period row with capacity 0 (total 0): cap' = level. A (3, cost 4), B (2, cost 1), C (2, cost 3).
        // Level 0: nothing fits, value 0. Level 4: {B, C} = 4 beats {A} = 3.
        SelectionProblem p = SelectionProblem.Create(
            [new("A", 3), new("B", 2), new("C", 2)],
            [ResourceRow.SinglePeriod("Budget", 0, Cost(("A", 4), ("B", 1), ("C", 3)))]);
        FrontierResult f = EfficientFrontier.Compute(p, "Budget", [0, 4, 4]);
        Assert.Equal([0.0, 4, 4], f.Points.Select(x => x.Budget));
        Assert.Equal([4.0], f.Points[1].Capacity.ToArray());
        Assert.Equal([0.0, 4, 4], f.Points.Select(x => x.Value!.Value));
        Assert.Equal(["B", "C"], f.Points[2].SelectedIds.ToArray());
    }

    [Fact]
    public void Evenly_spaced_frontier_of_a_one_period_row_with_zero_capacity_tops_at_the_whole_demand()
    {
        // Share 1 for a one-period row: top = demand = 4 + 1 + 3 = 8; two steps: 0, 4, 8.
        SelectionProblem p = SelectionProblem.Create(
            [new("A", 3), new("B", 2), new("C", 2)],
            [ResourceRow.SinglePeriod("Budget", 0, Cost(("A", 4), ("B", 1), ("C", 3)))]);
        FrontierResult f = EfficientFrontier.ComputeEvenlySpaced(p, "Budget", 2);
        Assert.Equal([0.0, 4, 8], f.Points.Select(x => x.Budget));
        Assert.Equal(7, f.Points[2].Value);
    }

    [Fact]
    public void Evenly_spaced_frontier_of_a_profile_tops_where_every_period_covers_its_demand()
    {
        // Capacity [6, 2], total 8: shares 0.75 and 0.25. Demand per period: 3 + 3 = 6 and 1 + 3 = 4.
        // Level needed: 6 / 0.75 = 8 and 4 / 0.25 = 16, so top 16; two steps: 0, 8, 16. At 16 the capacity is [12, 4].
        SelectionProblem p = SelectionProblem.Create(
            [new("A", 1), new("B", 1)],
            [new ResourceRow("Budget", [6, 2], new Dictionary<string, double[]> { ["A"] = [3, 1], ["B"] = [3, 3] })]);
        FrontierResult f = EfficientFrontier.ComputeEvenlySpaced(p, "Budget", 2);
        Assert.Equal([0.0, 8, 16], f.Points.Select(x => x.Budget));
        Assert.Equal([12.0, 4], f.Points[2].Capacity.ToArray());
        Assert.Equal(2, f.Points[2].Value);
    }

    [Fact]
    public void Evenly_spaced_frontier_ignores_a_period_with_zero_capacity()
    {
        // Capacity [10, 0], total 10: shares 1 and 0. Period 0 demand 4 → level 4; period 1 has no share (its scaled
        // capacity is 0 at every level) and is skipped. Top 4; two steps: 0, 2, 4.
        SelectionProblem p = SelectionProblem.Create(
            [new("A", 1), new("B", 1)],
            [new ResourceRow("Budget", [10, 0], new Dictionary<string, double[]> { ["A"] = [4, 0], ["B"] = [0, 3] })]);
        FrontierResult f = EfficientFrontier.ComputeEvenlySpaced(p, "Budget", 2);
        Assert.Equal([0.0, 2, 4], f.Points.Select(x => x.Budget));
        Assert.Equal([4.0, 0], f.Points[2].Capacity.ToArray());
        Assert.Equal(["A"], f.Points[2].SelectedIds.ToArray());
    }
}
