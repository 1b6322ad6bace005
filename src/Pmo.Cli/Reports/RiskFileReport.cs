using System.Globalization;
using System.Text.Json;
using Pmo.Cli.Analysis;
using Pmo.Cli.Json;
using Pmo.Core.Risk;

namespace Pmo.Cli.Reports;

/// <summary>Builds the <c>pmo risk</c> report: a scored register.</summary>
internal static class RiskFileReport
{
    public static ReportDocument Build(RiskFileResult result, string source)
    {
        var doc = new ReportDocument()
            .Heading(1, "Risk register: scored")
            .Facts(
                ("As of", Fmt.Date(result.Input.AsOf)),
                ("Model", result.Input.ModelName),
                ("Risks", $"{result.Risks.Count(r => r.Risk.IsOpen)} open of {result.Risks.Length}"),
                ("Input", source));

        doc.Heading(2, "Risks (open first, by residual score and exposure)");
        TableBlock table = TableBlock.Create(("Risk", false), ("Title", false), ("Kind", false), ("Status", false), ("Category", false),
            ("P inh", true), ("Score inh", true), ("Band inh", false), ("P res", true), ("Score res", true), ("Band res", false), ("EMV", true), ("EMV days", true));
        foreach (ScoredRisk s in result.Risks)
        {
            RiskEntry r = s.Risk;
            Exposure e = r.ExposureAt(AssessmentStage.Residual);
            table.Row(r.Id, Truncate(r.Title, 40), KpiFmt.Name(r.Kind), KpiFmt.Name(r.Status), r.Category ?? string.Empty,
                Fmt.Index(r.Inherent.Probability), Fmt.Index(s.Inherent.Score), s.Inherent.Band ?? Fmt.NotAvailable,
                Fmt.Index(r.Residual.Probability), Fmt.Index(s.Residual.Score), s.Residual.Band ?? Fmt.NotAvailable,
                Fmt.Money(e.Money), Fmt.Periods(e.Time));
        }

        doc.Table(table);
        RiskSections.HeatMap(doc, result.InherentHeat, result.ResidualHeat, result.Unplaced, result.Input.Model.Matrix);

        doc.Heading(2, "Exposure by category (residual, open risks)");
        TableBlock exp = TableBlock.Create(("Category", false), ("Risks", true), ("Threat EMV", true), ("Opportunity EMV", true), ("Net EMV", true),
            ("Threat days", true), ("Opportunity days", true), ("Net days", true));
        foreach (ExposureGroup g in result.ByCategory.Groups)
        {
            exp.Row(RiskSections.ExposureCells(g, g.Key ?? "(none)"));
        }

        exp.TotalRow(RiskSections.ExposureCells(result.ByCategory.Total, "Total"));
        doc.Table(exp);
        doc.Facts(
            ("Contingency reserve", $"{Fmt.Money(result.Contingency.Money)} and {Fmt.Periods(result.Contingency.Time)} days"),
            ("Method", result.Contingency.Description));

        doc.Heading(2, "Overdue responses");
        doc.Bullets(result.Overdue.IsEmpty
            ? ["None."]
            : result.Overdue.Select(o => $"{o.RiskId}: response {o.Response.Id} ({KpiFmt.Name(o.Response.Strategy)}, {o.Response.Owner ?? "no owner"}) due {Fmt.Date(o.Response.DueDate)}, "
                + $"{o.DaysOverdue.ToString(CultureInfo.InvariantCulture)} days overdue"));
        return doc;
    }

    public static string Json(RiskFileResult result, string source)
    {
        var doc = new RiskReportJson
        {
            Source = source,
            AsOf = result.Input.AsOf,
            Model = result.Input.ModelName,
            Risks =
            [
                .. result.Risks.Select(s => new ScoredRiskJson
                {
                    Id = s.Risk.Id,
                    Title = s.Risk.Title,
                    Kind = KpiFmt.Name(s.Risk.Kind),
                    Status = KpiFmt.Name(s.Risk.Status),
                    Category = s.Risk.Category,
                    Owner = s.Risk.Owner,
                    Inherent = Stage(s.Risk, s.Inherent, AssessmentStage.Inherent),
                    Residual = Stage(s.Risk, s.Residual, AssessmentStage.Residual),
                }),
            ],
            HeatMap = RiskJson.HeatMap(result.InherentHeat, result.ResidualHeat, result.Unplaced),
            ExposureByCategory = [.. result.ByCategory.Groups.Select(RiskJson.Exposure)],
            Total = RiskJson.Exposure(result.ByCategory.Total),
            Contingency = RiskJson.Contingency(result.Contingency),
            OverdueResponses = [.. result.Overdue.Select(RiskJson.Overdue)],
        };
        return JsonSerializer.Serialize(doc, OutputJsonContext.Readable.RiskReportJson) + "\n";
    }

    private static StageScoreJson Stage(RiskEntry r, RiskScore score, AssessmentStage stage)
    {
        RiskAssessment a = r.AssessmentAt(stage);
        Exposure e = r.ExposureAt(stage);
        return new StageScoreJson
        {
            Probability = a.Probability,
            Impacts = a.Impacts,
            Score = score.Score,
            Band = score.Band,
            ProbabilityLevel = score.ProbabilityLevel,
            ImpactLevel = score.ImpactLevel,
            ExpectedMonetaryValue = e.Money,
            ExpectedDelayDays = e.Time,
        };
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
