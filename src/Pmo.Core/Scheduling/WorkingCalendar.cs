using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Scheduling;

/// <summary>
/// A working calendar over a validity range of dates: working days of the week, holidays and extra working days; maps
/// working time (whole working days as the unit) to dates and back.
/// </summary>
/// <remarks>
/// <para>
/// A date is a working day when it is an extra working day, or when its day of the week is a working day and it is
/// not a holiday. Working time is counted in working days from a project start date (which must itself be a working
/// day): working day number <c>k = 0, 1, 2, …</c> is the k-th working day on or after the start.
/// </para>
/// <para>
/// Conventions (working time <c>t ≥ 0</c>, finite; <c>⌊ ⌋</c> floor, <c>⌈ ⌉</c> ceiling):
/// <list type="bullet">
/// <item><see cref="StartDate"/>(t) = working day number <c>⌊t⌋</c>: an activity starting at working time t starts
/// on that day (t = 0 → the project start; t = 5 with Monday–Friday from a Monday → the next Monday; t = 2.5 → the
/// third working day).</item>
/// <item><see cref="FinishDate"/>(t) = working day number <c>max(⌈t⌉ − 1, 0)</c>: an activity finishing at t
/// finishes on the day during which t is reached, t measured at the end of the day (t = 5 → that Friday; t = 2.5 →
/// the third working day). t = 0 maps to the project start, not the day before: a milestone at the project start is
/// dated on the start date.</item>
/// <item><see cref="WorkingTime"/>(date) = the number of working days on or after the start and before
/// the date: the working time at the start of that day, so <c>WorkingTime(StartDate(k)) = k</c> for
/// every integer k; for a non-working date it is the working time at the start of the next working day.</item>
/// </list>
/// Times are not snapped: a time of 5.000000001 working days finishes on the sixth working day. Round first if
/// the times carry floating-point noise.
/// </para>
/// <para>
/// The calendar precomputes, once, a cumulative working-day count over its validity range (one <c>int</c> per day)
/// and the array of working dates, so each mapping is O(1) (two array look-ups) and long horizons cost
/// about <c>8 bytes × days</c>. Holidays and extra working days are sets: repeated dates are harmless; a holiday on a
/// non-working day of the week or an extra working day on a working day of the week changes nothing.
/// </para>
/// </remarks>
public sealed class WorkingCalendar
{
    /// <summary>The longest validity range accepted, in days (about 1,000 years).</summary>
    public const int MaxRangeDays = 366_000;

    private readonly int[] cumulative; // cumulative[i] = working days in [ValidFrom, ValidFrom + i), length days + 1
    private readonly LocalDate[] workingDates; // the working days, ascending

    /// <summary>Initializes a new working calendar.</summary>
    /// <param name="validFrom">The first date the calendar covers.</param>
    /// <param name="validTo">The last date the calendar covers (inclusive): on or after <paramref name="validFrom"/>, at most <see cref="MaxRangeDays"/> days in all.</param>
    /// <param name="workingDays">The working days of the week (default Monday–Friday): at least one, each a defined <see cref="IsoDayOfWeek"/> other than <see cref="IsoDayOfWeek.None"/>; repeats are harmless.</param>
    /// <param name="holidays">Dates that are not worked although their day of the week is (within the range; repeats are harmless).</param>
    /// <param name="extraWorkingDays">Dates that are worked although their day of the week is not (within the range; none may also be a holiday).</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="validTo"/> is before <paramref name="validFrom"/> or the range is longer than <see cref="MaxRangeDays"/>;
    /// <paramref name="workingDays"/> holds an undefined value or <see cref="IsoDayOfWeek.None"/>; a holiday or extra
    /// working day lies outside the range.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="workingDays"/> is empty; a date is both a holiday and an extra working day (<c>ParamName</c> <c>extraWorkingDays</c>).</exception>
    public WorkingCalendar(LocalDate validFrom, LocalDate validTo, IEnumerable<IsoDayOfWeek>? workingDays = null, IEnumerable<LocalDate>? holidays = null, IEnumerable<LocalDate>? extraWorkingDays = null)
    {
        if (validTo < validFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(validTo), validTo, $"{nameof(validTo)} ({validTo:uuuu-MM-dd}) must not be before {nameof(validFrom)} ({validFrom:uuuu-MM-dd}).");
        }

        long span = (long)Period.DaysBetween(validFrom, validTo) + 1;
        if (span > MaxRangeDays)
        {
            throw new ArgumentOutOfRangeException(nameof(validTo), validTo, $"The validity range {validFrom:uuuu-MM-dd}..{validTo:uuuu-MM-dd} spans {span} days; at most {MaxRangeDays} are allowed.");
        }

        int days = (int)span;
        bool[] weekday = new bool[8];
        IsoDayOfWeek[] wd = workingDays is null
            ? [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday]
            : [.. workingDays];
        foreach (IsoDayOfWeek d in wd)
        {
            if (d is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentOutOfRangeException(nameof(workingDays), d, $"{nameof(workingDays)} must hold days Monday..Sunday (got {d}).");
            }

            weekday[(int)d] = true;
        }

