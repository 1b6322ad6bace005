using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Charts.Tests;

/// <summary>The SVG contract shared by every chart: one element, title, prefixed ids, determinism, options.</summary>
public partial class ChartBasicsTests
{
    private static Chart SCurve(ChartOptions? options = null) => EarnedValueCharts.SCurve(Fixtures.Baseline(), Fixtures.Status(), null, options);

    [Fact]
    public void Svg_is_one_element_without_prolog_with_a_title_first()
    {
        Chart chart = SCurve();
        Assert.DoesNotContain("<?xml", chart.Svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<!DOCTYPE", chart.Svg, StringComparison.OrdinalIgnoreCase);
        XElement root = SvgKit.Parse(chart);
        XElement title = root.Elements().First();
        Assert.Equal(SvgKit.Svg + "title", title.Name);
        Assert.Equal("Earned value S-curve", title.Value);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal((string?)title.Attribute("id"), (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("0 0 800 450", (string?)root.Attribute("viewBox"));
        Assert.Equal(800, chart.Width);
        Assert.Equal(450, chart.Height);
    }

    [Fact]
    public void Every_id_carries_the_prefix_is_unique_and_every_reference_resolves()
    {
        Chart chart = SCurve();
        XElement root = SvgKit.Parse(chart);
        string[] ids = [.. root.DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).OfType<string>()];
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith(chart.IdPrefix, id, StringComparison.Ordinal));
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        string[] references = [.. UrlReference().Matches(chart.Svg).Select(m => m.Groups[1].Value)];
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.Contains(r, ids));
        Assert.Matches("^pmo[0-9a-f]{12}-$", chart.IdPrefix);
    }

    [Fact]
    public void Same_input_gives_byte_identical_svg()
    {
        Chart a = SCurve();
        Chart b = SCurve();
        Assert.Equal(a.Svg, b.Svg);
        Assert.Equal(a.IdPrefix, b.IdPrefix);
    }

    [Fact]
    public void Rendering_on_many_threads_gives_the_same_svg()
    {
        string expected = CapacityCharts.HeatMap(Fixtures.Capacity()).Svg;
        string[] svgs = new string[8];
        Parallel.For(0, svgs.Length, i => svgs[i] = CapacityCharts.HeatMap(Fixtures.Capacity()).Svg);
        Assert.All(svgs, s => Assert.Equal(expected, s));
    }

    [Fact]
    public void Different_content_gives_disjoint_ids()
    {
        Chart a = SCurve();
        var other = new Pmo.Core.EarnedValue.ProjectStatus(new StatusPoint(new NodaTime.LocalDate(2026, 3, 31), 410, 480));
        Chart b = EarnedValueCharts.SCurve(Fixtures.Baseline(), other);
        Assert.NotEqual(a.IdPrefix, b.IdPrefix);
        var idsA = SvgKit.Parse(a).DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();
        var idsB = SvgKit.Parse(b).DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).OfType<string>();
        Assert.DoesNotContain(idsB, idsA.Contains);
    }

    [Fact]
    public void Explicit_prefix_and_title_are_used()
    {
        Chart chart = SCurve(new ChartOptions { IdPrefix = "ev1-", Title = "R&D <pilot>", Width = 640, Height = 360 });
        Assert.Equal("ev1-", chart.IdPrefix);
        Assert.Equal("R&D <pilot>", chart.Title);
        XElement root = SvgKit.Parse(chart);
        Assert.Equal("R&D <pilot>", root.Elements().First().Value);
        Assert.Equal("ev1-title", (string?)root.Elements().First().Attribute("id"));
        Assert.Equal("0 0 640 360", (string?)root.Attribute("viewBox"));
    }

    [Fact]
    public void Html_is_a_figure_with_an_escaped_caption()
    {
        Chart chart = SCurve(new ChartOptions { Title = "R&D <pilot>" });
        XElement figure = XElement.Parse(chart.ToHtml());
        Assert.Equal("figure", figure.Name.LocalName);
        Assert.Equal(SvgKit.Svg + "svg", figure.Elements().First().Name);
        Assert.Equal("R&D <pilot>", figure.Element("figcaption")!.Value);
        Assert.Contains("<figcaption>R&amp;D &lt;pilot&gt;</figcaption>", chart.ToHtml(), StringComparison.Ordinal);
        Assert.Equal(chart.Svg, chart.ToString());
    }

    [Fact]
    public void Value_format_and_culture_shape_the_labels()
    {
        Chart chart = SCurve(new ChartOptions { ValueFormat = "#,##0.00" });
        Assert.Contains("BAC 1,000.00", SvgKit.Texts(chart));
        Assert.Equal("1,234.50", new ChartOptions { ValueFormat = "#,##0.00", Culture = CultureInfo.InvariantCulture }.Format(1234.5));
    }

    [Fact]
    public void Options_reject_a_width_below_the_minimum() =>
        Assert.Equal("Width", Assert.Throws<ArgumentOutOfRangeException>(() => new ChartOptions { Width = 99 }).ParamName);

    [Fact]
    public void Options_reject_a_height_above_the_maximum() =>
        Assert.Equal("Height", Assert.Throws<ArgumentOutOfRangeException>(() => new ChartOptions { Height = 10_001 }).ParamName);

    [Fact]
    public void Options_reject_a_blank_title() =>
        Assert.Equal("Title", Assert.Throws<ArgumentException>(() => new ChartOptions { Title = "  " }).ParamName);

    [Theory]
    [InlineData("1abc")]
    [InlineData("a b")]
    [InlineData("")]
    [InlineData("a\"")]
    public void Options_reject_an_id_prefix_that_is_not_an_xml_name(string prefix) =>
        Assert.Equal("IdPrefix", Assert.Throws<ArgumentException>(() => new ChartOptions { IdPrefix = prefix }).ParamName);

    [Theory]
    [InlineData("")]
    [InlineData("X")]
    public void Options_reject_a_value_format_that_does_not_format_a_number(string format) =>
        Assert.Equal("ValueFormat", Assert.Throws<ArgumentException>(() => new ChartOptions { ValueFormat = format }).ParamName);

    [Fact]
    public void Options_reject_a_null_culture() =>
        Assert.Equal("Culture", Assert.Throws<ArgumentNullException>(() => new ChartOptions { Culture = null! }).ParamName);

    [Theory]
    [InlineData("")]
    [InlineData("Arial\" onload=\"x")]
    [InlineData("<b>")]
    public void Options_reject_an_unsafe_font_family(string family) =>
        Assert.Equal("FontFamily", Assert.Throws<ArgumentException>(() => new ChartOptions { FontFamily = family }).ParamName);

    [Theory]
    [InlineData(5.9)]
    [InlineData(48.1)]
    [InlineData(double.NaN)]
    public void Options_reject_a_font_size_outside_6_to_48(double size) =>
        Assert.Equal("FontSize", Assert.Throws<ArgumentOutOfRangeException>(() => new ChartOptions { FontSize = size }).ParamName);

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();
}
