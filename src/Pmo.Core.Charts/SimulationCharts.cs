using System.Diagnostics.Contracts;
using System.Globalization;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Pmo.Core.Charts.Internal;
using Pmo.Core.Common;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Charts;

/// <summary>Monte Carlo charts: the histogram and the S-curve (cumulative probability) of the finish or the cost with P50/P80 markers, and the risk tornado.</summary>
/// <remarks>
/// Percentiles are nearest-rank (the default of <see cref="SampleSummary.Percentile"/>; Hyndman, R. J. and Fan, Y.
/// (1996), "Sample quantiles in statistical packages", <i>The American Statistician</i> 50(4), definition 1), as
/// reported by the simulation itself. The histogram has equal-width bins between the minimum and the maximum, each
/// [e_k, e_k+1) except the last, which is closed (as <see cref="SampleSummary.Histogram"/>).
/// </remarks>
public static class SimulationCharts
{
    private const int MaxBins = 10_000;

    /// <summary>The histogram of a simulation's finish or cost with P50 and P80 markers and the deterministic value.</summary>
    /// <param name="result">The simulation result.</param>
    /// <param name="measure">Finish or cost.</param>
    /// <param name="bins">The number of equal-width bins, 1 … 10,000.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is undefined or <paramref name="bins"/> is outside [1, 10,000].</exception>
    /// <example><code>
    /// SimulationResult run = RiskSimulation.Run(model, new SimulationOptions(10_000, 42));
    /// Chart chart = SimulationCharts.Histogram(run, SimulationMeasure.Finish);
    /// </code></example>
    [Pure]
    public static Chart Histogram(SimulationResult result, SimulationMeasure measure = SimulationMeasure.Finish, int bins = 30, ChartOptions? options = null)
    {
        Check.NotNull(result, nameof(result));
        CheckMeasure(measure);
        CheckBins(bins);
        SampleSummary s = measure == SimulationMeasure.Finish ? result.Finish : result.Cost;
        Histogram h = s.Histogram(bins);
        double deterministic = measure == SimulationMeasure.Finish ? result.DeterministicFinish : result.DeterministicCost;
        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, $"{measure} distribution ({result.Iterations.ToString("#,##0", CultureInfo.InvariantCulture)} iterations)");
        return HistogramChart(title, o, measure.ToString(), [.. h.Edges], [.. h.Counts], s.Percentile(0.5), s.Percentile(0.8), deterministic);
    }

    /// <summary>The histogram of plain samples (e.g. from another simulator) with nearest-rank P50 and P80 markers.</summary>
    /// <param name="samples">The samples (finite, at least one).</param>
    /// <param name="bins">The number of equal-width bins, 1 … 10,000.</param>
    /// <param name="valueLabel">The x-axis title.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> or <paramref name="valueLabel"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="samples"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A sample is NaN or infinite, or <paramref name="bins"/> is outside [1, 10,000].</exception>
    /// <example><code>
    /// Chart chart = SimulationCharts.HistogramFromSamples(finishDays, bins: 40, valueLabel: "Finish (days)");
    /// </code></example>
    [Pure]
    public static Chart HistogramFromSamples(IReadOnlyList<double> samples, int bins = 30, string valueLabel = "Value", ChartOptions? options = null)
    {
        SampleSummary s = Summary(samples, nameof(samples));
        CheckBins(bins);
        Check.NotNull(valueLabel, nameof(valueLabel));
        Histogram h = s.Histogram(bins);
        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, $"{valueLabel} distribution ({s.Count.ToString("#,##0", CultureInfo.InvariantCulture)} samples)");
        return HistogramChart(title, o, valueLabel, [.. h.Edges], [.. h.Counts], s.Percentile(0.5), s.Percentile(0.8), null);
    }

    /// <summary>The S-curve (cumulative probability of finishing or costing at most x) with P50 and P80 markers.</summary>
    /// <param name="result">The simulation result.</param>
    /// <param name="measure">Finish or cost.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart (101 points: levels 0, 0.01, …, 1).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is undefined.</exception>
    /// <example><code>
    /// Chart chart = SimulationCharts.SCurve(run, SimulationMeasure.Cost);
    /// </code></example>
    [Pure]
    public static Chart SCurve(SimulationResult result, SimulationMeasure measure = SimulationMeasure.Finish, ChartOptions? options = null)
    {
        Check.NotNull(result, nameof(result));
        CheckMeasure(measure);
        SampleSummary s = measure == SimulationMeasure.Finish ? result.Finish : result.Cost;
        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, $"{measure} S-curve ({result.Iterations.ToString("#,##0", CultureInfo.InvariantCulture)} iterations)");
        double deterministic = measure == SimulationMeasure.Finish ? result.DeterministicFinish : result.DeterministicCost;
        return SCurveChart(title, o, measure.ToString(), [.. s.SCurve(101).Select(p => (p.Value, p.Level))], s.Percentile(0.5), s.Percentile(0.8), deterministic);
    }

