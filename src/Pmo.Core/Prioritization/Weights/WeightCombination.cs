using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>How subjective and objective weights were combined.</summary>
public enum WeightCombinationRule
{
    /// <summary>w_j = s_j o_j / Σ_k s_k o_k (multiplicative synthesis).</summary>
    Multiplicative = 0,

    /// <summary>w_j = α s_j + (1 − α) o_j (linear, additive synthesis).</summary>
    Linear = 1,
}

/// <summary>
/// Combines subjective weights (stated by decision makers, for example from AHP) with objective weights (from the data,
/// see <see cref="ObjectiveWeights"/>).
/// </summary>
/// <remarks>
/// Both rules are the usual "integrated weighting" syntheses: the multiplicative rule w_j = s_j o_j / Σ s_k o_k and the
/// linear rule w_j = α s_j + (1 − α) o_j with 0 ≤ α ≤ 1 (Ma, J., Fan, Z.-P. and Huang, L.-H., 1999, "A subjective and
/// objective integrated approach to determine attribute weights", European Journal of Operational Research
/// 112(2):397–404; Zardari, N. H. et al., 2015, <i>Weighting Methods and their Effects on Multi-Criteria Decision Making
/// Model Outcomes in Water Resources Management</i>, Springer). Both inputs already sum to 1, so the linear rule
/// also sums to 1 with no further normalisation.
/// </remarks>
public static class WeightCombination
{
    /// <summary>Combines by w_j = s_j o_j / Σ_k s_k o_k.</summary>
    /// <param name="subjective">The subjective weights.</param>
    /// <param name="objective">The objective weights, as many as <paramref name="subjective"/>.</param>
    /// <returns>The combined weights with their sources.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The two weight vectors have different lengths.</exception>
    [Pure]
    public static CombinedWeights Multiplicative(CriteriaWeights subjective, CriteriaWeights objective)
    {
        Check(subjective, objective);
        double[] product = new double[subjective.Count];
        for (int j = 0; j < product.Length; j++)
        {
            product[j] = subjective[j] * objective[j];
        }

        return new CombinedWeights(WeightCombinationRule.Multiplicative, null, subjective, objective, CriteriaWeights.Create(product, WeightPolicy.Normalize));
    }

    /// <summary>Combines by w_j = α s_j + (1 − α) o_j.</summary>
    /// <param name="subjective">The subjective weights.</param>
    /// <param name="objective">The objective weights, as many as <paramref name="subjective"/>.</param>
    /// <param name="alpha">The share of the subjective weights, in [0, 1].</param>
    /// <returns>The combined weights with their sources.</returns>
    /// <exception cref="ArgumentNullException">A weight vector is null.</exception>
    /// <exception cref="ArgumentException">The two weight vectors have different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is not a finite number in [0, 1].</exception>
    [Pure]
    public static CombinedWeights Linear(CriteriaWeights subjective, CriteriaWeights objective, double alpha)
    {
        Check(subjective, objective);
        if (!double.IsFinite(alpha) || alpha < 0 || alpha > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, $"alpha must be a finite number in [0, 1] (got {alpha.ToString(CultureInfo.InvariantCulture)}).");
        }

        double[] mix = new double[subjective.Count];
        for (int j = 0; j < mix.Length; j++)
        {
            mix[j] = (alpha * subjective[j]) + ((1 - alpha) * objective[j]);
        }

        // Both inputs sum to 1 within CriteriaWeights.SumTolerance, so the mix does too; Normalize only removes rounding.
        return new CombinedWeights(WeightCombinationRule.Linear, alpha, subjective, objective, CriteriaWeights.Create(mix, WeightPolicy.Normalize));
    }

    private static void Check(CriteriaWeights subjective, CriteriaWeights objective)
    {
        ArgumentNullException.ThrowIfNull(subjective);
        ArgumentNullException.ThrowIfNull(objective);
        if (subjective.Count != objective.Count)
        {
            throw new ArgumentException($"objective has {objective.Count} weights but subjective has {subjective.Count}; both must weight the same criteria.", nameof(objective));
        }
    }
}

/// <summary>Combined subjective and objective weights with their sources. Immutable.</summary>
public sealed class CombinedWeights
{
    internal CombinedWeights(WeightCombinationRule rule, double? alpha, CriteriaWeights subjective, CriteriaWeights objective, CriteriaWeights weights)
    {
        Rule = rule;
        Alpha = alpha;
        Subjective = subjective;
        Objective = objective;
        Weights = weights;
    }

    /// <summary>Gets the combination rule.</summary>
    public WeightCombinationRule Rule { get; }

    /// <summary>Gets the share α of the subjective weights (linear rule only; null for the multiplicative rule).</summary>
    public double? Alpha { get; }

    /// <summary>Gets the subjective weights.</summary>
    public CriteriaWeights Subjective { get; }

    /// <summary>Gets the objective weights.</summary>
    public CriteriaWeights Objective { get; }

    /// <summary>Gets the combined weights (positive, summing to 1).</summary>
    public CriteriaWeights Weights { get; }
}
