using System.Globalization;
using System.Xml.Linq;

namespace Pmo.Core.Charts.Tests;

/// <summary>Reads a chart's SVG with System.Xml.Linq (parsing also proves it is well-formed).</summary>
internal static class SvgKit
{
    internal static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    internal static XElement Parse(Chart chart)
    {
        Assert.StartsWith("<svg", chart.Svg, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", chart.Svg, StringComparison.Ordinal);       // no degenerate geometry
        Assert.DoesNotContain("Infinity", chart.Svg, StringComparison.Ordinal);
        XElement root = XElement.Parse(chart.Svg);
        Assert.Equal(Svg + "svg", root.Name);
        return root;
    }

    internal static List<string> Texts(Chart chart) => [.. Parse(chart).Descendants(Svg + "text").Select(t => t.Value)];

    /// <summary>The polylines of data series drawn in <paramref name="hex"/> (legend samples have no line join and are left out).</summary>
    internal static List<(double X, double Y)[]> SeriesLines(Chart chart, string hex, bool dashed = false) =>
        [.. Parse(chart).Descendants(Svg + "polyline")
            .Where(p => Style(p).Contains("stroke:" + Rgb(hex) + ";", StringComparison.Ordinal)
                && Style(p).Contains("stroke-linejoin", StringComparison.Ordinal)
                && Style(p).Contains("dasharray", StringComparison.Ordinal) == dashed)
            .Select(Points)];

    internal static List<XElement> FilledRects(Chart chart, string hex) =>
        [.. Parse(chart).Descendants(Svg + "rect").Where(r => Style(r).Contains("fill:" + Rgb(hex) + ";", StringComparison.Ordinal))];

    internal static (double X, double Y)[] Points(XElement polyline) =>
        [.. ((string)polyline.Attribute("points")!).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(','))
            .Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture)))];

    /// <summary>The y coordinate of the (first) text element with exactly this content, from its translate transform.</summary>
    internal static double TextY(Chart chart, string text) => TextXy(chart, text).Y;

    internal static (double X, double Y) TextXy(Chart chart, string text)
    {
        XElement t = Parse(chart).Descendants(Svg + "text").First(e => e.Value == text);
        string transform = (string)t.Attribute("transform")!;
        string[] xy = transform[(transform.IndexOf('(', StringComparison.Ordinal) + 1)..transform.IndexOf(')', StringComparison.Ordinal)].Split(',');
        return (double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture));
    }

    internal static string Rgb(string hex)
    {
        int v = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return FormattableString.Invariant($"rgb({(v >> 16) & 0xFF},{(v >> 8) & 0xFF},{v & 0xFF})");
    }

    internal static void StrictlyIncreasing(IEnumerable<double> values)
    {
        double[] v = [.. values];
        for (int i = 1; i < v.Length; i++)
        {
            Assert.True(v[i] > v[i - 1], $"element {i} ({v[i]}) is not above element {i - 1} ({v[i - 1]})");
        }
    }

    private static string Style(XElement e) => (string?)e.Attribute("style") ?? "";
}
