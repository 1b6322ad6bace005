using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Prioritization.Selection;

/// <summary>
/// A candidate of a portfolio selection: an id and the value it brings when selected (an MCDA score, an NPV, a
/// strategic-fit figure: any finite number chosen by the caller, negative values allowed). What the candidate consumes
/// is held by the <see cref="ResourceRow"/>s, so new constraint rows never change the candidates. Immutable.
/// </summary>
public sealed class SelectionCandidate : IEquatable<SelectionCandidate>
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="id">The unique id (for example a project code).</param>
    /// <param name="value">The value added to the portfolio's total when the candidate is selected; finite.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public SelectionCandidate(string id, double value)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NotFinite(value);
        Id = id;
        Value = value;
    }

    /// <summary>Gets the candidate's id.</summary>
    public string Id { get; }

    /// <summary>Gets the candidate's value.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public bool Equals(SelectionCandidate? other) => other is not null && Id == other.Id && Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SelectionCandidate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Value);

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Id}: {Value}");
}
