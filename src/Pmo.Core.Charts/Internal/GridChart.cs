using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace Pmo.Core.Charts.Internal;

/// <summary>A labelled grid of coloured cells: a <see cref="HeatMapSeries"/> drawn as rectangles (no bitmap) with one text label per cell.</summary>
internal static class GridChart
{
    /// <summary>Adds the grid. <paramref name="values"/>[column, row]; row 0 is drawn at the bottom unless <paramref name="rowsTopDown"/>.</summary>
    internal static void Add(PlotModel model, ChartOptions o, double[,] values, string[,] labels, IReadOnlyList<string> columnLabels, IReadOnlyList<string> rowLabels, string columnTitle, string rowTitle, LinearColorAxis colours, bool rowsTopDown, double labelFontSize, bool[,]? lightText = null)
    {
        int columns = values.GetLength(0), rows = values.GetLength(1);
        colours.Key = "colour";
        model.Axes.Add(colours);
        var x = new CategoryAxis { Position = AxisPosition.Bottom, Title = columnTitle, Key = "cx", GapWidth = 0, FontSize = o.FontSize, Angle = columnLabels.Count > 12 ? -90 : 0 };
        x.Labels.AddRange(columnLabels);
        var y = new CategoryAxis { Position = AxisPosition.Left, Title = rowTitle, Key = "cy", GapWidth = 0, FontSize = o.FontSize, StartPosition = rowsTopDown ? 1 : 0, EndPosition = rowsTopDown ? 0 : 1 };
        y.Labels.AddRange(rowLabels);
        model.Axes.Add(x);
        model.Axes.Add(y);
        model.Series.Add(new HeatMapSeries
        {
            // Edge coordinates (cell i spans [i − 0.5, i + 0.5]): the centre definition divides by n − 1 and gives NaN for a single row or column.
            CoordinateDefinition = HeatMapCoordinateDefinition.Edge,
            X0 = -0.5,
            X1 = columns - 0.5,
            Y0 = -0.5,
            Y1 = rows - 0.5,
            Data = values,
            XAxisKey = "cx",
            YAxisKey = "cy",
            ColorAxisKey = "colour",
            RenderMethod = HeatMapRenderMethod.Rectangles,
            LabelFontSize = 0,
            Interpolate = false,
        });
        for (int c = 0; c < columns; c++)
        {
            for (int r = 0; r < rows; r++)
            {
                model.Annotations.Add(new TextAnnotation
                {
                    XAxisKey = "cx",
                    YAxisKey = "cy",
                    TextPosition = new DataPoint(c, r),
                    Text = labels[c, r],
                    Stroke = OxyColors.Undefined,
                    Background = OxyColors.Undefined,
                    TextHorizontalAlignment = HorizontalAlignment.Center,
                    TextVerticalAlignment = VerticalAlignment.Middle,
                    FontSize = labelFontSize,
                    TextColor = lightText is not null && lightText[c, r] ? OxyColors.White : OxyColors.Black,
                });
            }
        }
    }

    /// <summary>A colour axis mapping the integers 0 … n − 1 to <paramref name="colours"/> (hidden).</summary>
    internal static LinearColorAxis Categorical(IReadOnlyList<string> colours, string invalidColour) => new()
    {
        Position = AxisPosition.None,
        IsAxisVisible = false,
        Palette = new OxyPalette(colours.Select(ChartRenderer.Colour)),
        Minimum = -0.5,
        Maximum = colours.Count - 0.5,
        InvalidNumberColor = ChartRenderer.Colour(invalidColour),
    };
}
