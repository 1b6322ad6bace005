using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Pmo.Core.Resources;

/// <summary>One period of a capacity plan: a label and the half-open date range [<see cref="Start"/>, <see cref="End"/>).</summary>
public sealed class PlanningPeriod : IEquatable<PlanningPeriod>
{
    /// <summary>Initializes a new period.</summary>
    /// <param name="label">The display label, for example <c>2027-01</c>; not blank.</param>
    /// <param name="start">The first day of the period.</param>
    /// <param name="end">The day after the last day of the period (exclusive); after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public PlanningPeriod(string label, LocalDate start, LocalDate end)
    {
        Guard.Against.NullOrWhiteSpace(label);
        if (end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"The end of period '{label}' ({end:uuuu-MM-dd}, exclusive) must be after its start ({start:uuuu-MM-dd}).");
        }

        Label = label;
        Start = start;
        End = end;
    }

    /// <summary>Gets the display label.</summary>
    public string Label { get; }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the day after the last day of the period (exclusive end).</summary>
    public LocalDate End { get; }

    /// <summary>Gets the last day of the period (inclusive).</summary>
    public LocalDate Last => End.PlusDays(-1);

    /// <summary>Gets the number of calendar days in the period.</summary>
    public int Days => Period.DaysBetween(Start, End);

    /// <summary>Gets a value indicating whether a date falls in the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <c>Start ≤ date &lt; End</c>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date < End;

    /// <inheritdoc/>
    public bool Equals(PlanningPeriod? other) => other is not null && Label == other.Label && Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PlanningPeriod);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Label, Start, End);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Label} [{Start:uuuu-MM-dd}, {End:uuuu-MM-dd})");
}
