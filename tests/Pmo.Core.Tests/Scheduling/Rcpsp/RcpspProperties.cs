using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Core.Tests.Scheduling.Rcpsp;

/// <summary>Layer 2: FsCheck properties of the schedule-generation schemes, sampling and justification on random small instances.</summary>
public class RcpspProperties
{
    private static readonly PriorityRule[] Rules = Enum.GetValues<PriorityRule>();

    private static readonly Gen<(RcpspProblem Problem, PriorityRule Rule, ScheduleGenerationScheme Scheme)> Cases =
        RcpspTestData.Problems(12).SelectMany(p => Gen.Elements(Rules).SelectMany(r =>
            Gen.Elements(ScheduleGenerationScheme.Serial, ScheduleGenerationScheme.Parallel)
                .Select(s => (p, r, Supported(r, s)))));

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(200);

    /// <summary>WCS runs only on the parallel SGS, dynamic slack only on the serial SGS.</summary>
    private static ScheduleGenerationScheme Supported(PriorityRule rule, ScheduleGenerationScheme scheme) => rule switch
    {
        PriorityRule.WorstCaseSlack => ScheduleGenerationScheme.Parallel,
        PriorityRule.DynamicSlack => ScheduleGenerationScheme.Serial,
        _ => scheme,
    };

