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

/// <summary>
/// The dynamic slack rule of the serial SGS on a hand-computed instance (every number worked out in the comments; no
/// published example). It shows the rule's mechanics, and that it is not always better than static LST.
/// </summary>
public class DynamicSlackTests
{
    /// <summary>
    /// One resource, capacity 2. U (p=3, r=1) → V (p=2, r=0); S (p=2, r=2); Q (p=4, r=1). Indices U=0, V=1, S=2, Q=3.
    /// CPM: critical path max(3 + 2, 2, 4) = 5; LS(U) = 0, LS(V) = 3, LS(S) = 3, LS(Q) = 1.
    /// <para>
    /// Serial SGS, dynamic slack DS(j) = LS(j) − t(j), t(j) = earliest feasible start in the partial schedule.
    /// Stage 1: {U, S, Q} all fit at 0: DS = 0, 3, 1 → U at 0 (1 unit in periods 0–2).
    /// Stage 2: {S, Q, V}: S needs 2 units, periods 0–2 hold 1 → t = 3, DS = 0; Q fits at 0 (1 + 1 ≤ 2), DS = 1 − 0 = 1;
    /// V after U at 3, DS = 3 − 3 = 0; tie S/V → smaller index V at 3. Stage 3: {S (DS 0), Q (DS 1)} → S at 3 (periods 3–4
    /// full). Stage 4: Q needs 4 periods with ≤ 1 used: period 3 is full → Q at 5. Starts (0, 3, 3, 5), makespan 9.
    /// </para>
    /// <para>
    /// Serial SGS, LST: {U 0, S 3, Q 1} → U at 0; {S 3, Q 1, V 3} → Q at 0 (periods 0–3); {S 3, V 3} tie → V at 3; S needs 2
    /// free units: periods 0–2 hold 2, period 3 holds 1 → S at 4. Starts (0, 3, 4, 0), makespan 6.
    /// </para>
    /// </summary>
    private static RcpspProblem Instance() => new(
        [new RcpspJob("U", 3, [1], ["V"]), new RcpspJob("V", 2, [0], []), new RcpspJob("S", 2, [2], []), new RcpspJob("Q", 4, [1], [])], [2]);

    [Fact]
    public void Critical_path_dates() =>
        Assert.Equal([0, 3, 3, 1], Enumerable.Range(0, 4).Select(Instance().LatestStart));

    [Fact]
    public void Serial_dynamic_slack_takes_the_job_that_is_already_late()
    {
        RcpspSchedule s = RcpspHeuristics.Schedule(Instance(), PriorityRule.DynamicSlack);
        Assert.Equal([0, 3, 3, 5], s.Starts);
        Assert.Equal(9, s.Makespan);
    }

    [Fact]
    public void Serial_LST_on_the_same_instance() =>
        Assert.Equal([0, 3, 4, 0], RcpspHeuristics.Schedule(Instance(), PriorityRule.LatestStartTime).Starts);

    [Fact]
    public void Dynamic_slack_with_the_parallel_scheme_is_rejected()
    {
        Assert.Equal("rule", Assert.Throws<ArgumentException>(() => RcpspHeuristics.Schedule(Instance(), PriorityRule.DynamicSlack, ScheduleGenerationScheme.Parallel)).ParamName);
        Assert.Equal("rule", Assert.Throws<ArgumentException>(() => new RcpspSamplingOptions(10, 1, PriorityRule.DynamicSlack, ScheduleGenerationScheme.Parallel)).ParamName);
    }

    [Fact]
    public void Sampling_with_dynamic_slack_both_directions_is_feasible_and_finds_6() =>
        Assert.Equal(6, RcpspHeuristics.Sample(Instance(), new RcpspSamplingOptions(40, 2, PriorityRule.DynamicSlack, bidirectional: true)).Makespan);
}
