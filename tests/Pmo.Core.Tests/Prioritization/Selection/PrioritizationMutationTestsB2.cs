using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Tests.Prioritization.Selection;

/// <summary>
/// Issue 9 §6, Stryker survivors list B2 (<c>SelectionSearch.cs</c> from line 900: best-first search, plunging,
/// pseudo-costs, the warm LP bound, offers, LP rounding, LP pruning and fixing, the root LP bound). Pins down what a user
/// can observe of that code: the optimum and the proof status on instances large and correlated enough that the
/// best-first search actually plunges for hundreds of nodes (checked against an independent enumerator), the validity of
/// the reported bounds under small node limits, and the root LP-relaxation bound (<see cref="SelectionResult.RootUpperBound"/>)
/// hand-worked on instances where the LP is strictly tighter than the surrogate Dantzig bound.
/// </summary>
public class PrioritizationMutationTestsB2
{
    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    // ---------------------------------------------------------------- root LP bound, hand-worked

    /// <summary>
    /// max 10a + 7b + 6c + d s.t. 8a + 4b + 3c + d ≤ 10 (capital) and a + b + c + d ≤ 2 (count maximum).
    /// LP optimum (hand-worked): start from b = c = 1 (weight 7, count 2, value 13); trading c for a costs weight
    /// 8 − 3 = 5 per unit for value 10 − 6 = 4, so a = 3/5 (weight 3 left), c = 2/5: value 13 + 0.6·4 = 15.4. Dual
    /// check: a and c basic give 10 − 8λ − μ = 0 and 6 − 3λ − μ = 0, so λ = 0.8, μ = 3.6; reduced costs b: 7 − 3.2 − 3.6
    /// = 0.2 ≥ 0 (at 1), d: 1 − 0.8 − 3.6 &lt; 0 (at 0); dual value 10·0.8 + 2·3.6 + 0.2 = 15.4 = primal, so optimal.
    /// The surrogate Dantzig bound over the capital row alone is larger (c, b, then 3/8 of a: 6 + 7 + 3.75 = 16.75) and
    /// every Lagrangian value is at least the LP optimum, so the documented minimum is the LP bound 15.4.
    /// Integer optimum: {b, c} = 13 ({a, d} = 11, {a} = 10, {a, b} and {a, c} exceed the capital).
    /// </summary>
    [Fact]
    public void Root_upper_bound_is_the_LP_relaxation_value_with_a_count_maximum()
    {
        SelectionProblem p = SelectionProblem.Create(
                [new("A", 10), new("B", 7), new("C", 6), new("D", 1)],
                [ResourceRow.SinglePeriod("Capital", 10, new Dictionary<string, double> { ["A"] = 8, ["B"] = 4, ["C"] = 3, ["D"] = 1 })])
            .Group("AtMostTwo", ["A", "B", "C", "D"], 0, 2);
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Equal(SelectionStatus.Optimal, r.Status);
        Assert.Equal(13, r.TotalValue!.Value, 9);
        Assert.Equal(["B", "C"], r.SelectedIds.ToArray());
        Assert.True(Close(r.RootUpperBound!.Value, 15.4), $"root bound {r.RootUpperBound}, LP relaxation 15.4");
    }

    /// <summary>
    /// The count-maximum example above with a fifth candidate F (value 2, no consumption) forced in and the maximum raised
    /// to 3 over all five: at the root F uses one place, so the LP over A–D is the same as above (room 3 − 1 = 2,
    /// capital 10) and the root bound is 2 + 15.4 = 17.4. Integer optimum: F + {B, C} = 15.
    /// </summary>
    [Fact]
    public void Root_upper_bound_counts_a_forced_in_member_against_the_group_maximum()
    {
        SelectionProblem p = SelectionProblem.Create(
                [new("A", 10), new("B", 7), new("C", 6), new("D", 1), new("F", 2)],
                [ResourceRow.SinglePeriod("Capital", 10, new Dictionary<string, double> { ["A"] = 8, ["B"] = 4, ["C"] = 3, ["D"] = 1 })])
            .Group("AtMostThree", ["A", "B", "C", "D", "F"], 0, 3)
            .ForceIn("F");
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Equal(SelectionStatus.Optimal, r.Status);
        Assert.Equal(15, r.TotalValue!.Value, 9);
        Assert.Equal(["B", "C", "F"], r.SelectedIds.ToArray());
        Assert.True(Close(r.RootUpperBound!.Value, 17.4), $"root bound {r.RootUpperBound}, LP relaxation 2 + 15.4 = 17.4");
    }

