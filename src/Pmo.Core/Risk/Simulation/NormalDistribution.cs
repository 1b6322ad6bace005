using Ardalis.GuardClauses;
using MathNet.Numerics;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// The normal distribution N(μ, σ²), optionally truncated to [L, U] (either bound may be omitted).
/// </summary>
/// <remarks>
/// <para>With standardized bounds α = (L − μ)/σ, β = (U − μ)/σ (±∞ when omitted) and mass Z = Φ(β) − Φ(α):
/// F(x) = (Φ((x − μ)/σ) − Φ(α))/Z on [L, U]; F⁻¹(u) = μ + σΦ⁻¹(Φ(α) + uZ); mean μ + σ(φ(α) − φ(β))/Z; variance
/// σ²[1 + (αφ(α) − βφ(β))/Z − ((φ(α) − φ(β))/Z)²], with φ(±∞) = αφ(α) = 0 for an omitted bound (N. L. Johnson, S. Kotz
/// and N. Balakrishnan, <i>Continuous Univariate Distributions</i>, vol. 1, 2nd ed., Wiley, 1994, §13.10.1). When the
/// whole interval lies above the mean (α &gt; 0) the upper-tail form Φ(−·) is used instead, so that far-tail truncations
/// keep their precision: F⁻¹(u) = μ − σΦ⁻¹(Φ(−α) − uZ).</para>
/// <para>Φ is computed as ½erfc(−z/√2) and Φ⁻¹(p) as −√2·erfc⁻¹(2p), both from MathNet.Numerics
/// (<c>SpecialFunctions.Erfc</c>, <c>SpecialFunctions.ErfcInv</c>, rational approximations from Boost, about 1e-15
/// relative). Truncated quantiles are confined to [L, U] (a rounding guard). The batch quantile is the scalar one per
/// element (bit-identical).</para>
/// </remarks>
public sealed class NormalDistribution : Distribution
{
    private const double Sqrt2 = 1.4142135623730951;
    private readonly double alpha;
    private readonly double beta;
    private readonly double mass;
    private readonly bool upper;
    private readonly double start; // Φ(α), or Φ(−α) in the upper form

    /// <summary>Creates the distribution.</summary>
    /// <param name="mean">μ: finite.</param>
    /// <param name="standardDeviation">σ: finite, &gt; 0.</param>
    /// <param name="lowerBound">L (optional): finite.</param>
    /// <param name="upperBound">U (optional): finite, &gt; L.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is NaN or infinite, σ ≤ 0, or U ≤ L; or the variance overflows the double range (<c>ParamName</c> <c>standardDeviation</c>).</exception>
    /// <exception cref="ArgumentException">The truncation interval has zero probability in double precision.</exception>
    public NormalDistribution(double mean, double standardDeviation, double? lowerBound = null, double? upperBound = null)
    {
        Guard.Against.NotFinite(mean);
        Guard.Against.NotFinitePositive(standardDeviation);
        if (lowerBound is double l)
        {
            Guard.Against.NotFinite(l, nameof(lowerBound));
        }

        if (upperBound is double u)
        {
            Guard.Against.NotFinite(u, nameof(upperBound));
            if (lowerBound is double l2 && u <= l2)
            {
                throw new ArgumentOutOfRangeException(nameof(upperBound), u, $"{nameof(upperBound)} ({u:R}) must be greater than {nameof(lowerBound)} ({l2:R}).");
            }
        }

        Mu = mean;
        Sigma = standardDeviation;
        LowerBound = lowerBound;
        UpperBound = upperBound;
        alpha = lowerBound is double lb ? (lb - mean) / standardDeviation : double.NegativeInfinity;
        beta = upperBound is double ub ? (ub - mean) / standardDeviation : double.PositiveInfinity;
        upper = alpha > 0;
        start = upper ? Phi(-alpha) : Phi(alpha);
        mass = upper ? start - Phi(-beta) : Phi(beta) - start;
        if (!(mass > 0))
        {
            throw new ArgumentException($"The truncation interval [{lowerBound}, {upperBound}] has zero probability under N({mean:R}, {standardDeviation:R}²) in double precision.", nameof(lowerBound));
        }

        EnsureFiniteMoments(nameof(standardDeviation));
    }

    /// <summary>Gets μ (the mean of the untruncated normal).</summary>
    public double Mu { get; }

    /// <summary>Gets σ (the standard deviation of the untruncated normal).</summary>
    public double Sigma { get; }

    /// <summary>Gets the lower truncation bound L, if any.</summary>
    public double? LowerBound { get; }

    /// <summary>Gets the upper truncation bound U, if any.</summary>
    public double? UpperBound { get; }

    /// <summary>Gets whether a bound is set.</summary>
    public bool IsTruncated => LowerBound.HasValue || UpperBound.HasValue;

    /// <inheritdoc/>
    public override double Mean => IsTruncated ? Mu + (Sigma * (Pdf(alpha) - Pdf(beta)) / mass) : Mu;

    /// <inheritdoc/>
    public override double Variance
    {
        get
        {
            if (!IsTruncated)
            {
                return Sigma * Sigma;
            }

            double d = (Pdf(alpha) - Pdf(beta)) / mass;
            double t = (XPdf(alpha) - XPdf(beta)) / mass;
            return Sigma * Sigma * (1 + t - (d * d));
        }
    }

    /// <inheritdoc/>
    public override double Minimum => LowerBound ?? double.NegativeInfinity;

    /// <inheritdoc/>
    public override double Maximum => UpperBound ?? double.PositiveInfinity;

    /// <inheritdoc/>
    public override string ToString() => IsTruncated ? $"Normal({Mu:R}, {Sigma:R}) on [{Minimum:R}, {Maximum:R}]" : $"Normal({Mu:R}, {Sigma:R})";

    /// <summary>Φ(z) = ½erfc(−z/√2).</summary>
    internal static double Phi(double z) => 0.5 * SpecialFunctions.Erfc(-z / Sqrt2);

    /// <summary>Φ⁻¹(p) = −√2·erfc⁻¹(2p) for p in (0, 1).</summary>
    internal static double InversePhi(double p) => -Sqrt2 * SpecialFunctions.ErfcInv(2 * p);

    /// <inheritdoc/>
    protected override double CdfCore(double x)
    {
        if (x <= Minimum)
        {
            return 0;
        }

        if (x >= Maximum)
        {
            return 1;
        }

        double z = (x - Mu) / Sigma;
        double value = upper ? (start - Phi(-z)) / mass : (Phi(z) - start) / mass;
        return Math.Clamp(value, 0, 1);
    }

    /// <inheritdoc/>
    protected internal override double QuantileCore(double probability)
    {
        if (probability == 0)
        {
            return Minimum;
        }

        if (probability == 1)
        {
            return Maximum;
        }

        double x = upper
            ? Mu - (Sigma * InversePhi(start - (probability * mass)))
            : Mu + (Sigma * InversePhi(start + (probability * mass)));
        return Math.Clamp(x, Minimum, Maximum);
    }

    private static double Pdf(double z) => double.IsInfinity(z) ? 0 : Math.Exp(-0.5 * z * z) / Math.Sqrt(2 * Math.PI);

    private static double XPdf(double z) => double.IsInfinity(z) ? 0 : z * Pdf(z);
}
