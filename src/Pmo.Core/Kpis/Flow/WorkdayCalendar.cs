using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;

namespace Pmo.Core.Kpis.Flow;

/// <summary>
/// A minimal, unbounded working-day calendar for flow forecasts: a set of non-working weekdays and a list of holiday
/// dates. Immutable and thread-safe. It only answers "is this a working day?" and has no end date, so a Monte Carlo
/// forecast's far tail never runs off it; <see cref="Scheduling.WorkingCalendar"/> is the scheduling calendar (a
/// validity range, extra working days, working time to dates).
/// </summary>
public sealed class WorkdayCalendar
{
    private readonly FrozenSet<LocalDate> holidaySet;
    private readonly int weekdayOffMask;

    /// <summary>Creates a calendar.</summary>
    /// <param name="nonWorkingWeekdays">The weekdays that are never worked (for example Saturday and Sunday); may be empty.</param>
    /// <param name="holidays">Dates that are not worked; default none. Duplicates are ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="nonWorkingWeekdays"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weekday is not a defined ISO day (Monday–Sunday).</exception>
    /// <exception cref="ArgumentException">All seven weekdays are non-working: no day could ever be worked.</exception>
    public WorkdayCalendar(IEnumerable<IsoDayOfWeek> nonWorkingWeekdays, IEnumerable<LocalDate>? holidays = null)
    {
        Guard.Against.Null(nonWorkingWeekdays);
        int mask = 0;
        foreach (IsoDayOfWeek d in nonWorkingWeekdays)
        {
            if (d < IsoDayOfWeek.Monday || d > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentOutOfRangeException(nameof(nonWorkingWeekdays), d, $"{nameof(nonWorkingWeekdays)} must contain only Monday to Sunday (got {d}).");
            }

            mask |= 1 << (int)d;
        }

        weekdayOffMask = mask;
        if (System.Numerics.BitOperations.PopCount((uint)mask) == 7)
        {
            throw new ArgumentException($"{nameof(nonWorkingWeekdays)} must leave at least one working weekday.", nameof(nonWorkingWeekdays));
        }

        NonWorkingWeekdays = [.. Enumerable.Range(1, 7).Where(i => (mask & (1 << i)) != 0).Select(i => (IsoDayOfWeek)i)];
        Holidays = holidays is null ? [] : [.. holidays.Distinct().Order()];
        holidaySet = Holidays.ToFrozenSet();
    }

    /// <summary>Gets a calendar where Saturday and Sunday are not worked and there are no holidays.</summary>
    public static WorkdayCalendar MondayToFriday { get; } = new([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]);

    /// <summary>Gets a calendar where every day is worked.</summary>
    public static WorkdayCalendar EveryDay { get; } = new([]);

    /// <summary>Gets the non-working weekdays, Monday first.</summary>
    public ImmutableArray<IsoDayOfWeek> NonWorkingWeekdays { get; }

    /// <summary>Gets the holidays, sorted and distinct.</summary>
    public ImmutableArray<LocalDate> Holidays { get; }

    /// <summary>Returns whether <paramref name="date"/> is a working day (its weekday is worked and it is not a holiday).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the date is worked.</returns>
    [Pure]
    public bool IsWorkingDay(LocalDate date) => (weekdayOffMask & (1 << (int)date.DayOfWeek)) == 0 && !holidaySet.Contains(date);

    /// <summary>Returns the first working day on or after <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No working day falls on or after <paramref name="date"/> up to 9999-12-31.</exception>
    [Pure]
    public LocalDate NextWorkingDayOnOrAfter(LocalDate date)
    {
        // Terminates: at least one weekday is worked and the holiday list is finite.
        LocalDate given = date;
        while (!IsWorkingDay(date))
        {
            date = date == LocalDate.MaxIsoValue
                ? throw new ArgumentOutOfRangeException(nameof(date), given, $"{nameof(date)} = {given:yyyy-MM-dd}: no working day falls on or after it before the last representable date ({LocalDate.MaxIsoValue:yyyy-MM-dd}).")
                : date.PlusDays(1);
        }

        return date;
    }

    /// <summary>Counts the working days from <paramref name="from"/> to <paramref name="to"/>, both included (0 when <paramref name="to"/> precedes <paramref name="from"/>).</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The number of working days.</returns>
    [Pure]
    public int CountWorkingDays(LocalDate from, LocalDate to)
    {
        int count = 0;
        for (LocalDate d = from; d <= to; d = d.PlusDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }

            if (d == to)
            {
                break; // stepping past 'to' would overflow when it is the last representable date
            }
        }

        return count;
    }

    /// <summary>The working days from <paramref name="from"/> to <paramref name="to"/> (both included), in order.</summary>
    internal LocalDate[] WorkingDays(LocalDate from, LocalDate to)
    {
        var list = new List<LocalDate>();
        for (LocalDate d = from; d <= to; d = d.PlusDays(1))
        {
            if (IsWorkingDay(d))
            {
                list.Add(d);
            }

            if (d == to)
            {
                break;
            }
        }

        return [.. list];
    }
}
