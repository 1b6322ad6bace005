using Ardalis.GuardClauses;

namespace Pmo.Core.Kpis;

/// <summary>
/// Forecast-based tolerance (the PRINCE2 exception idea): besides the actual status, a KPI's value is projected
/// <see cref="HorizonDays"/> ahead and flagged when the forecast's status is worse than the actual's.
/// </summary>
/// <remarks>
/// Unless the caller supplies a forecast (<see cref="KpiForecast"/>), the projection is an ordinary least-squares line
/// through the last <see cref="TrendPoints"/> reported values (x = days, y = value), evaluated at as-of +
/// <see cref="HorizonDays"/>. Source: AXELOS, <i>Managing Successful Projects with PRINCE2</i> (2017), Progress theme:
/// tolerances, and exceptions raised when a forecast shows tolerance will be exceeded.
/// </remarks>
public sealed class ForecastTolerance : IEquatable<ForecastTolerance>
{
    /// <summary>Creates the option.</summary>
    /// <param name="horizonDays">How far ahead of the as-of date to forecast, in days: positive.</param>
    /// <param name="trendPoints">How many of the latest reported values the trend line uses: at least 2; default 3.</param>
    /// <exception cref="ArgumentException"><paramref name="horizonDays"/> is not positive, or <paramref name="trendPoints"/> is less than 2.</exception>
    public ForecastTolerance(int horizonDays, int trendPoints = 3)
    {
        HorizonDays = Guard.Against.NegativeOrZero(horizonDays);
        if (trendPoints < 2)
        {
            throw new ArgumentException($"{nameof(trendPoints)} must be at least 2 to fit a line (got {trendPoints}).", nameof(trendPoints));
        }

        TrendPoints = trendPoints;
    }

    /// <summary>Gets the forecast horizon in days after the as-of date.</summary>
    public int HorizonDays { get; }

    /// <summary>Gets the number of latest reported values the trend line uses.</summary>
    public int TrendPoints { get; }

    /// <inheritdoc/>
    public bool Equals(ForecastTolerance? other) => other is not null && HorizonDays == other.HorizonDays && TrendPoints == other.TrendPoints;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ForecastTolerance);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(HorizonDays, TrendPoints);
}
