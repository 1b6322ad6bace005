using System.Collections.Immutable;
using Pmo.Cli.Analysis;
using Pmo.Core.Charts;
using Pmo.Core.Resources;

namespace Pmo.Cli.Reports;

/// <summary>
/// The charts of the reports, drawn by Pmo.Core.Charts from the same results the tables show. Added to the report
/// document as chart blocks, so only <c>--format html</c> draws them (lazily: text, Markdown and JSON pay nothing).
/// </summary>
internal static class ReportCharts
{
    private static ChartOptions Wide(string title, string format = "#,##0") => new() { Width = 900, Height = 380, Title = title, ValueFormat = format };

    private static ChartOptions Half(string title) => new() { Width = 560, Height = 340, Title = title, ValueFormat = "#,##0.##" };

    /// <summary>The S-curve of every project with at least one status point.</summary>
    public static void SCurves(ReportDocument doc, IEnumerable<ProjectResult> projects)
    {
        foreach (ProjectResult p in projects)
        {
            SCurve(doc, p);
        }
    }

    /// <summary>The S-curve of one project: cumulative PV, EV and AC, BAC, status date and forecasts.</summary>
    public static void SCurve(ReportDocument doc, ProjectResult p) =>
        doc.Chart($"{p.Project.Id} {p.Project.Name}: cumulative PV, EV and AC with BAC, the status date and the forecasts",
            () => EarnedValueCharts.SCurve(p.Project.Baseline, p.Project.Status, p.Analysis, Wide($"{p.Project.Id}: earned value S-curve")).Svg);

    /// <summary>A KPI's XmR chart with its limits and signals.</summary>
    public static void Xmr(ReportDocument doc, SpcChart c, string title)
    {
        string heading = $"{c.SubjectId}: {c.Definition.Name}";
        ImmutableArray<string> labels = [.. c.Dates.Select(d => d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))];
        doc.Chart(title, () => KpiCharts.Xmr(c.Chart, c.Evaluation, movingRange: false, labels, Wide(heading, "0.###")).Svg);
    }

    /// <summary>The heat maps of the open risks at the inherent and residual stages, side by side.</summary>
    public static void RiskHeatMaps(ReportDocument doc, Pmo.Core.Risk.RiskMatrix matrix, int[,] inherent, int[,] residual, int unplaced)
    {
        doc.Chart("Open risks per cell before responses (inherent), zones of the matrix",
            () => Pmo.Core.Charts.RiskCharts.HeatMapFromCounts(matrix, inherent, Pmo.Core.Risk.AssessmentStage.Inherent, 0, Half($"Inherent ({matrix.Name})")).Svg);
        doc.Chart("Open risks per cell after responses (residual), zones of the matrix",
            () => Pmo.Core.Charts.RiskCharts.HeatMapFromCounts(matrix, residual, Pmo.Core.Risk.AssessmentStage.Residual, unplaced, Half($"Residual ({matrix.Name})")).Svg);
    }

    /// <summary>The net money exposure of the open risks over the snapshots.</summary>
    public static void RiskBurndown(ReportDocument doc, ImmutableArray<RiskBurndownRow> rows) =>
        doc.Chart("Net expected monetary value of the open risks at each snapshot (threats − opportunities)",
            () => Pmo.Core.Charts.RiskCharts.BurndownFromValues([.. rows.Select(r => r.Date)], [.. rows.Select(r => (double?)r.Point.NetMoney)], "Net EMV", Wide("Risk burndown: net EMV of the open risks")).Svg);

    /// <summary>The finish histogram, the finish S-curve and the tornado of a schedule-risk run.</summary>
    public static void Simulation(ReportDocument doc, ScheduleRiskResult r, Pmo.Core.Risk.Simulation.SimulationResult run, string what)
    {
        doc.Chart($"{what}: distribution of the finish (working days from the start) with P50 and P80",
            () => SimulationCharts.Histogram(run, SimulationMeasure.Finish, 30, Half($"{what}: finish distribution ({run.Iterations:N0} iterations)")).Svg);
        doc.Chart($"{what}: probability of finishing by each working day (S-curve)",
            () => SimulationCharts.SCurve(run, SimulationMeasure.Finish, Half($"{what}: finish S-curve")).Svg);
        if (r.Tornado is { } t && !t.Bars.IsEmpty)
        {
            doc.Chart($"{what}: risk tornado, effect of each risk event on the P80 finish",
                () => SimulationCharts.Tornado(t, SimulationMeasure.Finish, 10, Wide($"{what}: risk tornado (P80 finish, working days)")).Svg);
        }
    }

    /// <summary>The ranking bars of a prioritization round.</summary>
    public static void Ranking(ReportDocument doc, PrioritizationResult r) =>
        doc.Chart("Ranking: each candidate's preference (with the weighted contribution of each criterion where the method has one)",
            () => PrioritizationCharts.Ranking(r.Ranking, contributions: true, Wide($"{r.Round.Name}: ranking", "#,##0.###")).Svg);

    /// <summary>The efficient frontier with the selected portfolio.</summary>
    public static void Frontier(ReportDocument doc, PrioritizationResult r)
    {
        if (r.Frontier is { } f)
        {
            doc.Chart("Efficient frontier: best value at each budget level, with the selected portfolio",
                () => PrioritizationCharts.Frontier(f, r.Selection, Wide($"Efficient frontier ({f.RowName})", "#,##0.###")).Svg);
        }
    }

    /// <summary>The capacity-versus-demand heat map (roles × periods).</summary>
    public static void CapacityHeatMap(ReportDocument doc, CapacityReport report) =>
        doc.Chart("Utilisation by role and month (demand / capacity; red = over-allocated)",
            () => CapacityCharts.HeatMap(report, new ChartOptions { Width = 1000, Height = Math.Max(260, 90 + (34 * report.Plan.RoleCount)), Title = "Capacity utilisation by role and month (demand / capacity)" }).Svg);
}