    /// <summary>The S-curve of plain samples: the empirical cumulative distribution at levels 0, 0.01, …, 1 (nearest rank).</summary>
    /// <param name="samples">The samples (finite, at least one).</param>
    /// <param name="valueLabel">The x-axis title.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> or <paramref name="valueLabel"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="samples"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A sample is NaN or infinite.</exception>
    /// <example><code>
    /// Chart chart = SimulationCharts.SCurveFromSamples(costs, "Cost (EUR)");
    /// </code></example>
    [Pure]
    public static Chart SCurveFromSamples(IReadOnlyList<double> samples, string valueLabel = "Value", ChartOptions? options = null)
    {
        SampleSummary s = Summary(samples, nameof(samples));
        Check.NotNull(valueLabel, nameof(valueLabel));
        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, $"{valueLabel} S-curve ({s.Count.ToString("#,##0", CultureInfo.InvariantCulture)} samples)");
        return SCurveChart(title, o, valueLabel, [.. s.SCurve(101).Select(p => (p.Value, p.Level))], s.Percentile(0.5), s.Percentile(0.8), null);
    }

    /// <summary>The tornado of a risk-event analysis: one horizontal bar per event, its effect on the finish (or cost) percentile, largest at the top.</summary>
    /// <param name="tornado">The tornado result.</param>
    /// <param name="measure">Finish or cost.</param>
    /// <param name="top">Show only the first n bars (by |effect|), or null for all.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart; bars are labelled with their value, positive effects vermillion, negative bluish green.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tornado"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is undefined or <paramref name="top"/> is less than 1.</exception>
    /// <example><code>
    /// TornadoResult t = RiskTornado.Analyze(model, options, level: 0.8);
    /// Chart chart = SimulationCharts.Tornado(t, SimulationMeasure.Finish, top: 10);
    /// </code></example>
    [Pure]
    public static Chart Tornado(TornadoResult tornado, SimulationMeasure measure = SimulationMeasure.Finish, int? top = null, ChartOptions? options = null)
    {
        Check.NotNull(tornado, nameof(tornado));
        CheckMeasure(measure);
        if (top is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(top), top, $"{nameof(top)} must be null or at least 1, but was {top}.");
        }

        TornadoBar[] bars = [.. (measure == SimulationMeasure.Finish ? tornado.Bars : tornado.ByCost()).Take(top ?? int.MaxValue)];
        ChartOptions o = options ?? ChartOptions.Default;
        string level = "P" + (tornado.Level * 100).ToString("0.##", CultureInfo.InvariantCulture);
        string title = ChartRenderer.TitleOf(o, $"Risk tornado: effect on the {level} {measure.ToString().ToLowerInvariant()}");
        PlotModel model = ChartRenderer.NewModel(title, o, legend: false);
        var categories = new CategoryAxis { Position = AxisPosition.Left, Key = "events", StartPosition = 1, EndPosition = 0, FontSize = o.FontSize, GapWidth = 0.4 };
        categories.Labels.AddRange(bars.Select(b => b.Name is { Length: > 0 } n ? $"{n} ({b.RiskEventId})" : b.RiskEventId));
        model.Axes.Add(categories);
        LinearAxis effect = ChartRenderer.ValueAxis($"Effect on {level} {measure.ToString().ToLowerInvariant()}", o, AxisPosition.Bottom);
        effect.MaximumPadding = 0.1;
        effect.MinimumPadding = 0.1;
        model.Axes.Add(effect);
        var series = new BarSeries
        {
            Title = $"Effect on {level}",
            YAxisKey = "events",
            FillColor = ChartRenderer.Colour(ChartPalette.Vermillion),
            NegativeFillColor = ChartRenderer.Colour(ChartPalette.BluishGreen),
            StrokeColor = ChartRenderer.Colour(ChartPalette.Black),
            StrokeThickness = 0.5,
            LabelFormatString = "{0:" + o.ValueFormat + "}",
            LabelPlacement = LabelPlacement.Outside,
        };
        foreach (TornadoBar b in bars)
        {
            series.Items.Add(new BarItem(measure == SimulationMeasure.Finish ? b.FinishPercentileEffect : b.CostPercentileEffect));
        }

