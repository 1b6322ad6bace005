using Pmo.Core.EarnedValue;

namespace Pmo.Cli.Analysis;

/// <summary>
/// The roll-up through Pmo.Core: <see cref="EarnedValueRollup.Combine"/> sums the members' PV curves on the union of
/// their period ends (and their EV, AC, MR and over-target amounts), and the combined project is analysed like any
/// other, so the ratios, earned schedule and forecasts of a programme are recomputed, never averaged. The core needs
/// one status date; members at different status dates fall back to <see cref="SummedRollup"/> with a note.
/// </summary>
internal sealed class CoreRollup : IRollupStrategy
{
    /// <summary>Gets the shared instance.</summary>
    public static CoreRollup Instance { get; } = new();

    public RollupFigures Combine(string id, string name, IReadOnlyList<ProjectResult> projects)
    {
        if (projects.Select(p => p.Analysis.StatusDate).Distinct().Count() > 1)
        {
            RollupFigures summed = SummedRollup.Instance.Combine(id, name, projects);
            return new RollupFigures
            {
                Id = summed.Id,
                Name = summed.Name,
                Method = summed.Method,
                ProjectIds = summed.ProjectIds,
                BudgetAtCompletion = summed.BudgetAtCompletion,
                PlannedValue = summed.PlannedValue,
                EarnedValue = summed.EarnedValue,
                ActualCost = summed.ActualCost,
                CostPerformanceIndex = summed.CostPerformanceIndex,
                SchedulePerformanceIndex = summed.SchedulePerformanceIndex,
                EstimateAtCompletion = summed.EstimateAtCompletion,
                VarianceAtCompletion = summed.VarianceAtCompletion,
                ToCompletePerformanceIndex = summed.ToCompletePerformanceIndex,
                Notes = [$"{id}: its projects have different status dates, so the roll-up sums BAC, PV, EV and AC and recomputes CPI, SPI and EAC; ES, SPI(t) and the forecast finish need one status date and are not shown."],
            };
        }

        CombinedProject combined = EarnedValueRollup.Combine(projects.Select(p =>
            new RollupInput(p.Project.Id, p.Project.Baseline, p.Project.Status, p.Project.Budget)));
        EarnedValueAnalysis a = combined.Analyze();
        return new RollupFigures
        {
            Id = id,
            Name = name,
            Method = "earnedValueRollup",
            ProjectIds = combined.MemberIds,
            BudgetAtCompletion = a.BudgetAtCompletion,
            PlannedValue = a.PlannedValue,
            EarnedValue = a.EarnedValue,
            ActualCost = a.ActualCost,
            CostPerformanceIndex = a.CostPerformanceIndex,
            SchedulePerformanceIndex = a.SchedulePerformanceIndex,
            SchedulePerformanceIndexTime = a.Schedule.SchedulePerformanceIndex,
            EarnedSchedule = a.Schedule.EarnedSchedule,
            ActualTime = a.Schedule.ActualTime,
            EstimateAtCompletion = a.PrimaryEac.EstimateAtCompletion,
            VarianceAtCompletion = a.PrimaryEac.VarianceAtCompletion,
            ToCompletePerformanceIndex = a.ToCompletePerformanceIndexToBac,
            ForecastFinish = a.Schedule.PrimaryForecast.FinishDate,
            Analysis = a,
            Notes = [.. combined.Diagnostics.Select(d => $"{id} roll-up: {d.Message}")],
        };
    }
}
