using NodaTime;
using Pmo.Core.Kpis.Flow;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Selection;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling.Rcpsp;
using Pmo.Core.Tests.Prioritization.Sensitivity;

namespace Pmo.Core.Tests.Reliability.Bounds;

/// <summary>
/// Issue 9 §5: every long-running API takes a <see cref="CancellationToken"/>, and a cancelled token ends it with an
/// <see cref="OperationCanceledException"/>: already cancelled before the call, and cancelled during a run that would
/// otherwise take minutes. No timing is asserted (latencies are measured by the benchmark program's
/// <c>--reliability</c> mode); the only clock is a hang guard that fails the test if the call never returns.
/// </summary>
public sealed class CancellationTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static readonly CancellationToken Cancelled = new(true);

    public static TheoryData<string> Apis => [.. Calls.Keys];

    private static Dictionary<string, Action<CancellationToken>> Calls { get; } = new()
    {
        ["RiskSimulation.Run"] = t => RiskSimulation.Run(BoundsWorkloads.Simulation(200), new SimulationOptions(5_000_000, 1), null, t),
        ["RiskTornado.Analyze"] = t => RiskTornado.Analyze(BoundsWorkloads.Simulation(200), new SimulationOptions(2_000_000, 1), 0.8, null, t),
        ["Smaa.Run"] = t => Smaa.Run(new TestWeightedSum(), BoundsWorkloads.Matrix(2000), new SmaaOptions { Samples = 100_000_000, Seed = 1 }, null, t),
        ["PortfolioSelector.Solve"] = t => PortfolioSelector.Solve(BoundsWorkloads.Knapsack(400), new SelectionOptions(nodeLimit: int.MaxValue), t),
        ["EfficientFrontier.ComputeEvenlySpaced"] = t => EfficientFrontier.ComputeEvenlySpaced(BoundsWorkloads.Knapsack(400), "Budget", 50, new SelectionOptions(nodeLimit: int.MaxValue), t),
        ["SelectionScenario.Solve"] = t => new SelectionScenario("s", BoundsWorkloads.Knapsack(400)).Solve(new SelectionOptions(nodeLimit: int.MaxValue), t),
        ["RcpspHeuristics.Sample"] = t => RcpspHeuristics.Sample(BoundsWorkloads.Rcpsp(300), new RcpspSamplingOptions(int.MaxValue, 1), null, t),
        ["DeliveryForecast.WhenDone"] = t => DeliveryForecast.WhenDone([0, 1, 0, 2, 0, 0, 1], RemainingScope.Exactly(2000), new LocalDate(2026, 1, 5), WorkdayCalendar.MondayToFriday, 2_000_000, 1, null, null, t),
        ["DeliveryForecast.HowMany"] = t => DeliveryForecast.HowMany([0, 1, 0, 2, 0, 0, 1], new LocalDate(2026, 1, 5), new LocalDate(2036, 1, 5), WorkdayCalendar.MondayToFriday, 2_000_000, 1, null, null, t),
    };

    [Theory]
    [MemberData(nameof(Apis))]
    public void An_already_cancelled_token_throws(string api) =>
        Assert.ThrowsAny<OperationCanceledException>(() => Calls[api](Cancelled));

    [Theory]
    [MemberData(nameof(Apis))]
    public void Cancelling_a_long_run_throws(string api)
    {
        using var cts = new CancellationTokenSource();
        Task run = Task.Run(() => Calls[api](cts.Token));
        // Cancel from a dedicated thread, not CancelAfter: its timer callback runs on the thread pool, which the long
        // runs and parallel test classes can saturate on a loaded 2-core machine (the callback then came 19 s late,
        // after a 5,000,000-iteration simulation had completed).
        var canceller = new Thread(() =>
        {
            Thread.Sleep(200);
            cts.Cancel();
        })
        { IsBackground = true };
        canceller.Start();
        bool ended = ((IAsyncResult)run).AsyncWaitHandle.WaitOne(HangGuard);
        canceller.Join(); // before cts is disposed
        Assert.True(ended, $"{api} did not stop after cancellation");
        Assert.True(run.IsCanceled || run.Exception?.InnerException is OperationCanceledException, $"{api} ended with {run.Status} {run.Exception?.InnerException?.GetType().Name}");
    }
}
