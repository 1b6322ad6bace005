using System.Collections.Immutable;
using NodaTime;
using Pmo.Cli.Input;
using Pmo.Core.Kpis.Flow;

namespace Pmo.Cli.Analysis;

/// <summary>A project's flow metrics and Monte Carlo delivery forecast, all from Pmo.Core's flow domain.</summary>
internal sealed record FlowResult(
    string ProjectId,
    LoadedFlow Input,
    LocalDate AsOf,
    int Finished,
    int InProgress,
    int? OldestAge,
    double? MedianCycleTime,
    ServiceLevelExpectation ServiceLevel,
    LocalDate ThroughputFrom,
    FlowSeries WeeklyThroughput,
    double MeanDailyThroughput,
    int WorkingDays,
    CompletionForecast Forecast,
    LocalDate PlannedFinish,
    double? ProbabilityByPlannedFinish)
{
    /// <summary>The confidence levels reported.</summary>
    public static readonly ImmutableArray<double> Confidences = [0.50, 0.85, 0.95];

    /// <summary>Analyses a project's flow.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="flow">Its flow data.</param>
    /// <param name="asOf">The status date.</param>
    /// <param name="plannedFinish">The baseline's planned finish.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The result.</returns>
    public static FlowResult Analyze(string projectId, LoadedFlow flow, LocalDate asOf, LocalDate plannedFinish, WorkdayCalendar calendar)
    {
        ImmutableArray<WorkItem> items = flow.Items;
        ImmutableArray<ItemAge> ages = FlowMetrics.Ages(items, asOf);
        ServiceLevelExpectation sle = FlowMetrics.ServiceLevel(items, flow.SleConfidence);
        double? median = FlowMetrics.ServiceLevel(items, 0.5).Days;
        LocalDate from = asOf.PlusDays(-(flow.ThroughputWindowDays - 1));
        FlowSeries weekly = FlowMetrics.Throughput(items, from, asOf, FlowGranularity.Week);
        ImmutableArray<int> daily = FlowMetrics.WorkingDayThroughput(items, from, asOf, calendar);
        double meanDaily = daily.IsEmpty ? 0 : daily.Average();
        CompletionForecast forecast = DeliveryForecast.WhenDone(daily.AsSpan(), flow.Remaining, asOf.PlusDays(1), calendar, flow.Trials, flow.Seed);
        double? byPlan = forecast.Status == ForecastStatus.Simulated ? forecast.ProbabilityDoneBy(plannedFinish) : null;
        return new FlowResult(
            projectId, flow, asOf, items.Count(i => i.IsFinished), ages.Length, ages.IsEmpty ? null : ages.Max(a => a.Age), median, sle,
            from, weekly, meanDaily, daily.Length, forecast, plannedFinish, byPlan);
    }
}
