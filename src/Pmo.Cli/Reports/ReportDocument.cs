using System.Collections.Immutable;

namespace Pmo.Cli.Reports;

/// <summary>A report as format-neutral blocks, rendered to text or Markdown with the same content.</summary>
internal sealed class ReportDocument
{
    private readonly List<Block> blocks = [];

    public IReadOnlyList<Block> Blocks => blocks;

    public ReportDocument Heading(int level, string text)
    {
        blocks.Add(new HeadingBlock(level, text));
        return this;
    }

    public ReportDocument Paragraph(string text)
    {
        blocks.Add(new ParagraphBlock(text));
        return this;
    }

    public ReportDocument Facts(params (string Label, string Value)[] facts)
    {
        blocks.Add(new FactsBlock([.. facts]));
        return this;
    }

    public ReportDocument Bullets(IEnumerable<string> items)
    {
        ImmutableArray<string> list = [.. items];
        if (!list.IsEmpty)
        {
            blocks.Add(new BulletsBlock(list));
        }

        return this;
    }

    public ReportDocument Table(TableBlock table)
    {
        blocks.Add(table);
        return this;
    }

    /// <summary>Adds a chart: drawn only by the HTML renderer (text and Markdown carry the same numbers in tables).</summary>
    /// <param name="title">The chart's caption.</param>
    /// <param name="svg">Draws the chart as one <c>&lt;svg&gt;</c> element; called only when the chart is rendered.</param>
    public ReportDocument Chart(string title, Func<string> svg)
    {
        blocks.Add(new ChartBlock(title, svg));
        return this;
    }
}

/// <summary>A block of a report.</summary>
internal abstract record Block;

/// <summary>A heading (level 1 to 3).</summary>
internal sealed record HeadingBlock(int Level, string Text) : Block;

/// <summary>A sentence or two.</summary>
internal sealed record ParagraphBlock(string Text) : Block;

/// <summary>Label–value lines.</summary>
internal sealed record FactsBlock(ImmutableArray<(string Label, string Value)> Facts) : Block;

/// <summary>A bulleted list.</summary>
internal sealed record BulletsBlock(ImmutableArray<string> Items) : Block;

/// <summary>A chart as SVG, built lazily (only the HTML renderer draws it).</summary>
internal sealed record ChartBlock(string Title, Func<string> Svg) : Block;

/// <summary>A table; numeric columns are right-aligned. Rows flagged as totals are set apart.</summary>
internal sealed record TableBlock(ImmutableArray<string> Headers, ImmutableArray<bool> RightAligned) : Block
{
    public List<(ImmutableArray<string> Cells, bool IsTotal)> Rows { get; } = [];

    public static TableBlock Create(params (string Header, bool Right)[] columns) =>
        new([.. columns.Select(c => c.Header)], [.. columns.Select(c => c.Right)]);

    public TableBlock Row(params string[] cells) => Add(cells, false);

    public TableBlock TotalRow(params string[] cells) => Add(cells, true);

    private TableBlock Add(string[] cells, bool total)
    {
        if (cells.Length != Headers.Length)
        {
            throw new InvalidOperationException($"A row has {cells.Length} cells but the table has {Headers.Length} columns.");
        }

        Rows.Add(([.. cells], total));
        return this;
    }
}
