using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Net;
using System.Text;
using Pmo.Core.Charts;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;
using Pmo.Core.Kpis;
using Pmo.Core.Kpis.Spc;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Ahp;
using Pmo.Core.Prioritization.Selection;
using Pmo.Core.Resources;
using Pmo.Core.Risk;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Interactive;

/// <summary>
/// HTML views of Pmo.Core results for notebooks and pages: key figures as tables, statuses as labelled badges, and the
/// charts of Pmo.Core.Charts as inline SVG. In a .NET Interactive notebook the package's extension registers
/// <see cref="Render"/> as the <c>text/html</c> formatter of every type in <see cref="SupportedTypes"/>, so a cell that
/// ends with a result shows it; elsewhere call <see cref="Render"/> and write the string into your own page.
/// </summary>
/// <remarks>
/// Pure: no I/O, no global state; the same result gives the same HTML. Undefined metrics print as "n/a" (never 0).
/// Text is HTML-encoded. Chart element ids are unique per chart (see <see cref="Chart.IdPrefix"/>), so many views can
/// share one page.
/// </remarks>
public static class PmoHtml
{
    /// <summary>Gets the result types <see cref="Render"/> draws (derived types included).</summary>
    public static ImmutableArray<Type> SupportedTypes { get; } =
    [
        typeof(Chart), typeof(EarnedValueAnalysis), typeof(KpiScorecard), typeof(XmrChartResult), typeof(SimulationResult),
        typeof(TornadoResult), typeof(McdaResult), typeof(AhpResult), typeof(SelectionResult), typeof(FrontierResult),
        typeof(CapacityReport), typeof(RiskHeatMap), typeof(PmoView),
    ];

    /// <summary>An earned-value view: the key figures beside the S-curve (cumulative PV, EV, AC, BAC, forecasts).</summary>
    /// <param name="baseline">The time-phased baseline.</param>
    /// <param name="status">The status with its history.</param>
    /// <param name="analysis">The analysis at the status date, or null to compute it with the default options.</param>
    /// <returns>The view (display it in a notebook, or take its <see cref="PmoView.Html"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseline"/> or <paramref name="status"/> is null.</exception>
    [Pure]
    public static PmoView EarnedValue(TimePhasedBaseline baseline, Pmo.Core.EarnedValue.ProjectStatus status, EarnedValueAnalysis? analysis = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(status);
        analysis ??= EarnedValueAnalyzer.Analyze(baseline, status);
        return new PmoView($"Earned value at {analysis.StatusDate:yyyy-MM-dd}",
            EarnedValueCharts.SCurve(baseline, status, analysis).ToHtml() + EarnedValue(analysis));
    }

    /// <summary>A ranking view: the bars, and a table with each alternative's preference and, when given, its SMAA first-rank acceptability.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="smaa">A SMAA run on the same alternatives, or null.</param>
    /// <returns>The view; the criteria weights are listed under the table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ranking"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="smaa"/> ranks other alternatives.</exception>
    [Pure]
    public static PmoView Ranking(McdaResult ranking, SmaaResult? smaa = null)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        if (smaa is not null && !smaa.Matrix.Alternatives.SequenceEqual(ranking.Matrix.Alternatives, StringComparer.Ordinal))
        {
            throw new ArgumentException($"{nameof(smaa)} ranks other alternatives than {nameof(ranking)}.", nameof(smaa));
        }

