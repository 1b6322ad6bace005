using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Risk;

namespace Pmo.Core.Charts.Tests;

public class RiskChartTests
{
    // GridScorer: R1 (P 0.9, 90,000) → P level 1 + ⌊2.7⌋ = 3, I level 1 + ⌊2.25⌋ = 3; R2 (0.1, 50,000) → (1, 2);
    // R3 (0.2, 40,000) → (1 + ⌊0.6⌋, 1 + ⌊1⌋) = (1, 2); R4 is closed; R5 has no cost impact → unplaced.
    private static RiskHeatMap Counts() => RiskAnalytics.HeatMap(Fixtures.Register(), new GridScorer(), AssessmentStage.Current);

    // Simple 3×3 zones (scores p × i; bands Moderate from 3, High from 6): Low at 1, 2; Moderate at 3, 4; High at 6, 9.
    private static readonly string[] ZoneColours = [ChartPalette.Vermillion, ChartPalette.Yellow, ChartPalette.BluishGreen];

    [Fact]
    public void Heat_map_has_rows_times_columns_cells_with_zone_and_count_labels()
    {
        Chart chart = RiskCharts.HeatMap(Fixtures.Matrix(), Counts());
        Assert.Equal(9, ZoneColours.Sum(c => SvgKit.FilledRects(chart, c).Count));
        Assert.Equal(3, SvgKit.FilledRects(chart, ChartPalette.Vermillion).Count);   // High: (2,3), (3,2), (3,3)
        Assert.Equal(3, SvgKit.FilledRects(chart, ChartPalette.BluishGreen).Count);  // Low: (1,1), (1,2), (2,1)
        List<string> texts = SvgKit.Texts(chart);
        Assert.Equal(3, texts.Count(t => t == "Low"));
        Assert.Equal(3, texts.Count(t => t == "Moderate"));
        Assert.Equal(3, texts.Count(t => t == "High"));
        Assert.Equal(7, texts.Count(t => t == "0 risks"));
        Assert.Single(texts, "1 risk");
        Assert.Single(texts, "2 risks");
    }

    [Fact]
    public void Heat_map_from_counts_equals_the_heat_map_of_the_same_counts()
    {
        // The same cells as Counts(): 1 risk at (P3, I3), 2 at (P1, I2); indices [p − 1, i − 1]; 1 unplaced.
        var counts = new int[3, 3];
        counts[2, 2] = 1;
        counts[0, 1] = 2;
        Chart fromCounts = RiskCharts.HeatMapFromCounts(Fixtures.Matrix(), counts, AssessmentStage.Current, unplaced: 1);
        Chart fromHeatMap = RiskCharts.HeatMap(Fixtures.Matrix(), Counts());
        Assert.Equal(fromHeatMap.Svg, fromCounts.Svg);
        Assert.Equal("Unplaced", Assert.Single(fromCounts.Diagnostics).Metric);
    }

