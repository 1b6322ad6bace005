using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>What to do with weights that do not sum to 1.</summary>
public enum WeightPolicy
{
    /// <summary>Weights must already sum to 1 (within <see cref="CriteriaWeights.SumTolerance"/>); otherwise an error. The default.</summary>
    Reject = 0,

    /// <summary>Weights are divided by their sum; the result records that it did (<see cref="CriteriaWeights.WasNormalized"/>).</summary>
    Normalize = 1,
}

/// <summary>
/// A validated, immutable vector of criterion weights: every weight finite and positive, summing to 1. How weights that
/// did not sum to 1 were handled is explicit (<see cref="WeightPolicy"/>) and recorded, never silent.
/// </summary>
public sealed class CriteriaWeights
{
    /// <summary>The largest allowed |Σw − 1| under <see cref="WeightPolicy.Reject"/>: 1e-9.</summary>
    public const double SumTolerance = 1e-9;

    private readonly double[] values;

    private CriteriaWeights(double[] values, ImmutableArray<double> original, WeightPolicy policy, double originalSum, bool wasNormalized)
    {
        this.values = values;
        Values = ImmutableArray.Create(values);
        Original = original;
        Policy = policy;
        OriginalSum = originalSum;
        WasNormalized = wasNormalized;
    }

    /// <summary>Gets the weights used (summing to 1).</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>Gets the weights as given, before any normalisation.</summary>
    public ImmutableArray<double> Original { get; }

    /// <summary>Gets the policy the weights were created with.</summary>
    public WeightPolicy Policy { get; }

    /// <summary>Gets the sum of the weights as given.</summary>
    public double OriginalSum { get; }

    /// <summary>Gets a value indicating whether the weights as given were divided by their sum.</summary>
    public bool WasNormalized { get; }

    /// <summary>Gets the number of weights.</summary>
    public int Count => values.Length;

    /// <summary>Gets one weight.</summary>
    /// <param name="index">The criterion index.</param>
    public double this[int index] => values[index];

    /// <summary>Creates weights.</summary>
    /// <param name="weights">The weights, one per criterion: finite and greater than zero.</param>
    /// <param name="policy">Whether weights not summing to 1 are an error (<see cref="WeightPolicy.Reject"/>, the default) or are normalised.</param>
    /// <returns>The weights.</returns>
    /// <exception cref="ArgumentException">No weight is given; under <see cref="WeightPolicy.Reject"/>, the sum differs from 1 by more than <see cref="SumTolerance"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is not finite or not greater than zero; <paramref name="policy"/> is undefined.</exception>
    [Pure]
    public static CriteriaWeights Create(ReadOnlySpan<double> weights, WeightPolicy policy = WeightPolicy.Reject)
    {
        if (!Enum.IsDefined(policy))
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy, "policy must be Reject or Normalize.");
        }

        if (weights.IsEmpty)
        {
            throw new ArgumentException("At least one weight is needed.", nameof(weights));
        }

        double sum = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            double w = weights[i];
            if (!double.IsFinite(w) || w <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), w, $"weights[{i}] must be a finite number greater than zero (got {w.ToString(CultureInfo.InvariantCulture)}).");
            }

            sum += w;
        }

        ImmutableArray<double> original = [.. weights];
        if (policy == WeightPolicy.Reject)
        {
            if (Math.Abs(sum - 1) > SumTolerance)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"weights must sum to 1 within {SumTolerance} (they sum to {sum}); pass WeightPolicy.Normalize to divide them by their sum."),
                    nameof(weights));
            }

            return new CriteriaWeights(weights.ToArray(), original, policy, sum, wasNormalized: false);
        }

        double[] normalized = new double[weights.Length];
        for (int i = 0; i < normalized.Length; i++)
        {
            normalized[i] = weights[i] / sum;
        }

        return new CriteriaWeights(normalized, original, policy, sum, wasNormalized: sum != 1);
    }

    /// <summary>Creates equal weights 1/n.</summary>
    /// <param name="count">The number of criteria, at least 1.</param>
    /// <returns>The weights.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    [Pure]
    public static CriteriaWeights Equal(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        double[] w = new double[count];
        Array.Fill(w, 1.0 / count);
        return new CriteriaWeights(w, [.. w], WeightPolicy.Reject, 1.0, wasNormalized: false);
    }

    /// <summary>Gets the weights as a span without copying.</summary>
    /// <returns>The weights.</returns>
    [Pure]
    public ReadOnlySpan<double> AsSpan() => values;

    /// <summary>Throws when the number of weights differs from the matrix's number of criteria.</summary>
    internal static void EnsureMatches(CriteriaWeights weights, DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.CriterionCount != weights.Count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"weights has {weights.Count} weights but the matrix has {matrix.CriterionCount} criteria."), nameof(weights));
        }
    }
}
