using System.Diagnostics.Contracts;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using MathNet.Numerics;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// The Beta-PERT distribution on [a, b] with mode m and shape λ (default 4): a Beta(α, β) distribution scaled to
/// [a, b] with α = 1 + λ(m − a)/(b − a) and β = 1 + λ(b − m)/(b − a). a = m = b is a constant; m = a or m = b is
/// allowed (α = 1 or β = 1).
/// </summary>
/// <remarks>
/// <para><b>Moments (exact).</b> Mean μ = (a + λm + b)/(λ + 2); variance (μ − a)(b − μ)/(λ + 3). Derivation: α + β = λ + 2,
/// so the standard Beta mean is μ₀ = α/(α + β) = (1 + λ(m − a)/(b − a))/(λ + 2), and a + (b − a)μ₀ = (a + λm + b)/(λ + 2).
/// The Beta variance αβ/((α + β)²(α + β + 1)) = μ₀(1 − μ₀)/(λ + 3) because αβ/(α + β)² = μ₀(1 − μ₀); scaling by
/// (b − a)² and using μ − a = (b − a)μ₀, b − μ = (b − a)(1 − μ₀) gives (μ − a)(b − μ)/(λ + 3). This is the exact Beta
/// variance, not the classical PERT approximation ((b − a)/6)². Sources: D. G. Malcolm, J. H. Roseboom, C. E. Clark and
/// W. Fazar, "Application of a technique for research and development program evaluation", <i>Operations Research</i>
/// 7(5), 1959 (the PERT mean (a + 4m + b)/6); D. Vose, <i>Risk Analysis: A Quantitative Guide</i>, 3rd ed., Wiley, 2008
/// (PERT and modified PERT with shape γ = λ); the Beta moments are the standard ones (N. L. Johnson, S. Kotz and
/// N. Balakrishnan, <i>Continuous Univariate Distributions</i>, vol. 2, 2nd ed., Wiley, 1995, ch. 25).</para>
/// <para><b>CDF.</b> F(x) = I_z(α, β) with z = (x − a)/(b − a), the regularized incomplete beta function
/// (MathNet.Numerics <c>SpecialFunctions.BetaRegularized</c>).</para>
/// <para><b>Quantile (fast path, used by <see cref="Distribution.Quantile"/> and the batch kernel).</b> A per-instance
/// table (about 740 knots, 36 KB), built lazily and thread-safely on first use (about 110–180 µs; no static caches), of
/// the standard quantile on a log-linear grid: for v = min(u, 1 − u) in [2⁻²⁴, ½] each binary octave [2ᵉ, 2ᵉ⁺¹) has 16
/// equal sub-intervals; the left half stores Q_{α,β}(v), the right half 1 − Q_{β,α}(v) (1 − X ~ Beta(β, α); 1 − u is
/// exact for u ≥ ½). Each sub-interval holds the quintic Hermite polynomial through the knot values and the exact first
/// and second derivatives dQ/dv = 1/f(Q) and d²Q/dv² = −(ln f)′(Q)/f(Q)², scaled to [a, b]; the table index and the local
/// coordinate are read straight from the bits of v, and the quintic is evaluated by Estrin's scheme. The knots come from
/// marching the ODE dQ/dv = 1/f(Q) upwards from v = 2⁻²⁴ (anchored by the precise quantile, so the CDF error stays
/// relative in the tails): a fourth-order Taylor predictor, then one Newton correction whose CDF increment is a 5-point
/// Gauss–Lobatto integral of the pdf between the knots. For v &lt; 2⁻²⁴ (probability 1.2·10⁻⁷ per draw) the precise
/// quantile (<see cref="QuantilePrecise"/>) is used. Measured accuracy (tests, docs/risk-simulation.md §4):
/// |Q_fast(u) − Q(u)| ≤ 1.3·10⁻¹¹·(b − a) for α, β in [1, 5] and up to λ = 100, over u in [10⁻¹³, 1 − 10⁻¹³], where Q(u)
/// is the Newton-refined root of MathNet's regularized incomplete beta. The batch kernel is the same scalar code as
/// <see cref="Distribution.Quantile"/>, so batch and scalar results are bit-identical. The fast quantile is monotone up
/// to rounding (a few ulps at sub-interval joints).</para>
/// <para><b>Quantile (precise).</b> <see cref="QuantilePrecise"/>: safeguarded Newton–bisection on MathNet's
/// regularized incomplete beta to a relative step of 10⁻¹⁵ (accurate to the CDF's own accuracy, about 1e-15 relative).</para>
/// </remarks>
public sealed class BetaPertDistribution : Distribution
{
    /// <summary>The default shape λ = 4 of the classical PERT.</summary>
    public const double DefaultShape = 4;

