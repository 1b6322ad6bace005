using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Common;
using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Core.Tests.Scheduling.Rcpsp;

/// <summary>
/// The documented order of each static priority rule (PriorityRule XML docs: the best value first, ties by the smallest
/// index) on tiny hand-worked instances built so that the rule's order differs from the index order. Every instance has
/// one resource of capacity 1 requested by every job (except where stated), so the serial SGS runs the jobs back to back
/// in the order the rule picks them and the starts reveal that order. No published source: all arithmetic is in the comments.
/// </summary>
public class SchedulingMutationTestsA2
{
    private static RcpspJob J(string id, int p, params string[] succ) => new(id, p, [1], succ);

    private static RcpspSchedule Serial(RcpspProblem p, PriorityRule rule) => RcpspHeuristics.Schedule(p, rule);

    /// <summary>
    /// A (p=1); B (p=1) → C (p=3). Critical path 4: LF(A) = 4, LF(B) = 4 − 3 = 1, LF(C) = 4.
    /// Stage 1 {A 4, B 1} → B at 0; stage 2 {A 4, C 4} tie → A at 1; C at 2. Starts (A, B, C) = (1, 0, 2).
    /// </summary>
    [Fact]
    public void LFT_takes_the_smallest_latest_finish()
    {
        RcpspProblem p = new([J("A", 1), J("B", 1, "C"), J("C", 3)], [1]);
        Assert.Equal([1, 0, 2], Serial(p, PriorityRule.LatestFinishTime).Starts);
    }

    /// <summary>
    /// A (p=3) → C (p=1); B (p=2). Critical path 4: ES = (0, 0, 3), LS = (0, 2, 3), slack LS − ES = (0, 2, 0).
    /// Stage 1 {A 0, B 2} → A at 0..2; stage 2 {B 2, C 0} → C at 3; B at 4. Starts (0, 4, 3).
    /// (LS + ES would give B 2 &lt; C 6 and take B first.)
    /// </summary>
    [Fact]
    public void MSLK_takes_the_smallest_static_slack()
    {
        RcpspProblem p = new([J("A", 3, "C"), J("B", 2), J("C", 1)], [1]);
        Assert.Equal([0, 4, 3], Serial(p, PriorityRule.MinimumSlack).Starts);
    }

    /// <summary>A (p=1); B (p=1) → C (p=1). Total successors (0, 1, 0): stage 1 {A 0, B 1} → B at 0; then tie A/C → A at 1, C at 2.</summary>
    [Fact]
    public void MTS_takes_the_most_total_successors()
    {
        RcpspProblem p = new([J("A", 1), J("B", 1, "C"), J("C", 1)], [1]);
        Assert.Equal([1, 0, 2], Serial(p, PriorityRule.MostTotalSuccessors).Starts);
    }

    /// <summary>
    /// A (p=2); B (p=1) → C (p=3). Rank positional weight p(j) + Σ p(immediate successors): A 2, B 1 + 3 = 4, C 3.
    /// Stage 1 {A 2, B 4} → B at 0; stage 2 {A 2, C 3} → C at 1..3; A at 4. Starts (4, 0, 1).
    /// </summary>
    [Fact]
    public void GRPW_takes_the_greatest_rank_positional_weight()
    {
        RcpspProblem p = new([J("A", 2), J("B", 1, "C"), J("C", 3)], [1]);
        Assert.Equal([4, 0, 1], Serial(p, PriorityRule.GreatestRankPositionalWeight).Starts);
    }

    /// <summary>
    /// Two resources, capacities (2, 10). A (p=1, r=(1, 1)): p · Σr = 2; B (p=1, r=(2, 3)): 5. A + B need 3 &gt; 2 units of
    /// resource 1, so they run in sequence: B first at 0, A at 1. Starts (1, 0).
    /// </summary>
    [Fact]
    public void GRD_takes_the_greatest_resource_demand()
    {
        RcpspProblem p = new([new RcpspJob("A", 1, [1, 1], []), new RcpspJob("B", 1, [2, 3], [])], [2, 10]);
        Assert.Equal([1, 0], Serial(p, PriorityRule.GreatestResourceDemand).Starts);
    }

    /// <summary>A (p=1), B (p=2): LPT takes B first (0..1), A at 2. Starts (2, 0).</summary>
    [Fact]
    public void LPT_takes_the_longest_job()
    {
        RcpspProblem p = new([J("A", 1), J("B", 2)], [1]);
        Assert.Equal([2, 0], Serial(p, PriorityRule.LongestProcessingTime).Starts);
    }

    /// <summary>
    /// P (p=1) → Q (p=1); R (p=1). ES = (0, 1, 0). Stage 1 {P 0, R 0} tie → P at 0; stage 2 {Q 1, R 0} → R at 1; Q at 2.
    /// Starts (P, Q, R) = (0, 2, 1).
    /// </summary>
    [Fact]
    public void EST_takes_the_smallest_earliest_start()
    {
        RcpspProblem p = new([J("P", 1, "Q"), J("Q", 1), J("R", 1)], [1]);
        Assert.Equal([0, 2, 1], Serial(p, PriorityRule.EarliestStartTime).Starts);
    }

