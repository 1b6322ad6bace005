using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Tests.Prioritization.Selection;

/// <summary>
/// Pins down the branch-and-bound core of <see cref="SelectionSearch"/> (construction, root propagation, fix/propagate,
/// bound preparation, subgradient, root duals, reduced-cost fixing, bound, depth-first feasibility search): issue 9 §6,
/// Stryker survivors list B1. Hand-worked root fixings and propagations through the internal API, hand-worked root
/// bounds, the outcome contract of a run (optimal, infeasible, node limit, cancellation), and direct runs of the search
/// (without the greedy incumbent <see cref="PortfolioSelector.Solve"/> supplies) against the brute-force oracle.
/// </summary>
public class PrioritizationMutationTestsB1
{
    private static SelectionSearch RootOf(SelectionProblem p, out SelectionModel model)
    {
        model = SelectionModel.Build(p);
        var s = new SelectionSearch(model);
        Assert.True(s.Root());
        return s;
    }

    private static sbyte[] States(SelectionSearch s, int n) => [.. Enumerable.Range(0, n).Select(s.State)];

    private static Dictionary<string, double> Use(params (string Id, double Amount)[] uses) =>
        uses.ToDictionary(u => u.Id, u => u.Amount);

    // ---- Root ----------------------------------------------------------------------------------------------------

    [Fact]
    public void Root_fixes_out_a_candidate_consuming_more_than_the_capacity_and_keeps_one_consuming_exactly_the_capacity()
    {
        // Budget 4 (demand 5 + 4 + 3 = 12 > 4, so the row is active): A needs 5 > 4 + 4e-9 → out at the root;
        // B needs exactly 4 (fits alone) → stays free; C needs 3 → free.
        SelectionProblem p = SelectionProblem.Create(
            [new("A", 9), new("B", 5), new("C", 4)],
            [ResourceRow.SinglePeriod("Budget", 4, Use(("A", 5), ("B", 4), ("C", 3)))]);
        SelectionSearch s = RootOf(p, out _);
        Assert.Equal(new sbyte[] { 0, -1, -1 }, States(s, 3));
    }

    [Fact]
    public void Root_proves_infeasibility_when_a_group_minimum_exceeds_the_group_size()
    {
        // SelectionProblem.Group: "a minimum above the group's size is accepted and reported as infeasible"; root
        // propagation alone proves it, so RootUpperBound is null and no node is explored.
        SelectionProblem p = SelectionProblem.Create([new("A", 1), new("B", 2), new("C", 3)]).Group("G", ["A", "B"], 3, null);
        Assert.False(new SelectionSearch(SelectionModel.Build(p)).Root());
        SelectionResult r = PortfolioSelector.Solve(p, new SelectionOptions(explainInfeasibility: false));
        Assert.Equal(SelectionStatus.Infeasible, r.Status);
        Assert.Null(r.RootUpperBound);
        Assert.Equal(0, r.NodesExplored);
    }

    [Fact]
    public void Root_fixes_every_candidate_out_under_a_maximum_count_of_zero()
    {
        SelectionProblem p = SelectionProblem.Create([new("A", 1), new("B", 2), new("C", 3)]).WithMaxCount(0);
        SelectionSearch s = RootOf(p, out _);
        Assert.Equal(new sbyte[] { 0, 0, 0 }, States(s, 3));
    }

    [Fact]
    public void Root_fixes_every_member_in_when_a_group_minimum_equals_its_size()
    {
        SelectionProblem p = SelectionProblem.Create([new("A", 1), new("B", 2), new("C", 3)]).Group("G", ["A", "B"], 2, null);
        SelectionSearch s = RootOf(p, out _);
        Assert.Equal(new sbyte[] { 1, 1, -1 }, States(s, 3));
    }

    // ---- Propagation ---------------------------------------------------------------------------------------------

