using System.Text;
using Spectre.Console;

namespace Pmo.Cli;

/// <summary>
/// Standard output when it is an interactive terminal: writes pass through to the underlying writer unchanged, and
/// <see cref="Reports.ReportOutput.Emit"/> renders text reports through <see cref="Console"/> (Spectre.Console) instead.
/// <see cref="CliApp.Run"/> wraps stdout in one only when the caller hands it a terminal console, so redirected output,
/// <c>--output</c> files and the tests' writers keep the plain text renderer byte for byte.
/// </summary>
/// <param name="inner">The underlying writer (the process's stdout).</param>
/// <param name="console">The Spectre console drawing on the same terminal.</param>
internal sealed class TerminalWriter(TextWriter inner, IAnsiConsole console) : TextWriter(inner.FormatProvider)
{
    /// <summary>Gets the Spectre console drawing on the terminal.</summary>
    public IAnsiConsole Console { get; } = console;

    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override void Write(char value) => inner.Write(value);

    /// <inheritdoc/>
    public override void Write(string? value) => inner.Write(value);

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => inner.Write(buffer, index, count);

    /// <inheritdoc/>
    public override void WriteLine(string? value) => inner.WriteLine(value);

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();
}
