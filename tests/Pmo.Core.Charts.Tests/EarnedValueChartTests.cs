using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Charts.Tests;

public class EarnedValueChartTests
{
    private static Chart Full() =>
        EarnedValueCharts.SCurve(Fixtures.Baseline(), Fixtures.Status(), EarnedValueAnalyzer.Analyze(Fixtures.Baseline(), Fixtures.Status()));

    [Fact]
    public void Legend_has_pv_ev_ac_and_the_forecast()
    {
        List<string> texts = SvgKit.Texts(Full());
        Assert.Contains("PV (planned value)", texts);
        Assert.Contains("EV (earned value)", texts);
        Assert.Contains("AC (actual cost)", texts);
        Assert.Contains("EAC forecast", texts);
    }

    [Fact]
    public void One_point_per_period_end_plus_the_start_for_pv_and_one_per_status_for_ev_and_ac()
    {
        Chart chart = Full();
        var pv = Assert.Single(SvgKit.SeriesLines(chart, ChartPalette.Blue));
        Assert.Equal(6, pv.Length); // start (0) + 5 period ends
        Assert.Equal(3, Assert.Single(SvgKit.SeriesLines(chart, ChartPalette.BluishGreen)).Length);
        Assert.Equal(3, Assert.Single(SvgKit.SeriesLines(chart, ChartPalette.Vermillion)).Length);
    }

    [Fact]
    public void Pv_runs_left_to_right_and_larger_values_are_higher()
    {
        var pv = SvgKit.SeriesLines(Full(), ChartPalette.Blue)[0];
        SvgKit.StrictlyIncreasing(pv.Select(p => p.X));
        SvgKit.StrictlyIncreasing(pv.Select(p => -p.Y)); // cumulative PV 0, 100, 250, 450, 700, 1000 rises: SVG y falls
    }

