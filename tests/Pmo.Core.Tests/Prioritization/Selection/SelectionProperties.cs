using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Tests.Prioritization.Selection;

/// <summary>Layer 2: FsCheck properties against the brute-force oracle (all 2ⁿ subsets, n ≤ 12).</summary>
public class SelectionProperties
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue - 1).ToArbitrary();

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    [Fact]
    public void The_exact_selection_equals_brute_force_and_is_feasible() =>
        Prop.ForAll(Seeds, seed =>
        {
            SelectionProblem p = RandomInstances.Make(seed);
            double? oracle = SelectionOracle.BruteForce(p);
            SelectionResult r = PortfolioSelector.Solve(p);
            return oracle is null
                ? (r.Status == SelectionStatus.Infeasible && !r.HasSolution).Label($"seed {seed}: oracle infeasible, got {r.Status}")
                : (r.Status == SelectionStatus.Optimal && Close(r.TotalValue!.Value, oracle.Value)
                    && Close(SelectionOracle.ValueOf(p, r.SelectedIds), r.TotalValue.Value)
                    && SelectionOracle.IsFeasible(p, r.SelectedIds)
                    && r.UpperBound == r.TotalValue && r.RootUpperBound >= oracle.Value - 1e-9).Label($"seed {seed}: oracle {oracle}, got {r.Status} {r.TotalValue}");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_exact_selection_is_at_least_greedy_and_greedy_satisfies_every_constraint() =>
        Prop.ForAll(Seeds, seed =>
        {
            SelectionProblem p = RandomInstances.Make(seed, 20);
            SelectionResult r = PortfolioSelector.Solve(p);
            GreedyBaseline g = r.Greedy;
            bool greedyOk = !g.Found || (SelectionOracle.IsFeasible(p, g.SelectedIds) && Close(SelectionOracle.ValueOf(p, g.SelectedIds), g.TotalValue!.Value));
            bool gapOk = !g.Found || (r.HasSolution && r.TotalValue >= g.TotalValue - 1e-9 && r.GreedyGap >= -1e-9);
            return (greedyOk && gapOk && (r.Status != SelectionStatus.Infeasible || !g.Found)).Label($"seed {seed}");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_frontier_is_non_decreasing_in_budget_and_each_point_matches_brute_force() =>
        Prop.ForAll(Seeds, Gen.Choose(1, 6).ToArbitrary(), (seed, steps) =>
        {
            SelectionProblem p = RandomInstances.Make(seed, 10, constraints: false);
            if (p.Rows.IsEmpty || (p.PeriodCount > 1 && p.Rows[0].TotalCapacity == 0))
            {
                return true.Label("no row, or no capacity profile to scale");
            }

            FrontierResult f = EfficientFrontier.ComputeEvenlySpaced(p, p.Rows[0].Name, steps);
            double previous = double.NegativeInfinity;
            foreach (FrontierPoint point in f.Points)
            {
                double? oracle = SelectionOracle.BruteForce(p.WithCapacity(p.Rows[0].Name, point.Capacity));
                if (point.Value is not double v || oracle is null || !Close(v, oracle.Value) || v < previous - 1e-9)
                {
                    return false.Label($"seed {seed}: budget {point.Budget}: {point.Value} vs oracle {oracle}, previous {previous}");
                }

                previous = v;
            }

            return (f.Points.Length == steps + 1).Label("count");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void An_infeasible_problem_is_explained_by_an_irreducible_conflicting_set() =>
        Prop.ForAll(Seeds, seed =>
        {
            SelectionProblem p = RandomInstances.Make(seed, 10);
            SelectionResult r = PortfolioSelector.Solve(p);
            if (r.Status != SelectionStatus.Infeasible)
            {
                return true.Label("feasible");
            }

            InfeasibilityExplanation why = r.Infeasibility!;
            bool conflicting = SelectionOracle.BruteForce(p, SelectionOracle.Only(why.Conflicts)) is null;
            bool irreducible = why.Conflicts.All(c => SelectionOracle.BruteForce(p, SelectionOracle.Only(why.Conflicts, c)) is not null);
            return (why.IsProvenMinimal && !why.Conflicts.IsEmpty && conflicting && irreducible).Label($"seed {seed}: {why.Summary}");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void With_a_tiny_node_limit_the_bound_still_holds_and_no_optimum_is_claimed_unproven() =>
        Prop.ForAll(Seeds, Gen.Choose(1, 5).ToArbitrary(), (seed, limit) =>
        {
            SelectionProblem p = RandomInstances.Make(seed, 12);
            double? oracle = SelectionOracle.BruteForce(p);
            SelectionResult r = PortfolioSelector.Solve(p, new SelectionOptions(nodeLimit: limit));
            return r.Status switch
            {
                SelectionStatus.Optimal => (oracle is double o && Close(r.TotalValue!.Value, o)).Label($"seed {seed}: optimal claimed {r.TotalValue}, oracle {oracle}"),
                SelectionStatus.Infeasible => (oracle is null).Label($"seed {seed}: infeasible claimed"),
                _ when oracle is null => (!r.HasSolution).Label($"seed {seed}: a solution reported for an infeasible problem"),
                _ => (oracle is double o2 && r.UpperBound >= o2 - 1e-9 && (!r.HasSolution || (r.TotalValue <= o2 + 1e-9 && SelectionOracle.IsFeasible(p, r.SelectedIds))))
                    .Label($"seed {seed}: limit: {r.TotalValue} ≤ {oracle} ≤ {r.UpperBound}"),
            };
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_generator_yields_both_feasible_and_infeasible_instances_so_the_properties_bite()
    {
        int infeasible = Enumerable.Range(0, 200).Count(seed => SelectionOracle.BruteForce(RandomInstances.Make(seed, 10)) is null);
        Assert.InRange(infeasible, 10, 150);
    }
}
