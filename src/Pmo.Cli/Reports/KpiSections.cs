using System.Globalization;
using NodaTime;
using Pmo.Cli.Analysis;
using Pmo.Core.Kpis;
using Pmo.Core.Kpis.Flow;
using Pmo.Core.Kpis.Spc;

namespace Pmo.Cli.Reports;

/// <summary>The KPI, benefits and delivery-forecast sections shared by <c>pmo report</c> and <c>pmo kpi</c>.</summary>
internal static class KpiSections
{
    /// <summary>Adds one subject's scorecard: a heading with the overall status and health, then one row per KPI.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="title">The heading (id and name).</param>
    /// <param name="s">The scorecard.</param>
    /// <param name="level">The heading level.</param>
    public static void Scorecard(ReportDocument doc, string title, SubjectKpis s, int level = 3)
    {
        doc.Heading(level, $"{title}: {Overall(s)}");
        TableBlock t = TableBlock.Create(("KPI", false), ("Value", true), ("Target", true), ("Status", false), ("Trend", false), ("Forecast", false), ("As of", false));
        foreach (KpiEvaluation e in s.Scorecard.Evaluations)
        {
            t.Row(
                KpiFmt.Label(e.Definition), KpiFmt.Value(e.Value, e.Definition), KpiFmt.Target(e.Target, e.Definition), KpiFmt.Status(e),
                KpiFmt.Trend(e), KpiFmt.Forecast(e), e.ValueDate is { } d && d != e.AsOf ? Fmt.Date(d) : string.Empty);
        }

        doc.Table(t);
    }

    /// <summary>Gets the overall line of a scorecard: worst-wins status and the composite health.</summary>
    /// <param name="s">The scorecard.</param>
    /// <returns>The text.</returns>
    public static string Overall(SubjectKpis s)
    {
        string overall = s.Scorecard.Overall is { Level: not null } o ? $"overall {KpiFmt.Rollup(o)}" : "overall n/a";
        if (s.Health is not { } h)
        {
            return overall;
        }

        string health = $"health {(h.Score is { } score ? score.ToString("0.00", CultureInfo.InvariantCulture) : Fmt.NotAvailable)} {h.Status?.Label ?? Fmt.NotAvailable}";
        return h.VetoApplied ? $"{overall}; {health} (capped by {string.Join(", ", h.VetoTriggeredBy)})" : $"{overall}; {health}";
    }

    /// <summary>Adds the roll-up tables, one per node.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="rollups">The roll-ups.</param>
    /// <param name="level">The heading level of each node.</param>
    public static void Rollups(ReportDocument doc, IEnumerable<KpiRollupView> rollups, int level = 3)
    {
        foreach (KpiRollupView view in rollups)
        {
            doc.Heading(level, view.DisplayId == view.Name ? view.Name : $"{view.Name} ({view.DisplayId})");
            TableBlock t = TableBlock.Create(("KPI", false), ("Roll-up", false), ("Value", true), ("Target", true), ("Status", false), ("Members (worst wins)", false), ("Reporting", true));
            foreach (KpiRollupRow row in view.Rows)
            {
                KpiEvaluation e = row.Node.Evaluation;
                KpiAggregate a = row.Node.Aggregate;
                t.Row(
                    KpiFmt.Label(row.Definition), RuleName(a.Rule), KpiFmt.Value(row.Node.Value, row.Definition), KpiFmt.Target(e.Target, row.Definition),
                    KpiFmt.Status(e), KpiFmt.Rollup(row.Members), a.Count.ToString(CultureInfo.InvariantCulture));
            }

            doc.Table(t);
        }
    }

