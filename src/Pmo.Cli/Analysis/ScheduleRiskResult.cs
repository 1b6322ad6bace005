using System.Collections.Immutable;
using NodaTime;
using Pmo.Cli.Input;
using Pmo.Core.Kpis.Flow;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Cli.Analysis;

/// <summary>
/// A Monte Carlo schedule and cost risk analysis of one model (issue 6): the pre-mitigation run, its risk tornado
/// (event removal with common random numbers) and, when the input has post-mitigation values, the post-mitigation run
/// and the comparison. All runs share the seed, sampling and iteration count.
/// </summary>
/// <param name="Schedule">The model.</param>
/// <param name="Options">The run options.</param>
/// <param name="Pre">The pre-mitigation run.</param>
/// <param name="Tornado">The tornado at P80 (null when the model has no risk event).</param>
/// <param name="Post">The post-mitigation run, if any.</param>
/// <param name="Comparison">Pre vs post, if any.</param>
internal sealed record ScheduleRiskResult(
    LoadedSchedule Schedule,
    SimulationOptions Options,
    SimulationResult Pre,
    TornadoResult? Tornado,
    SimulationResult? Post,
    SimulationComparison? Comparison)
{
    /// <summary>Gets the portfolio project's id, when the model is a project's schedule.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The iterations of the portfolio report's simulations (stated in the report).</summary>
    public const int ReportIterations = 10_000;

    /// <summary>The seed of the portfolio report's simulations (stated in the report).</summary>
    public const ulong ReportSeed = 20261031;

    /// <summary>
    /// The most activity durations (iterations × activities, 4 bytes each) kept for the per-activity statistics (mean
    /// duration, sensitivity, correlation with the finish); larger runs report criticality only.
    /// </summary>
    public const long MaxStoredDurations = 20_000_000;

    /// <summary>The confidence level of margins, contingencies and the tornado.</summary>
    public const double Level = 0.8;

    /// <summary>Runs the analysis.</summary>
    /// <param name="schedule">The model.</param>
    /// <param name="options">The run options.</param>
    /// <param name="progress">Progress over every run (main run, tornado re-runs, post-mitigation run), if wanted.</param>
    /// <returns>The result.</returns>
    public static ScheduleRiskResult Analyze(LoadedSchedule schedule, SimulationOptions options, IProgress<SimulationProgress>? progress = null)
    {
        SimulationModel model = schedule.PreMitigation;
        int runs = (model.RiskEvents.IsEmpty ? 1 : model.RiskEvents.Length + 1) + (schedule.PostMitigation is null ? 0 : 1);
        long total = (long)runs * options.Iterations;
        IProgress<SimulationProgress>? Part(long offset) => progress is null ? null : new RunsProgress(progress, offset, total);
        SimulationResult pre;
        TornadoResult? tornado = null;
        if (!model.RiskEvents.IsEmpty)
        {
            // The tornado's first run is the baseline: every run is simulated once.
            tornado = RiskTornado.Analyze(model, options, Level, Part(0));
            pre = tornado.Baseline;
        }
        else
        {
            pre = RiskSimulation.Run(model, options, Part(0));
        }

        long done = (long)(runs - (schedule.PostMitigation is null ? 0 : 1)) * options.Iterations;
        SimulationResult? post = schedule.PostMitigation is { } pm ? RiskSimulation.Run(pm, options, Part(done)) : null;
        return new ScheduleRiskResult(schedule, options, pre, tornado, post, post is null ? null : SimulationComparison.Compare(pre, post));
    }

    /// <summary>Gets a run's activities (milestones left out) by criticality index, highest first (ties: file order).</summary>
    /// <param name="run">The run.</param>
    /// <param name="count">How many.</param>
    /// <returns>The activities.</returns>
    public static ImmutableArray<ActivityRiskStatistics> MostCritical(SimulationResult run, int count) =>
        [.. run.Activities.Where(a => a.CriticalityIndex is not null && !run.Model.Network.Activities[run.Model.Network.IndexOf(a.ActivityId)].IsMilestone)
            .OrderByDescending(a => a.CriticalityIndex!.Value).Take(count)];

    /// <summary>Gets the date of a finish in working days, when the model has a start date.</summary>
    /// <param name="workingDays">The finish in working days after the start.</param>
    /// <returns>The date, or null.</returns>
    public LocalDate? DateOf(double workingDays) => Schedule.Start is { } s ? WorkingDays.FinishDate(s, workingDays, Schedule.Calendar) : null;
}

/// <summary>
/// Working days → calendar dates for the reports, with Pmo.Core's scheduling calendar
/// (<see cref="Pmo.Core.Scheduling.WorkingCalendar.FinishDate"/>): the portfolio's working weekdays and holidays.
/// </summary>
internal static class WorkingDays
{
    /// <summary>
    /// The date on which work that ends <paramref name="workingDays"/> working days after the start of working day 0
    /// finishes: the start is moved to the first working day on or after <paramref name="start"/>; a finish of t &gt; 0
    /// working days ends on working day ⌈t⌉ − 1 counted from 0 (so 1 day = the start day itself, 5 days from a Monday =
    /// that Friday); 0 days = the start day.
    /// </summary>
    /// <param name="start">The start date of working day 0.</param>
    /// <param name="workingDays">The finish, in working days (≥ 0).</param>
    /// <param name="calendar">The portfolio calendar (working weekdays and holidays).</param>
    /// <returns>The finish date.</returns>
    public static LocalDate FinishDate(LocalDate start, double workingDays, WorkdayCalendar calendar)
    {
        LocalDate first = calendar.NextWorkingDayOnOrAfter(start);
        var weekdays = Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None && !calendar.NonWorkingWeekdays.Contains(d));
        LocalDate last = first.PlusYears((int)Math.Ceiling(workingDays / 200) + 2); // ≥ 200 working days a year
        var schedule = new Pmo.Core.Scheduling.WorkingCalendar(first, last, weekdays, calendar.Holidays.Where(h => h >= first && h <= last));
        return schedule.FinishDate(first, workingDays);
    }
}

/// <summary>Maps one run's progress into the progress of a sequence of runs.</summary>
internal sealed class RunsProgress(IProgress<SimulationProgress> target, long offset, long total) : IProgress<SimulationProgress>
{
    public void Report(SimulationProgress value) =>
        target.Report(new SimulationProgress((int)Math.Min(int.MaxValue, offset + value.CompletedIterations), (int)Math.Min(int.MaxValue, total)));
}
