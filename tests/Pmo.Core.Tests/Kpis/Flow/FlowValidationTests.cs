using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Kpis.Flow;

namespace Pmo.Core.Tests.Kpis.Flow;

/// <summary>
/// Layer 3 error tests: one test per validation rule of <c>Pmo.Core.Kpis.Flow</c> and of <see cref="Percentiles"/>,
/// asserting the exact exception type and <see cref="ArgumentException.ParamName"/>.
/// </summary>
public class FlowValidationTests
{
    private static readonly LocalDate Day = new(2025, 3, 3);
    private static readonly WorkItem[] Items = [new("A", Day, Day.PlusDays(2))];

    private static void Throws<T>(string param, Action action)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(action).ParamName);

    // ---- Percentiles ----

    [Fact]
    public void Percentile_empty() => Throws<ArgumentException>("sortedValues", () => Percentiles.Compute([], 0.5));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Percentile_p_outside_0_1(double p) => Throws<ArgumentOutOfRangeException>("p", () => Percentiles.Compute([1.0], p));

    [Fact]
    public void Percentile_value_not_finite() => Throws<ArgumentOutOfRangeException>("sortedValues", () => Percentiles.Compute([1.0, double.PositiveInfinity], 0.5));

    [Fact]
    public void Percentile_not_sorted() => Throws<ArgumentException>("sortedValues", () => Percentiles.Compute([2.0, 1.0], 0.5));

    [Fact]
    public void Percentile_definition_undefined() => Throws<ArgumentOutOfRangeException>("definition", () => Percentiles.Compute([1.0], 0.5, (PercentileDefinition)9));

    [Fact]
    public void Percentile_unsorted_null() => Throws<ArgumentNullException>("values", () => Percentiles.ComputeUnsorted(null!, 0.5));

    [Fact]
    public void Percentile_unsorted_empty() => Throws<ArgumentException>("values", () => Percentiles.ComputeUnsorted([], 0.5));

    [Fact]
    public void Percentile_unsorted_value_not_finite() => Throws<ArgumentOutOfRangeException>("values", () => Percentiles.ComputeUnsorted([double.NaN], 0.5));

    // ---- WorkItem ----

    [Fact]
    public void WorkItem_null_id() => Throws<ArgumentNullException>("id", () => _ = new WorkItem(null!, Day));

    [Fact]
    public void WorkItem_blank_id() => Throws<ArgumentException>("id", () => _ = new WorkItem(" ", Day));

    [Fact]
    public void WorkItem_finish_before_start() => Throws<ArgumentException>("finish", () => _ = new WorkItem("A", Day, Day.PlusDays(-1)));

    // ---- WorkdayCalendar ----

    [Fact]
    public void Calendar_null_weekdays() => Throws<ArgumentNullException>("nonWorkingWeekdays", () => _ = new WorkdayCalendar(null!));

    [Fact]
    public void Calendar_undefined_weekday() => Throws<ArgumentOutOfRangeException>("nonWorkingWeekdays", () => _ = new WorkdayCalendar([IsoDayOfWeek.None]));

    [Fact]
    public void Calendar_no_working_day() => Throws<ArgumentException>("nonWorkingWeekdays", () => _ = new WorkdayCalendar(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None)));

    // ---- FlowMetrics ----

    [Fact]
    public void CycleTime_null_item() => Throws<ArgumentNullException>("item", () => FlowMetrics.CycleTime(null!));

    [Fact]
    public void CycleTime_undefined_convention() => Throws<ArgumentOutOfRangeException>("convention", () => FlowMetrics.CycleTime(Items[0], (CycleTimeConvention)7));

    [Fact]
    public void CycleTimes_null_items() => Throws<ArgumentNullException>("items", () => FlowMetrics.CycleTimes(null!));

    [Fact]
    public void CycleTimes_null_element() => Throws<ArgumentNullException>("items", () => FlowMetrics.CycleTimes([Items[0], null!]));

    [Fact]
    public void Throughput_to_before_from() => Throws<ArgumentException>("to", () => FlowMetrics.Throughput(Items, Day, Day.PlusDays(-1)));

    [Fact]
    public void Throughput_undefined_granularity() => Throws<ArgumentOutOfRangeException>("granularity", () => FlowMetrics.Throughput(Items, Day, Day, (FlowGranularity)5));

    [Fact]
    public void WorkingDayThroughput_null_calendar() => Throws<ArgumentNullException>("calendar", () => FlowMetrics.WorkingDayThroughput(Items, Day, Day, null!));

    [Fact]
    public void WorkingDayThroughput_to_before_from() => Throws<ArgumentException>("to", () => FlowMetrics.WorkingDayThroughput(Items, Day, Day.PlusDays(-1), WorkdayCalendar.EveryDay));

    [Fact]
    public void Wip_undefined_convention() => Throws<ArgumentOutOfRangeException>("convention", () => FlowMetrics.WorkInProgress(Items, Day, Day, (CycleTimeConvention)7));

    [Fact]
    public void Wip_to_before_from() => Throws<ArgumentException>("to", () => FlowMetrics.WorkInProgress(Items, Day, Day.PlusDays(-1)));

    [Fact]
    public void Ages_undefined_convention() => Throws<ArgumentOutOfRangeException>("convention", () => FlowMetrics.Ages(Items, Day, (CycleTimeConvention)7));

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void ServiceLevel_percentile_outside_0_1(double p) => Throws<ArgumentOutOfRangeException>("percentile", () => FlowMetrics.ServiceLevel(Items, p));

    [Fact]
    public void ServiceLevel_undefined_definition() => Throws<ArgumentOutOfRangeException>("definition", () => FlowMetrics.ServiceLevel(Items, 0.85, (PercentileDefinition)9));

    [Fact]
    public void ServiceLevel_undefined_convention() => Throws<ArgumentOutOfRangeException>("convention", () => FlowMetrics.ServiceLevel(Items, 0.85, PercentileDefinition.NearestRank, (CycleTimeConvention)7));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void Attainment_sle_not_finite_non_negative(double sle) => Throws<ArgumentOutOfRangeException>("sleDays", () => FlowMetrics.Attainment(Items, sle));

    // ---- RemainingScope ----

    [Fact]
    public void Scope_exactly_negative() => Throws<ArgumentException>("items", () => RemainingScope.Exactly(-1));

    [Fact]
    public void Scope_uniform_negative_min() => Throws<ArgumentException>("min", () => RemainingScope.Uniform(-1, 3));

    [Fact]
    public void Scope_uniform_max_below_min() => Throws<ArgumentException>("max", () => RemainingScope.Uniform(5, 4));

    [Fact]
    public void Scope_samples_null() => Throws<ArgumentNullException>("values", () => RemainingScope.FromSamples(null!));

    [Fact]
    public void Scope_samples_empty() => Throws<ArgumentException>("values", () => RemainingScope.FromSamples([]));

    [Fact]
    public void Scope_samples_negative() => Throws<ArgumentException>("values", () => RemainingScope.FromSamples([3, -1]));

    // ---- DeliveryForecastOptions ----

    [Fact]
    public void Options_horizon_not_positive() => Throws<ArgumentException>("HorizonDays", () => _ = new DeliveryForecastOptions { HorizonDays = 0 });

    [Fact]
    public void Options_parallelism_not_positive() => Throws<ArgumentException>("MaxDegreeOfParallelism", () => _ = new DeliveryForecastOptions { MaxDegreeOfParallelism = 0 });

    // ---- DeliveryForecast ----

    [Fact]
    public void WhenDone_empty_history() => Throws<ArgumentException>("dailyThroughput", () => DeliveryForecast.WhenDone([], RemainingScope.Exactly(1), Day, WorkdayCalendar.EveryDay, 10, 1));

    [Fact]
    public void WhenDone_negative_history() => Throws<ArgumentException>("dailyThroughput", () => DeliveryForecast.WhenDone([1, -1], RemainingScope.Exactly(1), Day, WorkdayCalendar.EveryDay, 10, 1));

    [Fact]
    public void WhenDone_null_scope() => Throws<ArgumentNullException>("remaining", () => DeliveryForecast.WhenDone([1], null!, Day, WorkdayCalendar.EveryDay, 10, 1));

    [Fact]
    public void WhenDone_null_calendar() => Throws<ArgumentNullException>("calendar", () => DeliveryForecast.WhenDone([1], RemainingScope.Exactly(1), Day, null!, 10, 1));

    [Fact]
    public void WhenDone_trials_not_positive() => Throws<ArgumentException>("trials", () => DeliveryForecast.WhenDone([1], RemainingScope.Exactly(1), Day, WorkdayCalendar.EveryDay, 0, 1));

    [Fact]
    public void HowMany_empty_history() => Throws<ArgumentException>("dailyThroughput", () => DeliveryForecast.HowMany([], Day, Day, WorkdayCalendar.EveryDay, 10, 1));

    [Fact]
    public void HowMany_negative_history() => Throws<ArgumentException>("dailyThroughput", () => DeliveryForecast.HowMany([-2], Day, Day, WorkdayCalendar.EveryDay, 10, 1));

    [Fact]
    public void HowMany_end_before_start() => Throws<ArgumentException>("end", () => DeliveryForecast.HowMany([1], Day, Day.PlusDays(-1), WorkdayCalendar.EveryDay, 10, 1));

    [Fact]
    public void HowMany_null_calendar() => Throws<ArgumentNullException>("calendar", () => DeliveryForecast.HowMany([1], Day, Day, null!, 10, 1));

    [Fact]
    public void HowMany_trials_not_positive() => Throws<ArgumentException>("trials", () => DeliveryForecast.HowMany([1], Day, Day, WorkdayCalendar.EveryDay, -5, 1));

    [Fact]
    public void WhenDone_trials_above_the_cap() => Throws<ArgumentOutOfRangeException>("trials", () => DeliveryForecast.WhenDone([1], RemainingScope.Exactly(1), Day, WorkdayCalendar.EveryDay, DeliveryForecast.MaxTrials + 1, 1));

    [Fact]
    public void HowMany_trials_above_the_cap() => Throws<ArgumentOutOfRangeException>("trials", () => DeliveryForecast.HowMany([1], Day, Day, WorkdayCalendar.EveryDay, int.MaxValue, 1));

    [Fact]
    public void HowMany_count_overflow() => Throws<ArgumentException>("dailyThroughput", () => DeliveryForecast.HowMany([int.MaxValue], Day, Day.PlusDays(1), WorkdayCalendar.EveryDay, 1, 1));

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.01)]
    public void DateAt_confidence_outside_0_1(double c) =>
        Throws<ArgumentOutOfRangeException>("confidence", () => DeliveryForecast.WhenDone([1], RemainingScope.Exactly(1), Day, WorkdayCalendar.EveryDay, 10, 1).DateAt(c));

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    public void AtLeast_confidence_outside_0_1(double c) =>
        Throws<ArgumentOutOfRangeException>("confidence", () => DeliveryForecast.HowMany([1], Day, Day, WorkdayCalendar.EveryDay, 10, 1).AtLeast(c));

    // ---- ScopeEvent, BurnChart ----

    [Fact]
    public void ScopeEvent_undefined_kind() => Throws<ArgumentOutOfRangeException>("kind", () => _ = new ScopeEvent(Day, (ScopeEventKind)8));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void ScopeEvent_count_not_positive(double count) => Throws<ArgumentOutOfRangeException>("count", () => _ = new ScopeEvent(Day, ScopeEventKind.Added, count));

    [Fact]
    public void BurnChart_null_events() => Throws<ArgumentNullException>("events", () => BurnChart.FromEvents(null!, Day, Day));

    [Fact]
    public void BurnChart_null_event() => Throws<ArgumentNullException>("events", () => BurnChart.FromEvents([null!], Day, Day));

    [Fact]
    public void BurnChart_to_before_from() => Throws<ArgumentException>("to", () => BurnChart.FromEvents([], Day, Day.PlusDays(-1)));

    // ---- SprintOutcome, Predictability ----

    [Fact]
    public void Sprint_blank_name() => Throws<ArgumentException>("name", () => _ = new SprintOutcome("", 1, 1));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Sprint_committed_not_finite_non_negative(double v) => Throws<ArgumentOutOfRangeException>("committed", () => _ = new SprintOutcome("S", v, 1));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void Sprint_completed_not_finite_non_negative(double v) => Throws<ArgumentOutOfRangeException>("completed", () => _ = new SprintOutcome("S", 1, v));

    [Fact]
    public void Predictability_null() => Throws<ArgumentNullException>("sprints", () => Predictability.Analyze(null!));

    [Fact]
    public void Predictability_empty() => Throws<ArgumentException>("sprints", () => Predictability.Analyze([]));

    [Fact]
    public void Predictability_null_element() => Throws<ArgumentNullException>("sprints", () => Predictability.Analyze([null!]));
}
