using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Scheduling;

/// <summary>
/// Layer 2: FsCheck properties of <see cref="WorkingCalendar"/> on random calendars (a non-empty set of working
/// weekdays, random holidays and extra working days in the first two years of a twenty-year range), against a naive
/// day-by-day oracle.
/// </summary>
public class WorkingCalendarProperties
{
    private static readonly LocalDate From = new(2026, 1, 1);
    private static readonly LocalDate To = new(2045, 12, 31); // 20 years: room for 200 working days even with one working weekday

    private static readonly Gen<Setup> Setups =
        Gen.Choose(1, 127).SelectMany(mask =>
            Gen.Choose(0, 729).ArrayOf().SelectMany(holidays =>
                Gen.Choose(0, 729).ArrayOf().SelectMany(extra =>
                    Gen.Choose(0, 60).Select(startOffset => new Setup(mask, holidays, extra, startOffset)))));

    private static readonly Gen<(Setup Setup, double A, double B)> SetupsAndTimes =
        Setups.SelectMany(s => Gen.Choose(0, 200_000).SelectMany(a => Gen.Choose(0, 200_000).Select(b => (s, a / 1000.0, b / 1000.0))));

    [Fact]
    public void Start_dates_equal_a_naive_day_by_day_walk() =>
        Prop.ForAll(Setups.ToArbitrary(), s =>
        {
            (WorkingCalendar c, LocalDate start) = s.Build();
            LocalDate walk = start;
            for (int k = 0; k < 200; k++)
            {
                if (c.StartDate(start, k) != walk || c.StartDate(start, k + 0.75) != walk || c.FinishDate(start, k + 1) != walk)
                {
                    return false;
                }

                walk = walk.PlusDays(1);
                while (!s.NaiveIsWorking(walk))
                {
                    walk = walk.PlusDays(1);
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Working_time_inverts_start_date_for_whole_days() =>
        Prop.ForAll(Setups.ToArbitrary(), s =>
        {
            (WorkingCalendar c, LocalDate start) = s.Build();
            return Enumerable.Range(0, 200).All(k => c.WorkingTime(start, c.StartDate(start, k)) == k);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Dates_are_monotone_working_days_and_starts_precede_finishes() =>
        Prop.ForAll(SetupsAndTimes.ToArbitrary(), x =>
        {
            (WorkingCalendar c, LocalDate start) = x.Setup.Build();
            double lo = Math.Min(x.A, x.B), hi = Math.Max(x.A, x.B);
            bool monotone = c.FinishDate(start, lo) <= c.FinishDate(start, hi) && c.StartDate(start, lo) <= c.StartDate(start, hi);
            bool working = c.IsWorkingDay(c.StartDate(start, lo)) && c.IsWorkingDay(c.FinishDate(start, hi));
            bool ordered = hi == lo || c.StartDate(start, lo) <= c.FinishDate(start, hi); // an activity from lo to hi > lo
            return monotone && working && ordered;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Working_days_between_equals_a_naive_count() =>
        Prop.ForAll(SetupsAndTimes.ToArbitrary(), x =>
        {
            (WorkingCalendar c, _) = x.Setup.Build();
            LocalDate a = From.PlusDays((int)(x.A * 3.6)), b = From.PlusDays((int)(x.B * 3.6)); // 0..720 days
            LocalDate lo = a < b ? a : b, hi = a < b ? b : a;
            int naive = 0;
            for (LocalDate d = lo; d < hi; d = d.PlusDays(1))
            {
                naive += x.Setup.NaiveIsWorking(d) ? 1 : 0;
            }

            return c.WorkingDaysBetween(lo, hi) == naive && c.WorkingDaysBetween(hi, lo) == -naive;
        }).QuickCheckThrowOnFailure();

    public sealed record Setup(int Mask, int[] Holidays, int[] Extra, int StartOffset)
    {
        private readonly HashSet<LocalDate> holidayDates = [.. Holidays.Select(From.PlusDays)];

        private readonly IsoDayOfWeek[] days = [.. Enumerable.Range(1, 7).Where(i => (Mask & (1 << (i - 1))) != 0).Select(i => (IsoDayOfWeek)i)];

        private HashSet<LocalDate> HolidayDates => holidayDates;

        // Extra working days that are also holidays would be rejected: drop them from the extra list for the test.
        private HashSet<LocalDate> ExtraDates => [.. Extra.Select(From.PlusDays).Where(d => !holidayDates.Contains(d))];

        private IsoDayOfWeek[] Days => days;

        public bool NaiveIsWorking(LocalDate d) => Extra.Select(From.PlusDays).Contains(d) && !holidayDates.Contains(d) || (Days.Contains(d.DayOfWeek) && !HolidayDates.Contains(d));

        public (WorkingCalendar Calendar, LocalDate Start) Build()
        {
            var c = new WorkingCalendar(From, To, Days, HolidayDates, ExtraDates);
            return (c, c.NextWorkingDay(From.PlusDays(StartOffset)));
        }

        public override string ToString() => $"mask {Mask}, holidays [{string.Join(",", Holidays)}], extra [{string.Join(",", Extra)}], start +{StartOffset}";
    }
}
