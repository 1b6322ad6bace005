using Pmo.Cli.Analysis;
using Pmo.Cli.Input;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Cli.Reports;

/// <summary>Builds the portfolio report (<c>pmo report</c>) as a format-neutral document.</summary>
internal static class PortfolioReport
{
    private static readonly HashSet<string> HeadlineMetrics = new(StringComparer.Ordinal)
    {
        "CPI", "SPI", "SPI(t)", "CV%", "SV%", "TCPI(BAC)", "TCPI(TAB)", "TSPI",
    };

    public static ReportDocument Build(PortfolioResult result, string source)
    {
        LoadedPortfolio pf = result.Portfolio;
        var doc = new ReportDocument()
            .Heading(1, $"{pf.Name}: portfolio report")
            .Facts(
                ("Status date", Fmt.Date(pf.StatusDate)),
                ("Currency", $"{pf.Currency} (amounts rounded to whole units)"),
                ("Projects", $"{result.Projects.Length} in {pf.Programmes.Length} programmes"),
                ("Input", source));

        foreach (ProgrammeResult prog in result.Programmes)
        {
            doc.Heading(2, $"{prog.Programme.Name} ({prog.Programme.Id})");
            if (prog.Rollup is null)
            {
                doc.Paragraph("No projects.");
                continue;
            }

            TableBlock table = NewTable("Project", "Name");
            foreach (ProjectResult p in prog.Projects)
            {
                table.Row(ProjectCells(p));
            }

            table.TotalRow(RollupCells(prog.Rollup, $"{prog.Programme.Id} total", "Programme roll-up"));
            doc.Table(table);
            ReportCharts.SCurves(doc, prog.Projects.Where(p => !p.Project.Status.History.IsEmpty));
        }

        doc.Heading(2, "Portfolio roll-up");
        TableBlock totals = NewTable("Programme", "Name");
        foreach (ProgrammeResult prog in result.Programmes)
        {
            if (prog.Rollup is not null)
            {
                totals.Row(RollupCells(prog.Rollup, prog.Programme.Id, prog.Programme.Name));
            }
        }

        totals.TotalRow(RollupCells(result.Total, "Portfolio", "All programmes"));
        doc.Table(totals);

        doc.Heading(2, "KPI scorecards");
        if (result.Kpis.Projects.IsEmpty)
        {
            doc.Paragraph("No project has KPI observations.");
        }
        else
        {
            doc.Paragraph($"CPI, SPI, SPI(t), TCPI and VAC/BAC are derived from the earned-value analysis at every status point; the other KPIs are the "
                + $"projects' reported histories. Status from the KPI's bands; overall = worst of the KPIs; health = equal-weight composite "
                + $"(red 0, amber 0.5, green 1; any red caps it at amber). Forecast = trend of the last {KpiAnalysis.DefaultForecast.TrendPoints} values "
                + $"{KpiAnalysis.DefaultForecast.HorizonDays} days ahead (unless a definition sets its own); BREACH = the forecast is worse than today's status.");
            foreach (SubjectKpis s in result.Kpis.Projects)
            {
                KpiSections.Scorecard(doc, $"{s.SubjectId} {result.Portfolio.Projects.First(p => p.Id == s.SubjectId).Name}", s);
            }

            doc.Heading(2, "KPI roll-ups");
            doc.Paragraph("Value = the KPI's roll-up rule over the members' latest values (ratio KPIs as ratios of sums, e.g. ΣEV/ΣAC, never a mean of ratios), "
                + "judged against the KPI's bands; Members = the worst of the members' own statuses, with counts. SPI(t) here is ΣES / ΣAT "
                + "(a duration-weighted mean); the earned-value roll-up above computes the programme's ES on its summed PV curve instead.");
            KpiSections.Rollups(doc, result.Kpis.Rollups);
            KpiSections.Signals(doc, result.Kpis.Charts, id => result.Portfolio.Projects.First(p => p.Id == id).Name, what: "reported KPI histories (the cumulative earned-value indices are evaluated, not charted)");
        }

        KpiSections.Benefits(doc, result);
        KpiSections.DeliveryForecasts(doc, result);
        RiskSections.Risks(doc, result);
        ScheduleRiskReport.Section(doc, result);
        PrioritizationReport.Section(doc, result);
        CapacitySections.Section(doc, result);

        doc.Heading(2, "Notable diagnostics");
        var notes = new List<string>();
        foreach (ProjectResult p in result.Projects)
        {
            notes.AddRange(Notable(p));
        }

        foreach (ProgrammeResult prog in result.Programmes)
        {
            notes.AddRange(prog.Rollup?.Notes ?? []);
        }

        notes.AddRange(result.Total.Notes);
        doc.Bullets(notes.Count == 0 ? ["None."] : notes);

        doc.Heading(3, "Legend");
        doc.Paragraph("EAC = primary estimate at completion (CPI method unless the project's options choose another); VAC = BAC − EAC; "
            + "TCPI = (BAC − EV) / (BAC − AC); ES/AT = earned schedule and actual time in baseline periods; Finish = primary duration forecast "
            + $"(IEAC(t) = PD / SPI(t) by default). Status: index below {Fmt.Index(StatusWord.Watch)} is a slip, below {Fmt.Index(StatusWord.Critical)} critical. "
            + "n/a = undefined (see diagnostics).");
        return doc;
    }

