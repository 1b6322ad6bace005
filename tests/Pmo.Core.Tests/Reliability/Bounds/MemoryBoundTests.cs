using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Tests.Reliability.Bounds;

/// <summary>
/// Issue 9 §5: a simulation's memory follows a documented formula. <see cref="SimulationResult"/> keeps every sample
/// (finish and cost, two doubles per iteration, so that any percentile, histogram or merge is exact), so its memory
/// grows by 16 bytes per iteration, plus 4 bytes per iteration and activity with <c>storeActivityDurations</c>; the
/// workspace (one block of 256 iterations per thread) does not grow with the iteration count. The tests measure the
/// bytes allocated on the calling thread (single-threaded runs, so all work is on it) at two iteration counts and
/// check the slope; allocation counts are deterministic, unlike times.
/// </summary>
public sealed class MemoryBoundTests
{
    private static long Allocated(SimulationModel model, int iterations, bool storeDurations)
    {
        var options = new SimulationOptions(iterations, 1, storeActivityDurations: storeDurations, maxDegreeOfParallelism: 1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        SimulationResult r = RiskSimulation.Run(model, options);
        long after = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(r);
        return after - before;
    }

    [Theory]
    [InlineData(false, 16.0)]
    [InlineData(true, 16.0 + (4.0 * 50))]
    public void Simulation_memory_grows_by_the_documented_bytes_per_iteration(bool storeDurations, double bytesPerIteration)
    {
        SimulationModel model = BoundsWorkloads.Simulation(50);
        _ = Allocated(model, 1024, storeDurations); // warm up (JIT, statics)
        const int small = 25_600, large = 256_000;
        long a = Allocated(model, small, storeDurations);
        long b = Allocated(model, large, storeDurations);
        double slope = (b - a) / (double)(large - small);

        // 32 bytes of generator state per block of 256 iterations add 0.125 B/iteration; array headers are constant.
        Assert.InRange(slope, bytesPerIteration, bytesPerIteration + 0.5);

        // The constant part (model compilation, workspace) does not depend on the iteration count.
        double constant = a - (slope * small);
        Assert.InRange(constant, 0, 2_000_000);
    }

    [Fact]
    public void Simulation_reports_monotone_progress_ending_at_the_iteration_count()
    {
        var seen = new List<SimulationProgress>();
        var progress = new SynchronousProgress(seen.Add);
        _ = RiskSimulation.Run(BoundsWorkloads.Simulation(20), new SimulationOptions(100_000, 1, maxDegreeOfParallelism: 1), progress);
        Assert.True(seen.Count >= 10, $"only {seen.Count} reports");
        Assert.All(seen, p => Assert.Equal(100_000, p.TotalIterations));
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.Second.CompletedIterations > p.First.CompletedIterations));
        Assert.Equal(100_000, seen[^1].CompletedIterations);
    }

    [Fact]
    public void Tornado_reports_progress_ending_at_its_total()
    {
        var seen = new List<SimulationProgress>();
        var progress = new SynchronousProgress(p => { lock (seen) { seen.Add(p); } });
        _ = RiskTornado.Analyze(BoundsWorkloads.Simulation(10), new SimulationOptions(10_000, 1, maxDegreeOfParallelism: 1), 0.8, progress);
        Assert.NotEmpty(seen);
        Assert.Equal(seen[^1].TotalIterations, seen[^1].CompletedIterations);
    }

    private sealed class SynchronousProgress(Action<SimulationProgress> report) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => report(value);
    }
}
