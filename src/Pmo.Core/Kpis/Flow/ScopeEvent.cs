using NodaTime;

namespace Pmo.Core.Kpis.Flow;

/// <summary>What happened to the scope on a <see cref="ScopeEvent"/>.</summary>
public enum ScopeEventKind
{
    /// <summary>Items were added to the scope.</summary>
    Added = 0,

    /// <summary>Items were removed from the scope (descoped) without being done.</summary>
    Removed = 1,

    /// <summary>Items were completed.</summary>
    Completed = 2,
}

/// <summary>A dated change of scope or progress, the input of burn-up and burn-down charts. Immutable.</summary>
public sealed class ScopeEvent : IEquatable<ScopeEvent>
{
    /// <summary>Creates an event.</summary>
    /// <param name="date">The day it happened.</param>
    /// <param name="kind">What happened.</param>
    /// <param name="count">How many items (or points); finite and positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or <paramref name="count"/> is not finite and positive.</exception>
    public ScopeEvent(LocalDate date, ScopeEventKind kind, double count = 1)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{nameof(kind)} must be a defined {nameof(ScopeEventKind)} (got {(int)kind}).");
        }

        if (!double.IsFinite(count) || count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"{nameof(count)} must be a finite number greater than zero (got {count}).");
        }

        Date = date;
        Kind = kind;
        Count = count;
    }

    /// <summary>Gets the day it happened.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets what happened.</summary>
    public ScopeEventKind Kind { get; }

    /// <summary>Gets how many items (or points).</summary>
    public double Count { get; }

    /// <inheritdoc/>
    public bool Equals(ScopeEvent? other) => other is not null && Date == other.Date && Kind == other.Kind && Count.Equals(other.Count);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScopeEvent);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Kind, Count);

    /// <inheritdoc/>
    public override string ToString() => $"{Date:yyyy-MM-dd} {Kind} {Count}";
}
