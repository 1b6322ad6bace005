using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// A univariate probability distribution used by the schedule and cost risk simulation (activity durations, costs,
/// risk-event impacts, risk-driver factors). Sampling is always by the inverse cumulative distribution function
/// (<see cref="Quantile"/>): the simulation draws uniform numbers u ∈ (0, 1) (plain Monte Carlo or Latin hypercube),
/// optionally reorders them to induce rank correlation (Iman–Conover), and maps them through the quantile function.
/// This makes every distribution usable with every sampling method and correlation.
/// </summary>
/// <remarks>
/// Inverse-transform sampling: if U ~ Uniform(0, 1) then F⁻¹(U) has distribution F (L. Devroye, <i>Non-Uniform Random
/// Variate Generation</i>, Springer, 1986, §II.2). Implementations must be immutable and thread-safe, and
/// <see cref="QuantilesCore"/> must be deterministic (the same inputs give bit-identical outputs on every call).
/// </remarks>
public abstract class Distribution
{
    /// <summary>Initialises the base class (for derived distributions).</summary>
    protected Distribution()
    {
    }

    /// <summary>Creates a triangular distribution (see <see cref="TriangularDistribution"/>).</summary>
    /// <param name="minimum">a.</param>
    /// <param name="mode">c, a ≤ c ≤ b.</param>
    /// <param name="maximum">b.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="TriangularDistribution(double, double, double)"/>.</exception>
    [Pure]
    public static TriangularDistribution Triangular(double minimum, double mode, double maximum) => new(minimum, mode, maximum);

    /// <summary>Creates a Beta-PERT distribution (see <see cref="BetaPertDistribution"/>).</summary>
    /// <param name="minimum">a.</param>
    /// <param name="mode">m, a ≤ m ≤ b.</param>
    /// <param name="maximum">b.</param>
    /// <param name="shape">λ &gt; 0 (default 4).</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="BetaPertDistribution(double, double, double, double)"/>.</exception>
    [Pure]
    public static BetaPertDistribution BetaPert(double minimum, double mode, double maximum, double shape = BetaPertDistribution.DefaultShape) =>
        new(minimum, mode, maximum, shape);

    /// <summary>Creates a triangular distribution from percentiles (see <see cref="Simulation.Trigen.Solve"/>).</summary>
    /// <param name="low">The value at the low percentile.</param>
    /// <param name="mode">The mode.</param>
    /// <param name="high">The value at the high percentile.</param>
    /// <param name="lowProbability">The low percentile (default 0.10).</param>
    /// <param name="highProbability">The high percentile (default 0.90).</param>
    /// <returns>The triangular distribution with the solved bounds.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="Simulation.Trigen.Solve"/>.</exception>
    /// <exception cref="ArgumentException">No finite solution.</exception>
    [Pure]
    public static TriangularDistribution Trigen(double low, double mode, double high, double lowProbability = 0.10, double highProbability = 0.90) =>
        Simulation.Trigen.Solve(low, mode, high, lowProbability, highProbability);

    /// <summary>Creates a uniform distribution (see <see cref="UniformDistribution"/>).</summary>
    /// <param name="minimum">a.</param>
    /// <param name="maximum">b ≥ a.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="UniformDistribution(double, double)"/>.</exception>
    [Pure]
    public static UniformDistribution Uniform(double minimum, double maximum) => new(minimum, maximum);

    /// <summary>Creates a normal distribution, truncated when a bound is given (see <see cref="NormalDistribution"/>).</summary>
    /// <param name="mean">μ.</param>
    /// <param name="standardDeviation">σ &gt; 0.</param>
    /// <param name="lowerBound">Optional lower truncation bound.</param>
    /// <param name="upperBound">Optional upper truncation bound.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="NormalDistribution(double, double, double?, double?)"/>.</exception>
    /// <exception cref="ArgumentException">The truncation interval has zero probability.</exception>
    [Pure]
    public static NormalDistribution Normal(double mean, double standardDeviation, double? lowerBound = null, double? upperBound = null) =>
        new(mean, standardDeviation, lowerBound, upperBound);

    /// <summary>Creates a lognormal distribution from μ and σ of ln X (see <see cref="LogNormalDistribution"/>).</summary>
    /// <param name="mu">μ.</param>
    /// <param name="sigma">σ &gt; 0.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="LogNormalDistribution(double, double)"/>.</exception>
    [Pure]
    public static LogNormalDistribution LogNormal(double mu, double sigma) => new(mu, sigma);

    /// <summary>Creates a discrete distribution (see <see cref="DiscreteDistribution"/>).</summary>
    /// <param name="values">Strictly increasing values.</param>
    /// <param name="probabilities">Their probabilities, summing to 1 within 1e-9.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="DiscreteDistribution(IEnumerable{double}, IEnumerable{double})"/>.</exception>
    [Pure]
    public static DiscreteDistribution Discrete(IEnumerable<double> values, IEnumerable<double> probabilities) => new(values, probabilities);

    /// <summary>Creates an empirical distribution (see <see cref="EmpiricalDistribution"/>).</summary>
    /// <param name="samples">The sample.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="EmpiricalDistribution(IEnumerable{double})"/>.</exception>
    [Pure]
    public static EmpiricalDistribution Empirical(IEnumerable<double> samples) => new(samples);

