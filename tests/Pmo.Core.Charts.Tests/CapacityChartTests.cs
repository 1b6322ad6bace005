using Pmo.Core.Common;

namespace Pmo.Core.Charts.Tests;

public class CapacityChartTests
{
    // Default calendar Mon–Fri, no holidays. January 2027 has 21 working days (168 h), February 20 (160 h).
    // Developers: Jan demand 150 + 80 = 230 of 168 h → 136.9 % (over); Feb 48 of 160 → 30 %.
    // Testers (0.5 FTE): Jan 21 of 84 → 25 %; Feb 36 of 80 → 45 %. (No label coincides with a colour-axis tick 0, 20, … 100 %.)
    // Operations (no capacity): Jan 8 h demand → undefined and over-allocated; Feb no demand → undefined.
    [Fact]
    public void Heat_map_has_a_labelled_cell_per_role_and_period()
    {
        Chart chart = CapacityCharts.HeatMap(Fixtures.Capacity());
        List<string> texts = SvgKit.Texts(chart);
        Assert.Single(texts, "137% !");
        Assert.Single(texts, "30%");
        Assert.Single(texts, "25%");
        Assert.Single(texts, "45%");
        Assert.Single(texts, "n/a !");
        Assert.Single(texts, "n/a");
        Assert.Contains("Developers", texts);
        Assert.Contains("2027-02", texts);
        Assert.True(SvgKit.TextY(chart, "Developers") < SvgKit.TextY(chart, "Operations")); // plan order, top down
        Assert.True(SvgKit.TextXy(chart, "137% !").X < SvgKit.TextXy(chart, "30%").X);    // periods left to right
    }

    [Fact]
    public void Over_allocated_cells_are_vermillion_and_undefined_grey()
    {
        Chart chart = CapacityCharts.HeatMap(Fixtures.Capacity());
        Assert.Equal(2, SvgKit.FilledRects(chart, ChartPalette.Vermillion).Count(r => (double)r.Attribute("width")! > 50));
        Assert.Single(SvgKit.FilledRects(chart, "#DDDDDD"));
        Diagnostic d = Assert.Single(chart.Diagnostics);
        Assert.Equal(DiagnosticKind.Undefined, d.Kind);
    }

    [Fact]
    public void Plain_heat_map_marks_above_100_percent()
    {
        // Values chosen off the colour axis ticks (0 %, 20 %, …, 100 %) so each label is a cell's.
        Chart chart = CapacityCharts.HeatMapFromValues(["Dev", "QA"], ["Jan", "Feb", "Mar"], new double?[,] { { 0.83, 1.2, null }, { 0.55, 0.07, 0.99 } });
        List<string> texts = SvgKit.Texts(chart);
        foreach (string label in new[] { "83%", "120% !", "n/a", "55%", "7%", "99%" })
        {
            Assert.Single(texts, label);
        }

        Assert.Single(SvgKit.FilledRects(chart, ChartPalette.Vermillion), r => (double)r.Attribute("width")! > 50);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 4)]
    [InlineData(3, 1)]
    public void A_single_row_or_column_still_draws_every_cell(int rows, int columns)
    {
        var grid = new double?[rows, columns];
        for (int r = 0; r < rows; r++)
        {
            for (int t = 0; t < columns; t++)
            {
                grid[r, t] = 0.31 + (0.01 * ((r * columns) + t)); // 31 %, 32 %, … (off the axis ticks)
            }
        }

        Chart chart = CapacityCharts.HeatMapFromValues([.. Enumerable.Range(0, rows).Select(r => $"R{r}")], [.. Enumerable.Range(0, columns).Select(t => $"C{t}")], grid);
        List<string> texts = SvgKit.Texts(chart);
        for (int k = 0; k < rows * columns; k++)
        {
            Assert.Single(texts, $"{31 + k}%");
        }

        var cells = SvgKit.Parse(chart).Descendants(SvgKit.Svg + "rect")
            .Where(e => (double)e.Attribute("width")! > 100 && ((string?)e.Attribute("style") ?? "").StartsWith("fill:rgb(", StringComparison.Ordinal) && !((string?)e.Attribute("style"))!.StartsWith("fill:rgb(255,255,255)", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(rows * columns, cells.Count);
        Assert.All(cells, c => Assert.True(double.IsFinite((double)c.Attribute("height")!) && (double)c.Attribute("height")! > 20));
    }

    [Fact]
    public void Plain_heat_map_rejects_a_negative_utilisation() =>
        Assert.Equal("utilisation", Assert.Throws<ArgumentOutOfRangeException>(() => CapacityCharts.HeatMapFromValues(["a"], ["b"], new double?[,] { { -0.1 } })).ParamName);

    [Fact]
    public void Plain_heat_map_rejects_a_nan_utilisation() =>
        Assert.Equal("utilisation", Assert.Throws<ArgumentOutOfRangeException>(() => CapacityCharts.HeatMapFromValues(["a"], ["b"], new double?[,] { { double.NaN } })).ParamName);

    [Fact]
    public void Plain_heat_map_rejects_a_grid_of_other_dimensions() =>
        Assert.Equal("utilisation", Assert.Throws<ArgumentException>(() => CapacityCharts.HeatMapFromValues(["a", "b"], ["c"], new double?[,] { { 1 } })).ParamName);

    [Fact]
    public void Plain_heat_map_rejects_no_rows() =>
        Assert.Equal("rowLabels", Assert.Throws<ArgumentException>(() => CapacityCharts.HeatMapFromValues([], ["c"], new double?[0, 1])).ParamName);

    [Fact]
    public void Plain_heat_map_rejects_a_null_column_label() =>
        Assert.Equal("columnLabels", Assert.Throws<ArgumentException>(() => CapacityCharts.HeatMapFromValues(["a"], [null!], new double?[1, 1])).ParamName);

    [Fact]
    public void Heat_map_rejects_a_null_report() =>
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => CapacityCharts.HeatMap(null!)).ParamName);

    [Fact]
    public void Capacity_versus_demand_has_three_series_of_one_point_per_period()
    {
        Chart chart = CapacityCharts.CapacityVersusDemand(Fixtures.Capacity(), "dev");
        List<string> texts = SvgKit.Texts(chart);
        Assert.Contains("Capacity", texts);
        Assert.Contains("Committed demand", texts);
        Assert.Contains("Total demand", texts);
        var demand = Assert.Single(SvgKit.SeriesLines(chart, ChartPalette.Vermillion));
        Assert.Equal(2, demand.Length);
        Assert.True(demand[0].Y < demand[1].Y); // 230 h in January above 48 h in February
        Assert.Equal("Capacity and demand (Developers)", chart.Title);
        Assert.Equal("Capacity and demand (all roles)", CapacityCharts.CapacityVersusDemand(Fixtures.Capacity()).Title);
    }

    [Fact]
    public void Capacity_versus_demand_rejects_an_unknown_role() =>
        Assert.Equal("roleId", Assert.Throws<ArgumentException>(() => CapacityCharts.CapacityVersusDemand(Fixtures.Capacity(), "nobody")).ParamName);
}
