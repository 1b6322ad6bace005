using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// Cumulative earned value (EV, BCWP) and actual cost (AC, ACWP) through the end of a date.
/// </summary>
public readonly struct StatusPoint : IEquatable<StatusPoint>
{
    /// <summary>Creates a status point.</summary>
    /// <param name="date">The status (data) date: values are cumulative through the end of this day.</param>
    /// <param name="earnedValue">Cumulative EV: finite, zero or positive.</param>
    /// <param name="actualCost">Cumulative AC: finite, zero or positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN, infinite or negative.</exception>
    public StatusPoint(LocalDate date, double earnedValue, double actualCost)
    {
        Guard.Against.NotFiniteNonNegative(earnedValue);
        Guard.Against.NotFiniteNonNegative(actualCost);
        Date = date;
        EarnedValue = earnedValue;
        ActualCost = actualCost;
    }

    /// <summary>Gets the status date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the cumulative earned value, EV (BCWP).</summary>
    public double EarnedValue { get; }

    /// <summary>Gets the cumulative actual cost, AC (ACWP).</summary>
    public double ActualCost { get; }

    /// <inheritdoc/>
    public bool Equals(StatusPoint other) => Date == other.Date && EarnedValue.Equals(other.EarnedValue) && ActualCost.Equals(other.ActualCost);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StatusPoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, EarnedValue, ActualCost);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(StatusPoint left, StatusPoint right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(StatusPoint left, StatusPoint right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"{Date:yyyy-MM-dd}: EV={EarnedValue}, AC={ActualCost}";
}
