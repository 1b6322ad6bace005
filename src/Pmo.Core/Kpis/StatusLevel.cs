using Ardalis.GuardClauses;

namespace Pmo.Core.Kpis;

/// <summary>
/// One level of a <see cref="StatusScale"/>, for example Green of the RAG scale. Levels are ordered by
/// <see cref="Rank"/>: 0 is the worst level of its scale, <c>N − 1</c> the best.
/// </summary>
public sealed class StatusLevel : IEquatable<StatusLevel>
{
    /// <summary>Creates a status level.</summary>
    /// <param name="id">A short machine identifier, unique in its scale, for example <c>green</c>.</param>
    /// <param name="label">The label shown to readers, for example <c>Green</c>.</param>
    /// <param name="colour">A CSS colour for reports, for example <c>#2E7D32</c>.</param>
    /// <param name="rank">The position in the scale: 0 is the worst level; must be zero or positive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="label"/> or <paramref name="colour"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/>, <paramref name="label"/> or <paramref name="colour"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is negative.</exception>
    public StatusLevel(string id, string label, string colour, int rank)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(label);
        Guard.Against.NullOrWhiteSpace(colour);
        if (rank < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rank), rank, $"{nameof(rank)} must be zero or positive (got {rank}).");
        }

        Id = id;
        Label = label;
        Colour = colour;
        Rank = rank;
    }

    /// <summary>Gets the machine identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the label shown to readers.</summary>
    public string Label { get; }

    /// <summary>Gets the CSS colour for reports.</summary>
    public string Colour { get; }

    /// <summary>Gets the rank: 0 is the worst level of the scale; a higher rank is better.</summary>
    public int Rank { get; }

    /// <inheritdoc/>
    public bool Equals(StatusLevel? other) =>
        other is not null && Rank == other.Rank && Id == other.Id && Label == other.Label && Colour == other.Colour;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StatusLevel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Label, Colour, Rank);

    /// <inheritdoc/>
    public override string ToString() => Label;
}
