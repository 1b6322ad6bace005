using Pmo.Cli.Analysis;
using Pmo.Cli.Input;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Cli.Reports;

/// <summary>Builds the full single-project analysis (<c>pmo evm</c>) as a format-neutral document.</summary>
internal static class ProjectReport
{
    public static ReportDocument Build(ProjectResult result, string source)
    {
        LoadedProject p = result.Project;
        EarnedValueAnalysis a = result.Analysis;
        EarnedScheduleMetrics s = a.Schedule;
        string cur = p.Currency is null ? string.Empty : $" {p.Currency}";
        var doc = new ReportDocument()
            .Heading(1, $"{p.Id} {p.Name}: earned-value analysis")
            .Facts(
                ("Status date", Fmt.Date(a.StatusDate)),
                ("Baseline", $"v{p.Baselines.Current.Version} approved {Fmt.Date(p.Baselines.Current.ApprovedOn)}, {p.Baseline.PeriodCount} periods from {Fmt.Date(p.Baseline.Start)} to {Fmt.Date(p.Baseline.PlannedFinish)}"),
                ("Currency", p.Currency ?? "not given"),
                ("Status", StatusWord.Of(a)),
                ("Input", source));

        doc.Heading(2, "Budget").Facts(
            ("BAC (budget at completion)", Fmt.Money(a.BudgetAtCompletion) + cur),
            ("MR (management reserve)", Fmt.Money(a.ManagementReserve) + cur),
            ("CBB = BAC + MR", Fmt.Money(a.ContractBudgetBase) + cur),
            ("TAB (total allocated budget)", Fmt.Money(a.TotalAllocatedBudget) + cur));

        doc.Heading(2, "Performance at the status date").Facts(
            ("PV (planned value)", Fmt.Money(a.PlannedValue)),
            ("EV (earned value)", Fmt.Money(a.EarnedValue)),
            ("AC (actual cost)", Fmt.Money(a.ActualCost)),
            ("CV = EV − AC", Fmt.Money(a.CostVariance)),
            ("SV = EV − PV", Fmt.Money(a.ScheduleVariance)),
            ("CV% = CV / EV", Fmt.Percent(a.CostVariancePercent)),
            ("SV% = SV / PV", Fmt.Percent(a.ScheduleVariancePercent)),
            ("CPI = EV / AC", Fmt.Index(a.CostPerformanceIndex)),
            ("SPI = EV / PV", Fmt.Index(a.SchedulePerformanceIndex)),
            ("CSI = CPI × SPI", Fmt.Index(a.CostScheduleIndex)),
            ("% complete = EV / BAC", Fmt.Percent(a.PercentComplete)),
            ("% spent = AC / BAC", Fmt.Percent(a.PercentSpent)),
            ("% scheduled = PV / BAC", Fmt.Percent(a.PercentScheduled)),
            ("BCWR = BAC − EV", Fmt.Money(a.BudgetedCostOfWorkRemaining)),
            ("TCPI(BAC)", Fmt.Index(a.ToCompletePerformanceIndexToBac)),
            ("TCPI(TAB)", Fmt.Index(a.ToCompletePerformanceIndexToTab)));

        ReportCharts.SCurve(doc, result);

        doc.Heading(2, "Earned schedule (time in baseline periods)").Facts(
            ("AT (actual time)", Fmt.Periods(s.ActualTime)),
            ("PD (planned duration)", Fmt.Periods(s.PlannedDuration)),
            ("ES = C + I", $"{Fmt.Periods(s.EarnedSchedule)} (C = {Fmt.Int(s.CompletedPeriods)}, I = {Fmt.Periods(s.Interpolation)})"),
            ("PV(C), PV(C + 1)", $"{Fmt.Money(s.PlannedValueAtCompleted)}, {Fmt.Money(s.PlannedValueAtNext)}"),
            ("ES date", Fmt.Date(s.EarnedScheduleDate)),
            ("SV(t) = ES − AT", Fmt.Periods(s.ScheduleVariance)),
            ("SPI(t) = ES / AT", Fmt.Index(s.SchedulePerformanceIndex)),
            ("TSPI to PD", Fmt.Index(s.ToCompleteSchedulePerformanceIndex)),
            ("TSPI to forecast", Fmt.Index(s.ToCompleteSchedulePerformanceIndexToEstimate)));

        doc.Heading(2, "Cost forecasts (EAC = AC + (BAC − EV) / PF)");
        TableBlock eac = TableBlock.Create(("Method", false), ("Formula", false), ("PF", true), ("EAC", true), ("ETC", true),
            ("VAC", true), ("VAC%", true), ("TCPI(EAC)", true), ("Realistic", false));
        foreach (EacForecast f in a.EacForecasts)
        {
            eac.Row(
                InputMapper.ContractName(f.Method) + (f.Method == a.PrimaryEac.Method ? " *" : string.Empty), MethodLabels.Of(f.Method),
                Fmt.Index(f.PerformanceFactor), Fmt.Money(f.EstimateAtCompletion), Fmt.Money(f.EstimateToComplete),
                Fmt.Money(f.VarianceAtCompletion), Fmt.Percent(f.VarianceAtCompletionPercent), Fmt.Index(f.ToCompletePerformanceIndex),
                Fmt.YesNo(f.IsRealistic));
        }

        doc.Table(eac);
        doc.Paragraph($"* primary method. Independent EAC range: {Fmt.Money(a.EacRangeLow)} to {Fmt.Money(a.EacRangeHigh)}. "
            + $"Realistic: |TCPI(EAC) − CPI| ≤ {Fmt.Index(p.Options.EacRealismThreshold)}.");

        doc.Heading(2, "Duration forecasts");
        TableBlock dur = TableBlock.Create(("Method", false), ("Formula", false), ("PF", true), ("Duration", true), ("Finish", false), ("VAC(t)", true));
        foreach (DurationForecast f in s.Forecasts)
        {
            dur.Row(
                InputMapper.ContractName(f.Method) + (f.Method == s.PrimaryForecast.Method ? " *" : string.Empty), MethodLabels.Of(f.Method),
                Fmt.Index(f.PerformanceFactor), Fmt.Periods(f.Duration), Fmt.Date(f.FinishDate), Fmt.Periods(f.VarianceAtCompletion));
        }

        doc.Table(dur);
        doc.Paragraph($"* primary method. Durations in periods from the baseline start; VAC(t) = PD − duration (negative: late). Planned finish {Fmt.Date(p.Baseline.PlannedFinish)}.");

        doc.Heading(2, "Period indices");
        if (a.PeriodIndices is { } pi)
        {
            doc.Facts(
                ("Status points", Fmt.Int(pi.PeriodCount)),
                ("Period CPI", Fmt.Index(pi.PeriodCpi)),
                ("Period SPI", Fmt.Index(pi.PeriodSpi)),
                ("Period SPI(t)", Fmt.Index(pi.PeriodSpiT)),
                ($"Moving CPI ({Fmt.Int(pi.Window)} periods)", Fmt.Index(pi.MovingCpi)),
                ($"Moving SPI ({Fmt.Int(pi.Window)} periods)", Fmt.Index(pi.MovingSpi)));
        }
        else
        {
            doc.Paragraph("n/a: no status history was given.");
        }

        doc.Heading(2, "CPI stability");
        if (a.CpiStability is { } cs)
        {
            doc.Facts(
                ("Reference point", $"{Fmt.Percent(cs.ReferencePercentComplete)} complete, CPI {Fmt.Index(cs.ReferenceCpi)}"),
                ("Largest deviation since", Fmt.Index(cs.MaximumDeviation)),
                ("Band", $"±{Fmt.Index(cs.Band)}"),
                ("Stable", Fmt.YesNo(cs.IsStable)));
        }
        else
        {
            doc.Paragraph("n/a: needs a status history reaching 20% complete.");
        }

        doc.Heading(2, "Statistical forecast (Lipke et al. 2009)");
        if (a.StatisticalForecast is { } sf)
        {
            doc.Facts(
                ("Confidence level", $"{Fmt.Percent(sf.ConfidenceLevel)} (Z = {Fmt.Index(sf.CriticalValue)})"),
                ("CPI bounds", $"{Fmt.Index(sf.CpiLow)} to {Fmt.Index(sf.CpiHigh)} ({Fmt.Int(sf.CostPeriods)} periods, {Fmt.Int(sf.ExcludedCostPeriods)} excluded)"),
                ("EAC bounds", $"{Fmt.Money(sf.EacLow)} to {Fmt.Money(sf.EacHigh)}"),
                ("SPI(t) bounds", $"{Fmt.Index(sf.SpiTLow)} to {Fmt.Index(sf.SpiTHigh)} ({Fmt.Int(sf.SchedulePeriods)} periods, {Fmt.Int(sf.ExcludedSchedulePeriods)} excluded)"),
                ("IEAC(t) bounds", $"{Fmt.Periods(sf.DurationLow)} to {Fmt.Periods(sf.DurationHigh)} periods"));
        }
        else
        {
            doc.Paragraph("n/a: needs a status history with enough periods.");
        }

        doc.Heading(2, "Baseline history");
        TableBlock bl = TableBlock.Create(("Version", true), ("Approved", false), ("Start", false), ("Finish", false), ("Periods", true), ("BAC", true), ("Reason", false));
        foreach (BaselineVersion v in p.Baselines.Versions)
        {
            bl.Row(Fmt.Int(v.Version), Fmt.Date(v.ApprovedOn), Fmt.Date(v.Baseline.Start), Fmt.Date(v.Baseline.PlannedFinish),
                Fmt.Int(v.Baseline.PeriodCount), Fmt.Money(v.Baseline.BudgetAtCompletion), v.Reason);
        }

        doc.Table(bl);
        if (p.Baselines.IsRebaselined)
        {
            doc.Paragraph($"Re-baselined: BAC {Fmt.SignedMoney(p.Baselines.BudgetChange)}, planned finish {(p.Baselines.PlannedFinishChangeDays >= 0 ? "+" : string.Empty)}{p.Baselines.PlannedFinishChangeDays} days since v{p.Baselines.Original.Version}.");
        }

        doc.Heading(2, "Diagnostics");
        doc.Bullets(a.Diagnostics.IsEmpty ? ["None."] : a.Diagnostics.Select(d => $"{KindWord(d.Kind)} {d.Metric}: {d.Message}"));
        return doc;
    }

    private static string KindWord(DiagnosticKind kind) => kind switch
    {
        DiagnosticKind.Undefined => "[n/a]",
        DiagnosticKind.Warning => "[warning]",
        _ => "[info]",
    };
}
