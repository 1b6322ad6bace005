using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>A caller-supplied forecast of a KPI's value at a future date (for example a CPI implied by an EAC).</summary>
public readonly struct KpiForecast : IEquatable<KpiForecast>
{
    /// <summary>Creates a forecast.</summary>
    /// <param name="date">The date the forecast applies to.</param>
    /// <param name="value">The forecast value: finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public KpiForecast(LocalDate date, double value)
    {
        Date = date;
        Value = Guard.Against.NotFinite(value);
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the forecast value.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public bool Equals(KpiForecast other) => Date == other.Date && Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is KpiForecast other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Value);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(KpiForecast left, KpiForecast right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(KpiForecast left, KpiForecast right) => !left.Equals(right);
}
