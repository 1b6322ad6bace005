using System.Collections.Concurrent;
using Pmo.Core.Common;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Sensitivity;

/// <summary>
/// Issue 9 §6, Stryker survivors list P3 (part 1 of 2): <see cref="Smaa"/>, <see cref="SmaaResult"/> and
/// <see cref="SmaaWeightDistribution"/>: option and bound boundaries, rejection messages, the degree-1 calling-thread
/// contract, progress and cancellation, unwrapping of a parallel failure, the ranking kernel's degenerate and large-bucket
/// paths, holistic acceptability of every row and the single-alternative meta-weight, and accessor validation.
/// Monte Carlo runs use fixed seeds and tiny sample counts; every expectation is exact (deterministic preferences that
/// ignore the weights, or a weight that is 1 by construction).
/// </summary>
public class PrioritizationMutationTestsP3
{
    private static DecisionMatrix Blank(int alternatives, int criteria = 2) => Matrices.Benefit(new double[alternatives, criteria]);

    // ---- Run: arguments and options ----

    /// <summary>The probe's Prepare does not check for null itself, so only Run's own check can name "matrix".</summary>
    [Fact]
    public void Run_rejects_a_null_matrix_itself()
    {
        Reject.Rule<ArgumentNullException>(() => Smaa.Run(new P3Probe([1, 2]), null!), "matrix");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_000_001)]
    public void Samples_outside_1_to_1e8_are_rejected_with_the_range_in_the_message(int samples) =>
        Reject.Rule<ArgumentOutOfRangeException>(
            () => Smaa.Run(new P3Probe([1, 2]), Blank(2), new SmaaOptions { Samples = samples }),
            "options",
            "options.Samples must lie in [1, 100000000]",
            "(got " + samples.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");

    /// <summary>Samples = 1 is the lower end of [1, 10^8]: one sample of fixed preferences (3, 2, 1) ranks A, B, C.</summary>
    [Fact]
    public void One_sample_is_accepted()
    {
        SmaaResult r = Smaa.Run(new P3Probe([3, 2, 1]), Blank(3), new SmaaOptions { Samples = 1, Seed = 1 });
        Assert.Equal(1, r.Samples);
        Assert.Equal(1, r.RankAcceptability(0, 1));
        Assert.Equal(1, r.RankAcceptability(1, 2));
        Assert.Equal(1, r.RankAcceptability(2, 3));
    }

    /// <summary>
    /// The upper ends of [1, 10^8] samples and [1, 10^7] rejections are valid, so validation passes and the pre-cancelled
    /// token is what stops the run (the stream set-up checks it before the first block): OperationCanceledException, not
    /// ArgumentOutOfRangeException. No sample is drawn.
    /// </summary>
    [Fact]
    public void The_largest_valid_sample_and_rejection_limits_pass_validation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => Smaa.Run(new P3Probe([1, 2]), Blank(2), new SmaaOptions { Samples = 100_000_000 }, null, cts.Token));
        Assert.Throws<OperationCanceledException>(() => Smaa.Run(new P3Probe([1, 2]), Blank(2), new SmaaOptions { Samples = 10, MaxRejectionsPerSample = 10_000_000 }, null, cts.Token));
    }

    [Fact]
    public void One_rejection_per_sample_is_a_valid_limit()
    {
        SmaaResult r = Smaa.Run(new P3Probe([1, 2]), Blank(2), new SmaaOptions { Samples = 4, MaxRejectionsPerSample = 1 });
        Assert.Equal(1, r.RankAcceptability(1, 1)); // B (2) beats A (1) in every sample
        Assert.Equal(0, r.RejectedDraws); // uniform weights never reject
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_000_001)]
    public void Rejection_limit_outside_its_range_is_rejected_with_the_range_in_the_message(int limit) =>
        Reject.Rule<ArgumentOutOfRangeException>(
            () => Smaa.Run(new P3Probe([1, 2]), Blank(2), new SmaaOptions { MaxRejectionsPerSample = limit }),
            "options",
            "options.MaxRejectionsPerSample must lie in [1, 10000000]");

    [Fact]
    public void Degree_below_1_is_rejected_with_the_rule_in_the_message() =>
        Reject.Rule<ArgumentOutOfRangeException>(
            () => Smaa.Run(new P3Probe([1, 2]), Blank(2), new SmaaOptions { MaxDegreeOfParallelism = 0 }),
            "options",
            "options.MaxDegreeOfParallelism must be at least 1 or null (got 0)");

    [Fact]
    public void Null_weight_distribution_is_rejected_with_the_rule_in_the_message() =>
        Reject.Rule<ArgumentException>(
            () => Smaa.Run(new P3Probe([1, 2]), Blank(2), new SmaaOptions { Weights = null! }),
            "options",
            "options.Weights must not be null");

    [Fact]
    public void Bounds_for_the_wrong_number_of_criteria_are_rejected_with_both_counts_in_the_message() =>
        Reject.Rule<ArgumentException>(
            () => Smaa.Run(new P3Probe([1, 2]), Blank(2, 3), new SmaaOptions { Weights = SmaaWeightDistribution.Bounded([0, 0], [1, 1]) }),
            "options",
            "options.Weights has bounds for 2 criteria but the matrix has 3");

    // ---- Run: threading, progress, cancellation, failures ----

    /// <summary>
    /// SmaaOptions: "1 runs on the calling thread". Three blocks (2,049 samples) in one wave with degree 1: every Score call
    /// happens on the caller's thread and outside any task (a Parallel.For body always runs inside one of its tasks, even
    /// on the calling thread, so Task.CurrentId would differ).
    /// </summary>
    [Fact]
    public void Degree_1_runs_every_block_on_the_calling_thread()
    {
        var seen = new ConcurrentBag<(int Thread, int? Task)>();
        var probe = new P3Probe([1, 2, 3]) { OnScore = _ => seen.Add((Environment.CurrentManagedThreadId, Task.CurrentId)) };
        (int Thread, int? Task) caller = (Environment.CurrentManagedThreadId, Task.CurrentId);
        SmaaResult r = Smaa.Run(probe, Blank(3), new SmaaOptions { Samples = 2049, MaxDegreeOfParallelism = 1 });
        Assert.Equal(2049, seen.Count);
        Assert.All(seen, s => Assert.Equal(caller, s));
        Assert.Equal(1, r.RankAcceptability(2, 1));
    }

    /// <summary>
    /// "Receives the samples done out of Samples after every block of 1,024 samples": 2,053 samples are blocks of 1,024,
    /// 1,024 and 5, so degree 1 reports 1,024, 2,048 and 2,053 of 2,053, in that order.
    /// </summary>
    [Fact]
    public void Progress_is_reported_after_every_block()
    {
        var reports = new List<WorkProgress>();
        _ = Smaa.Run(new P3Probe([1, 2]), Blank(2), new SmaaOptions { Samples = 2053, MaxDegreeOfParallelism = 1 }, new SyncProgress(reports.Add));
        Assert.Equal([new WorkProgress(1024, 2053), new WorkProgress(2048, 2053), new WorkProgress(2053, 2053)], reports);
    }

    /// <summary>
    /// "Cancels the run between blocks": 1,034 samples are a block of 1,024 and one of 10; the token is cancelled from the
    /// progress report of the first block, so the second block must not run (it is too short to reach an in-block check)
    /// and the run throws instead of returning.
    /// </summary>
    [Fact]
    public void Cancellation_between_blocks_stops_the_next_block()
    {
        using var cts = new CancellationTokenSource();
        var reports = new List<WorkProgress>();
        var progress = new SyncProgress(p =>
        {
            reports.Add(p);
            cts.Cancel();
        });
        var probe = new P3Probe([1, 2]);
        Assert.Throws<OperationCanceledException>(() => Smaa.Run(probe, Blank(2), new SmaaOptions { Samples = 1034, MaxDegreeOfParallelism = 1 }, progress, cts.Token));
        Assert.Equal([new WorkProgress(1024, 1034)], reports);
        Assert.Equal(1024, probe.Calls);
    }

    /// <summary>
    /// A single block of 200 samples over which the token is cancelled at the 71st sample (after the in-block check at
    /// the 64th has passed): the block must still notice and throw OperationCanceledException rather than finish and
    /// return a result; at most one more check interval (64 samples) runs, so not all 200 samples are scored.
    /// </summary>
    [Fact]
    public void Cancellation_inside_a_block_is_noticed_before_the_block_ends()
    {
        using var cts = new CancellationTokenSource();
        var probe = new P3Probe([1, 2]) { OnScore = call => { if (call == 71) { cts.Cancel(); } } };
        Assert.Throws<OperationCanceledException>(() => Smaa.Run(probe, Blank(2), new SmaaOptions { Samples = 200, MaxDegreeOfParallelism = 1 }, null, cts.Token));
        Assert.InRange(probe.Calls, 71, 71 + 64);
    }

    /// <summary>
    /// The documented InvalidOperationException for a non-finite preference, on the sequential path (degree 1) and on the
    /// parallel path (degree 2, two blocks: the one failing block is unwrapped, so the caller sees the same exception
    /// type, not an AggregateException).
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_non_finite_preference_throws_InvalidOperationException_on_every_path(int degree)
    {
        var probe = new P3Probe([1, 2, 3]) { NaNAtCall = 1 };
        var e = Assert.Throws<InvalidOperationException>(() => Smaa.Run(probe, Blank(3), new SmaaOptions { Samples = 2048, MaxDegreeOfParallelism = degree }));
        Assert.Contains("non-finite preference", e.Message, StringComparison.Ordinal);
    }

    // ---- Run: bounds and the ranking kernel ----

    /// <summary>
    /// With one criterion the only weight vector is w = (1). The normalised draw is fl(e · fl(1/e)), which is 1 or
    /// 1 − 2^−53 (fl(1/e) = (1/e)(1 + δ), |δ| ≤ 2^−53, and 1 + δ rounds to one of those two); bounds
    /// [1 − 2^−53, 1] contain both, so no draw is rejected. The bounds are inclusive at both ends.
    /// </summary>
    [Fact]
    public void Bounds_are_inclusive_at_both_ends()
    {
        double below1 = Math.BitDecrement(1.0); // 1 − 2^−53
        var options = new SmaaOptions { Samples = 300, Seed = 11, MaxDegreeOfParallelism = 1, Weights = SmaaWeightDistribution.Bounded([below1], [1]) };
        SmaaResult r = Smaa.Run(new P3Probe([2, 1]), Blank(2, 1), options);
        Assert.Equal(0, r.RejectedDraws);
        Assert.Equal(1, r.RankAcceptability(0, 1));
    }

    /// <summary>All preferences equal: every sample ranks in input order (ties by input order), so b_A^1 = b_B^2 = b_C^3 = 1.</summary>
    [Fact]
    public void Equal_preferences_rank_in_input_order()
    {
        SmaaResult r = Smaa.Run(new P3Probe([2, 2, 2]), Blank(3), new SmaaOptions { Samples = 5, MaxDegreeOfParallelism = 1 });
        Assert.Equal([5L, 0, 0, 0, 5, 0, 0, 0, 5], r.RankCounts.ToArray());
    }

    /// <summary>
    /// 40 alternatives, lower is better: keys 0.039, 0.038, …, 0.001 for alternatives 0–38 and 1000 for alternative 39.
    /// The 80 buckets over [0.001, 1000] are about 12.7 wide, so the 39 small keys share bucket 0 (more than 32: the large
    /// bucket path). Exact order: alternative i &lt; 39 has rank 39 − i, alternative 39 rank 40.
    /// </summary>
    [Fact]
    public void A_large_bucket_of_distinct_keys_is_sorted_exactly()
    {
        double[] p = new double[40];
        for (int i = 0; i < 39; i++)
        {
            p[i] = (39 - i) * 0.001;
        }

        p[39] = 1000;
        SmaaResult r = Smaa.Run(new P3Probe(p, higherIsBetter: false), Blank(40), new SmaaOptions { Samples = 2, MaxDegreeOfParallelism = 1 });
        for (int i = 0; i < 39; i++)
        {
            Assert.Equal(1, r.RankAcceptability(i, 39 - i));
        }

        Assert.Equal(1, r.RankAcceptability(39, 40));
    }

    /// <summary>
    /// 40 alternatives, higher is better: alternatives 0–38 tie at 5 and alternative 39 has 1 (worst). The 39 ties share a
    /// bucket larger than 32 (introsort, not stable); ties break by input order, so alternative i has rank i + 1.
    /// </summary>
    [Fact]
    public void A_large_bucket_of_ties_keeps_input_order()
    {
        double[] p = new double[40];
        Array.Fill(p, 5.0);
        p[39] = 1;
        SmaaResult r = Smaa.Run(new P3Probe(p), Blank(40), new SmaaOptions { Samples = 2, MaxDegreeOfParallelism = 1 });
        for (int i = 0; i < 40; i++)
        {
            Assert.Equal(1, r.RankAcceptability(i, i + 1));
        }
    }

    // ---- SmaaResult ----

    /// <summary>
    /// Fixed preferences (3, 2, 1), higher is better: A is always 1st, B 2nd, C 3rd. a^h = Σ_r (m − r)/(m − 1) b^r with
    /// m = 3: A 1·1 = 1, B 0.5·1 = 0.5, C 0·1 = 0 (Lahdelma and Salminen 2001, linear meta-weights).
    /// </summary>
    [Fact]
    public void Holistic_acceptability_uses_each_alternatives_own_row()
    {
        SmaaResult r = Smaa.Run(new P3Probe([3, 2, 1]), Blank(3), new SmaaOptions { Samples = 7 });
        Assert.Equal([1.0, 0.5, 0.0], r.HolisticAcceptability.ToArray());
    }

    /// <summary>One alternative: it always ranks first, α_1 = 1 "when m = 1" (not 0/0), so a^h = 1.</summary>
    [Fact]
    public void Holistic_acceptability_of_a_single_alternative_is_1()
    {
        SmaaResult r = Smaa.Run(new P3Probe([4]), Blank(1), new SmaaOptions { Samples = 3 });
        Assert.Equal(1, r.RankAcceptability(0, 1));
        Assert.Equal([1.0], r.HolisticAcceptability.ToArray());
    }

    [Fact]
    public void Rank_acceptability_rejects_a_negative_alternative_and_a_rank_above_m()
    {
        SmaaResult r = Smaa.Run(new P3Probe([3, 2, 1]), Blank(3), new SmaaOptions { Samples = 2 });
        Reject.Rule<ArgumentOutOfRangeException>(() => r.RankAcceptability(-1, 1), "alternative");
        Reject.Rule<ArgumentOutOfRangeException>(() => r.RankAcceptability(0, 4), "rank");
        Assert.Equal(1, r.RankAcceptability(2, 3)); // rank m itself is valid
    }

    // ---- SmaaWeightDistribution ----

    [Fact]
    public void Bounded_without_bounds_is_rejected_with_the_rule_in_the_message() =>
        Reject.Rule<ArgumentException>(() => SmaaWeightDistribution.Bounded([], []), "lower", "At least one bound is needed");

    [Fact]
    public void Bounded_with_unequal_lengths_is_rejected_with_both_lengths_in_the_message() =>
        Reject.Rule<ArgumentException>(() => SmaaWeightDistribution.Bounded([0, 0], [1]), "upper", "upper has 1 bounds but lower has 2");

    /// <summary>
    /// Every inclusive end at once: lower_0 = 1 (the top of [0, 1]), upper_j = lower_j (an interval of one point),
    /// Σ lower = 1 and Σ upper = 1 (the exact feasibility limits): the single weight vector (1, 0) satisfies the bounds.
    /// </summary>
    [Fact]
    public void Bounded_accepts_every_inclusive_limit()
    {
        SmaaWeightDistribution d = SmaaWeightDistribution.Bounded([1, 0], [1, 0]);
        Assert.Equal([1.0, 0.0], d.Lower.ToArray());
        Assert.Equal([1.0, 0.0], d.Upper.ToArray());
        Assert.False(d.IsUniform);
        SmaaWeightDistribution half = SmaaWeightDistribution.Bounded([0.5, 0.5], [0.5, 0.5]); // Σ lower = Σ upper = 1, w = (0.5, 0.5)
        Assert.Equal([0.5, 0.5], half.Upper.ToArray());
    }

    /// <summary>Spread 1 is the top of (0, 1]; weights (0.5, 0.5) give bounds 0.5·0 = 0 and 0.5·2 = 1, an upper bound of exactly 1 (allowed).</summary>
    [Fact]
    public void Around_accepts_spread_1_and_an_upper_bound_of_exactly_1()
    {
        SmaaWeightDistribution d = SmaaWeightDistribution.Around(CriteriaWeights.Create([0.5, 0.5]), 1);
        Assert.Equal([0.0, 0.0], d.Lower.ToArray());
        Assert.Equal([1.0, 1.0], d.Upper.ToArray());
    }

    /// <summary>A synchronous <see cref="IProgress{T}"/> (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress(Action<WorkProgress> report) : IProgress<WorkProgress>
    {
        public void Report(WorkProgress value) => report(value);
    }
}

