using System.Globalization;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Cli;

/// <summary>
/// A simple textual progress bar on stderr for <c>pmo simulate</c>, driven by the engine's progress reports (which
/// may come from worker threads): redrawn in place with a carriage return when the percentage changes, finished with a
/// line break. Only used when stderr is a terminal.
/// </summary>
internal sealed class ProgressBar : IProgress<SimulationProgress>
{
    private const int Width = 30;

    private readonly TextWriter writer;

    private readonly Lock gate = new();

    private int lastPercent = -1;

    private bool drawn;

    public ProgressBar(TextWriter writer) => this.writer = writer;

    /// <summary>Gets a bar writing to <paramref name="stderr"/> if it is the process's stderr and a terminal, else null.</summary>
    /// <param name="stderr">The CLI's error writer.</param>
    /// <returns>The bar or null.</returns>
    public static ProgressBar? ForTerminal(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? new ProgressBar(stderr) : null;

    public void Report(SimulationProgress value)
    {
        int percent = value.TotalIterations <= 0 ? 100 : (int)(100L * value.CompletedIterations / value.TotalIterations);
        lock (gate)
        {
            if (percent <= lastPercent)
            {
                return;
            }

            lastPercent = percent;
            int filled = percent * Width / 100;
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\rsimulating [{new string('#', filled)}{new string('-', Width - filled)}] {percent,3}% {value.CompletedIterations:N0}/{value.TotalIterations:N0}"));
            writer.Flush();
            drawn = true;
        }
    }

    /// <summary>Ends the bar's line, if one was drawn.</summary>
    public void Finish()
    {
        lock (gate)
        {
            if (drawn)
            {
                writer.WriteLine();
                writer.Flush();
                drawn = false;
            }
        }
    }
}
