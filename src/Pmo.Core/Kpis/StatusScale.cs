using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;

namespace Pmo.Core.Kpis;

/// <summary>
/// An ordered status scale of N ≥ 2 levels, worst first. <see cref="Rag"/> (Red/Amber/Green) is the default;
/// <see cref="FiveLevel"/> and any caller-defined scale work the same way.
/// </summary>
/// <remarks>
/// A KPI whose status cannot be decided (missing data, undefined band input) has <i>no</i> level: its status is
/// <see cref="KpiStatusKind.Unknown"/>, never silently one of the scale's levels.
/// </remarks>
public sealed class StatusScale : IEquatable<StatusScale>
{
    /// <summary>Gets the RAG scale's Red level (rank 0).</summary>
    public static StatusLevel Red { get; } = new("red", "Red", "#C62828", 0);

    /// <summary>Gets the RAG scale's Amber level (rank 1).</summary>
    public static StatusLevel Amber { get; } = new("amber", "Amber", "#F9A825", 1);

    /// <summary>Gets the RAG scale's Green level (rank 2).</summary>
    public static StatusLevel Green { get; } = new("green", "Green", "#2E7D32", 2);

    /// <summary>Gets the default three-level Red/Amber/Green scale (worst first).</summary>
    public static StatusScale Rag { get; } = new("rag", [Red, Amber, Green]);

    /// <summary>
    /// Gets a five-level scale Red, Amber/Red, Amber, Amber/Green, Green (ids <c>red</c>, <c>amber-red</c>,
    /// <c>amber</c>, <c>amber-green</c>, <c>green</c>), the shape of the UK Infrastructure and Projects Authority's
    /// five-point Delivery Confidence Assessment.
    /// </summary>
    public static StatusScale FiveLevel { get; } = new("five-level",
    [
        new StatusLevel("red", "Red", "#C62828", 0),
        new StatusLevel("amber-red", "Amber/Red", "#EF6C00", 1),
        new StatusLevel("amber", "Amber", "#F9A825", 2),
        new StatusLevel("amber-green", "Amber/Green", "#9E9D24", 3),
        new StatusLevel("green", "Green", "#2E7D32", 4),
    ]);

    private readonly FrozenDictionary<string, StatusLevel> byId;

    /// <summary>Creates a scale.</summary>
    /// <param name="id">The scale's identifier.</param>
    /// <param name="levels">The levels: at least two, unique ids, ranks exactly 0 … N − 1 (any order; they are sorted by rank).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="levels"/> or a level is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, there are fewer than two levels, an id repeats, or the ranks are not 0 … N − 1.</exception>
    public StatusScale(string id, IEnumerable<StatusLevel> levels)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.Null(levels);
        StatusLevel[] list = [.. levels];
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(levels), $"{nameof(levels)}[{i}] is null.");
            }
        }

        if (list.Length < 2)
        {
            throw new ArgumentException($"{nameof(levels)} must contain at least two levels (got {list.Length}).", nameof(levels));
        }

        Array.Sort(list, static (a, b) => a.Rank.CompareTo(b.Rank));
        var ids = new Dictionary<string, StatusLevel>(StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i].Rank != i)
            {
                throw new ArgumentException($"{nameof(levels)} must have the ranks 0 … {list.Length - 1} exactly once each, but rank {i} is {(list[i].Rank < i ? "repeated" : "missing")}.", nameof(levels));
            }

            if (!ids.TryAdd(list[i].Id, list[i]))
            {
                throw new ArgumentException($"{nameof(levels)} contains the id '{list[i].Id}' more than once; ids must be unique.", nameof(levels));
            }
        }

        byId = ids.ToFrozenDictionary(StringComparer.Ordinal);
        Id = id;
        Levels = [.. list];
    }

    /// <summary>Gets the scale's identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the levels, worst first (index = rank).</summary>
    public ImmutableArray<StatusLevel> Levels { get; }

    /// <summary>Gets the number of levels N.</summary>
    public int Count => Levels.Length;

    /// <summary>Gets the worst level (rank 0).</summary>
    public StatusLevel Worst => Levels[0];

    /// <summary>Gets the best level (rank N − 1).</summary>
    public StatusLevel Best => Levels[^1];

    /// <summary>Gets a level by id.</summary>
    /// <param name="id">The level's id.</param>
    /// <returns>The level.</returns>
    /// <exception cref="KeyNotFoundException">The scale has no level with that id.</exception>
    public StatusLevel this[string id] => byId.TryGetValue(id, out StatusLevel? level)
        ? level
        : throw new KeyNotFoundException($"The status scale '{Id}' has no level '{id}'.");

    /// <summary>Gets the level of a rank.</summary>
    /// <param name="rank">The rank, 0 … N − 1.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is outside 0 … N − 1.</exception>
    [Pure]
    public StatusLevel Level(int rank) => rank >= 0 && rank < Levels.Length
        ? Levels[rank]
        : throw new ArgumentOutOfRangeException(nameof(rank), rank, $"{nameof(rank)} must lie in 0 … {Levels.Length - 1} for the scale '{Id}' (got {rank}).");

    /// <summary>Tells whether a level belongs to this scale (same id, label, colour and rank).</summary>
    /// <param name="level">The level.</param>
    /// <returns>Whether it belongs to the scale.</returns>
    [Pure]
    public bool Contains(StatusLevel? level) =>
        level is not null && level.Rank < Levels.Length && Levels[level.Rank].Equals(level);

    /// <summary>Gets the normalised score of a level, <c>rank / (N − 1)</c>: 0 for the worst level, 1 for the best.</summary>
    /// <param name="level">A level of this scale.</param>
    /// <returns>The score in [0, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="level"/> is not a level of this scale.</exception>
    [Pure]
    public double Score(StatusLevel level)
    {
        Guard.Against.Null(level);
        if (!Contains(level))
        {
            throw new ArgumentException($"{nameof(level)} '{level.Id}' is not a level of the scale '{Id}'.", nameof(level));
        }

        return (double)level.Rank / (Levels.Length - 1);
    }

    /// <inheritdoc/>
    public bool Equals(StatusScale? other) =>
        other is not null && (ReferenceEquals(this, other) || (Id == other.Id && Levels.SequenceEqual(other.Levels)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StatusScale);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Levels.Length);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {string.Join(" < ", Levels.Select(l => l.Label))}";
}
