using System.Text.Json;
using Pmo.Cli.Analysis;
using Pmo.Cli.Json;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Cli.Reports;

/// <summary>The <c>pmo simulate</c> report and the portfolio report's "Schedule and cost risk (Monte Carlo)" section.</summary>
internal static class ScheduleRiskReport
{
    private const int TopCount = 10;

    private const double IsoJclLevel = 0.7;

    private const int IsoJclPoints = 5;

    /// <summary>Builds the <c>pmo simulate</c> report.</summary>
    /// <param name="r">The analysis.</param>
    /// <param name="source">The input's name.</param>
    /// <returns>The document.</returns>
    public static ReportDocument Build(ScheduleRiskResult r, string source)
    {
        SimulationModel m = r.Schedule.PreMitigation;
        var doc = new ReportDocument()
            .Heading(1, $"{r.Schedule.Name}: schedule and cost risk (Monte Carlo)")
            .Facts(
                ("Input", source),
                ("Model", $"{Count(m.Network.Activities.Length, "activity", "activities")}, {Count(m.Network.Links.Length, "link", "links")}, {Count(m.RiskEvents.Length, "risk event", "risk events")}, {Count(m.RiskDrivers.Length, "driver", "drivers")}, {Count(r.Schedule.Correlations.Length, "correlation pair", "correlation pairs")}"),
                ("Run", RunText(r)),
                ("Units", $"finish in working days after the start{(r.Schedule.Start is { } s ? $" ({Fmt.Date(s)}, Mon–Fri minus holidays)" : string.Empty)}; cost in {r.Schedule.Currency ?? "the model's currency"}"));
        Run(doc, r, r.Pre, r.Comparison is null ? "Results" : "Results before mitigation", full: true);
        if (r.Post is { } post && r.Comparison is { } cmp)
        {
            doc.Heading(2, "Pre- vs post-mitigation");
            doc.Paragraph($"Same seed, sampling and iterations (common random numbers: {Fmt.YesNo(cmp.CommonRandomNumbers)}), so the change is the mitigation's, not sampling noise.");
            TableBlock t = TableBlock.Create(("Statistic", false), ("Pre-mitigation", true), ("Post-mitigation", true), ("Change", true));
            foreach (ComparisonRow row in cmp.Rows)
            {
                if (row.Statistic.StartsWith("P(", StringComparison.Ordinal))
                {
                    t.Row(row.Statistic, Fmt.Percent(row.Before), Fmt.Percent(row.After), (Math.Round(row.Change * 1000) > 0 ? "+" : string.Empty) + Fmt.Percent(row.Change));
                    continue;
                }

                bool money = row.Statistic.StartsWith("cost", StringComparison.Ordinal);
                t.Row(row.Statistic, money ? Fmt.Money(row.Before) : Fmt.Periods(row.Before), money ? Fmt.Money(row.After) : Fmt.Periods(row.After), money ? Fmt.SignedMoney(row.Change) : Signed(row.Change));
            }

            doc.Table(t);
            doc.Facts(
                ("Post P80 margin", $"{Fmt.Periods(post.ScheduleMargin(ScheduleRiskResult.Level))} working days"),
                ("Post P80 contingency", Fmt.Money(post.CostContingency(ScheduleRiskResult.Level))),
                ("Post JCL at (P80, P80)", Fmt.Percent(post.JointConfidence(post.Finish.Percentile(0.8), post.Cost.Percentile(0.8)))));
        }

        doc.Bullets(r.Schedule.Notes);
        Legend(doc);
        return doc;
    }

    /// <summary>Serializes the <c>pmo simulate</c> JSON document.</summary>
    /// <param name="r">The analysis.</param>
    /// <param name="source">The input's name.</param>
    /// <returns>The JSON text.</returns>
    public static string Json(ScheduleRiskResult r, string source)
    {
        SimulationModel m = r.Schedule.PreMitigation;
        var doc = new SimulateReportJson
        {
            Source = source,
            Name = r.Schedule.Name,
            Currency = r.Schedule.Currency,
            Start = r.Schedule.Start,
            Activities = m.Network.Activities.Length,
            RiskEvents = m.RiskEvents.Length,
            Drivers = m.RiskDrivers.Length,
            Correlations = r.Schedule.Correlations.Length,
            CorrelationsApplied = r.Schedule.Correlations.Length > 0,
            Iterations = r.Options.Iterations,
            Seed = r.Options.Seed,
            Sampling = Sampling(r.Options.Sampling),
            PreMitigation = RunJson(r, r.Pre, r.Tornado, TopCount),
            PostMitigation = r.Post is null ? null : RunJson(r, r.Post, null, TopCount),
            Comparison = r.Comparison is null ? null : [.. r.Comparison.Rows.Select(c => new ComparisonRowJson { Statistic = c.Statistic, PreMitigation = c.Before, PostMitigation = c.After, Change = c.Change })],
            Notes = r.Schedule.Notes,
        };
        return JsonSerializer.Serialize(doc, OutputJsonContext.Readable.SimulateReportJson) + "\n";
    }

    /// <summary>Adds the portfolio report's section.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="result">The portfolio analysis.</param>
    public static void Section(ReportDocument doc, PortfolioResult result)
    {
        doc.Heading(2, "Schedule and cost risk (Monte Carlo)");
        if (result.ScheduleRisks.IsEmpty)
        {
            doc.Paragraph("No project has a schedule.");
            return;
        }

        doc.Paragraph($"{ScheduleRiskResult.ReportIterations:N0} Monte Carlo iterations per run, seed {ScheduleRiskResult.ReportSeed} (fixed, so the report is reproducible; "
            + "run pmo simulate for other settings). Finish in working days from the schedule's start (dates: Mon–Fri minus the portfolio holidays). "
            + "Pre-mitigation = register risks at their inherent assessment plus the schedule's own events; post-mitigation = residual. "
            + "JCL = joint confidence level P(finish ≤ F and cost ≤ C). Top drivers = risk tornado (P80 finish with the risk − without it, same random numbers).");
        foreach (ScheduleRiskResult r in result.ScheduleRisks)
        {
            string id = r.ProjectId ?? string.Empty;
            SimulationResult pre = r.Pre;
            double p50f = pre.Finish.Percentile(0.5), p80f = pre.Finish.Percentile(0.8);
            double p50c = pre.Cost.Percentile(0.5), p80c = pre.Cost.Percentile(0.8);
            doc.Heading(3, $"{id} {r.Schedule.Name}");
            var facts = new List<(string, string)>
            {
                ("Model", $"{pre.Model.Network.Activities.Length} activities, {pre.Model.RiskEvents.Length} risk events, start {Fmt.Date(r.Schedule.Start)}"),
                ("Deterministic", $"{Days(r, pre.DeterministicFinish)}, cost {Fmt.Money(pre.DeterministicCost)}"),
                ("P50 finish / cost", $"{Days(r, p50f)} / {Fmt.Money(p50c)}"),
                ("P80 finish / cost", $"{Days(r, p80f)} / {Fmt.Money(p80c)}"),
                ("P80 margin / contingency", $"{Fmt.Periods(pre.ScheduleMargin(0.8))} working days / {Fmt.Money(pre.CostContingency(0.8))}"),
                ("JCL at deterministic", Fmt.Percent(pre.JointConfidence(pre.DeterministicFinish, pre.DeterministicCost))),
                ("JCL at (P80, P80)", Fmt.Percent(pre.JointConfidence(p80f, p80c))),
            };
            if (r.Tornado is { } t)
            {
                facts.Add(("Top drivers", string.Join("; ", t.Bars.Take(3).Select(b => $"{b.RiskEventId} {Signed(b.FinishPercentileEffect)} d / {Fmt.SignedMoney(b.CostPercentileEffect)}"))));
            }

            if (r.Post is { } post)
            {
                facts.Add(("P80 pre → post mitigation", $"finish {Fmt.Periods(p80f)} → {Fmt.Periods(post.Finish.Percentile(0.8))} working days, cost {Fmt.Money(p80c)} → {Fmt.Money(post.Cost.Percentile(0.8))}"));
            }

            doc.Facts([.. facts]);
            ReportCharts.Simulation(doc, r, pre, $"{id} pre-mitigation");
            doc.Bullets(r.Schedule.Notes.Select(n => $"{id}: {n}"));
        }
    }

    /// <summary>Builds the portfolio report's JSON section.</summary>
    /// <param name="result">The portfolio analysis.</param>
    /// <returns>The section, or null when no project has a schedule.</returns>
    public static ScheduleRiskSectionJson? SectionJson(PortfolioResult result) => result.ScheduleRisks.IsEmpty ? null : new ScheduleRiskSectionJson
    {
        Iterations = ScheduleRiskResult.ReportIterations,
        Seed = ScheduleRiskResult.ReportSeed,
        Sampling = Sampling(SamplingMethod.MonteCarlo),
        Projects =
        [
            .. result.ScheduleRisks.Select(r => new ProjectScheduleRiskJson
            {
                ProjectId = r.ProjectId ?? string.Empty,
                Start = r.Schedule.Start,
                Activities = r.Pre.Model.Network.Activities.Length,
                RiskEvents = r.Pre.Model.RiskEvents.Length,
                PreMitigation = RunJson(r, r.Pre, r.Tornado, 3),
                PostMitigation = r.Post is null ? null : RunJson(r, r.Post, null, 3),
                Notes = r.Schedule.Notes,
            }),
        ],
    };

    private static void Run(ReportDocument doc, ScheduleRiskResult r, SimulationResult s, string heading, bool full)
    {
        doc.Heading(2, heading);
        double p80f = s.Finish.Percentile(0.8), p80c = s.Cost.Percentile(0.8);
        doc.Facts(
            ("Deterministic finish", Days(r, s.DeterministicFinish)),
            ("Deterministic cost", Fmt.Money(s.DeterministicCost)),
            ("P80 schedule margin", $"{Fmt.Periods(s.ScheduleMargin(0.8))} working days (P80 − deterministic)"),
            ("P80 cost contingency", $"{Fmt.Money(s.CostContingency(0.8))} (P80 − deterministic)"),
            ("Merge bias", $"{Fmt.Periods(s.MergeBias)} working days (mean − deterministic)"),
            ("P(finish ≤ deterministic)", Fmt.Percent(s.ProbabilityOfDeterministicFinish)),
            ("P(cost ≤ deterministic)", Fmt.Percent(s.ProbabilityOfDeterministicCost)),
            ("JCL at (P80 finish, P80 cost)", Fmt.Percent(s.JointConfidence(p80f, p80c))),
            ("JCL at deterministic", Fmt.Percent(s.JointConfidence(s.DeterministicFinish, s.DeterministicCost))));

        TableBlock stats = TableBlock.Create(("Statistic", false), ("Finish (working days)", true), ("Finish date", false), ("Cost", true));
        stats.Row("Mean", Fmt.Periods(s.Finish.Mean), Fmt.Date(r.DateOf(s.Finish.Mean)), Fmt.Money(s.Cost.Mean));
        stats.Row("Std dev", Fmt.Periods(s.Finish.StandardDeviation), string.Empty, Fmt.Money(s.Cost.StandardDeviation));
        foreach (double p in new[] { 0.1, 0.5, 0.8, 0.9 })
        {
            double f = s.Finish.Percentile(p);
            stats.Row($"P{(int)Math.Round(p * 100)}", Fmt.Periods(f), Fmt.Date(r.DateOf(f)), Fmt.Money(s.Cost.Percentile(p)));
        }

        doc.Table(stats);
        if (!full)
        {
            return;
        }

        ReportCharts.Simulation(doc, r, s, heading);

        doc.Heading(3, $"Criticality (top {TopCount}, milestones left out)");
        TableBlock crit = TableBlock.Create(("Activity", false), ("Name", false), ("Criticality", true), ("Mean duration", true), ("Sensitivity (SSI)", true), ("Rank corr. with finish", true));
        foreach (ActivityRiskStatistics a in ScheduleRiskResult.MostCritical(s, TopCount))
        {
            crit.Row(a.ActivityId, Name(s, a.ActivityId), Fmt.Percent(a.CriticalityIndex), Fmt.Periods(a.MeanDuration), Fmt.Index(a.ScheduleSensitivityIndex), Fmt.Index(a.FinishRankCorrelation));
        }

        doc.Table(crit);
        if (r.Tornado is { } t)
        {
            doc.Heading(3, $"Risk tornado (top {TopCount}, effect on P80 and mean)");
            TableBlock tb = TableBlock.Create(("Risk event", false), ("Name", false), ("P", true), ("P80 finish", true), ("Mean finish", true), ("P80 cost", true), ("Mean cost", true));
            foreach (TornadoBar b in t.Bars.Take(TopCount))
            {
                tb.Row(b.RiskEventId, Truncate(b.Name ?? string.Empty, 40), Fmt.Index(b.Probability), Signed(b.FinishPercentileEffect), Signed(b.FinishMeanEffect), Fmt.SignedMoney(b.CostPercentileEffect), Fmt.SignedMoney(b.CostMeanEffect));
            }

            doc.Table(tb);
        }

        doc.Heading(3, $"Iso-JCL {IsoJclLevel * 100:0} % frontier");
        doc.Paragraph("Pairs (finish, cost) with the same joint confidence: a later finish target needs less cost contingency, and vice versa.");
        TableBlock iso = TableBlock.Create(("Finish (working days)", true), ("Finish date", false), ("Cost", true), ("JCL", true));
        foreach (JclPoint j in s.IsoJclFrontier(IsoJclLevel, IsoJclPoints))
        {
            iso.Row(Fmt.Periods(j.Finish), Fmt.Date(r.DateOf(j.Finish)), Fmt.Money(j.Cost), Fmt.Percent(j.JointConfidence));
        }

        doc.Table(iso);
    }

    private static SimulationRunJson RunJson(ScheduleRiskResult r, SimulationResult s, TornadoResult? tornado, int top) => new()
    {
        DeterministicFinish = s.DeterministicFinish,
        DeterministicFinishDate = r.DateOf(s.DeterministicFinish),
        DeterministicCost = s.DeterministicCost,
        Finish = Summary(s.Finish),
        Cost = Summary(s.Cost),
        P50FinishDate = r.DateOf(s.Finish.Percentile(0.5)),
        P80FinishDate = r.DateOf(s.Finish.Percentile(0.8)),
        ScheduleMarginP80 = s.ScheduleMargin(0.8),
        CostContingencyP80 = s.CostContingency(0.8),
        MergeBias = s.MergeBias,
        ProbabilityOfDeterministicFinish = s.ProbabilityOfDeterministicFinish,
        ProbabilityOfDeterministicCost = s.ProbabilityOfDeterministicCost,
        JointConfidenceAtDeterministic = s.JointConfidence(s.DeterministicFinish, s.DeterministicCost),
        JointConfidenceAtP80 = s.JointConfidence(s.Finish.Percentile(0.8), s.Cost.Percentile(0.8)),
        FlooredDurations = s.FlooredDurations,
        Criticality =
        [
            .. ScheduleRiskResult.MostCritical(s, top).Select(a => new CriticalityJson
            {
                ActivityId = a.ActivityId,
                Name = s.Model.Network.Activities[s.Model.Network.IndexOf(a.ActivityId)].Name,
                CriticalityIndex = a.CriticalityIndex,
                MeanDuration = a.MeanDuration,
                ScheduleSensitivityIndex = a.ScheduleSensitivityIndex,
                FinishRankCorrelation = a.FinishRankCorrelation,
            }),
        ],
        Tornado = tornado is null ? null :
        [
            .. tornado.Bars.Take(top).Select(b => new TornadoBarJson
            {
                RiskEventId = b.RiskEventId,
                Name = b.Name,
                Probability = b.Probability,
                FinishP80Effect = b.FinishPercentileEffect,
                FinishMeanEffect = b.FinishMeanEffect,
                CostP80Effect = b.CostPercentileEffect,
                CostMeanEffect = b.CostMeanEffect,
            }),
        ],
        IsoJcl70 = [.. s.IsoJclFrontier(IsoJclLevel, IsoJclPoints).Select(j => new JclPointJson { Finish = j.Finish, Cost = j.Cost, JointConfidence = j.JointConfidence })],
    };

    private static DistributionSummaryJson Summary(SampleSummary s) => new()
    {
        Mean = s.Mean,
        StandardDeviation = s.StandardDeviation,
        Min = s.Minimum,
        Max = s.Maximum,
        P10 = s.Percentile(0.1),
        P50 = s.Percentile(0.5),
        P80 = s.Percentile(0.8),
        P90 = s.Percentile(0.9),
    };

    private static void Legend(ReportDocument doc)
    {
        doc.Heading(3, "Legend");
        doc.Paragraph("Pxx = the xx-th percentile (nearest rank) of the simulated finish or cost; deterministic = the critical-path result with every "
            + "activity at its most likely duration and no risk event; merge bias = mean finish − deterministic finish (the optimism of a single-point plan at path "
            + "merges); criticality = share of iterations in which the activity was on a critical path; SSI = criticality × sd(activity) / sd(finish); "
            + "JCL = P(finish ≤ F and cost ≤ C); tornado = statistic with the event − without it, same random numbers (Hulett 2011, ch. 8).");
    }

    private static string RunText(ScheduleRiskResult r) =>
        $"{r.Options.Iterations:N0} iterations, seed {r.Options.Seed}, {(r.Options.Sampling == SamplingMethod.LatinHypercube ? "Latin hypercube" : "Monte Carlo")} sampling";

    private static string Sampling(SamplingMethod m) => m == SamplingMethod.LatinHypercube ? "lhs" : "mc";

    private static string Days(ScheduleRiskResult r, double days) =>
        r.DateOf(days) is { } d ? $"{Fmt.Periods(days)} working days ({Fmt.Date(d)})" : $"{Fmt.Periods(days)} working days";

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    private static string Signed(double v) => (Math.Round(v, 2) > 0 ? "+" : string.Empty) + Fmt.Periods(v);

    private static string Name(SimulationResult s, string id) => Truncate(s.Model.Network.Activities[s.Model.Network.IndexOf(id)].Name ?? string.Empty, 40);

    private static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