    internal const int SubIntervalBits = 4;                    // 16 sub-intervals per octave
    internal const int Coefficients = 6;                       // quintic per sub-interval
    internal const int LowestExponent = -24;                   // table covers v ∈ [2^-24, 1/2]
    internal const int IntervalsPerSide = ((-1 - LowestExponent) << SubIntervalBits) + 1; // + the v = 1/2 slot
    private const int MantissaShift = 52 - SubIntervalBits;
    private const long IndexBase = (1023L + LowestExponent) << SubIntervalBits;
    private const long FractionMask = (1L << MantissaShift) - 1;
    private static readonly double FractionScale = Math.ScaleB(1.0, -MantissaShift);

    private readonly double range;
    private double[]? table;

    /// <summary>Creates the distribution.</summary>
    /// <param name="minimum">a: finite.</param>
    /// <param name="mode">m (most likely): finite, a ≤ m ≤ b.</param>
    /// <param name="maximum">b: finite, b ≥ m; b − a must not overflow.</param>
    /// <param name="shape">λ: finite, &gt; 0 (default 4).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is NaN or infinite, the order a ≤ m ≤ b is violated, b − a
    /// overflows, or λ ≤ 0; or the mean or variance overflows the double range (<c>ParamName</c> <c>maximum</c>).</exception>
    public BetaPertDistribution(double minimum, double mode, double maximum, double shape = DefaultShape)
    {
        Guard.Against.NotFinite(minimum);
        Guard.Against.NotFinite(mode);
        Guard.Against.NotFinite(maximum);
        Guard.Against.NotFinitePositive(shape);
        if (mode < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"{nameof(mode)} ({mode:R}) must be ≥ {nameof(minimum)} ({minimum:R}).");
        }

