using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Tests.Prioritization.Selection;

/// <summary>
/// Pins down the solver's LP and improvement components (issue 9 §6, Stryker survivors list B3): the dense bounded
/// simplex <see cref="BoundedSimplex"/> (hand-worked LP optima, duals and primal values; an optimality certificate by
/// strong duality on random LPs; workspace reuse), the warm-started <see cref="WarmSimplex"/> (the rows it builds,
/// hand-worked LP values, duals and values, fixing, infeasibility) and <see cref="LocalSearch"/> (each documented move:
/// drop negative, add positive, 1-1 exchange for a more valuable candidate, by value descending, until no move improves).
/// </summary>
public class PrioritizationMutationTestsB3
{
    private const double Tol = 1e-9;

    // ----------------------------------------------------------------------------------------------------------------
    // BoundedSimplex: max c·x, A·x ≤ b (b ≥ 0), 0 ≤ x ≤ 1.
    // ----------------------------------------------------------------------------------------------------------------

    private static (double[] Duals, double[] X) Lp(BoundedSimplex lp, double[][] a, double[] b, double[] c, int cap = 10_000)
    {
        int rows = b.Length;
        int columns = c.Length;
        int width = columns + rows;
        lp.Reset(rows, columns);
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                lp.Tableau[(i * width) + j] = a[i][j];
            }