/// <summary>
/// A test-only method whose scorer ignores the weights and returns fixed preferences, counting its Score calls, with an
/// optional hook per call and an optional NaN at one call (1-based). Its Prepare does not check for a null matrix.
/// </summary>
internal sealed class P3Probe : IMcdaMethod
{
    private readonly double[] preferences;
    private readonly bool higherIsBetter;
    private int calls;

    public P3Probe(double[] preferences, bool higherIsBetter = true)
    {
        this.preferences = preferences;
        this.higherIsBetter = higherIsBetter;
    }

    public Action<int>? OnScore { get; init; }

    public int NaNAtCall { get; init; }

    public int Calls => Volatile.Read(ref calls);

    public string Name => "Probe";

    public McdaResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights) => new(Name, matrix, weights, preferences, higherIsBetter);

    public IMcdaScorer Prepare(DecisionMatrix matrix) => new Scorer(this, matrix.CriterionCount);

    private sealed class Scorer(P3Probe owner, int n) : IMcdaScorer
    {
        public int AlternativeCount => owner.preferences.Length;

        public int CriterionCount => n;

        public bool HigherIsBetter => owner.higherIsBetter;

        public void Score(ReadOnlySpan<double> weights, Span<double> preferences)
        {
            int call = Interlocked.Increment(ref owner.calls);
            owner.OnScore?.Invoke(call);
            owner.preferences.CopyTo(preferences);
            if (call == owner.NaNAtCall)
            {
                preferences[0] = double.NaN;
            }
        }
    }
}