    /// <summary>Creates a constant (see <see cref="ConstantDistribution"/>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    [Pure]
    public static ConstantDistribution Constant(double value) => new(value);

    /// <summary>Throws when the mean or the variance is not finite: a distribution whose moments overflow the double range cannot be summarised or sampled reliably.</summary>
    /// <param name="paramName">The constructor parameter that drives the overflow.</param>
    internal void EnsureFiniteMoments(string paramName)
    {
        double mean = Mean;
        double variance = Variance;
        if (!double.IsFinite(mean) || !double.IsFinite(variance))
        {
            throw new ArgumentOutOfRangeException(paramName, $"The {GetType().Name}'s mean ({mean}) or variance ({variance}) overflows the double range; {paramName} is too large for it.");
        }
    }

    /// <summary>Gets the mean (exact, from the parameters).</summary>
    public abstract double Mean { get; }

    /// <summary>Gets the variance (exact, from the parameters).</summary>
    public abstract double Variance { get; }

    /// <summary>Gets the standard deviation √<see cref="Variance"/>.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>Gets the smallest possible value (may be −∞ for unbounded distributions).</summary>
    public abstract double Minimum { get; }

    /// <summary>Gets the largest possible value (may be +∞ for unbounded distributions).</summary>
    public abstract double Maximum { get; }

    /// <summary>Gets whether the distribution is a single value (<see cref="Minimum"/> = <see cref="Maximum"/>).</summary>
    public bool IsConstant => Minimum == Maximum;

    /// <summary>The cumulative distribution function F(x) = P(X ≤ x).</summary>
    /// <param name="x">The value: not NaN (±∞ allowed).</param>
    /// <returns>F(x) in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN.</exception>
    [Pure]
    public double Cdf(double x)
    {
        if (double.IsNaN(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, $"{nameof(x)} must not be NaN.");
        }

        return CdfCore(x);
    }

    /// <summary>The quantile (inverse cumulative distribution) function F⁻¹(p) = inf{x : F(x) ≥ p}.</summary>
    /// <param name="probability">The probability p in [0, 1]; 0 and 1 give <see cref="Minimum"/> and <see cref="Maximum"/>.</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is NaN or outside [0, 1].</exception>
    [Pure]
    public double Quantile(double probability)
    {
        Guard.Against.NotInRange(probability, 0, 1, minInclusive: true, maxInclusive: true);
        return QuantileCore(probability);
    }

    /// <summary>Maps many probabilities through the quantile function (vectorised where the distribution allows).</summary>
    /// <param name="probabilities">Probabilities, each in [0, 1]; 0 and 1 give <see cref="Minimum"/> and <see cref="Maximum"/> exactly, as
    /// <see cref="Quantile"/> does (a batch holding either is mapped element by element).</param>
    /// <param name="destination">Receives the quantiles; at least as long as <paramref name="probabilities"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="probabilities"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A probability is NaN or outside [0, 1] (the message gives its index).</exception>
    public void Quantiles(ReadOnlySpan<double> probabilities, Span<double> destination)
    {
        if (destination.Length < probabilities.Length)
        {
            throw new ArgumentException($"{nameof(destination)} (length {destination.Length}) must be at least as long as {nameof(probabilities)} (length {probabilities.Length}).", nameof(destination));
        }

        bool hasEnd = false;
        for (int i = 0; i < probabilities.Length; i++)
        {
            double p = probabilities[i];
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(probabilities), p, $"{nameof(probabilities)}[{i}] = {p:R} must be in [0, 1].");
            }

            hasEnd |= p == 0 || p == 1;
        }

        if (!hasEnd)
        {
            QuantilesCore(probabilities, destination[..probabilities.Length]);
            return;
        }

        // The batch kernels are written for p strictly inside (0, 1) (all the simulation passes); with a 0 or a 1 present,
        // map element by element so that 0 and 1 give Minimum and Maximum exactly, as Quantile does.
        for (int i = 0; i < probabilities.Length; i++)
        {
            destination[i] = QuantileCore(probabilities[i]);
        }
    }

    /// <summary>The CDF for a non-NaN <paramref name="x"/> (validated by <see cref="Cdf"/>).</summary>
    /// <param name="x">The value.</param>
    /// <returns>F(x).</returns>
    protected abstract double CdfCore(double x);

    /// <summary>The quantile for <paramref name="probability"/> in [0, 1] (validated by <see cref="Quantile"/>).</summary>
    /// <param name="probability">The probability.</param>
    /// <returns>F⁻¹(p).</returns>
    protected internal abstract double QuantileCore(double probability);

    /// <summary>
    /// The batch quantile kernel used by the simulation: <paramref name="probabilities"/> are in (0, 1) (never 0 or 1)
    /// and <paramref name="destination"/> has the same length. The default calls <see cref="QuantileCore"/> per element;
    /// override with a vectorised version where it pays.
    /// </summary>
    /// <param name="probabilities">Probabilities strictly inside (0, 1).</param>
    /// <param name="destination">Receives the quantiles (same length).</param>
    protected internal virtual void QuantilesCore(ReadOnlySpan<double> probabilities, Span<double> destination)
    {
        for (int i = 0; i < probabilities.Length; i++)
        {
            destination[i] = QuantileCore(probabilities[i]);
        }
    }
}