            lp.Rhs[i] = b[i];
        }

        for (int j = 0; j < columns; j++)
        {
            lp.Objective[j] = c[j];
        }

        double[] duals = [.. Enumerable.Repeat(double.NaN, rows)];
        double[] x = [.. Enumerable.Repeat(double.NaN, columns)];
        lp.Solve(columns, duals, cap);
        lp.Primal(columns, x);
        return (duals, x);
    }

    private static void Near(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-9, $"[{i}]: expected {expected[i]}, got {actual[i]}");
        }
    }

    // Knapsack: values 10, 6, 4; weights 5, 4, 4; capacity 7. Ratios 2, 1.5, 1: x1 = 1 (weight 5), x2 = 2/4 = 0.5,
    // LP value 10 + 3 = 13; the dual is the fractional item's ratio 6/4 = 1.5 (Lagrangian 1.5·7 + (10 − 7.5) = 13).
    private static readonly double[][] KnapsackA = [[5, 4, 4]];
    private static readonly double[] KnapsackB = [7];
    private static readonly double[] KnapsackC = [10, 6, 4];

    // Two binding rows: 2x1 + x2 ≤ 2, x1 + 2x2 ≤ 2, max 4x1 + 3x2 → x = (2/3, 2/3), value 14/3 (vertices (1, 0): 4,
    // (0, 1) infeasible with x1 = 0.5 → only (0, 1): 3). Duals solve 2y1 + y2 = 4, y1 + 2y2 = 3: y = (5/3, 2/3).
    private static readonly double[][] TwoRowA = [[2, 1], [1, 2]];
    private static readonly double[] TwoRowB = [2, 2];
    private static readonly double[] TwoRowC = [4, 3];

    // A basic structural leaves at its upper bound: 0.5x1 − x2 ≤ 0 (x1 ≤ 2x2), max 3x1 − x2 → x1 = 1, x2 = 0.5, value
    // 2.5. Dual: L(y) = max(0, 3 − 0.5y) + max(0, y − 1) is 2.5 only at y = 1 (y < 1: 3 − 0.5y > 2.5; y ∈ [1, 6]: 2 + 0.5y).
    private static readonly double[][] UpperLeaveA = [[0.5, -1]];
    private static readonly double[] UpperLeaveB = [0];
    private static readonly double[] UpperLeaveC = [3, -1];

    [Fact]
    public void BoundedSimplex_solves_a_fractional_knapsack_by_ratio()
    {
        (double[] y, double[] x) = Lp(new BoundedSimplex(), KnapsackA, KnapsackB, KnapsackC);
        Near([1, 0.5, 0], x); // hand-worked above
        Near([1.5], y);
    }

    [Fact]
    public void BoundedSimplex_solves_two_binding_rows_with_both_duals()
    {
        (double[] y, double[] x) = Lp(new BoundedSimplex(), TwoRowA, TwoRowB, TwoRowC);
        Near([2.0 / 3, 2.0 / 3], x);
        Near([5.0 / 3, 2.0 / 3], y);
    }

    [Fact]
    public void BoundedSimplex_lets_a_basic_variable_leave_at_its_upper_bound()
    {
        (double[] y, double[] x) = Lp(new BoundedSimplex(), UpperLeaveA, UpperLeaveB, UpperLeaveC);
        Near([1, 0.5], x);
        Near([1], y);
    }

    [Fact]
    public void BoundedSimplex_flips_bounds_only_when_no_row_binds_and_leaves_negative_values_at_zero()
    {
        // x1 + x2 + x3 ≤ 5 never binds (3 ≤ 5): x = (1, 0, 1) (value 3 + 2 = 5, x2 has value −2), dual 0.
        (double[] y, double[] x) = Lp(new BoundedSimplex(), [[1, 1, 1]], [5], [3, -2, 2]);
        Near([1, 0, 1], x);
        Near([0], y);
    }

    [Fact]
    public void BoundedSimplex_iteration_cap_bounds_the_number_of_steps()
    {
        // max 10x s.t. 2x ≤ 1: one pivot gives x = 0.5, dual 10/2 = 5. With no iteration the slack basis stays: x = 0, y = 0.
        var lp = new BoundedSimplex();
        (double[] y0, double[] x0) = Lp(lp, [[2]], [1], [10], cap: 0);
        Near([0], x0);
        Near([0], y0);
        (double[] y1, double[] x1) = Lp(lp, [[2]], [1], [10], cap: 1);
        Near([0.5], x1);
        Near([5], y1);

        // Knapsack with one step: Dantzig pricing takes x1 (reduced cost 10), whose ratio 7/5 exceeds its bound 1, so the
        // step is a bound flip: x = (1, 0, 0), no row priced yet (dual 0).
        (double[] yk, double[] xk) = Lp(lp, KnapsackA, KnapsackB, KnapsackC, cap: 1);
        Near([1, 0, 0], xk);
        Near([0], yk);
    }

    [Fact]
    public void BoundedSimplex_reused_workspace_gives_the_same_answers_in_any_order_of_sizes()
    {
        // One instance, as the search uses it: sizes shrink and grow; every answer is the hand-worked one above.
        var lp = new BoundedSimplex();
        for (int round = 0; round < 2; round++)
        {
            (double[] y, double[] x) = Lp(lp, TwoRowA, TwoRowB, TwoRowC);
            Near([2.0 / 3, 2.0 / 3], x);
            Near([5.0 / 3, 2.0 / 3], y);
            (y, x) = Lp(lp, KnapsackA, KnapsackB, KnapsackC);
            Near([1, 0.5, 0], x);
            Near([1.5], y);
            (y, x) = Lp(lp, UpperLeaveA, UpperLeaveB, UpperLeaveC);
            Near([1, 0.5], x);
            Near([1], y);

            // Larger: the two-row LP plus x3 (value 1) and a non-binding third row x1 + x2 + x3 ≤ 10: x3 = 1 at its
            // bound, x = (2/3, 2/3, 1), duals (5/3, 2/3, 0).
            (y, x) = Lp(lp, [[2, 1, 0], [1, 2, 0], [1, 1, 1]], [2, 2, 10], [4, 3, 1]);
            Near([2.0 / 3, 2.0 / 3, 1], x);
            Near([5.0 / 3, 2.0 / 3, 0], y);
        }
    }

    [Fact]
    public void BoundedSimplex_primal_and_duals_certify_each_other_on_random_LPs()
    {
        // Strong duality as a certificate: x feasible, y ≥ 0 and c·x = y·b + Σ max(0, c_j − y·A_j) (the Lagrangian value,
        // an upper bound for every y ≥ 0) mean both are optimal. Rows shaped like the search's: capacities, count maxima,
        // requirements x_d − x_q ≤ 0. One reused instance across all sizes.
        var lp = new BoundedSimplex();
        var rng = new TestXorshift(0x9E3779B97F4A7C15UL);
        int Next(int exclusiveMax) => rng.Next(exclusiveMax);

        for (int instance = 0; instance < 300; instance++)
        {
            int n = 1 + Next(7);
            int rows = 1 + Next(3);
            double[] c = [.. Enumerable.Range(0, n).Select(_ => Next(6) == 0 ? -(double)Next(5) : Next(30))];
            var a = new double[rows][];
            var b = new double[rows];
            for (int i = 0; i < rows; i++)
            {
                a[i] = new double[n];
                int kind = Next(3);
                if (kind == 2 && n >= 2)
                {
                    int d = Next(n), q = (d + 1 + Next(n - 1)) % n;
                    a[i][d] = 1;
                    a[i][q] = -1;
                    b[i] = 0;
                }
                else if (kind == 1)
                {
                    int members = 0;
                    for (int j = 0; j < n; j++)
                    {
                        if (Next(2) == 0)
                        {
                            a[i][j] = 1;
                            members++;
                        }
                    }

                    b[i] = Next(members + 1);
                }
                else
                {
                    double sum = 0;
                    for (int j = 0; j < n; j++)
                    {
                        a[i][j] = Next(4) == 0 ? 0 : 1 + Next(19);
                        sum += a[i][j];
                    }

                    b[i] = Math.Floor(sum * (25 + Next(60)) / 100.0);
                }
            }

            (double[] y, double[] x) = Lp(lp, a, b, c);
            double primal = 0;
            double lagrangian = 0;
            for (int j = 0; j < n; j++)
            {
                Assert.InRange(x[j], 0, 1);
                primal += c[j] * x[j];
                double reduced = c[j];
                for (int i = 0; i < rows; i++)
                {
                    reduced -= y[i] * a[i][j];
                }

                lagrangian += Math.Max(0, reduced);
            }

            for (int i = 0; i < rows; i++)
            {
                Assert.True(y[i] >= 0, $"instance {instance}: dual {i} = {y[i]}");
                lagrangian += y[i] * b[i];
                double use = 0;
                for (int j = 0; j < n; j++)
                {
                    use += a[i][j] * x[j];
                }

                Assert.True(use <= b[i] + 1e-7, $"instance {instance}: row {i} uses {use} > {b[i]}");
            }

            Assert.True(Math.Abs(primal - lagrangian) <= 1e-7 * Math.Max(1, Math.Abs(lagrangian)), $"instance {instance}: primal {primal}, Lagrangian {lagrangian}");
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    // WarmSimplex: the LP relaxation of a SelectionModel.
    // ----------------------------------------------------------------------------------------------------------------

    private static SelectionProblem Problem(params (string Id, double Value)[] candidates) =>
        SelectionProblem.Create(candidates.Select(c => new SelectionCandidate(c.Id, c.Value)));

    private static ResourceRow Budget(string name, double capacity, params (string Id, double Use)[] uses) =>
        ResourceRow.SinglePeriod(name, capacity, uses.Select(u => new KeyValuePair<string, double>(u.Id, u.Use)));

    /// <summary>The knapsack above as a problem: A (10, weight 5), B (6, 4), C (4, 4), budget 7 (demand 13 &gt; 7, so the row is kept).</summary>
    private static SelectionProblem KnapsackProblem() =>
        Problem(("A", 10), ("B", 6), ("C", 4)).WithRow(Budget("R", 7, ("A", 5), ("B", 4), ("C", 4)));

    private static double[] Values(WarmSimplex lp, int n)
    {
        double[] v = [.. Enumerable.Repeat(double.NaN, n)];
        lp.Values(v);
        return v;
    }

    private static double[] Duals(WarmSimplex lp)
    {
        double[] y = [.. Enumerable.Repeat(double.NaN, lp.Rows)];
        lp.Duals(y);
        return y;
    }

    [Fact]
    public void WarmSimplex_cold_start_solves_the_knapsack_relaxation_with_basic_and_bound_values()
    {
        var lp = new WarmSimplex(SelectionModel.Build(KnapsackProblem()));
        Assert.Equal(new[] { 0 }, lp.RowKind);
        lp.Cold([-1, -1, -1], 10_000);
        Assert.Equal(13, lp.ObjectiveValue(), 9); // 10 + 6·0.5
        Near([1, 0.5, 0], Values(lp, 3)); // A non-basic at its upper bound, B basic, C non-basic at 0
        Near([1.5], Duals(lp)); // 6/4

        // A second cold start on the same instance gives the same answer (no state carried over).
        lp.Cold([-1, -1, -1], 10_000);
        Assert.Equal(13, lp.ObjectiveValue(), 9);
        Near([1.5], Duals(lp));

        // Cold with C fixed in: residual 7 − 4 = 3, A takes 3/5: value 4 + 10·0.6 = 10.
        lp.Cold([-1, -1, 1], 10_000);
        Assert.Equal(10, lp.ObjectiveValue(), 9);
        Near([0.6, 0, 1], Values(lp, 3));
        Near([2], Duals(lp)); // A's ratio 10/5
    }

    [Fact]
    public void WarmSimplex_fixing_and_reoptimising_reaches_the_child_LP()
    {
        var lp = new WarmSimplex(SelectionModel.Build(KnapsackProblem()));
        lp.Cold([-1, -1, -1], 10_000);

        // A (non-basic at 1) fixed to 0: B = 1 (weight 4), C = 3/4: value 6 + 3 = 9.
        lp.Fix(0, 0);
        Assert.True(lp.Reoptimize(10_000));
        Assert.Equal(9, lp.ObjectiveValue(), 9);
        Near([0, 1, 0.75], Values(lp, 3));

        // Re-fixing A (now fixed non-basic at 0) to 1: residual 2, B = 2/4: value 10 + 3 = 13.
        lp.Fix(0, 1);
        Assert.True(lp.Reoptimize(10_000));
        Assert.Equal(13, lp.ObjectiveValue(), 9);
        Near([1, 0.5, 0], Values(lp, 3));

        // Moving to the node "B fixed in, rest free": A takes 3/5: value 6 + 6 = 12.
        lp.Sync([-1, 1, -1], 10_000);
        Assert.Equal(12, lp.ObjectiveValue(), 9);
        Near([0.6, 1, 0], Values(lp, 3));

        // And back to the root: 13.
        lp.Sync([-1, -1, -1], 10_000);
        Assert.Equal(13, lp.ObjectiveValue(), 9);
    }

    [Fact]
    public void WarmSimplex_reports_an_infeasible_fixing()
    {
        // A, B use 3 each of a budget of 4: both fixed in need 6 > 4, and no free column can repair the row.
        SelectionProblem p = Problem(("A", 5), ("B", 4)).WithRow(Budget("R", 4, ("A", 3), ("B", 3)));
        var lp = new WarmSimplex(SelectionModel.Build(p));
        lp.Cold([-1, -1], 10_000);
        Assert.Equal(5 + (4.0 / 3), lp.ObjectiveValue(), 9); // A = 1, B = 1/3
        lp.Fix(0, 1);
        lp.Fix(1, 1);
        Assert.False(lp.Reoptimize(10_000));
    }

    [Fact]
    public void WarmSimplex_builds_a_count_row_for_a_maximum_below_the_group_size()
    {
        // Values 5, 4, 3; at most 2 selected: LP x = (1, 1, 0), value 9 (without the row: 12).
        var lp = new WarmSimplex(SelectionModel.Build(Problem(("A", 5), ("B", 4), ("C", 3)).WithMaxCount(2)));
        Assert.Equal(new[] { 1 }, lp.RowKind);
        lp.Cold([-1, -1, -1], 10_000);
        Assert.Equal(9, lp.ObjectiveValue(), 9);
        Near([1, 1, 0], Values(lp, 3));
    }

    [Fact]
    public void WarmSimplex_builds_a_requirement_row_dependent_minus_prerequisite()
    {
        // A (3) requires B (−1); budget 2 with uses A 1, B 2. LP: max 3a − b, a + 2b ≤ 2, a − b ≤ 0 → a = b = 2/3,
        // value 2·2/3 = 4/3 (without the requirement: a = 1, b = 0, value 3). Duals: y1 + y2 = 3, 2y1 − y2 = −1 →
        // y = (2/3, 7/3).
        SelectionProblem p = Problem(("A", 3), ("B", -1)).WithRow(Budget("R", 2, ("A", 1), ("B", 2))).Requires("A", "B");
        var lp = new WarmSimplex(SelectionModel.Build(p));
        Assert.Equal(new[] { 0, 2 }, lp.RowKind);
        Assert.Equal(new[] { 0, 0 }, lp.RowIndex);
        Assert.Equal(new[] { 0, 1 }, lp.RowOther);
        lp.Cold([-1, -1], 10_000);
        Assert.Equal(4.0 / 3, lp.ObjectiveValue(), 9);
        Near([2.0 / 3, 2.0 / 3], Values(lp, 2));
        Near([2.0 / 3, 7.0 / 3], Duals(lp));
    }

    // ----------------------------------------------------------------------------------------------------------------
    // LocalSearch.
    // ----------------------------------------------------------------------------------------------------------------

    private static (sbyte[] X, double Value) Improve(SelectionProblem p, params string[] selected)
    {
        SelectionModel model = SelectionModel.Build(p);
        sbyte[] x = [.. p.Candidates.Select(c => selected.Contains(c.Id) ? (sbyte)1 : (sbyte)0)];
        Assert.True(SelectionOracle.IsFeasible(p, selected), "the start must be feasible");
        double value = new LocalSearch(model).Improve(x);
        return (x, value);
    }

    private static void Selected(SelectionProblem p, sbyte[] x, params string[] expected) =>
        Assert.Equal(expected, p.Candidates.Where((c, j) => x[j] == 1).Select(c => c.Id).ToArray());

    [Fact]
    public void LocalSearch_adds_positive_candidates_and_leaves_zero_and_negative_ones_out()
    {
        SelectionProblem p = Problem(("A", 5), ("B", 3), ("Z", 0), ("N", -2));
        (sbyte[] x, double v) = Improve(p);
        Selected(p, x, "A", "B");
        Assert.Equal(8, v, Tol); // 5 + 3
    }

    [Fact]
    public void LocalSearch_drops_negative_candidates_and_keeps_zero_valued_ones()
    {
        SelectionProblem p = Problem(("A", 5), ("B", 3), ("Z", 0), ("N", -2));
        (sbyte[] x, double v) = Improve(p, "A", "B", "Z", "N");
        Selected(p, x, "A", "B", "Z");
        Assert.Equal(8, v, Tol);
    }

    [Fact]
    public void LocalSearch_drops_a_negative_candidate_even_when_nothing_can_take_its_room()
    {
        // Budget 10: A (5, use 6) and B (−2, use 1) selected, C (4, use 6) out. C fits neither now (3 left) nor after
        // dropping B (4 left); dropping B alone is the move: {A}, value 5.
        SelectionProblem p = Problem(("A", 5), ("C", 4), ("B", -2)).WithRow(Budget("R", 10, ("A", 6), ("C", 6), ("B", 1)));
        (sbyte[] x, double v) = Improve(p, "A", "B");
        Selected(p, x, "A");
        Assert.Equal(5, v, Tol);
    }

    [Fact]
    public void LocalSearch_keeps_a_negative_prerequisite_of_a_selected_candidate()
    {
        // B (−2, index 0) is A's prerequisite; A (5) is selected, so B cannot go: {B, A}, value 3.
        SelectionProblem p = Problem(("B", -2), ("A", 5)).Requires("A", "B");
        (sbyte[] x, double v) = Improve(p, "B", "A");
        Selected(p, x, "B", "A");
        Assert.Equal(3, v, Tol);
    }

    [Fact]
    public void LocalSearch_drops_a_negative_prerequisite_whose_dependent_is_not_selected()
    {
        // A (forced out) requires B (−2); A is not selected, so dropping B keeps every constraint: {}, value 0.
        SelectionProblem p = Problem(("A", 5), ("B", -2)).Requires("A", "B").ForceOut("A");
        (sbyte[] x, double v) = Improve(p, "B");
        Selected(p, x);
        Assert.Equal(0, v, Tol);
    }

    [Fact]
    public void LocalSearch_exchanges_a_selected_candidate_for_a_more_valuable_one_in_a_full_group()
    {
        // At most one of A (5), B (4), C (3); C selected. Adding fails (group full); the exchange C → A (the most
        // valuable that fits) improves: {A}, value 5.
        SelectionProblem p = Problem(("A", 5), ("B", 4), ("C", 3)).Group("G", ["A", "B", "C"], 0, 1);
        (sbyte[] x, double v) = Improve(p, "C");
        Selected(p, x, "A");
        Assert.Equal(5, v, Tol);
    }

    [Fact]
    public void LocalSearch_does_not_exchange_for_an_equally_valuable_candidate()
    {
        // At most one of C (4, index 0) and B (4); C selected. B is not more valuable: nothing changes.
        SelectionProblem p = Problem(("C", 4), ("B", 4)).Group("G", ["C", "B"], 0, 1);
        (sbyte[] x, double v) = Improve(p, "C");
        Selected(p, x, "C");
        Assert.Equal(4, v, Tol);
    }

    [Fact]
    public void LocalSearch_exchange_counts_the_room_freed_by_the_removed_candidate()
    {
        // Budget 10: C (3, use 8, index 0) selected; A (5, use 9) does not fit in the 2 left, but fits in 2 + 8 = 10
        // once C goes: {A}, value 5.
        SelectionProblem p = Problem(("C", 3), ("A", 5)).WithRow(Budget("R", 10, ("C", 8), ("A", 9)));
        (sbyte[] x, double v) = Improve(p, "C");
        Selected(p, x, "A");
        Assert.Equal(5, v, Tol);
    }

    [Fact]
    public void LocalSearch_exchange_keeps_a_group_minimum_when_the_newcomer_is_in_the_group()
    {
        // Exactly one of A (5, index 0) and C (3): C → A leaves the group at 1 = its minimum: {A}, value 5.
        SelectionProblem p = Problem(("A", 5), ("C", 3)).Group("G", ["A", "C"], 1, 1);
        (sbyte[] x, double v) = Improve(p, "C");
        Selected(p, x, "A");
        Assert.Equal(5, v, Tol);
    }

    [Fact]
    public void LocalSearch_may_drop_down_to_a_group_minimum_but_not_below()
    {
        // At least one of B (−2) and E (1): dropping B leaves 1 = the minimum: {E}, value 1.
        SelectionProblem p = Problem(("B", -2), ("E", 1)).Group("G", ["B", "E"], 1, null);
        (sbyte[] x, double v) = Improve(p, "B", "E");
        Selected(p, x, "E");
        Assert.Equal(1, v, Tol);

        // With E negative too, only one of them can go; tried by value descending, E (−1) is dropped first ({B}, −2),
        // then B can no longer go alone, but the 1-1 exchange B → E keeps the group at its minimum 1 and gains
        // −1 − (−2) = 1: {E}, value −1.
        SelectionProblem q = Problem(("B", -2), ("E", -1)).Group("G", ["B", "E"], 1, null);
        (x, v) = Improve(q, "B", "E");
        Selected(q, x, "E");
        Assert.Equal(-1, v, Tol);
    }

    [Fact]
    public void LocalSearch_fills_a_group_up_to_exactly_its_maximum()
    {
        // At most two of A (5), B (4), C (3): {A, B}, value 9. The same instance reused gives the same answer.
        SelectionProblem p = Problem(("A", 5), ("B", 4), ("C", 3)).Group("G", ["A", "B", "C"], 0, 2);
        SelectionModel model = SelectionModel.Build(p);
        var search = new LocalSearch(model);
        for (int round = 0; round < 2; round++)
        {
            var x = new sbyte[3];
            Assert.Equal(9, search.Improve(x), Tol);
            Selected(p, x, "A", "B");
        }
    }

    [Fact]
    public void LocalSearch_adds_a_candidate_that_fits_the_capacity_exactly()
    {
        // Budget 10 (demand 11): A (5) uses exactly 10 and fits; B (1, use 1) then does not: {A}, value 5.
        SelectionProblem p = Problem(("A", 5), ("B", 1)).WithRow(Budget("R", 10, ("A", 10), ("B", 1)));
        (sbyte[] x, double v) = Improve(p);
        Selected(p, x, "A");
        Assert.Equal(5, v, Tol);
    }

    [Fact]
    public void LocalSearch_tries_candidates_by_value_descending()
    {
        // Budget 10: A (5, use 10), B (3, use 5), C (3, use 5). First improvement by value descending adds A, which
        // fills the budget, and no exchange of A for a more valuable candidate exists: {A}, value 5 — a local optimum
        // ({B, C} would give 6, and is what value-ascending order would reach).
        SelectionProblem p = Problem(("A", 5), ("B", 3), ("C", 3)).WithRow(Budget("R", 10, ("A", 10), ("B", 5), ("C", 5)));
        (sbyte[] x, double v) = Improve(p);
        Selected(p, x, "A");
        Assert.Equal(5, v, Tol);
    }

    [Fact]
    public void LocalSearch_repeats_passes_after_an_addition_enables_a_more_valuable_candidate()
    {
        // D (9) requires A (1). Pass 1: D cannot come in (A out), A comes in; pass 2: D comes in: {D, A}, value 10.
        SelectionProblem p = Problem(("D", 9), ("A", 1)).Requires("D", "A");
        (sbyte[] x, double v) = Improve(p);
        Selected(p, x, "D", "A");
        Assert.Equal(10, v, Tol);
    }

    [Fact]
    public void LocalSearch_repeats_passes_after_a_drop_frees_room()
    {
        // Budget 10: B (−2, use 6) selected; A (5, use 6) does not fit (4 left). Pass 1 drops B; pass 2 adds A: {A}, 5.
        SelectionProblem p = Problem(("A", 5), ("B", -2)).WithRow(Budget("R", 10, ("A", 6), ("B", 6)));
        (sbyte[] x, double v) = Improve(p, "B");
        Selected(p, x, "A");
        Assert.Equal(5, v, Tol);
    }

    [Fact]
    public void LocalSearch_repeats_passes_after_an_exchange()
    {
        // At most one of A (5) and C (3); D (2) requires A. From {C}: pass 1 exchanges C → A (D could not come in
        // before), pass 2 adds D: {A, D}, value 7.
        SelectionProblem p = Problem(("A", 5), ("C", 3), ("D", 2)).Group("G", ["A", "C"], 0, 1).Requires("D", "A");
        (sbyte[] x, double v) = Improve(p, "C");
        Selected(p, x, "A", "D");
        Assert.Equal(7, v, Tol);
    }
}
