using System.Net;
using System.Text;

namespace Pmo.Cli.Reports;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as one self-contained, offline HTML page: inline CSS, inline SVG charts, no
/// scripts, no external resources (nothing is fetched, so it opens the same on an air-gapped laptop and prints).
/// </summary>
/// <remarks>
/// Each level-2 heading opens a <c>&lt;section&gt;</c> listed in the page's contents; status words in table cells
/// (green, amber, red, breach) get a coloured badge with the word kept, so the page reads the same in grey print.
/// SVG element ids are made unique per chart so that several inline charts never share a clip path.
/// </remarks>
internal static class HtmlRenderer
{
    private const string Style = """
        :root { --fg:#1f2328; --muted:#59636e; --rule:#d1d9e0; --band:#f6f8fa; --accent:#0b5cad; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); margin: 0; }
        header, main, nav { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 24px; }
        h1 { font-size: 26px; margin: 0 0 8px; }
        h2 { font-size: 20px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
        h3 { font-size: 16px; margin: 20px 0 6px; }
        p { margin: 6px 0; max-width: 90ch; }
        nav ol { columns: 2; margin: 8px 0 0; padding-left: 20px; }
        nav a { color: var(--accent); text-decoration: none; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        .table-wrap { overflow-x: auto; margin: 8px 0 12px; }
        table { border-collapse: collapse; font-size: 13px; }
        th, td { padding: 3px 8px; border-bottom: 1px solid var(--rule); white-space: nowrap; }
        th { text-align: left; background: var(--band); position: sticky; top: 0; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.total td { font-weight: 600; border-top: 2px solid var(--fg); }
        figure { margin: 12px 0 16px; }
        figure svg { max-width: 100%; height: auto; border: 1px solid var(--rule); }
        figcaption { color: var(--muted); font-size: 13px; }
        .status { display: inline-block; padding: 0 6px; border-radius: 8px; font-weight: 600; }
        .status-green { background: #dafbe1; color: #116329; }
        .status-amber { background: #fff1c2; color: #7a4f01; }
        .status-red { background: #ffd8d3; color: #a40e26; }
        footer { max-width: 1180px; margin: 32px auto; padding: 0 24px; color: var(--muted); font-size: 12px; }
        @media print {
          @page { size: A4 landscape; margin: 12mm; }
          body { font-size: 10px; }
          .table-wrap { overflow: visible; }
          table { font-size: 8.5px; }
          th, td { padding: 1px 4px; }
          nav { display: none; }
          section { break-before: page; }
          figure, table { break-inside: avoid; }
          th { position: static; }
          header, main, footer { max-width: none; }
        }
        """;

