using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>The lognormal distribution: ln X ~ N(μ, σ²).</summary>
/// <remarks>
/// <para>F(x) = Φ((ln x − μ)/σ) for x &gt; 0; F⁻¹(u) = exp(μ + σΦ⁻¹(u)); mean exp(μ + σ²/2); variance
/// (exp(σ²) − 1)·exp(2μ + σ²). From the arithmetic mean m and standard deviation s:
/// σ² = ln(1 + s²/m²), μ = ln m − σ²/2 (N. L. Johnson, S. Kotz and N. Balakrishnan, <i>Continuous Univariate
/// Distributions</i>, vol. 1, 2nd ed., Wiley, 1994, ch. 14, eqs. 14.8a–b). Φ and Φ⁻¹ as in <see cref="NormalDistribution"/>
/// (MathNet erfc and erfc⁻¹). The batch quantile is the scalar one per element (bit-identical).</para>
/// </remarks>
public sealed class LogNormalDistribution : Distribution
{
    /// <summary>Creates the distribution from the parameters of the logarithm.</summary>
    /// <param name="mu">μ, the mean of ln X: finite.</param>
    /// <param name="sigma">σ, the standard deviation of ln X: finite, &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">μ is NaN or infinite, or σ is not finite and positive; or the mean exp(μ + σ²/2) or the variance overflows the double range (<c>ParamName</c> <c>sigma</c>).</exception>
    public LogNormalDistribution(double mu, double sigma)
    {
        Guard.Against.NotFinite(mu);
        Guard.Against.NotFinitePositive(sigma);
        Mu = mu;
        Sigma = sigma;

        EnsureFiniteMoments(nameof(sigma));
    }

    /// <summary>Gets μ, the mean of ln X.</summary>
    public double Mu { get; }

    /// <summary>Gets σ, the standard deviation of ln X.</summary>
    public double Sigma { get; }

    /// <inheritdoc/>
    public override double Mean => Math.Exp(Mu + (Sigma * Sigma / 2));

    /// <inheritdoc/>
    public override double Variance => Math.Exp((2 * Mu) + (Sigma * Sigma)) * (Math.Exp(Sigma * Sigma) - 1);

    /// <inheritdoc/>
    public override double Minimum => 0;

    /// <inheritdoc/>
    public override double Maximum => double.PositiveInfinity;

    /// <summary>Creates the lognormal with the given arithmetic mean m and standard deviation s.</summary>
    /// <param name="mean">m: finite, &gt; 0.</param>
    /// <param name="standardDeviation">s: finite, &gt; 0.</param>
    /// <returns>The distribution with σ² = ln(1 + s²/m²) and μ = ln m − σ²/2.</returns>
    /// <exception cref="ArgumentOutOfRangeException">m or s is not finite and positive, or s/m overflows.</exception>
    [Pure]
    public static LogNormalDistribution FromMeanAndStandardDeviation(double mean, double standardDeviation)
    {
        Guard.Against.NotFinitePositive(mean);
        Guard.Against.NotFinitePositive(standardDeviation);
        double ratio = standardDeviation / mean;
        double r2 = ratio * ratio;
        double y = 1 + r2;

        // ln(1 + r²) with the rounding of 1 + r² corrected (accurate for small r; W. Kahan's log1p trick).
        double variance = y == 1 ? r2 : Math.Log(y) * r2 / (y - 1);
        if (!double.IsFinite(variance) || !(variance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation, $"{nameof(standardDeviation)}/{nameof(mean)} = {ratio:R} gives no finite positive log-variance.");
        }

        return new LogNormalDistribution(Math.Log(mean) - (variance / 2), Math.Sqrt(variance));
    }

    /// <inheritdoc/>
    public override string ToString() => $"LogNormal(μ = {Mu:R}, σ = {Sigma:R})";

    /// <inheritdoc/>
    protected override double CdfCore(double x) => x <= 0 ? 0 : (double.IsPositiveInfinity(x) ? 1 : NormalDistribution.Phi((Math.Log(x) - Mu) / Sigma));

    /// <inheritdoc/>
    protected internal override double QuantileCore(double probability)
    {
        if (probability == 0)
        {
            return 0;
        }

        return probability == 1 ? double.PositiveInfinity : Math.Exp(Mu + (Sigma * NormalDistribution.InversePhi(probability)));
    }
}
