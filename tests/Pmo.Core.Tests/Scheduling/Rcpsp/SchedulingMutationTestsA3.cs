using Pmo.Core.Common;
using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Core.Tests.Scheduling.Rcpsp;

/// <summary>
/// Documented behaviour of multi-pass sampling: progress reports, forward/backward alternation, the dynamic rules inside
/// sampling. Randomness is made harmless by a strong bias: with α = 100 and ε = 0.001 the regret weights
/// (max v − v(j) + ε)^α of jobs whose values differ by ≥ 1 differ by a factor ≥ (1.5)^100 ≈ 4·10^17 here, so a sample
/// follows the priority order except with probability below 10^-17 (only exact ties are random, and the instances
/// below are built so that ties do not change the result). Every schedule is worked out by hand in the comments.
/// </summary>
public class SchedulingMutationTestsA3
{
    private const double StrongAlpha = 100;
    private const double SmallEpsilon = 0.001;

    /// <summary>
    /// The DynamicSlackTests instance renumbered Q=0, S=1, U=2, V=3: capacity 2; Q (p=4, r=1); S (p=2, r=2);
    /// U (p=3, r=1) → V (p=2, r=0). Critical path 5, so no sample reaches the lower bound (the optimum is 6).
    /// </summary>
    private static RcpspProblem Qsuv() => new(
        [new RcpspJob("Q", 4, [1], []), new RcpspJob("S", 2, [2], []), new RcpspJob("U", 3, [1], ["V"]), new RcpspJob("V", 2, [0], [])], [2]);

    /// <summary>
    /// Forward order U, S, V, Q (values by index Q 3, S 1, U 0, V 2): U at 0 (periods 0–2 hold 1); S needs 2 free units → 3..4;
    /// V after U at 3 (no resource); Q needs 4 periods with ≤ 1 used: 3 and 4 are full → 5..8. Makespan 9.
    /// </summary>
    private static readonly double[] ForwardValues = [3, 1, 0, 2];

    /// <summary>
    /// Backward (reversed network: V before U) order Q, V, U, S (values Q 0, S 3, U 2, V 1), reverse time: eligible {Q, S, V}
    /// → Q at 0..3 (1 unit); {S, V} → V at 0 (no resource, finishes 2); {S, U} → U after V at 2..4 (1 + 1 ≤ 2);
    /// S needs two full free periods: 0–3 hold Q, 4 holds U → 5..6. Makespan 7.
    /// (With the forward values instead, the backward order would be S, V, U, Q: S 0..1, V 0..1, U 2..4, Q 2..5 → 6.)
    /// </summary>
    private static readonly double[] BackwardValues = [0, 3, 2, 1];

    private static SamplerOutcome Run(bool bidirectional, int budget) =>
        RcpspSampler.Run(Qsuv(), ForwardValues, BackwardValues, budget, 5, ScheduleGenerationScheme.Serial,
            new SamplerSettings(StrongAlpha, SmallEpsilon, Justify: false, Selective: false, Bidirectional: bidirectional));

    /// <summary>Bidirectional: sample 1 forward (9), sample 2 backward (7): the best is the backward one, converted to forward time.</summary>
    [Fact]
    public void Bidirectional_draws_the_second_sample_backward()
    {
        SamplerOutcome o = Run(bidirectional: true, budget: 2);
        Assert.Equal(9, o.First);
        Assert.Equal(7, o.Makespan);
        Assert.Equal(2, o.Generated);
        Assert.Equal(2, o.FoundAt);

        // Reverse starts (Q 0, S 5, U 2, V 0) in forward time: 7 − start − p → Q 3, S 0, U 2, V 5.
        Assert.Equal([3, 0, 2, 5], o.Best);
        var best = new RcpspSchedule(Qsuv(), o.Best);
        Assert.True(best.IsFeasible);
        Assert.Equal(7, best.Makespan);
    }

    /// <summary>Without bidirectional sampling both samples are forward: both 9.</summary>
    [Fact]
    public void Forward_only_sampling_never_draws_backward()
    {
        SamplerOutcome o = Run(bidirectional: false, budget: 2);
        Assert.Equal(9, o.First);
        Assert.Equal(9, o.Makespan);
        Assert.Equal(1, o.FoundAt);
    }

