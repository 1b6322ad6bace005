using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Kpis;
using Pmo.Core.Kpis.Spc;

namespace Pmo.Core.Charts.Tests;

public class KpiChartTests
{
    // Hand check of the signal: mean of the 10 values = 122 / 10 = 12.2; moving ranges 1, 2, 1, 2, 2, 20, 20, 1, 2 → mean
    // 51 / 9 = 5.667; UNPL = 12.2 + 2.66 × 5.667 = 27.27 (Wheeler 2000, XmR limits). 30 at index 6 lies above it.
    private static (XmrChartResult Chart, SpcEvaluation Signals) Example()
    {
        XmrChartResult chart = Fixtures.Xmr();
        return (chart, SpcRules.Evaluate(chart, SpcRuleSets.WesternElectric));
    }

    [Fact]
    public void Xmr_has_one_point_per_value_limits_and_the_signal_rule_ids()
    {
        (XmrChartResult xmr, SpcEvaluation signals) = Example();
        Assert.Contains(signals.Signals, s => s.Index == 6);
        Chart chart = KpiCharts.Xmr(xmr, signals);
        Assert.Equal(10, Assert.Single(SvgKit.SeriesLines(chart, ChartPalette.Blue)).Length);
        List<string> texts = SvgKit.Texts(chart);
        Assert.Contains("Values", texts);
        Assert.Contains("Centre line", texts);
        Assert.Contains("UNPL", texts);
        Assert.Contains("LNPL", texts);
        Assert.Contains(texts, t => t.StartsWith("Signal", StringComparison.Ordinal));
        foreach (string rule in signals.Signals.Where(s => s.Index == 6).Select(s => s.RuleId))
        {
            Assert.Contains(texts, t => t.Split(',').Contains(rule));
        }
    }

    [Fact]
    public void Xmr_the_largest_value_is_the_highest_point()
    {
        var values = SvgKit.SeriesLines(KpiCharts.Xmr(Fixtures.Xmr()), ChartPalette.Blue)[0];
        SvgKit.StrictlyIncreasing(values.Select(p => p.X));
        Assert.Equal(values.Min(p => p.Y), values[6].Y);
    }

    [Fact]
    public void Moving_range_chart_has_a_gap_at_the_first_value()
    {
        Chart chart = KpiCharts.Xmr(Fixtures.Xmr(), movingRange: true);
        Assert.Contains("Moving range", SvgKit.Texts(chart));
        Assert.Contains("URL", SvgKit.Texts(chart));
        Assert.Equal(9, Assert.Single(SvgKit.SeriesLines(chart, ChartPalette.BluishGreen)).Length);
    }

    [Fact]
    public void Xmr_labels_replace_the_observation_numbers()
    {
        string[] labels = [.. Enumerable.Range(1, 10).Select(i => $"W{i:00}")];
        List<string> texts = SvgKit.Texts(KpiCharts.Xmr(Fixtures.Xmr(), labels: labels));
        Assert.Contains("W01", texts);
        Assert.Contains("W10", texts);
    }