    /// <summary>Renders the page.</summary>
    /// <param name="doc">The report.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(ReportDocument doc)
    {
        string title = doc.Blocks.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1)?.Text ?? "pmo report";
        var body = new StringBuilder();
        var contents = new List<(string Id, string Text)>();
        bool inSection = false;
        bool headerOpen = false;
        int chart = 0;
        foreach (Block block in doc.Blocks)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } h:
                    body.Append("<header><h1>").Append(E(h.Text)).Append("</h1>\n");
                    headerOpen = true;
                    break;
                case HeadingBlock { Level: 2 } h:
                    CloseHeader(body, ref headerOpen);
                    if (inSection)
                    {
                        body.Append("</section>\n");
                    }

                    string id = $"s{contents.Count + 1}";
                    contents.Add((id, h.Text));
                    body.Append("<section id=\"").Append(id).Append("\"><h2>").Append(E(h.Text)).Append("</h2>\n");
                    inSection = true;
                    break;
                case HeadingBlock h:
                    CloseHeader(body, ref headerOpen);
                    body.Append("<h3>").Append(E(h.Text)).Append("</h3>\n");
                    break;
                case ParagraphBlock p:
                    body.Append("<p>").Append(E(p.Text)).Append("</p>\n");
                    break;
                case FactsBlock f:
                    body.Append("<dl class=\"facts\">");
                    foreach ((string label, string value) in f.Facts)
                    {
                        body.Append("<dt>").Append(E(label)).Append("</dt><dd>").Append(Cell(value)).Append("</dd>");
                    }

                    body.Append("</dl>\n");
                    break;
                case BulletsBlock b:
                    body.Append("<ul>");
                    foreach (string item in b.Items)
                    {
                        body.Append("<li>").Append(E(item)).Append("</li>");
                    }

                    body.Append("</ul>\n");
                    break;
                case TableBlock t:
                    CloseHeader(body, ref headerOpen);
                    Table(body, t);
                    break;
                case ChartBlock c:
                    CloseHeader(body, ref headerOpen);
                    chart++;
                    body.Append("<figure class=\"chart\">").Append(UniqueIds(c.Svg(), $"c{chart}-"))
                        .Append("<figcaption>").Append(E(c.Title)).Append("</figcaption></figure>\n");
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
            }
        }

        CloseHeader(body, ref headerOpen);
        if (inSection)
        {
            body.Append("</section>\n");
        }

        var page = new StringBuilder(body.Length + 4096);
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"pmo (Pmo.Core)\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        string html = body.ToString();
        int headerEnd = html.IndexOf("</header>", StringComparison.Ordinal);
        string nav = contents.Count < 2 ? string.Empty
            : "<nav aria-label=\"Contents\"><ol>" + string.Concat(contents.Select(c => $"<li><a href=\"#{c.Id}\">{E(c.Text)}</a></li>")) + "</ol></nav>\n";
        if (headerEnd >= 0)
        {
            int cut = headerEnd + "</header>".Length;
            page.Append(html, 0, cut).Append('\n').Append(nav).Append("<main>\n").Append(html, cut, html.Length - cut);
        }
        else
        {
            page.Append(nav).Append("<main>\n").Append(html);
        }

        page.Append("</main>\n<footer>Generated by pmo with Pmo.Core. Self-contained: no scripts, no external resources.</footer>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static void CloseHeader(StringBuilder body, ref bool headerOpen)
    {
        if (headerOpen)
        {
            body.Append("</header>\n");
            headerOpen = false;
        }
    }

    private static void Table(StringBuilder body, TableBlock t)
    {
        body.Append("<div class=\"table-wrap\"><table><thead><tr>");
        for (int i = 0; i < t.Headers.Length; i++)
        {
            body.Append(t.RightAligned[i] ? "<th class=\"num\">" : "<th>").Append(E(t.Headers[i])).Append("</th>");
        }

        body.Append("</tr></thead><tbody>");
        foreach ((var cells, bool total) in t.Rows)
        {
            body.Append(total ? "<tr class=\"total\">" : "<tr>");
            for (int i = 0; i < cells.Length; i++)
            {
                body.Append(t.RightAligned[i] ? "<td class=\"num\">" : "<td>").Append(Cell(cells[i])).Append("</td>");
            }

            body.Append("</tr>");
        }

        body.Append("</tbody></table></div>\n");
    }

    /// <summary>Escapes a cell and badges a leading status word (the word stays, so colour is never the only cue).</summary>
    private static string Cell(string text)
    {
        foreach ((string word, string css) in StatusWords)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (text.Length == word.Length || !char.IsLetter(text[word.Length])))
            {
                return $"<span class=\"status status-{css}\">{E(text[..word.Length])}</span>{E(text[word.Length..])}";
            }
        }

        return E(text);
    }

    private static readonly (string Word, string Css)[] StatusWords =
        [("green", "green"), ("amber", "amber"), ("red", "red"), ("breach", "red")];

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Prefixes every <c>id="…"</c> and <c>url(#…)</c>/<c>href="#…"</c> reference of one SVG.</summary>
    internal static string UniqueIds(string svg, string prefix) =>
        svg.Replace("id=\"", $"id=\"{prefix}", StringComparison.Ordinal)
           .Replace("url(#", $"url(#{prefix}", StringComparison.Ordinal)
           .Replace("href=\"#", $"href=\"#{prefix}", StringComparison.Ordinal);
}