    /// <summary>A (p=3), B (p=1), no precedence: EF = ES + p = (3, 1) → B at 0, A at 1. Starts (1, 0).</summary>
    [Fact]
    public void EFT_takes_the_smallest_earliest_finish()
    {
        RcpspProblem p = new([J("A", 3), J("B", 1)], [1]);
        Assert.Equal([1, 0], Serial(p, PriorityRule.EarliestFinishTime).Starts);
    }

    /// <summary>
    /// Parallel SGS, zero-duration job: A (p=2, r=1), B (p=0, r=1), capacity 1. LF(A) = LF(B) = 2, tie → A at 0. B uses no
    /// period (it is in process in none), so it fits at t = 0 too: starts (0, 0), makespan 2, feasible.
    /// </summary>
    [Fact]
    public void Parallel_zero_duration_job_starts_at_once_beside_a_full_resource()
    {
        RcpspProblem p = new([new RcpspJob("A", 2, [1], []), new RcpspJob("B", 0, [1], [])], [1]);
        RcpspSchedule s = RcpspHeuristics.Schedule(p, PriorityRule.LatestFinishTime, ScheduleGenerationScheme.Parallel);
        Assert.Equal([0, 0], s.Starts);
        Assert.True(s.IsFeasible);
    }

    /// <summary>
    /// The DynamicSlackTests instance with the jobs renumbered Q=0, S=1, U=2, V=3 (so the rule's order is not the index
    /// order). Capacity 2; U (p=3, r=1) → V (p=2, r=0); S (p=2, r=2); Q (p=4, r=1). LS: Q 1, S 3, U 0, V 3.
    /// Stage 1 {Q, S, U} all fit at 0: DS = (1, 3, 0) → U at 0 (1 unit in periods 0–2).
    /// Stage 2 {Q, S, V}: Q fits at 0 → DS 1; S needs 2 units → 3, DS 0; V after U → 3, DS 0; tie S/V → S (index 1) at 3
    /// (periods 3–4 full). Stage 3 {Q, V}: Q needs periods with ≤ 1 used for 4 periods: 3 and 4 are full → 5, DS = 1 − 5 = −4;
    /// V: DS 0 → Q at 5. Stage 4: V at 3. Starts (5, 3, 0, 3), makespan 9.
    /// </summary>
    [Fact]
    public void Serial_dynamic_slack_on_renumbered_instance()
    {
        RcpspProblem p = new(
            [new RcpspJob("Q", 4, [1], []), new RcpspJob("S", 2, [2], []), new RcpspJob("U", 3, [1], ["V"]), new RcpspJob("V", 2, [0], [])], [2]);
        RcpspSchedule s = RcpspHeuristics.Schedule(p, PriorityRule.DynamicSlack);
        Assert.Equal([5, 3, 0, 3], s.Starts);
        Assert.Equal(9, s.Makespan);
    }

    /// <summary>
    /// The WorstCaseSlackTests instance renumbered C=0, B=1, F=2, A=3. Capacity 2; A (p=2, r=2) → F (p=1, r=0); B (p=1, r=1);
    /// C (p=4, r=1). LS: C 0, B 3, F 3, A 1. At t = 0 (worked in WorstCaseSlackTests): WCS(A) = −3, WCS(B) = 1,
    /// WCS(C) = −2 → A at 0; B and C no longer fit. t = 2: D = {C, B, F}, every E(i, j) = 2: WCS = (−2, 1, 1) → C at 2;
    /// then WCS(B) = WCS(F) = 1, tie → B (index 1) at 2, F at 2. Starts (C, B, F, A) = (2, 2, 2, 0), makespan 6.
    /// </summary>
    [Fact]
    public void Parallel_WCS_on_renumbered_instance()
    {
        RcpspProblem p = new(
            [new RcpspJob("C", 4, [1], []), new RcpspJob("B", 1, [1], []), new RcpspJob("F", 1, [0], []), new RcpspJob("A", 2, [2], ["F"])], [2]);
        RcpspSchedule s = RcpspHeuristics.Schedule(p, PriorityRule.WorstCaseSlack, ScheduleGenerationScheme.Parallel);
        Assert.Equal([2, 2, 2, 0], s.Starts);
        Assert.Equal(6, s.Makespan);
    }

