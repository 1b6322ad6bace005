using System.Net;
using System.Text.RegularExpressions;
using Pmo.Cli.Reports;

namespace Pmo.Cli.Tests;

/// <summary>
/// <c>--format html</c>: one self-contained offline page. Structure is checked here; .ci/browser_check.py renders it in
/// headless Chromium (layout, charts drawn, no script errors, prints).
/// </summary>
public sealed partial class HtmlReportTests
{
    [Fact]
    public void Portfolio_report_has_a_section_for_every_section_of_the_text_report_in_order()
    {
        var (exit, html, err) = CliRunner.Run("report", "--format", "html");
        var (_, text, _) = CliRunner.Run("report");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);

        string[] lines = text.Split('\n');
        List<string> expected = [.. Enumerable.Range(0, lines.Length - 1)
            .Where(i => lines[i].Length > 0 && lines[i + 1].Length == lines[i].Length && lines[i + 1].All(c => c == '-'))
            .Select(i => lines[i])];
        List<string> sections = [.. SectionHeading().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
        Assert.True(expected.Count >= 10, $"the text report has only {expected.Count} sections");
        Assert.Equal(expected, sections);

        // The contents list links every section.
        for (int i = 1; i <= sections.Count; i++)
        {
            Assert.Contains($"<a href=\"#s{i}\">", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Portfolio_report_is_self_contained_and_offline()
    {
        var (_, html, _) = CliRunner.Run("report", "--format", "html");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_cell_of_the_text_report_is_in_the_html_report()
    {
        // Same document, two renderers: every number the text report prints is in the page.
        var (_, html, _) = CliRunner.Run("report", "--format", "html");
        string decoded = WebUtility.HtmlDecode(TagPattern().Replace(html, " "));
        foreach (string amount in new[] { "4,050,000", "2,893,518", "-122,605", "8,900,000", "0.85", "18.96/20.00" })
        {
            Assert.Contains(amount, decoded, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("evm", "sample-project.json")]
    [InlineData("kpi", "sample-kpis.json")]
    [InlineData("risk", "sample-risks.json")]
    [InlineData("prioritize", "sample-prioritization.json")]
    [InlineData("simulate", "sample-schedule.json")]
    [InlineData("capacity", "sample-portfolio.json")]
    public void Every_command_renders_html(string command, string sample)
    {
        string input = Path.Combine(CliRunner.RepoRoot, "docs", "data", sample);
        string[] args = command == "simulate" ? [command, "--input", input, "--format", "html", "-n", "2048"] : [command, "--input", input, "--format", "html"];
        var (exit, html, err) = CliRunner.Run(args);
        Assert.True(exit == 0, err);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Html_output_file_is_written_atomically()
    {
        using var runner = new CliRunner();
        string path = Path.Combine(runner.Directory, "report.html");
        var (exit, stdout, _) = CliRunner.Run("report", "--format", "html", "--output", path);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(runner.Directory));
    }

    [Fact]
    public void Text_is_escaped()
    {
        var doc = new ReportDocument().Heading(1, "A <b> & \"c\"").Heading(2, "x<y").Paragraph("<script>alert(1)</script>")
            .Table(TableBlock.Create(("<th>", false), ("n", true)).Row("a&b", "1<2"));
        string html = HtmlRenderer.Render(doc);
        Assert.Contains("<h1>A &lt;b&gt; &amp; &quot;c&quot;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", html, StringComparison.Ordinal);
        Assert.Contains("<th>&lt;th&gt;</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>a&amp;b</td><td class=\"num\">1&lt;2</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Red", "<span class=\"status status-red\">Red</span>")]
    [InlineData("amber (2 of 5)", "<span class=\"status status-amber\">amber</span> (2 of 5)")]
    [InlineData("GREEN", "<span class=\"status status-green\">GREEN</span>")]
    [InlineData("BREACH", "<span class=\"status status-red\">BREACH</span>")]
    [InlineData("Reduced scope", "Reduced scope")]
    [InlineData("greenfield", "greenfield")]
    [InlineData("1,200", "1,200")]
    public void Status_words_get_a_badge_and_keep_the_word(string cell, string expected)
    {
        string html = HtmlRenderer.Render(new ReportDocument().Table(TableBlock.Create(("Status", false)).Row(cell)));
        Assert.Contains($"<td>{expected}</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_ids_are_made_unique_per_chart()
    {
        const string Svg = "<svg><defs><clipPath id=\"clipPath1\"><rect/></clipPath></defs><g clip-path=\"url(#clipPath1)\"><use href=\"#clipPath1\"/></g></svg>";
        var doc = new ReportDocument().Heading(2, "Charts").Chart("one", () => Svg).Chart("two", () => Svg);
        string html = HtmlRenderer.Render(doc);
        List<string> ids = [.. IdAttribute().Matches(html).Select(m => m.Groups[1].Value)];
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("url(#c1-clipPath1)", html, StringComparison.Ordinal);
        Assert.Contains("url(#c2-clipPath1)", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#c2-clipPath1\"", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>two</figcaption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_are_drawn_only_in_html()
    {
        int calls = 0;
        var doc = new ReportDocument().Heading(1, "T").Paragraph("p").Chart("c", () => { calls++; return "<svg></svg>"; });
        Assert.Equal("T\n=\np\n", TextRenderer.Render(doc));
        Assert.Equal("# T\n\np\n", MarkdownRenderer.Render(doc));
        Assert.Equal(0, calls);
        _ = HtmlRenderer.Render(doc);
        Assert.Equal(1, calls);
    }

    [GeneratedRegex("<section id=\"s\\d+\"><h2>([^<]*)</h2>")]
    private static partial Regex SectionHeading();

    [GeneratedRegex("(src|href)\\s*=\\s*\"(https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
