using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>
/// One-weight-at-a-time sensitivity: change one criterion's weight by ±p % and re-scale the others proportionally, then
/// re-evaluate the method.
/// </summary>
/// <remarks>
/// For a change p the changed weight is w'_k = w_k (1 + p) and every other weight is re-scaled in proportion so the
/// weights still sum to 1: w'_j = w_j (1 − w'_k) / (1 − w_k). The ratios between the unchanged weights are kept, which is
/// the usual convention of one-at-a-time weight sensitivity in MCDA (Triantaphyllou, E., 2000, <i>Multi-Criteria Decision
/// Making Methods: A Comparative Study</i>, Kluwer; Mareschal, B., 1988, "Weight stability intervals in
/// multicriteria decision aid", European Journal of Operational Research 33(1)). A change with w'_k ≤ 0 or
/// w'_k ≥ 1 leaves no valid weight vector and is an error naming the change.
/// </remarks>
public static class WeightSensitivity
{
    /// <summary>Re-evaluates the method with one weight changed by each relative change in <paramref name="changes"/>.</summary>
    /// <param name="method">The MCDA method.</param>
    /// <param name="matrix">The decision matrix.</param>
    /// <param name="weights">The base weights (at least two criteria).</param>
    /// <param name="criterion">The index of the criterion whose weight changes (<see cref="DecisionMatrix.IndexOfCriterion"/> finds it by id).</param>
    /// <param name="changes">The relative changes p (−0.5 is −50 %, 0.25 is +25 %); each must give 0 &lt; w_k(1 + p) &lt; 1.</param>
    /// <param name="topK">The size of the top list whose change is reported, in [1, alternatives]; default 1.</param>
    /// <returns>The baseline evaluation and one scenario per change.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The weights do not match the matrix; fewer than two criteria; <paramref name="changes"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> or <paramref name="topK"/> is out of range; a change is not finite or gives a weight outside (0, 1).</exception>
    [Pure]
    public static OneAtATimeResult OneAtATime(IMcdaMethod method, DecisionMatrix matrix, CriteriaWeights weights, int criterion, IEnumerable<double> changes, int topK = 1)
    {
        SensitivityHelpers.CheckCommon(method, matrix, weights);
        ArgumentNullException.ThrowIfNull(changes);
        SensitivityHelpers.CheckCriterion(matrix, criterion);
        SensitivityHelpers.CheckTwoCriteria(weights);
        SensitivityHelpers.CheckTopK(matrix, topK);
        double[] list = [.. changes];
        if (list.Length == 0)
        {
            throw new ArgumentException("At least one change is needed.", nameof(changes));
        }

        double wk = weights[criterion];
        foreach (double p in list)
        {
            double changed = wk * (1 + p);
            if (!double.IsFinite(p) || !(changed > 0) || !(changed < 1))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(changes),
                    p,
                    string.Create(CultureInfo.InvariantCulture, $"The change {p} gives criterion '{matrix.Criteria[criterion].Id}' the weight {wk} × (1 + {p}) = {changed}, outside (0, 1); each change must keep the weight strictly between 0 and 1, i.e. p in ({-1}, {(1 / wk) - 1})."));
            }
        }

        McdaResult baseline = method.Evaluate(matrix, weights);
        var scenarios = ImmutableArray.CreateBuilder<WeightChangeScenario>(list.Length);
        double[] buffer = new double[weights.Count];
        foreach (double p in list)
        {
            SensitivityHelpers.Rescale(weights.AsSpan(), criterion, wk * (1 + p), buffer);
            CriteriaWeights changed = CriteriaWeights.Create(buffer);
            McdaResult result = method.Evaluate(matrix, changed);
            bool topChanged = result.Ranking.Order[0] != baseline.Ranking.Order[0];
            bool topKChanged = !SensitivityHelpers.SameTop(baseline.Ranking.Order.AsSpan(0, topK), result.Ranking.Order.AsSpan(0, topK), ordered: false);
            double? rho = matrix.AlternativeCount >= 2 ? RankCorrelation.Spearman(baseline.Ranking, result.Ranking) : null;
            scenarios.Add(new WeightChangeScenario(p, changed, result, topChanged, topKChanged, rho));
        }

        return new OneAtATimeResult(method.Name, criterion, matrix.Criteria[criterion].Id, topK, baseline, scenarios.MoveToImmutable());
    }

    /// <summary>The relative changes from <paramref name="from"/> to <paramref name="to"/> in steps of <paramref name="step"/>, both ends included (for example −0.5 … 0.5 by 0.1).</summary>
    /// <param name="from">The first change.</param>
    /// <param name="to">The last change, at least <paramref name="from"/>.</param>
    /// <param name="step">The step, greater than zero.</param>
    /// <returns>The changes, computed as from + i·step (no accumulated rounding); the last is <paramref name="to"/> when the range is a whole number of steps (within 1e-9 of a step).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite; <paramref name="step"/> is not positive; <paramref name="to"/> is less than <paramref name="from"/>; more than 1,000,000 steps.</exception>
    [Pure]
    public static ImmutableArray<double> Steps(double from, double to, double step)
    {
        if (!double.IsFinite(from))
        {
            throw new ArgumentOutOfRangeException(nameof(from), from, "from must be a finite number.");
        }

        if (!double.IsFinite(to) || to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, string.Create(CultureInfo.InvariantCulture, $"to must be a finite number at least from ({from}); got {to}."));
        }

        if (!double.IsFinite(step) || step <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, string.Create(CultureInfo.InvariantCulture, $"step must be a finite number greater than zero (got {step})."));
        }

        double count = Math.Floor(((to - from) / step) + 1e-9);
        if (count > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, string.Create(CultureInfo.InvariantCulture, $"step {step} gives {count} steps from {from} to {to}; at most 1,000,000 are allowed."));
        }

        var result = ImmutableArray.CreateBuilder<double>((int)count + 1);
        for (int i = 0; i <= (int)count; i++)
        {
            result.Add(i == (int)count && Math.Abs(from + (i * step) - to) <= 1e-9 * step ? to : from + (i * step));
        }

        return result.MoveToImmutable();
    }
}