    [Fact]
    public void Selecting_a_candidate_fixes_out_exactly_those_that_no_longer_fit_the_residual_capacity()
    {
        // Budget 10 (demand 15). A in (6) leaves 4: B (4 ≤ 4) still fits and stays free, C (5 > 4) is fixed out.
        SelectionProblem p = SelectionProblem.Create(
            [new("A", 1), new("B", 1), new("C", 1)],
            [ResourceRow.SinglePeriod("Budget", 10, Use(("A", 6), ("B", 4), ("C", 5)))]);
        SelectionSearch s = RootOf(p, out _);
        int mark = s.Mark;
        Assert.True(s.FixAndPropagate(0, 1));
        Assert.Equal(new sbyte[] { 1, -1, 0 }, States(s, 3));
        s.Undo(mark);
        Assert.Equal(new sbyte[] { -1, -1, -1 }, States(s, 3));
        Assert.Equal(0, s.ValueSum);
    }

    [Fact]
    public void Selecting_a_member_of_a_mutual_exclusion_fixes_the_others_out()
    {
        SelectionProblem p = SelectionProblem.Create([new("A", 1), new("B", 1), new("C", 1), new("D", 1)]).MutuallyExclusive("X", ["A", "B", "C"]);
        SelectionSearch s = RootOf(p, out _);
        Assert.True(s.FixAndPropagate(0, 1));
        Assert.Equal(new sbyte[] { 1, 0, 0, -1 }, States(s, 4));
    }

    [Fact]
    public void Dropping_a_member_down_to_the_group_minimum_fixes_the_remaining_members_in()
    {
        // Group {A, B, C} minimum 2: A out leaves exactly 2 possible, so B and C must be in.
        SelectionProblem p = SelectionProblem.Create([new("A", 1), new("B", 1), new("C", 1), new("D", 1)]).Group("G", ["A", "B", "C"], 2, null);
        SelectionSearch s = RootOf(p, out _);
        Assert.True(s.FixAndPropagate(0, 0));
        Assert.Equal(new sbyte[] { 0, 1, 1, -1 }, States(s, 4));
        Assert.Equal(2, s.ValueSum);
    }

    // ---- Root bound ----------------------------------------------------------------------------------------------

    /// <summary>A (10) alone; C and D (−5 each) with "at least one of C, D"; optimum A + C = 5.</summary>
    private static SelectionProblem NegativeMinimum() =>
        SelectionProblem.Create([new("A", 10), new("C", -5), new("D", -5)]).Group("G", ["C", "D"], 1, null);

    [Fact]
    public void The_root_bound_uses_the_count_minimum_that_the_LP_relaxation_leaves_out()
    {
        // The root LP has capacity rows, count maxima and requirements only (RootUpperBound doc), so without the minimum
        // it is 10 (A = 1, C = D = 0). The subgradient relaxes every linear row including −x_C − x_D ≤ −1:
        // L(λ) = 10 − λ + 2·max(λ − 5, 0) ≥ 5, minimal (5) at λ = 5. The root bound is the smallest of the bounds, so it
        // lies in [5, 10): at least the optimum 5 (validity), below the LP's 10 once the subgradient has moved λ off 0.
        SelectionResult r = PortfolioSelector.Solve(NegativeMinimum());
        Assert.Equal(SelectionStatus.Optimal, r.Status);
        Assert.Equal(5, r.TotalValue);
        Assert.True(r.RootUpperBound >= 5 - 1e-9, $"root bound {r.RootUpperBound} below the optimum 5");
        Assert.True(r.RootUpperBound < 10, $"root bound {r.RootUpperBound} is not below the LP bound 10");
    }

    public static TheoryData<string> BoundInstances => ["minimum", "minimum and maximum", "budget and minimum", "requirement and minimum"];