        if (maximum < mode)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"{nameof(maximum)} ({maximum:R}) must be ≥ {nameof(mode)} ({mode:R}).");
        }

        range = maximum - minimum;
        if (double.IsInfinity(range))
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"{nameof(maximum)} − {nameof(minimum)} overflows ({maximum:R} − {minimum:R}).");
        }

        Min = minimum;
        Mode = mode;
        Max = maximum;
        Shape = shape;
        if (range > 0)
        {
            Alpha = 1 + (shape * (mode - minimum) / range);
            Beta = 1 + (shape * (maximum - mode) / range);
        }
        else
        {
            Alpha = 1 + (shape / 2);
            Beta = Alpha;
        }

        EnsureFiniteMoments(nameof(maximum));
    }

    /// <summary>Gets a (the minimum).</summary>
    public double Min { get; }

    /// <summary>Gets m (the mode, most likely value).</summary>
    public double Mode { get; }

    /// <summary>Gets b (the maximum).</summary>
    public double Max { get; }

    /// <summary>Gets the shape λ.</summary>
    public double Shape { get; }

    /// <summary>Gets α = 1 + λ(m − a)/(b − a) (for a constant, a = b, by convention 1 + λ/2; unused).</summary>
    public double Alpha { get; }

    /// <summary>Gets β = 1 + λ(b − m)/(b − a) (for a constant, a = b, by convention 1 + λ/2; unused).</summary>
    public double Beta { get; }

    /// <inheritdoc/>
    public override double Mean => range > 0 ? (Min + (Shape * Mode) + Max) / (Shape + 2) : Min;

    /// <inheritdoc/>
    public override double Variance
    {
        get
        {
            if (range == 0)
            {
                return 0;
            }

            double mu = Mean;
            return (mu - Min) * (Max - mu) / (Shape + 3);
        }
    }

    /// <inheritdoc/>
    public override double Minimum => Min;

    /// <inheritdoc/>
    public override double Maximum => Max;

    /// <summary>
    /// The precise quantile: safeguarded Newton–bisection on the regularized incomplete beta function (MathNet), to a
    /// relative step of 1e-15. About 1–5 µs per call; use <see cref="Distribution.Quantile"/> (fast table) for sampling.
    /// </summary>
    /// <param name="probability">p in [0, 1].</param>
    /// <returns>F⁻¹(p).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is NaN or outside [0, 1].</exception>
    [Pure]
    public double QuantilePrecise(double probability)
    {
        Guard.Against.NotInRange(probability, 0, 1, minInclusive: true, maxInclusive: true);
        if (probability == 0 || range == 0)
        {
            return Min;
        }

        if (probability == 1)
        {
            return Max;
        }

        return probability <= 0.5
            ? Min + (range * StandardQuantile(Alpha, Beta, probability))
            : Max - (range * StandardQuantile(Beta, Alpha, 1 - probability));
    }

    /// <inheritdoc/>
    public override string ToString() => $"BetaPert({Min:R}, {Mode:R}, {Max:R}, λ = {Shape:R})";

    /// <summary>The standard Beta(α, β) quantile for p in (0, ½] (callers use the symmetry for the upper half).</summary>
    internal static double StandardQuantile(double alpha, double beta, double p)
    {
        double lnB = SpecialFunctions.BetaLn(alpha, beta);
        double lo = 0, hi = 1;

        // Start: the left-tail series x ≈ (p α B(α, β))^(1/α) capped at the mean.
        double x = Math.Min(Math.Exp((Math.Log(p * alpha) + lnB) / alpha), alpha / (alpha + beta));
        if (!(x > 0))
        {
            x = alpha / (alpha + beta);
        }

        for (int iteration = 0; iteration < 200; iteration++)
        {
            double fx = SpecialFunctions.BetaRegularized(alpha, beta, x) - p;
            if (fx == 0)
            {
                return x;
            }

            if (fx > 0)
            {
                hi = x;
            }
            else
            {
                lo = x;
            }

            double pdf = Density(alpha, beta, lnB, x);
            double next = x - (fx / pdf);
            if (!(next > lo && next < hi))
            {
                next = 0.5 * (lo + hi);
            }

            if (Math.Abs(next - x) <= 1e-15 * x || hi - lo <= 1e-300)
            {
                return next;
            }

            x = next;
        }

        return x;
    }

    /// <inheritdoc/>
    protected override double CdfCore(double x)
    {
        if (x < Min)
        {
            return 0;
        }

        if (x >= Max)
        {
            return 1;
        }

        return SpecialFunctions.BetaRegularized(Alpha, Beta, (x - Min) / range);
    }

    /// <inheritdoc/>
    protected internal override double QuantileCore(double probability)
    {
        if (range == 0 || probability == 0)
        {
            return Min;
        }

        if (probability == 1)
        {
            return Max;
        }

        return Fast(Table, probability);
    }

    /// <inheritdoc/>
    protected internal override void QuantilesCore(ReadOnlySpan<double> probabilities, Span<double> destination)
    {
        if (range == 0)
        {
            destination[..probabilities.Length].Fill(Min);
            return;
        }

        double[] t = Table;
        for (int i = 0; i < probabilities.Length; i++)
        {
            destination[i] = Fast(t, probabilities[i]);
        }
    }

    private static double Density(double alpha, double beta, double lnB, double x) =>
        Math.Exp(((alpha - 1) * Math.Log(x)) + ((beta - 1) * Math.Log(1 - x)) - lnB);

    private double[] Table => Volatile.Read(ref table) ?? Publish();

    private double[] Publish()
    {
        double[] built = BuildTable();
        return Interlocked.CompareExchange(ref table, built, null) ?? built;
    }

    /// <summary>The fast quantile for u in (0, 1): table look-up and a cubic, or the precise path for v &lt; 2^-24.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Fast(double[] t, double u)
    {
        // side = 1 when u > 1/2 (the sign bit of 1/2 − u); v = min(u, 1 − u), exact (1 − 2u is exact for u ≥ 1/2).
        unchecked
        {
            long side = (long)(BitConverter.DoubleToUInt64Bits(0.5 - u) >> 63);
            double v = u + (side * (1 - (2 * u)));
            long bits = BitConverter.DoubleToInt64Bits(v);
            long index = (bits >> MantissaShift) - IndexBase;
            if (index < 0)
            {
                return DeepTail(u, v, side);
            }

            double f = (bits & FractionMask) * FractionScale;
            var c = new ReadOnlySpan<double>(t, (int)(((side * IntervalsPerSide) + index) * Coefficients), Coefficients);

            // Estrin's scheme (shorter dependency chain than Horner): (c0 + c1 f) + f²((c2 + c3 f) + f²(c4 + c5 f)).
            double c45 = c[4] + (f * c[5]);
            double c23 = c[2] + (f * c[3]);
            double c01 = c[0] + (f * c[1]);
            double f2 = f * f;
            return c01 + (f2 * (c23 + (f2 * c45)));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private double DeepTail(double u, double v, long side)
    {
        if (v == 0)
        {
            return side == 0 ? Min : Max; // u = 0 or 1 (allowed by the public, validated Quantiles)
        }

        return side == 0
            ? Min + (range * StandardQuantile(Alpha, Beta, u))
            : Max - (range * StandardQuantile(Beta, Alpha, v));
    }

    private double[] BuildTable()
    {
        const int knots = IntervalsPerSide; // knots k = 0 … IntervalsPerSide − 1, the last one at v = 1/2
        var result = new double[2 * IntervalsPerSide * Coefficients];
        double[] y = new double[knots];
        double[] slope = new double[knots];
        double[] curvature = new double[knots];
        for (int side = 0; side < 2; side++)
        {
            double alpha = side == 0 ? Alpha : Beta;
            double beta = side == 0 ? Beta : Alpha;
            March(alpha, beta, y, slope, curvature);
            double origin = side == 0 ? Min : Max;
            double w = side == 0 ? range : -range;
            int baseIndex = side * IntervalsPerSide * Coefficients;
            for (int k = 0; k < knots - 1; k++)
            {
                // Quintic Hermite on t ∈ [0, 1]: values, first and second derivatives (scaled by Δv, Δv²) at both ends.
                double dv = Math.ScaleB(1.0, LowestExponent + (k >> SubIntervalBits) - SubIntervalBits);
                double m0 = slope[k] * dv, m1 = slope[k + 1] * dv;
                double s0 = curvature[k] * dv * dv, s1 = curvature[k + 1] * dv * dv;
                double d = y[k + 1] - y[k] - m0 - (s0 / 2);
                double e = m1 - m0 - s0;
                double g = s1 - s0;
                int o = baseIndex + (k * Coefficients);
                result[o] = origin + (w * y[k]);
                result[o + 1] = w * m0;
                result[o + 2] = w * (s0 / 2);
                result[o + 3] = w * ((10 * d) - (4 * e) + (g / 2));
                result[o + 4] = w * ((-15 * d) + (7 * e) - g);
                result[o + 5] = w * ((6 * d) - (3 * e) + (g / 2));
            }

            result[baseIndex + ((knots - 1) * Coefficients)] = origin + (w * y[knots - 1]);
        }

        return result;
    }

    /// <summary>Knot value v_k of the log-linear grid (k = 0 … IntervalsPerSide − 1; the last is 1/2).</summary>
    internal static double Knot(int k) =>
        Math.ScaleB(1.0 + ((k & ((1 << SubIntervalBits) - 1)) * Math.ScaleB(1.0, -SubIntervalBits)), LowestExponent + (k >> SubIntervalBits));

    /// <summary>
    /// Marches Q_{α,β}(v), dQ/dv and d²Q/dv² upwards from v = 2^-24 (anchored by the precise quantile, so the CDF error
    /// stays relative in the tail) to v = 1/2: Taylor predictor of order 4 of the ODE dQ/dv = 1/f(Q), then one Newton
    /// correction whose CDF increment is a 5-point Gauss–Lobatto integral of the pdf.
    /// </summary>
    private static void March(double alpha, double beta, double[] y, double[] slope, double[] curvature)
    {
        const double LobattoNode = 0.6546536707079771; // √(3/7)
        const double WEnd = 0.1, WNode = 49.0 / 90.0, WMid = 32.0 / 45.0;
        double am1 = alpha - 1, bm1 = beta - 1;
        double lnB = SpecialFunctions.BetaLn(alpha, beta);
        double v0 = Knot(0);
        double y0 = StandardQuantile(alpha, beta, v0);
        double f0 = Density(alpha, beta, lnB, y0);
        for (int k = 0; ; k++)
        {
            double s = 1 / f0;
            double q = 1 - y0;
            double g1 = (am1 / y0) - (bm1 / q);
            double g2 = (-am1 / (y0 * y0)) - (bm1 / (q * q));
            double g3 = (2 * am1 / (y0 * y0 * y0)) - (2 * bm1 / (q * q * q));
            double s2 = s * s;
            double d2 = -g1 * s2;
            y[k] = y0;
            slope[k] = s;
            curvature[k] = d2;
            if (k == y.Length - 1)
            {
                return;
            }

            double d3 = ((2 * g1 * g1) - g2) * s2 * s;
            double d4 = ((7 * g1 * g2) - g3 - (6 * g1 * g1 * g1)) * s2 * s2;
            double v1 = Knot(k + 1);
            double h = v1 - v0;
            double yp = y0 + (h * (s + (h * ((d2 / 2) + (h * ((d3 / 6) + (h * d4 / 24)))))));
            if (!(yp > y0 && yp < 1))
            {
                yp = y0 + (h * s);
            }

            double mid = 0.5 * (y0 + yp);
            double half = 0.5 * (yp - y0);
            double fp = Density(alpha, beta, lnB, yp);
            double integral = half * ((WEnd * (f0 + fp))
                + (WNode * (Density(alpha, beta, lnB, mid - (half * LobattoNode)) + Density(alpha, beta, lnB, mid + (half * LobattoNode))))
                + (WMid * Density(alpha, beta, lnB, mid)));
            double delta = -(integral - h) / fp;
            double qp = 1 - yp;
            double gp1 = (am1 / yp) - (bm1 / qp);
            double gp2 = (-am1 / (yp * yp)) - (bm1 / (qp * qp));

            // f(y1) = f(yp)·exp(g(y1) − g(yp)) to second order in delta: f·(1 + g′δ + (g′² + g″)δ²/2).
            f0 = fp * (1 + (gp1 * delta) + (((gp1 * gp1) + gp2) * delta * delta / 2));
            y0 = yp + delta;
            v0 = v1;
        }
    }
}
