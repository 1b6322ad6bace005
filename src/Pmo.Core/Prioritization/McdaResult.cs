using System.Collections.Immutable;
using Pmo.Core.Common;

namespace Pmo.Core.Prioritization;

/// <summary>
/// The result of an <see cref="IMcdaMethod"/>: one preference value per alternative, the ranking, and diagnostics.
/// Each method derives from it to add its intermediates (normalised matrix, ideal points, flows, S/R/Q). Immutable.
/// </summary>
public class McdaResult
{
    /// <summary>Creates a result (for implementers of <see cref="IMcdaMethod"/>).</summary>
    /// <param name="method">The method's display name with its variant.</param>
    /// <param name="matrix">The evaluated matrix.</param>
    /// <param name="weights">The weights used.</param>
    /// <param name="preferences">One finite preference value per alternative, in row order.</param>
    /// <param name="higherIsBetter">Whether a larger preference is better.</param>
    /// <param name="tiePolicy">How ties are ranked.</param>
    /// <param name="diagnostics">Notes on the evaluation, or null for none.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="method"/> is blank, or the counts do not match the matrix.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A preference is not finite.</exception>
    public McdaResult(string method, DecisionMatrix matrix, CriteriaWeights weights, IReadOnlyList<double> preferences, bool higherIsBetter, TiePolicy tiePolicy = TiePolicy.Min, IEnumerable<Diagnostic>? diagnostics = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(preferences);
        CriteriaWeights.EnsureMatches(weights, matrix);
        if (preferences.Count != matrix.AlternativeCount)
        {
            throw new ArgumentException($"preferences must have one value per alternative ({matrix.AlternativeCount}); got {preferences.Count}.", nameof(preferences));
        }

        Method = method;
        Matrix = matrix;
        Weights = weights;
        Preferences = [.. preferences];
        HigherIsBetter = higherIsBetter;
        Ranking = Ranking.FromPreferences(Preferences.AsSpan(), higherIsBetter, tiePolicy);
        Diagnostics = diagnostics is null ? [] : [.. diagnostics];
    }

    /// <summary>Gets the method's display name with its variant.</summary>
    public string Method { get; }

    /// <summary>Gets the evaluated matrix.</summary>
    public DecisionMatrix Matrix { get; }

    /// <summary>Gets the weights used.</summary>
    public CriteriaWeights Weights { get; }

    /// <summary>Gets the preference values, in row order.</summary>
    public ImmutableArray<double> Preferences { get; }

    /// <summary>Gets a value indicating whether a larger preference is better.</summary>
    public bool HigherIsBetter { get; }

    /// <summary>Gets the ranking (rank 1 best).</summary>
    public Ranking Ranking { get; }

    /// <summary>Gets the best alternative's id (the first in input order when tied).</summary>
    public string Best => Matrix.Alternatives[Ranking.Order[0]];

    /// <summary>Gets notes on the evaluation.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets an alternative's preference value by id.</summary>
    /// <param name="alternative">The alternative's id.</param>
    /// <returns>The preference value.</returns>
    /// <exception cref="KeyNotFoundException">No alternative has that id.</exception>
    public double PreferenceOf(string alternative) => Preferences[Matrix.IndexOfAlternative(alternative)];

    /// <summary>Gets an alternative's rank by id.</summary>
    /// <param name="alternative">The alternative's id.</param>
    /// <returns>The rank (1 = best).</returns>
    /// <exception cref="KeyNotFoundException">No alternative has that id.</exception>
    public double RankOf(string alternative) => Ranking.Ranks[Matrix.IndexOfAlternative(alternative)];
}