        if (wd.Length == 0)
        {
            throw new ArgumentException($"{nameof(workingDays)} must contain at least one working day of the week.", nameof(workingDays));
        }

        bool[] working = new bool[days];
        int dow = (int)validFrom.DayOfWeek;
        for (int i = 0; i < days; i++)
        {
            working[i] = weekday[dow];
            dow = dow == 7 ? 1 : dow + 1;
        }

        var holidaySet = new HashSet<LocalDate>();
        foreach (LocalDate h in holidays ?? [])
        {
            int i = OffsetInRange(validFrom, validTo, h, nameof(holidays));
            working[i] = false;
            holidaySet.Add(h);
        }

        var extra = new SortedSet<LocalDate>();
        foreach (LocalDate x in extraWorkingDays ?? [])
        {
            int i = OffsetInRange(validFrom, validTo, x, nameof(extraWorkingDays));
            if (holidaySet.Contains(x))
            {
                throw new ArgumentException($"{nameof(extraWorkingDays)} contains {x:uuuu-MM-dd}, which is also a holiday; a date cannot be both.", nameof(extraWorkingDays));
            }

            working[i] = true;
            extra.Add(x);
        }

        cumulative = new int[days + 1];
        var workingList = new List<LocalDate>(days);
        for (int i = 0; i < days; i++)
        {
            cumulative[i + 1] = cumulative[i] + (working[i] ? 1 : 0);
            if (working[i])
            {
                workingList.Add(validFrom.PlusDays(i));
            }
        }