    private static SelectionProblem BoundInstance(string name) => name switch
    {
        "minimum" => NegativeMinimum(),

        // Optimum A + one of C, D, E = 10 − 5 = 5 (the group has a maximum row and a minimum row).
        "minimum and maximum" => SelectionProblem.Create([new("A", 10), new("C", -5), new("D", -5), new("E", -5)]).Group("G", ["C", "D", "E"], 1, 2),

        // Budget 6: A (4) + B (4) = 8 > 6, so at most one of A (10), B (3); plus one of C, D (−5): optimum A + C = 5.
        "budget and minimum" => SelectionProblem.Create(
                [new("A", 10), new("B", 3), new("C", -5), new("D", -5)],
                [ResourceRow.SinglePeriod("Budget", 6, Use(("A", 4), ("B", 4)))])
            .Group("G", ["C", "D"], 1, null),

        // A (10) requires C (−3); one of D, E (−5) is needed: optimum A + C + D = 2.
        _ => SelectionProblem.Create([new("A", 10), new("C", -3), new("D", -5), new("E", -5)])
            .Requires("A", "C").Group("G", ["D", "E"], 1, null),
    };

    private static double BoundOptimum(string name) => name switch
    {
        "requirement and minimum" => 2,
        _ => 5,
    };

    [Theory]
    [MemberData(nameof(BoundInstances))]
    public void A_direct_run_without_incumbent_finds_the_optimum_and_its_root_bound_is_at_least_the_optimum(string name)
    {
        // No incumbent: the subgradient runs its full course (Polyak target below the best value), so a wrong row
        // would drive its Lagrangian value below the optimum. Any λ ≥ 0 of valid rows gives a bound ≥ the optimum.
        SelectionProblem p = BoundInstance(name);
        double optimum = BoundOptimum(name);
        Assert.Equal(optimum, SelectionOracle.BruteForce(p));
        SelectionSearch s = RootOf(p, out SelectionModel model);
        Assert.Equal(SearchOutcome.Optimal, s.Run(1_000_000, false, CancellationToken.None));
        Assert.Equal(optimum, model.FromModelValue(s.Incumbent), 9);
        Assert.True(model.FromModelValue(s.RootBound) >= optimum - 1e-9, $"root bound {s.RootBound} < {optimum}");
        Assert.True(s.UpperBound >= s.Incumbent, $"upper bound {s.UpperBound} below the incumbent {s.Incumbent}");
        Assert.True(PortfolioSelector.Solve(p).RootUpperBound >= optimum - 1e-9);
    }

    [Fact]
    public void A_zero_capacity_period_gives_a_finite_root_bound()
    {
        // Budget 0 with A consuming 1: A is fixed out at the root; only B (3) stays free and nothing binds it, so the
        // LP, Lagrangian (λ = 0) and surrogate (multiplier 0 for a zero capacity) bounds are all 0 + 3 = 3.
        SelectionProblem p = SelectionProblem.Create(
            [new("A", 5), new("B", 3)],
            [ResourceRow.SinglePeriod("Budget", 0, Use(("A", 1)))]);
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Equal(SelectionStatus.Optimal, r.Status);
        Assert.Equal(["B"], r.SelectedIds.ToArray());
        Assert.Equal(3, r.RootUpperBound);
    }

    // ---- Outcomes ------------------------------------------------------------------------------------------------

    /// <summary>Budget 10, A, B, C each need 6, at least two of them: any two need 12 > 10. Root propagation cannot see it.</summary>
    private static SelectionProblem InfeasibleBySearch() => SelectionProblem.Create(
            [new("A", 3), new("B", 2), new("C", 1)],
            [ResourceRow.SinglePeriod("Budget", 10, Use(("A", 6), ("B", 6), ("C", 6)))])
        .Group("G", ["A", "B", "C"], 2, null);

