using System.Text;

namespace Pmo.Cli.Reports;

/// <summary>Renders a <see cref="ReportDocument"/> for a terminal: aligned columns, rules under headings.</summary>
internal static class TextRenderer
{
    public static string Render(ReportDocument doc)
    {
        var sb = new StringBuilder();
        foreach (Block block in doc.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    if (sb.Length > 0)
                    {
                        sb.Append('\n');
                    }

                    sb.Append(h.Text).Append('\n');
                    if (h.Level <= 2)
                    {
                        sb.Append(new string(h.Level == 1 ? '=' : '-', h.Text.Length)).Append('\n');
                    }

                    break;
                case ParagraphBlock p:
                    sb.Append(p.Text).Append('\n');
                    break;
                case FactsBlock f:
                    int width = f.Facts.Max(x => x.Label.Length);
                    foreach ((string label, string value) in f.Facts)
                    {
                        sb.Append("  ").Append((label + ":").PadRight(width + 2)).Append(value).Append('\n');
                    }

                    break;
                case BulletsBlock b:
                    foreach (string item in b.Items)
                    {
                        sb.Append("  - ").Append(item).Append('\n');
                    }

                    break;
                case TableBlock t:
                    RenderTable(sb, t);
                    break;
                case ChartBlock:
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
            }
        }

        return sb.ToString();
    }

    private static void RenderTable(StringBuilder sb, TableBlock t)
    {
        int[] widths = [.. t.Headers.Select(h => h.Length)];
        foreach ((var cells, _) in t.Rows)
        {
            for (int i = 0; i < cells.Length; i++)
            {
                widths[i] = Math.Max(widths[i], cells[i].Length);
            }
        }

        string rule = "  " + string.Join("  ", widths.Select(w => new string('-', w)));
        AppendRow(sb, t.Headers, t, widths);
        sb.Append(rule).Append('\n');
        bool previousTotal = false;
        foreach ((var cells, bool total) in t.Rows)
        {
            if (total && !previousTotal)
            {
                sb.Append(rule).Append('\n');
            }

            AppendRow(sb, cells, t, widths);
            previousTotal = total;
        }
    }

    private static void AppendRow(StringBuilder sb, IReadOnlyList<string> cells, TableBlock t, int[] widths)
    {
        var line = new StringBuilder("  ");
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(t.RightAligned[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }

        sb.Append(line.ToString().TrimEnd()).Append('\n');
    }
}

/// <summary>Renders a <see cref="ReportDocument"/> as GitHub-flavoured Markdown.</summary>
internal static class MarkdownRenderer
{
    public static string Render(ReportDocument doc)
    {
        var sb = new StringBuilder();
        foreach (Block block in doc.Blocks)
        {
            if (block is ChartBlock)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            switch (block)
            {
                case HeadingBlock h:
                    sb.Append(new string('#', h.Level)).Append(' ').Append(Escape(h.Text)).Append('\n');
                    break;
                case ParagraphBlock p:
                    sb.Append(Escape(p.Text)).Append('\n');
                    break;
                case FactsBlock f:
                    foreach ((string label, string value) in f.Facts)
                    {
                        sb.Append("- **").Append(Escape(label)).Append(":** ").Append(Escape(value)).Append('\n');
                    }

                    break;
                case BulletsBlock b:
                    foreach (string item in b.Items)
                    {
                        sb.Append("- ").Append(Escape(item)).Append('\n');
                    }

                    break;
                case TableBlock t:
                    sb.Append("| ").Append(string.Join(" | ", t.Headers.Select(Cell))).Append(" |\n");
                    sb.Append('|').Append(string.Join("|", t.RightAligned.Select(r => r ? " ---: " : " :--- "))).Append("|\n");
                    foreach ((var cells, bool total) in t.Rows)
                    {
                        sb.Append("| ").Append(string.Join(" | ", cells.Select(c => total && c.Length > 0 ? $"**{Cell(c)}**" : Cell(c)))).Append(" |\n");
                    }

                    break;
                case ChartBlock:
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
            }
        }

        return sb.ToString();
    }

    private static string Cell(string text) => Escape(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Escape(string text) =>
        text.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal);
}
