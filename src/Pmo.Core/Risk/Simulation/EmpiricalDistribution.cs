using Ardalis.GuardClauses;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// The empirical distribution of a sample x₍₁₎ ≤ … ≤ x₍ₙ₎ with a piecewise-linear CDF through the order statistics,
/// F(x₍ᵢ₎) = (i − 1)/(n − 1): its quantile is the Hyndman–Fan type 7 sample quantile (R's and Excel PERCENTILE.INC's
/// default). Minimum x₍₁₎, maximum x₍ₙ₎; one distinct value is a constant.
/// </summary>
/// <remarks>
/// <para>F⁻¹(u) = x₍ⱼ₎ + (h − j)(x₍ⱼ₊₁₎ − x₍ⱼ₎) with h = (n − 1)u + 1, j = ⌊h⌋ (R. J. Hyndman and Y. Fan, "Sample quantiles
/// in statistical packages", <i>The American Statistician</i> 50(4), 1996, definition 7). Between consecutive order
/// statistics the distribution is uniform with mass 1/(n − 1), so the mean is (1/(n − 1))·Σᵢ (x₍ᵢ₎ + x₍ᵢ₊₁₎)/2 and the
/// variance (1/(n − 1))·Σᵢ (dᵢ² + dᵢdᵢ₊₁ + dᵢ₊₁²)/3 with dᵢ = x₍ᵢ₎ − mean (the second moment of a uniform on [p, q] about 0
/// is (p² + pq + q²)/3). These are the moments of this distribution, not the sample mean and variance (the mean gives
/// the end points half weight). Ties make F jump (F is right-continuous there). The batch quantile is the scalar one
/// per element (bit-identical).</para>
/// </remarks>
public sealed class EmpiricalDistribution : Distribution
{
    private readonly double[] sorted;

    /// <summary>Creates the distribution from a sample (copied and sorted).</summary>
    /// <param name="samples">The sample: finite values, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="samples"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite, or the mean or variance of the samples overflows the double range.</exception>
    public EmpiricalDistribution(IEnumerable<double> samples)
    {
        Guard.Against.Null(samples);
        sorted = [.. samples];
        if (sorted.Length == 0)
        {
            throw new ArgumentException($"{nameof(samples)} must not be empty.", nameof(samples));
        }

        for (int i = 0; i < sorted.Length; i++)
        {
            if (!double.IsFinite(sorted[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(samples), sorted[i], $"{nameof(samples)}[{i}] must be a finite number (got {sorted[i]}).");
            }
        }

        Array.Sort(sorted);

        EnsureFiniteMoments(nameof(samples));
    }

    /// <summary>Gets the sorted sample (the order statistics).</summary>
    public IReadOnlyList<double> SortedSamples => sorted;

    /// <inheritdoc/>
    public override double Mean
    {
        get
        {
            int n = sorted.Length;
            if (n == 1 || IsConstant)
            {
                return sorted[0];
            }

            double sum = (sorted[0] + sorted[n - 1]) / 2;
            for (int i = 1; i < n - 1; i++)
            {
                sum += sorted[i];
            }

            return sum / (n - 1);
        }
    }

    /// <inheritdoc/>
    public override double Variance
    {
        get
        {
            int n = sorted.Length;
            if (n == 1 || IsConstant)
            {
                return 0;
            }

            double mean = Mean;
            double sum = 0;
            for (int i = 0; i < n - 1; i++)
            {
                double p = sorted[i] - mean, q = sorted[i + 1] - mean;
                sum += ((p * p) + (p * q) + (q * q)) / 3;
            }

            return sum / (n - 1);
        }
    }

    /// <inheritdoc/>
    public override double Minimum => sorted[0];

    /// <inheritdoc/>
    public override double Maximum => sorted[^1];

    /// <inheritdoc/>
    public override string ToString() => $"Empirical(n = {sorted.Length}, [{Minimum:R}, {Maximum:R}])";

    /// <inheritdoc/>
    protected override double CdfCore(double x)
    {
        if (x < sorted[0])
        {
            return 0;
        }

        if (x >= sorted[^1])
        {
            return 1;
        }

        // The largest j with sorted[j] ≤ x (j < n − 1 here, and sorted[j + 1] > x ≥ sorted[j]).
        int lo = 0, hi = sorted.Length - 1;
        while (hi - lo > 1)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return (lo + ((x - sorted[lo]) / (sorted[lo + 1] - sorted[lo]))) / (sorted.Length - 1);
    }

    /// <inheritdoc/>
    protected internal override double QuantileCore(double probability)
    {
        int n = sorted.Length;
        double h = (n - 1) * probability;
        int j = (int)Math.Floor(h);
        if (j >= n - 1)
        {
            return sorted[n - 1];
        }

        return sorted[j] + ((h - j) * (sorted[j + 1] - sorted[j]));
    }
}
