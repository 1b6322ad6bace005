using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>Summary statistics of simulated values (a finish or a cost distribution).</summary>
/// <remarks>
/// Mean Σx/n (summed in iteration order), standard deviation with the n − 1 divisor (two-pass), minimum, maximum and
/// percentiles of the sorted sample with a documented <see cref="PercentileDefinition"/> (default nearest rank: the
/// smallest simulated value with at least p·n values at or below it, the convention of "P80 = 80 % of iterations
/// finish by then"; R. J. Hyndman and Y. Fan, "Sample quantiles in statistical packages", <i>The American
/// Statistician</i> 50(4), 1996, definition 1/2).
/// </remarks>
public sealed class SampleSummary
{
    /// <summary>The percentiles reported by <see cref="StandardPercentiles"/>: P5, P10, P20, …, P90, P95.</summary>
    public static readonly ImmutableArray<double> ReportedLevels = [0.05, 0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90, 0.95];

    private readonly double[] sorted;

    internal SampleSummary(ReadOnlySpan<double> values)
    {
        Count = values.Length;
        (Mean, StandardDeviation) = Moments(values);
        sorted = values.ToArray();
        Array.Sort(sorted);
        Minimum = sorted[0];
        Maximum = sorted[^1];
        StandardPercentiles = [.. ReportedLevels.Select(p => new PercentileValue(p, Percentile(p)))];
    }

