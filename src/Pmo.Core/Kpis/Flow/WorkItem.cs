using NodaTime;

namespace Pmo.Core.Kpis.Flow;

/// <summary>
/// A unit of work with the day it was started (committed to) and, once done, the day it finished. Immutable.
/// </summary>
public sealed class WorkItem : IEquatable<WorkItem>
{
    /// <summary>Creates a work item.</summary>
    /// <param name="id">An identifier for the analyst (not used in calculations).</param>
    /// <param name="start">The day work started.</param>
    /// <param name="finish">The day it finished; <see langword="null"/> while in progress.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank, or <paramref name="finish"/> precedes <paramref name="start"/>.</exception>
    public WorkItem(string id, LocalDate start, LocalDate? finish = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (finish is { } f && f < start)
        {
            throw new ArgumentException($"{nameof(finish)} ({f:yyyy-MM-dd}) must not precede {nameof(start)} ({start:yyyy-MM-dd}).", nameof(finish));
        }

        Id = id;
        Start = start;
        Finish = finish;
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the day work started.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the day the item finished, or <see langword="null"/> while it is in progress.</summary>
    public LocalDate? Finish { get; }

    /// <summary>Gets a value indicating whether the item has finished.</summary>
    public bool IsFinished => Finish.HasValue;

    /// <inheritdoc/>
    public bool Equals(WorkItem? other) =>
        other is not null && Id == other.Id && Start == other.Start && Finish == other.Finish;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WorkItem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Start, Finish);

    /// <inheritdoc/>
    public override string ToString() => Finish is { } f ? $"{Id}: {Start:yyyy-MM-dd} → {f:yyyy-MM-dd}" : $"{Id}: {Start:yyyy-MM-dd} → (in progress)";
}
