using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Kpis.Flow;
using Pmo.Core.Prioritization;
using Pmo.Core.Scheduling.Rcpsp;
using Pmo.Core.Tests.Prioritization.Sensitivity;

namespace Pmo.Core.Tests.Reliability.Bounds;

/// <summary>
/// Issue 9 §5: the long-running APIs that take a <see cref="CancellationToken"/> also report <see cref="WorkProgress"/>
/// (<c>Smaa.Run</c>, <c>RcpspHeuristics.Sample</c>, <c>DeliveryForecast.WhenDone/HowMany</c>). Every report lies in
/// (0, Total]; a single-threaded run reports a non-decreasing count ending at Total; a parallel run reports Total exactly
/// once and as its largest value; and a progress object never changes a result. The expected report sequences of the
/// block-based APIs follow from the fixed block of 1,024 samples or trials: 10,000 = 9 × 1,024 + 784, so the reports are
/// 1,024, 2,048, …, 9,216 and 10,000.
/// </summary>
public sealed class ProgressTests
{
    private static readonly int[] History = [0, 1, 0, 2, 0, 0, 1];

    private static readonly LocalDate Monday = new(2026, 1, 5);

    /// <summary>1,024, 2,048, …, 9,216, 10,000: one report per block of 1,024 out of 10,000.</summary>
    private static readonly long[] TenThousandInBlocks = [1024, 2048, 3072, 4096, 5120, 6144, 7168, 8192, 9216, 10_000];

    // ---- Smaa.Run ----

