using Spectre.Console;
using Spectre.Console.Rendering;

namespace Pmo.Cli.Reports;

/// <summary>
/// Renders a <see cref="ReportDocument"/> to an interactive terminal with Spectre.Console: headings as rules, facts as a
/// grid, tables with right-aligned numeric columns that never wrap a number and totals set apart in bold, leading status
/// words (green, amber, red, breach) coloured while the word itself stays (so colour is never the only cue). Charts are
/// not drawn: one dim line points to <c>--format html</c>. Every report string is escaped (reports contain
/// <c>[</c> and <c>]</c>). The content is the same as <see cref="TextRenderer"/>'s; only the layout differs.
/// </summary>
internal static class SpectreRenderer
{
    /// <summary>The narrowest a text column is wrapped to before a wide table is split instead.</summary>
    public const int MinTextWidth = 16;

    /// <summary>The note written in place of a chart.</summary>
    public const string ChartNote = "chart in --format html";

    private static readonly (string Word, Style Style)[] StatusWords =
    [
        ("green", new Style(Color.Green, decoration: Decoration.Bold)),
        ("amber", new Style(Color.Orange1, decoration: Decoration.Bold)),
        ("red", new Style(Color.Red, decoration: Decoration.Bold)),
        ("breach", new Style(Color.Red, decoration: Decoration.Bold)),
    ];

    /// <summary>Writes the document to the console.</summary>
    /// <param name="doc">The report.</param>
    /// <param name="console">The terminal.</param>
    public static void Render(ReportDocument doc, IAnsiConsole console)
    {
        bool first = true;
        foreach (Block block in doc.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    if (!first)
                    {
                        console.WriteLine();
                    }

                    console.Write(Heading(h));
                    break;
                case ParagraphBlock p:
                    console.Write(new Markup(Markup.Escape(p.Text) + "\n"));
                    break;
                case FactsBlock f:
                    console.Write(Facts(f));
                    break;
                case BulletsBlock b:
                    console.Write(Bullets(b));
                    break;
                case TableBlock t:
                    foreach (Table table in Tables(t, console.Profile.Width))
                    {
                        console.Write(table);
                    }

                    break;
                case ChartBlock c:
                    console.Write(new Markup($"[dim]({Markup.Escape(c.Title)}: {ChartNote})[/]\n"));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
            }

            first = false;
        }
    }

    /// <summary>Escapes a cell's text and colours a leading status word (matched as HtmlRenderer does).</summary>
    /// <param name="text">The cell text.</param>
    /// <returns>Spectre markup.</returns>
    internal static string Cell(string text)
    {
        foreach ((string word, Style style) in StatusWords)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (text.Length == word.Length || !char.IsLetter(text[word.Length])))
            {
                return $"[{style.ToMarkup()}]{Markup.Escape(text[..word.Length])}[/]{Markup.Escape(text[word.Length..])}";
            }
        }

        return Markup.Escape(text);
    }

    private static IRenderable Heading(HeadingBlock h)
    {
        string title = Markup.Escape(h.Text);
        return h.Level switch
        {
            1 => new Rule($"[bold]{title}[/]") { Border = BoxBorder.Double }.LeftJustified(),
            2 => new Rule($"[bold]{title}[/]").LeftJustified(),
            _ => new Markup($"[bold underline]{title}[/]\n"),
        };
    }

    private static Grid Facts(FactsBlock f)
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(2));
        grid.AddColumn(new GridColumn());
        foreach ((string label, string value) in f.Facts)
        {
            grid.AddRow(new Markup($"[bold]{Markup.Escape(label)}:[/]"), new Markup(Cell(value)));
        }

        return grid;
    }

    private static Grid Bullets(BulletsBlock b)
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1));
        grid.AddColumn(new GridColumn());
        foreach (string item in b.Items)
        {
            grid.AddRow(new Text("-"), new Markup(Cell(item)));
        }

        return grid;
    }

    /// <summary>
    /// Lays out a table for the console width. When the table fits with its text columns wrapped to at most
    /// <see cref="MinTextWidth"/> characters it is one table (Spectre wraps the text columns as needed; numeric
    /// columns never wrap). Otherwise it is split into several tables, each repeating the first (key) column and the
    /// later ones titled "continued", with the other columns in order and the parts as even in width as the console
    /// allows, so that numbers are never wrapped or cut.
    /// </summary>
    /// <param name="t">The table.</param>
    /// <param name="width">The console width.</param>
    /// <returns>The tables to write, in order.</returns>
    internal static List<Table> Tables(TableBlock t, int width)
    {
        int[] widths = [.. t.Headers.Select(h => h.Length)];
        foreach ((var cells, _) in t.Rows)
        {
            for (int i = 0; i < cells.Length; i++)
            {
                widths[i] = Math.Max(widths[i], cells[i].Length);
            }
        }

        // Horizontal border: one padding space either side of a cell, one separator between cells and at each edge.
        int Needed(IEnumerable<int> columns, Func<int, int> w) => columns.Sum(i => w(i) + 3) + 1;
        int Natural(int i) => widths[i];
        int Wrapped(int i) => t.RightAligned[i] ? widths[i] : Math.Min(widths[i], MinTextWidth);

        List<int> all = [.. Enumerable.Range(0, widths.Length)];
        if (all.Count <= 2 || Needed(all, Wrapped) <= width)
        {
            return [Table(t, all, continued: false)];
        }

        List<List<int>> Pack(int limit)
        {
            List<List<int>> parts = [[0]];
            for (int i = 1; i < widths.Length; i++)
            {
                if (parts[^1].Count > 1 && Needed([.. parts[^1], i], Natural) > limit)
                {
                    parts.Add([0]);
                }

                parts[^1].Add(i);
            }

            return parts;
        }

        // The narrowest limit that needs no more parts than the console width does: parts of even width, no orphan.
        List<List<int>> chunks = Pack(width);
        for (int limit = width - 1; limit > 0; limit--)
        {
            List<List<int>> tighter = Pack(limit);
            if (tighter.Count > chunks.Count)
            {
                break;
            }

            chunks = tighter;
        }

        return [.. chunks.Select((columns, k) => Table(t, columns, continued: k > 0))];
    }

    private static Table Table(TableBlock t, List<int> columns, bool continued)
    {
        var table = new Table { Border = TableBorder.Horizontal, Expand = false };
        table.BorderStyle(new Style(Color.Grey));
        if (continued)
        {
            table.Title("(continued)", new Style(decoration: Decoration.Dim));
        }

        foreach (int i in columns)
        {
            var column = new TableColumn(new Markup($"[bold]{Markup.Escape(t.Headers[i])}[/]"));
            if (t.RightAligned[i])
            {
                column.RightAligned().NoWrap();
            }

            table.AddColumn(column);
        }

        var bold = new Style(decoration: Decoration.Bold);
        bool previousTotal = false;
        foreach ((var cells, bool total) in t.Rows)
        {
            if (total && !previousTotal)
            {
                table.AddRow(columns.Select(_ => (IRenderable)new CellRule()));
            }

            table.AddRow(columns.Select(i => (IRenderable)(total ? new Markup(Cell(cells[i]), bold) : new Markup(Cell(cells[i])))));
            previousTotal = total;
        }

        return table;
    }

    /// <summary>A horizontal line filling its table cell without widening the column (sets total rows apart).</summary>
    private sealed class CellRule : Renderable
    {
        protected override Measurement Measure(RenderOptions options, int maxWidth) => new(1, 1);

        protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            [new Segment(new string(options.Unicode ? '─' : '-', maxWidth), new Style(Color.Grey))];
    }
}