    /// <summary>
    /// max 10d + q + 5e s.t. 2d + 6q + 4e ≤ 6 and d ≤ q (d requires q).
    /// LP optimum (hand-worked): d and q move together (value 11, weight 8 per unit, ratio 1.375 &gt; e's 5/4), so
    /// d = q = 6/8 = 0.75 for 8.25. Duals: 10 − 2λ − ρ = 0 and 1 − 6λ + ρ = 0 give λ = 11/8 = 1.375, ρ = 7.25; e's reduced
    /// cost 5 − 4·1.375 = −0.5 &lt; 0 (at 0); dual value 6·1.375 = 8.25 = primal. The surrogate bound ignores the
    /// requirement (d then e: 10 + 5 = 15) and Lagrangian values are at least 8.25, so the root bound is 8.25.
    /// Integer optimum: {e} = 5 ({d, q} weighs 8 &gt; 6; d alone violates the requirement; {q} = 1).
    /// </summary>
    [Fact]
    public void Root_upper_bound_is_the_LP_relaxation_value_with_a_requirement()
    {
        SelectionProblem p = SelectionProblem.Create(
                [new("D", 10), new("Q", 1), new("E", 5)],
                [ResourceRow.SinglePeriod("Capital", 6, new Dictionary<string, double> { ["D"] = 2, ["Q"] = 6, ["E"] = 4 })])
            .Requires("D", "Q");
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Equal(SelectionStatus.Optimal, r.Status);
        Assert.Equal(5, r.TotalValue!.Value, 9);
        Assert.Equal(["E"], r.SelectedIds.ToArray());
        Assert.True(Close(r.RootUpperBound!.Value, 8.25), $"root bound {r.RootUpperBound}, LP relaxation 8.25");
    }

    /// <summary>
    /// Two capacity rows: max 6a + 6b + 5c s.t. 4a + b + 3c ≤ 4 and a + 4b + 3c ≤ 4.
    /// LP optimum (hand-worked): a = b = 0.8 uses 4·0.8 + 0.8 = 4 of each row for 9.6. Duals by symmetry λ₁ = λ₂ = λ with
    /// 6 − 4λ − λ = 0, λ = 1.2; c's reduced cost 5 − 3·1.2 − 3·1.2 = −2.2 &lt; 0 (at 0); dual value 4·1.2 + 4·1.2 = 9.6 =
    /// primal. Integer optimum: 6 ({a} or {b}; {a, b} needs 5 &gt; 4 in each row; {c} = 5).
    /// </summary>
    [Fact]
    public void Root_upper_bound_is_the_LP_relaxation_value_with_two_capacity_rows()
    {
        SelectionProblem p = SelectionProblem.Create(
            [new("A", 6), new("B", 6), new("C", 5)],
            [
                ResourceRow.SinglePeriod("R1", 4, new Dictionary<string, double> { ["A"] = 4, ["B"] = 1, ["C"] = 3 }),
                ResourceRow.SinglePeriod("R2", 4, new Dictionary<string, double> { ["A"] = 1, ["B"] = 4, ["C"] = 3 }),
            ]);
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Equal(SelectionStatus.Optimal, r.Status);
        Assert.Equal(6, r.TotalValue!.Value, 9);
        Assert.True(Close(r.RootUpperBound!.Value, 9.6), $"root bound {r.RootUpperBound}, LP relaxation 9.6");
    }

    // ---------------------------------------------------------------- plunging instances against an enumerator

    /// <summary>A correlated multi-row instance with requirements and a count maximum, and its independent optimum.</summary>
    internal sealed record HardInstance(SelectionProblem Problem, double? Optimum);

