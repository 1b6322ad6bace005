using OxyPlot;

namespace Pmo.Core.Charts.Internal;

/// <summary>
/// Measures text with OxyPlot's built-in PDF font metrics (Helvetica for sans-serif families), converted to pixels.
/// </summary>
/// <remarks>
/// OxyPlot 2.2's SVG exporter measures text with <see cref="PdfRenderContext"/>, which sets the font in points
/// (px · 72/96) and returns the size in points, so every measured text is 25 % too small in the SVG's pixel space
/// (legends and labels get clipped). This measurer scales the result back by 96/72. One instance per export; no shared state.
/// </remarks>
internal sealed class PixelTextMeasurer(double width, double height) : PdfRenderContext(width, height, OxyColors.White)
{
    private const double PointsToPixels = 96.0 / 72.0;

    public override OxySize MeasureText(string text, string fontFamily, double fontSize, double fontWeight)
    {
        OxySize size = base.MeasureText(text, fontFamily, fontSize, fontWeight);
        return new OxySize(size.Width * PointsToPixels, size.Height * PointsToPixels);
    }
}