    [Fact]
    public void Heat_map_from_counts_rejects_bad_counts()
    {
        Assert.Equal("counts", Assert.Throws<ArgumentException>(() => RiskCharts.HeatMapFromCounts(Fixtures.Matrix(), new int[3, 4], AssessmentStage.Current)).ParamName);
        var negative = new int[3, 3];
        negative[1, 1] = -1;
        Assert.Equal("counts", Assert.Throws<ArgumentOutOfRangeException>(() => RiskCharts.HeatMapFromCounts(Fixtures.Matrix(), negative, AssessmentStage.Current)).ParamName);
        Assert.Equal("unplaced", Assert.Throws<ArgumentOutOfRangeException>(() => RiskCharts.HeatMapFromCounts(Fixtures.Matrix(), new int[3, 3], AssessmentStage.Current, -1)).ParamName);
        Assert.Equal("stage", Assert.Throws<ArgumentOutOfRangeException>(() => RiskCharts.HeatMapFromCounts(Fixtures.Matrix(), new int[3, 3], (AssessmentStage)99)).ParamName);
        Assert.Equal("counts", Assert.Throws<ArgumentNullException>(() => RiskCharts.HeatMapFromCounts(Fixtures.Matrix(), null!, AssessmentStage.Current)).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => RiskCharts.HeatMapFromCounts(null!, new int[3, 3], AssessmentStage.Current)).ParamName);
    }

    [Fact]
    public void Heat_map_reports_unplaced_risks()
    {
        Chart chart = RiskCharts.HeatMap(Fixtures.Matrix(), Counts());
        Diagnostic d = Assert.Single(chart.Diagnostics);
        Assert.Equal("Unplaced", d.Metric);
        Assert.Contains("1 risk(s) without a probability or impact level are not shown", SvgKit.Texts(chart));
    }

    [Fact]
    public void Heat_map_with_ids_lists_the_risks_per_cell()
    {
        Chart chart = RiskCharts.HeatMapWithIds(Fixtures.Matrix(), Fixtures.Register(), new GridScorer());
        List<string> texts = SvgKit.Texts(chart);
        Assert.Contains("1 risk:", texts);
        Assert.Contains("R1", texts);
        Assert.Contains("2 risks:", texts);
        Assert.Contains("R2 R3", texts);
        Assert.DoesNotContain(texts, t => t.Contains("R4", StringComparison.Ordinal)); // closed
        Assert.Equal(7, texts.Count(t => t == "0 risks"));
    }

    [Fact]
    public void Heat_map_probability_rises_upwards_and_impact_to_the_right()
    {
        Chart chart = RiskCharts.HeatMapWithIds(Fixtures.Matrix(), Fixtures.Register(), new GridScorer());
        (double x1, double y1) = SvgKit.TextXy(chart, "R1");    // (P3, I3)
        (double x2, double y2) = SvgKit.TextXy(chart, "R2 R3"); // (P1, I2)
        Assert.True(y1 < y2);
        Assert.True(x1 > x2);
    }

    [Fact]
    public void Heat_map_rejects_a_cell_outside_the_matrix()
    {
        RiskHeatMap wide = RiskAnalytics.HeatMap(Fixtures.Register(), new FixedScorer(5, 5), AssessmentStage.Current);
        Assert.Equal("heatMap", Assert.Throws<ArgumentException>(() => RiskCharts.HeatMap(Fixtures.Matrix(), wide)).ParamName);
    }

    [Fact]
    public void Heat_map_rejects_a_null_matrix() =>
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => RiskCharts.HeatMap(null!, Counts())).ParamName);

    [Fact]
    public void Heat_map_rejects_a_null_heat_map() =>
        Assert.Equal("heatMap", Assert.Throws<ArgumentNullException>(() => RiskCharts.HeatMap(Fixtures.Matrix(), null!)).ParamName);

    [Fact]
    public void Heat_map_with_ids_rejects_a_scorer_placing_outside_the_matrix() =>
        Assert.Equal("scorer", Assert.Throws<ArgumentException>(() => RiskCharts.HeatMapWithIds(Fixtures.Matrix(), Fixtures.Register(), new FixedScorer(4, 1))).ParamName);

    [Fact]
    public void Heat_map_with_ids_rejects_an_undefined_stage() =>
        Assert.Equal("stage", Assert.Throws<ArgumentOutOfRangeException>(() => RiskCharts.HeatMapWithIds(Fixtures.Matrix(), Fixtures.Register(), new GridScorer(), (AssessmentStage)99)).ParamName);

    [Fact]
    public void Heat_map_with_ids_rejects_an_undefined_kind() =>
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => RiskCharts.HeatMapWithIds(Fixtures.Matrix(), Fixtures.Register(), new GridScorer(), kind: (RiskKind)7)).ParamName);

    [Fact]
    public void Heat_map_with_ids_rejects_a_null_register() =>
        Assert.Equal("register", Assert.Throws<ArgumentNullException>(() => RiskCharts.HeatMapWithIds(Fixtures.Matrix(), null!, new GridScorer())).ParamName);

    [Fact]
    public void Heat_map_with_ids_rejects_a_null_scorer() =>
        Assert.Equal("scorer", Assert.Throws<ArgumentNullException>(() => RiskCharts.HeatMapWithIds(Fixtures.Matrix(), Fixtures.Register(), null!)).ParamName);

    [Fact]
    public void Burndown_has_one_point_per_snapshot()
    {
        // January: R1 (0.9 × 90,000 = 81,000) + R2 (0.1 × 50,000 = 5,000) + R3 (0.2 × 40,000 = 8,000) = 94,000 threat exposure;
        // February: only R2 and R3 open: 13,000. The threat line falls.
        var jan = new RiskRegisterSnapshot(new LocalDate(2026, 1, 31), Fixtures.Register());
        var feb = new RiskRegisterSnapshot(new LocalDate(2026, 2, 28), [Fixtures.Threat("R2", 0.1, 50_000), Fixtures.Threat("R3", 0.2, 40_000)]);
        Chart chart = RiskCharts.Burndown([feb, jan]);
        List<string> texts = SvgKit.Texts(chart);
        Assert.Contains("Threat exposure", texts);
        Assert.Contains("Opportunity exposure", texts);
        Assert.Contains("Net exposure", texts);
        Assert.Contains("Risks (count)", texts);
        var threat = Assert.Single(SvgKit.SeriesLines(chart, ChartPalette.Vermillion));
        Assert.Equal(2, threat.Length);
        Assert.True(threat[0].X < threat[1].X);
        Assert.True(threat[0].Y < threat[1].Y); // 94,000 drawn higher than 13,000
    }

    [Fact]
    public void Burndown_rejects_no_snapshots() =>
        Assert.Equal("snapshots", Assert.Throws<ArgumentException>(() => RiskCharts.Burndown([])).ParamName);

    [Fact]
    public void Burndown_rejects_null_snapshots() =>
        Assert.Equal("snapshots", Assert.Throws<ArgumentNullException>(() => RiskCharts.Burndown(null!)).ParamName);

    private static readonly LocalDate D = new(2026, 1, 31);

    [Fact]
    public void Plain_burndown_splits_at_a_null()
    {
        Chart chart = RiskCharts.BurndownFromValues([D, D.PlusMonths(1), D.PlusMonths(2), D.PlusMonths(3), D.PlusMonths(4)], [100, 80, null, 50, 40]);
        Assert.Equal([2, 2], SvgKit.SeriesLines(chart, ChartPalette.Vermillion).Select(s => s.Length));
        Assert.Contains("Exposure", SvgKit.Texts(chart));
    }

    [Fact]
    public void Plain_burndown_rejects_decreasing_dates() =>
        Assert.Equal("dates", Assert.Throws<ArgumentException>(() => RiskCharts.BurndownFromValues([D, D.PlusDays(-1)], [1, 2])).ParamName);

    [Fact]
    public void Plain_burndown_rejects_exposure_of_another_length() =>
        Assert.Equal("exposure", Assert.Throws<ArgumentException>(() => RiskCharts.BurndownFromValues([D], [1, 2])).ParamName);

    [Fact]
    public void Plain_burndown_rejects_a_nan_exposure() =>
        Assert.Equal("exposure", Assert.Throws<ArgumentOutOfRangeException>(() => RiskCharts.BurndownFromValues([D], [double.NaN])).ParamName);

    [Fact]
    public void Plain_burndown_rejects_no_dates() =>
        Assert.Equal("dates", Assert.Throws<ArgumentException>(() => RiskCharts.BurndownFromValues([], [])).ParamName);

    private sealed class FixedScorer(int p, int i) : IRiskScorer
    {
        public RiskScore Score(RiskAssessment assessment, RiskKind kind) => new(1, null, p, i);
    }
}
