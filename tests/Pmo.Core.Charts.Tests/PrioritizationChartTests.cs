using Pmo.Core.Common;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Charts.Tests;

public class PrioritizationChartTests
{
    // Weighted sum, min–max normalisation with complement for the cost column:
    // value [10, 6, 8] → (x − 6) / 4 = [1, 0, 0.5]; cost [5, 2, 8] → (8 − x) / 6 = [0.5, 1, 0].
    // Scores with w = (0.6, 0.4): Alpha 0.6 + 0.2 = 0.8, Beta 0 + 0.4 = 0.4, Gamma 0.3 + 0 = 0.3.
    private static WeightedSumResult Wsm() => new WeightedSum().Evaluate(Fixtures.Decision(), CriteriaWeights.Create([0.6, 0.4]));

    [Fact]
    public void Ranking_lists_alternatives_best_first_with_their_scores()
    {
        Chart chart = PrioritizationCharts.Ranking(Wsm());
        List<string> texts = SvgKit.Texts(chart);
        Assert.Contains("0.8", texts);
        Assert.Contains("0.4", texts);
        Assert.Contains("0.3", texts);
        Assert.True(SvgKit.TextY(chart, "1. Alpha") < SvgKit.TextY(chart, "2. Beta"));
        Assert.True(SvgKit.TextY(chart, "2. Beta") < SvgKit.TextY(chart, "3. Gamma"));
    }

    [Fact]
    public void Ranking_stacks_the_weighted_contributions_per_criterion()
    {
        Chart chart = PrioritizationCharts.Ranking(Wsm());
        List<string> texts = SvgKit.Texts(chart);
        Assert.Contains("value", texts); // legend: one entry per criterion
        Assert.Contains("cost", texts);

        // Alpha's two segments: 0.6 (value) and 0.2 (cost) → widths in ratio 3 : 1, on the same row.
        var value = SvgKit.FilledRects(chart, ChartPalette.Series[0]).Where(r => (double)r.Attribute("width")! > 20).ToList();
        var cost = SvgKit.FilledRects(chart, ChartPalette.Series[1]).Where(r => (double)r.Attribute("width")! > 20).ToList();
        var alphaValue = value.OrderBy(r => (double)r.Attribute("y")!).First();
        var alphaCost = cost.OrderBy(r => (double)r.Attribute("y")!).First();
        Assert.Equal((double)alphaValue.Attribute("y")!, (double)alphaCost.Attribute("y")!, 3);
        Assert.Equal(3.0, (double)alphaValue.Attribute("width")! / (double)alphaCost.Attribute("width")!, 2);
    }

    [Fact]
    public void Ranking_without_contributions_has_single_bars()
    {
        List<string> texts = SvgKit.Texts(PrioritizationCharts.Ranking(Wsm(), contributions: false));
        Assert.DoesNotContain("value", texts);
        Assert.Contains("1. Alpha", texts);
    }