    [Fact]
    public void An_infeasibility_only_the_search_finds_is_reported_infeasible()
    {
        SelectionProblem p = InfeasibleBySearch();
        Assert.Null(SelectionOracle.BruteForce(p));
        SelectionSearch s = RootOf(p, out _);
        Assert.Equal(SearchOutcome.Infeasible, s.Run(1_000_000, false, CancellationToken.None));
        Assert.False(s.Found);

        SelectionResult r = PortfolioSelector.Solve(p, new SelectionOptions(explainInfeasibility: false));
        Assert.Equal(SelectionStatus.Infeasible, r.Status);
        Assert.False(r.HasSolution);
        Assert.Null(r.TotalValue);
        Assert.Null(r.UpperBound);
    }

    [Fact]
    public void A_feasibility_check_of_an_infeasible_problem_is_infeasible()
    {
        SelectionSearch s = RootOf(InfeasibleBySearch(), out _);
        Assert.Equal(SearchOutcome.Infeasible, s.Run(1_000_000, true, CancellationToken.None));
        Assert.False(s.Found);
    }

    /// <summary>
    /// Budget 12, A (5), B, C, D (1 each) need 6 each, at least two of B, C, D. A is branched first (best ratio) and set
    /// in first: B, C, D still fit one at a time but not two, so that subtree is infeasible only below it; the feasible
    /// selections are the pairs of B, C, D without A (value 2).
    /// </summary>
    private static SelectionProblem SecondBranch() => SelectionProblem.Create(
            [new("A", 5), new("B", 1), new("C", 1), new("D", 1)],
            [ResourceRow.SinglePeriod("Budget", 12, Use(("A", 6), ("B", 6), ("C", 6), ("D", 6)))])
        .Group("G", ["B", "C", "D"], 2, null);

    [Fact]
    public void A_feasibility_check_tries_the_second_branch_when_the_first_subtree_is_infeasible()
    {
        SelectionProblem p = SecondBranch();
        Assert.Equal(2, SelectionOracle.BruteForce(p));
        SelectionSearch s = RootOf(p, out _);
        Assert.Equal(SearchOutcome.Optimal, s.Run(1_000_000, true, CancellationToken.None));
        Assert.True(s.Found);
        Assert.Equal(0, s.Best[0]);
        Assert.All(s.Best, v => Assert.True(v is 0 or 1, $"state {v}"));
        Assert.Equal(2, s.Best.Count(v => v == 1));
    }

    [Fact]
    public void A_feasibility_check_that_runs_out_of_nodes_is_not_reported_infeasible()
    {
        // Limit 1: the root node is explored; its first child is node 2 > 1, so the check stops without a verdict.
        SelectionSearch s = RootOf(SecondBranch(), out _);
        Assert.Equal(SearchOutcome.LimitReached, s.Run(1, true, CancellationToken.None));
        Assert.False(s.Found);
    }

    [Fact]
    public void A_feasibility_check_settled_at_the_root_needs_one_node()
    {
        // A forced in, B forced out: nothing is free after root propagation, so the root node is the solution; a node
        // limit of 1 (the least SelectionOptions accepts) must suffice.
        SelectionProblem p = SelectionProblem.Create([new("A", 1), new("B", 2)]).ForceIn("A").ForceOut("B");
        SelectionSearch s = RootOf(p, out _);
        Assert.Equal(SearchOutcome.Optimal, s.Run(1, true, CancellationToken.None));
        Assert.Equal(1, s.Nodes);
        Assert.Equal(new sbyte[] { 1, 0 }, s.Best);
    }

    [Fact]
    public void A_feasibility_check_with_a_node_limit_of_zero_explores_nothing()
    {
        SelectionSearch s = RootOf(SecondBranch(), out _);
        Assert.Equal(SearchOutcome.LimitReached, s.Run(0, true, CancellationToken.None));
        Assert.False(s.Found);
    }

