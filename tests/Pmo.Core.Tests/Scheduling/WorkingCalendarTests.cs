using NodaTime;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Scheduling;

/// <summary>
/// Layer 1: hand-checked calendar examples. Dates read off the 2026 calendar: 1 January 2026 is a Thursday, so
/// Monday 5 January starts the first full week; 2026 has 365 days = 52 weeks + 1 day (Thursday 31 December).
/// </summary>
public class WorkingCalendarTests
{
    private static readonly LocalDate Monday = new(2026, 1, 5);

    private static WorkingCalendar Year2026(IEnumerable<LocalDate>? holidays = null, IEnumerable<LocalDate>? extra = null, IEnumerable<IsoDayOfWeek>? days = null) =>
        new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), days, holidays, extra);

    private static LocalDate Jan(int day) => new(2026, 1, day);

    [Fact]
    public void Monday_to_Friday_start_and_finish_conventions()
    {
        WorkingCalendar c = Year2026();
        Assert.Equal(Jan(5), c.StartDate(Monday, 0));   // t = 0 → the start
        Assert.Equal(Jan(12), c.StartDate(Monday, 5));  // 5 working days later → next Monday
        Assert.Equal(Jan(9), c.FinishDate(Monday, 5));  // a 5-day activity from Monday finishes Friday
        Assert.Equal(Jan(5), c.FinishDate(Monday, 0));  // t = 0 finishes on the start, not the day before
        Assert.Equal(Jan(5), c.FinishDate(Monday, 1));
        Assert.Equal(Jan(5), c.FinishDate(Monday, 0.2)); // ⌈0.2⌉ − 1 = 0
        Assert.Equal(Jan(7), c.FinishDate(Monday, 2.5)); // ⌈2.5⌉ − 1 = 2: Mon 5, Tue 6, Wed 7
        Assert.Equal(Jan(7), c.StartDate(Monday, 2.5));  // ⌊2.5⌋ = 2
        Assert.Equal(Jan(9), c.StartDate(Monday, 4.999));
        Assert.Equal(Jan(12), c.FinishDate(Monday, 5.001)); // no snapping: just past 5 finishes on day 6
        Assert.Equal(Jan(16), c.FinishDate(Monday, 10));
    }

    [Fact]
    public void Working_time_is_the_inverse_at_the_start_of_a_day()
    {
        WorkingCalendar c = Year2026();
        Assert.Equal(0, c.WorkingTime(Monday, Jan(5)));
        Assert.Equal(4, c.WorkingTime(Monday, Jan(9)));
        Assert.Equal(5, c.WorkingTime(Monday, Jan(10))); // Saturday: the time at the start of the next working day
        Assert.Equal(5, c.WorkingTime(Monday, Jan(11)));
        Assert.Equal(5, c.WorkingTime(Monday, Jan(12)));
    }

    [Fact]
    public void Counts_working_days_half_open_and_signed()
    {
        WorkingCalendar c = Year2026();
        Assert.Equal(261, c.WorkingDaysBetween(new LocalDate(2026, 1, 1), new LocalDate(2027, 1, 1))); // 52 × 5 + Thursday 31 Dec
        Assert.Equal(261, c.WorkingDayCount);
        Assert.Equal(5, c.WorkingDaysBetween(Jan(5), Jan(12)));
        Assert.Equal(0, c.WorkingDaysBetween(Jan(10), Jan(12))); // Saturday and Sunday
        Assert.Equal(-5, c.WorkingDaysBetween(Jan(12), Jan(5)));
        Assert.Equal(2, c.WorkingDaysBetween(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 3))); // Thu 1, Fri 2
    }

    [Fact]
    public void Holidays_are_skipped()
    {
        // Wednesday 7 January off: working days Mon 5, Tue 6, Thu 8, Fri 9, Mon 12, ...
        WorkingCalendar c = Year2026(holidays: [Jan(7)]);
        Assert.False(c.IsWorkingDay(Jan(7)));
        Assert.Equal(Jan(8), c.StartDate(Monday, 2));
        Assert.Equal(Jan(12), c.FinishDate(Monday, 5));
        Assert.Equal(Jan(13), c.StartDate(Monday, 5));
        Assert.Equal(4, c.WorkingDaysBetween(Jan(5), Jan(12)));
        Assert.Equal(2, c.WorkingTime(Monday, Jan(7))); // the holiday: the time at the start of Thursday
        Assert.Equal(2, c.WorkingTime(Monday, Jan(8)));
    }

    [Fact]
    public void Extra_working_days_are_worked()
    {
        // Saturday 10 January worked: Mon 5 .. Fri 9 are days 0-4, Sat 10 is day 5, Mon 12 is day 6.
        WorkingCalendar c = Year2026(extra: [Jan(10)]);
        Assert.True(c.IsWorkingDay(Jan(10)));
        Assert.False(c.IsWorkingDay(Jan(11)));
        Assert.Equal(Jan(10), c.StartDate(Monday, 5));
        Assert.Equal(Jan(10), c.FinishDate(Monday, 6));
        Assert.Equal(Jan(12), c.StartDate(Monday, 6));
        Assert.Equal(6, c.WorkingDaysBetween(Jan(5), Jan(12)));
    }

    [Fact]
    public void Other_working_weeks()
    {
        // Sunday–Thursday week from Sunday 4 January: Sun 4 .. Thu 8 are days 0-4, next Sunday 11 is day 5.
        WorkingCalendar c = Year2026(days: [IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday]);
        Assert.Equal(Jan(8), c.FinishDate(Jan(4), 5));
        Assert.Equal(Jan(11), c.StartDate(Jan(4), 5));
        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Sunday], c.WorkingDaysOfWeek.ToArray());

        // Seven-day week: working time equals calendar days.
        WorkingCalendar every = Year2026(days: Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None));
        Assert.Equal(Jan(15), every.StartDate(Monday, 10));
        Assert.Equal(365, every.WorkingDayCount);
    }

    [Fact]
    public void Redundant_and_repeated_exceptions_change_nothing()
    {
        // A holiday on a Saturday, a repeated holiday, an extra working day on a Tuesday, repeated working days.
        WorkingCalendar c = Year2026(holidays: [Jan(10), Jan(7), Jan(7)], extra: [Jan(6)], days: [IsoDayOfWeek.Monday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday]);
        WorkingCalendar plain = Year2026(holidays: [Jan(7)]);
        Assert.Equal([Jan(7), Jan(10)], c.Holidays.ToArray());
        Assert.Equal(plain.WorkingDayCount, c.WorkingDayCount);
        Assert.Equal(plain.FinishDate(Monday, 30), c.FinishDate(Monday, 30));
    }

    [Fact]
    public void Next_working_day_and_range_end()
    {
        WorkingCalendar c = Year2026();
        Assert.Equal(Jan(12), c.NextWorkingDay(Jan(10)));
        Assert.Equal(Jan(12), c.NextWorkingDay(Jan(12)));

        // From Monday 28 December 2026 four working days remain (Mon 28 .. Thu 31).
        var lastWeek = new LocalDate(2026, 12, 28);
        Assert.Equal(new LocalDate(2026, 12, 31), c.FinishDate(lastWeek, 4));
        Assert.Equal(new LocalDate(2026, 12, 31), c.StartDate(lastWeek, 3.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => c.StartDate(lastWeek, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => c.FinishDate(lastWeek, 4.01));
    }

    [Fact]
    public void Batch_finish_dates_equal_single_calls()
    {
        WorkingCalendar c = Year2026(holidays: [Jan(7), new LocalDate(2026, 4, 3)]);
        double[] times = [0, 0.5, 1, 2.5, 5, 17.25, 100, 200];
        var dates = new LocalDate[times.Length];
        c.FinishDates(Monday, times, dates);
        Assert.Equal(times.Select(t => c.FinishDate(Monday, t)), dates);
    }

    /// <summary>
    /// The documentation example of the CPM (docs/scheduling.md): A 0–5 (LS 7, LF 12), B 8–10, C 10–13, M at 13.
    /// From Monday 5 January 2026, Monday–Friday, holiday Friday 16 January: working days 0-4 = 5–9 Jan,
    /// 5-8 = 12–15 Jan, 9-13 = 19–23 Jan. A: start day 0 (5 Jan), finish ⌈5⌉ − 1 = day 4 (9 Jan); late start day 7
    /// (14 Jan), late finish day 11 (21 Jan). B: day 8 (15 Jan) to day 9 (19 Jan). C: day 10 (20 Jan) to day 12
    /// (22 Jan). Milestone M at 13: finish date of 13 = day 12 (22 Jan) for both start and finish.
    /// </summary>
    [Fact]
    public void Schedule_dates_of_a_cpm_result()
    {
        ActivityNetwork net = ActivityNetwork.Create(
            [new("A", 5), new("B", 2, startNoEarlierThan: 8), new("C", 3), new("M", 0)],
            [new("A", "C", LinkType.FinishToStart, -2), new("B", "C"), new("C", "M")]);
        CpmResult cpm = CriticalPath.Analyze(net);
        ScheduleDates d = ScheduleDates.Create(cpm, Year2026(holidays: [Jan(16)]), Monday);
        Assert.Equal(Monday, d.ProjectStart);
        Assert.Equal(Jan(22), d.ProjectFinish);
        Assert.Equal((Jan(5), Jan(9), Jan(14), Jan(21)), (d["A"].EarlyStart, d["A"].EarlyFinish, d["A"].LateStart, d["A"].LateFinish));
        Assert.Equal((Jan(15), Jan(19), Jan(15), Jan(19)), (d["B"].EarlyStart, d["B"].EarlyFinish, d["B"].LateStart, d["B"].LateFinish));
        Assert.Equal((Jan(20), Jan(22)), (d["C"].EarlyStart, d["C"].EarlyFinish));
        Assert.Equal((Jan(22), Jan(22), Jan(22), Jan(22)), (d["M"].EarlyStart, d["M"].EarlyFinish, d["M"].LateStart, d["M"].LateFinish));
        Assert.Equal("A", d.Activities[0].Id);
        Assert.Same(cpm["A"], d["A"].Schedule);
    }

    [Fact]
    public void A_milestone_at_the_start_is_dated_on_the_start()
    {
        ActivityNetwork net = ActivityNetwork.Create([new("S", 0), new("W", 3)], [new("S", "W")]);
        ScheduleDates d = ScheduleDates.Create(CriticalPath.Analyze(net), Year2026(), Monday);
        Assert.Equal(Monday, d["S"].EarlyStart);
        Assert.Equal(Monday, d["S"].EarlyFinish);
        Assert.Equal(Monday, d["W"].EarlyStart);
        Assert.Equal(Jan(7), d["W"].EarlyFinish);
    }

    /// <summary>
    /// docs/scheduling.md example: holiday Friday 16 January; finish time 37.4 → working day ⌈37.4⌉ − 1 = 37. Days 0-4
    /// are 5–9 Jan, 5-8 12–15 Jan, 9-13 19–23 Jan, 14-18 26–30 Jan, 19-23 2–6 Feb, 24-28 9–13 Feb, 29-33 16–20 Feb,
    /// 34-38 23–27 Feb: day 37 is Thursday 26 February.
    /// </summary>
    [Fact]
    public void Documentation_percentile_example() =>
        Assert.Equal(new LocalDate(2026, 2, 26), Year2026(holidays: [Jan(16)]).FinishDate(Monday, 37.4));
}
