using System.Diagnostics.Contracts;

namespace Pmo.Core.Prioritization;

/// <summary>
/// The weighted sum model (WSM, simple additive weighting): <c>V_i = Σ_j w_j · r_ij</c> over a normalised matrix; larger is better.
/// </summary>
/// <remarks>
/// Fishburn (1967), "Additive utilities with incomplete product set", <i>Operations Research</i> 15(3); Hwang and Yoon
/// (1981), <i>Multiple Attribute Decision Making</i>, §3.3.1 (SAW). The normalisation and the cost handling are options
/// (default min-max with complement, pymcdm's <c>WSM</c> convention): they change the numbers and can change the ranking.
/// </remarks>
public sealed class WeightedSum : IMcdaMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="normalization">The normalisation (default <see cref="NormalizationMethod.MinMax"/>).</param>
    /// <param name="costHandling">How cost criteria are turned (default <see cref="CostHandling.Complement"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is undefined.</exception>
    public WeightedSum(NormalizationMethod normalization = NormalizationMethod.MinMax, CostHandling costHandling = CostHandling.Complement)
    {
        Normalization.EnsureDefined(normalization, costHandling);
        NormalizationMethod = normalization;
        CostHandling = costHandling;
    }

    /// <summary>Gets the normalisation.</summary>
    public NormalizationMethod NormalizationMethod { get; }

    /// <summary>Gets the cost handling.</summary>
    public CostHandling CostHandling { get; }

    /// <summary>Gets how tied preferences are ranked (default <see cref="TiePolicy.Min"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is undefined.</exception>
    public TiePolicy TiePolicy { get; init => field = McdaChecks.DefinedTiePolicy(value); }

    /// <inheritdoc/>
    public string Name => $"Weighted sum ({NormalizationMethod} normalisation, cost {CostHandling})";

    /// <inheritdoc cref="IMcdaMethod.Evaluate"/>
    [Pure]
    public WeightedSumResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights)
    {
        McdaChecks.Evaluate(matrix, weights);
        double[] r = NormalizeMatrix(matrix);
        double[] p = new double[matrix.AlternativeCount];
        LinearScorer.Multiply(r, matrix.AlternativeCount, matrix.CriterionCount, weights.AsSpan(), p);
        return new WeightedSumResult(Name, matrix, weights, p, TiePolicy, new McdaMatrix(r, matrix.AlternativeCount, matrix.CriterionCount));
    }

    /// <inheritdoc/>
    McdaResult IMcdaMethod.Evaluate(DecisionMatrix matrix, CriteriaWeights weights) => Evaluate(matrix, weights);

    /// <inheritdoc/>
    [Pure]
    public IMcdaScorer Prepare(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new LinearScorer(NormalizeMatrix(matrix), matrix.AlternativeCount, matrix.CriterionCount, higherIsBetter: true);
    }

    private double[] NormalizeMatrix(DecisionMatrix matrix)
    {
        Normalization.ColumnMap[] maps = Normalization.Maps(matrix, NormalizationMethod, CostHandling, applyDirection: true, Name);
        double[] r = new double[matrix.Values.Length];
        Normalization.Apply(matrix, maps, r);
        return r;
    }
}

/// <summary>The result of <see cref="WeightedSum"/>: the scores and the normalised matrix.</summary>
public sealed class WeightedSumResult : McdaResult
{
    internal WeightedSumResult(string method, DecisionMatrix matrix, CriteriaWeights weights, double[] preferences, TiePolicy tiePolicy, McdaMatrix normalized)
        : base(method, matrix, weights, preferences, higherIsBetter: true, tiePolicy)
    {
        NormalizedMatrix = normalized;
    }

    /// <summary>Gets the normalised matrix <c>r_ij</c> (cost columns already turned).</summary>
    public McdaMatrix NormalizedMatrix { get; }
}