    /// <summary>
    /// Instances of 16–21 candidates on 1–2 rows of 1–2 periods, values correlated with consumption (v ≈ Σ a + noise:
    /// the LP bound is weak and the tree is large), occasional negative-value enablers that others require, and
    /// sometimes a count maximum. The optimum comes from <see cref="Enumerate"/>, which shares no code with the solver.
    /// </summary>
    internal static HardInstance Make(int seed)
    {
        var rng = new TestXorshift(unchecked(((ulong)(seed + 1) * 0xA24BAED4963EE407UL) + 0x9FB21C651E98DF25UL));
        int Next(int exclusiveMax) => rng.Next(exclusiveMax);

        int n = 16 + Next(6);
        int rowCount = 1 + Next(2), periods = 1 + Next(2);
        string[] ids = [.. Enumerable.Range(0, n).Select(j => "P" + j)];
        var a = new double[rowCount, periods, n];
        var value = new double[n];
        for (int j = 0; j < n; j++)
        {
            double sum = 0;
            for (int r = 0; r < rowCount; r++)
            {
                for (int t = 0; t < periods; t++)
                {
                    a[r, t, j] = 1 + Next(12);
                    sum += a[r, t, j];
                }
            }

            value[j] = Next(8) == 0 ? -Next(6) : Math.Round(sum / (rowCount * periods) * 3) + Next(4);
        }

        var rows = new List<ResourceRow>();
        var cap = new double[rowCount, periods];
        for (int r = 0; r < rowCount; r++)
        {
            var consumption = new Dictionary<string, double[]>();
            for (int j = 0; j < n; j++)
            {
                consumption[ids[j]] = [.. Enumerable.Range(0, periods).Select(t => a[r, t, j])];
            }

            for (int t = 0; t < periods; t++)
            {
                double total = Enumerable.Range(0, n).Sum(j => a[r, t, j]);
                cap[r, t] = Math.Floor(total * (28 + Next(14)) / 100.0);
            }

            rows.Add(new ResourceRow("R" + r, [.. Enumerable.Range(0, periods).Select(t => cap[r, t])], consumption));
        }

        SelectionProblem p = SelectionProblem.Create(ids.Select((id, j) => new SelectionCandidate(id, value[j])), rows);
        var requirements = new List<(int Dependent, int Prerequisite)>();
        for (int k = Next(4); k > 0; k--)
        {
            int d = Next(n), q = Next(n);
            int enabler = Array.FindIndex(value, v => v <= 0);
            if (enabler >= 0 && Next(2) == 0)
            {
                q = enabler;
            }

            if (d != q && !requirements.Contains((d, q)))
            {
                requirements.Add((d, q));
                p = p.Requires(ids[d], ids[q]);
            }
        }

        int? maxCount = Next(3) == 0 ? (n / 4) + Next(3) : null;
        if (maxCount is int mc)
        {
            p = p.Group("Cap", ids, 0, mc);
        }

        // Sometimes "at least two of these" over a few (often low-value) candidates: rounding and completion must
        // respect a minimum that propagation only enforces when it becomes tight.
        int[] need = [];
        if (Next(3) == 0)
        {
            need = [.. Enumerable.Range(0, n).Where(j => value[j] <= 8 || Next(4) == 0).Take(5)];
            if (need.Length >= 2)
            {
                p = p.Group("Need", need.Select(j => ids[j]), 2, null);
            }
            else
            {
                need = [];
            }
        }

        // Independent optimum: depth-first enumeration of the subsets that fit every row-period and the count maximum,
        // requirements checked on complete subsets.
        int K = rowCount * periods;
        var weight = new double[K][];
        var capacity = new double[K];
        for (int r = 0; r < rowCount; r++)
        {
            for (int t = 0; t < periods; t++)
            {
                weight[(r * periods) + t] = [.. Enumerable.Range(0, n).Select(j => a[r, t, j])];
                capacity[(r * periods) + t] = cap[r, t];
            }
        }

        return new HardInstance(p, Enumerate(weight, capacity, value, maxCount ?? n, requirements, need));
    }

    /// <summary>
    /// The best value over all subsets within every capacity and the count maximum that meet every requirement and hold
    /// at least two of <paramref name="need"/> (when not empty); null when none does.
    /// </summary>
    private static double? Enumerate(double[][] weight, double[] capacity, double[] value, int maxCount, List<(int Dependent, int Prerequisite)> requirements, int[] need)
    {
        int n = value.Length;
        var chosen = new bool[n];
        var used = new double[capacity.Length];
        double? best = null;
        void Visit(int j, int count, double total)
        {
            if (j == n)
            {
                if (requirements.All(r => !chosen[r.Dependent] || chosen[r.Prerequisite])
                    && (need.Length == 0 || need.Count(i => chosen[i]) >= 2) && (best is null || total > best))
                {
                    best = total;
                }

                return;
            }

            Visit(j + 1, count, total);
            if (count == maxCount)
            {
                return;
            }

            for (int k = 0; k < capacity.Length; k++)
            {
                if (used[k] + weight[k][j] > capacity[k])
                {
                    return;
                }
            }

            for (int k = 0; k < capacity.Length; k++)
            {
                used[k] += weight[k][j];
            }

            chosen[j] = true;
            Visit(j + 1, count + 1, total + value[j]);
            chosen[j] = false;
            for (int k = 0; k < capacity.Length; k++)
            {
                used[k] -= weight[k][j];
            }
        }

        Visit(0, 0, 0);
        return best;
    }

