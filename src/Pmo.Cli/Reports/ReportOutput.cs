namespace Pmo.Cli.Reports;

/// <summary>
/// The one place where a command's result becomes output: JSON from its own builder, text, Markdown or HTML from the
/// command's format-neutral <see cref="ReportDocument"/>; written to stdout or atomically to <c>--output</c>. Text for
/// an interactive terminal (stdout is a <see cref="TerminalWriter"/>, no <c>--output</c>) is drawn with
/// <see cref="SpectreRenderer"/>; everywhere else text is <see cref="TextRenderer"/>'s plain output.
/// </summary>
internal static class ReportOutput
{
    /// <summary>The values <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = ["text", "json", "markdown", "html"];

    /// <summary>Renders and writes a command's result.</summary>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="outputPath">The <c>--output</c> file, or null for stdout.</param>
    /// <param name="stdout">Where the report goes without <c>--output</c>.</param>
    /// <param name="document">Builds the report document (text, Markdown, HTML).</param>
    /// <param name="json">Builds the JSON document.</param>
    public static void Emit(string? format, string? outputPath, TextWriter stdout, Func<ReportDocument> document, Func<string> json)
    {
        if (outputPath is null && stdout is TerminalWriter terminal && format is null or "text")
        {
            SpectreRenderer.Render(document(), terminal.Console);
            return;
        }

        string content = format switch
        {
            "json" => json(),
            "markdown" => MarkdownRenderer.Render(document()),
            "html" => HtmlRenderer.Render(document()),
            _ => TextRenderer.Render(document()),
        };
        OutputWriter.Write(content, outputPath, stdout);
    }
}