    /// <summary>
    /// Intensification (documented: after the given share of the budget, samples are biased on the incumbent's start
    /// times, or finish times backward). Budget 2, from half the budget, α around the best = 100: sample 1 (0 &lt; 1
    /// generated) follows the rule forward: 9, schedule U 0..2, S 3..4, V 3..4, Q 5..8. Sample 2 (1 ≥ 0.5 · 2) is backward
    /// and biased on finish times (latest finish first): Q (9) first at reverse 0..3; then S and V (both 5, a random tie):
    /// S needs two free units → 4..5, V at 0..1 (no resource), U after V from 2 meets S in period 4 and 5 → 6..8: makespan 9
    /// either way. So the best stays 9, whereas a rule-based backward sample would give 7.
    /// </summary>
    [Fact]
    public void Intensified_backward_sample_follows_the_incumbent_finish_order()
    {
        SamplerOutcome o = RcpspSampler.Run(Qsuv(), ForwardValues, BackwardValues, 2, 5, ScheduleGenerationScheme.Serial,
            new SamplerSettings(StrongAlpha, SmallEpsilon, Justify: false, Selective: false, IntensifyFrom: 0.5, AlphaBest: StrongAlpha, Bidirectional: true));
        Assert.Equal(9, o.First);
        Assert.Equal(9, o.Makespan);
        Assert.Equal(1, o.FoundAt);
    }

    /// <summary>
    /// Before any incumbent exists there is nothing to sample around: even with intensification from the start, the first
    /// sample follows the rule (forward order U, S, V, Q: makespan 9), for every seed.
    /// </summary>
    [Fact]
    public void First_sample_follows_the_rule_even_when_intensifying_from_the_start()
    {
        for (ulong seed = 1; seed <= 20; seed++)
        {
            SamplerOutcome o = RcpspSampler.Run(Qsuv(), ForwardValues, BackwardValues, 1, seed, ScheduleGenerationScheme.Serial,
                new SamplerSettings(StrongAlpha, SmallEpsilon, Justify: false, Selective: false, IntensifyFrom: 0.0, AlphaBest: 1.0));
            Assert.Equal(9, o.First);
        }
    }

    /// <summary>
    /// Dynamic slack inside sampling (α = 100): the forward sample follows DS. On Qsuv with LS (Q 1, S 3, U 0, V 3):
    /// stage 1 {Q, S, U} at t = 0: DS (1, 3, 0) → U; stage 2: Q fits at 0 → 1, S at 3 → 0, V at 3 → 0 → S or V (tie);
    /// either way Q is then pushed to 5 (periods 3–4 full): makespan 9 (as in DynamicSlackTests). Static LST on the same
    /// instance: U, then Q (LS 1) at 0..3, then S/V: S at 4..5, V at 3..4: makespan 6.
    /// </summary>
    [Fact]
    public void Sampling_with_dynamic_slack_uses_the_dynamic_values()
    {
        RcpspSamplingResult ds = RcpspHeuristics.Sample(Qsuv(), new RcpspSamplingOptions(1, 3, PriorityRule.DynamicSlack, justify: false, alpha: StrongAlpha, epsilon: SmallEpsilon));
        RcpspSamplingResult lst = RcpspHeuristics.Sample(Qsuv(), new RcpspSamplingOptions(1, 3, PriorityRule.LatestStartTime, justify: false, alpha: StrongAlpha, epsilon: SmallEpsilon));
        Assert.Equal(9, ds.FirstMakespan);
        Assert.Equal(6, lst.FirstMakespan);
    }

    /// <summary>
    /// Worst-case slack inside parallel sampling (α = 100), on the renumbered WorstCaseSlackTests instance (C=0, B=1, F=2,
    /// A=3; capacity 2; A (p=2, r=2) → F (p=1, r=0); B (p=1, r=1); C (p=4, r=1); LS: C 0, B 3, F 3, A 1). WCS at t = 0:
    /// A −3, B 1, C −2 → A at 0; t = 2: C −2, B 1, F 1 → C, then B and F at 2: makespan 6. Static LST with the parallel
    /// SGS: C (LS 0) at 0, A (1) does not fit, B at 0; A waits until C finishes at 4: A 4..5, F 6: makespan 7.
    /// </summary>
    [Fact]
    public void Parallel_sampling_with_WCS_uses_the_dynamic_values()
    {
        RcpspProblem p = new(
            [new RcpspJob("C", 4, [1], []), new RcpspJob("B", 1, [1], []), new RcpspJob("F", 1, [0], []), new RcpspJob("A", 2, [2], ["F"])], [2]);
        RcpspSamplingResult wcs = RcpspHeuristics.Sample(p, new RcpspSamplingOptions(1, 3, PriorityRule.WorstCaseSlack, ScheduleGenerationScheme.Parallel, justify: false, alpha: StrongAlpha, epsilon: SmallEpsilon));
        RcpspSamplingResult lst = RcpspHeuristics.Sample(p, new RcpspSamplingOptions(1, 3, PriorityRule.LatestStartTime, ScheduleGenerationScheme.Parallel, justify: false, alpha: StrongAlpha, epsilon: SmallEpsilon));
        Assert.Equal(6, wcs.FirstMakespan);
        Assert.Equal(7, lst.FirstMakespan);
    }

