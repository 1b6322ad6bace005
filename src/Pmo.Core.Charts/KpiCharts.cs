using System.Diagnostics.Contracts;
using NodaTime;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Pmo.Core.Charts.Internal;
using Pmo.Core.Common;
using Pmo.Core.Kpis;
using Pmo.Core.Kpis.Spc;

namespace Pmo.Core.Charts;

/// <summary>KPI charts: the XmR (process behaviour) chart with its limits and signals, and a KPI trend with its target and tolerance bands.</summary>
/// <remarks>
/// The XmR chart follows Wheeler, D. J. (2000), <i>Understanding Variation</i>, 2nd ed., ch. 3–5: individual values,
/// the centre line and the natural process limits UNPL/LNPL per phase, and optionally the moving-range chart with its
/// upper range limit URL. Signal points carry a distinct marker (not only a colour) and their rule ids as text.
/// Undefined limits (too few moving ranges) and missing observations are gaps, never zeros.
/// </remarks>
public static class KpiCharts
{
    /// <summary>The XmR chart of a result: values, per-phase centre line and natural process limits, signals (when <paramref name="evaluation"/> is given) and optionally the moving-range chart beneath.</summary>
    /// <param name="chart">The XmR result.</param>
    /// <param name="evaluation">The rule evaluation of <paramref name="chart"/>, or null for no signals.</param>
    /// <param name="movingRange">Whether to draw the moving-range chart beneath the values.</param>
    /// <param name="labels">One x-axis label per value (e.g. dates), or null for the observation numbers 1 … n.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="labels"/> has another length than the values, or a signal of <paramref name="evaluation"/> lies outside them.</exception>
    /// <example><code>
    /// XmrChartResult xmr = XmrChart.Compute(values);
    /// SpcEvaluation signals = SpcRules.Evaluate(xmr, SpcRuleSets.WesternElectric);
    /// Chart chart = KpiCharts.Xmr(xmr, signals, movingRange: true);
    /// </code></example>
    [Pure]
    public static Chart Xmr(XmrChartResult chart, SpcEvaluation? evaluation = null, bool movingRange = false, IReadOnlyList<string>? labels = null, ChartOptions? options = null)
    {
        Check.NotNull(chart, nameof(chart));
        int n = chart.Values.Length;
        if (labels is not null)
        {
            Check.SameLength(n, "the chart's values", labels.Count, nameof(labels));
        }

        if (evaluation is not null)
        {
            foreach (SpcSignal s in evaluation.Signals)
            {
                if (s.Index < 0 || s.Index >= n)
                {
                    throw new ArgumentException($"{nameof(evaluation)} has a signal at index {s.Index}, outside the chart's {n} values; evaluate the same chart.", nameof(evaluation));
                }
            }
        }

        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, movingRange ? "XmR chart (individuals and moving ranges)" : "XmR chart (individuals)");
        PlotModel model = ChartRenderer.NewModel(title, o);
        double offset = labels is null ? 1 : 0;
        if (labels is null)
        {
            model.Axes.Add(ChartRenderer.ValueAxis("Observation", o, AxisPosition.Bottom, "0"));
        }
        else
        {
            var axis = new CategoryAxis { Position = AxisPosition.Bottom, Title = "Observation", FontSize = o.FontSize };
            axis.Labels.AddRange(labels);
            model.Axes.Add(axis);
        }

        LinearAxis valueAxis = ChartRenderer.ValueAxis("Value", o);
        valueAxis.Key = "x";
        valueAxis.MaximumPadding = 0.12;
        if (movingRange)
        {
            valueAxis.StartPosition = 0.36;
        }

        model.Axes.Add(valueAxis);
        var values = new LineSeries { Title = "Values", YAxisKey = "x", Color = ChartRenderer.Colour(ChartPalette.Blue), StrokeThickness = 1.5, MarkerType = MarkerType.Circle, MarkerSize = 3, MarkerFill = ChartRenderer.Colour(ChartPalette.Blue) };
        for (int i = 0; i < n; i++)
        {
            values.Points.Add(new DataPoint(i + offset, chart.Values[i]));
        }

