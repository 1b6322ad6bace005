using System.Numerics;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>The triangular distribution on [a, b] with mode c (a ≤ c ≤ b); a = c = b is a constant.</summary>
/// <remarks>
/// <para>F(x) = (x − a)² / ((b − a)(c − a)) for a ≤ x ≤ c and 1 − (b − x)² / ((b − a)(b − c)) for c &lt; x ≤ b.</para>
/// <para>F⁻¹(u) = a + √(u (b − a)(c − a)) for u &lt; F(c) = (c − a)/(b − a), else b − √((1 − u)(b − a)(b − c)).</para>
/// <para>Mean (a + b + c)/3; variance (a² + b² + c² − ab − ac − bc)/18.</para>
/// <para>Source: S. Kotz and J. R. van Dorp, <i>Beyond Beta: Other Continuous Families of Distributions with Bounded
/// Support and Applications</i>, World Scientific, 2004, ch. 1; D. Vose, <i>Risk Analysis: A Quantitative Guide</i>,
/// 3rd ed., Wiley, 2008, §III.7. The batch quantile is vectorised with one square root per element (the argument is
/// chosen before the root), bit-identical to <see cref="Distribution.Quantile"/>.</para>
/// </remarks>
public sealed class TriangularDistribution : Distribution
{
    private readonly double leftScale;   // (b − a)(c − a)
    private readonly double rightScale;  // (b − a)(b − c)
    private readonly double modeCdf;     // (c − a)/(b − a)

    /// <summary>Creates the distribution.</summary>
    /// <param name="minimum">a: finite.</param>
    /// <param name="mode">c (most likely): finite, a ≤ c ≤ b.</param>
    /// <param name="maximum">b: finite, b ≥ a.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is NaN or infinite, or the order a ≤ c ≤ b is violated; or the mean or variance overflows the double range (<c>ParamName</c> <c>maximum</c>).</exception>
    public TriangularDistribution(double minimum, double mode, double maximum)
    {
        Guard.Against.NotFinite(minimum);
        Guard.Against.NotFinite(mode);
        Guard.Against.NotFinite(maximum);
        if (mode < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"{nameof(mode)} ({mode:R}) must be ≥ {nameof(minimum)} ({minimum:R}).");
        }

        if (maximum < mode)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"{nameof(maximum)} ({maximum:R}) must be ≥ {nameof(mode)} ({mode:R}).");
        }

        double range = maximum - minimum;
        if (double.IsInfinity(range))
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"{nameof(maximum)} − {nameof(minimum)} overflows ({maximum:R} − {minimum:R}).");
        }

        Min = minimum;
        Mode = mode;
        Max = maximum;
        leftScale = range * (mode - minimum);
        rightScale = range * (maximum - mode);
        modeCdf = range > 0 ? (mode - minimum) / range : 1;

        EnsureFiniteMoments(nameof(maximum));
    }

    /// <summary>Gets a (the minimum).</summary>
    public double Min { get; }

    /// <summary>Gets c (the mode, most likely value).</summary>
    public double Mode { get; }

    /// <summary>Gets b (the maximum).</summary>
    public double Max { get; }

    /// <inheritdoc/>
    public override double Mean => (Min + Mode + Max) / 3;

    /// <inheritdoc/>
    public override double Variance => IsConstant ? 0 : ((Min * Min) + (Max * Max) + (Mode * Mode) - (Min * Max) - (Min * Mode) - (Max * Mode)) / 18;

    /// <inheritdoc/>
    public override double Minimum => Min;

    /// <inheritdoc/>
    public override double Maximum => Max;

    /// <inheritdoc/>
    public override string ToString() => $"Triangular({Min:R}, {Mode:R}, {Max:R})";

    /// <inheritdoc/>
    protected override double CdfCore(double x)
    {
        if (x >= Max)
        {
            return 1; // first: a constant (a = b) has F(c) = 1
        }

        if (x <= Min)
        {
            return 0; // F(a) = 0 for a < b; the left formula would be 0/0 when c = a
        }

        return x <= Mode ? (x - Min) * (x - Min) / leftScale : 1 - ((Max - x) * (Max - x) / rightScale);
    }

    /// <inheritdoc/>
    protected internal override double QuantileCore(double probability)
    {
        double u = probability;
        bool left = u < modeCdf;
        double arg = left ? u * leftScale : (1 - u) * rightScale;
        double root = Math.Sqrt(arg);
        return left ? Min + root : Max - root;
    }

    /// <inheritdoc/>
    protected internal override void QuantilesCore(ReadOnlySpan<double> probabilities, Span<double> destination)
    {
        int n = probabilities.Length;
        int i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var fc = new Vector<double>(modeCdf);
            var ls = new Vector<double>(leftScale);
            var rs = new Vector<double>(rightScale);
            var a = new Vector<double>(Min);
            var b = new Vector<double>(Max);
            ReadOnlySpan<Vector<double>> pv = MemoryMarshal.Cast<double, Vector<double>>(probabilities);
            Span<Vector<double>> dv = MemoryMarshal.Cast<double, Vector<double>>(destination);
            for (int k = 0; k < pv.Length; k++)
            {
                Vector<double> u = pv[k];
                Vector<long> left = Vector.LessThan(u, fc);
                Vector<double> arg = Vector.ConditionalSelect(left, u * ls, (Vector<double>.One - u) * rs);
                Vector<double> root = Vector.SquareRoot(arg);
                dv[k] = Vector.ConditionalSelect(left, a + root, b - root);
            }

            i = pv.Length * Vector<double>.Count;
        }

        for (; i < n; i++)
        {
            destination[i] = QuantileCore(probabilities[i]);
        }
    }
}