    /// <summary>Adds the control-chart section: the charts with concern or improvement signals, or a target they consistently fail.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="charts">Every chart.</param>
    /// <param name="names">Display names of subjects.</param>
    /// <param name="level">The heading level.</param>
    /// <param name="what">What was charted.</param>
    public static void Signals(ReportDocument doc, IReadOnlyList<SpcChart> charts, Func<string, string> names, int level = 2, string what = "reported KPI histories")
    {
        doc.Heading(level, "Control-chart signals worth attention");
        List<SpcChart> attention = [.. charts.Where(c => c.WorthAttention)];
        doc.Paragraph($"XmR charts of {charts.Count} {what} ({SpcAnalysis.MinimumPoints} or more values), "
            + "NHS Making Data Count rules (a point outside the limits, 7 in a row on one side of the mean, a trend of 7, 2 of 3 beyond 2σ) read "
            + "in the KPI's direction; assurance compares the target with the process limits (docs/spc.md). "
            + $"Shown: charts with a signal reaching one of the last {SpcAnalysis.RecentPoints} points, or a target the process consistently fails ({attention.Count}).");
        foreach (SpcChart c in attention)
        {
            KpiDefinition d = c.Definition;
            XmrPhase ph = c.Phase;
            var lines = new List<string>();
            int earlier = c.Groups.Count(g => g.Interpretation != SignalInterpretation.Neutral) - c.Current.Count();
            foreach (SignalGroup g in c.Current)
            {
                string when = g.Points == 1 ? Fmt.Date(g.From) : $"{g.Points} points {Fmt.Date(g.From)} … {Fmt.Date(g.To)}";
                lines.Add($"{(g.Interpretation == SignalInterpretation.Concern ? "CONCERN" : "improvement")} {g.RuleId} {SideText(g)} ({when})");
            }

            if (c.Assurance != AssuranceStatus.Undefined)
            {
                lines.Add($"assurance: {AssuranceText(c.Assurance)} against the target {KpiFmt.Value(c.Target, d)}");
            }

            if (earlier > 0)
            {
                lines.Add($"{earlier} earlier signal{(earlier == 1 ? string.Empty : "s")} not shown (--format json lists every signal)");
            }

            doc.Paragraph($"{c.SubjectId} {names(c.SubjectId)}: {KpiFmt.Label(d)}, {c.Dates.Length} points to {Fmt.Date(c.Dates[^1])}, "
                + $"mean {KpiFmt.Value(ph.Centre, d)}, limits {KpiFmt.Value(ph.LowerLimit, d)} – {KpiFmt.Value(ph.UpperLimit, d)}, latest {KpiFmt.Value(c.Chart.Values[^1], d)}");
            doc.Bullets(lines);
            ReportCharts.Xmr(doc, c, $"{c.SubjectId}: {KpiFmt.Label(d)} on an XmR chart (centre line, natural process limits, signals marked)");
        }
    }

    /// <summary>Describes the side of a signal group.</summary>
    /// <param name="g">The group.</param>
    /// <returns>The text.</returns>
    public static string SideText(SignalGroup g) => (g.RuleId, g.Side) switch
    {
        (SpcRuleIds.NhsLimit, SignalSide.Above) => "above the upper limit",
        (SpcRuleIds.NhsLimit, SignalSide.Below) => "below the lower limit",
        (SpcRuleIds.NhsRun, SignalSide.Above) => "run above the mean (shift)",
        (SpcRuleIds.NhsRun, SignalSide.Below) => "run below the mean (shift)",
        (SpcRuleIds.NhsTrend, SignalSide.Increasing) => "increasing trend",
        (SpcRuleIds.NhsTrend, SignalSide.Decreasing) => "decreasing trend",
        (SpcRuleIds.NhsTwoOfThree, SignalSide.Above) => "2 of 3 beyond 2σ above",
        (SpcRuleIds.NhsTwoOfThree, SignalSide.Below) => "2 of 3 beyond 2σ below",
        _ => KpiFmt.Name(g.Side),
    };

    /// <summary>Describes an assurance status.</summary>
    /// <param name="a">The status.</param>
    /// <returns>The text.</returns>
    public static string AssuranceText(AssuranceStatus a) => a switch
    {
        AssuranceStatus.ConsistentlyFail => "CONSISTENTLY FAIL (the target lies outside the limits on the wrong side: the process cannot meet it without change)",
        AssuranceStatus.ConsistentlyPass => "consistently pass",
        AssuranceStatus.HitAndMiss => "hit and miss (the target lies within the limits)",
        _ => Fmt.NotAvailable,
    };

    /// <summary>Gets a readable name of an aggregation rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The name.</returns>
    public static string RuleName(AggregationRule rule) => rule switch
    {
        AggregationRule.RatioOfSums => "ratio of sums",
        AggregationRule.WeightedMean => "weighted mean",
        _ => KpiFmt.Name(rule),
    };

