using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Pmo.Core.Risk;

/// <summary>How a multi-dimensional impact is combined.</summary>
public enum ImpactAggregationKind
{
    /// <summary>The highest impact level (and value) over the dimensions, before lookup (Oracle Primavera "Highest Impact").</summary>
    Max = 0,

    /// <summary>The mean level over the assessed dimensions, rounded half up, before lookup (Oracle Primavera "Average Impact").</summary>
    Mean = 1,

    /// <summary>The weighted mean level, rounded half up, before lookup.</summary>
    WeightedMean = 2,

    /// <summary>Each dimension scored on its own, then the highest score taken.</summary>
    PerDimensionMax = 3,
}

/// <summary>
/// How a <see cref="RiskScoringModel"/> combines the impact levels of several dimensions.
/// </summary>
/// <remarks>
/// <para>
/// <b>Before lookup</b> (<see cref="Max"/>, <see cref="Mean"/>, <see cref="WeightedMean"/>): the aggregated level is
/// L = max ℓ_d, or round-half-up(Σ w_d ℓ_d / Σ w_d) over the dimensions the assessment has (ties within 1e-9 go up);
/// the aggregated value I (numeric and formula methods) is the max, or the (weighted) mean, of the dimensions' level
/// values, unrounded (level and value are aggregated separately, so both stay monotone). The matrix or ordinal product
/// then uses L.
/// </para>
/// <para>
/// <b>Per dimension</b> (<see cref="PerDimensionMax"/>): each dimension d is scored on its own, s_d = score(p, ℓ_d), and
/// the highest s_d is taken (its dimension is reported as the driver).
/// </para>
/// <para>
/// <b>When they differ.</b> Every method here is non-decreasing in the impact level and value (matrices are validated
/// monotone), so max-then-score equals score-then-max: <see cref="Max"/> and <see cref="PerDimensionMax"/> give the same
/// score (they may name a different driving dimension on ties). They would differ only on a non-monotone matrix, which
/// <see cref="RiskMatrix"/> rejects. Averaging does not commute with lookup: on an asymmetric matrix the cell of the
/// mean level differs from the per-dimension cells — cost at level 1 and schedule at level 5 give Mean → level 3, whose
/// PMBOK cell (P = 0.5) is 0.10 (moderate) while <see cref="PerDimensionMax"/> reports the level-5 cell, 0.40 (high).
/// Oracle Primavera offers "Highest Impact" and "Average Impact" (and, in P6, "Average of Individual Scores") for
/// the same reason.
/// </para>
/// </remarks>
public sealed class ImpactAggregation
{
    private ImpactAggregation(ImpactAggregationKind kind, ImmutableSortedDictionary<string, double> weights)
    {
        Kind = kind;
        Weights = weights;
    }

    /// <summary>Gets the highest level over the dimensions, before lookup.</summary>
    public static ImpactAggregation Max { get; } = new(ImpactAggregationKind.Max, ImmutableSortedDictionary<string, double>.Empty);

    /// <summary>Gets the mean level (rounded half up), before lookup.</summary>
    public static ImpactAggregation Mean { get; } = new(ImpactAggregationKind.Mean, ImmutableSortedDictionary<string, double>.Empty);

    /// <summary>Gets per-dimension scoring, then the highest score.</summary>
    public static ImpactAggregation PerDimensionMax { get; } = new(ImpactAggregationKind.PerDimensionMax, ImmutableSortedDictionary<string, double>.Empty);

    /// <summary>Gets the kind.</summary>
    public ImpactAggregationKind Kind { get; }

    /// <summary>Gets the weight per dimension id (empty unless <see cref="ImpactAggregationKind.WeightedMean"/>).</summary>
    public ImmutableSortedDictionary<string, double> Weights { get; }

    /// <summary>Creates a weighted-mean aggregation.</summary>
    /// <param name="weights">A weight per dimension id: finite, zero or positive, not all zero; ids non-blank and unique.</param>
    /// <returns>The aggregation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is blank or repeated, there is no weight, or all weights are zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is NaN, infinite or negative.</exception>
    public static ImpactAggregation WeightedMean(IEnumerable<KeyValuePair<string, double>> weights)
    {
        Guard.Against.Null(weights);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        double sum = 0;
        foreach (KeyValuePair<string, double> kv in weights)
        {
            if (string.IsNullOrWhiteSpace(kv.Key))
            {
                throw new ArgumentException($"{nameof(weights)} contains a blank dimension id.", nameof(weights));
            }

            if (!double.IsFinite(kv.Value) || kv.Value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), kv.Value, $"{nameof(weights)}['{kv.Key}'] must be a finite number, zero or positive (got {kv.Value}).");
            }

            if (!builder.TryAdd(kv.Key, kv.Value))
            {
                throw new ArgumentException($"{nameof(weights)} contains the dimension '{kv.Key}' more than once.", nameof(weights));
            }

            sum += kv.Value;
        }

        if (sum <= 0)
        {
            throw new ArgumentException($"{nameof(weights)} must contain at least one positive weight.", nameof(weights));
        }

        return new ImpactAggregation(ImpactAggregationKind.WeightedMean, builder.ToImmutable());
    }

    /// <inheritdoc/>
    public override string ToString() => Kind == ImpactAggregationKind.WeightedMean
        ? $"{Kind}({string.Join(", ", Weights.Select(kv => $"{kv.Key}={kv.Value}"))})"
        : Kind.ToString();
}