    private static TableBlock NewTable(string idHeader, string nameHeader) => TableBlock.Create(
        (idHeader, false), (nameHeader, false), ("BAC", true), ("PV", true), ("EV", true), ("AC", true), ("CV", true), ("SV", true),
        ("CPI", true), ("SPI", true), ("SPI(t)", true), ("ES/AT", true), ("EAC", true), ("VAC", true), ("TCPI", true),
        ("Finish", false), ("Status", false));

    private static string[] ProjectCells(ProjectResult p)
    {
        EarnedValueAnalysis a = p.Analysis;
        EarnedScheduleMetrics s = a.Schedule;
        return
        [
            p.Project.Id, Truncate(p.Project.Name, 30),
            Fmt.Money(a.BudgetAtCompletion), Fmt.Money(a.PlannedValue), Fmt.Money(a.EarnedValue), Fmt.Money(a.ActualCost),
            Fmt.Money(a.CostVariance), Fmt.Money(a.ScheduleVariance),
            Fmt.Index(a.CostPerformanceIndex), Fmt.Index(a.SchedulePerformanceIndex), Fmt.Index(s.SchedulePerformanceIndex),
            $"{Fmt.Periods(s.EarnedSchedule)}/{Fmt.Periods(s.ActualTime)}",
            Fmt.Money(a.PrimaryEac.EstimateAtCompletion), Fmt.Money(a.PrimaryEac.VarianceAtCompletion),
            Fmt.Index(a.ToCompletePerformanceIndexToBac), Fmt.Date(s.PrimaryForecast.FinishDate), StatusWord.Of(a),
        ];
    }

    private static string[] RollupCells(RollupFigures r, string id, string name) =>
    [
        id, Truncate(name, 30),
        Fmt.Money(r.BudgetAtCompletion), Fmt.Money(r.PlannedValue), Fmt.Money(r.EarnedValue), Fmt.Money(r.ActualCost),
        Fmt.Money(r.CostVariance), Fmt.Money(r.ScheduleVariance),
        Fmt.Index(r.CostPerformanceIndex), Fmt.Index(r.SchedulePerformanceIndex), Fmt.Index(r.SchedulePerformanceIndexTime),
        r.EarnedSchedule is null && r.ActualTime is null ? Fmt.NotAvailable : $"{Fmt.Periods(r.EarnedSchedule)}/{Fmt.Periods(r.ActualTime)}",
        Fmt.Money(r.EstimateAtCompletion), Fmt.Money(r.VarianceAtCompletion), Fmt.Index(r.ToCompletePerformanceIndex),
        Fmt.Date(r.ForecastFinish), StatusWord.Of(r),
    ];

    private static IEnumerable<string> Notable(ProjectResult p)
    {
        string id = p.Project.Id;
        EarnedValueAnalysis a = p.Analysis;
        foreach (Diagnostic d in a.Diagnostics)
        {
            if (d.Kind == DiagnosticKind.Warning || (d.Kind == DiagnosticKind.Undefined && HeadlineMetrics.Contains(d.Metric)))
            {
                yield return $"{id}: {d.Metric} {(d.Kind == DiagnosticKind.Undefined ? "n/a" : "warning")}: {d.Message}";
            }
        }

        int eacUndefined = a.EacForecasts.Count(f => f.EstimateAtCompletion is null);
        int durUndefined = a.Schedule.Forecasts.Count(f => f.Duration is null);
        if (eacUndefined > 0 || durUndefined > 0)
        {
            yield return $"{id}: {eacUndefined} of {a.EacForecasts.Length} EAC methods and {durUndefined} of {a.Schedule.Forecasts.Length} duration forecasts undefined (details: pmo evm).";
        }

        EacForecast primary = a.PrimaryEac;
        if (primary.IsRealistic == false)
        {
            yield return $"{id}: EAC ({InputMapper.ContractName(primary.Method)}) {Fmt.Money(primary.EstimateAtCompletion)} looks unrealistic: "
                + $"it needs TCPI {Fmt.Index(primary.ToCompletePerformanceIndex)} against a CPI of {Fmt.Index(a.CostPerformanceIndex)} "
                + $"(threshold ±{Fmt.Index(p.Project.Options.EacRealismThreshold)}).";
        }

        if (a.ToCompletePerformanceIndexToBac is { } tcpi && a.CostPerformanceIndex is { } cpi && tcpi - cpi > p.Project.Options.EacRealismThreshold)
        {
            yield return $"{id}: finishing within BAC needs TCPI {Fmt.Index(tcpi)} against a CPI of {Fmt.Index(cpi)}; BAC is unlikely to hold.";
        }

        BaselineHistory h = p.Project.Baselines;
        if (h.IsRebaselined)
        {
            yield return $"{id}: re-baselined ({h.Versions.Length} versions, current v{h.Current.Version} approved {Fmt.Date(h.Current.ApprovedOn)}): "
                + $"BAC {Fmt.Money(h.Original.Baseline.BudgetAtCompletion)} → {Fmt.Money(h.Current.Baseline.BudgetAtCompletion)} ({Fmt.SignedMoney(h.BudgetChange)}), "
                + $"planned finish {Fmt.Date(h.Original.Baseline.PlannedFinish)} → {Fmt.Date(h.Current.Baseline.PlannedFinish)} ({(h.PlannedFinishChangeDays >= 0 ? "+" : string.Empty)}{h.PlannedFinishChangeDays} days). "
                + $"Reason: {h.Current.Reason}";
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
