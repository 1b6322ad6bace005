using System.Collections.Immutable;
using Pmo.Cli.Input;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Selection;

namespace Pmo.Cli.Analysis;

/// <summary>Another method's ranking of the same candidates, compared with the chosen method's.</summary>
/// <param name="Id">The method's contract name.</param>
/// <param name="Label">How it was configured.</param>
/// <param name="Result">Its result, or null when its rules reject the data.</param>
/// <param name="Spearman">Spearman's ρ against the chosen ranking.</param>
/// <param name="Ws">The WS similarity coefficient against the chosen ranking (top ranks weigh more).</param>
/// <param name="Error">Why it could not run, when it could not.</param>
internal sealed record MethodComparison(string Id, string Label, McdaResult? Result, double? Spearman, double? Ws, string? Error);

/// <summary>The analysis of an investment round: gates, ranking, comparison, sensitivity, selection, frontier.</summary>
internal sealed record PrioritizationResult(
    LoadedPrioritization Round,
    GateResult Gates,
    McdaResult Ranking,
    ImmutableArray<double> SelectionValues,
    string SelectionValueLabel,
    ImmutableArray<MethodComparison> Comparisons,
    WeightStabilityResult Stability,
    SmaaResult Smaa,
    RankReversalResult? LeaveOneOut,
    SelectionResult Selection,
    FrontierResult? Frontier)
{
    /// <summary>Gets why the leave-one-out analysis could not run, when it could not.</summary>
    public string? LeaveOneOutError { get; init; }

    /// <summary>The node limit of the branch and bound.</summary>
    public const long NodeLimit = 2_000_000;

    /// <summary>The number of budget levels of the efficient frontier.</summary>
    public const int FrontierSteps = 8;

    /// <summary>Applies the gates and ranks the passing candidates with the round's method: the cheap first step of <see cref="Analyze"/>, enough for a priority order.</summary>
    /// <param name="round">The validated round.</param>
    /// <returns>The gate result and the ranking of the passing candidates.</returns>
    public static (GateResult Gates, McdaResult Ranking) GateAndRank(LoadedPrioritization round)
    {
        GateResult gates = Pmo.Core.Prioritization.Gates.Apply(round.Matrix, round.Gates);
        return (gates, round.Method.Method.Evaluate(gates.Passed!, round.Weights.Weights));
    }

    /// <summary>Runs the whole analysis.</summary>
    /// <param name="round">The validated round.</param>
    /// <returns>The result.</returns>
    public static PrioritizationResult Analyze(LoadedPrioritization round)
    {
        (GateResult gates, McdaResult ranking) = GateAndRank(round);
        DecisionMatrix passed = gates.Passed!;
        IMcdaMethod method = round.Method.Method;

        // The value the selection maximises, per passing candidate.
        double[] values = new double[passed.AlternativeCount];
        string label;
        if (round.SelectionCriterion is { } cid)
        {
            int c = passed.IndexOfCriterion(cid);
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = passed[i, c];
            }

            label = $"criterion \"{cid}\" (raw values)";
        }
        else if (ranking.HigherIsBetter)
        {
            ranking.Preferences.CopyTo(values);
            label = $"{round.Method.Id} preference";
        }
        else
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = 1 - ranking.Preferences[i];
            }

            label = $"1 − {round.Method.Id} score (lower scores are better, so the selection maximises their complement)";
        }

        ImmutableArray<MethodComparison> comparisons = Compare(passed, round.Weights.Weights, ranking);
        int topK = round.TopK;
        WeightStabilityResult stability = WeightStability.Intervals(method, passed, round.Weights.Weights, topK);
        SmaaResult smaa = Pmo.Core.Prioritization.Smaa.Run(method, passed, new SmaaOptions { Samples = round.SmaaSamples, Seed = round.Seed });
        RankReversalResult? loo = null;
        string? looError = null;
        try
        {
            loo = RankReversal.LeaveOneOut(method, passed, round.Weights.Weights);
        }
        catch (ArgumentException ex)
        {
            // Removing a candidate can break a method rule (too few left, a column becomes constant).
            looError = ex.Message;
        }

        // Selection: passing candidates carry their value; candidates knocked out by a gate are forced out.
        SelectionProblem problem = round.Constraints;
        for (int i = 0; i < passed.AlternativeCount; i++)
        {
            problem = problem.WithCandidate(new SelectionCandidate(passed.Alternatives[i], values[i]));
        }

        string[] knockedOut = [.. gates.Failures.Select(f => f.Alternative).Where(id => !problem.ForcedOut.Contains(id))];
        if (knockedOut.Length > 0)
        {
            problem = problem.ForceOut(knockedOut);
        }

        var options = new SelectionOptions(nodeLimit: NodeLimit);
        SelectionResult selection = PortfolioSelector.Solve(problem, options);
        FrontierResult? frontier = null;
        if (selection.Status != SelectionStatus.Infeasible)
        {
            try
            {
                frontier = EfficientFrontier.ComputeEvenlySpaced(problem, round.Budgets[0].Id, FrontierSteps, options);
            }
            catch (ArgumentException)
            {
                // The first budget has no capacity profile to scale (zero over several periods): no frontier.
            }
        }
        return new PrioritizationResult(round, gates, ranking, [.. values], label, comparisons, stability, smaa, loo, selection, frontier)
        {
            LeaveOneOutError = looError,
        };
    }

    private static ImmutableArray<MethodComparison> Compare(DecisionMatrix matrix, CriteriaWeights weights, McdaResult chosen)
    {
        var list = ImmutableArray.CreateBuilder<MethodComparison>();
        int m = matrix.CriterionCount;
        double[] lo = new double[m];
        double[] hi = new double[m];
        for (int c = 0; c < m; c++)
        {
            Criterion criterion = matrix.Criteria[c];
            double[] column = matrix.Column(c);
            lo[c] = criterion.ScaleMin ?? column.Min();
            hi[c] = criterion.ScaleMax ?? column.Max();
        }

        (string Id, string Label, Func<IMcdaMethod> Make)[] methods =
        [
            ("weightedSum", "weighted sum, min-max", () => new WeightedSum()),
            ("topsis", "TOPSIS, vector", () => new Topsis()),
            ("spotis", "SPOTIS, fixed scales or observed range", () => new Spotis(lo, hi)),
            ("promethee2", "PROMETHEE II, usual", () => new Promethee2(PreferenceFunction.Usual())),
        ];
        foreach ((string id, string label, Func<IMcdaMethod> make) in methods)
        {
            try
            {
                McdaResult r = make().Evaluate(matrix, weights);
                list.Add(new MethodComparison(id, label, r, RankCorrelation.Spearman(chosen.Ranking, r.Ranking), RankCorrelation.WS(chosen.Ranking, r.Ranking), null));
            }
            catch (ArgumentException ex)
            {
                list.Add(new MethodComparison(id, label, null, null, null, ex.Message));
            }
        }

        return list.ToImmutable();
    }
}