        model.Series.Add(values);
        var notes = new List<Diagnostic>();
        model.Series.Add(PhaseLine("Centre line", "x", chart, offset, p => p.Centre, ChartPalette.Black, LineStyle.Solid));
        model.Series.Add(PhaseLine("UNPL", "x", chart, offset, p => p.UpperLimit, ChartPalette.Vermillion, LineStyle.Dash));
        model.Series.Add(PhaseLine("LNPL", "x", chart, offset, p => p.LowerLimit, ChartPalette.Vermillion, LineStyle.Dash));
        foreach (XmrPhase p in chart.Phases)
        {
            if (p.UpperLimit is null)
            {
                notes.Add(new Diagnostic(DiagnosticKind.Undefined, "UNPL", $"Phase {p.Number} has no natural process limits (too few moving ranges); they are a gap."));
            }
        }

        if (evaluation is not null)
        {
            AddSignals(model, chart, evaluation, offset);
        }

        if (movingRange)
        {
            LinearAxis mrAxis = ChartRenderer.ValueAxis("Moving range", o);
            mrAxis.Key = "mr";
            mrAxis.EndPosition = 0.30;
            mrAxis.Minimum = 0;
            model.Axes.Add(mrAxis);
            var mr = new LineSeries { Title = "Moving range", YAxisKey = "mr", Color = ChartRenderer.Colour(ChartPalette.BluishGreen), StrokeThickness = 1.5, MarkerType = MarkerType.Square, MarkerSize = 2.5, MarkerFill = ChartRenderer.Colour(ChartPalette.BluishGreen) };
            for (int i = 0; i < n; i++)
            {
                double r = chart.MovingRanges[i];
                mr.Points.Add(double.IsNaN(r) ? DataPoint.Undefined : new DataPoint(i + offset, r));
            }

            model.Series.Add(mr);
            model.Series.Add(PhaseLine("URL", "mr", chart, offset, p => p.UpperRangeLimit, ChartPalette.Vermillion, LineStyle.Dot));
        }

