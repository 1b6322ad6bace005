using System.Text.Json;
using Pmo.Cli.Analysis;
using Pmo.Cli.Input;
using Pmo.Cli.Json;

namespace Pmo.Cli.Reports;

/// <summary>Builds the <c>pmo kpi</c> report (text/markdown document, or JSON).</summary>
internal static class KpiReport
{
    public static ReportDocument Build(KpiFileResult result, string source)
    {
        LoadedKpiFile f = result.File;
        var doc = new ReportDocument()
            .Heading(1, "KPI report")
            .Facts(
                ("As of", Fmt.Date(f.AsOf)),
                ("Subjects", $"{f.Subjects.Length} ({result.Rollups.Length} with members rolled up)"),
                ("KPIs", result.KpiIds.IsEmpty ? "none observed" : string.Join(", ", result.KpiIds)),
                ("Input", source));
        doc.Heading(2, "Scorecards");
        doc.Paragraph($"Each subject's own observations. Overall = worst of its KPIs; health = equal-weight composite (any red caps it at amber); "
            + $"forecast = trend of the last {KpiAnalysis.DefaultForecast.TrendPoints} values {KpiAnalysis.DefaultForecast.HorizonDays} days ahead "
            + "(unless the definition sets its own); BREACH = the forecast is worse than today's status.");
        foreach (LoadedKpiSubject s in f.Subjects)
        {
            if (result.Subjects.TryGetValue(s.Id, out SubjectKpis? card))
            {
                KpiSections.Scorecard(doc, Title(s), card);
            }
            else
            {
                doc.Heading(3, $"{Title(s)}: no observations of its own");
            }
        }

        if (!result.Rollups.IsEmpty)
        {
            doc.Heading(2, "Roll-ups");
            doc.Paragraph("Value = the KPI's roll-up rule over the subject and all its descendants (ratio KPIs as ratios of sums), judged against the KPI's bands; "
                + "Members = the worst of their own statuses, with counts.");
            KpiSections.Rollups(doc, result.Rollups);
        }

        KpiSections.Signals(doc, result.Charts, id => f.Subjects.First(s => s.Id == id).Name);
        return doc;
    }

    public static string Json(KpiFileResult result, string source)
    {
        LoadedKpiFile f = result.File;
        var doc = new KpiReportJson
        {
            Source = source,
            AsOf = f.AsOf,
            Definitions = [.. result.KpiIds.Select(id => KpiJson.Definition(f.Catalog, id))],
            Subjects =
            [
                .. f.Subjects.Select(s => new KpiSubjectJson
                {
                    Id = s.Id,
                    Name = s.Name,
                    Parent = s.Parent,
                    Scorecard = result.Subjects.TryGetValue(s.Id, out SubjectKpis? card) ? KpiJson.Scorecard(card) : null,
                }),
            ],
            Rollups = [.. result.Rollups.Select(KpiJson.Rollup)],
            Spc = [.. result.Charts.Select(KpiJson.Chart)],
        };
        return JsonSerializer.Serialize(doc, OutputJsonContext.Readable.KpiReportJson) + "\n";
    }

    private static string Title(LoadedKpiSubject s) => s.Name == s.Id ? s.Id : $"{s.Id} {s.Name}";
}
