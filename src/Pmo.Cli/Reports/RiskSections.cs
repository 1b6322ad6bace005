using System.Globalization;
using Pmo.Cli.Analysis;
using Pmo.Core.Risk;

namespace Pmo.Cli.Reports;

/// <summary>The "Risks" section of the portfolio report.</summary>
internal static class RiskSections
{
    public static void Risks(ReportDocument doc, PortfolioResult result)
    {
        doc.Heading(2, "Risks");
        if (result.Risks is not { } r)
        {
            doc.Paragraph("No project has a risk register.");
            return;
        }

        doc.Paragraph($"{r.OpenCount} open of {r.TotalCount} risks, scored with the {r.Model} matrix; impacts relative to each project's BAC (cost) "
            + "and planned duration (schedule). Residual = the explicit residual assessment, else the responses applied to the current (or inherent) one. "
            + "EMV = P × cost impact (opportunities negative); days = P × schedule impact.");

        doc.Heading(3, $"Top {PortfolioRisks.TopCount} risks by residual score and exposure");
        TableBlock top = TableBlock.Create(("Risk", false), ("Project", false), ("Title", false), ("Kind", false), ("P", true),
            ("Cost impact", true), ("Days", true), ("Score", true), ("Band", false), ("EMV", true), ("EMV days", true));
        foreach (RiskRow row in r.Top)
        {
            top.Row(row.Risk.Id, row.ProjectId, Truncate(row.Risk.Title, 40), row.Risk.Kind == RiskKind.Threat ? "threat" : "opportunity",
                Fmt.Index(row.Assessment.Probability), Fmt.Money(row.Assessment.Impact(RiskDimensions.Cost)),
                Fmt.Money(row.Assessment.Impact(RiskDimensions.Schedule)), Fmt.Index(row.Score.Score), row.Score.Band ?? Fmt.NotAvailable,
                Fmt.Money(row.Exposure.Money), Fmt.Periods(row.Exposure.Time));
        }

        doc.Table(top);

        HeatMap(doc, r.InherentHeat, r.ResidualHeat, r.Unplaced, RiskModels.Create(r.Model, 1, 1).Matrix);

        doc.Heading(3, "Exposure (residual, open risks)");
        TableBlock exp = TableBlock.Create(("Programme", false), ("Risks", true), ("Threat EMV", true), ("Opportunity EMV", true), ("Net EMV", true),
            ("Threat days", true), ("Opportunity days", true), ("Net days", true));
        foreach (ExposureGroup g in r.ByProgramme.Groups)
        {
            exp.Row(ExposureCells(g, g.Key ?? "(none)"));
        }

        exp.TotalRow(ExposureCells(r.ByProgramme.Total, "Portfolio"));
        doc.Table(exp);
        doc.Facts(
            ("Contingency reserve", $"{Fmt.Money(r.Contingency.Money)} and {Fmt.Periods(r.Contingency.Time)} days"),
            ("Method", r.Contingency.Description));

        doc.Heading(3, "Appetite breaches and overdue responses");
        var lines = new List<string>();
        foreach (AppetiteBreach b in r.Breaches)
        {
            lines.Add(b.Value is { } v && b.Limit is { } l
                ? $"{b.Scope}: {KpiFmt.Name(b.Kind)} {Amount(b.Kind, v)} exceeds the limit {Amount(b.Kind, l)}"
                : $"{b.Scope}: {KpiFmt.Name(b.Kind)}: {b.Reason}");
        }

        foreach (OverdueResponse o in r.Overdue)
        {
            lines.Add($"{o.RiskId}: response {o.Response.Id} ({KpiFmt.Name(o.Response.Strategy)}, {o.Response.Owner ?? "no owner"}) due {Fmt.Date(o.Response.DueDate)}, "
                + $"{o.DaysOverdue.ToString(CultureInfo.InvariantCulture)} days overdue");
        }

        doc.Bullets(lines.Count == 0 ? ["None."] : lines);

        doc.Heading(3, "Burndown (snapshots, open risks)");
        if (r.Burndown.IsEmpty)
        {
            doc.Paragraph("No risk snapshots.");
            return;
        }

        TableBlock burn = TableBlock.Create(("Date", false), ("Projects", true), ("Risks", true), ("Threat EMV", true), ("Opportunity EMV", true), ("Net EMV", true), ("Net days", true));
        foreach (RiskBurndownRow b in r.Burndown)
        {
            burn.Row(Fmt.Date(b.Date), Fmt.Int(b.Projects), Fmt.Int(b.Point.Count), Fmt.Money(b.Point.ThreatMoney), Fmt.Money(b.Point.OpportunityMoney),
                Fmt.Money(b.Point.NetMoney), Fmt.Periods(b.Point.NetTime));
        }

        doc.Table(burn);
        ReportCharts.RiskBurndown(doc, r.Burndown);
    }

    public static void HeatMap(ReportDocument doc, int[,] inherent, int[,] residual, int unplaced, RiskMatrix? matrix)
    {
        int pl = inherent.GetLength(0), il = inherent.GetLength(1);
        doc.Heading(3, "Heat map (open risks, inherent → residual)");
        var cols = new List<(string, bool)> { ("P \\ I", false) };
        cols.AddRange(Enumerable.Range(1, il).Select(i => ($"I{i}", true)));
        TableBlock heat = TableBlock.Create([.. cols]);
        for (int p = pl; p >= 1; p--)
        {
            var cells = new List<string> { $"P{p}" };
            for (int i = 1; i <= il; i++)
            {
                int a = inherent[p - 1, i - 1], b = residual[p - 1, i - 1];
                cells.Add(a == 0 && b == 0 ? "·" : $"{a}→{b}");
            }

            heat.Row([.. cells]);
        }

        doc.Table(heat);
        if (matrix is not null && matrix.Rows == pl && matrix.Columns == il)
        {
            ReportCharts.RiskHeatMaps(doc, matrix, inherent, residual, unplaced);
        }

        doc.Paragraph($"Rows: probability level, high to low; columns: impact level (worst dimension), low to high. A cell reads inherent count → residual count."
            + (unplaced > 0 ? $" {unplaced} assessment(s) could not be placed." : string.Empty));
    }

    public static string[] ExposureCells(ExposureGroup g, string label) =>
    [
        label, Fmt.Int(g.Count), Fmt.Money(g.ThreatMoney), Fmt.Money(g.OpportunityMoney), Fmt.Money(g.NetMoney),
        Fmt.Periods(g.ThreatTime), Fmt.Periods(g.OpportunityTime), Fmt.Periods(g.NetTime),
    ];

    private static string Amount(AppetiteBreachKind kind, double v) =>
        kind == AppetiteBreachKind.RiskDelayLimit ? $"{Fmt.Periods(v)} days" : Fmt.Money(v);

    private static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
