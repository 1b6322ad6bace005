using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Core.Tests.Scheduling.Rcpsp;

/// <summary>Layer 1: a hand-computed instance (no published source; the arithmetic is in the comments) and a hand-built infeasible schedule.</summary>
public class RcpspExamplesTests
{
    /// <summary>
    /// One resource, capacity 2. A (p=2, r=1) → C (p=1, r=1); B (p=3, r=2) unrelated.
    /// CPM: ES = (0, 0, 2), critical path 3; LF(A) = LS(C) = 3 − 1 = 2, LF(B) = LF(C) = 3.
    /// Serial SGS, LFT: stage 1 eligible {A (LF 2), B (LF 3)} → A at 0 (uses 1 in periods 0–1).
    /// Stage 2 eligible {B (3), C (3)}: tie → smaller index B; B needs 2 units for 3 periods: 1 + 2 &gt; 2 in periods 0–1,
    /// so B starts at 2 (periods 2–4). Stage 3: C may start at 2 (A finishes) but periods 2–4 are full, so C at 5.
    /// Starts (A, B, C) = (0, 2, 5), makespan 6.
    /// Serial SGS, SPT: {A (2), B (3)} → A at 0; {B (3), C (1)} → C at 2 (period 2 free); B needs 3 empty periods → 3.
    /// Starts (0, 3, 2), makespan 6. Parallel SGS, LFT: t = 0: A fits, B does not (1 + 2 &gt; 2); t = 2: {B, C} tie → B fits
    /// at 2, then C does not; t = 5: C. Starts (0, 2, 5). B can overlap nothing and A, C are in series, so 3 + 3 = 6 is optimal.
    /// </summary>
    private static RcpspProblem Tiny() => new(
        [new RcpspJob("A", 2, [1], ["C"]), new RcpspJob("B", 3, [2], []), new RcpspJob("C", 1, [1], [])], [2]);

    [Fact]
    public void Critical_path_dates()
    {
        RcpspProblem p = Tiny();
        Assert.Equal(3, p.CriticalPathLength);
        Assert.Equal([0, 0, 2], Enumerable.Range(0, 3).Select(p.EarliestStart));
        Assert.Equal([0, 0, 2], Enumerable.Range(0, 3).Select(p.LatestStart));
        Assert.Equal(6, p.DurationSum);
    }

    [Fact]
    public void Serial_LFT() => Assert.Equal([0, 2, 5], RcpspHeuristics.Schedule(Tiny(), PriorityRule.LatestFinishTime).Starts);

    [Fact]
    public void Serial_SPT() => Assert.Equal([0, 3, 2], RcpspHeuristics.Schedule(Tiny(), PriorityRule.ShortestProcessingTime).Starts);

    [Fact]
    public void Parallel_LFT() => Assert.Equal([0, 2, 5], RcpspHeuristics.Schedule(Tiny(), PriorityRule.LatestFinishTime, ScheduleGenerationScheme.Parallel).Starts);

    [Fact]
    public void Sampling_finds_the_optimum_6() => Assert.Equal(6, RcpspHeuristics.Sample(Tiny(), new RcpspSamplingOptions(20, 1)).Makespan);

    [Fact]
    public void Decode_activity_list_B_A_C()
    {
        // B at 0 (periods 0–2 full), A at 3 (periods 3–4), C at 5: starts (3, 0, 5).
        Assert.Equal([3, 0, 5], RcpspHeuristics.Decode(Tiny(), [1, 0, 2]).Starts);
    }

    [Fact]
    public void Validate_names_precedence_and_resource_violations()
    {
        // A and B both at 0: period 0 uses 1 + 2 = 3 > 2; C at 1 starts before A finishes at 2.
        var s = new RcpspSchedule(Tiny(), [0, 0, 1]);
        Assert.False(s.IsFeasible);
        IReadOnlyList<string> issues = s.Validate();
        Assert.Contains(issues, i => i.Contains("'C' starts at 1 before its predecessor 'A' finishes at 2", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Contains("used 3 units in period 0", StringComparison.Ordinal));
        Assert.Equal(3, s.Makespan);
    }

    [Fact]
    public void Total_successor_counts_for_MTS()
    {
        // s → a → b → t and s → t: |S̄(s)| = 3, |S̄(a)| = 2, |S̄(b)| = 1, |S̄(t)| = 0.
        var p = new RcpspProblem(
            [new RcpspJob("s", 0, [0], ["a", "t"]), new RcpspJob("a", 1, [0], ["b"]), new RcpspJob("b", 1, [0], ["t"]), new RcpspJob("t", 0, [0], [])], [0]);
        Assert.Equal([3, 2, 1, 0], RcpspEngine.TotalSuccessorCounts(p));
    }
}