    [Fact]
    public void Xmr_rejects_labels_of_another_length() =>
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => KpiCharts.Xmr(Fixtures.Xmr(), labels: ["a"])).ParamName);

    [Fact]
    public void Xmr_rejects_an_evaluation_of_another_chart()
    {
        double[] longer = [.. Enumerable.Repeat(10.0, 14), 50, 10, 11, 9, 10, 10];
        SpcEvaluation other = SpcRules.Evaluate(XmrChart.Compute(longer), SpcRuleSets.WesternElectric);
        Assert.Contains(other.Signals, s => s.Index >= 10);
        Assert.Equal("evaluation", Assert.Throws<ArgumentException>(() => KpiCharts.Xmr(Fixtures.Xmr(), other)).ParamName);
    }

    [Fact]
    public void Xmr_rejects_a_null_chart() =>
        Assert.Equal("chart", Assert.Throws<ArgumentNullException>(() => KpiCharts.Xmr(null!)).ParamName);

    private static readonly LocalDate D = new(2026, 1, 31);

    private static KpiDefinition Definition(BandMode mode = BandMode.Absolute) =>
        new("otd", "On-time delivery", KpiDirection.Maximise, BandSet.HigherIsBetter(StatusScale.Rag, 0.8, 0.9), mode, TargetSeries.Constant(0.95), unit: "ratio");

    private static KpiObservation[] Observations() =>
    [
        new("otd", "north", D, 0.82),
        new("otd", "north", D.PlusMonths(1), 0.86),
        new("otd", "north", D.PlusMonths(2), null),
        new("otd", "north", D.PlusMonths(3), 0.91),
        new("otd", "north", D.PlusMonths(4), 0.93),
        new("otd", "south", D, 0.90),
        new("otd", "south", D.PlusMonths(1), 0.92),
    ];

    [Fact]
    public void Trend_draws_one_line_per_subject_with_gaps_the_target_and_labelled_bands()
    {
        Chart chart = KpiCharts.Trend(Definition(), Observations());
        List<string> texts = SvgKit.Texts(chart);
        Assert.Contains("north", texts);
        Assert.Contains("south", texts);
        Assert.Contains("Target", texts);
        Assert.Contains("Red", texts);
        Assert.Contains("Amber", texts);
        Assert.Contains("Green", texts);
        var north = SvgKit.SeriesLines(chart, ChartPalette.Series[0]);
        Assert.Equal([2, 2], north.Select(s => s.Length)); // the missing March value splits the line
        Assert.Equal(2, Assert.Single(SvgKit.SeriesLines(chart, ChartPalette.Series[1])).Length);
        Assert.Equal("On-time delivery (ratio)", chart.Title);
    }

    [Fact]
    public void Trend_leaves_out_ratio_bands_with_a_diagnostic()
    {
        Chart chart = KpiCharts.Trend(Definition(BandMode.PercentOfTarget), Observations());
        Assert.DoesNotContain("Amber", SvgKit.Texts(chart));
        Assert.Contains(chart.Diagnostics, d => d.Metric == "Bands" && d.Kind == DiagnosticKind.Information);
    }

    [Fact]
    public void Trend_rejects_observations_of_another_kpi() =>
        Assert.Equal("observations", Assert.Throws<ArgumentException>(() => KpiCharts.Trend(Definition(), [new KpiObservation("other", "north", D, 1)])).ParamName);

    [Fact]
    public void Trend_rejects_no_observations() =>
        Assert.Equal("observations", Assert.Throws<ArgumentException>(() => KpiCharts.Trend(Definition(), [])).ParamName);

    [Fact]
    public void Trend_rejects_a_null_definition() =>
        Assert.Equal("definition", Assert.Throws<ArgumentNullException>(() => KpiCharts.Trend(null!, Observations())).ParamName);

    [Fact]
    public void Plain_trend_has_a_gap_for_null_and_the_bands()
    {
        LocalDate[] dates = [D, D.PlusMonths(1), D.PlusMonths(2), D.PlusMonths(3), D.PlusMonths(4)];
        Chart chart = KpiCharts.TrendFromValues(dates, [0.8, 0.85, null, 0.9, 0.92], target: 0.95, bands: BandSet.HigherIsBetter(StatusScale.Rag, 0.8, 0.9).Bands, seriesName: "OTD");
        Assert.Equal([2, 2], SvgKit.SeriesLines(chart, ChartPalette.Series[0]).Select(s => s.Length));
        Assert.Contains("Green", SvgKit.Texts(chart));
        Assert.Contains("OTD", SvgKit.Texts(chart));
    }

    [Fact]
    public void Plain_trend_rejects_decreasing_dates() =>
        Assert.Equal("dates", Assert.Throws<ArgumentException>(() => KpiCharts.TrendFromValues([D, D.PlusDays(-1)], [1, 2])).ParamName);

    [Fact]
    public void Plain_trend_rejects_values_of_another_length() =>
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => KpiCharts.TrendFromValues([D], [1, 2])).ParamName);

    [Fact]
    public void Plain_trend_rejects_a_nan_value() =>
        Assert.Equal("values", Assert.Throws<ArgumentOutOfRangeException>(() => KpiCharts.TrendFromValues([D], [double.NaN])).ParamName);

    [Fact]
    public void Plain_trend_rejects_a_nan_target() =>
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => KpiCharts.TrendFromValues([D], [1], target: double.NaN)).ParamName);

    [Fact]
    public void Plain_trend_rejects_a_blank_series_name() =>
        Assert.Equal("seriesName", Assert.Throws<ArgumentException>(() => KpiCharts.TrendFromValues([D], [1], seriesName: " ")).ParamName);

    [Fact]
    public void Plain_trend_rejects_no_dates() =>
        Assert.Equal("dates", Assert.Throws<ArgumentException>(() => KpiCharts.TrendFromValues([], [])).ParamName);

    [Fact]
    public void Plain_trend_rejects_a_null_band() =>
        Assert.Equal("bands", Assert.Throws<ArgumentException>(() => KpiCharts.TrendFromValues([D], [1], bands: [null!])).ParamName);
}
