using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Pmo.Core.Charts;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Benchmarks.Charts;

/// <summary>
/// Chart rendering to SVG. S-curve: 520 weekly baseline periods (10 years), 260 weekly status points, with the analysis's
/// forecast. Heat map: 50 roles × 36 periods of utilisation with a label per cell. Baseline of each: the raw OxyPlot
/// model of the same data (same series, axes and labels) exported with <c>SvgExporter.ExportToString</c>, so the
/// difference is the cost of our layer (validation, labels, pixel text metrics, id prefixing, title).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ChartBenchmarks
{
    private const int Weeks = 520;
    private const int StatusWeeks = 260;
    private const int Roles = 50;
    private const int Periods = 36;
    private TimePhasedBaseline baseline = null!;
    private Pmo.Core.EarnedValue.ProjectStatus status = null!;
    private EarnedValueAnalysis analysis = null!;
    private string[] roles = null!;
    private string[] periods = null!;
    private double?[,] utilisation = null!;

    [GlobalSetup]
    public void Setup()
    {
        var start = new LocalDate(2026, 1, 5);
        LocalDate[] ends = [.. Enumerable.Range(1, Weeks).Select(w => start.PlusWeeks(w))];
        double[] weekly = [.. Enumerable.Range(0, Weeks).Select(w => 1000 + (500 * Math.Sin(Math.PI * w / Weeks)))];
        baseline = TimePhasedBaseline.FromPeriodValues(start, ends, weekly);
        var points = new List<StatusPoint>(StatusWeeks);
        double ev = 0, ac = 0;
        for (int w = 0; w < StatusWeeks; w++)
        {
            ev += weekly[w] * 0.95;
            ac += weekly[w] * 1.05;
            points.Add(new StatusPoint(ends[w], ev, ac));
        }

        status = new Pmo.Core.EarnedValue.ProjectStatus(points[^1], points.Take(StatusWeeks - 1));
        analysis = EarnedValueAnalyzer.Analyze(baseline, status);
        roles = [.. Enumerable.Range(1, Roles).Select(r => $"Role {r:00}")];
        periods = [.. Enumerable.Range(1, Periods).Select(t => $"P{t:00}")];
        utilisation = new double?[Roles, Periods];
        for (int r = 0; r < Roles; r++)
        {
            for (int t = 0; t < Periods; t++)
            {
                utilisation[r, t] = (r + t) % 17 == 0 ? null : ((r * 37) + (t * 11)) % 130 / 100.0;
            }
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("S-curve 520 weeks")]
    public string SCurveRawOxyPlot()
    {
        var model = new PlotModel { Title = "Earned value S-curve" };
        model.Axes.Add(new DateTimeAxis { Position = AxisPosition.Bottom, StringFormat = "yyyy-MM-dd" });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, StringFormat = "#,##0.##" });
        var pv = new LineSeries { Title = "PV" };
        pv.Points.Add(new DataPoint(DateTimeAxis.ToDouble(baseline.Start.ToDateTimeUnspecified()), 0));
        for (int k = 0; k < baseline.PeriodCount; k++)
        {
            pv.Points.Add(new DataPoint(DateTimeAxis.ToDouble(baseline.PeriodEnds[k].ToDateTimeUnspecified()), baseline.CumulativePlannedValue[k]));
        }

        var evs = new LineSeries { Title = "EV", MarkerType = MarkerType.Circle };
        var acs = new LineSeries { Title = "AC", MarkerType = MarkerType.Square };
        foreach (StatusPoint p in status.Series)
        {
            double x = DateTimeAxis.ToDouble(p.Date.ToDateTimeUnspecified());
            evs.Points.Add(new DataPoint(x, p.EarnedValue));
            acs.Points.Add(new DataPoint(x, p.ActualCost));
        }

        model.Series.Add(pv);
        model.Series.Add(evs);
        model.Series.Add(acs);
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = baseline.BudgetAtCompletion, Text = "BAC" });
        return SvgExporter.ExportToString(model, 800, 450, false);
    }

    [Benchmark]
    [BenchmarkCategory("S-curve 520 weeks")]
    public string SCurveChart() => EarnedValueCharts.SCurve(baseline, status, analysis).Svg;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Heat map 50x36")]
    public string HeatMapRawOxyPlot()
    {
        var model = new PlotModel { Title = "Utilisation" };
        model.Axes.Add(new LinearColorAxis { Position = AxisPosition.Right, Palette = OxyPalettes.Cool(24), Minimum = 0, Maximum = 1, HighColor = OxyColors.Red, InvalidNumberColor = OxyColors.LightGray });
        var x = new CategoryAxis { Position = AxisPosition.Bottom, Key = "x", GapWidth = 0 };
        x.Labels.AddRange(periods);
        var y = new CategoryAxis { Position = AxisPosition.Left, Key = "y", GapWidth = 0 };
        y.Labels.AddRange(roles);
        model.Axes.Add(x);
        model.Axes.Add(y);
        var data = new double[Periods, Roles];
        for (int r = 0; r < Roles; r++)
        {
            for (int t = 0; t < Periods; t++)
            {
                double? u = utilisation[r, t];
                data[t, r] = u ?? double.NaN;
                model.Annotations.Add(new TextAnnotation { XAxisKey = "x", YAxisKey = "y", TextPosition = new DataPoint(t, r), Text = u is { } v ? (v * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "n/a", Stroke = OxyColors.Undefined, FontSize = 6 });
            }
        }

        model.Series.Add(new HeatMapSeries { X0 = 0, X1 = Periods - 1, Y0 = 0, Y1 = Roles - 1, Data = data, XAxisKey = "x", YAxisKey = "y", RenderMethod = HeatMapRenderMethod.Rectangles, Interpolate = false });
        return SvgExporter.ExportToString(model, 800, 450, false);
    }

    [Benchmark]
    [BenchmarkCategory("Heat map 50x36")]
    public string HeatMapChart() => CapacityCharts.HeatMapFromValues(roles, periods, utilisation).Svg;
}
