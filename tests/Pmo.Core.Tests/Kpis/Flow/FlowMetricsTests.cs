using MathNet.Numerics.Statistics;
using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Kpis.Flow;

namespace Pmo.Core.Tests.Kpis.Flow;

/// <summary>
/// Hand-derived examples. Five items in the week of Monday 3 March 2025 (derivations in the comments):
/// A 03-03→03-03, B 03-03→03-05, C 03-04→03-07, D 03-05→(in progress), E 03-06→03-08 (a Saturday).
/// </summary>
public class FlowMetricsTests
{
    private static LocalDate D(int day) => new(2025, 3, day);

    private static readonly WorkItem[] Items =
    [
        new("A", D(3), D(3)),
        new("B", D(3), D(5)),
        new("C", D(4), D(7)),
        new("D", D(5)),
        new("E", D(6), D(8)),
    ];

    [Fact]
    public void Cycle_times_under_both_conventions()
    {
        // +1: A 1, B 3, C 4, E 3; elapsed: 0, 2, 3, 2. D is in progress.
        Assert.Equal([1, 3, 4, 3], FlowMetrics.CycleTimes(Items).ToArray());
        Assert.Equal([0, 2, 3, 2], FlowMetrics.CycleTimes(Items, CycleTimeConvention.FinishMinusStart).ToArray());
        Assert.Null(FlowMetrics.CycleTime(Items[3]));
        Assert.Equal(4, FlowMetrics.CycleTime(Items[2]));
    }

    [Fact]
    public void Daily_throughput_includes_zero_days()
    {
        // Finishes: 03-03 A, 03-05 B, 03-07 C, 03-08 E.
        FlowSeries s = FlowMetrics.Throughput(Items, D(3), D(9));
        Assert.Equal([1, 0, 1, 0, 1, 1, 0], s.Values.ToArray());
        Assert.Equal(D(3), s.PeriodStarts[0]);
        Assert.Equal(D(9), s.PeriodEnds[^1]);
        Assert.Equal(4 / 7.0, s.Mean, 15);
        Assert.Equal(new[] { 1.0, 0, 1, 0, 1, 1, 0 }.StandardDeviation() / (4 / 7.0), s.CoefficientOfVariation!.Value, 12);
    }

    [Fact]
    public void Weekly_throughput_with_a_partial_last_week()
    {
        FlowSeries s = FlowMetrics.Throughput(Items, D(3), D(12), FlowGranularity.Week);
        Assert.Equal([4, 0], s.Values.ToArray());
        Assert.Equal([D(3), D(10)], s.PeriodStarts.ToArray());
        Assert.Equal([D(9), D(12)], s.PeriodEnds.ToArray());
        Assert.Contains(s.Diagnostics, d => d.Kind == DiagnosticKind.Information);
    }

    [Fact]
    public void Working_day_throughput_moves_weekend_finishes_to_the_next_working_day_or_the_last()
    {
        // Working days 03-03..03-07; E (Saturday 03-08) has no later working day in the range: counted on Friday.
        Assert.Equal([1, 0, 1, 0, 2], FlowMetrics.WorkingDayThroughput(Items, D(3), D(9), WorkdayCalendar.MondayToFriday).ToArray());
        // With the range extended to Monday 03-10, E moves to Monday.
        Assert.Equal([1, 0, 1, 0, 1, 1], FlowMetrics.WorkingDayThroughput(Items, D(3), D(10), WorkdayCalendar.MondayToFriday).ToArray());
    }

    [Fact]
    public void Wip_inclusive_and_exclusive()
    {
        // Inclusive: 03-03 A,B; 03-04 B,C; 03-05 B,C,D; 03-06 C,D,E; 03-07 C,D,E; 03-08 D,E; 03-09 D.
        Assert.Equal([2, 2, 3, 3, 3, 2, 1], FlowMetrics.WorkInProgress(Items, D(3), D(9)).Values.ToArray());
        // Exclusive of the finish day: 03-03 B; 03-04 B,C; 03-05 C,D; 03-06 C,D,E; 03-07 D,E; 03-08 D; 03-09 D.
        Assert.Equal([1, 2, 2, 3, 2, 1, 1], FlowMetrics.WorkInProgress(Items, D(3), D(9), CycleTimeConvention.FinishMinusStart).Values.ToArray());
    }

    [Fact]
    public void Ages_of_items_in_progress()
    {
        // On 03-06: B finished 03-05 (out); C (start 03-04), D (03-05), E (03-06) in progress.
        var ages = FlowMetrics.Ages(Items, D(6));
        Assert.Equal(["C", "D", "E"], ages.Select(a => a.Item.Id));
        Assert.Equal([3, 2, 1], ages.Select(a => a.Age));
        Assert.Equal([2, 1, 0], FlowMetrics.Ages(Items, D(6), CycleTimeConvention.FinishMinusStart).Select(a => a.Age));
    }

