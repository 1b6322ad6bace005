namespace Pmo.Core.Kpis.Flow;

/// <summary>What a team committed to ("say") and completed ("do") in one sprint or period, in items or points. Immutable.</summary>
public sealed class SprintOutcome : IEquatable<SprintOutcome>
{
    /// <summary>Creates a sprint outcome.</summary>
    /// <param name="name">A label for the analyst (for example "Sprint 14").</param>
    /// <param name="committed">The work committed at the start; finite, zero or positive.</param>
    /// <param name="completed">The work completed; finite, zero or positive (it may exceed the commitment).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="committed"/> or <paramref name="completed"/> is negative or not finite.</exception>
    public SprintOutcome(string name, double committed, double completed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(committed) || committed < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(committed), committed, $"{nameof(committed)} must be a finite number, zero or positive (got {committed}).");
        }

        if (!double.IsFinite(completed) || completed < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(completed), completed, $"{nameof(completed)} must be a finite number, zero or positive (got {completed}).");
        }

        Name = name;
        Committed = committed;
        Completed = completed;
    }

    /// <summary>Gets the label.</summary>
    public string Name { get; }

    /// <summary>Gets the committed work ("say").</summary>
    public double Committed { get; }

    /// <summary>Gets the completed work ("do").</summary>
    public double Completed { get; }

    /// <summary>
    /// Gets the say/do ratio <c>completed / committed</c>, or <see langword="null"/> when nothing was committed or the
    /// ratio overflows the double range (a vanishingly small commitment).
    /// </summary>
    public double? SayDoRatio => Committed == 0 || !double.IsFinite(Completed / Committed) ? null : Completed / Committed;

    /// <inheritdoc/>
    public bool Equals(SprintOutcome? other) =>
        other is not null && Name == other.Name && Committed.Equals(other.Committed) && Completed.Equals(other.Completed);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SprintOutcome);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Committed, Completed);

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: said {Committed}, did {Completed}";
}