    [Fact]
    public void Smaa_reports_every_block_in_order_on_one_thread()
    {
        var seen = new Collector();
        var options = new SmaaOptions { Samples = 10_000, Seed = 3, MaxDegreeOfParallelism = 1 };
        _ = Smaa.Run(new TestWeightedSum(), BoundsWorkloads.Matrix(12), options, seen);
        AssertSequential(seen, 10_000);
        Assert.Equal(TenThousandInBlocks, seen.Reports.Select(p => p.Completed));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Smaa_results_do_not_depend_on_progress(int threads)
    {
        var options = new SmaaOptions { Samples = 20_000, Seed = 5, MaxDegreeOfParallelism = threads };
        DecisionMatrix matrix = BoundsWorkloads.Matrix(12);
        SmaaResult without = Smaa.Run(new TestWeightedSum(), matrix, options);
        SmaaResult with = Smaa.Run(new TestWeightedSum(), matrix, options, new Collector());
        Assert.Equal(without.RankCounts.ToArray(), with.RankCounts.ToArray());
        Assert.Equal(without.RankAcceptabilities.ToArray(), with.RankAcceptabilities.ToArray());
        Assert.Equal(without.CentralWeights.SelectMany(w => w), with.CentralWeights.SelectMany(w => w));
        Assert.Equal(without.RejectedDraws, with.RejectedDraws);
    }

    [Fact]
    public void Smaa_parallel_reports_end_at_the_total()
    {
        var seen = new Collector();
        var options = new SmaaOptions { Samples = 40_000, Seed = 7, MaxDegreeOfParallelism = 4 };
        _ = Smaa.Run(new TestWeightedSum(), BoundsWorkloads.Matrix(12), options, seen);
        AssertParallel(seen, 40_000, blocks: 40);
    }

    // ---- RcpspHeuristics.Sample ----

    [Fact]
    public void Rcpsp_sampling_reports_in_order_and_ends_at_the_budget()
    {
        var seen = new Collector();
        RcpspSamplingResult result = RcpspHeuristics.Sample(BoundsWorkloads.Rcpsp(60), new RcpspSamplingOptions(1000, 2), seen);
        Assert.False(result.StoppedAtLowerBound, "the workload should spend its whole budget");
        Assert.Equal(1000, result.SchedulesGenerated);
        AssertSequential(seen, 1000);

        // A report once at least 64 schedules have been generated since the last one (a sample and its justification
        // passes form one unit, so the step can exceed 64), then the budget exactly once: at most ⌊999 / 64⌋ = 15
        // intermediate reports.
        Assert.InRange(seen.Reports.Count, 8, 16);
        Assert.Single(seen.Reports, p => p.Completed == 1000);
        long[] completed = [0, .. seen.Reports.Select(p => p.Completed)];
        Assert.All(completed.Zip(completed.Skip(1)).SkipLast(1), p => Assert.True(p.Second - p.First >= 64, $"{p.First} → {p.Second}"));
    }

    [Fact]
    public void Rcpsp_sampling_stopped_at_the_lower_bound_reports_the_budget_as_given()
    {
        // Ten jobs in one chain: the first schedule has the critical-path length, so sampling stops at once.
        var seen = new Collector();
        RcpspSamplingResult result = RcpspHeuristics.Sample(BoundsWorkloads.Rcpsp(10), new RcpspSamplingOptions(int.MaxValue, 1), seen);
        Assert.True(result.StoppedAtLowerBound);
        Assert.Equal([new WorkProgress(int.MaxValue, int.MaxValue)], seen.Reports);
    }

    [Fact]
    public void Rcpsp_sampling_results_do_not_depend_on_progress()
    {
        var options = new RcpspSamplingOptions(1500, 9, selectiveJustification: true, bidirectional: true, intensifyAfter: 0.5);
        RcpspProblem problem = BoundsWorkloads.Rcpsp(60);
        RcpspSamplingResult without = RcpspHeuristics.Sample(problem, options);
        RcpspSamplingResult with = RcpspHeuristics.Sample(problem, options, new Collector());
        Assert.Equal(without.Best.Starts, with.Best.Starts);
        Assert.Equal(without.Best.Makespan, with.Best.Makespan);
        Assert.Equal(without.SchedulesGenerated, with.SchedulesGenerated);
        Assert.Equal(without.FoundAtSchedule, with.FoundAtSchedule);
        Assert.Equal(without.FirstMakespan, with.FirstMakespan);
    }

    // ---- DeliveryForecast.WhenDone ----

    [Fact]
    public void WhenDone_reports_every_block_in_order_on_one_thread()
    {
        var seen = new Collector();
        _ = DeliveryForecast.WhenDone(History, RemainingScope.Exactly(50), Monday, WorkdayCalendar.MondayToFriday, 10_000, 1, new DeliveryForecastOptions { MaxDegreeOfParallelism = 1 }, seen);
        AssertSequential(seen, 10_000);
        Assert.Equal(TenThousandInBlocks, seen.Reports.Select(p => p.Completed));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void WhenDone_results_do_not_depend_on_progress(int threads)
    {
        var options = new DeliveryForecastOptions { MaxDegreeOfParallelism = threads };
        CompletionForecast without = DeliveryForecast.WhenDone(History, RemainingScope.Uniform(20, 60), Monday, WorkdayCalendar.MondayToFriday, 20_000, 4, options);
        CompletionForecast with = DeliveryForecast.WhenDone(History, RemainingScope.Uniform(20, 60), Monday, WorkdayCalendar.MondayToFriday, 20_000, 4, options, new Collector());
        Assert.Equal(without.SortedWorkingDays.ToArray(), with.SortedWorkingDays.ToArray());
        Assert.Equal(without.TrialsBeyondHorizon, with.TrialsBeyondHorizon);
        Assert.Equal(without.MeanWorkingDays, with.MeanWorkingDays);
        Assert.Equal(without.DateAt(0.85), with.DateAt(0.85));
    }

    [Fact]
    public void WhenDone_parallel_reports_end_at_the_total()
    {
        var seen = new Collector();
        _ = DeliveryForecast.WhenDone(History, RemainingScope.Exactly(50), Monday, WorkdayCalendar.MondayToFriday, 50_000, 1, new DeliveryForecastOptions { MaxDegreeOfParallelism = 4 }, seen);

        // 50,000 = 48 × 1,024 + 848: 49 blocks.
        AssertParallel(seen, 50_000, blocks: 49);
    }

    [Fact]
    public void WhenDone_that_cannot_finish_reports_all_trials_once()
    {
        var seen = new Collector();
        CompletionForecast result = DeliveryForecast.WhenDone([0, 0, 0], RemainingScope.Exactly(5), Monday, WorkdayCalendar.MondayToFriday, 3000, 1, null, seen);
        Assert.Equal(ForecastStatus.CannotFinish, result.Status);
        Assert.Equal([new WorkProgress(3000, 3000)], seen.Reports);
    }

    // ---- DeliveryForecast.HowMany ----

    [Fact]
    public void HowMany_reports_every_block_in_order_on_one_thread()
    {
        var seen = new Collector();
        _ = DeliveryForecast.HowMany(History, Monday, Monday.PlusMonths(3), WorkdayCalendar.MondayToFriday, 10_000, 1, new DeliveryForecastOptions { MaxDegreeOfParallelism = 1 }, seen);
        AssertSequential(seen, 10_000);
        Assert.Equal(TenThousandInBlocks, seen.Reports.Select(p => p.Completed));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void HowMany_results_do_not_depend_on_progress(int threads)
    {
        var options = new DeliveryForecastOptions { MaxDegreeOfParallelism = threads };
        ItemCountForecast without = DeliveryForecast.HowMany(History, Monday, Monday.PlusMonths(3), WorkdayCalendar.MondayToFriday, 20_000, 6, options);
        ItemCountForecast with = DeliveryForecast.HowMany(History, Monday, Monday.PlusMonths(3), WorkdayCalendar.MondayToFriday, 20_000, 6, options, new Collector());
        Assert.Equal(without.SortedCounts.ToArray(), with.SortedCounts.ToArray());
        Assert.Equal(without.MeanCount, with.MeanCount);
        Assert.Equal(without.AtLeast(0.85), with.AtLeast(0.85));
    }

    [Fact]
    public void HowMany_parallel_reports_end_at_the_total()
    {
        var seen = new Collector();
        _ = DeliveryForecast.HowMany(History, Monday, Monday.PlusMonths(3), WorkdayCalendar.MondayToFriday, 50_000, 1, new DeliveryForecastOptions { MaxDegreeOfParallelism = 4 }, seen);
        AssertParallel(seen, 50_000, blocks: 49);
    }

    // ---- helpers ----

    private static void AssertSequential(Collector seen, long total)
    {
        IReadOnlyList<WorkProgress> r = seen.Reports;
        Assert.NotEmpty(r);
        Assert.All(r, p => Assert.Equal(total, p.Total));
        Assert.All(r, p => Assert.InRange(p.Completed, 1, total));
        Assert.All(r.Zip(r.Skip(1)), p => Assert.True(p.Second.Completed >= p.First.Completed, $"{p.Second.Completed} after {p.First.Completed}"));
        Assert.Equal(total, r[^1].Completed);
        Assert.Equal(1, seen.Threads);
    }

    private static void AssertParallel(Collector seen, long total, int blocks)
    {
        IReadOnlyList<WorkProgress> r = seen.Reports;
        Assert.Equal(blocks, r.Count);
        Assert.All(r, p => Assert.Equal(total, p.Total));
        Assert.All(r, p => Assert.InRange(p.Completed, 1, total));

        // The Interlocked count gives every block its own running total: all distinct, the largest exactly the total.
        Assert.Equal(blocks, r.Select(p => p.Completed).Distinct().Count());
        Assert.Equal(total, r.Max(p => p.Completed));
        Assert.Single(r, p => p.Completed == total);
    }

    /// <summary>A synchronous, thread-safe collector (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class Collector : IProgress<WorkProgress>
    {
        private readonly List<WorkProgress> reports = [];
        private readonly HashSet<int> threads = [];
        private readonly Lock gate = new();

        public IReadOnlyList<WorkProgress> Reports
        {
            get
            {
                lock (gate)
                {
                    return [.. reports];
                }
            }
        }

        public int Threads
        {
            get
            {
                lock (gate)
                {
                    return threads.Count;
                }
            }
        }

        public void Report(WorkProgress value)
        {
            lock (gate)
            {
                reports.Add(value);
                threads.Add(Environment.CurrentManagedThreadId);
            }
        }
    }
}
