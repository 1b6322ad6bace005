using NodaTime;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>
/// Layer 2: the time convention of <see cref="TimePhasedBaseline"/> (a date stands for the END of that day; inside
/// period i the time is (i − 1) + d/L; after the planned finish the calendar continues with the last period's step).
/// </summary>
public class TimePhasedBaselineTests
{
    // Three calendar months: January (31 d), February 2025 (28 d), March (31 d); PV 100 each: curve [0, 100, 200, 300].
    private static readonly TimePhasedBaseline Q1 = Ev.Monthly(100, 100, 100);

    [Fact]
    public void Basic_properties()
    {
        Assert.Equal(Ev.Start, Q1.Start);
        Assert.Equal(3, Q1.PeriodCount);
        Assert.Equal(3.0, Q1.PlannedDuration);
        Assert.Equal(300, Q1.BudgetAtCompletion);
        Assert.Equal(new LocalDate(2025, 3, 31), Q1.PlannedFinish);
        Assert.Equal([new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28), new LocalDate(2025, 3, 31)], Q1.PeriodEnds.ToArray());
        Assert.Equal([100.0, 200.0, 300.0], Q1.CumulativePlannedValue.ToArray());
        Assert.Equal([0.0, 100.0, 200.0, 300.0], Q1.CumulativeCurve.ToArray());
    }

    [Fact]
    public void The_three_factories_agree()
    {
        LocalDate[] ends = [.. Q1.PeriodEnds];
        TimePhasedBaseline fromPeriods = TimePhasedBaseline.FromPeriodValues(Ev.Start, ends, [100, 100, 100]);
        TimePhasedBaseline fromCumulative = TimePhasedBaseline.FromCumulativeValues(Ev.Start, ends, [100, 200, 300]);
        Assert.Equal(Q1, fromPeriods);
        Assert.Equal(Q1, fromCumulative);
        Assert.Equal(Q1.GetHashCode(), fromCumulative.GetHashCode());
        Assert.NotEqual(Q1, Ev.Monthly(100, 100, 101));
        Assert.False(Q1.Equals((object?)null));
    }

    [Theory]
    [InlineData(2025, 1, 31, 1.0)]             // end of month = integer
    [InlineData(2025, 2, 28, 2.0)]
    [InlineData(2025, 3, 31, 3.0)]
    [InlineData(2025, 2, 14, 1.5)]             // 1 + 14/28
    [InlineData(2024, 12, 31, 0.0)]            // the day before the start ends at time 0
    [InlineData(2025, 4, 30, 4.0)]             // after the planned finish: April is period 4
    [InlineData(2025, 4, 15, 3.5)]             // 3 + 15/30
    [InlineData(2025, 5, 31, 5.0)]
    [InlineData(2026, 3, 31, 15.0)]            // twelve more months
    public void TimeAt_on_monthly_periods(int y, int m, int d, double expected) =>
        Assert.Equal(expected, Q1.TimeAt(new LocalDate(y, m, d)));

    [Fact]
    public void TimeAt_mid_month_is_fractional()
    {
        Assert.Equal(16.0 / 31.0, Q1.TimeAt(new LocalDate(2025, 1, 16)), 15);       // 16 of 31 January days
        Assert.Equal(4 + (16.0 / 31.0), Q1.TimeAt(new LocalDate(2025, 5, 16)), 14); // May, an extension month
        Assert.Equal(-16.0 / 31.0, Q1.TimeAt(new LocalDate(2024, 12, 15)), 15);     // before the start: first period's scale
    }

    [Theory]
    [InlineData(0.0, 2024, 12, 31)]
    [InlineData(1.0, 2025, 1, 31)]
    [InlineData(0.5, 2025, 1, 16)]   // 0.5 × 31 = 15.5 days → the 16th day
    [InlineData(1.5, 2025, 2, 14)]   // 0.5 × 28 = 14 days
    [InlineData(3.0, 2025, 3, 31)]
    [InlineData(3.5, 2025, 4, 15)]   // April (30 d): 15 days
    [InlineData(4.0, 2025, 4, 30)]
    [InlineData(5.0, 2025, 5, 31)]
    [InlineData(15.0, 2026, 3, 31)]
    public void DateAt_on_monthly_periods(double time, int y, int m, int d) =>
        Assert.Equal(new LocalDate(y, m, d), Q1.DateAt(time));

    [Theory]
    [InlineData(1, 2025, 1, 31)]
    [InlineData(3, 2025, 3, 31)]
    [InlineData(4, 2025, 4, 30)]
    [InlineData(14, 2026, 2, 28)]
    public void PeriodEnd_continues_monthly_after_the_planned_finish(int period, int y, int m, int d) =>
        Assert.Equal(new LocalDate(y, m, d), Q1.PeriodEnd(period));

    [Fact]
    public void Weekly_baseline_continues_weekly()
    {
        // Two 7-day periods from Wednesday 1 January 2025: ends 7 and 14 January; period 3 ends 21 January.
        TimePhasedBaseline w = TimePhasedBaseline.FromPeriodValues(Ev.Start, [new LocalDate(2025, 1, 7), new LocalDate(2025, 1, 14)], [50, 50]);
        Assert.Equal(new LocalDate(2025, 1, 21), w.PeriodEnd(3));
        Assert.Equal(2 + (4.0 / 7.0), w.TimeAt(new LocalDate(2025, 1, 18)), 14);
        Assert.Equal(3.0, w.TimeAt(new LocalDate(2025, 1, 21)));
        Assert.Equal(new LocalDate(2025, 1, 18), w.DateAt(2 + (4.0 / 7.0) - 1e-9));
    }

    [Theory]
    [InlineData(-1.0, 0.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(0.25, 25.0)]
    [InlineData(1.5, 150.0)]
    [InlineData(3.0, 300.0)]
    [InlineData(10.0, 300.0)]  // after the finish PV stays at BAC
    public void PlannedValueAt_interpolates_linearly_within_a_period(double time, double expected) =>
        Assert.Equal(expected, Q1.PlannedValueAt(time), 12);

    [Fact]
    public void PlannedValueAt_a_date_uses_TimeAt() =>
        Assert.Equal(150, Q1.PlannedValueAt(new LocalDate(2025, 2, 14)), 12);

    [Fact]
    public void DateAt_of_TimeAt_is_the_same_day_for_every_day_of_ten_years()
    {
        TimePhasedBaseline b = Ev.Linear10();
        var failures = new List<string>();
        for (LocalDate d = Ev.Start; d < new LocalDate(2035, 1, 1); d = d.PlusDays(1))
        {
            LocalDate back = b.DateAt(b.TimeAt(d));
            if (back != d)
            {
                failures.Add($"{d:yyyy-MM-dd} -> {back:yyyy-MM-dd}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} days fail, first: {string.Join(", ", failures.Take(5))}");
    }

    [Fact]
    public void Finished_project_forecast_finish_date_is_the_status_date()
    {
        TimePhasedBaseline b = Ev.Linear10();
        var status = new LocalDate(2025, 11, 8);
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(b, new ProjectStatus(status, 100_000, 100_000));
        DurationForecast f = a.Duration(DurationForecastMethod.EarnedSchedule);
        Assert.Equal(a.Schedule.ActualTime, f.Duration); // AT + (PD − ES)/1 with ES = PD
        Assert.Equal(status, f.FinishDate);
    }
}
