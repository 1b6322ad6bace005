using System.Diagnostics.Contracts;
using System.Globalization;
using NodaTime;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Pmo.Core.Charts.Internal;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Charts;

/// <summary>Earned value charts: the S-curve of cumulative PV, EV and AC with BAC, the status date and the forecasts.</summary>
/// <remarks>
/// The curves follow the cumulative S-curve presentation of PMI, <i>Practice Standard for Earned Value Management</i>,
/// 2nd ed. (2011), fig. 4-2, with the cost forecast (EAC) drawn as a dashed extension of AC to the forecast finish and
/// the earned-schedule duration forecast IEAC(t) (Lipke, W. (2003), "Schedule is Different", <i>The Measurable News</i>)
/// as a finish marker. Undefined values (a null EAC or IEAC(t), a null element of a plain series) are gaps, never zeros;
/// the chart's <see cref="Chart.Diagnostics"/> say what was left out.
/// </remarks>
public static class EarnedValueCharts
{
    /// <summary>
    /// The S-curve of a project: cumulative PV from the baseline (from its start at 0 to the planned finish), EV and AC at
    /// the status points (history and current), BAC, the status date and, when <paramref name="analysis"/> is given, the
    /// primary EAC projected from the current AC to the primary duration forecast's finish date (dashed) with an IEAC(t)
    /// finish marker.
    /// </summary>
    /// <param name="baseline">The time-phased baseline (PV).</param>
    /// <param name="status">The status with its history (EV and AC).</param>
    /// <param name="analysis">The analysis at the status date for the forecasts, or null for none.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseline"/> or <paramref name="status"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="analysis"/> is for another status date than <paramref name="status"/>.</exception>
    /// <example><code>
    /// var analysis = EarnedValueAnalyzer.Analyze(baseline, status);
    /// Chart chart = EarnedValueCharts.SCurve(baseline, status, analysis);
    /// string html = chart.ToHtml();
    /// </code></example>
    [Pure]
    public static Chart SCurve(TimePhasedBaseline baseline, ProjectStatus status, EarnedValueAnalysis? analysis = null, ChartOptions? options = null)
    {
        Check.NotNull(baseline, nameof(baseline));
        Check.NotNull(status, nameof(status));
        if (analysis is not null && analysis.StatusDate != status.StatusDate)
        {
            throw new ArgumentException($"{nameof(analysis)} is for status date {analysis.StatusDate:yyyy-MM-dd}, but {nameof(status)} is at {status.StatusDate:yyyy-MM-dd}; analyse the same status.", nameof(analysis));
        }

        ChartOptions o = options ?? ChartOptions.Default;
        var pv = new List<DataPoint>(baseline.PeriodCount + 1) { new(ChartRenderer.X(baseline.Start), 0) };
        for (int k = 0; k < baseline.PeriodCount; k++)
        {
            pv.Add(new DataPoint(ChartRenderer.X(baseline.PeriodEnds[k]), baseline.CumulativePlannedValue[k]));
        }

        var ev = new List<DataPoint>();
        var ac = new List<DataPoint>();
        foreach (StatusPoint p in status.Series)
        {
            ev.Add(new DataPoint(ChartRenderer.X(p.Date), p.EarnedValue));
            ac.Add(new DataPoint(ChartRenderer.X(p.Date), p.ActualCost));
        }

        var notes = new List<Diagnostic>();
        Forecast? forecast = null;
        if (analysis is not null)
        {
            double? eac = analysis.PrimaryEac.EstimateAtCompletion;
            DurationForecast duration = analysis.Schedule.PrimaryForecast;
            LocalDate? finish = duration.FinishDate;
            if (eac is null)
            {
                notes.Add(new Diagnostic(DiagnosticKind.Undefined, "EAC", $"The primary EAC ({analysis.PrimaryEac.Method}) is undefined at {analysis.StatusDate:yyyy-MM-dd}; no cost forecast is drawn."));
            }

            if (finish is null)
            {
                notes.Add(new Diagnostic(DiagnosticKind.Undefined, "IEAC(t)", $"The primary duration forecast ({duration.Method}) is undefined at {analysis.StatusDate:yyyy-MM-dd}; no finish marker or AC extension is drawn."));
            }

            forecast = new Forecast(
                eac,
                $"EAC ({analysis.PrimaryEac.Method})",
                finish is { } f ? ChartRenderer.X(f) : null,
                finish is { } g ? $"IEAC(t) finish {g.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "");
        }

        string title = ChartRenderer.TitleOf(o, "Earned value S-curve");
        PlotModel model = ChartRenderer.NewModel(title, o);
        model.Axes.Add(ChartRenderer.DateAxis("Date", o));
        StatusPoint current = status.Current;
        Build(model, o, pv, ev, ac, baseline.BudgetAtCompletion, ChartRenderer.X(current.Date), $"Status date {current.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", current.ActualCost, forecast);
        return ChartRenderer.Render(model, title, o, notes);
    }

    /// <summary>
    /// The S-curve of plain cumulative series by period number: <paramref name="plannedValue"/>[k],
    /// <paramref name="earnedValue"/>[k] and <paramref name="actualCost"/>[k] are the cumulative values at the end of
    /// period k + 1; PV starts at (0, 0). Null EV or AC elements are gaps (e.g. periods after the status date).
    /// </summary>
    /// <param name="plannedValue">Cumulative PV per period (finite, at least one).</param>
    /// <param name="earnedValue">Cumulative EV per period (finite or null; any length).</param>
    /// <param name="actualCost">Cumulative AC per period (finite or null; any length).</param>
    /// <param name="budgetAtCompletion">BAC, or null for the last PV.</param>
    /// <param name="statusPeriod">The status period (a vertical marker; the AC extension starts at its AC), or null for none.</param>
    /// <param name="estimateAtCompletion">EAC, or null for no cost forecast.</param>
    /// <param name="forecastFinishPeriod">The forecast finish period, IEAC(t), or null for none.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">A series is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plannedValue"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite, or <paramref name="statusPeriod"/> or <paramref name="forecastFinishPeriod"/> is negative.</exception>
    /// <example><code>
    /// Chart chart = EarnedValueCharts.SCurveFromSeries([100, 250, 450, 700, 1000], [90, 230, null, null, null], [95, 260, null, null, null], statusPeriod: 2);
    /// </code></example>
    [Pure]
    public static Chart SCurveFromSeries(
        IReadOnlyList<double> plannedValue,
        IReadOnlyList<double?> earnedValue,
        IReadOnlyList<double?> actualCost,
        double? budgetAtCompletion = null,
        double? statusPeriod = null,
        double? estimateAtCompletion = null,
        double? forecastFinishPeriod = null,
        ChartOptions? options = null)
    {
        Check.NotNull(plannedValue, nameof(plannedValue));
        Check.NotNull(earnedValue, nameof(earnedValue));
        Check.NotNull(actualCost, nameof(actualCost));
        Check.NotEmpty(plannedValue, nameof(plannedValue));
        Check.Finite(plannedValue, nameof(plannedValue));
        Check.Finite(earnedValue, nameof(earnedValue));
        Check.Finite(actualCost, nameof(actualCost));
        if (budgetAtCompletion is { } b)
        {
            Check.Finite(b, nameof(budgetAtCompletion));
        }

        CheckPeriod(statusPeriod, nameof(statusPeriod));
        CheckPeriod(forecastFinishPeriod, nameof(forecastFinishPeriod));
        if (estimateAtCompletion is { } e)
        {
            Check.Finite(e, nameof(estimateAtCompletion));
        }

        ChartOptions o = options ?? ChartOptions.Default;
        var pv = new List<DataPoint>(plannedValue.Count + 1) { new(0, 0) };
        for (int k = 0; k < plannedValue.Count; k++)
        {
            pv.Add(new DataPoint(k + 1, plannedValue[k]));
        }

        List<DataPoint> ev = Points(earnedValue);
        List<DataPoint> ac = Points(actualCost);
        double? acAtStatus = null;
        if (statusPeriod is { } sp)
        {
            int i = (int)Math.Round(sp) - 1;
            acAtStatus = sp == Math.Round(sp) && i >= 0 && i < actualCost.Count ? actualCost[i] : null;
        }

        var notes = new List<Diagnostic>();
        Forecast? forecast = null;
        if (estimateAtCompletion is not null || forecastFinishPeriod is not null)
        {
            forecast = new Forecast(estimateAtCompletion, "EAC", forecastFinishPeriod, forecastFinishPeriod is { } f ? $"IEAC(t) finish {f.ToString(o.ValueFormat, o.Culture)}" : "");
            if (estimateAtCompletion is not null && forecastFinishPeriod is not null && acAtStatus is null)
            {
                notes.Add(new Diagnostic(DiagnosticKind.Undefined, "AC", "No AC at a whole status period is known; the dashed AC extension to the EAC is not drawn."));
            }
        }

        string title = ChartRenderer.TitleOf(o, "Earned value S-curve");
        PlotModel model = ChartRenderer.NewModel(title, o);
        model.Axes.Add(ChartRenderer.ValueAxis("Period", o, AxisPosition.Bottom, "0.##"));
        Build(model, o, pv, ev, ac, budgetAtCompletion ?? plannedValue[^1], statusPeriod, statusPeriod is { } s ? $"Status period {s.ToString("0.##", o.Culture)}" : "", acAtStatus, forecast);
        return ChartRenderer.Render(model, title, o, notes);
    }

    private static void CheckPeriod(double? period, string name)
    {
        if (period is { } p && (!double.IsFinite(p) || p < 0))
        {
            throw new ArgumentOutOfRangeException(name, p, $"{name} must be a finite period number ≥ 0, but was {p.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    private static List<DataPoint> Points(IReadOnlyList<double?> values)
    {
        var points = new List<DataPoint>(values.Count);
        for (int k = 0; k < values.Count; k++)
        {
            points.Add(values[k] is { } v ? new DataPoint(k + 1, v) : DataPoint.Undefined);
        }

        return points;
    }

    private static void Build(PlotModel model, ChartOptions o, List<DataPoint> pv, List<DataPoint> ev, List<DataPoint> ac, double bac, double? statusX, string statusLabel, double? acAtStatus, Forecast? forecast)
    {
        LinearAxis y = ChartRenderer.ValueAxis("Cumulative value", o);
        y.MaximumPadding = 0.08;
        model.Axes.Add(y);
        model.Axes[0].MaximumPadding = 0.04;
        var pvSeries = new LineSeries { Title = "PV (planned value)", Color = ChartRenderer.Colour(ChartPalette.Blue), StrokeThickness = 2 };
        pvSeries.Points.AddRange(pv);
        var evSeries = new LineSeries { Title = "EV (earned value)", Color = ChartRenderer.Colour(ChartPalette.BluishGreen), StrokeThickness = 2, MarkerType = MarkerType.Circle, MarkerSize = 3, MarkerFill = ChartRenderer.Colour(ChartPalette.BluishGreen) };
        evSeries.Points.AddRange(ev);
        var acSeries = new LineSeries { Title = "AC (actual cost)", Color = ChartRenderer.Colour(ChartPalette.Vermillion), StrokeThickness = 2, MarkerType = MarkerType.Square, MarkerSize = 3, MarkerFill = ChartRenderer.Colour(ChartPalette.Vermillion) };
        acSeries.Points.AddRange(ac);
        model.Series.Add(pvSeries);
        model.Series.Add(evSeries);
        model.Series.Add(acSeries);
        model.Annotations.Add(new LineAnnotation
        {
            Type = LineAnnotationType.Horizontal,
            Y = bac,
            Text = "BAC " + o.Format(bac),
            Color = ChartRenderer.Colour(ChartPalette.Black),
            LineStyle = LineStyle.Dash,
            TextHorizontalAlignment = HorizontalAlignment.Left,
            TextLinePosition = 0,
        });
        if (statusX is { } sx)
        {
            model.Annotations.Add(new LineAnnotation
            {
                Type = LineAnnotationType.Vertical,
                X = sx,
                Text = statusLabel,
                Color = OxyColor.FromRgb(0x66, 0x66, 0x66),
                LineStyle = LineStyle.Dot,
            });
        }

        if (forecast is not { } f)
        {
            return;
        }

        if (f.Eac is { } eac)
        {
            model.Annotations.Add(new LineAnnotation
            {
                Type = LineAnnotationType.Horizontal,
                Y = eac,
                Text = f.EacLabel + " " + o.Format(eac),
                Color = ChartRenderer.Colour(ChartPalette.Vermillion),
                LineStyle = LineStyle.Dot,
                TextHorizontalAlignment = HorizontalAlignment.Left,
            TextLinePosition = 0,
            });
            if (f.FinishX is { } fx && statusX is { } x0 && acAtStatus is { } a0)
            {
                var projection = new LineSeries { Title = "EAC forecast", Color = ChartRenderer.Colour(ChartPalette.Vermillion), StrokeThickness = 2, LineStyle = LineStyle.Dash };
                projection.Points.Add(new DataPoint(x0, a0));
                projection.Points.Add(new DataPoint(fx, eac));
                model.Series.Add(projection);
            }
        }

        if (f.FinishX is { } finish)
        {
            model.Annotations.Add(new LineAnnotation
            {
                Type = LineAnnotationType.Vertical,
                X = finish,
                Text = f.FinishLabel,
                Color = ChartRenderer.Colour(ChartPalette.ReddishPurple),
                LineStyle = LineStyle.DashDot,
            });
        }
    }

    private readonly record struct Forecast(double? Eac, string EacLabel, double? FinishX, string FinishLabel);
}