    [Fact]
    public void A_long_feasibility_check_observes_cancellation()
    {
        // Ten unit-cost candidates, budget 4, at least 5 selected: infeasible, but propagation only sees it after
        // four are in, so the proof takes far more than the 16 nodes between two cancellation checks.
        string[] ids = [.. Enumerable.Range(0, 10).Select(i => "P" + i)];
        SelectionProblem p = SelectionProblem.Create(
                ids.Select(id => new SelectionCandidate(id, 1)),
                [ResourceRow.SinglePeriod("Budget", 4, ids.ToDictionary(id => id, _ => 1.0))])
            .WithMinCount(5);
        SelectionSearch s = RootOf(p, out _);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => s.Run(1_000_000, true, cts.Token));
    }

    [Fact]
    public void A_direct_optimal_run_reports_an_upper_bound_equal_to_its_incumbent()
    {
        // Budget 10: {A, B} costs 9 for 14 (worked in SelectionBehaviourTests.Usage_slack_and_binding_rows).
        SelectionProblem p = SelectionProblem.Create(
            [new("A", 9), new("B", 5), new("C", 6)],
            [ResourceRow.SinglePeriod("Budget", 10, Use(("A", 6), ("B", 3), ("C", 5)))]);
        SelectionSearch s = RootOf(p, out SelectionModel model);
        Assert.Equal(SearchOutcome.Optimal, s.Run(1_000_000, false, CancellationToken.None));
        Assert.Equal(14, model.FromModelValue(s.Incumbent));
        Assert.Equal(s.Incumbent, s.UpperBound);
        Assert.Equal(new sbyte[] { 1, 1, 0 }, s.Best);
    }

    // ---- Direct runs against the oracle --------------------------------------------------------------------------

    /// <summary>
    /// Random instances rich in what the LP relaxation leaves out: negative and zero values, count minima (alone and
    /// with maxima), requirements, exclusions and one budget row; 4 to 10 candidates (deterministic seeds).
    /// </summary>
    internal static SelectionProblem Rich(int seed)
    {
        var random = new Random(seed);
        int n = random.Next(4, 11);
        string[] ids = [.. Enumerable.Range(0, n).Select(j => "P" + j)];
        var candidates = ids.Select(id => new SelectionCandidate(id, random.Next(10) switch
        {
            < 3 => -random.Next(1, 21),
            3 => 0,
            _ => random.Next(1, 51),
        })).ToList();
        var use = ids.Where(_ => random.Next(6) != 0).ToDictionary(id => id, _ => (double)random.Next(1, 11));
        double cap = Math.Floor(use.Values.Sum() * random.Next(30, 71) / 100.0);
        SelectionProblem p = SelectionProblem.Create(candidates, use.Count == 0 ? [] : [ResourceRow.SinglePeriod("Budget", cap, use)]);
        string[] members = [.. ids.Where(_ => random.Next(2) == 0)];
        if (members.Length >= 2)
        {
            int min = random.Next(1, Math.Min(3, members.Length));
            p = p.Group("G", members, min, random.Next(2) == 0 ? null : min + random.Next(members.Length - min));
        }

        for (int k = random.Next(3); k > 0; k--)
        {
            int a = random.Next(n), b = random.Next(n);
            if (a != b)
            {
                p = p.Requires(ids[a], ids[b]);
            }
        }

        if (random.Next(3) == 0)
        {
            int a = random.Next(n), b = random.Next(n);
            if (a != b)
            {
                p = p.MutuallyExclusive("X", [ids[a], ids[b]]);
            }
        }

        return random.Next(5) == 0 ? p.WithMinCount(random.Next(1, 4)) : p;
    }

    private static string? Check(SelectionProblem p, SelectionModel model, SelectionSearch s, double? oracle, string what)
    {
        if (s.Best.Any(v => v is not (0 or 1)))
        {
            return $"{what}: incomplete assignment [{string.Join(",", s.Best)}]";
        }

        string[] ids = [.. p.Candidates.Where((c, j) => s.Best[j] == 1).Select(c => c.Id)];
        if (!SelectionOracle.IsFeasible(p, ids))
        {
            return $"{what}: infeasible selection {string.Join(",", ids)}";
        }

        double value = model.FromModelValue(s.Incumbent);
        return Math.Abs(value - SelectionOracle.ValueOf(p, ids)) > 1e-9 * Math.Max(1, Math.Abs(value)) || value > oracle + 1e-9
            ? $"{what}: incumbent {value} vs selection {SelectionOracle.ValueOf(p, ids)}, oracle {oracle}"
            : null;
    }

    private static string? Examine(SelectionProblem p)
    {
        double? oracle = SelectionOracle.BruteForce(p);
        SelectionModel model = SelectionModel.Build(p);
        double tol = 1e-9 * Math.Max(1, Math.Abs(oracle ?? 0));

        // Exact optimisation without an incumbent.
        var s = new SelectionSearch(model);
        if (!s.Root())
        {
            return oracle is null ? null : $"root claims infeasible, oracle {oracle}";
        }

        SearchOutcome outcome = s.Run(1_000_000, false, CancellationToken.None);
        if (oracle is null)
        {
            return outcome == SearchOutcome.Infeasible ? null : $"oracle infeasible, search {outcome}";
        }

        if (outcome != SearchOutcome.Optimal || Math.Abs(model.FromModelValue(s.Incumbent) - oracle.Value) > tol)
        {
            return $"search {outcome} {model.FromModelValue(s.Incumbent)}, oracle {oracle}";
        }

        if (Check(p, model, s, oracle, "optimise") is string bad)
        {
            return bad;
        }

        if (!(model.FromModelValue(s.RootBound) >= oracle.Value - tol) || !(model.FromModelValue(s.UpperBound) >= oracle.Value - tol))
        {
            return $"bounds root {model.FromModelValue(s.RootBound)} / upper {model.FromModelValue(s.UpperBound)} below the optimum {oracle}";
        }

        // First-feasible check.
        var f = new SelectionSearch(model);
        f.Root();
        if (f.Run(1_000_000, true, CancellationToken.None) != SearchOutcome.Optimal || Check(p, model, f, oracle, "feasibility") is not null)
        {
            return $"feasibility check failed: {Check(p, model, f, oracle, "feasibility")}";
        }

        // A node-limited run: an optimal verdict must be the optimum, a limit verdict must bound it.
        var l = new SelectionSearch(model);
        l.Root();
        SearchOutcome limited = l.Run(2, false, CancellationToken.None);
        double limitedValue = model.FromModelValue(l.Incumbent);
        return limited switch
        {
            SearchOutcome.Optimal when Math.Abs(limitedValue - oracle.Value) > tol => $"limit 2: 'optimal' {limitedValue} vs {oracle}",
            SearchOutcome.LimitReached when !(model.FromModelValue(l.UpperBound) >= oracle.Value - tol) => $"limit 2: upper bound {model.FromModelValue(l.UpperBound)} < {oracle}",
            SearchOutcome.Infeasible => "limit 2: infeasible",
            _ when l.Found && Check(p, model, l, oracle, "limit 2") is string wrong => wrong,
            _ => PortfolioSelector.Solve(p).RootUpperBound >= oracle.Value - tol ? null : "Solve: root bound below the optimum",
        };
    }

    [Fact]
    public void Direct_runs_of_the_search_agree_with_brute_force_on_instances_with_negative_values_and_minima()
    {
        var failures = new List<string>();
        for (int seed = 0; seed < 150; seed++)
        {
            if (Examine(Rich(seed)) is string failure)
            {
                failures.Add($"rich seed {seed}: {failure}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Direct_runs_of_the_search_agree_with_brute_force_on_the_shared_random_instances()
    {
        var failures = new List<string>();
        for (int seed = 0; seed < 150; seed++)
        {
            if (Examine(RandomInstances.Make(seed)) is string failure)
            {
                failures.Add($"shared seed {seed}: {failure}");
            }
        }

        Assert.Empty(failures);
    }
}
