using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>
/// The distribution of weight vectors sampled by <see cref="Smaa"/>: uniform on the weight simplex, or uniform on the
/// part of the simplex inside per-criterion bounds. Immutable.
/// </summary>
/// <remarks>
/// Uniform weights on the simplex {w ≥ 0, Σw = 1} are drawn as normalised exponentials, w_j = E_j / Σ_k E_k with
/// E_j = −ln U_j, U_j uniform in (0, 1) (the flat Dirichlet(1, …, 1); Rubinstein, R. Y., 1982, "Generating random vectors
/// uniformly distributed inside and on the surface of different regions", EJOR 10(2); equivalent to the sorted-uniforms
/// construction of Tervonen, T. and Lahdelma, R., 2007, "Implementing stochastic multicriteria acceptability analysis",
/// EJOR 178(2):500–513). Bounded weights are drawn the way Tervonen and Lahdelma describe for interval
/// constraints: a uniform simplex draw is rejected until it lies within the bounds, which keeps the distribution uniform on
/// the constrained region. <see cref="SmaaOptions.MaxRejectionsPerSample"/> caps the draws per accepted sample.
/// </remarks>
public sealed class SmaaWeightDistribution
{
    private SmaaWeightDistribution(ImmutableArray<double> lower, ImmutableArray<double> upper)
    {
        Lower = lower;
        Upper = upper;
    }

    /// <summary>Gets the uniform distribution on the whole weight simplex ("no weight information").</summary>
    public static SmaaWeightDistribution Uniform { get; } = new([], []);

    /// <summary>Gets the lower bounds, one per criterion (empty for <see cref="Uniform"/>).</summary>
    public ImmutableArray<double> Lower { get; }

    /// <summary>Gets the upper bounds, one per criterion (empty for <see cref="Uniform"/>).</summary>
    public ImmutableArray<double> Upper { get; }

    /// <summary>Gets a value indicating whether the weights are uniform on the whole simplex.</summary>
    public bool IsUniform => Lower.IsEmpty;

    /// <summary>Creates the uniform distribution on the part of the simplex where lower_j ≤ w_j ≤ upper_j.</summary>
    /// <param name="lower">The lower bounds, each in [0, 1].</param>
    /// <param name="upper">The upper bounds, each in [lower_j, 1], as many as <paramref name="lower"/>.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentException">The lengths differ or are zero; Σ lower &gt; 1 or Σ upper &lt; 1 (no weight vector satisfies the bounds).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite or outside [0, 1]; an upper bound is below its lower bound.</exception>
    [Pure]
    public static SmaaWeightDistribution Bounded(ReadOnlySpan<double> lower, ReadOnlySpan<double> upper)
    {
        if (lower.IsEmpty)
        {
            throw new ArgumentException("At least one bound is needed.", nameof(lower));
        }

        if (upper.Length != lower.Length)
        {
            throw new ArgumentException($"upper has {upper.Length} bounds but lower has {lower.Length}.", nameof(upper));
        }

        double sumLower = 0, sumUpper = 0;
        for (int j = 0; j < lower.Length; j++)
        {
            if (!double.IsFinite(lower[j]) || lower[j] < 0 || lower[j] > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(lower), lower[j], string.Create(CultureInfo.InvariantCulture, $"lower[{j}] must lie in [0, 1] (got {lower[j]})."));
            }

            if (!double.IsFinite(upper[j]) || upper[j] < lower[j] || upper[j] > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(upper), upper[j], string.Create(CultureInfo.InvariantCulture, $"upper[{j}] must lie in [lower[{j}] = {lower[j]}, 1] (got {upper[j]})."));
            }

            sumLower += lower[j];
            sumUpper += upper[j];
        }

        if (sumLower > 1)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The lower bounds sum to {sumLower} > 1: no weight vector satisfies them."), nameof(lower));
        }

        if (sumUpper < 1)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The upper bounds sum to {sumUpper} < 1: no weight vector satisfies them."), nameof(upper));
        }

        return new SmaaWeightDistribution([.. lower], [.. upper]);
    }

    /// <summary>Creates bounds w_j (1 − spread) ≤ w ≤ w_j (1 + spread) around given weights.</summary>
    /// <param name="weights">The central weights.</param>
    /// <param name="relativeSpread">The relative spread, in (0, 1]; every w_j (1 + spread) must be at most 1.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relativeSpread"/> is outside (0, 1] or pushes an upper bound above 1 (never clipped silently).</exception>
    [Pure]
    public static SmaaWeightDistribution Around(CriteriaWeights weights, double relativeSpread)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (!double.IsFinite(relativeSpread) || relativeSpread <= 0 || relativeSpread > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(relativeSpread), relativeSpread, string.Create(CultureInfo.InvariantCulture, $"relativeSpread must lie in (0, 1] (got {relativeSpread})."));
        }

        double[] lo = new double[weights.Count];
        double[] hi = new double[weights.Count];
        for (int j = 0; j < lo.Length; j++)
        {
            lo[j] = weights[j] * (1 - relativeSpread);
            hi[j] = weights[j] * (1 + relativeSpread);
            if (hi[j] > 1)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(relativeSpread),
                    relativeSpread,
                    string.Create(CultureInfo.InvariantCulture, $"relativeSpread {relativeSpread} gives weight {j} the upper bound {weights[j]} × (1 + {relativeSpread}) = {hi[j]} > 1; use Bounded with explicit bounds."));
            }
        }

        return Bounded(lo, hi);
    }
}

/// <summary>Options of an <see cref="Smaa"/> run. Validated by <see cref="Smaa.Run"/>.</summary>
public sealed class SmaaOptions
{
    /// <summary>Gets the number of accepted weight samples, in [1, 100,000,000]; default 10,000.</summary>
    public int Samples { get; init; } = 10_000;

    /// <summary>Gets the random seed; the same seed gives bit-identical results whatever the degree of parallelism.</summary>
    public ulong Seed { get; init; }

    /// <summary>Gets the largest number of threads, or null for all processors; 1 runs on the calling thread.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Gets the weight distribution; default <see cref="SmaaWeightDistribution.Uniform"/>.</summary>
    public SmaaWeightDistribution Weights { get; init; } = SmaaWeightDistribution.Uniform;

    /// <summary>Gets the largest number of simplex draws per accepted sample under bounded weights, in [1, 10,000,000]; default 100,000: the run fails when this many draws in a row fall outside the bounds (so at most this number minus one are rejected before a sample is accepted).</summary>
    public int MaxRejectionsPerSample { get; init; } = 100_000;
}
