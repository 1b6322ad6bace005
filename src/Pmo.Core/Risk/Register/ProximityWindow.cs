using System.Diagnostics.Contracts;
using NodaTime;

namespace Pmo.Core.Risk;

/// <summary>
/// The period in which a risk could occur (its proximity): from <see cref="Start"/> to <see cref="End"/>, both inclusive.
/// </summary>
/// <remarks>
/// Proximity is one of the factors of risk urgency (PMBOK 6th ed. §11.3.2.3 "risk parameters: proximity"; PRINCE2
/// "proximity"). A <c>default</c> value is the one-day window on <see cref="LocalDate"/>'s default date.
/// </remarks>
public readonly struct ProximityWindow : IEquatable<ProximityWindow>
{
    /// <summary>Creates a window.</summary>
    /// <param name="start">The first day the risk can occur.</param>
    /// <param name="end">The last day it can occur; on or after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public ProximityWindow(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            throw new ArgumentException($"{nameof(end)} ({end:uuuu-MM-dd}) must be on or after {nameof(start)} ({start:uuuu-MM-dd}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the first day the risk can occur.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day the risk can occur.</summary>
    public LocalDate End { get; }

    /// <summary>Tells whether the window is open on a date (Start ≤ date ≤ End).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the date lies in the window.</returns>
    [Pure]
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Gets the number of days from <paramref name="asOf"/> to <see cref="Start"/> (negative once started).</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>Start − asOf in days.</returns>
    [Pure]
    public int DaysUntilStart(LocalDate asOf) => Period.Between(asOf, Start, PeriodUnits.Days).Days;

    /// <inheritdoc/>
    public bool Equals(ProximityWindow other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ProximityWindow w && Equals(w);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start:uuuu-MM-dd}, {End:uuuu-MM-dd}]";

    /// <summary>Compares two windows for equality.</summary>
    /// <param name="left">The first window.</param>
    /// <param name="right">The second window.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ProximityWindow left, ProximityWindow right) => left.Equals(right);

    /// <summary>Compares two windows for inequality.</summary>
    /// <param name="left">The first window.</param>
    /// <param name="right">The second window.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ProximityWindow left, ProximityWindow right) => !left.Equals(right);
}
