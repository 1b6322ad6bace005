using System.Diagnostics.Contracts;
using System.Globalization;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Pmo.Core.Charts.Internal;
using Pmo.Core.Common;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Charts;

/// <summary>Prioritization charts: the ranking of alternatives (with the weighted contribution of each criterion where the method exposes it) and the efficient frontier of portfolio selection.</summary>
/// <remarks>
/// For a weighted sum the stacked segments are the weighted normalised ratings <c>w_j · r_ij</c>, which add up to the
/// score <c>S_i = Σ_j w_j · r_ij</c> (Triantaphyllou, E. (2000), <i>Multi-Criteria Decision Making Methods: A Comparative
/// Study</i>, §2.2.1); other methods' preferences are not additive and are drawn as single bars. The frontier plots the
/// optimal portfolio value against the budget of one resource row (and the greedy baseline beside it); an infeasible
/// budget level is a gap, never a zero.
/// </remarks>
public static class PrioritizationCharts
{
    /// <summary>The ranking of an MCDA result: one horizontal bar per alternative, best at the top, labelled with rank and preference; stacked by criterion for a weighted sum when <paramref name="contributions"/> is true.</summary>
    /// <param name="result">The MCDA result (any method).</param>
    /// <param name="contributions">Stack the weighted contributions per criterion when the result exposes them (<see cref="WeightedSumResult"/>).</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <example><code>
    /// McdaResult r = new WeightedSum().Evaluate(matrix, weights);
    /// Chart chart = PrioritizationCharts.Ranking(r);
    /// </code></example>
    [Pure]
    public static Chart Ranking(McdaResult result, bool contributions = true, ChartOptions? options = null)
    {
        Check.NotNull(result, nameof(result));
        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, $"Ranking ({result.Method})");
        int[] order = [.. result.Ranking.Order];
        string[] labels = [.. order.Select(i => $"{result.Ranking.Ranks[i].ToString("0.#", CultureInfo.InvariantCulture)}. {result.Matrix.Alternatives[i]}")];
        string axisTitle = result.HigherIsBetter ? "Preference (higher is better)" : "Preference (lower is better)";
        if (contributions && result is WeightedSumResult ws)
        {
            PlotModel model = RankingModel(title, o, labels, axisTitle, legend: true);
            for (int j = 0; j < result.Matrix.CriterionCount; j++)
            {
                string colour = ChartPalette.Series[j % ChartPalette.Series.Length];
                var s = new BarSeries { Title = result.Matrix.Criteria[j].Name, IsStacked = true, YAxisKey = "alternatives", FillColor = ChartRenderer.Colour(colour), StrokeColor = OxyColors.White, StrokeThickness = 0.5 };
                foreach (int i in order)
                {
                    s.Items.Add(new BarItem(result.Weights[j] * ws.NormalizedMatrix[i, j]));
                }

                model.Series.Add(s);
            }

            for (int r = 0; r < order.Length; r++)
            {
                double total = result.Preferences[order[r]];
                model.Annotations.Add(new TextAnnotation
                {
                    YAxisKey = "alternatives",
                    TextPosition = new DataPoint(total, r),
                    Text = o.Format(total),
                    Stroke = OxyColors.Undefined,
                    TextHorizontalAlignment = HorizontalAlignment.Left,
                    TextVerticalAlignment = VerticalAlignment.Middle,
                    Offset = new ScreenVector(4, 0),
                });
            }

            return ChartRenderer.Render(model, title, o);
        }

        return Bars(title, o, labels, [.. order.Select(i => result.Preferences[i])], axisTitle);
    }

    /// <summary>A ranking of plain scores: alternatives sorted best first (ties keep the input order), labelled with rank and score.</summary>
    /// <param name="names">The alternatives' names.</param>
    /// <param name="scores">One finite score per alternative.</param>
    /// <param name="higherIsBetter">Whether a higher score is better (default) or a lower one.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> or <paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="names"/> is empty or has a null element, or <paramref name="scores"/> has another length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or infinite.</exception>
    /// <example><code>
    /// Chart chart = PrioritizationCharts.RankingFromScores(["A", "B", "C"], [0.62, 0.71, 0.55]);
    /// </code></example>
    [Pure]
    public static Chart RankingFromScores(IReadOnlyList<string> names, IReadOnlyList<double> scores, bool higherIsBetter = true, ChartOptions? options = null)
    {
        Check.NotNull(names, nameof(names));
        Check.NotNull(scores, nameof(scores));
        Check.NotEmpty(names, nameof(names));
        Check.NoNullElements(names, nameof(names));
        Check.SameLength(names.Count, nameof(names), scores.Count, nameof(scores));
        Check.Finite(scores, nameof(scores));
        int[] order = [.. Enumerable.Range(0, names.Count).OrderBy(i => higherIsBetter ? -scores[i] : scores[i])];
        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, "Ranking");
        string[] labels = [.. order.Select((i, r) => $"{(r + 1).ToString(CultureInfo.InvariantCulture)}. {names[i]}")];
        return Bars(title, o, labels, [.. order.Select(i => scores[i])], higherIsBetter ? "Score (higher is better)" : "Score (lower is better)");
    }

