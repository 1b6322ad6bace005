using Ardalis.GuardClauses;

namespace Pmo.Core.Risk.Simulation;

/// <summary>A discrete distribution: value xᵢ with probability pᵢ (values strictly increasing, Σpᵢ = 1 within 1e-9).</summary>
/// <remarks>
/// <para>F(x) = Σ_{xᵢ ≤ x} pᵢ (1 for x ≥ the largest value with positive probability); F⁻¹(u) = the smallest xᵢ with
/// F(xᵢ) ≥ u (the largest value with positive probability when the sum of the probabilities falls short of u by at
/// most 1e-9); F⁻¹(0) is the smallest value with positive probability. Mean Σpᵢxᵢ; variance Σpᵢ(xᵢ − mean)² (two-pass).
/// The probabilities are used as given: they are never normalised. The batch quantile is the scalar one per element
/// (binary search, bit-identical).</para>
/// </remarks>
public sealed class DiscreteDistribution : Distribution
{
    /// <summary>The tolerance on |Σpᵢ − 1|.</summary>
    public const double SumTolerance = 1e-9;

    private readonly double[] values;
    private readonly double[] probabilities;
    private readonly double[] cumulative;
    private readonly int first;
    private readonly int last;

    /// <summary>Creates the distribution.</summary>
    /// <param name="values">The values: finite, strictly increasing, at least one.</param>
    /// <param name="probabilities">Their probabilities: finite, ≥ 0, same count, summing to 1 within 1e-9.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The collections are empty or differ in length, the values are not strictly
    /// increasing, or the probabilities do not sum to 1 within 1e-9.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or a probability is not finite or negative; or the mean or variance overflows the double range (<c>ParamName</c> <c>values</c>).</exception>
    public DiscreteDistribution(IEnumerable<double> values, IEnumerable<double> probabilities)
    {
        Guard.Against.Null(values);
        Guard.Against.Null(probabilities);
        this.values = [.. values];
        this.probabilities = [.. probabilities];
        if (this.values.Length == 0)
        {
            throw new ArgumentException($"{nameof(values)} must not be empty.", nameof(values));
        }

        if (this.probabilities.Length != this.values.Length)
        {
            throw new ArgumentException($"{nameof(probabilities)} has {this.probabilities.Length} elements but {nameof(values)} has {this.values.Length}.", nameof(probabilities));
        }

        for (int i = 0; i < this.values.Length; i++)
        {
            double v = this.values[i];
            if (!double.IsFinite(v))
            {
                throw new ArgumentOutOfRangeException(nameof(values), v, $"{nameof(values)}[{i}] must be a finite number (got {v}).");
            }

            if (i > 0 && !(v > this.values[i - 1]))
            {
                throw new ArgumentException($"{nameof(values)} must be strictly increasing, but {nameof(values)}[{i}] = {v:R} is not above {nameof(values)}[{i - 1}] = {this.values[i - 1]:R}.", nameof(values));
            }

            double p = this.probabilities[i];
            if (!double.IsFinite(p) || p < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(probabilities), p, $"{nameof(probabilities)}[{i}] must be a finite number, zero or positive (got {p}).");
            }
        }

        cumulative = new double[this.values.Length];
        double sum = 0;
        for (int i = 0; i < cumulative.Length; i++)
        {
            sum += this.probabilities[i];
            cumulative[i] = sum;
        }

        if (!(Math.Abs(sum - 1) <= SumTolerance))
        {
            throw new ArgumentException($"{nameof(probabilities)} must sum to 1 within {SumTolerance:R} (sum {sum:R}); they are never normalised.", nameof(probabilities));
        }

        first = Array.FindIndex(this.probabilities, p => p > 0);
        last = Array.FindLastIndex(this.probabilities, p => p > 0);

        EnsureFiniteMoments(nameof(values));
    }

    /// <summary>Gets the values (strictly increasing).</summary>
    public IReadOnlyList<double> Values => values;

    /// <summary>Gets the probabilities (as given).</summary>
    public IReadOnlyList<double> Probabilities => probabilities;

    /// <inheritdoc/>
    public override double Mean
    {
        get
        {
            double mean = 0;
            for (int i = 0; i < values.Length; i++)
            {
                mean += probabilities[i] * values[i];
            }

            return mean;
        }
    }

    /// <inheritdoc/>
    public override double Variance
    {
        get
        {
            double mean = Mean;
            double variance = 0;
            for (int i = 0; i < values.Length; i++)
            {
                double d = values[i] - mean;
                variance += probabilities[i] * d * d;
            }

            return variance;
        }
    }

    /// <inheritdoc/>
    public override double Minimum => values[first];

    /// <inheritdoc/>
    public override double Maximum => values[last];

    /// <inheritdoc/>
    public override string ToString() => $"Discrete({values.Length} values on [{Minimum:R}, {Maximum:R}])";

    /// <inheritdoc/>
    protected override double CdfCore(double x)
    {
        if (x >= Maximum)
        {
            return 1;
        }

        // The largest index with values[i] ≤ x.
        int lo = 0, hi = values.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= x)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? 0 : cumulative[found];
    }

    /// <inheritdoc/>
    protected internal override double QuantileCore(double probability)
    {
        if (probability == 0)
        {
            return Minimum;
        }

        // The smallest index with cumulative[i] ≥ u (cumulative is non-decreasing).
        int lo = 0, hi = last;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] >= probability)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return values[lo];
    }
}