    /// <summary>Critical-path early starts by an independent relaxation (repeat until nothing changes).</summary>
    private static int[] EarlyStarts(RcpspProblem p)
    {
        int[] es = new int[p.JobCount];
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int j = 0; j < p.JobCount; j++)
            {
                foreach (string s in p.Jobs[j].Successors)
                {
                    int si = p.IndexOf(s);
                    if (es[si] < es[j] + p.Jobs[j].Duration)
                    {
                        es[si] = es[j] + p.Jobs[j].Duration;
                        changed = true;
                    }
                }
            }
        }

        return es;
    }

    private static int CriticalPath(RcpspProblem p)
    {
        int[] es = EarlyStarts(p);
        return Enumerable.Range(0, p.JobCount).Max(j => es[j] + p.Jobs[j].Duration);
    }

    [Fact]
    public void Every_single_pass_schedule_is_feasible_and_not_shorter_than_the_critical_path() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            RcpspSchedule s = RcpspHeuristics.Schedule(c.Problem, c.Rule, c.Scheme);
            return s.Validate().Count == 0 && s.Makespan >= CriticalPath(c.Problem) && c.Problem.CriticalPathLength == CriticalPath(c.Problem);
        }).Check(Config);

    [Fact]
    public void Sampled_and_justified_schedules_are_feasible_and_within_budget() =>
        Prop.ForAll(Cases.ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (c, budget, selective) =>
        {
            RcpspSamplingResult r = RcpspHeuristics.Sample(c.Problem, new RcpspSamplingOptions(budget, 7, c.Rule, c.Scheme, selectiveJustification: selective));
            return r.Best.IsFeasible && r.Makespan >= CriticalPath(c.Problem) && r.SchedulesGenerated <= budget
                && r.Makespan <= r.FirstMakespan && r.FoundAtSchedule >= 1 && r.FoundAtSchedule <= r.SchedulesGenerated;
        }).Check(Config);

    [Fact]
    public void Bidirectional_sampling_around_the_incumbent_is_feasible_within_budget_and_deterministic() =>
        Prop.ForAll(RcpspTestData.Problems(12).ToArbitrary(), Gen.Choose(1, 60).ToArbitrary(), Gen.Choose(0, 10).ToArbitrary(), (p, budget, tenths) =>
        {
            var o = new RcpspSamplingOptions(budget, 5, alpha: 0.5, selectiveJustification: true, bidirectional: true, intensifyAfter: tenths / 10.0);
            RcpspSamplingResult r = RcpspHeuristics.Sample(p, o);
            return r.Best.IsFeasible && r.Makespan >= CriticalPath(p) && r.SchedulesGenerated <= budget && r.Makespan <= r.FirstMakespan
                && r.Best.Starts.SequenceEqual(RcpspHeuristics.Sample(p, o).Best.Starts);
        }).Check(Config);

    [Fact]
    public void With_unlimited_capacity_every_scheme_and_rule_gives_the_CPM_early_starts() =>
        Prop.ForAll(RcpspTestData.Problems(12, unlimited: true).ToArbitrary(), Gen.Elements(Rules).ToArbitrary(), (p, rule) =>
        {
            int[] es = EarlyStarts(p);
            return (rule == PriorityRule.WorstCaseSlack || RcpspHeuristics.Schedule(p, rule, ScheduleGenerationScheme.Serial).Starts.SequenceEqual(es))
                && (rule == PriorityRule.DynamicSlack || RcpspHeuristics.Schedule(p, rule, ScheduleGenerationScheme.Parallel).Starts.SequenceEqual(es));
        }).Check(Config);

    [Fact]
    public void Justification_keeps_feasibility_and_never_lengthens_the_schedule() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            RcpspSchedule s = RcpspHeuristics.Schedule(c.Problem, c.Rule, c.Scheme);
            RcpspSchedule j = RcpspHeuristics.Justify(s);
            return j.IsFeasible && j.Makespan <= s.Makespan;
        }).Check(Config);

    /// <summary>
    /// Oracle: the best serial-SGS decoding over every precedence-feasible activity list is optimal (the serial SGS
    /// reaches all active schedules, and some active schedule is optimal: Kolisch 1996). No heuristic may beat it.
    /// </summary>
    [Fact]
    public void No_heuristic_beats_the_brute_force_optimum_of_tiny_instances() =>
        Prop.ForAll(RcpspTestData.Problems(6).ToArbitrary(), p =>
        {
            int optimum = AllLists(p).Min(list => RcpspHeuristics.Decode(p, list).Makespan);
            RcpspSamplingResult r = RcpspHeuristics.Sample(p, new RcpspSamplingOptions(60, 3));
            RcpspSamplingResult tuned = RcpspHeuristics.Sample(p, RcpspSamplingOptions.Recommended(60, 3));
            bool single = Rules.All(rule => RcpspHeuristics.Schedule(p, rule, Supported(rule, ScheduleGenerationScheme.Parallel)).Makespan >= optimum);
            return r.Makespan >= optimum && tuned.Makespan >= optimum && single;
        }).Check(Config.WithMaxTest(100));

    [Fact]
    public void Same_seed_gives_the_same_schedule() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var o = new RcpspSamplingOptions(30, 11, c.Rule, c.Scheme);
            return RcpspHeuristics.Sample(c.Problem, o).Best.Starts.SequenceEqual(RcpspHeuristics.Sample(c.Problem, o).Best.Starts);
        }).Check(Config);

    private static List<int[]> AllLists(RcpspProblem p)
    {
        int n = p.JobCount;
        int[] pending = new int[n];
        for (int j = 0; j < n; j++)
        {
            foreach (string s in p.Jobs[j].Successors)
            {
                pending[p.IndexOf(s)]++;
            }
        }

        var list = new List<int>(n);
        var results = new List<int[]>();
        bool[] used = new bool[n];

        void Recurse()
        {
            if (list.Count == n)
            {
                results.Add([.. list]);
                return;
            }

            for (int j = 0; j < n; j++)
            {
                if (!used[j] && pending[j] == 0)
                {
                    used[j] = true;
                    list.Add(j);
                    foreach (string s in p.Jobs[j].Successors) { pending[p.IndexOf(s)]--; }
                    Recurse();
                    foreach (string s in p.Jobs[j].Successors) { pending[p.IndexOf(s)]++; }
                    list.RemoveAt(list.Count - 1);
                    used[j] = false;
                }
            }
        }

        Recurse();
        return results;
    }
}