    /// <summary>
    /// The efficient frontier: optimal value against the budget of the frontier's row (line with markers), the greedy
    /// baseline (dashed), every candidate's own (cost on the row, value) and, when given, the selected portfolio highlighted.
    /// </summary>
    /// <param name="frontier">The frontier.</param>
    /// <param name="selected">A selection to highlight at (its usage of the row, its value), or null.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart; infeasible levels are gaps.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="frontier"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="selected"/> is for a problem without the frontier's row.</exception>
    /// <example><code>
    /// FrontierResult f = EfficientFrontier.ComputeEvenlySpaced(problem, "budget", 20);
    /// Chart chart = PrioritizationCharts.Frontier(f, PortfolioSelector.Solve(problem));
    /// </code></example>
    [Pure]
    public static Chart Frontier(FrontierResult frontier, SelectionResult? selected = null, ChartOptions? options = null)
    {
        Check.NotNull(frontier, nameof(frontier));
        (double, double)? highlight = null;
        var notes = new List<Diagnostic>();
        if (selected is not null)
        {
            ResourceRow row = selected.Problem.Rows.FirstOrDefault(r => r.Name == frontier.RowName)
                ?? throw new ArgumentException($"{nameof(selected)} is for a problem without row '{frontier.RowName}'; select on the frontier's problem.", nameof(selected));
            if (selected.TotalValue is { } v)
            {
                highlight = (selected.SelectedIds.Sum(id => row.ConsumptionOf(id).Sum()), v);
            }
            else
            {
                notes.Add(new Diagnostic(DiagnosticKind.Undefined, "Selected", $"The selection has no solution ({selected.Status}); it is not drawn."));
            }
        }

        var candidates = new List<(double, double)>();
        if (frontier.Points.Length > 0)
        {
            SelectionProblem problem = frontier.Points[0].Result.Problem;
            ResourceRow? row = problem.Rows.FirstOrDefault(r => r.Name == frontier.RowName);
            if (row is not null)
            {
                foreach (SelectionCandidate c in problem.Candidates)
                {
                    candidates.Add((row.ConsumptionOf(c.Id).Sum(), c.Value));
                }
            }
        }

        foreach (FrontierPoint p in frontier.Points)
        {
            if (p.Value is null)
            {
                notes.Add(new Diagnostic(DiagnosticKind.Undefined, "Value", $"No portfolio at budget {p.Budget.ToString(CultureInfo.InvariantCulture)} ({p.Status}); the frontier has a gap there."));
            }
        }

        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, $"Efficient frontier (value against {frontier.RowName})");
        return FrontierChart(title, o, frontier.RowName, [.. frontier.Points.Select(p => (p.Budget, p.Value))], [.. frontier.Points.Select(p => (p.Budget, p.GreedyValue))], candidates, highlight, notes);
    }

    /// <summary>A frontier of plain (cost, value) levels, with an optional highlighted portfolio.</summary>
    /// <param name="cost">The budget levels (finite).</param>
    /// <param name="value">The best value at each level, finite or null (a gap).</param>
    /// <param name="selectedCost">The highlighted portfolio's cost, or null.</param>
    /// <param name="selectedValue">The highlighted portfolio's value, or null.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cost"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cost"/> is empty, <paramref name="value"/> has another length, or only one of <paramref name="selectedCost"/> and <paramref name="selectedValue"/> is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN or infinite.</exception>
    /// <example><code>
    /// Chart chart = PrioritizationCharts.FrontierFromValues([100, 200, 300], [40, 70, 85], selectedCost: 190, selectedValue: 70);
    /// </code></example>
    [Pure]
    public static Chart FrontierFromValues(IReadOnlyList<double> cost, IReadOnlyList<double?> value, double? selectedCost = null, double? selectedValue = null, ChartOptions? options = null)
    {
        Check.NotNull(cost, nameof(cost));
        Check.NotNull(value, nameof(value));
        Check.NotEmpty(cost, nameof(cost));
        Check.SameLength(cost.Count, nameof(cost), value.Count, nameof(value));
        Check.Finite(cost, nameof(cost));
        Check.Finite(value, nameof(value));
        if (selectedCost.HasValue != selectedValue.HasValue)
        {
            throw new ArgumentException($"{nameof(selectedCost)} and {nameof(selectedValue)} must both be given or both be null.", selectedCost.HasValue ? nameof(selectedValue) : nameof(selectedCost));
        }

        (double, double)? highlight = null;
        if (selectedCost is { } sc && selectedValue is { } sv)
        {
            highlight = (Check.Finite(sc, nameof(selectedCost)), Check.Finite(sv, nameof(selectedValue)));
        }

        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, "Efficient frontier");
        return FrontierChart(title, o, "Cost", [.. cost.Select((c, i) => (c, value[i]))], null, [], highlight, []);
    }

    private static PlotModel RankingModel(string title, ChartOptions o, string[] labels, string axisTitle, bool legend)
    {
        PlotModel model = ChartRenderer.NewModel(title, o, legend);
        var categories = new CategoryAxis { Position = AxisPosition.Left, Key = "alternatives", StartPosition = 1, EndPosition = 0, FontSize = o.FontSize, GapWidth = 0.4 };
        categories.Labels.AddRange(labels);
        model.Axes.Add(categories);
        LinearAxis x = ChartRenderer.ValueAxis(axisTitle, o, AxisPosition.Bottom);
        x.MaximumPadding = 0.12;
        model.Axes.Add(x);
        return model;
    }

    private static Chart Bars(string title, ChartOptions o, string[] labels, double[] values, string axisTitle)
    {
        PlotModel model = RankingModel(title, o, labels, axisTitle, legend: false);
        var s = new BarSeries { Title = axisTitle, YAxisKey = "alternatives", FillColor = ChartRenderer.Colour(ChartPalette.Blue), NegativeFillColor = ChartRenderer.Colour(ChartPalette.Vermillion), LabelFormatString = "{0:" + o.ValueFormat + "}", LabelPlacement = LabelPlacement.Outside };
        foreach (double v in values)
        {
            s.Items.Add(new BarItem(v));
        }

        model.Series.Add(s);
        return ChartRenderer.Render(model, title, o);
    }

    private static Chart FrontierChart(string title, ChartOptions o, string rowName, (double X, double? Y)[] optimal, (double X, double? Y)[]? greedy, List<(double X, double Y)> candidates, (double X, double Y)? selected, List<Diagnostic> notes)
    {
        PlotModel model = ChartRenderer.NewModel(title, o);
        model.Axes.Add(ChartRenderer.ValueAxis(rowName, o, AxisPosition.Bottom));
        model.Axes.Add(ChartRenderer.ValueAxis("Value", o));
        if (candidates.Count > 0)
        {
            var c = new ScatterSeries { Title = "Candidates", MarkerType = MarkerType.Circle, MarkerSize = 3, MarkerFill = OxyColor.FromRgb(0x99, 0x99, 0x99) };
            c.Points.AddRange(candidates.Select(p => new ScatterPoint(p.X, p.Y)));
            model.Series.Add(c);
        }

        // The best value is known only at the computed levels; between two levels it is at least the lower level's
        // value (more budget never hurts) and at most the next one's. Drawn as steps holding each level's value until
        // the next level, so the line never suggests a value no computed portfolio reaches; markers at the levels.
        model.Series.Add(Steps("Efficient frontier", ChartPalette.Blue, LineStyle.Solid, optimal));
        model.Series.Add(Markers(ChartPalette.Blue, MarkerType.Circle, optimal));
        if (greedy is not null)
        {
            model.Series.Add(Steps("Greedy baseline", ChartPalette.Orange, LineStyle.Dash, greedy));
            model.Series.Add(Markers(ChartPalette.Orange, MarkerType.Triangle, greedy));
        }

        if (selected is { } s)
        {
            var sel = new ScatterSeries { Title = "Selected portfolio", MarkerType = MarkerType.Star, MarkerSize = 9, MarkerStroke = ChartRenderer.Colour(ChartPalette.Vermillion), MarkerStrokeThickness = 2.5 };
            sel.Points.Add(new ScatterPoint(s.X, s.Y));
            model.Series.Add(sel);
        }

        return ChartRenderer.Render(model, title, o, notes);
    }

    /// <summary>A step line: (x₀, y₀) → (x₁, y₀) → (x₁, y₁) → … (no corner where the value does not change); a null value breaks the line (a gap).</summary>
    private static LineSeries Steps(string name, string colour, LineStyle style, (double X, double? Y)[] points)
    {
        var s = new LineSeries { Title = name, Color = ChartRenderer.Colour(colour), StrokeThickness = 2, LineStyle = style, MarkerType = MarkerType.None };
        double? previous = null;
        foreach ((double x, double? y) in points)
        {
            if (y is { } v)
            {
                if (previous is { } held && held != v)
                {
                    s.Points.Add(new DataPoint(x, held));
                }

                s.Points.Add(new DataPoint(x, v));
            }
            else
            {
                s.Points.Add(DataPoint.Undefined);
            }

            previous = y;
        }

        return s;
    }

    /// <summary>The computed levels as markers (no legend entry: the step line carries the name).</summary>
    private static ScatterSeries Markers(string colour, MarkerType marker, (double X, double? Y)[] points)
    {
        var s = new ScatterSeries { MarkerType = marker, MarkerSize = 3.5, MarkerFill = ChartRenderer.Colour(colour) };
        foreach ((double x, double? y) in points)
        {
            if (y is { } v)
            {
                s.Points.Add(new ScatterPoint(x, v));
            }
        }

        return s;
    }
}