    [Fact]
    public void Markers_show_bac_status_date_eac_and_the_ieac_t_finish()
    {
        // BAC = 100 + 150 + 200 + 250 + 300 = 1,000. CPI = 400 / 480, EAC = BAC / CPI = 1,000 × 480 / 400 = 1,200.
        List<string> texts = SvgKit.Texts(Full());
        Assert.Contains("BAC 1,000", texts);
        Assert.Contains("Status date 2026-03-31", texts);
        Assert.Contains(texts, t => t.StartsWith("EAC (", StringComparison.Ordinal) && t.EndsWith(" 1,200", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("IEAC(t) finish 2026-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_eac_projection_starts_at_the_current_ac_and_rises_to_the_right()
    {
        Chart chart = Full();
        var ac = SvgKit.SeriesLines(chart, ChartPalette.Vermillion)[0];
        var projection = Assert.Single(SvgKit.SeriesLines(chart, ChartPalette.Vermillion, dashed: true));
        Assert.Equal(2, projection.Length);
        Assert.Equal(ac[^1], projection[0]);
        Assert.True(projection[1].X > projection[0].X);
        Assert.True(projection[1].Y < projection[0].Y); // EAC 1,200 > AC 480
    }

    [Fact]
    public void Without_an_analysis_there_is_no_forecast()
    {
        Chart chart = EarnedValueCharts.SCurve(Fixtures.Baseline(), Fixtures.Status());
        Assert.DoesNotContain("EAC forecast", SvgKit.Texts(chart));
        Assert.Empty(chart.Diagnostics);
    }

    [Fact]
    public void An_undefined_eac_is_left_out_with_a_diagnostic()
    {
        // AC = 0: CPI = EV / AC is undefined, so the CPI-based EAC is null.
        var status = new Pmo.Core.EarnedValue.ProjectStatus(new LocalDate(2026, 1, 31), 90, 0);
        EarnedValueAnalysis analysis = EarnedValueAnalyzer.Analyze(Fixtures.Baseline(), status);
        Assert.Null(analysis.PrimaryEac.EstimateAtCompletion);
        Chart chart = EarnedValueCharts.SCurve(Fixtures.Baseline(), status, analysis);
        Assert.DoesNotContain("EAC forecast", SvgKit.Texts(chart));
        Assert.Contains(chart.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "EAC");
    }

    [Fact]
    public void Plain_series_with_a_null_are_split_into_two_segments()
    {
        Chart chart = EarnedValueCharts.SCurveFromSeries([100, 250, 450, 700, 1000], [90, 230, null, 600, 900], [95, 260, 470, 650, 950], statusPeriod: 5);
        var ev = SvgKit.SeriesLines(chart, ChartPalette.BluishGreen);
        Assert.Equal(2, ev.Count);
        Assert.Equal([2, 2], ev.Select(s => s.Length));
        Assert.Equal(6, SvgKit.SeriesLines(chart, ChartPalette.Blue)[0].Length);
        Assert.Contains("Status period 5", SvgKit.Texts(chart));
    }

    [Fact]
    public void Plain_forecast_extends_ac_to_the_finish()
    {
        Chart chart = EarnedValueCharts.SCurveFromSeries([100, 250, 450, 700, 1000], [90, 230, 400], [100, 270, 480], statusPeriod: 3, estimateAtCompletion: 1200, forecastFinishPeriod: 5.5);
        var projection = Assert.Single(SvgKit.SeriesLines(chart, ChartPalette.Vermillion, dashed: true));
        Assert.Equal(SvgKit.SeriesLines(chart, ChartPalette.Vermillion)[0][^1], projection[0]);
        Assert.Contains("EAC 1,200", SvgKit.Texts(chart));
        Assert.Contains("IEAC(t) finish 5.5", SvgKit.Texts(chart));
    }

    [Fact]
    public void Rejects_an_analysis_of_another_status_date()
    {
        var other = new Pmo.Core.EarnedValue.ProjectStatus(new LocalDate(2026, 2, 28), 230, 270);
        EarnedValueAnalysis analysis = EarnedValueAnalyzer.Analyze(Fixtures.Baseline(), other);
        Assert.Equal("analysis", Assert.Throws<ArgumentException>(() => EarnedValueCharts.SCurve(Fixtures.Baseline(), Fixtures.Status(), analysis)).ParamName);
    }

    [Fact]
    public void Rejects_a_null_baseline() =>
        Assert.Equal("baseline", Assert.Throws<ArgumentNullException>(() => EarnedValueCharts.SCurve(null!, Fixtures.Status())).ParamName);

    [Fact]
    public void Rejects_a_null_status() =>
        Assert.Equal("status", Assert.Throws<ArgumentNullException>(() => EarnedValueCharts.SCurve(Fixtures.Baseline(), null!)).ParamName);

    [Fact]
    public void Plain_rejects_a_null_planned_value() =>
        Assert.Equal("plannedValue", Assert.Throws<ArgumentNullException>(() => EarnedValueCharts.SCurveFromSeries(null!, [], [])).ParamName);

    [Fact]
    public void Plain_rejects_an_empty_planned_value() =>
        Assert.Equal("plannedValue", Assert.Throws<ArgumentException>(() => EarnedValueCharts.SCurveFromSeries([], [], [])).ParamName);

    [Fact]
    public void Plain_rejects_a_nan_planned_value() =>
        Assert.Equal("plannedValue", Assert.Throws<ArgumentOutOfRangeException>(() => EarnedValueCharts.SCurveFromSeries([1, double.NaN], [], [])).ParamName);

    [Fact]
    public void Plain_rejects_an_infinite_earned_value() =>
        Assert.Equal("earnedValue", Assert.Throws<ArgumentOutOfRangeException>(() => EarnedValueCharts.SCurveFromSeries([1], [double.PositiveInfinity], [])).ParamName);

    [Fact]
    public void Plain_rejects_a_nan_actual_cost() =>
        Assert.Equal("actualCost", Assert.Throws<ArgumentOutOfRangeException>(() => EarnedValueCharts.SCurveFromSeries([1], [], [double.NaN])).ParamName);

    [Fact]
    public void Plain_rejects_a_nan_bac() =>
        Assert.Equal("budgetAtCompletion", Assert.Throws<ArgumentOutOfRangeException>(() => EarnedValueCharts.SCurveFromSeries([1], [], [], budgetAtCompletion: double.NaN)).ParamName);

    [Fact]
    public void Plain_rejects_a_negative_status_period() =>
        Assert.Equal("statusPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => EarnedValueCharts.SCurveFromSeries([1], [], [], statusPeriod: -1)).ParamName);

    [Fact]
    public void Plain_rejects_an_infinite_eac() =>
        Assert.Equal("estimateAtCompletion", Assert.Throws<ArgumentOutOfRangeException>(() => EarnedValueCharts.SCurveFromSeries([1], [], [], estimateAtCompletion: double.NegativeInfinity)).ParamName);

    [Fact]
    public void Plain_rejects_a_nan_finish_period() =>
        Assert.Equal("forecastFinishPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => EarnedValueCharts.SCurveFromSeries([1], [], [], forecastFinishPeriod: double.NaN)).ParamName);
}
