using System.Diagnostics.Contracts;
using System.Globalization;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using Pmo.Core.Charts.Internal;
using Pmo.Core.Common;
using Pmo.Core.Resources;

namespace Pmo.Core.Charts;

/// <summary>Capacity charts: the roles × periods utilisation heat map and the capacity against demand of one role or of all.</summary>
/// <remarks>
/// Utilisation is demand / capacity (<see cref="CapacityCell.Utilisation"/>). The heat map colours 0 … 100 % on a light
/// to dark blue ramp, over-allocated cells (<see cref="CapacityCell.IsOverAllocated"/>: demand above capacity plus the
/// report's tolerance) vermillion, and cells with no capacity (utilisation undefined) light grey, never as 0 %. A
/// utilisation above 100 % within the tolerance takes the top of the ramp. Every cell is labelled with its percentage
/// (and <c>!</c> when over-allocated, <c>n/a</c> when undefined), so the status never depends on colour alone.
/// </remarks>
public static class CapacityCharts
{
    private const string OverColour = ChartPalette.Vermillion;
    private const string UndefinedColour = "#DDDDDD";

    /// <summary>The utilisation heat map of a capacity report: one row per role (plan order, top down), one column per period.</summary>
    /// <param name="report">The capacity report.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart (roles × periods labelled cells).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <example><code>
    /// CapacityReport report = CapacityAnalysis.Analyze(plan, demand);
    /// Chart chart = CapacityCharts.HeatMap(report);
    /// </code></example>
    [Pure]
    public static Chart HeatMap(CapacityReport report, ChartOptions? options = null)
    {
        Check.NotNull(report, nameof(report));
        int roles = report.Plan.RoleCount, periods = report.Plan.PeriodCount;
        var utilisation = new double?[roles, periods];
        var over = new bool[roles, periods];
        for (int r = 0; r < roles; r++)
        {
            for (int t = 0; t < periods; t++)
            {
                CapacityCell c = report.Cells[(r * periods) + t];
                utilisation[r, t] = c.Utilisation;
                over[r, t] = c.IsOverAllocated;
            }
        }

        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, "Capacity utilisation (demand / capacity)");
        return HeatMapChart(title, o, [.. report.Plan.Roles.Select(r => r.Name)], report.Plan.Periods.Labels, utilisation, over);
    }

    /// <summary>A utilisation heat map of plain values: <paramref name="utilisation"/>[row, column] as a fraction (1 = 100 %), null when undefined; above 1 is over-allocated.</summary>
    /// <param name="rowLabels">The row labels (e.g. roles).</param>
    /// <param name="columnLabels">The column labels (e.g. periods).</param>
    /// <param name="utilisation">The utilisation per row and column: finite and ≥ 0, or null.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A label list is empty or has a null element, or the grid's dimensions differ from the label counts.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A utilisation is negative, NaN or infinite.</exception>
    /// <example><code>
    /// Chart chart = CapacityCharts.HeatMapFromValues(["Dev", "QA"], ["Jan", "Feb"], new double?[,] { { 0.8, 1.2 }, { null, 0.5 } });
    /// </code></example>
    [Pure]
    public static Chart HeatMapFromValues(IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, double?[,] utilisation, ChartOptions? options = null)
    {
        Check.NotNull(rowLabels, nameof(rowLabels));
        Check.NotNull(columnLabels, nameof(columnLabels));
        Check.NotNull(utilisation, nameof(utilisation));
        Check.NotEmpty(rowLabels, nameof(rowLabels));
        Check.NotEmpty(columnLabels, nameof(columnLabels));
        Check.NoNullElements(rowLabels, nameof(rowLabels));
        Check.NoNullElements(columnLabels, nameof(columnLabels));
        Check.SameLength(rowLabels.Count, nameof(rowLabels), utilisation.GetLength(0), nameof(utilisation));
        Check.SameLength(columnLabels.Count, nameof(columnLabels), utilisation.GetLength(1), nameof(utilisation));
        var over = new bool[rowLabels.Count, columnLabels.Count];
        for (int r = 0; r < rowLabels.Count; r++)
        {
            for (int t = 0; t < columnLabels.Count; t++)
            {
                if (utilisation[r, t] is { } u)
                {
                    if (!double.IsFinite(u) || u < 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(utilisation), u, $"{nameof(utilisation)}[{r}, {t}] must be finite and ≥ 0 or null, but was {u.ToString(CultureInfo.InvariantCulture)}.");
                    }

                    over[r, t] = u > 1;
                }
            }
        }

        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, "Utilisation");
        return HeatMapChart(title, o, rowLabels, columnLabels, utilisation, over);
    }

    /// <summary>Capacity against demand per period for one role, or for all roles together: capacity, committed demand and total (committed + proposed) demand.</summary>
    /// <param name="report">The capacity report.</param>
    /// <param name="roleId">The role, or null for the totals.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart (hours).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roleId"/> is not a role of the plan.</exception>
    /// <example><code>
    /// Chart chart = CapacityCharts.CapacityVersusDemand(report, "dev");
    /// </code></example>
    [Pure]
    public static Chart CapacityVersusDemand(CapacityReport report, string? roleId = null, ChartOptions? options = null)
    {
        Check.NotNull(report, nameof(report));
        int periods = report.Plan.PeriodCount;
        double[] capacity = new double[periods], committed = new double[periods], demand = new double[periods];
        string name;
        if (roleId is null)
        {
            name = "all roles";
            for (int t = 0; t < periods; t++)
            {
                capacity[t] = report.TotalCapacity[t];
                demand[t] = report.TotalDemand[t];
                for (int r = 0; r < report.Plan.RoleCount; r++)
                {
                    committed[t] += report.Cells[(r * periods) + t].CommittedDemand;
                }
            }
        }
        else
        {
            int r = report.Plan.IndexOfRole(roleId);
            if (r < 0)
            {
                throw new ArgumentException($"{nameof(roleId)} '{roleId}' is not a role of the plan.", nameof(roleId));
            }

            name = report.Plan.Roles[r].Name;
            for (int t = 0; t < periods; t++)
            {
                CapacityCell c = report.Cells[(r * periods) + t];
                capacity[t] = c.Capacity;
                committed[t] = c.CommittedDemand;
                demand[t] = c.Demand;
            }
        }

        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, $"Capacity and demand ({name})");
        PlotModel model = ChartRenderer.NewModel(title, o);
        var x = new CategoryAxis { Position = AxisPosition.Bottom, Title = "Period", FontSize = o.FontSize, Angle = periods > 12 ? -90 : 0 };
        x.Labels.AddRange(report.Plan.Periods.Labels);
        model.Axes.Add(x);
        LinearAxis y = ChartRenderer.ValueAxis("Hours", o);
        y.Minimum = 0;
        model.Axes.Add(y);
        model.Series.Add(Line("Capacity", ChartPalette.Black, LineStyle.Solid, MarkerType.None, capacity));
        model.Series.Add(Line("Committed demand", ChartPalette.Blue, LineStyle.Dash, MarkerType.Square, committed));
        model.Series.Add(Line("Total demand", ChartPalette.Vermillion, LineStyle.Solid, MarkerType.Circle, demand));
        return ChartRenderer.Render(model, title, o);
    }

    private static LineSeries Line(string name, string colour, LineStyle style, MarkerType marker, double[] values)
    {
        var s = new LineSeries { Title = name, Color = ChartRenderer.Colour(colour), StrokeThickness = 2, LineStyle = style, MarkerType = marker, MarkerSize = 3, MarkerFill = ChartRenderer.Colour(colour) };
        for (int t = 0; t < values.Length; t++)
        {
            s.Points.Add(new DataPoint(t, values[t]));
        }

        return s;
    }

    private static Chart HeatMapChart(string title, ChartOptions o, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, double?[,] utilisation, bool[,] over)
    {
        int rows = rowLabels.Count, columns = columnLabels.Count;
        var values = new double[columns, rows];
        var labels = new string[columns, rows];
        var light = new bool[columns, rows];
        for (int r = 0; r < rows; r++)
        {
            for (int t = 0; t < columns; t++)
            {
                double? u = utilisation[r, t];
                bool isOver = over[r, t];
                values[t, r] = isOver ? 2 : u is { } v ? Math.Min(v, 1) : double.NaN;
                string text = u is { } w ? (w * 100).ToString("0", o.Culture) + "%" : "n/a";
                labels[t, r] = isOver ? text + " !" : text;
                light[t, r] = !isOver && u is >= 0.7;
            }
        }

        PlotModel model = ChartRenderer.NewModel(title, o, legend: false);
        model.Subtitle = "! over-allocated (vermillion); n/a no capacity (grey)";
        var colours = new LinearColorAxis
        {
            Position = AxisPosition.Right,
            Title = "Utilisation",
            Palette = OxyPalette.Interpolate(24, ChartRenderer.Colour("#F2F8FC"), ChartRenderer.Colour(ChartPalette.SkyBlue), ChartRenderer.Colour(ChartPalette.Blue)),
            Minimum = 0,
            Maximum = 1,
            HighColor = ChartRenderer.Colour(OverColour),
            InvalidNumberColor = ChartRenderer.Colour(UndefinedColour),
            StringFormat = "0%",
            FontSize = o.FontSize,
        };
        double cellWidth = (o.Width - 200.0) / columns;
        double cellHeight = (o.Height - 120.0) / rows;
        double font = Math.Clamp(Math.Min(cellWidth / 3.0, cellHeight / 1.6), 5, o.FontSize);
        GridChart.Add(model, o, values, labels, columnLabels, rowLabels, "Period", "Role", colours, rowsTopDown: true, font, light);
        int undefined = 0;
        foreach (double? u in utilisation)
        {
            undefined += u is null ? 1 : 0;
        }

        List<Diagnostic> notes = undefined > 0
            ? [new Diagnostic(DiagnosticKind.Undefined, "Utilisation", $"{undefined} cell(s) have no capacity; their utilisation is undefined and shown as n/a.")]
            : [];
        return ChartRenderer.Render(model, title, o, notes);
    }
}
