using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Core.Tests.Scheduling.Rcpsp;

/// <summary>
/// The worst-case slack rule (Kolisch 1996, J. of Operations Management 14, 179–192) on a hand-computed instance (no
/// published example was available to us; every number below is worked out by hand in the comments).
/// </summary>
public class WorstCaseSlackTests
{
    /// <summary>
    /// One resource, capacity 2. A (p=2, r=2) → F (p=1, r=0); B (p=1, r=1); C (p=4, r=1). Indices A=0, B=1, C=2, F=3.
    /// CPM: critical path max(2 + 1, 1, 4) = 4; LS(A) = 4 − 3 = 1, LS(B) = 3, LS(C) = 0, LS(F) = 3.
    /// <para>
    /// Parallel SGS with LST: t = 0, eligible by LS: C (0), A (1), B (3). C fits → C at 0 (1 unit in periods 0–3); A needs
    /// 2 units: 1 + 2 &gt; 2, no; B fits → B at 0. t = 1 (B finishes): A still does not fit. t = 4 (C finishes): A at 4, then
    /// F at 6. Starts (4, 0, 0, 6), makespan 7.
    /// </para>
    /// <para>
    /// Parallel SGS with WCS: t = 0, decision set D = {A, B, C} (each fits alone). E(i, j) = earliest start ≥ 0 of j once i
    /// is started at 0: E(A, B) = 2 and E(A, C) = 2 (A fills periods 0–1); E(B, A) = 1 (period 0 holds 1, A needs 2),
    /// E(B, C) = 0 (1 + 1 ≤ 2); E(C, A) = 4 (C holds 1 unit in periods 0–3), E(C, B) = 0.
    /// WCS(A) = 1 − max(1, 4) = −3; WCS(B) = 3 − max(2, 0) = 1; WCS(C) = 0 − max(2, 0) = −2. Minimum: A at 0.
    /// Then B (1 + 2 &gt; 2 in period 0) and C do not fit: next t = 2. D = {B, C, F}, nothing in progress: every E(i, j) = 2,
    /// so WCS(B) = 3 − 2 = 1, WCS(C) = 0 − 2 = −2, WCS(F) = 3 − 2 = 1 → C at 2.
    /// D = {B, F}: E(B, F) = E(F, B) = 2 (C + B = 2 units, F needs none) → WCS(B) = WCS(F) = 1, tie → smaller index B at 2;
    /// then F at 2. Starts (0, 2, 2, 2), makespan 6. Optimal: A and C cannot overlap (2 + 1 &gt; 2), so 2 + 4 = 6.
    /// </para>
    /// </summary>
    private static RcpspProblem Instance() => new(
        [new RcpspJob("A", 2, [2], ["F"]), new RcpspJob("B", 1, [1], []), new RcpspJob("C", 4, [1], []), new RcpspJob("F", 1, [0], [])], [2]);

    [Fact]
    public void Critical_path_dates()
    {
        RcpspProblem p = Instance();
        Assert.Equal(4, p.CriticalPathLength);
        Assert.Equal([1, 3, 0, 3], Enumerable.Range(0, 4).Select(p.LatestStart));
    }

    [Fact]
    public void Parallel_LST_delays_A_behind_C()
    {
        RcpspSchedule s = RcpspHeuristics.Schedule(Instance(), PriorityRule.LatestStartTime, ScheduleGenerationScheme.Parallel);
        Assert.Equal([4, 0, 0, 6], s.Starts);
        Assert.Equal(7, s.Makespan);
    }

    [Fact]
    public void Parallel_WCS_starts_A_first_and_is_optimal()
    {
        RcpspSchedule s = RcpspHeuristics.Schedule(Instance(), PriorityRule.WorstCaseSlack, ScheduleGenerationScheme.Parallel);
        Assert.Equal([0, 2, 2, 2], s.Starts);
        Assert.Equal(6, s.Makespan);
        Assert.True(s.IsFeasible);
    }

    [Fact]
    public void Sampling_with_WCS_finds_the_optimum() =>
        Assert.Equal(6, RcpspHeuristics.Sample(Instance(), new RcpspSamplingOptions(10, 3, PriorityRule.WorstCaseSlack, ScheduleGenerationScheme.Parallel)).Makespan);

    [Fact]
    public void WCS_with_the_serial_scheme_is_rejected()
    {
        Assert.Equal("rule", Assert.Throws<ArgumentException>(() => RcpspHeuristics.Schedule(Instance(), PriorityRule.WorstCaseSlack)).ParamName);
        Assert.Equal("rule", Assert.Throws<ArgumentException>(() => new RcpspSamplingOptions(10, 1, PriorityRule.WorstCaseSlack)).ParamName);
    }
}