/// <summary>The result of a one-at-a-time weight sensitivity analysis. Immutable.</summary>
public sealed class OneAtATimeResult
{
    internal OneAtATimeResult(string method, int criterion, string criterionId, int topK, McdaResult baseline, ImmutableArray<WeightChangeScenario> scenarios)
    {
        Method = method;
        CriterionIndex = criterion;
        CriterionId = criterionId;
        TopK = topK;
        Baseline = baseline;
        Scenarios = scenarios;
    }

    /// <summary>Gets the method's display name.</summary>
    public string Method { get; }

    /// <summary>Gets the index of the criterion whose weight changed.</summary>
    public int CriterionIndex { get; }

    /// <summary>Gets the id of the criterion whose weight changed.</summary>
    public string CriterionId { get; }

    /// <summary>Gets the size of the top list tracked by <see cref="WeightChangeScenario.TopKChanged"/>.</summary>
    public int TopK { get; }

    /// <summary>Gets the evaluation with the base weights.</summary>
    public McdaResult Baseline { get; }

    /// <summary>Gets one scenario per change, in the order given.</summary>
    public ImmutableArray<WeightChangeScenario> Scenarios { get; }

    /// <summary>Gets the changes whose best alternative differs from the baseline's.</summary>
    public ImmutableArray<double> TopChanges => [.. Scenarios.Where(s => s.TopChanged).Select(s => s.Change)];
}

/// <summary>One re-evaluation of a one-at-a-time sensitivity analysis. Immutable.</summary>
public sealed class WeightChangeScenario
{
    internal WeightChangeScenario(double change, CriteriaWeights weights, McdaResult result, bool topChanged, bool topKChanged, double? spearman)
    {
        Change = change;
        Weights = weights;
        Result = result;
        TopChanged = topChanged;
        TopKChanged = topKChanged;
        SpearmanToBaseline = spearman;
    }

    /// <summary>Gets the relative change p of the varied weight.</summary>
    public double Change { get; }

    /// <summary>Gets the weights used (the varied one w_k(1 + p), the others re-scaled).</summary>
    public CriteriaWeights Weights { get; }

    /// <summary>Gets the evaluation with these weights (preferences, ranking, intermediates).</summary>
    public McdaResult Result { get; }

    /// <summary>Gets the preference values.</summary>
    public ImmutableArray<double> Preferences => Result.Preferences;

    /// <summary>Gets the ranking.</summary>
    public Ranking Ranking => Result.Ranking;

    /// <summary>Gets a value indicating whether the best alternative differs from the baseline's.</summary>
    public bool TopChanged { get; }

    /// <summary>Gets a value indicating whether the set of the top-k alternatives differs from the baseline's.</summary>
    public bool TopKChanged { get; }

    /// <summary>Gets Spearman's ρ between this ranking and the baseline's, or null when undefined (every alternative tied).</summary>
    public double? SpearmanToBaseline { get; }
}