    public static TheoryData<int> SeedBlocks => [0, 1, 2, 3, 4, 5];

    private const int BlockSize = 8;

    [Theory]
    [MemberData(nameof(SeedBlocks))]
    public void Plunging_search_finds_the_enumerated_optimum_on_correlated_instances(int block)
    {
        for (int seed = block * BlockSize; seed < (block + 1) * BlockSize; seed++)
        {
            HardInstance h = Make(seed);
            SelectionResult r = PortfolioSelector.Solve(h.Problem);
            if (h.Optimum is not double optimum)
            {
                Assert.Equal(SelectionStatus.Infeasible, r.Status);
                continue;
            }

            Assert.True(r.Status == SelectionStatus.Optimal, $"seed {seed}: {r.Status}");
            Assert.True(Close(r.TotalValue!.Value, optimum), $"seed {seed}: solver {r.TotalValue}, enumeration {optimum}");
            Assert.True(SelectionOracle.IsFeasible(h.Problem, r.SelectedIds), $"seed {seed}: infeasible selection");
            Assert.True(Close(SelectionOracle.ValueOf(h.Problem, r.SelectedIds), r.TotalValue.Value), $"seed {seed}: value of the ids");
            Assert.True(r.RootUpperBound >= optimum - 1e-9, $"seed {seed}: root bound {r.RootUpperBound} below the optimum {optimum}");
            Assert.Equal(r.TotalValue, r.UpperBound);
        }
    }

    /// <summary>
    /// Under a node limit the documented contract is: a reported selection is feasible and at most the optimum, the
    /// upper bound is at least the optimum (and never above the root bound, of which it is a refinement), and a status
    /// of Optimal is only claimed for the true optimum.
    /// </summary>
    public static TheoryData<int> LimitBlocks => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

    private const int LimitBlockSize = 4;

    [Theory]
    [MemberData(nameof(LimitBlocks))]
    public void Under_a_node_limit_bounds_hold_and_no_unproven_optimum_is_claimed(int block)
    {
        long[] limits = [.. Enumerable.Range(1, 40).Select(l => (long)l), 63, 64, 65, 128, 129, 255, 256, 257, 400];
        for (int seed = block * LimitBlockSize; seed < (block + 1) * LimitBlockSize; seed++)
        {
            HardInstance h = Make(seed);
            foreach (long limit in limits)
            {
                SelectionResult r = PortfolioSelector.Solve(h.Problem, new SelectionOptions(nodeLimit: limit, explainInfeasibility: false));
                if (h.Optimum is not double optimum)
                {
                    Assert.False(r.HasSolution, $"seed {seed}, limit {limit}: a selection for an infeasible instance");
                    continue;
                }

                Assert.True(r.UpperBound >= optimum - 1e-9, $"seed {seed}, limit {limit}: upper bound {r.UpperBound} < optimum {optimum}");
                Assert.True(r.UpperBound <= r.RootUpperBound + 1e-9, $"seed {seed}, limit {limit}: upper bound {r.UpperBound} > root bound {r.RootUpperBound}");
                if (r.HasSolution)
                {
                    Assert.True(SelectionOracle.IsFeasible(h.Problem, r.SelectedIds), $"seed {seed}, limit {limit}: infeasible selection");
                    Assert.True(r.TotalValue <= optimum + 1e-9, $"seed {seed}, limit {limit}: value {r.TotalValue} > optimum {optimum}");
                }

                if (r.Status == SelectionStatus.Optimal)
                {
                    Assert.True(Close(r.TotalValue!.Value, optimum), $"seed {seed}, limit {limit}: Optimal claimed for {r.TotalValue}, optimum {optimum}");
                }
                else
                {
                    Assert.Equal(SelectionStatus.NodeLimitReached, r.Status);
                }
            }
        }
    }
}
