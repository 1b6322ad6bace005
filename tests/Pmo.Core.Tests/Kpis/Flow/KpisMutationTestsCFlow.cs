using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Kpis.Flow;

namespace Pmo.Core.Tests.Kpis.Flow;

/// <summary>
/// Mutation-driven tests (helper C) for the flow value types, predictability, working calendar, burn chart and flow
/// metrics. Every expected value is hand-computed in the comment next to it or follows from a documented rule.
/// </summary>
public class KpisMutationTestsCFlow
{
    private static readonly LocalDate Day = new(2025, 3, 3); // a Monday

    // ---- SprintOutcome ----

    [Fact]
    public void SprintOutcome_committed_negative_message_states_rule() =>
        KpiC.Throws<ArgumentOutOfRangeException>("committed", () => _ = new SprintOutcome("S1", -1, 0), "committed must be a finite number, zero or positive", "-1");

    [Fact]
    public void SprintOutcome_completed_negative_message_states_rule() =>
        KpiC.Throws<ArgumentOutOfRangeException>("completed", () => _ = new SprintOutcome("S1", 1, -2), "completed must be a finite number, zero or positive", "-2");

    [Fact]
    public void SprintOutcome_completed_zero_is_allowed()
    {
        var s = new SprintOutcome("S1", 5, 0);
        Assert.Equal(0, s.Completed);
        Assert.Equal(0.0, s.SayDoRatio); // 0 / 5
    }

    [Fact]
    public void SprintOutcome_say_do_ratio_is_completed_over_committed() =>
        Assert.Equal(0.8, new SprintOutcome("S1", 10, 8).SayDoRatio!.Value, 15); // 8 / 10

    [Fact]
    public void SprintOutcome_say_do_ratio_null_when_quotient_overflows() =>
        Assert.Null(new SprintOutcome("S1", 1e-300, 1e300).SayDoRatio); // 1e300 / 1e-300 = +inf

    [Fact]
    public void SprintOutcome_value_equality()
    {
        var a = new SprintOutcome("S1", 10, 8);
        Assert.True(a.Equals(new SprintOutcome("S1", 10, 8)));
        Assert.False(a.Equals(new SprintOutcome("S2", 10, 8)));
        Assert.False(a.Equals(new SprintOutcome("S1", 11, 8)));
        Assert.False(a.Equals(new SprintOutcome("S1", 10, 9)));
        Assert.False(a.Equals((SprintOutcome?)null));
    }

    // ---- Predictability ----

    [Fact]
    public void Predictability_null_element_message_names_index() =>
        KpiC.Throws<ArgumentNullException>("sprints", () => Predictability.Analyze([new SprintOutcome("S1", 1, 1), null!]), "sprints[1]", "must not be null");

    [Fact]
    public void Predictability_two_sprints_hand_computed()
    {
        // Completed 8 and 12 of 10 committed: ratios 0.8, 1.2, mean 1.0; velocity mean 10;
        // s = sqrt(((8 − 10)² + (12 − 10)²) / (2 − 1)) = sqrt(8) = 2.8284271247461903; CV = s / 10.
        Predictability p = Predictability.Analyze([new SprintOutcome("S1", 10, 8), new SprintOutcome("S2", 10, 12)]);
        Assert.Equal(1.0, p.MeanSayDoRatio!.Value, 12);
        Assert.Equal(10, p.MeanVelocity, 12);
        Assert.Equal(Math.Sqrt(8), p.VelocityStandardDeviation!.Value, 12);
        Assert.Equal(Math.Sqrt(8) / 10, p.VelocityCoefficientOfVariation!.Value, 12);
        Assert.DoesNotContain(p.Diagnostics, d => d.Metric == "VelocityCV");
    }

