namespace Pmo.Core.Prioritization;

/// <summary>
/// A multi-criteria decision-analysis (MCDA) method: it turns a <see cref="DecisionMatrix"/> and
/// <see cref="CriteriaWeights"/> into preference values, a ranking and the method's intermediates.
/// </summary>
/// <remarks>
/// Implementations are immutable and thread-safe: their options are fixed at construction. Sensitivity analysis,
/// SMAA and rank-reversal checks work through this interface, so any method (including a caller's own) can be
/// analysed the same way.
/// </remarks>
public interface IMcdaMethod
{
    /// <summary>Gets the method's display name with its variant, for example <c>TOPSIS (vector normalisation)</c>.</summary>
    string Name { get; }

    /// <summary>Evaluates the alternatives.</summary>
    /// <param name="matrix">The decision matrix.</param>
    /// <param name="weights">The criterion weights, one per column.</param>
    /// <returns>The preference values, ranking and intermediates.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The weights do not match the matrix, or the matrix breaks a rule of the method (named in the message).</exception>
    McdaResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights);

    /// <summary>
    /// Does the weight-independent work once (normalisation, ideal points, pairwise preferences) and returns a scorer
    /// that computes preference values for many weight vectors quickly: the kernel of sensitivity analysis and SMAA.
    /// </summary>
    /// <param name="matrix">The decision matrix.</param>
    /// <returns>A thread-safe scorer bound to <paramref name="matrix"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix breaks a rule of the method (named in the message).</exception>
    IMcdaScorer Prepare(DecisionMatrix matrix);
}

/// <summary>
/// Computes an <see cref="IMcdaMethod"/>'s preference values for a prepared matrix and any weight vector, without
/// allocating. Thread-safe: <see cref="Score"/> keeps no state between calls.
/// </summary>
public interface IMcdaScorer
{
    /// <summary>Gets the number of alternatives (the length of the preference span).</summary>
    int AlternativeCount { get; }

    /// <summary>Gets the number of criteria (the length of the weight span).</summary>
    int CriterionCount { get; }

    /// <summary>Gets a value indicating whether a larger preference value is better.</summary>
    bool HigherIsBetter { get; }

    /// <summary>Computes the preference values for one weight vector.</summary>
    /// <param name="weights">The weights: <see cref="CriterionCount"/> finite positive values summing to 1. For speed only the lengths are checked; the caller (for example a sampler drawing from the weight simplex) guarantees the rest.</param>
    /// <param name="preferences">Receives <see cref="AlternativeCount"/> preference values, equal to what <see cref="IMcdaMethod.Evaluate"/> reports for the same weights (up to floating-point reassociation).</param>
    /// <exception cref="ArgumentException">A span has the wrong length.</exception>
    void Score(ReadOnlySpan<double> weights, Span<double> preferences);
}
