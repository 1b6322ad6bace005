using NodaTime;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using Pmo.Core.Common;

namespace Pmo.Core.Charts.Internal;

/// <summary>Shared model set-up and the export to the chart's SVG.</summary>
internal static class ChartRenderer
{
    internal static PlotModel NewModel(string title, ChartOptions o, bool legend = true)
    {
        var model = new PlotModel
        {
            Title = title,
            DefaultFont = o.FontFamily,
            DefaultFontSize = o.FontSize,
            TitleFontSize = Math.Round(o.FontSize * 1.4),
            SubtitleFontSize = o.FontSize,
            Culture = o.Culture,
            Background = OxyColors.White,
            PlotAreaBorderColor = OxyColor.FromRgb(0x88, 0x88, 0x88),
            TextColor = OxyColor.FromRgb(0x22, 0x22, 0x22),
        };
        if (legend)
        {
            model.Legends.Add(new Legend
            {
                LegendPosition = LegendPosition.BottomCenter,
                LegendPlacement = LegendPlacement.Outside,
                LegendOrientation = LegendOrientation.Horizontal,
                LegendBackground = OxyColor.FromAColor(220, OxyColors.White),
                LegendBorder = OxyColor.FromRgb(0xBB, 0xBB, 0xBB),
                LegendFontSize = o.FontSize,
            });
        }

        return model;
    }

    internal static string TitleOf(ChartOptions o, string defaultTitle) => o.Title ?? defaultTitle;

    internal static Chart Render(PlotModel model, string title, ChartOptions o, IEnumerable<Diagnostic>? diagnostics = null)
    {
        string raw = OxyPlot.SvgExporter.ExportToString(model, o.Width, o.Height, isDocument: false, new PixelTextMeasurer(o.Width, o.Height));
        (string svg, string prefix) = SvgFinisher.Finish(raw, title, o.Width, o.Height, o.IdPrefix);
        return new Chart(title, o.Width, o.Height, prefix, svg, diagnostics is null ? [] : [.. diagnostics]);
    }

    internal static OxyColor Colour(string hex) => OxyColor.Parse(hex);

    internal static OxyColor Colour(string hex, byte alpha) => OxyColor.FromAColor(alpha, OxyColor.Parse(hex));

    internal static double X(LocalDate date) => DateTimeAxis.ToDouble(date.ToDateTimeUnspecified());

    internal static DateTimeAxis DateAxis(string title, ChartOptions o) => new()
    {
        Position = AxisPosition.Bottom,
        Title = title,
        StringFormat = "yyyy-MM-dd",
        MajorGridlineStyle = LineStyle.Dot,
        MajorGridlineColor = OxyColor.FromRgb(0xDD, 0xDD, 0xDD),
        FontSize = o.FontSize,
    };

    internal static LinearAxis ValueAxis(string title, ChartOptions o, AxisPosition position = AxisPosition.Left, string? format = null) => new()
    {
        Position = position,
        Title = title,
        StringFormat = format ?? o.ValueFormat,
        MajorGridlineStyle = LineStyle.Dot,
        MajorGridlineColor = OxyColor.FromRgb(0xDD, 0xDD, 0xDD),
        FontSize = o.FontSize,
    };

    /// <summary>An Okabe–Ito colour for status rank <paramref name="rank"/> of <paramref name="count"/> (0 = worst: vermillion … best: bluish green).</summary>
    internal static string ZoneColour(int rank, int count)
    {
        string[] ramp = [ChartPalette.Vermillion, ChartPalette.Orange, ChartPalette.Yellow, ChartPalette.SkyBlue, ChartPalette.BluishGreen];
        if (count <= 1)
        {
            return ChartPalette.BluishGreen;
        }

        int r = Math.Clamp(rank, 0, count - 1);
        return ramp[(int)Math.Round(r * (ramp.Length - 1) / (double)(count - 1), MidpointRounding.AwayFromZero)];
    }
}