    [Fact]
    public void Predictability_single_sprint_cv_undefined_with_diagnostic()
    {
        Predictability p = Predictability.Analyze([new SprintOutcome("S1", 10, 8)]);
        Assert.Null(p.VelocityStandardDeviation);
        Assert.Null(p.VelocityCoefficientOfVariation);
        Diagnostic d = KpiC.Single(p.Diagnostics, DiagnosticKind.Undefined, "VelocityCV");
        Assert.Contains("Fewer than two sprints", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predictability_nothing_committed_diagnostic_and_null_mean_ratio()
    {
        Predictability p = Predictability.Analyze([new SprintOutcome("Alpha", 0, 3), new SprintOutcome("Beta", 0, 5)]);
        Assert.Null(p.MeanSayDoRatio);
        Assert.All(p.SayDoRatios, r => Assert.Null(r));
        IEnumerable<Diagnostic> sayDo = p.Diagnostics.Where(d => d.Kind == DiagnosticKind.Undefined && d.Metric == "SayDo");
        Assert.Equal(2, sayDo.Count());
        Assert.Contains(sayDo, d => d.Message.Contains("Alpha", StringComparison.Ordinal) && d.Message.Contains("nothing was committed", StringComparison.Ordinal));
        Assert.DoesNotContain(sayDo, d => d.Message.Contains("overflows", StringComparison.Ordinal));
    }

    [Fact]
    public void Predictability_overflowing_ratio_diagnostic_says_overflow()
    {
        Predictability p = Predictability.Analyze([new SprintOutcome("Alpha", 1e-300, 1e300), new SprintOutcome("Beta", 10, 5)]);
        Assert.Null(p.SayDoRatios[0]);
        Assert.Equal(0.5, p.MeanSayDoRatio!.Value, 15); // only Beta's 5 / 10 is defined
        Diagnostic d = KpiC.Single(p.Diagnostics, DiagnosticKind.Undefined, "SayDo");
        Assert.Contains("Alpha", d.Message, StringComparison.Ordinal);
        Assert.Contains("overflows the double range", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing was committed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predictability_mean_ratio_overflow_is_undefined_with_diagnostic()
    {
        // Ratios 1.5e308 and 1.5e308 are finite, their sum (3e308) is not: the mean overflows.
        Predictability p = Predictability.Analyze([new SprintOutcome("A", 1, 1.5e308), new SprintOutcome("B", 1, 1.5e308)]);
        Assert.Null(p.MeanSayDoRatio);
        Diagnostic d = KpiC.Single(p.Diagnostics, DiagnosticKind.Undefined, "SayDo");
        Assert.Contains("mean of the say/do ratios overflows", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predictability_mean_velocity_survives_sum_overflow()
    {
        // Completed 1.5e308 twice: the plain sum overflows, the mean is still 1.5e308 (= 1.5e308/2 + 1.5e308/2); s = 0, CV = 0.
        Predictability p = Predictability.Analyze([new SprintOutcome("A", 1, 1.5e308), new SprintOutcome("B", 1, 1.5e308)]);
        Assert.Equal(1.5e308, p.MeanVelocity);
        Assert.Equal(0.0, p.VelocityStandardDeviation);
        Assert.Equal(0.0, p.VelocityCoefficientOfVariation);
    }

    [Fact]
    public void Predictability_squared_deviation_overflow_is_undefined_with_diagnostic()
    {
        // Completed 0 and 1.5e308: mean 7.5e307, each squared deviation (7.5e307)² overflows.
        Predictability p = Predictability.Analyze([new SprintOutcome("A", 1, 0), new SprintOutcome("B", 1, 1.5e308)]);
        Assert.Equal(7.5e307, p.MeanVelocity);
        Assert.Null(p.VelocityStandardDeviation);
        Assert.Null(p.VelocityCoefficientOfVariation);
        Diagnostic d = KpiC.Single(p.Diagnostics, DiagnosticKind.Undefined, "VelocityCV");
        Assert.Contains("squared deviations", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predictability_nothing_completed_cv_undefined_with_diagnostic()
    {
        Predictability p = Predictability.Analyze([new SprintOutcome("A", 3, 0), new SprintOutcome("B", 4, 0)]);
        Assert.Equal(0.0, p.VelocityStandardDeviation);
        Assert.Null(p.VelocityCoefficientOfVariation);
        Diagnostic d = KpiC.Single(p.Diagnostics, DiagnosticKind.Undefined, "VelocityCV");
        Assert.Contains("Nothing was completed", d.Message, StringComparison.Ordinal);
    }

    // ---- RemainingScope ----

    [Fact]
    public void RemainingScope_uniform_max_below_min_message() =>
        KpiC.Throws<ArgumentException>("max", () => RemainingScope.Uniform(5, 4), "max (4) must not be below min (5)");

    [Fact]
    public void RemainingScope_uniform_max_equal_min_is_allowed()
    {
        RemainingScope r = RemainingScope.Uniform(5, 5);
        Assert.Equal(5, r.Minimum);
        Assert.Equal(5, r.Maximum);
    }

    [Fact]
    public void RemainingScope_uniform_too_wide_range() =>
        KpiC.Throws<ArgumentException>("max", () => RemainingScope.Uniform(0, int.MaxValue), "too wide");

    [Fact]
    public void RemainingScope_samples_negative_message() =>
        KpiC.Throws<ArgumentException>("values", () => RemainingScope.FromSamples([3, -1]), "values[1] must be zero or positive", "-1");

    [Fact]
    public void RemainingScope_samples_zero_is_allowed()
    {
        RemainingScope r = RemainingScope.FromSamples([0, 4]);
        Assert.Equal(0, r.Minimum);
        Assert.Equal(4, r.Maximum);
    }

    // ---- WorkItem / ScopeEvent ----

    [Fact]
    public void WorkItem_finish_before_start_message() =>
        KpiC.Throws<ArgumentException>("finish", () => _ = new WorkItem("A", Day, Day.PlusDays(-1)), "finish (2025-03-02) must not precede start (2025-03-03)");

    [Fact]
    public void WorkItem_value_equality()
    {
        var a = new WorkItem("A", Day, Day.PlusDays(2));
        Assert.True(a.Equals(new WorkItem("A", Day, Day.PlusDays(2))));
        Assert.False(a.Equals(new WorkItem("B", Day, Day.PlusDays(2))));
        Assert.False(a.Equals(new WorkItem("A", Day.PlusDays(1), Day.PlusDays(2))));
        Assert.False(a.Equals(new WorkItem("A", Day, Day.PlusDays(3))));
        Assert.False(a.Equals(new WorkItem("A", Day)));
        Assert.False(a.Equals((WorkItem?)null));
    }

    [Fact]
    public void ScopeEvent_kind_undefined_message() =>
        KpiC.Throws<ArgumentOutOfRangeException>("kind", () => _ = new ScopeEvent(Day, (ScopeEventKind)7), "kind must be a defined ScopeEventKind", "7");

    [Fact]
    public void ScopeEvent_count_zero_message() =>
        KpiC.Throws<ArgumentOutOfRangeException>("count", () => _ = new ScopeEvent(Day, ScopeEventKind.Added, 0), "count must be a finite number greater than zero");

    [Fact]
    public void ScopeEvent_value_equality()
    {
        var a = new ScopeEvent(Day, ScopeEventKind.Added, 2);
        Assert.True(a.Equals(new ScopeEvent(Day, ScopeEventKind.Added, 2)));
        Assert.False(a.Equals(new ScopeEvent(Day.PlusDays(1), ScopeEventKind.Added, 2)));
        Assert.False(a.Equals(new ScopeEvent(Day, ScopeEventKind.Removed, 2)));
        Assert.False(a.Equals(new ScopeEvent(Day, ScopeEventKind.Added, 3)));
        Assert.False(a.Equals((ScopeEvent?)null));
    }

    // ---- WorkdayCalendar ----

    [Fact]
    public void Calendar_undefined_weekday_message() =>
        KpiC.Throws<ArgumentOutOfRangeException>("nonWorkingWeekdays", () => _ = new WorkdayCalendar([(IsoDayOfWeek)0]), "nonWorkingWeekdays must contain only Monday to Sunday");

    [Fact]
    public void Calendar_all_days_off_message() =>
        KpiC.Throws<ArgumentException>(
            "nonWorkingWeekdays",
            () => _ = new WorkdayCalendar([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]),
            "must leave at least one working weekday");

    [Fact]
    public void Calendar_duplicate_weekday_stays_non_working()
    {
        var c = new WorkdayCalendar([IsoDayOfWeek.Saturday, IsoDayOfWeek.Saturday]);
        Assert.False(c.IsWorkingDay(new LocalDate(2025, 3, 8))); // a Saturday
        Assert.Equal([IsoDayOfWeek.Saturday], [.. c.NonWorkingWeekdays]);
    }

    [Fact]
    public void Calendar_non_working_weekdays_monday_first()
    {
        var c = new WorkdayCalendar([IsoDayOfWeek.Sunday, IsoDayOfWeek.Wednesday]);
        Assert.Equal([IsoDayOfWeek.Wednesday, IsoDayOfWeek.Sunday], [.. c.NonWorkingWeekdays]);
        Assert.Equal([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], [.. WorkdayCalendar.MondayToFriday.NonWorkingWeekdays]);
    }

    [Fact]
    public void Calendar_holidays_sorted_and_distinct()
    {
        var c = new WorkdayCalendar([], [Day.PlusDays(9), Day, Day.PlusDays(4), Day]);
        Assert.Equal([Day, Day.PlusDays(4), Day.PlusDays(9)], [.. c.Holidays]);
    }

    [Fact]
    public void Calendar_no_working_day_up_to_the_last_date_throws()
    {
        LocalDate max = LocalDate.MaxIsoValue;
        var c = new WorkdayCalendar([max.DayOfWeek]);
        KpiC.Throws<ArgumentOutOfRangeException>("date", () => c.NextWorkingDayOnOrAfter(max), "no working day falls on or after it");
    }

    [Fact]
    public void Calendar_counts_up_to_the_last_representable_date()
    {
        LocalDate max = LocalDate.MaxIsoValue;
        Assert.Equal(3, WorkdayCalendar.EveryDay.CountWorkingDays(max.PlusDays(-2), max)); // max−2, max−1, max
        Assert.Equal([max.PlusDays(-2), max.PlusDays(-1), max], [.. WorkdayCalendar.EveryDay.WorkingDays(max.PlusDays(-2), max)]);
    }

    // ---- BurnChart ----

    [Fact]
    public void Burn_null_event_message_names_its_index() =>
        KpiC.Throws<ArgumentNullException>("events", () => BurnChart.FromEvents([new ScopeEvent(Day, ScopeEventKind.Added), null!], Day, Day.PlusDays(1)), "events[1] must not be null");

    [Fact]
    public void Burn_event_on_the_last_day_counts()
    {
        BurnChart b = BurnChart.FromEvents([new ScopeEvent(Day.PlusDays(2), ScopeEventKind.Added, 3)], Day, Day.PlusDays(2));
        Assert.Equal([0.0, 0.0, 3.0], [.. b.Scope]);
    }

    [Fact]
    public void Burn_completion_before_the_window_opens_the_done_count()
    {
        // Before 'from': +5 scope, 2 done; opening values carry into the first day.
        BurnChart b = BurnChart.FromEvents(
            [new ScopeEvent(Day.PlusDays(-3), ScopeEventKind.Added, 5), new ScopeEvent(Day.PlusDays(-2), ScopeEventKind.Completed, 2)],
            Day,
            Day.PlusDays(1));
        Assert.Equal([5.0, 5.0], [.. b.Scope]);
        Assert.Equal([2.0, 2.0], [.. b.Completed]);
    }

    [Fact]
    public void Burn_scope_overflow_throws()
    {
        ScopeEvent big = new(Day, ScopeEventKind.Added, 1e308);
        KpiC.Throws<ArgumentOutOfRangeException>("events", () => BurnChart.FromEvents([big, big], Day, Day), "overflows the double range");
    }

    [Fact]
    public void Burn_all_done_or_empty_is_not_warned()
    {
        BurnChart exact = BurnChart.FromEvents([new ScopeEvent(Day, ScopeEventKind.Added, 2), new ScopeEvent(Day, ScopeEventKind.Completed, 2)], Day, Day);
        Assert.Empty(exact.Diagnostics); // done (2) does not exceed scope (2)
        BurnChart empty = BurnChart.FromEvents([], Day, Day.PlusDays(1));
        Assert.Empty(empty.Diagnostics); // scope 0 is not negative
    }

    // ---- FlowMetrics ----

    [Fact]
    public void CycleTimes_undefined_convention_throws_with_finished_items() =>
        KpiC.Throws<ArgumentOutOfRangeException>("convention", () => FlowMetrics.CycleTimes([new WorkItem("A", Day, Day.PlusDays(1))], (CycleTimeConvention)9), "convention must be a defined CycleTimeConvention", "9");

    [Fact]
    public void Throughput_undefined_granularity_message() =>
        KpiC.Throws<ArgumentOutOfRangeException>("granularity", () => FlowMetrics.Throughput([], Day, Day, (FlowGranularity)5), "granularity must be a defined FlowGranularity", "5");

    [Fact]
    public void Throughput_reversed_range_message() =>
        KpiC.Throws<ArgumentException>("to", () => FlowMetrics.Throughput([], Day, Day.PlusDays(-1)), "to (2025-03-02) must not precede from (2025-03-03)");

    [Fact]
    public void Items_null_element_message_names_index() =>
        KpiC.Throws<ArgumentNullException>("items", () => FlowMetrics.CycleTimes(new List<WorkItem> { new("A", Day), null! }), "items[1] must not be null");

    [Fact]
    public void Wip_item_finished_on_first_representable_day()
    {
        LocalDate min = LocalDate.MinIsoValue;
        WorkItem[] items = [new("A", min, min)];
        // Exclusive convention: in progress on [start, finish − 1] = nothing.
        Assert.Equal([0, 0], [.. FlowMetrics.WorkInProgress(items, min, min.PlusDays(1), CycleTimeConvention.FinishMinusStart).Values]);
        // Inclusive convention: in progress on its finish day.
        Assert.Equal([1, 0], [.. FlowMetrics.WorkInProgress(items, min, min.PlusDays(1)).Values]);
    }

    [Fact]
    public void Wip_ignores_items_outside_the_window_and_counts_those_spanning_it()
    {
        WorkItem[] items =
        [
            new("before", Day, Day.PlusDays(1)),     // finished before the window
            new("after", Day.PlusDays(10)),           // starts after it
            new("spanning", Day.PlusDays(-3)),        // started before, still open
        ];
        Assert.Equal([1, 1], [.. FlowMetrics.WorkInProgress(items, Day.PlusDays(5), Day.PlusDays(6)).Values]);
    }

    [Fact]
    public void Ages_exclude_item_finished_on_the_as_of_date()
    {
        WorkItem[] items = [new("done", Day, Day.PlusDays(2)), new("open", Day, Day.PlusDays(3))];
        ItemAge age = Assert.Single(FlowMetrics.Ages(items, Day.PlusDays(2)));
        Assert.Equal("open", age.Item.Id);
        Assert.Equal(3, age.Age); // Day … Day+2 inclusive
    }

    [Fact]
    public void ServiceLevel_accepts_percentile_one()
    {
        ServiceLevelExpectation s = FlowMetrics.ServiceLevel([new WorkItem("A", Day, Day.PlusDays(2)), new WorkItem("B", Day, Day.PlusDays(4))], 1.0);
        Assert.Equal(5.0, s.Days); // the largest cycle time: Day … Day+4 inclusive
        Assert.Equal(1.0, s.Attainment);
    }

    [Fact]
    public void Attainment_counts_cycle_time_equal_to_the_sle()
    {
        // Cycle times 3 and 5 (inclusive); SLE 3 days: 1 of 2 within.
        Assert.Equal(0.5, FlowMetrics.Attainment([new WorkItem("A", Day, Day.PlusDays(2)), new WorkItem("B", Day, Day.PlusDays(4))], 3));
    }

    [Fact]
    public void Weekly_throughput_last_partial_week_ends_on_to_with_diagnostic()
    {
        FlowSeries s = FlowMetrics.Throughput([], Day, Day.PlusDays(7), FlowGranularity.Week); // 8 days
        Assert.Equal([Day, Day.PlusDays(7)], [.. s.PeriodStarts]);
        Assert.Equal([Day.PlusDays(6), Day.PlusDays(7)], [.. s.PeriodEnds]);
        Diagnostic d = KpiC.Single(s.Diagnostics, DiagnosticKind.Information, "Throughput");
        Assert.Contains("range is 8 days", d.Message, StringComparison.Ordinal);
        Assert.Contains("last period has 1 days", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Whole_weeks_and_daily_series_have_no_partial_week_diagnostic()
    {
        Assert.DoesNotContain(FlowMetrics.Throughput([], Day, Day.PlusDays(13), FlowGranularity.Week).Diagnostics, d => d.Metric == "Throughput");
        Assert.DoesNotContain(FlowMetrics.Throughput([], Day, Day.PlusDays(2)).Diagnostics, d => d.Metric == "Throughput");
    }

    [Fact]
    public void FlowSeries_two_periods_hand_computed_cv()
    {
        // Daily throughput [1, 3]: mean 2, s = sqrt(((1 − 2)² + (3 − 2)²) / 1) = sqrt(2), CV = sqrt(2) / 2.
        WorkItem[] items = [new("a", Day, Day), new("b", Day, Day.PlusDays(1)), new("c", Day, Day.PlusDays(1)), new("d", Day, Day.PlusDays(1))];
        FlowSeries s = FlowMetrics.Throughput(items, Day, Day.PlusDays(1));
        Assert.Equal([1, 3], [.. s.Values]);
        Assert.Equal(2.0, s.Mean, 15);
        Assert.Equal(Math.Sqrt(2), s.StandardDeviation!.Value, 12);
        Assert.Equal(Math.Sqrt(2) / 2, s.CoefficientOfVariation!.Value, 12);
    }

    [Fact]
    public void FlowSeries_single_period_cv_undefined_with_diagnostic()
    {
        FlowSeries s = FlowMetrics.Throughput([new WorkItem("a", Day, Day)], Day, Day);
        Assert.Null(s.CoefficientOfVariation);
        Diagnostic d = KpiC.Single(s.Diagnostics, DiagnosticKind.Undefined, "CV");
        Assert.Contains("Fewer than two periods", d.Message, StringComparison.Ordinal);
    }
}