    [Fact]
    public void Ranking_rejects_a_null_result() =>
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => PrioritizationCharts.Ranking(null!)).ParamName);

    [Fact]
    public void Plain_ranking_sorts_by_score()
    {
        Chart chart = PrioritizationCharts.RankingFromScores(["A", "B", "C"], [0.62, 0.71, 0.55]);
        Assert.True(SvgKit.TextY(chart, "1. B") < SvgKit.TextY(chart, "2. A"));
        Assert.True(SvgKit.TextY(chart, "2. A") < SvgKit.TextY(chart, "3. C"));
        Chart lower = PrioritizationCharts.RankingFromScores(["A", "B", "C"], [0.62, 0.71, 0.55], higherIsBetter: false);
        Assert.Contains("1. C", SvgKit.Texts(lower));
    }

    [Fact]
    public void Plain_ranking_rejects_no_names() =>
        Assert.Equal("names", Assert.Throws<ArgumentException>(() => PrioritizationCharts.RankingFromScores([], [])).ParamName);

    [Fact]
    public void Plain_ranking_rejects_a_null_name() =>
        Assert.Equal("names", Assert.Throws<ArgumentException>(() => PrioritizationCharts.RankingFromScores([null!], [1])).ParamName);

    [Fact]
    public void Plain_ranking_rejects_scores_of_another_length() =>
        Assert.Equal("scores", Assert.Throws<ArgumentException>(() => PrioritizationCharts.RankingFromScores(["A"], [1, 2])).ParamName);

    [Fact]
    public void Plain_ranking_rejects_a_nan_score() =>
        Assert.Equal("scores", Assert.Throws<ArgumentOutOfRangeException>(() => PrioritizationCharts.RankingFromScores(["A"], [double.NaN])).ParamName);

    [Fact]
    public void Frontier_has_one_point_per_level_the_greedy_line_candidates_and_the_selection()
    {
        SelectionProblem problem = Fixtures.Selection();
        FrontierResult f = EfficientFrontier.ComputeEvenlySpaced(problem, "budget", 5);
        Assert.All(f.Points, p => Assert.NotNull(p.Value)); // budget 0 selects nothing (value 0): still feasible
        Chart chart = PrioritizationCharts.Frontier(f, PortfolioSelector.Solve(problem));
        List<string> texts = SvgKit.Texts(chart);
        Assert.Contains("Efficient frontier", texts);
        Assert.Contains("Greedy baseline", texts);
        Assert.Contains("Candidates", texts);
        Assert.Contains("Selected portfolio", texts);
        // A step line: each level's value held until the next level, then the jump: one vertex per level plus a corner
        // before every level whose value differs from the previous one; every segment horizontal or vertical.
        var line = Assert.Single(SvgKit.SeriesLines(chart, ChartPalette.Blue));
        int jumps = f.Points.Zip(f.Points.Skip(1)).Count(p => p.First.Value != p.Second.Value);
        Assert.Equal(f.Points.Length + jumps, line.Length);
        Assert.All(line.Zip(line.Skip(1)), seg => Assert.True(Math.Abs(seg.First.X - seg.Second.X) < 1e-6 || Math.Abs(seg.First.Y - seg.Second.Y) < 1e-6, $"{seg} is diagonal"));
        Assert.True(line.Zip(line.Skip(1)).All(p => p.Second.X >= p.First.X)); // left to right

        Assert.True(line.Zip(line.Skip(1)).All(p => p.Second.Y <= p.First.Y)); // value never falls as the budget grows
    }

    [Fact]
    public void Frontier_rejects_a_selection_without_the_row()
    {
        FrontierResult f = EfficientFrontier.ComputeEvenlySpaced(Fixtures.Selection(), "budget", 2);
        SelectionProblem other = SelectionProblem.Create([new SelectionCandidate("A", 1)], [ResourceRow.SinglePeriod("people", 1, [new("A", 1)])]);
        Assert.Equal("selected", Assert.Throws<ArgumentException>(() => PrioritizationCharts.Frontier(f, PortfolioSelector.Solve(other))).ParamName);
    }

    [Fact]
    public void Frontier_rejects_a_null_frontier() =>
        Assert.Equal("frontier", Assert.Throws<ArgumentNullException>(() => PrioritizationCharts.Frontier(null!)).ParamName);

    [Fact]
    public void Plain_frontier_splits_at_an_infeasible_level()
    {
        Chart chart = PrioritizationCharts.FrontierFromValues([10, 20, 30, 40, 50], [1, 3, null, 6, 7], selectedCost: 40, selectedValue: 6);
        Assert.Equal([3, 3], SvgKit.SeriesLines(chart, ChartPalette.Blue).Select(s => s.Length)); // two steps, broken at the gap
        Assert.Contains("Selected portfolio", SvgKit.Texts(chart));
        Assert.Empty(chart.Diagnostics);
    }

    [Fact]
    public void Plain_frontier_rejects_a_cost_without_a_value() =>
        Assert.Equal("selectedValue", Assert.Throws<ArgumentException>(() => PrioritizationCharts.FrontierFromValues([1], [1], selectedCost: 1)).ParamName);

    [Fact]
    public void Plain_frontier_rejects_values_of_another_length() =>
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => PrioritizationCharts.FrontierFromValues([1, 2], [1])).ParamName);

    [Fact]
    public void Plain_frontier_rejects_a_nan_cost() =>
        Assert.Equal("cost", Assert.Throws<ArgumentOutOfRangeException>(() => PrioritizationCharts.FrontierFromValues([double.NaN], [1])).ParamName);

    [Fact]
    public void Plain_frontier_rejects_no_levels() =>
        Assert.Equal("cost", Assert.Throws<ArgumentException>(() => PrioritizationCharts.FrontierFromValues([], [])).ParamName);

    [Fact]
    public void Plain_frontier_rejects_an_infinite_selected_value() =>
        Assert.Equal("selectedValue", Assert.Throws<ArgumentOutOfRangeException>(() => PrioritizationCharts.FrontierFromValues([1], [1], 1, double.PositiveInfinity)).ParamName);

    [Fact]
    public void An_infeasible_selection_is_left_out_with_a_diagnostic()
    {
        SelectionProblem problem = Fixtures.Selection();
        FrontierResult f = EfficientFrontier.ComputeEvenlySpaced(problem, "budget", 2);
        SelectionResult infeasible = PortfolioSelector.Solve(problem.ForceIn("A", "B", "C"));
        Assert.Null(infeasible.TotalValue);
        Chart chart = PrioritizationCharts.Frontier(f, infeasible);
        Assert.DoesNotContain("Selected portfolio", SvgKit.Texts(chart));
        Assert.Contains(chart.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "Selected");
    }
}
