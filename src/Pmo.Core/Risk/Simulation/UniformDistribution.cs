using System.Numerics;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>The continuous uniform distribution on [a, b] (a ≤ b; a = b is a constant).</summary>
/// <remarks>
/// <para>F(x) = (x − a)/(b − a) on [a, b]; F⁻¹(u) = min(b, a + u(b − a)) (the min only guards against the last-ulp
/// rounding of a + u(b − a) above b); mean (a + b)/2; variance (b − a)²/12 (N. L. Johnson, S. Kotz and N. Balakrishnan,
/// <i>Continuous Univariate Distributions</i>, vol. 2, 2nd ed., Wiley, 1995, ch. 26).</para>
/// <para>The batch quantile is vectorised with <see cref="Vector{T}"/> (the same multiply, add and min as the scalar
/// path, no fused multiply-add), so it is bit-identical to <see cref="Distribution.Quantile"/>.</para>
/// </remarks>
public sealed class UniformDistribution : Distribution
{
    private readonly double range;

    /// <summary>Creates the distribution.</summary>
    /// <param name="minimum">a: finite.</param>
    /// <param name="maximum">b: finite, ≥ a; b − a must not overflow.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is NaN or infinite, b &lt; a, or b − a, the mean or the variance overflows the double range.</exception>
    public UniformDistribution(double minimum, double maximum)
    {
        Guard.Against.NotFinite(minimum);
        Guard.Against.NotFinite(maximum);
        if (maximum < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"{nameof(maximum)} ({maximum:R}) must be ≥ {nameof(minimum)} ({minimum:R}).");
        }

        range = maximum - minimum;
        if (double.IsInfinity(range))
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"{nameof(maximum)} − {nameof(minimum)} overflows ({maximum:R} − {minimum:R}).");
        }

        Min = minimum;
        Max = maximum;

        EnsureFiniteMoments(nameof(maximum));
    }

    /// <summary>Gets a (the minimum).</summary>
    public double Min { get; }

    /// <summary>Gets b (the maximum).</summary>
    public double Max { get; }

    /// <inheritdoc/>
    public override double Mean => range == 0 ? Min : Min + (range / 2);

    /// <inheritdoc/>
    public override double Variance => range * range / 12;

    /// <inheritdoc/>
    public override double Minimum => Min;

    /// <inheritdoc/>
    public override double Maximum => Max;

    /// <inheritdoc/>
    public override string ToString() => $"Uniform({Min:R}, {Max:R})";

    /// <inheritdoc/>
    protected override double CdfCore(double x)
    {
        if (x < Min)
        {
            return 0;
        }

        return x >= Max ? 1 : (x - Min) / range;
    }

    /// <inheritdoc/>
    protected internal override double QuantileCore(double probability) =>
        probability == 1 ? Max : Math.Min(Max, Min + (probability * range));

    /// <inheritdoc/>
    protected internal override void QuantilesCore(ReadOnlySpan<double> probabilities, Span<double> destination)
    {
        int n = probabilities.Length;
        int i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var a = new Vector<double>(Min);
            var w = new Vector<double>(range);
            var b = new Vector<double>(Max);
            ReadOnlySpan<Vector<double>> pv = MemoryMarshal.Cast<double, Vector<double>>(probabilities);
            Span<Vector<double>> dv = MemoryMarshal.Cast<double, Vector<double>>(destination);
            for (int k = 0; k < pv.Length; k++)
            {
                dv[k] = Vector.Min(b, a + (pv[k] * w));
            }

            i = pv.Length * Vector<double>.Count;
        }

        for (; i < n; i++)
        {
            destination[i] = Math.Min(Max, Min + (probabilities[i] * range));
        }
    }
}
