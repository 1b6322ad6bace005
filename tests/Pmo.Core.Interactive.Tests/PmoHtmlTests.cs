using System.Xml.Linq;
using NodaTime;
using Pmo.Core.Charts;
using Pmo.Core.EarnedValue;
using Pmo.Core.Kpis;
using Pmo.Core.Kpis.Spc;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Ahp;
using Pmo.Core.Prioritization.Selection;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Interactive.Tests;

/// <summary>
/// PmoHtml: every supported result renders as a well-formed fragment with its key figures; undefined metrics show as
/// n/a; the extension script registers exactly <see cref="PmoHtml.SupportedTypes"/>. Hand-computed inputs.
/// </summary>
public sealed class PmoHtmlTests
{
    private static XElement Parse(string html) => XElement.Parse($"<root>{html.Replace("&nbsp;", " ", StringComparison.Ordinal)}</root>");

    [Fact]
    public void Earned_value_shows_the_indices_and_na_for_undefined_ones()
    {
        // PMBOK-style worked numbers: PV 600 (100 + 200 + 300), EV 450, AC 500 → CPI 0.9, SPI 0.75, CV −50, SV −150.
        var baseline = TimePhasedBaseline.Monthly(new LocalDate(2026, 1, 1), [100, 200, 300, 200, 200]);
        var a = EarnedValueAnalyzer.Analyze(baseline, new ProjectStatus(new LocalDate(2026, 3, 31), 450, 500));
        string text = Parse(PmoHtml.Render(a)).Value;
        Assert.Contains("CPI0.9", text, StringComparison.Ordinal);
        Assert.Contains("SPI0.75", text, StringComparison.Ordinal);
        Assert.Contains("CV-50", text, StringComparison.Ordinal);
        Assert.Contains("SV-150", text, StringComparison.Ordinal);

        // Nothing earned or spent yet: CPI = EV / AC = 0 / 0 is undefined, shown as n/a (never 0).
        var notStarted = EarnedValueAnalyzer.Analyze(baseline, new ProjectStatus(new LocalDate(2026, 3, 31), 0, 0));
        Assert.Contains("CPIn/a", Parse(PmoHtml.Render(notStarted)).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Scorecard_badges_keep_the_status_word()
    {
        double[] cpi = [0.99, 0.98, 0.88];
        KpiObservation[] history = [.. cpi.Select((v, i) => new KpiObservation("cpi", "P-1", new LocalDate(2026, 1, 31).PlusMonths(i), v))];
        KpiScorecard card = KpiScorecard.Evaluate("P-1", [KpiLibrary.CostPerformanceIndex()], history, new LocalDate(2026, 3, 31));
        XElement root = Parse(PmoHtml.Render(card));
        string status = card.Evaluations[0].Status!.Label;
        Assert.Contains(root.Descendants("span"), s => s.Value == status);
        Assert.Contains("0.88", root.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_and_chart_backed_results_render_inline_svg()
    {
        XmrChartResult xmr = XmrChart.Compute([1.0, 2, 1, 2, 1, 2, 1, 9]);
        Assert.Single(Parse(PmoHtml.Render(xmr)).Descendants(), e => e.Name.LocalName == "svg");

        Chart chart = SimulationCharts.HistogramFromSamples([1.0, 2, 2, 3, 3, 3]);
        Assert.Contains(chart.Svg, PmoHtml.Render(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void Simulation_shows_percentiles_and_two_charts_with_distinct_ids()
    {
        ActivityNetwork net = ActivityNetwork.Create([new Activity("a", 10), new Activity("b", 5)], [new ActivityLink("a", "b")]);
        SimulationModel model = SimulationModel.Create(net, [new ActivityUncertainty("a", Distribution.Uniform(8, 12))]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(2048, 7));
        string html = PmoHtml.Render(r);
        XElement root = Parse(html);
        Assert.Equal(2, root.Descendants().Count(e => e.Name.LocalName == "svg"));
        List<string> ids = [.. root.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>()];
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        // Deterministic finish = 10 + 5 = 15 working days.
        Assert.Contains("Deterministic finish / cost15 / 0", root.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranking_selection_frontier_and_ahp_render()
    {
        var matrix = DecisionMatrix.FromRows(["A", "B", "C"], [Criterion.Benefit("v"), Criterion.Cost("c")], [[3.0, 1], [2, 2], [1, 3]]);
        McdaResult wsm = new WeightedSum().Evaluate(matrix, CriteriaWeights.Create([0.5, 0.5], WeightPolicy.Normalize));
        XElement ranking = Parse(PmoHtml.Render(wsm));
        // A dominates B and C on both criteria: rank 1.
        List<string[]> rows = [.. ranking.Descendants("tr").Select(tr => tr.Elements("td").Select(td => td.Value).ToArray()).Where(c => c.Length == 3)];
        Assert.Equal(["1", "A"], rows[0][..2]);
        Assert.Equal(3, rows.Count);

        var row = new ResourceRow("budget", [3], new Dictionary<string, double[]> { ["A"] = [2], ["B"] = [2], ["C"] = [1] });
        SelectionProblem problem = SelectionProblem.Create([new SelectionCandidate("A", 5), new SelectionCandidate("B", 4), new SelectionCandidate("C", 2)], [row]);
        SelectionResult best = PortfolioSelector.Solve(problem);
        // Budget 3: {A, C} = 7 beats {B, C} = 6; A and B together need 4.
        Assert.Contains("SelectedA, C", Parse(PmoHtml.Render(best)).Value, StringComparison.Ordinal);
        Assert.Contains("Total value7", Parse(PmoHtml.Render(best)).Value, StringComparison.Ordinal);
        FrontierResult frontier = EfficientFrontier.Compute(problem, "budget", [1, 3, 5]);
        Assert.Single(Parse(PmoHtml.Render(frontier)).Descendants(), e => e.Name.LocalName == "svg");

        AhpResult ahp = AhpAnalysis.Analyze(PairwiseMatrix.FromLabelledJudgements(["x", "y"], [("x", "y", 3)]));
        // Two criteria, x three times y: weights 0.75 and 0.25.
        string text = Parse(PmoHtml.Render(ahp)).Value;
        Assert.Contains("x0.75", text, StringComparison.Ordinal);
        Assert.Contains("y0.25", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Views_combine_the_chart_with_the_figures()
    {
        var baseline = TimePhasedBaseline.Monthly(new LocalDate(2026, 1, 1), [100, 200, 300, 200, 200]);
        var status = new ProjectStatus(new StatusPoint(new LocalDate(2026, 3, 31), 450, 500), [new StatusPoint(new LocalDate(2026, 2, 28), 250, 260)]);
        PmoView evm = PmoHtml.EarnedValue(baseline, status);
        XElement root = Parse(PmoHtml.Render(evm));
        Assert.Single(root.Descendants(), e => e.Name.LocalName == "svg");
        Assert.Contains("CPI0.9", root.Value, StringComparison.Ordinal);   // 450 / 500
        Assert.Equal("Earned value at 2026-03-31", evm.Title);

        var matrix = DecisionMatrix.FromRows(["A", "B", "C"], [Criterion.Benefit("v"), Criterion.Cost("c")], [[3.0, 1], [2, 2], [1, 3]]);
        McdaResult wsm = new WeightedSum().Evaluate(matrix, CriteriaWeights.Create([0.5, 0.5], WeightPolicy.Normalize));
        SmaaResult smaa = Smaa.Run(new WeightedSum(), matrix, new SmaaOptions { Samples = 1000, Seed = 1 });
        XElement ranking = Parse(PmoHtml.Ranking(wsm, smaa).Html);
        // A is best on both criteria, so it is first under every weight vector: acceptability 100 %.
        Assert.Contains(ranking.Descendants("tr"), tr => tr.Elements("td").Select(td => td.Value).Take(2).SequenceEqual(["1", "A"]) && tr.Elements("td").Last().Value == "100.0 %");
        Assert.Contains("Weights: v 0.5, c 0.5", ranking.Value, StringComparison.Ordinal);
        var other = DecisionMatrix.FromRows(["X", "Y"], [Criterion.Benefit("v")], [[1.0], [2]]);
        Assert.Equal("smaa", Assert.Throws<ArgumentException>(() => PmoHtml.Ranking(wsm, Smaa.Run(new WeightedSum(), other, new SmaaOptions { Samples = 100, Seed = 1 }))).ParamName);

        var row = new ResourceRow("budget", [3], new Dictionary<string, double[]> { ["A"] = [2], ["B"] = [2], ["C"] = [1] });
        SelectionProblem problem = SelectionProblem.Create([new SelectionCandidate("A", 5), new SelectionCandidate("B", 4), new SelectionCandidate("C", 2)], [row]);
        XElement portfolio = Parse(PmoHtml.Portfolio(EfficientFrontier.Compute(problem, "budget", [1, 3, 5]), PortfolioSelector.Solve(problem)).Html);
        Assert.Single(portfolio.Descendants(), e => e.Name.LocalName == "svg");
        Assert.Contains("SelectedA, C", portfolio.Value, StringComparison.Ordinal);
        Assert.Equal("baseline", Assert.Throws<ArgumentNullException>(() => PmoHtml.EarnedValue(null!, status)).ParamName);
        Assert.Equal("selection", Assert.Throws<ArgumentNullException>(() => PmoHtml.Portfolio(EfficientFrontier.Compute(problem, "budget", [1]), null!)).ParamName);
    }

    [Fact]
    public void Every_supported_type_is_a_public_pmo_type_and_the_extension_registers_them_all()
    {
        Assert.All(PmoHtml.SupportedTypes, t => Assert.True(t.IsPublic && t.Namespace!.StartsWith("Pmo.Core", StringComparison.Ordinal), t.FullName));
        string dib = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "extension.dib"));
        Assert.Contains("Pmo.Core.Interactive.PmoHtml.SupportedTypes", dib, StringComparison.Ordinal);
        Assert.Contains("Pmo.Core.Interactive.PmoHtml.Render(value)", dib, StringComparison.Ordinal);
        Assert.Contains("\"text/html\"", dib, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_is_a_typed_error_naming_the_parameter()
    {
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => PmoHtml.Render(null!)).ParamName);
        ArgumentException e = Assert.Throws<ArgumentException>(() => PmoHtml.Render("not a result"));
        Assert.Equal("value", e.ParamName);
        Assert.Contains("System.String", e.Message, StringComparison.Ordinal);
    }
}