        var sb = new StringBuilder(PrioritizationCharts.Ranking(ranking).ToHtml());
        sb.Append("<table><caption>").Append(E($"{ranking.Method}: ranking")).Append("</caption><thead><tr><th>Rank</th><th>Alternative</th><th>Preference</th>")
          .Append(smaa is null ? string.Empty : "<th>First-rank acceptability (SMAA)</th>").Append("</tr></thead><tbody>");
        foreach (int i in ranking.Ranking.Order)
        {
            string id = ranking.Matrix.Alternatives[i];
            sb.Append("<tr><td style=\"text-align:right\">").Append(ranking.Ranking.Ranks[i].ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
              .Append(E(id)).Append("</td><td style=\"text-align:right\">").Append(Index(ranking.Preferences[i])).Append("</td>");
            if (smaa is not null)
            {
                sb.Append("<td style=\"text-align:right\">").Append(Percent(smaa.FirstRankAcceptability(id))).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table><p>Weights: ")
          .Append(E(string.Join(", ", ranking.Matrix.Criteria.Select((c, j) => $"{c.Id} {ranking.Weights.Values[j].ToString("0.###", CultureInfo.InvariantCulture)}"))))
          .Append("</p>").Append(Notes(ranking.Diagnostics));
        return new PmoView($"{ranking.Method}: ranking", sb.ToString());
    }

    /// <summary>A portfolio view: the selected portfolio on its efficient frontier, with the selection's figures.</summary>
    /// <param name="frontier">The efficient frontier.</param>
    /// <param name="selection">The selected portfolio (solved on the same problem).</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="frontier"/> or <paramref name="selection"/> is null.</exception>
    [Pure]
    public static PmoView Portfolio(FrontierResult frontier, SelectionResult selection)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        ArgumentNullException.ThrowIfNull(selection);
        return new PmoView($"Selected portfolio on the {frontier.RowName} frontier",
            PrioritizationCharts.Frontier(frontier, selection).ToHtml() + Selection(selection));
    }

    /// <summary>Renders a supported result as an HTML fragment.</summary>
    /// <param name="value">A value of one of the <see cref="SupportedTypes"/> (or derived from one).</param>
    /// <returns>The HTML fragment (a <c>&lt;div class="pmo"&gt;</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not of a supported type.</exception>
    [Pure]
    public static string Render(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string body = value switch
        {
            Chart c => c.ToHtml(),
            EarnedValueAnalysis a => EarnedValue(a),
            KpiScorecard s => Scorecard(s),
            XmrChartResult x => KpiCharts.Xmr(x).ToHtml(),
            SimulationResult r => Simulation(r),
            TornadoResult t => SimulationCharts.Tornado(t).ToHtml(),
            McdaResult m => Ranking(m),
            AhpResult h => Ahp(h),
            SelectionResult s => Selection(s),
            FrontierResult f => PrioritizationCharts.Frontier(f).ToHtml(),
            CapacityReport c => CapacityCharts.HeatMap(c).ToHtml(),
            RiskHeatMap h => HeatMap(h),
            PmoView v => v.Html,
            _ => throw new ArgumentException(
                $"PmoHtml cannot render a {value.GetType().FullName}; supported: {string.Join(", ", SupportedTypes.Select(t => t.Name))}.", nameof(value)),
        };
        return $"<div class=\"pmo\">{body}</div>";
    }

    private static string EarnedValue(EarnedValueAnalysis a)
    {
        EarnedScheduleMetrics s = a.Schedule;
        return Facts($"Earned value at {a.StatusDate:yyyy-MM-dd}",
        [
            ("BAC", Money(a.BudgetAtCompletion)), ("PV", Money(a.PlannedValue)), ("EV", Money(a.EarnedValue)), ("AC", Money(a.ActualCost)),
            ("CV", Money(a.CostVariance)), ("SV", Money(a.ScheduleVariance)),
            ("CPI", Index(a.CostPerformanceIndex)), ("SPI", Index(a.SchedulePerformanceIndex)),
            ("ES / AT (periods)", $"{Index(s.EarnedSchedule)} / {Index(s.ActualTime)}"), ("SPI(t)", Index(s.SchedulePerformanceIndex)),
            ($"EAC ({a.PrimaryEac.Method})", Money(a.PrimaryEac.EstimateAtCompletion)), ("VAC", Money(a.PrimaryEac.VarianceAtCompletion)),
            ("TCPI (BAC)", Index(a.ToCompletePerformanceIndexToBac)),
            ("Forecast finish", s.PrimaryForecast.FinishDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "n/a"),
        ]) + Notes(a.Diagnostics);
    }

    private static string Scorecard(KpiScorecard s)
    {
        var sb = new StringBuilder();
        sb.Append("<table><caption>").Append(E($"{s.SubjectId}: KPI scorecard as of {s.AsOf:yyyy-MM-dd}")).Append("</caption>")
          .Append("<thead><tr><th>KPI</th><th>Value</th><th>Date</th><th>Status</th><th>Change</th></tr></thead><tbody>");
        foreach (KpiEvaluation e in s.Evaluations)
        {
            sb.Append("<tr><td>").Append(E(e.Definition.Name)).Append("</td><td style=\"text-align:right\">").Append(Index(e.Value))
              .Append("</td><td>").Append(e.ValueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "n/a")
              .Append("</td><td>").Append(Badge(e.Status?.Id, e.Status?.Label ?? e.StatusKind.ToString()))
              .Append("</td><td style=\"text-align:right\">").Append(Index(e.Change)).Append("</td></tr>");
        }

        sb.Append("</tbody></table>");
        if (s.Overall is { } overall)
        {
            sb.Append("<p>Overall: ").Append(Badge(overall.Level?.Id, overall.Level?.Label ?? "n/a")).Append("</p>");
        }

        return sb.Append(Notes(s.Diagnostics)).ToString();
    }

    private static string Simulation(SimulationResult r)
    {
        string table = Facts($"Monte Carlo: {r.Iterations.ToString("N0", CultureInfo.InvariantCulture)} iterations",
        [
            ("Deterministic finish / cost", $"{Index(r.DeterministicFinish)} / {Money(r.DeterministicCost)}"),
            ("P50 finish / cost", $"{Index(r.Finish.Percentile(0.5))} / {Money(r.Cost.Percentile(0.5))}"),
            ("P80 finish / cost", $"{Index(r.Finish.Percentile(0.8))} / {Money(r.Cost.Percentile(0.8))}"),
            ("P(finish ≤ deterministic)", Percent(r.ProbabilityOfDeterministicFinish)),
            ("JCL at (P80, P80)", Percent(r.JointConfidence(r.Finish.Percentile(0.8), r.Cost.Percentile(0.8)))),
        ]);
        return table + SimulationCharts.Histogram(r).ToHtml() + SimulationCharts.SCurve(r).ToHtml();
    }

    private static string Ranking(McdaResult m)
    {
        var sb = new StringBuilder(PrioritizationCharts.Ranking(m).ToHtml());
        sb.Append("<table><caption>").Append(E($"{m.Method}: ranking")).Append("</caption><thead><tr><th>Rank</th><th>Alternative</th><th>Preference</th></tr></thead><tbody>");
        foreach (int i in m.Ranking.Order)
        {
            sb.Append("<tr><td style=\"text-align:right\">").Append(m.Ranking.Ranks[i].ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
              .Append(E(m.Matrix.Alternatives[i])).Append("</td><td style=\"text-align:right\">").Append(Index(m.Preferences[i])).Append("</td></tr>");
        }

        return sb.Append("</tbody></table>").Append(Notes(m.Diagnostics)).ToString();
    }

    private static string Ahp(AhpResult h) =>
        Facts("AHP priorities",
        [
            .. h.Priorities.Select((p, i) => (h.Matrix.Labels is { } labels ? labels[i] : $"#{i + 1}", Index(p))),
            ("λmax", Index(h.LambdaMax)), ("Consistency ratio", Index(h.ConsistencyRatio)),
        ]);

    private static string Selection(SelectionResult s) =>
        Facts($"Selection: {s.Status}",
        [
            ("Selected", s.SelectedIds.IsEmpty ? "none" : string.Join(", ", s.SelectedIds)),
            ("Total value", Index(s.TotalValue)),
            ("Greedy selection", s.Greedy.SelectedIds.IsEmpty ? "none" : string.Join(", ", s.Greedy.SelectedIds)),
            ("Greedy value", Index(s.Greedy.TotalValue)),
        ]);

    private static string HeatMap(RiskHeatMap h)
    {
        int pl = h.Cells.IsEmpty ? 0 : h.Cells.Max(c => c.ProbabilityLevel), il = h.Cells.IsEmpty ? 0 : h.Cells.Max(c => c.ImpactLevel);
        var sb = new StringBuilder();
        sb.Append("<table><caption>").Append(E($"Risk heat map ({h.Stage}): risks per probability × impact level")).Append("</caption><thead><tr><th>P \\ I</th>");
        for (int i = 1; i <= il; i++)
        {
            sb.Append("<th>I").Append(i.ToString(CultureInfo.InvariantCulture)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        for (int p = pl; p >= 1; p--)
        {
            sb.Append("<tr><th>P").Append(p.ToString(CultureInfo.InvariantCulture)).Append("</th>");
            for (int i = 1; i <= il; i++)
            {
                int n = h.Count(p, i);
                sb.Append("<td style=\"text-align:center\">").Append(n == 0 ? "·" : n.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
        if (h.Unplaced > 0)
        {
            sb.Append("<p>").Append(h.Unplaced.ToString(CultureInfo.InvariantCulture)).Append(" risk(s) could not be placed.</p>");
        }

        return sb.ToString();
    }

    private static string Facts(string caption, IEnumerable<(string Label, string Value)> rows)
    {
        var sb = new StringBuilder("<table><caption>").Append(E(caption)).Append("</caption><tbody>");
        foreach ((string label, string value) in rows)
        {
            sb.Append("<tr><th style=\"text-align:left\">").Append(E(label)).Append("</th><td style=\"text-align:right\">").Append(E(value)).Append("</td></tr>");
        }

        return sb.Append("</tbody></table>").ToString();
    }

    private static string Notes(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.IsEmpty ? string.Empty
            : "<ul>" + string.Concat(diagnostics.Select(d => $"<li>{E(d.Metric)}: {E(d.Message)}</li>")) + "</ul>";

    private static string Badge(string? id, string label)
    {
        string colour = id?.ToUpperInvariant() switch
        {
            "GREEN" => "#dafbe1",
            "AMBER" => "#fff1c2",
            "RED" => "#ffd8d3",
            _ => "#eaeef2",
        };
        return $"<span style=\"background:{colour};padding:0 6px;border-radius:8px;font-weight:600\">{E(label)}</span>";
    }

    private static string Money(double? v) => v is { } x ? x.ToString("#,##0", CultureInfo.InvariantCulture) : "n/a";

    private static string Index(double? v) => v is { } x ? x.ToString("0.###", CultureInfo.InvariantCulture) : "n/a";

    private static string Percent(double? v) => v is { } x ? x.ToString("0.0 %", CultureInfo.InvariantCulture) : "n/a";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