    /// <summary>
    /// Progress (documented: about every 64 schedules, then a last report equal to the budget). Without justification
    /// every pass is one schedule; the Tiny instance (critical path 3, every schedule 6) never stops early, so with a
    /// budget of 200 the reports are 64, 128, 192 (one per <see cref="RcpspSampler.SchedulesPerReport"/>) and 200.
    /// </summary>
    [Fact]
    public void Progress_is_reported_every_64_schedules_then_the_budget()
    {
        RcpspProblem tiny = new([new RcpspJob("A", 2, [1], ["C"]), new RcpspJob("B", 3, [2], []), new RcpspJob("C", 1, [1], [])], [2]);
        var seen = new Recorder();
        RcpspSamplingResult r = RcpspHeuristics.Sample(tiny, new RcpspSamplingOptions(200, 9, justify: false), seen);
        Assert.Equal(200, r.SchedulesGenerated);
        Assert.False(r.StoppedAtLowerBound);
        Assert.Equal([new WorkProgress(64, 200), new WorkProgress(128, 200), new WorkProgress(192, 200), new WorkProgress(200, 200)], seen.Reports);
    }

    /// <summary>
    /// Documented stop: sampling ends as soon as a schedule reaches the critical-path lower bound, and no justification
    /// pass is spent on it. A (p=2) → B (p=1); C (p=2); capacity 10, each job requests 1: nothing ever conflicts, so the first
    /// sample starts every job at its ES and has makespan = critical path 3. One schedule generated, found at 1.
    /// </summary>
    [Fact]
    public void Sampling_stops_at_the_lower_bound_without_justifying()
    {
        RcpspProblem p = new([new RcpspJob("A", 2, [1], ["B"]), new RcpspJob("B", 1, [1], []), new RcpspJob("C", 2, [1], [])], [10]);
        RcpspSamplingResult r = RcpspHeuristics.Sample(p, new RcpspSamplingOptions(10, 4));
        Assert.Equal(3, r.Makespan);
        Assert.True(r.StoppedAtLowerBound);
        Assert.Equal(1, r.SchedulesGenerated);
        Assert.Equal(1, r.FoundAtSchedule);
    }

    /// <summary>
    /// Capacity 1: A (p=1, r=1) → B (p=2, r=0); C (p=1, r=1). Critical path 3 (A, B), reachable: A 0, C 1, B 1..2.
    /// The forced-bad forward order C, A, B (values C 0, A 1, B 2): C 0, A 1, B 2..3, makespan 4.
    /// Double justification of it: right pass by decreasing finish B (4), A (2), C (1) in reverse time: B 0..1, A after B at 2,
    /// C at 0 → reverse makespan 3, forward starts 3 − s − p: A 0, B 1, C 2; left pass in that order: A 0, B 1..2, C 1 →
    /// makespan 3 = the lower bound.
    /// </summary>
    private static RcpspProblem Gap() => new(
        [new RcpspJob("A", 1, [1], ["B"]), new RcpspJob("B", 2, [0], []), new RcpspJob("C", 1, [1], [])], [1]);

    private static SamplerOutcome RunGap(int budget) =>
        RcpspSampler.Run(Gap(), [1, 2, 0], [0, 0, 0], budget, 11, ScheduleGenerationScheme.Serial,
            new SamplerSettings(StrongAlpha, SmallEpsilon, Justify: true, Selective: true));

    /// <summary>
    /// Selective justification: the first sample (4) equals the running mean (4), which is "no longer than the mean", so it
    /// is justified (2 passes) to the lower bound 3 and the run stops: 3 schedules, best found at schedule 3.
    /// </summary>
    [Fact]
    public void Selective_justification_justifies_a_sample_equal_to_the_mean_and_stops_at_the_bound()
    {
        SamplerOutcome o = RunGap(10);
        Assert.Equal(4, o.First);
        Assert.Equal(3, o.Makespan);
        Assert.Equal(3, o.Generated);
        Assert.Equal(3, o.FoundAt);
        Assert.Equal([0, 1, 1], o.Best);
    }

    /// <summary>With a budget of exactly 3 the double justification (2 passes after the sample) still fits in the budget.</summary>
    [Fact]
    public void Double_justification_fits_a_budget_left_of_exactly_two()
    {
        SamplerOutcome o = RunGap(3);
        Assert.Equal(3, o.Makespan);
        Assert.Equal(3, o.Generated);
    }

    private sealed class Recorder : IProgress<WorkProgress>
    {
        public List<WorkProgress> Reports { get; } = [];

        public void Report(WorkProgress value) => Reports.Add(value);
    }
}