    /// <summary>
    /// Reversed-network values (RcpspSampler.ReverseValues: smaller is better; LF'(j) = T − ES(j), LS'(j) = T − ES(j) − p(j)
    /// up to the constant T). Instance P (p=1) → Q (p=2); R (p=3): ES = (0, 1, 0). Differences to job P:
    /// LF' − LF'(P) = −(ES − ES(P)) = (0, −1, 0); LS' − LS'(P) = −((ES + p) − (ES(P) + p(P))) = −((1, 3, 3) − 1) = (0, −2, −2).
    /// </summary>
    [Fact]
    public void Reverse_values_are_the_reversed_network_dates()
    {
        RcpspProblem p = new([J("P", 1, "Q"), J("Q", 2), J("R", 3)], [1]);
        double[] lf = RcpspSampler.ReverseValues(p, PriorityRule.LatestFinishTime);
        double[] ls = RcpspSampler.ReverseValues(p, PriorityRule.LatestStartTime);
        double[] ds = RcpspSampler.ReverseValues(p, PriorityRule.DynamicSlack);
        Assert.Equal([0.0, -1.0, 0.0], lf.Select(v => v - lf[0]));
        Assert.Equal([0.0, -2.0, -2.0], ls.Select(v => v - ls[0]));
        Assert.Equal([0.0, -2.0, -2.0], ds.Select(v => v - ds[0]));
    }

    /// <summary>
    /// Left justification (engine doc: one forward serial pass in increasing order of the current starts, ties by
    /// topological rank). Tiny instance A (p=2, r=1) → C (p=1, r=1); B (p=3, r=2); capacity 2; feasible starts (3, 0, 6)
    /// (C waits one idle period). Start order B, A, C: B at 0 (periods 0–2 full), A at 3, C at 5 → (3, 0, 5), makespan 6.
    /// </summary>
    [Fact]
    public void Left_justify_keeps_the_start_order_and_closes_gaps()
    {
        RcpspProblem p = new([new RcpspJob("A", 2, [1], ["C"]), new RcpspJob("B", 3, [2], []), new RcpspJob("C", 1, [1], [])], [2]);
        int[] starts = [3, 0, 6];
        int m = new RcpspEngine(p).LeftJustify(starts, new int[3]);
        Assert.Equal(6, m);
        Assert.Equal([3, 0, 5], starts);
    }

    /// <summary>
    /// Same instance, A (0..1), C (2), B (3..5): starts (0, 3, 2). Start order A, C, B: A at 0, C at 2, B needs 2 free units
    /// for 3 periods and periods 0–2 hold 1 → B at 3. Result (0, 3, 2), makespan 6 (unchanged: already left-justified).
    /// The order buffer passed in holds garbage: the method must fill it.
    /// </summary>
    [Fact]
    public void Left_justify_of_a_left_justified_schedule_changes_nothing()
    {
        RcpspProblem p = new([new RcpspJob("A", 2, [1], ["C"]), new RcpspJob("B", 3, [2], []), new RcpspJob("C", 1, [1], [])], [2]);
        int[] starts = [0, 3, 2];
        Assert.Equal(6, new RcpspEngine(p).LeftJustify(starts, [2, 2, 2]));
        Assert.Equal([0, 3, 2], starts);
    }

    /// <summary>
    /// Independent oracle for the total successor counts behind MTS: depth-first reachability on random DAGs of up to 150
    /// jobs (so the bit sets span several 64-bit words). Edges go from a lower to a higher position of a random permutation.
    /// </summary>
    [Fact]
    public void Total_successor_counts_match_reachability() =>
        Prop.ForAll(Dags().ToArbitrary(), p =>
        {
            int[] counts = RcpspEngine.TotalSuccessorCounts(p);
            for (int j = 0; j < p.JobCount; j++)
            {
                Assert.Equal(Reachable(p, j), counts[j]);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));

    private static Gen<RcpspProblem> Dags() =>
        Gen.Choose(1, 150).SelectMany(n =>
            Gen.Choose(0, 4 * n).SelectMany(m =>
                Gen.Choose(0, n - 1).Two().ArrayOf(m).SelectMany(edges =>
                    Gen.Choose(0, int.MaxValue - 1).Select(seed => BuildDag(n, edges, seed)))));

    private static RcpspProblem BuildDag(int n, (int, int)[] edges, int seed)
    {
        // Random permutation (Fisher–Yates on Xoshiro256**) so job indices are not in topological order.
        int[] perm = [.. Enumerable.Range(0, n)];
        Xoshiro256StarStar rng = Xoshiro256StarStar.FromSeed((ulong)seed);
        for (int i = n - 1; i > 0; i--)
        {
            int k = rng.NextInt(i + 1);
            (perm[i], perm[k]) = (perm[k], perm[i]);
        }

        var succ = new HashSet<int>[n];
        for (int j = 0; j < n; j++)
        {
            succ[j] = [];
        }

        foreach ((int a, int b) in edges)
        {
            if (a != b)
            {
                _ = succ[perm[Math.Min(a, b)]].Add(perm[Math.Max(a, b)]);
            }
        }

        return new RcpspProblem(
            Enumerable.Range(0, n).Select(j => new RcpspJob(RcpspTestData.Id(j), 1, [0], succ[j].Order().Select(RcpspTestData.Id))), [1]);
    }

    private static int Reachable(RcpspProblem p, int from)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(from);
        while (stack.Count > 0)
        {
            int j = stack.Pop();
            foreach (string s in p.Jobs[j].Successors)
            {
                int si = p.IndexOf(s);
                if (seen.Add(si))
                {
                    stack.Push(si);
                }
            }
        }

        return seen.Count;
    }
}