    /// <summary>Summarises values from anywhere (another simulator, a history of actual durations): the same statistics,
    /// percentiles, histogram and S-curve a <see cref="SimulationResult"/> gives for its finish and cost.</summary>
    /// <param name="values">The values: at least one, each finite.</param>
    /// <returns>The summary (the values are copied).</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite, or the values are so large that their mean or standard deviation overflows the double range.</exception>
    [Pure]
    public static SampleSummary Of(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException($"{nameof(values)} must hold at least one value.", nameof(values));
        }

        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(values), values[i], $"{nameof(values)}[{i}] must be finite (got {values[i]}).");
            }
        }

        var summary = new SampleSummary(values);
        return double.IsFinite(summary.Mean) && double.IsFinite(summary.StandardDeviation)
            ? summary
            : throw new ArgumentOutOfRangeException(nameof(values), $"The mean ({summary.Mean}) or standard deviation ({summary.StandardDeviation}) of {nameof(values)} overflows the double range; the values are too large.");
    }

    /// <summary>Mean Σx/n in order and two-pass standard deviation (n − 1 divisor; 0 for one value), without copying.</summary>
    internal static (double Mean, double StandardDeviation) Moments(ReadOnlySpan<double> values)
    {
        int n = values.Length;
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        double mean = sum / n;
        double ss = 0;
        foreach (double v in values)
        {
            double d = v - mean;
            ss += d * d;
        }

        return (mean, n > 1 ? Math.Sqrt(ss / (n - 1)) : 0);
    }

    /// <summary>Gets the number of values.</summary>
    public int Count { get; }

    /// <summary>Gets the mean.</summary>
    public double Mean { get; }

    /// <summary>Gets the sample standard deviation (n − 1 divisor; 0 for one value).</summary>
    public double StandardDeviation { get; }

    /// <summary>Gets the smallest value.</summary>
    public double Minimum { get; }

    /// <summary>Gets the largest value.</summary>
    public double Maximum { get; }

    /// <summary>Gets P5, P10, P20 … P90, P95 (nearest rank).</summary>
    public ImmutableArray<PercentileValue> StandardPercentiles { get; }

    /// <summary>Gets the sorted values.</summary>
    public ReadOnlySpan<double> SortedValues => sorted;

    /// <summary>A percentile of the values.</summary>
    /// <param name="p">The level in [0, 1].</param>
    /// <param name="definition">The estimator; default nearest rank.</param>
    /// <returns>The percentile.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="p"/> is outside [0, 1], or outside [1/(n + 1), n/(n + 1)] under
    /// <see cref="PercentileDefinition.LinearExclusive"/> (where that definition is undefined; <see cref="Percentiles.Compute"/>
    /// returns <see langword="null"/> there instead); <paramref name="definition"/> is undefined.
    /// </exception>
    [Pure]
    public double Percentile(double p, PercentileDefinition definition = PercentileDefinition.NearestRank)
    {
        Guard.Against.NotInRange(p, 0, 1, true, true);
        Percentiles.CheckDefinition(definition);
        return Percentiles.Kernel(sorted, p, definition)
            ?? throw new ArgumentOutOfRangeException(nameof(p), p, $"{nameof(p)} = {p.ToString("R", CultureInfo.InvariantCulture)} is outside [1/(n + 1), n/(n + 1)] for n = {sorted.Length}, where the {definition} percentile is undefined; use NearestRank or LinearInclusive, or Percentiles.Compute, which returns null there.");
    }

    /// <summary>The empirical probability P(X ≤ x): the fraction of values at or below <paramref name="x"/>.</summary>
    /// <param name="x">The value (not NaN).</param>
    /// <returns>The fraction in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN.</exception>
    [Pure]
    public double ProbabilityAtOrBelow(double x)
    {
        if (double.IsNaN(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, $"{nameof(x)} must not be NaN.");
        }

        return (double)UpperBound(sorted, x) / Count;
    }

    /// <summary>An equal-width histogram between <see cref="Minimum"/> and <see cref="Maximum"/>.</summary>
    /// <param name="bins">The number of bins, 1 … 10,000.</param>
    /// <returns>The histogram (one bin of width 0 when all values are equal).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is outside [1, 10,000].</exception>
    [Pure]
    public Histogram Histogram(int bins = 30)
    {
        if (bins is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(bins), bins, $"{nameof(bins)} must be in [1, 10,000] (got {bins}).");
        }

        if (Minimum == Maximum)
        {
            return new Histogram([Minimum, Maximum], [Count], Count);
        }

        double width = (Maximum - Minimum) / bins;
        double[] edges = new double[bins + 1];
        for (int k = 0; k <= bins; k++)
        {
            edges[k] = k == bins ? Maximum : Minimum + (k * width);
        }

        int[] counts = new int[bins];
        int start = 0;
        for (int k = 0; k < bins; k++)
        {
            // Bins are [e_k, e_k+1) except the last, which is closed.
            int end = k == bins - 1 ? Count : LowerBound(sorted, edges[k + 1]);
            counts[k] = end - start;
            start = end;
        }

        return new Histogram(edges, counts, Count);
    }

    /// <summary>The S-curve (empirical cumulative distribution) at evenly spaced probability levels.</summary>
    /// <param name="points">The number of points, 2 … 10,001: levels 0, 1/(points − 1), …, 1 (0 → minimum, 1 → maximum).</param>
    /// <returns>(value, cumulative probability) pairs, nearest-rank percentiles.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is outside [2, 10,001].</exception>
    [Pure]
    public ImmutableArray<PercentileValue> SCurve(int points = 101)
    {
        if (points is < 2 or > 10_001)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, $"{nameof(points)} must be in [2, 10,001] (got {points}).");
        }

        var b = ImmutableArray.CreateBuilder<PercentileValue>(points);
        for (int k = 0; k < points; k++)
        {
            double p = (double)k / (points - 1);
            b.Add(new PercentileValue(p, k == 0 ? Minimum : Percentile(p)));
        }

        return b.MoveToImmutable();
    }

    internal static int UpperBound(double[] s, double x)
    {
        int lo = 0, hi = s.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (s[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int LowerBound(double[] s, double x)
    {
        int lo = 0, hi = s.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (s[mid] < x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>A percentile: its level and value.</summary>
/// <param name="Level">The level p in [0, 1].</param>
/// <param name="Value">The value.</param>
public readonly record struct PercentileValue(double Level, double Value);

/// <summary>An equal-width histogram.</summary>
public sealed class Histogram
{
    internal Histogram(double[] edges, int[] counts, int total)
    {
        Edges = [.. edges];
        Counts = [.. counts];
        Total = total;
    }

    /// <summary>Gets the bin edges (bins + 1 values); bin k is [Edges[k], Edges[k+1]), the last bin closed.</summary>
    public ImmutableArray<double> Edges { get; }

    /// <summary>Gets the counts per bin.</summary>
    public ImmutableArray<int> Counts { get; }

    /// <summary>Gets the number of values.</summary>
    public int Total { get; }

    /// <summary>The relative frequency of bin <paramref name="bin"/>.</summary>
    /// <param name="bin">The bin index.</param>
    /// <returns>Count / total.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bin"/> is not a bin index.</exception>
    [Pure]
    public double Frequency(int bin)
    {
        if (bin < 0 || bin >= Counts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(bin), bin, $"{nameof(bin)} must be in [0, {Counts.Length - 1}] (got {bin}).");
        }

        return (double)Counts[bin] / Total;
    }
}