    /// <summary>Adds the benefits table: per project, programme subtotals and the portfolio total of NPVs.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="result">The portfolio.</param>
    public static void Benefits(ReportDocument doc, PortfolioResult result)
    {
        doc.Heading(2, "Benefits");
        if (result.Benefits.IsEmpty)
        {
            doc.Paragraph("No project has a benefits case.");
            return;
        }

        TableBlock t = TableBlock.Create(
            ("Project", false), ("Flows", false), ("Rate", true), ("NPV", true), ("IRR", true), ("MIRR", true), ("Payback", true),
            ("Disc. payback", true), ("ROI", true), ("BCR", true), ("PI", true));
        foreach (ProgrammeResult prog in result.Programmes)
        {
            List<BenefitsResult> members = [.. result.Benefits.Where(b => prog.Projects.Any(p => p.Project.Id == b.ProjectId))];
            foreach (BenefitsResult b in members)
            {
                t.Row(
                    b.ProjectId, Basis(b), Fmt.Percent(b.Input.DiscountRate), Fmt.Money(b.HeadlineNpv), Irr(b), Fmt.Percent(b.Mirr),
                    Years(b.Payback?.Periods), Years(b.DiscountedPayback?.Periods), Fmt.Percent(b.ReturnOnInvestment?.Value),
                    Fmt.Index(b.BenefitCostRatio?.Value), Fmt.Index(b.ProfitabilityIndex?.Value));
            }

            if (members.Count > 0)
            {
                t.TotalRow($"{prog.Programme.Id} total", string.Empty, string.Empty, Fmt.Money(members.Sum(b => b.HeadlineNpv ?? 0)), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
            }
        }

        t.TotalRow("Portfolio", string.Empty, string.Empty, Fmt.Money(result.Benefits.Sum(b => b.HeadlineNpv ?? 0)), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        doc.Table(t);
        doc.Paragraph("NPV at each project's own rate (XNPV for dated flows; totals are sums of NPVs); IRR = every real root, "
            + "XIRR for dated flows; MIRR at the finance/reinvestment rates (default: the discount rate); payback in years, "
            + "interpolated, n/a when never paid back; ROI = (Σ benefits − Σ costs) / Σ costs undiscounted; BCR = PV(benefits) / PV(costs); "
            + "PI = PV(future flows) / initial investment. Formulas and sources: docs/finance.md.");
        doc.Bullets(result.Benefits.SelectMany(b => b.Notes));
    }

    /// <summary>Adds one fact block per flow project: metrics and the Monte Carlo delivery forecast.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="result">The portfolio.</param>
    public static void DeliveryForecasts(ReportDocument doc, PortfolioResult result)
    {
        doc.Heading(2, "Delivery forecasts");
        if (result.Flow.IsEmpty)
        {
            doc.Paragraph("No project has flow data.");
            return;
        }

        foreach (FlowResult f in result.Flow)
        {
            string name = result.Portfolio.Projects.First(p => p.Id == f.ProjectId).Name;
            doc.Heading(3, $"{f.ProjectId} {name}");
            ServiceLevelExpectation sle = f.ServiceLevel;
            CompletionForecast fc = f.Forecast;
            string forecast = fc.Status == ForecastStatus.CannotFinish
                ? "cannot finish: no item was finished in the throughput window"
                : $"85% chance done on or before {Fmt.Date(fc.DateAt(0.85))} (50%: {Fmt.Date(fc.DateAt(0.50))}; 95%: {Fmt.Date(fc.DateAt(0.95))})";
            doc.Facts(
                ("Items", $"{f.Finished} finished, {f.InProgress} in progress{(f.OldestAge is { } age ? $" (oldest {age} days old)" : string.Empty)}"),
                ("Cycle time", $"median {Days(f.MedianCycleTime)}; SLE: {Fmt.Percent(sle.Percentile)} of items finish within {Days(sle.Days)} (attainment {Fmt.Percent(sle.Attainment)}, {sle.SampleSize} items)"),
                ("Throughput", $"{Fmt.Periods(f.WeeklyThroughput.Mean)} items/week, {Fmt.Periods(f.MeanDailyThroughput)} per working day ({f.WorkingDays} working days from {Fmt.Date(f.ThroughputFrom)})"),
                ("Remaining", Remaining(f)),
                ("Forecast", forecast),
                ("Baseline finish", $"{Fmt.Date(f.PlannedFinish)}: {(f.ProbabilityByPlannedFinish is { } pr ? $"{Fmt.Percent(pr)} chance of finishing by then" : Fmt.NotAvailable)}"),
                ("Method", $"Monte Carlo, {f.Input.Trials.ToString("N0", CultureInfo.InvariantCulture)} trials, seed {f.Input.Seed.ToString(CultureInfo.InvariantCulture)}, from {Fmt.Date(fc.Start)}, Mon–Fri working days less the portfolio's holidays"));
        }
    }

    private static string Remaining(FlowResult f) => f.Input.RemainingSource switch
    {
        "range" => $"{f.Input.Remaining.Minimum}–{f.Input.Remaining.Maximum} items (every count equally likely)",
        "inProgress" => $"{f.Input.Remaining.Minimum} items (the items in progress; no remainingItems given)",
        _ => $"{f.Input.Remaining.Minimum} items",
    };

    private static string Basis(BenefitsResult b) => (b.Input.CashFlows, b.Input.DatedCashFlows) switch
    {
        (not null, not null) => "annual+dated",
        (not null, null) => b.Input.Convention == Core.Finance.DiscountConvention.FirstFlowAtPeriodOne ? "annual (t=1)" : "annual (t=0)",
        _ => "dated",
    };

    private static string Irr(BenefitsResult b)
    {
        if (b.Irr is { } irr)
        {
            return irr.Roots.Length > 1 ? string.Join(" / ", irr.Roots.Select(r => Fmt.Percent(r.Rate))) : Fmt.Percent(irr.Rate);
        }

        return Fmt.Percent(b.Xirr?.Rate);
    }

    private static string Years(double? periods) => periods is { } p ? $"{Fmt.Periods(p)} y" : Fmt.NotAvailable;

    private static string Days(double? days) => days is { } d ? $"{d.ToString("0.#", CultureInfo.InvariantCulture)} days" : Fmt.NotAvailable;

    /// <summary>Formats a date.</summary>
    /// <param name="d">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(LocalDate? d) => Fmt.Date(d);
}
