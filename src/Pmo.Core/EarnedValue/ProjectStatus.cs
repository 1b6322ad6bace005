using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// A project's status at a status date, with the optional history of earlier status points (normally one per
/// reporting period) from which period and moving indices and statistical forecasts are derived.
/// </summary>
public sealed class ProjectStatus
{
    /// <summary>Creates a status without history.</summary>
    /// <param name="current">The status at the status date.</param>
    public ProjectStatus(StatusPoint current)
        : this(current, [])
    {
    }

    /// <summary>Creates a status with history.</summary>
    /// <param name="current">The status at the status date.</param>
    /// <param name="history">
    /// Earlier cumulative status points in strictly increasing date order, all before <paramref name="current"/>'s date
    /// (a point on the status date itself is accepted only if it equals <paramref name="current"/>, and is then
    /// dropped as a duplicate). Cumulative values may decrease (a correction) — the period values are then negative.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">The history is not in strictly increasing date order, or is after the status date.</exception>
    public ProjectStatus(StatusPoint current, IEnumerable<StatusPoint> history)
    {
        Guard.Against.Null(history);
        ImmutableArray<StatusPoint> h = [.. history];
        for (int i = 1; i < h.Length; i++)
        {
            if (h[i].Date <= h[i - 1].Date)
            {
                throw new ArgumentException($"{nameof(history)} must be in strictly increasing date order, but {nameof(history)}[{i}] ({h[i].Date:yyyy-MM-dd}) is not after {h[i - 1].Date:yyyy-MM-dd}.", nameof(history));
            }
        }

        if (!h.IsEmpty && h[^1].Date >= current.Date)
        {
            if (h[^1].Date == current.Date && h[^1] == current)
            {
                h = h.RemoveAt(h.Length - 1);
            }
            else
            {
                throw new ArgumentException($"{nameof(history)} must end before the status date {current.Date:yyyy-MM-dd}; its last point is {h[^1]}.", nameof(history));
            }
        }

        Current = current;
        History = h;
    }

    /// <summary>Creates a status from cumulative EV and AC at a date.</summary>
    /// <param name="statusDate">The status date.</param>
    /// <param name="earnedValue">Cumulative EV.</param>
    /// <param name="actualCost">Cumulative AC.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN, infinite or negative.</exception>
    public ProjectStatus(LocalDate statusDate, double earnedValue, double actualCost)
        : this(new StatusPoint(statusDate, earnedValue, actualCost))
    {
    }

    /// <summary>Gets the status at the status date.</summary>
    public StatusPoint Current { get; }

    /// <summary>
    /// Gets the date the project actually finished, if it has: the analysis then measures actual time AT to the end of
    /// that day instead of the status date, so time-based indices (SPI(t) = PD / AT for a late finish) stop ageing
    /// once the work is done.
    /// </summary>
    public LocalDate? ActualFinish { get; private init; }

    /// <summary>Returns a copy of this status with the actual finish date set (or cleared with null).</summary>
    /// <param name="actualFinish">The date the project finished: on or before the status date; null to clear.</param>
    /// <returns>The new status.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actualFinish"/> is after the status date.</exception>
    public ProjectStatus WithActualFinish(LocalDate? actualFinish)
    {
        if (actualFinish is { } f && f > StatusDate)
        {
            throw new ArgumentOutOfRangeException(nameof(actualFinish), f, $"{nameof(actualFinish)} ({f:yyyy-MM-dd}) must be on or before the status date {StatusDate:yyyy-MM-dd}.");
        }

        return new ProjectStatus(Current, History) { ActualFinish = actualFinish };
    }

    /// <summary>Gets the earlier status points, strictly before <see cref="Current"/>.</summary>
    public ImmutableArray<StatusPoint> History { get; }

    /// <summary>Gets the status date.</summary>
    public LocalDate StatusDate => Current.Date;

    /// <summary>Gets the history followed by the current point: the full series of cumulative status points.</summary>
    public ImmutableArray<StatusPoint> Series => History.Add(Current);
}
