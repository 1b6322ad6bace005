using System.Text.RegularExpressions;
using Pmo.Cli.Analysis;
using Pmo.Cli.Input;
using Pmo.Cli.Reports;
using Pmo.Core.Risk.Simulation;
using Spectre.Console;
using Spectre.Console.Testing;

namespace Pmo.Cli.Tests;

/// <summary>
/// The terminal report (issue 8 §3): <see cref="SpectreRenderer"/> carries the plain report's content, colours status
/// words, escapes markup characters, copes with narrow terminals; <see cref="CliApp.Run"/> uses it only when handed a
/// terminal console; the simulate progress bar moves forward only.
/// </summary>
public class SpectreRendererTests
{
    private static ReportDocument SampleReport()
    {
        PortfolioResult result = PortfolioResult.Analyze(InputLoader.LoadPortfolio(InputLoader.ReadSample(), InputLoader.SampleDisplayName), CliApp.DefaultRollup);
        return PortfolioReport.Build(result, InputLoader.SampleDisplayName);
    }

    private static string Render(ReportDocument doc, int width)
    {
        using var console = new TestConsole();
        console.Width(width);
        SpectreRenderer.Render(doc, console);
        return console.Output;
    }

    /// <summary>Every text string of the document (headings, paragraphs, facts, bullets, table headers and cells).</summary>
    private static IEnumerable<string> Texts(ReportDocument doc)
    {
        foreach (Block block in doc.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    yield return h.Text;
                    break;
                case ParagraphBlock p:
                    yield return p.Text;
                    break;
                case FactsBlock f:
                    foreach ((string label, string value) in f.Facts)
                    {
                        yield return label;
                        yield return value;
                    }

                    break;
                case BulletsBlock b:
                    foreach (string item in b.Items)
                    {
                        yield return item;
                    }

                    break;
                case TableBlock t:
                    foreach (string header in t.Headers)
                    {
                        yield return header;
                    }

                    foreach ((var cells, _) in t.Rows)
                    {
                        foreach (string cell in cells)
                        {
                            yield return cell;
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>Whitespace-separated words, a trailing colon dropped (the facts grid writes "Label:").</summary>
    private static string[] Words(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd(':')).Where(w => w.Length > 0)];

    [Fact]
    public void On_a_wide_terminal_every_heading_and_every_table_row_of_the_sample_report_appears_whole()
    {
        ReportDocument doc = SampleReport();
        string output = Render(doc, 1000);
        string[] lines = output.Split('\n');

        foreach (HeadingBlock h in doc.Blocks.OfType<HeadingBlock>())
        {
            Assert.Contains(h.Text, output, StringComparison.Ordinal);
        }

        foreach (TableBlock t in doc.Blocks.OfType<TableBlock>())
        {
            Assert.Contains(lines, l => Regex.IsMatch(l, string.Join(@"\s+", t.Headers.Select(Regex.Escape))));
            foreach ((var cells, _) in t.Rows)
            {
                // The row's non-empty cells, in order, on one line.
                string pattern = string.Join(@"\s+", cells.Where(c => c.Length > 0).Select(Regex.Escape));
                Assert.Contains(lines, l => Regex.IsMatch(l, pattern));
            }
        }
    }

    [Theory]
    [InlineData(100)]
    [InlineData(120)]
    public void At_100_and_120_columns_every_word_of_the_sample_report_appears_and_no_line_is_wider(int width)
    {
        ReportDocument doc = SampleReport();
        string output = Render(doc, width);

        var words = new HashSet<string>(Words(output), StringComparer.Ordinal);
        string[] missing = [.. Texts(doc).SelectMany(Words).Where(w => !words.Contains(w)).Distinct()];
        Assert.True(missing.Length == 0, string.Join(" | ", missing));
        Assert.All(output.Split('\n'), l => Assert.True(l.TrimEnd().Length <= width, $"{l.TrimEnd().Length} > {width}: {l}"));

        // No cell cropped by Spectre: every ellipsis shown is one of the report's own.
        Assert.Equal(Texts(doc).Sum(t => t.Count(c => c == '…')), output.Count(c => c == '…'));
    }

    [Fact]
    public void A_numeric_table_wider_than_the_terminal_is_split_with_the_key_column_repeated_and_numbers_whole()
    {
        var table = TableBlock.Create([("Project", false), .. Enumerable.Range(1, 20).Select(i => ($"Metric {i}", true))]);
        table.Row(["P-1", .. Enumerable.Range(1, 20).Select(i => (i * 1_234_567).ToString("N0", System.Globalization.CultureInfo.InvariantCulture))]);
        table.TotalRow(["Total", .. Enumerable.Range(1, 20).Select(_ => "9,999,999,999")]);

        List<Table> parts = SpectreRenderer.Tables(table, 100);
        string output = Render(new ReportDocument().Table(table), 100);

        Assert.True(parts.Count > 1);
        Assert.Equal(20, parts.Sum(p => p.Columns.Count - 1));
        Assert.All(output.Split('\n'), l => Assert.True(l.TrimEnd().Length <= 100, l));
        for (int i = 1; i <= 20; i++)
        {
            Assert.Contains($"Metric {i}", output, StringComparison.Ordinal);
            Assert.Contains((i * 1_234_567).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), output, StringComparison.Ordinal);
        }

        Assert.Equal(20, Regex.Count(output, "9,999,999,999"));
        Assert.Equal(parts.Count, Regex.Count(output, @"\bP-1\b"));
        Assert.Equal(parts.Count - 1, Regex.Count(output, @"\(continued\)"));
    }

    [Fact]
    public void Leading_status_words_are_coloured_and_keep_the_word_other_text_is_not()
    {
        var table = TableBlock.Create(("KPI", false), ("Status", false));
        table.Row("a", "Green").Row("b", "amber (2 Red)").Row("c", "RED").Row("d", "Breach").Row("e", "Greenish").Row("f", "On track");
        var doc = new ReportDocument().Table(table);
        using var console = new TestConsole();
        console.Colors(ColorSystem.EightBit).EmitAnsiSequences();
        console.Width(80);

        SpectreRenderer.Render(doc, console);
        string output = console.Output;

        // xterm-256 palette numbers: green 2, orange1 214, red 9 (Spectre's Color.Green, Color.Orange1, Color.Red).
        // The word itself sits between the colour's escape sequence and the reset; the rest of the cell is plain.
        Assert.Matches(@"\x1b\[(?:\d+;)*38;5;2mGreen\x1b\[0m", output);
        Assert.Matches(@"\x1b\[(?:\d+;)*38;5;214mamber\x1b\[0m \(2 Red\)", output);
        Assert.Matches(@"\x1b\[(?:\d+;)*38;5;9mRED\x1b\[0m", output);
        Assert.Matches(@"\x1b\[(?:\d+;)*38;5;9mBreach\x1b\[0m", output);
        Assert.DoesNotMatch(@"\x1b\[[0-9;]*m(?:Greenish|On track)", output);
        Assert.Contains(" Greenish ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_colour_the_status_word_is_still_there_and_no_escape_sequence_is_written()
    {
        var table = TableBlock.Create(("KPI", false), ("Status", false));
        table.Row("a", "Red");
        using var console = new TestConsole();
        console.Colors(ColorSystem.NoColors);

        SpectreRenderer.Render(new ReportDocument().Table(table), console);

        Assert.Contains("Red", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\x1b[", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Square_brackets_in_every_kind_of_block_are_written_literally()
    {
        var table = TableBlock.Create(("[col]", false), ("n [x]", true));
        table.Row("[red]x[/]", "[1]").TotalRow("red [/]", "2]");
        var doc = new ReportDocument()
            .Heading(1, "Report [draft]")
            .Heading(2, "Section [/]")
            .Heading(3, "Sub [[x]]")
            .Paragraph("see [bold]docs[/] [")
            .Facts(("Input [file]", "Green [ok]"))
            .Bullets(["[link=x]y[/]", "amber ]"])
            .Table(table)
            .Chart("Chart [1]", () => "<svg/>");

        string output = Render(doc, 80);

        foreach (string text in new[] { "Report [draft]", "Section [/]", "Sub [[x]]", "see [bold]docs[/] [", "Input [file]:", "Green [ok]", "[link=x]y[/]", "amber ]", "[col]", "n [x]", "[red]x[/]", "[1]", "red [/]", "2]", "Chart [1]" })
        {
            Assert.Contains(text, output, StringComparison.Ordinal);
        }

        Assert.Contains(SpectreRenderer.ChartNote, output, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(20)]
    [InlineData(40)]
    public void A_narrow_terminal_does_not_throw(int width)
    {
        string output = Render(SampleReport(), width);

        Assert.Contains("Northwind", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CliApp_draws_text_reports_on_the_terminal_console_and_leaves_stdout_untouched()
    {
        using var console = new TestConsole();
        console.Width(120);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        int exit = CliApp.Run(["report"], stdout, stderr, terminal: console);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stdout.ToString());
        Assert.Equal(string.Empty, stderr.ToString());
        Assert.Contains("══ Northwind Bank Change Portfolio: portfolio report ══", console.Output, StringComparison.Ordinal);
        Assert.Contains("── Portfolio roll-up ──", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_and_errors_pass_through_unchanged_with_a_terminal()
    {
        using var console = new TestConsole();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        int help = CliApp.Run(["--help"], stdout, stderr, terminal: console, errorTerminal: console);
        var plainHelp = CliRunner.Run("--help");
        using var stdout2 = new StringWriter();
        using var stderr2 = new StringWriter();
        int bad = CliApp.Run(["evm"], stdout2, stderr2, terminal: console, errorTerminal: console);

        Assert.Equal(plainHelp.Exit, help);
        Assert.Equal(plainHelp.Out, stdout.ToString());
        Assert.Equal(CliApp.InputError, bad);
        Assert.Equal(CliRunner.Run("evm").Err, stderr2.ToString());
        Assert.Equal(string.Empty, console.Output);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("html")]
    public void Other_formats_go_to_stdout_as_without_a_terminal(string format)
    {
        using var console = new TestConsole();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        int exit = CliApp.Run(["report", "--format", format], stdout, stderr, terminal: console);
        var plain = CliRunner.Run("report", "--format", format);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, console.Output);
        Assert.Equal(plain.Out, stdout.ToString());
    }

    [Fact]
    public void With_output_the_file_holds_the_plain_text_report_even_on_a_terminal()
    {
        using var runner = new CliRunner();
        string path = Path.Combine(runner.Directory, "report.txt");
        using var console = new TestConsole();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        int exit = CliApp.Run(["report", "--output", path], stdout, stderr, terminal: console);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, console.Output);
        Assert.Equal(CliRunner.Run("report").Out, File.ReadAllText(path));
    }

    [Fact]
    public void Without_a_terminal_the_text_report_is_the_plain_renderer_output_byte_for_byte()
    {
        Assert.Equal(TextRenderer.Render(SampleReport()), CliRunner.Run("report").Out);
    }

    [Fact]
    public void The_progress_adapter_only_moves_forward_and_follows_the_total()
    {
        var task = new ProgressTask(0, "simulating", 1, autoStart: true, TimeProvider.System);
        var adapter = new ProgressTaskAdapter(task);
        var seen = new List<double>();

        foreach ((int done, int total) in new[] { (10, 100), (5, 100), (40, 100), (40, 100), (20, 100), (100, 100) })
        {
            adapter.Report(new SimulationProgress(done, total));
            seen.Add(task.Value);
        }

        Assert.Equal([10.0, 10, 40, 40, 40, 100], seen);
        Assert.Equal(100, task.MaxValue);
    }

    [Fact]
    public async Task The_progress_adapter_is_monotone_under_concurrent_reports()
    {
        var task = new ProgressTask(0, "simulating", 1, autoStart: true, TimeProvider.System);
        var adapter = new ProgressTaskAdapter(task);
        double last = 0;
        bool monotone = true;
        using var stop = new CancellationTokenSource();
        Task watcher = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                double v = task.Value;
                monotone &= v >= last;
                last = v;
            }
        });

        Parallel.For(0, 10_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => adapter.Report(new SimulationProgress(i + 1, 10_000)));
        stop.Cancel();
        await watcher;

        Assert.True(monotone);
        Assert.Equal(10_000, task.Value);
    }

    [Fact]
    public void Without_a_terminal_the_work_gets_no_progress_sink()
    {
        int result = SimulationProgressDisplay.Run<int>(null, progress =>
        {
            Assert.Null(progress);
            return 42;
        });

        Assert.Equal(42, result);
    }

    [Fact]
    public void Simulate_draws_its_progress_on_the_error_terminal_and_the_report_is_unchanged()
    {
        string sample = Path.Combine(CliRunner.RepoRoot, "docs", "data", "sample-schedule.json");
        string[] args = ["simulate", "--input", sample, "--iterations", "2048", "--seed", "3"];
        using var console = new TestConsole();
        console.Interactive();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        int exit = CliApp.Run(args, stdout, stderr, errorTerminal: console);
        var plain = CliRunner.Run(args);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr.ToString());
        Assert.Equal(string.Empty, plain.Err);
        Assert.Equal(plain.Out, stdout.ToString());
        Assert.Contains(SimulationProgressDisplay.Description, console.Output, StringComparison.Ordinal);
        Assert.Contains("100%", console.Output, StringComparison.Ordinal);
    }
}