        model.Series.Add(series);
        List<Diagnostic> notes = bars.Length == 0 ? [new Diagnostic(DiagnosticKind.Information, "Tornado", "The model has no risk events; the tornado is empty.")] : [];
        return ChartRenderer.Render(model, title, o, notes);
    }

    private static Chart HistogramChart(string title, ChartOptions o, string valueLabel, double[] edges, int[] counts, double p50, double p80, double? deterministic)
    {
        PlotModel model = ChartRenderer.NewModel(title, o, legend: false);
        model.Axes.Add(ChartRenderer.ValueAxis(valueLabel, o, AxisPosition.Bottom));
        LinearAxis y = ChartRenderer.ValueAxis("Iterations", o, AxisPosition.Left, "#,##0");
        y.Minimum = 0;
        model.Axes.Add(y);
        var bars = new RectangleBarSeries { Title = "Frequency", FillColor = ChartRenderer.Colour(ChartPalette.SkyBlue), StrokeColor = ChartRenderer.Colour(ChartPalette.Blue), StrokeThickness = 0.5 };
        for (int k = 0; k < counts.Length; k++)
        {
            bars.Items.Add(new RectangleBarItem(edges[k], 0, edges[k + 1], counts[k]));
        }

        model.Series.Add(bars);
        AddMarkers(model, o, p50, p80, deterministic);
        return ChartRenderer.Render(model, title, o);
    }

    private static Chart SCurveChart(string title, ChartOptions o, string valueLabel, (double Value, double Level)[] points, double p50, double p80, double? deterministic)
    {
        PlotModel model = ChartRenderer.NewModel(title, o, legend: false);
        model.Axes.Add(ChartRenderer.ValueAxis(valueLabel, o, AxisPosition.Bottom));
        LinearAxis y = ChartRenderer.ValueAxis("Cumulative probability", o, AxisPosition.Left, "0%");
        y.Minimum = 0;
        y.Maximum = 1;
        model.Axes.Add(y);
        var line = new LineSeries { Title = "P(value ≤ x)", Color = ChartRenderer.Colour(ChartPalette.Blue), StrokeThickness = 2 };
        foreach ((double v, double p) in points)
        {
            line.Points.Add(new DataPoint(v, p));
        }

        model.Series.Add(line);
        AddMarkers(model, o, p50, p80, deterministic);
        return ChartRenderer.Render(model, title, o);
    }

    private static void AddMarkers(PlotModel model, ChartOptions o, double p50, double p80, double? deterministic)
    {
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = p50, Text = "P50 = " + o.Format(p50), Color = ChartRenderer.Colour(ChartPalette.BluishGreen), LineStyle = LineStyle.Dash, StrokeThickness = 1.5 });
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = p80, Text = "P80 = " + o.Format(p80), Color = ChartRenderer.Colour(ChartPalette.Vermillion), LineStyle = LineStyle.DashDot, StrokeThickness = 1.5 });
        if (deterministic is { } d)
        {
            model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = d, Text = "Deterministic = " + o.Format(d), Color = ChartRenderer.Colour(ChartPalette.Black), LineStyle = LineStyle.Dot });
        }
    }

    private static SampleSummary Summary(IReadOnlyList<double> samples, string name)
    {
        Check.NotNull(samples, name);
        Check.NotEmpty(samples, name);
        Check.Finite(samples, name);
        return SampleSummary.Of([.. samples]);
    }

    private static void CheckMeasure(SimulationMeasure measure)
    {
        if (!Enum.IsDefined(measure))
        {
            throw new ArgumentOutOfRangeException(nameof(measure), measure, $"{nameof(measure)} must be Finish or Cost, but was {(int)measure}.");
        }
    }

    private static void CheckBins(int bins)
    {
        if (bins is < 1 or > MaxBins)
        {
            throw new ArgumentOutOfRangeException(nameof(bins), bins, $"{nameof(bins)} must lie in [1, {MaxBins}], but was {bins}.");
        }
    }
}