        return ChartRenderer.Render(model, title, o, notes);
    }

    /// <summary>
    /// The trend of a KPI: one line per subject (observations in date order; a missing value is a gap), the target as a
    /// step line, the tolerance bands as labelled shaded ranges (when <see cref="KpiDefinition.BandMode"/> is
    /// <see cref="BandMode.Absolute"/>) and the target range of a target-band direction.
    /// </summary>
    /// <param name="definition">The KPI.</param>
    /// <param name="observations">Its observations (one or more subjects; every observation of this KPI).</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart. Bands in a ratio mode (percent of target, achievement, percent of range) are not in value space and are left out with a diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> or <paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="observations"/> is empty, has a null element or an observation of another KPI.</exception>
    /// <example><code>
    /// Chart chart = KpiCharts.Trend(onTimeDelivery, observations);
    /// </code></example>
    [Pure]
    public static Chart Trend(KpiDefinition definition, IEnumerable<KpiObservation> observations, ChartOptions? options = null)
    {
        Check.NotNull(definition, nameof(definition));
        Check.NotNull(observations, nameof(observations));
        KpiObservation[] all = [.. observations];
        Check.NotEmpty(all, nameof(observations));
        Check.NoNullElements(all, nameof(observations));
        foreach (KpiObservation ob in all)
        {
            if (!string.Equals(ob.KpiId, definition.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"{nameof(observations)} has an observation of KPI '{ob.KpiId}', but the definition is '{definition.Id}'.", nameof(observations));
            }
        }

        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, definition.Name + (definition.Unit.Length > 0 ? $" ({definition.Unit})" : ""));
        var subjects = all.GroupBy(ob => ob.SubjectId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        var lines = new List<(string Name, List<(LocalDate Date, double? Value)> Points)>();
        foreach (var g in subjects)
        {
            string name = subjects.Length == 1 ? definition.Name : g.Key;
            lines.Add((name, [.. g.OrderBy(ob => ob.Date).Select(ob => (ob.Date, ob.Value))]));
        }

        var notes = new List<Diagnostic>();
        IReadOnlyList<ToleranceBand> bands = [];
        if (definition.Bands is { } set)
        {
            if (definition.BandMode == BandMode.Absolute)
            {
                bands = set.Bands;
            }
            else
            {
                notes.Add(new Diagnostic(DiagnosticKind.Information, "Bands", $"The bands of '{definition.Id}' are in {definition.BandMode} (a ratio, not the KPI's value); they are not drawn."));
            }
        }

        (double, double)? range = definition.Direction.Kind == KpiDirectionKind.TargetBand ? (definition.Direction.Low, definition.Direction.High) : null;
        return TrendChart(title, o, lines, definition.Targets.Targets, bands, range, notes);
    }

    /// <summary>A trend of plain dated values with an optional constant target and tolerance bands (in value space).</summary>
    /// <param name="dates">The dates, non-decreasing.</param>
    /// <param name="values">One value per date, finite or null (a gap).</param>
    /// <param name="target">A constant target, or null for none.</param>
    /// <param name="bands">Tolerance bands over the value, or null for none.</param>
    /// <param name="seriesName">The legend label of the values.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/>, <paramref name="values"/> or <paramref name="seriesName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dates"/> is empty or decreasing, <paramref name="values"/> has another length, <paramref name="bands"/> has a null element, or <paramref name="seriesName"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value or the target is NaN or infinite.</exception>
    /// <example><code>
    /// Chart chart = KpiCharts.TrendFromValues(dates, [0.91, 0.93, null, 0.88], target: 0.95,
    ///     bands: BandSet.HigherIsBetter(StatusScale.Rag, 0.85, 0.95).Bands);
    /// </code></example>
    [Pure]
    public static Chart TrendFromValues(IReadOnlyList<LocalDate> dates, IReadOnlyList<double?> values, double? target = null, IEnumerable<ToleranceBand>? bands = null, string seriesName = "Value", ChartOptions? options = null)
    {
        Check.NotNull(dates, nameof(dates));
        Check.NotNull(values, nameof(values));
        Check.NotNull(seriesName, nameof(seriesName));
        Check.NotEmpty(dates, nameof(dates));
        Check.SameLength(dates.Count, nameof(dates), values.Count, nameof(values));
        Check.Finite(values, nameof(values));
        for (int i = 1; i < dates.Count; i++)
        {
            if (dates[i] < dates[i - 1])
            {
                throw new ArgumentException($"{nameof(dates)} must be non-decreasing, but {nameof(dates)}[{i}] = {dates[i]:yyyy-MM-dd} is before {dates[i - 1]:yyyy-MM-dd}.", nameof(dates));
            }
        }

        if (string.IsNullOrWhiteSpace(seriesName))
        {
            throw new ArgumentException($"{nameof(seriesName)} must not be blank.", nameof(seriesName));
        }

        if (target is { } t)
        {
            Check.Finite(t, nameof(target));
        }

        ToleranceBand[] bandArray = bands is null ? [] : [.. bands];
        Check.NoNullElements(bandArray, nameof(bands));
        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, seriesName);
        var points = new List<(LocalDate, double?)>(dates.Count);
        for (int i = 0; i < dates.Count; i++)
        {
            points.Add((dates[i], values[i]));
        }

        KpiTarget[] targets = target is { } tv ? [new KpiTarget(dates[0], tv)] : [];
        return TrendChart(title, o, [(seriesName, points)], targets, bandArray, null, []);
    }

    private static Chart TrendChart(string title, ChartOptions o, List<(string Name, List<(LocalDate Date, double? Value)> Points)> lines, IReadOnlyList<KpiTarget> targets, IReadOnlyList<ToleranceBand> bands, (double Low, double High)? range, List<Diagnostic> notes)
    {
        PlotModel model = ChartRenderer.NewModel(title, o);
        model.Axes.Add(ChartRenderer.DateAxis("Date", o));
        LinearAxis y = ChartRenderer.ValueAxis("Value", o);
        y.MinimumPadding = 0.06;
        y.MaximumPadding = 0.06;
        model.Axes.Add(y);
        LocalDate first = lines.Min(l => l.Points[0].Date);
        LocalDate last = lines.Max(l => l.Points[^1].Date);
        int levels = bands.Count == 0 ? 0 : bands.Max(b => b.Level.Rank) + 1;
        foreach (ToleranceBand band in bands)
        {
            var rect = new RectangleAnnotation
            {
                Fill = ChartRenderer.Colour(ChartRenderer.ZoneColour(band.Level.Rank, levels), 56),
                Text = band.Level.Label,
                TextHorizontalAlignment = HorizontalAlignment.Left,
                TextColor = OxyColor.FromRgb(0x33, 0x33, 0x33),
                Layer = AnnotationLayer.BelowSeries,
            };
            if (double.IsFinite(band.Lower))
            {
                rect.MinimumY = band.Lower;
            }

            if (double.IsFinite(band.Upper))
            {
                rect.MaximumY = band.Upper;
            }

            model.Annotations.Add(rect);
        }

        if (range is { } r)
        {
            model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = r.Low, Text = "Range low " + o.Format(r.Low), LineStyle = LineStyle.Dot, Color = ChartRenderer.Colour(ChartPalette.BluishGreen) });
            model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = r.High, Text = "Range high " + o.Format(r.High), LineStyle = LineStyle.Dot, Color = ChartRenderer.Colour(ChartPalette.BluishGreen) });
        }

        int k = 0;
        MarkerType[] markers = [MarkerType.Circle, MarkerType.Square, MarkerType.Triangle, MarkerType.Diamond];
        foreach ((string name, List<(LocalDate Date, double? Value)> points) in lines)
        {
            string colour = ChartPalette.Series[k % ChartPalette.Series.Length];
            var s = new LineSeries { Title = name, Color = ChartRenderer.Colour(colour), StrokeThickness = 2, MarkerType = markers[k % markers.Length], MarkerSize = 3, MarkerFill = ChartRenderer.Colour(colour) };
            foreach ((LocalDate date, double? value) in points)
            {
                s.Points.Add(value is { } v ? new DataPoint(ChartRenderer.X(date), v) : DataPoint.Undefined);
            }

            model.Series.Add(s);
            k++;
        }

        KpiTarget[] inForce = [.. targets.OrderBy(t => t.EffectiveFrom)];
        if (inForce.Length > 0)
        {
            var step = new LineSeries { Title = "Target", Color = ChartRenderer.Colour(ChartPalette.Black), StrokeThickness = 1.5, LineStyle = LineStyle.Dash };
            for (int i = 0; i < inForce.Length; i++)
            {
                LocalDate from = inForce[i].EffectiveFrom < first ? first : inForce[i].EffectiveFrom;
                LocalDate to = i + 1 < inForce.Length ? inForce[i + 1].EffectiveFrom : last;
                if (to < from || from > last)
                {
                    continue;
                }

                step.Points.Add(new DataPoint(ChartRenderer.X(from), inForce[i].Value));
                step.Points.Add(new DataPoint(ChartRenderer.X(to), inForce[i].Value));
            }

            model.Series.Add(step);
        }

        return ChartRenderer.Render(model, title, o, notes);
    }

    private static LineSeries PhaseLine(string name, string axisKey, XmrChartResult chart, double offset, Func<XmrPhase, double?> value, string colour, LineStyle style)
    {
        var s = new LineSeries { Title = name, YAxisKey = axisKey, Color = ChartRenderer.Colour(colour), StrokeThickness = 1.5, LineStyle = style };
        for (int k = 0; k < chart.Phases.Length; k++)
        {
            XmrPhase p = chart.Phases[k];
            if (k > 0)
            {
                s.Points.Add(DataPoint.Undefined);
            }

            if (value(p) is { } v)
            {
                s.Points.Add(new DataPoint(p.StartIndex + offset, v));
                s.Points.Add(new DataPoint(p.EndIndex - 1 + offset, v));
            }
        }

        return s;
    }

    private static void AddSignals(PlotModel model, XmrChartResult chart, SpcEvaluation evaluation, double offset)
    {
        (SignalInterpretation Kind, string Name, string Colour, MarkerType Marker)[] kinds =
        [
            (SignalInterpretation.Concern, "Signal (concern)", ChartPalette.Vermillion, MarkerType.Diamond),
            (SignalInterpretation.Improvement, "Signal (improvement)", ChartPalette.BluishGreen, MarkerType.Triangle),
            (SignalInterpretation.Neutral, "Signal", ChartPalette.Orange, MarkerType.Diamond),
        ];
        var byIndex = evaluation.Signals.GroupBy(s => s.Index).OrderBy(g => g.Key).ToArray();
        foreach ((SignalInterpretation kind, string name, string colour, MarkerType marker) in kinds)
        {
            var points = byIndex.Where(g => g.Max(s => s.Interpretation) == kind).ToArray();
            if (points.Length == 0)
            {
                continue;
            }

            var series = new ScatterSeries { Title = name, YAxisKey = "x", MarkerType = marker, MarkerSize = 6, MarkerFill = ChartRenderer.Colour(colour), MarkerStroke = ChartRenderer.Colour(ChartPalette.Black) };
            foreach (var g in points)
            {
                series.Points.Add(new ScatterPoint(g.Key + offset, chart.Values[g.Key]));
                model.Annotations.Add(new TextAnnotation
                {
                    YAxisKey = "x",
                    TextPosition = new DataPoint(g.Key + offset, chart.Values[g.Key]),
                    Text = string.Join(",", g.Select(s => s.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                    Stroke = OxyColors.Undefined,
                    TextVerticalAlignment = VerticalAlignment.Bottom,
                    Offset = new ScreenVector(0, -6),
                    FontSize = 9,
                });
            }

            model.Series.Add(series);
        }
    }
}