        workingDates = [.. workingList];
        ValidFrom = validFrom;
        ValidTo = validTo;
        WorkingDaysOfWeek = [.. Enumerable.Range(1, 7).Where(i => weekday[i]).Select(i => (IsoDayOfWeek)i)];
        Holidays = [.. holidaySet.Order()];
        ExtraWorkingDays = [.. extra];
    }

    /// <summary>Gets the first date covered.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>Gets the last date covered (inclusive).</summary>
    public LocalDate ValidTo { get; }

    /// <summary>Gets the working days of the week, Monday first, without repeats.</summary>
    public ImmutableArray<IsoDayOfWeek> WorkingDaysOfWeek { get; }

    /// <summary>Gets the holidays, ascending, without repeats.</summary>
    public ImmutableArray<LocalDate> Holidays { get; }

    /// <summary>Gets the extra working days, ascending, without repeats.</summary>
    public ImmutableArray<LocalDate> ExtraWorkingDays { get; }

    /// <summary>Gets the number of working days in the validity range.</summary>
    public int WorkingDayCount => workingDates.Length;

    /// <summary>Gets a value indicating whether a date is a working day.</summary>
    /// <param name="date">A date within the validity range.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the validity range.</exception>
    [Pure]
    public bool IsWorkingDay(LocalDate date)
    {
        int i = OffsetInRange(ValidFrom, ValidTo, date, nameof(date));
        return cumulative[i + 1] != cumulative[i];
    }

    /// <summary>Counts the working days in the half-open range [<paramref name="from"/>, <paramref name="to"/>) (negative when <paramref name="to"/> is before <paramref name="from"/>).</summary>
    /// <param name="from">The first date (inclusive), within the validity range.</param>
    /// <param name="to">The end date (exclusive), within the validity range or the day after it.</param>
    /// <returns>The signed number of working days.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the validity range (for <paramref name="to"/>, extended by one day).</exception>
    [Pure]
    public int WorkingDaysBetween(LocalDate from, LocalDate to)
    {
        int a = OffsetInRange(ValidFrom, ValidTo.PlusDays(1), from, nameof(from));
        int b = OffsetInRange(ValidFrom, ValidTo.PlusDays(1), to, nameof(to));
        return cumulative[b] - cumulative[a];
    }

    /// <summary>The date on which an activity starting at working time <paramref name="time"/> starts: working day number <c>⌊time⌋</c> from <paramref name="projectStart"/>.</summary>
    /// <param name="projectStart">The project start: a working day within the validity range.</param>
    /// <param name="time">The working time (days from the project start): finite, ≥ 0.</param>
    /// <returns>The start date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="projectStart"/> is outside the range; <paramref name="time"/> is NaN, infinite, negative or beyond the range's last working day.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectStart"/> is not a working day.</exception>
    [Pure]
    public LocalDate StartDate(LocalDate projectStart, double time)
    {
        int k0 = StartIndex(projectStart);
        return DateOfIndex(k0, StartOffset(k0, time, nameof(time)));
    }

    /// <summary>The date on which an activity finishing at working time <paramref name="time"/> finishes: working day number <c>max(⌈time⌉ − 1, 0)</c> from <paramref name="projectStart"/>.</summary>
    /// <param name="projectStart">The project start: a working day within the validity range.</param>
    /// <param name="time">The working time (days from the project start): finite, ≥ 0; 0 maps to the project start.</param>
    /// <returns>The finish date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="projectStart"/> is outside the range; <paramref name="time"/> is NaN, infinite, negative or beyond the range's last working day.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectStart"/> is not a working day.</exception>
    [Pure]
    public LocalDate FinishDate(LocalDate projectStart, double time)
    {
        int k0 = StartIndex(projectStart);
        return DateOfIndex(k0, FinishOffset(k0, time, nameof(time)));
    }

    /// <summary>Maps many working times to finish dates (see <see cref="FinishDate"/>), validating the start once.</summary>
    /// <param name="projectStart">The project start: a working day within the validity range.</param>
    /// <param name="times">The working times: each finite, ≥ 0 and within the range.</param>
    /// <param name="destination">Receives the dates; at least as long as <paramref name="times"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="FinishDate"/>, for any element (<c>ParamName</c> <c>times</c>).</exception>
    /// <exception cref="ArgumentException"><paramref name="projectStart"/> is not a working day, or <paramref name="destination"/> is too short.</exception>
    public void FinishDates(LocalDate projectStart, ReadOnlySpan<double> times, Span<LocalDate> destination)
    {
        if (destination.Length < times.Length)
        {
            throw new ArgumentException($"{nameof(destination)} has {destination.Length} elements; {times.Length} are needed.", nameof(destination));
        }

        int k0 = StartIndex(projectStart);
        for (int i = 0; i < times.Length; i++)
        {
            destination[i] = DateOfIndex(k0, FinishOffset(k0, times[i], nameof(times)));
        }
    }

    /// <summary>The working time at the start of <paramref name="date"/>: working days on or after <paramref name="projectStart"/> and before <paramref name="date"/>.</summary>
    /// <param name="projectStart">The project start: a working day within the validity range.</param>
    /// <param name="date">A date on or after <paramref name="projectStart"/> within the range.</param>
    /// <returns>The working time; <c>WorkingTime(StartDate(k)) = k</c> for integer k.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="projectStart"/> or <paramref name="date"/> is outside the range, or <paramref name="date"/> is before <paramref name="projectStart"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectStart"/> is not a working day.</exception>
    [Pure]
    public int WorkingTime(LocalDate projectStart, LocalDate date)
    {
        int k0 = StartIndex(projectStart);
        if (date < projectStart)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"{nameof(date)} ({date:uuuu-MM-dd}) must not be before {nameof(projectStart)} ({projectStart:uuuu-MM-dd}).");
        }

        return cumulative[OffsetInRange(ValidFrom, ValidTo, date, nameof(date))] - k0;
    }

    /// <summary>The first working day on or after <paramref name="date"/>, e.g. to choose a project start.</summary>
    /// <param name="date">A date within the validity range.</param>
    /// <returns>The working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the range, or no working day follows it within the range.</exception>
    [Pure]
    public LocalDate NextWorkingDay(LocalDate date)
    {
        int k = cumulative[OffsetInRange(ValidFrom, ValidTo, date, nameof(date))];
        return k < workingDates.Length
            ? workingDates[k]
            : throw new ArgumentOutOfRangeException(nameof(date), date, $"No working day on or after {date:uuuu-MM-dd} within the calendar's range (ends {ValidTo:uuuu-MM-dd}).");
    }

    private static int OffsetInRange(LocalDate from, LocalDate to, LocalDate date, string paramName)
    {
        if (date < from || date > to)
        {
            throw new ArgumentOutOfRangeException(paramName, date, $"{paramName} ({date:uuuu-MM-dd}) is outside the calendar's validity range {from:uuuu-MM-dd}..{to:uuuu-MM-dd}.");
        }

        return Period.DaysBetween(from, date);
    }

    private int StartIndex(LocalDate projectStart)
    {
        int i = OffsetInRange(ValidFrom, ValidTo, projectStart, nameof(projectStart));
        if (cumulative[i + 1] == cumulative[i])
        {
            throw new ArgumentException($"{nameof(projectStart)} ({projectStart:uuuu-MM-dd}, a {projectStart.DayOfWeek}) is not a working day; use {nameof(NextWorkingDay)} to pick one.", nameof(projectStart));
        }

        return cumulative[i];
    }

    private int StartOffset(int k0, double time, string paramName)
    {
        Guard.Against.NotFiniteNonNegative(time, paramName);
        int available = workingDates.Length - k0; // working days from the start to the end of the range
        if (time >= available)
        {
            throw new ArgumentOutOfRangeException(paramName, time, $"{paramName} ({time}) starts beyond the calendar's range: only {available} working days lie between the project start and {ValidTo:uuuu-MM-dd}.");
        }

        return (int)Math.Floor(time);
    }

    private int FinishOffset(int k0, double time, string paramName)
    {
        Guard.Against.NotFiniteNonNegative(time, paramName);
        int available = workingDates.Length - k0;
        if (time > available)
        {
            throw new ArgumentOutOfRangeException(paramName, time, $"{paramName} ({time}) finishes beyond the calendar's range: only {available} working days lie between the project start and {ValidTo:uuuu-MM-dd}.");
        }

        return Math.Max((int)Math.Ceiling(time) - 1, 0);
    }

    private LocalDate DateOfIndex(int k0, int offset) => workingDates[k0 + offset];
}
