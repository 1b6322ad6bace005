using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Charts.Tests;

public class SimulationChartTests
{
    private static readonly double[] OneToTen = [7, 3, 10, 1, 5, 9, 2, 8, 4, 6];

    [Fact]
    public void Histogram_of_samples_has_one_bar_per_bin_and_p50_p80_markers()
    {
        // Samples 1 … 10 in 3 bins: edges 1, 4, 7, 10; [1, 4) = {1, 2, 3}, [4, 7) = {4, 5, 6}, [7, 10] = {7, 8, 9, 10}.
        // Nearest rank: P50 = x(⌈5⌉) = 5, P80 = x(⌈8⌉) = 8.
        Chart chart = SimulationCharts.HistogramFromSamples(OneToTen, bins: 3, valueLabel: "Finish (days)");
        var bars = SvgKit.FilledRects(chart, ChartPalette.SkyBlue).Where(r => (double)r.Attribute("height")! > 0).ToList();
        Assert.Equal(3, bars.Count);
        double[] heights = [.. bars.OrderBy(b => (double)b.Attribute("x")!).Select(b => (double)b.Attribute("height")!)];
        Assert.Equal(heights[0], heights[1], 6);
        Assert.Equal(heights[0] * 4 / 3, heights[2], 1);
        List<string> texts = SvgKit.Texts(chart);
        Assert.Contains("P50 = 5", texts);
        Assert.Contains("P80 = 8", texts);
        Assert.Contains("Finish (days)", texts);
    }

    [Fact]
    public void Histogram_of_a_run_marks_its_own_percentiles_and_deterministic_value()
    {
        SimulationResult run = RiskSimulation.Run(Fixtures.SimulationModel(), new SimulationOptions(1024, 7));
        var options = new ChartOptions { ValueFormat = "0.###" };
        List<string> texts = SvgKit.Texts(SimulationCharts.Histogram(run, SimulationMeasure.Finish, 20, options));
        Assert.Contains("P50 = " + options.Format(run.Finish.Percentile(0.5)), texts);
        Assert.Contains("P80 = " + options.Format(run.Finish.Percentile(0.8)), texts);
        Assert.Contains("Deterministic = 30", texts); // A 10 → B 20
    }

    [Fact]
    public void S_curve_of_samples_has_101_points_rising_to_the_right()
    {
        Chart chart = SimulationCharts.SCurveFromSamples(OneToTen);
        var line = Assert.Single(SvgKit.SeriesLines(chart, ChartPalette.Blue));
        Assert.Equal(101, line.Length);
        Assert.True(line.Zip(line.Skip(1)).All(p => p.Second.X >= p.First.X));
        SvgKit.StrictlyIncreasing(line.Select(p => -p.Y)); // levels 0, 0.01, …, 1 rise
        Assert.Contains("P80 = 8", SvgKit.Texts(chart));
    }

    [Fact]
    public void S_curve_of_a_run_has_the_markers()
    {
        SimulationResult run = RiskSimulation.Run(Fixtures.SimulationModel(), new SimulationOptions(1024, 7));
        List<string> texts = SvgKit.Texts(SimulationCharts.SCurve(run, SimulationMeasure.Cost));
        Assert.Contains(texts, t => t.StartsWith("P50 = ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("P80 = ", StringComparison.Ordinal));
    }

    [Fact]
    public void Tornado_has_one_labelled_bar_per_event_largest_first()
    {
        TornadoResult t = RiskTornado.Analyze(Fixtures.SimulationModel(), new SimulationOptions(1024, 7));
        Chart chart = SimulationCharts.Tornado(t);
        Assert.Equal(2, SvgKit.FilledRects(chart, ChartPalette.Vermillion).Count + SvgKit.FilledRects(chart, ChartPalette.BluishGreen).Count);
        double first = SvgKit.TextY(chart, t.Bars[0].RiskEventId);
        double second = SvgKit.TextY(chart, t.Bars[1].RiskEventId);
        Assert.True(first < second);
        Chart top = SimulationCharts.Tornado(t, top: 1);
        Assert.Single(SvgKit.FilledRects(top, ChartPalette.Vermillion).Concat(SvgKit.FilledRects(top, ChartPalette.BluishGreen)));
    }

    [Fact]
    public void Equal_samples_give_one_bar_and_finite_geometry()
    {
        Chart histogram = SimulationCharts.HistogramFromSamples([5, 5, 5]);
        Assert.Contains("P50 = 5", SvgKit.Texts(histogram));
        Chart sCurve = SimulationCharts.SCurveFromSamples([5, 5, 5]);
        Assert.Equal(101, Assert.Single(SvgKit.SeriesLines(sCurve, ChartPalette.Blue)).Length);
    }

    [Fact]
    public void Histogram_rejects_a_null_result() =>
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => SimulationCharts.Histogram(null!)).ParamName);

    [Fact]
    public void Histogram_rejects_zero_bins() =>
        Assert.Equal("bins", Assert.Throws<ArgumentOutOfRangeException>(() => SimulationCharts.HistogramFromSamples(OneToTen, 0)).ParamName);

    [Fact]
    public void Histogram_rejects_more_than_10000_bins() =>
        Assert.Equal("bins", Assert.Throws<ArgumentOutOfRangeException>(() => SimulationCharts.HistogramFromSamples(OneToTen, 10_001)).ParamName);

    [Fact]
    public void Histogram_rejects_no_samples() =>
        Assert.Equal("samples", Assert.Throws<ArgumentException>(() => SimulationCharts.HistogramFromSamples([])).ParamName);

    [Fact]
    public void Histogram_rejects_a_nan_sample() =>
        Assert.Equal("samples", Assert.Throws<ArgumentOutOfRangeException>(() => SimulationCharts.HistogramFromSamples([1, double.NaN])).ParamName);

    [Fact]
    public void S_curve_rejects_an_infinite_sample() =>
        Assert.Equal("samples", Assert.Throws<ArgumentOutOfRangeException>(() => SimulationCharts.SCurveFromSamples([double.PositiveInfinity])).ParamName);

    [Fact]
    public void S_curve_rejects_an_undefined_measure()
    {
        SimulationResult run = RiskSimulation.Run(Fixtures.SimulationModel(), new SimulationOptions(256, 7));
        Assert.Equal("measure", Assert.Throws<ArgumentOutOfRangeException>(() => SimulationCharts.SCurve(run, (SimulationMeasure)5)).ParamName);
    }

    [Fact]
    public void Tornado_rejects_top_zero()
    {
        TornadoResult t = RiskTornado.Analyze(Fixtures.SimulationModel(), new SimulationOptions(256, 7));
        Assert.Equal("top", Assert.Throws<ArgumentOutOfRangeException>(() => SimulationCharts.Tornado(t, top: 0)).ParamName);
    }

    [Fact]
    public void Tornado_rejects_a_null_result() =>
        Assert.Equal("tornado", Assert.Throws<ArgumentNullException>(() => SimulationCharts.Tornado(null!)).ParamName);
}
