using Pmo.Core.Risk.Simulation;
using Spectre.Console;

namespace Pmo.Cli;

/// <summary>
/// The progress bar of <c>pmo simulate</c>: a Spectre.Console <see cref="Progress"/> display on the terminal's stderr,
/// fed by the engine's progress reports. Without a terminal the work runs with no progress callback and nothing is
/// written.
/// </summary>
internal static class SimulationProgressDisplay
{
    /// <summary>The task's description on the bar.</summary>
    public const string Description = "simulating";

    /// <summary>Runs <paramref name="work"/>, showing its progress on <paramref name="terminal"/> if there is one.</summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="terminal">The stderr terminal, or null when stderr is not one.</param>
    /// <param name="work">The work, given the progress sink (null without a terminal).</param>
    /// <returns>The work's result.</returns>
    public static T Run<T>(IAnsiConsole? terminal, Func<IProgress<SimulationProgress>?, T> work)
    {
        if (terminal is null)
        {
            return work(null);
        }

        return terminal.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                ProgressTask task = ctx.AddTask(Description, autoStart: true, maxValue: 1);
                T result = work(new ProgressTaskAdapter(task));
                task.Value = task.MaxValue; // a run that reported nothing (or stopped short of its total) still ends at 100 %
                task.StopTask();
                return result;
            });
    }
}

/// <summary>
/// Feeds a Spectre <see cref="ProgressTask"/> from simulation progress reports, which may come from worker threads and
/// out of order: the task's value only ever moves forward.
/// </summary>
/// <param name="task">The task to move.</param>
internal sealed class ProgressTaskAdapter(ProgressTask task) : IProgress<SimulationProgress>
{
    private readonly Lock gate = new();

    private long completed = -1;

    /// <inheritdoc/>
    public void Report(SimulationProgress value)
    {
        lock (gate)
        {
            if (value.CompletedIterations <= completed)
            {
                return;
            }

            completed = value.CompletedIterations;
            task.MaxValue = Math.Max(1, value.TotalIterations);
            task.Value = Math.Min(value.CompletedIterations, task.MaxValue);
        }
    }
}
