using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;

namespace Pmo.Core.Common;

/// <summary>
/// Sample percentiles under an explicit <see cref="PercentileDefinition"/>. Pure and thread-safe.
/// </summary>
/// <remarks>
/// Percentiles are given as fractions (0.85 for the 85th percentile), as Excel's <c>k</c> and R's <c>probs</c>.
/// The rank <c>p·n</c> is computed in floating point; to keep binary fractions such as 0.7 × 10 = 7.000000000000001
/// from moving a nearest rank up by one, a fuzz of 4 ulps of the rank is subtracted before rounding up (R does the same,
/// <c>fuzz = 4 * .Machine$double.eps</c>). Formulas and sources: <see cref="PercentileDefinition"/>.
/// </remarks>
public static class Percentiles
{
    /// <summary>Computes the p-th percentile of values already sorted in ascending order.</summary>
    /// <param name="sortedValues">The sample, sorted ascending, finite, not empty.</param>
    /// <param name="p">The percentile as a fraction in [0, 1].</param>
    /// <param name="definition">The percentile definition; default <see cref="PercentileDefinition.NearestRank"/>.</param>
    /// <returns>
    /// The percentile, or <see langword="null"/> when the definition does not define it for this p and sample size
    /// (only <see cref="PercentileDefinition.LinearExclusive"/> outside <c>[1/(n + 1), n/(n + 1)]</c>).
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="sortedValues"/> is empty or not sorted ascending.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="p"/> is outside [0, 1] or not finite; a value is not finite; <paramref name="definition"/> is not defined.
    /// </exception>
    [Pure]
    public static double? Compute(ReadOnlySpan<double> sortedValues, double p, PercentileDefinition definition = PercentileDefinition.NearestRank)
    {
        Guard.Against.EmptySpan(sortedValues);
        Guard.Against.NotInRange(p, 0, 1, true, true);
        CheckDefinition(definition);
        for (int i = 0; i < sortedValues.Length; i++)
        {
            if (!double.IsFinite(sortedValues[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(sortedValues), sortedValues[i], $"{nameof(sortedValues)}[{i}] must be a finite number (got {sortedValues[i]}).");
            }

            if (i > 0 && sortedValues[i] < sortedValues[i - 1])
            {
                throw new ArgumentException($"{nameof(sortedValues)} must be sorted ascending, but {nameof(sortedValues)}[{i}] = {sortedValues[i]} is below {nameof(sortedValues)}[{i - 1}] = {sortedValues[i - 1]}.", nameof(sortedValues));
            }
        }

        return Kernel(sortedValues, p, definition);
    }

    /// <summary>Computes the p-th percentile of values in any order (they are copied and sorted).</summary>
    /// <param name="values">The sample: finite, not empty, any order.</param>
    /// <param name="p">The percentile as a fraction in [0, 1].</param>
    /// <param name="definition">The percentile definition; default <see cref="PercentileDefinition.NearestRank"/>.</param>
    /// <returns>The percentile, or <see langword="null"/> when the definition does not define it (see <see cref="Compute"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="p"/> is outside [0, 1] or not finite; a value is not finite; <paramref name="definition"/> is not defined.
    /// </exception>
    [Pure]
    public static double? ComputeUnsorted(IEnumerable<double> values, double p, PercentileDefinition definition = PercentileDefinition.NearestRank)
    {
        Guard.Against.Null(values);
        double[] copy = values.ToArray();
        if (copy.Length == 0)
        {
            throw new ArgumentException($"{nameof(values)} must not be empty.", nameof(values));
        }

        for (int i = 0; i < copy.Length; i++)
        {
            if (!double.IsFinite(copy[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(values), copy[i], $"{nameof(values)}[{i}] must be a finite number (got {copy[i]}).");
            }
        }

        Array.Sort(copy);
        return Compute(copy, p, definition);
    }

    /// <summary>The 1-based nearest rank <c>max(1, ⌈p·n⌉)</c> with the fuzz described on the class, for p in [0, 1].</summary>
    internal static int NearestRank(int n, double p)
    {
        double h = p * n;
        double fuzzed = h - (4 * 2.220446049250313e-16 * Math.Max(1.0, h));
        int r = (int)Math.Ceiling(fuzzed);
        return Math.Clamp(r, 1, n);
    }

    internal static void CheckDefinition(PercentileDefinition definition, string parameterName = "definition")
    {
        if (!Enum.IsDefined(definition))
        {
            throw new ArgumentOutOfRangeException(parameterName, definition, $"{parameterName} must be a defined {nameof(PercentileDefinition)} (got {(int)definition}).");
        }
    }

    internal static double? Kernel(ReadOnlySpan<double> x, double p, PercentileDefinition definition)
    {
        int n = x.Length;
        switch (definition)
        {
            case PercentileDefinition.NearestRank:
                return x[NearestRank(n, p) - 1];
            case PercentileDefinition.LinearInclusive:
                return Interpolate(x, ((n - 1) * p) + 1);
            default:
                double h = (n + 1) * p;
                return h < 1 || h > n ? null : Interpolate(x, h);
        }
    }

    /// <summary>x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋+1) − x(⌊h⌋)) for a 1-based rank h in [1, n].</summary>
    private static double Interpolate(ReadOnlySpan<double> x, double h)
    {
        int j = (int)Math.Floor(h);
        double g = h - j;
        if (j >= x.Length || g == 0)
        {
            return x[Math.Min(j, x.Length) - 1];
        }

        double gap = x[j] - x[j - 1];
        return double.IsFinite(gap)
            ? x[j - 1] + (g * gap)
            : ((1 - g) * x[j - 1]) + (g * x[j]); // the gap of two finite values overflows only near ±double.MaxValue
    }
}
