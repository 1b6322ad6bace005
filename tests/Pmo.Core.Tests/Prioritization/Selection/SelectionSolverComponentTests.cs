using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Tests.Prioritization.Selection;

/// <summary>
/// Properties of the solver's internal components: the warm-started dual simplex (against a cold start and against
/// brute force) and the local search (feasibility kept, value never lower).
/// </summary>
public class SelectionSolverComponentTests
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue - 1).ToArbitrary();

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Abs(b));

    /// <summary>Random fixings reached by propagation (so the node is consistent), as an assignment with −1 = free.</summary>
    private static sbyte[]? RandomNode(SelectionModel model, int seed, int fixings)
    {
        var s = new SelectionSearch(model);
        if (!s.Root())
        {
            return null;
        }

        ulong state = unchecked(((ulong)seed * 0xD1B54A32D192ED03UL) + 1);
        for (int f = 0; f < fixings; f++)
        {
            unchecked
            {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
            }

            int j = (int)(state % (ulong)model.N);
            sbyte v = (sbyte)((state >> 20) & 1);
            if (s.State(j) != -1)
            {
                continue;
            }

            int mark = s.Mark;
            if (!s.FixAndPropagate(j, v))
            {
                s.Undo(mark);
            }
        }

        var x = new sbyte[model.N];
        for (int j = 0; j < model.N; j++)
        {
            x[j] = s.State(j);
        }

        return x;
    }

    private static double ColdValue(SelectionModel model, sbyte[] x)
    {
        var lp = new WarmSimplex(model);
        lp.Cold(x, 100_000);
        return lp.ObjectiveValue();
    }

    [Fact]
    public void A_warm_started_child_LP_equals_the_cold_started_LP_of_the_child() =>
        Prop.ForAll(Seeds, Gen.Choose(1, 6).ToArbitrary(), (seed, fixings) =>
        {
            SelectionModel model = SelectionModel.Build(RandomInstances.Make(seed));
            sbyte[]? parent = RandomNode(model, seed, fixings / 2);
            sbyte[]? child = RandomNode(model, seed, fixings);
            if (parent is null || child is null)
            {
                return true.Label("root infeasible");
            }

            // The child's fixings extend the parent's (same random sequence, longer), so the move is fix-only.
            var lp = new WarmSimplex(model);
            lp.Cold(parent, 100_000);
            for (int j = 0; j < model.N; j++)
            {
                if (child[j] != -1 && parent[j] == -1)
                {
                    lp.Fix(j, child[j]);
                }
            }

            bool reoptimised = lp.Reoptimize(100_000);
            double warm = lp.ObjectiveValue();
            double cold = ColdValue(model, child);
            return (reoptimised && Close(warm, cold)).Label($"seed {seed}: warm {warm} cold {cold} ({reoptimised})");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Moving_the_warm_LP_to_an_unrelated_node_equals_a_cold_start_there() =>
        Prop.ForAll(Seeds, Seeds, (seed, other) =>
        {
            SelectionModel model = SelectionModel.Build(RandomInstances.Make(seed));
            sbyte[]? a = RandomNode(model, seed, 3);
            sbyte[]? b = RandomNode(model, other, 3);
            if (a is null || b is null)
            {
                return true.Label("root infeasible");
            }

            var lp = new WarmSimplex(model);
            lp.Cold(a, 100_000);
            lp.Sync(b, 100_000);
            double warm = lp.ObjectiveValue();
            double cold = ColdValue(model, b);
            return Close(warm, cold).Label($"seed {seed}/{other}: synced {warm} cold {cold}");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_LP_value_of_a_node_is_at_least_the_brute_force_optimum_under_its_fixings() =>
        Prop.ForAll(Seeds, Gen.Choose(0, 5).ToArbitrary(), (seed, fixings) =>
        {
            SelectionProblem p = RandomInstances.Make(seed);
            SelectionModel model = SelectionModel.Build(p);
            sbyte[]? x = RandomNode(model, seed, fixings);
            if (x is null)
            {
                return true.Label("root infeasible");
            }

            SelectionProblem fixedProblem = p
                .ForceIn([.. p.Candidates.Where((c, j) => x[j] == 1).Select(c => c.Id)])
                .ForceOut([.. p.Candidates.Where((c, j) => x[j] == 0).Select(c => c.Id)]);
            double? oracle = SelectionOracle.BruteForce(fixedProblem);
            double lp = ColdValue(model, x);
            return (oracle is null || lp >= oracle.Value - 1e-6).Label($"seed {seed}: LP {lp} < integer optimum {oracle}");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Local_search_keeps_every_constraint_and_never_lowers_the_value() =>
        Prop.ForAll(Seeds, seed =>
        {
            SelectionProblem p = RandomInstances.Make(seed);
            SelectionModel model = SelectionModel.Build(p);
            var s = new SelectionSearch(model);
            if (!s.Root())
            {
                return true.Label("root infeasible");
            }

            // A feasible start: everything out where possible (in where a minimum needs it).
            for (int j = 0; j < model.N; j++)
            {
                if (s.State(j) != -1)
                {
                    continue;
                }

                int mark = s.Mark;
                if (!s.FixAndPropagate(j, 0))
                {
                    s.Undo(mark);
                    if (!s.FixAndPropagate(j, 1))
                    {
                        return true.Label("no feasible start found this way");
                    }
                }
            }

            var x = new sbyte[model.N];
            for (int j = 0; j < model.N; j++)
            {
                x[j] = s.State(j);
            }

            double before = s.ValueSum;
            double after = new LocalSearch(model).Improve(x);
            string[] ids = [.. p.Candidates.Where((c, j) => x[j] == 1).Select(c => c.Id)];
            double? oracle = SelectionOracle.BruteForce(p);
            return (SelectionOracle.IsFeasible(p, ids) && after >= before - 1e-9 && Close(SelectionOracle.ValueOf(p, ids), after)
                    && (oracle is null || after <= oracle.Value + 1e-9))
                .Label($"seed {seed}: {before} -> {after}, oracle {oracle}");
        }).QuickCheckThrowOnFailure();
}