    [Fact]
    public void Service_level_expectation_and_attainment()
    {
        // Cycle times sorted [1, 3, 3, 4]. 85th nearest rank: ⌈3.4⌉ = 4th = 4 days, attainment 4/4.
        ServiceLevelExpectation sle = FlowMetrics.ServiceLevel(Items);
        Assert.Equal(4, sle.Days);
        Assert.Equal(1.0, sle.Attainment);
        Assert.Equal(4, sle.SampleSize);
        // 50th: ⌈2⌉ = 2nd = 3 days; 3 of 4 items ≤ 3.
        ServiceLevelExpectation median = FlowMetrics.ServiceLevel(Items, 0.5);
        Assert.Equal(3, median.Days);
        Assert.Equal(0.75, median.Attainment);
        // Linear inclusive 0.85: h = 3·0.85 + 1 = 3.55, 3 + 0.55·(4 − 3) = 3.55; 3 of 4 items ≤ 3.55.
        ServiceLevelExpectation linear = FlowMetrics.ServiceLevel(Items, 0.85, PercentileDefinition.LinearInclusive);
        Assert.Equal(3.55, linear.Days!.Value, 12);
        Assert.Equal(0.75, linear.Attainment);
        // Elapsed cycle times [0, 2, 3, 2]: 3 of 4 are ≤ 2.5.
        Assert.Equal(0.75, FlowMetrics.Attainment(Items, 2.5, CycleTimeConvention.FinishMinusStart));
    }

    [Fact]
    public void Service_level_is_undefined_without_finished_items()
    {
        ServiceLevelExpectation sle = FlowMetrics.ServiceLevel([new WorkItem("X", D(3))]);
        Assert.Null(sle.Days);
        Assert.Null(sle.Attainment);
        Assert.Contains(sle.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "SLE");
        Assert.Null(FlowMetrics.Attainment([new WorkItem("X", D(3))], 5));
    }

    [Fact]
    public void Service_level_is_undefined_when_the_exclusive_definition_cannot_interpolate()
    {
        // n = 4, p = 0.85: (n + 1)p = 4.25 > n.
        ServiceLevelExpectation sle = FlowMetrics.ServiceLevel(Items, 0.85, PercentileDefinition.LinearExclusive);
        Assert.Null(sle.Days);
        Assert.Single(sle.Diagnostics);
    }

    [Fact]
    public void Burn_chart_from_events()
    {
        ScopeEvent[] events =
        [
            new(D(1), ScopeEventKind.Added, 10),
            new(D(3), ScopeEventKind.Completed, 2),
            new(D(4), ScopeEventKind.Added, 3),
            new(D(5), ScopeEventKind.Removed),
            new(D(5), ScopeEventKind.Completed, 4),
            new(D(20), ScopeEventKind.Completed),
        ];
        BurnChart chart = BurnChart.FromEvents(events, D(3), D(6));
        Assert.Equal([10.0, 13, 12, 12], chart.Scope.ToArray());
        Assert.Equal([2.0, 2, 6, 6], chart.Completed.ToArray());
        Assert.Equal([8.0, 11, 6, 6], chart.Remaining.ToArray());
        Assert.Empty(chart.Diagnostics);
    }

    [Fact]
    public void Burn_chart_warns_when_completed_exceeds_scope()
    {
        BurnChart chart = BurnChart.FromEvents([new ScopeEvent(D(3), ScopeEventKind.Completed)], D(3), D(4));
        Assert.Equal([-1.0, -1], chart.Remaining.ToArray());
        Assert.Single(chart.Diagnostics);
    }

    [Fact]
    public void Say_do_and_predictability()
    {
        SprintOutcome[] sprints = [new("S1", 10, 8), new("S2", 10, 10), new("S3", 12, 9), new("S4", 0, 2)];
        Predictability p = Predictability.Analyze(sprints);
        Assert.Equal([0.8, 1.0, 0.75, null], p.SayDoRatios.ToArray());
        Assert.Equal(0.85, p.MeanSayDoRatio!.Value, 15);
        Assert.Equal(7.25, p.MeanVelocity);
        double sd = new[] { 8.0, 10, 9, 2 }.StandardDeviation();  // MathNet: sample SD, n − 1
        Assert.Equal(sd, p.VelocityStandardDeviation!.Value, 12);
        Assert.Equal(Math.Sqrt(38.75 / 3), p.VelocityStandardDeviation!.Value, 12);
        Assert.Equal(sd / 7.25, p.VelocityCoefficientOfVariation!.Value, 12);
        Assert.Single(p.Diagnostics);
    }

    [Fact]
    public void Predictability_of_one_sprint_has_no_variation()
    {
        Predictability p = Predictability.Analyze([new SprintOutcome("S1", 5, 5)]);
        Assert.Null(p.VelocityCoefficientOfVariation);
        Assert.Equal(1.0, p.MeanSayDoRatio);
    }

    [Fact]
    public void Working_calendar()
    {
        var cal = new WorkdayCalendar([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], [D(5), D(5)]);
        Assert.False(cal.IsWorkingDay(D(5)));
        Assert.False(cal.IsWorkingDay(D(8)));
        Assert.True(cal.IsWorkingDay(D(6)));
        Assert.Equal(D(10), cal.NextWorkingDayOnOrAfter(D(8)));
        Assert.Equal(4, cal.CountWorkingDays(D(3), D(9)));
        Assert.Equal([D(5)], cal.Holidays.ToArray());
        Assert.Equal(7, WorkdayCalendar.EveryDay.CountWorkingDays(D(3), D(9)));
    }
}
