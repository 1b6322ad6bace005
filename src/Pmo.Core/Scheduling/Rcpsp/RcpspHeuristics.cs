using Pmo.Core.Common;

namespace Pmo.Core.Scheduling.Rcpsp;

/// <summary>
/// Priority-rule heuristics for the RCPSP: single-pass serial and parallel schedule-generation schemes, serial decoding
/// of an activity list, double justification, and multi-pass regret-based biased random sampling with justification.
/// </summary>
/// <remarks>
/// Sources: Kolisch (1996), "Serial and parallel resource-constrained project scheduling methods revisited: theory and
/// computation", EJOR 90, 320–333 (the two SGS); Drexl (1991), "Scheduling of project networks by job assignment",
/// Management Science 37, 1590–1602, and Kolisch and Hartmann (1999), §7.3.2 (regret-based biased random sampling:
/// job j is chosen with probability proportional to (ρ(j) + ε)^α, where ρ(j) = max over eligible i of v(i) − v(j) for a
/// rule that prefers small values v); Tormos and Lova (2001), "A competitive heuristic solution technique for
/// resource-constrained project scheduling", Annals of OR 102, 65–81 (forward-backward improvement, FBI), and Valls,
/// Ballestín and Quintanilla (2005), "Justification and RCPSP: a technique that pays", EJOR 165, 375–386 (double
/// justification). Counting: as in those papers, every forward or backward pass is one schedule.
/// </remarks>
public static class RcpspHeuristics
{
    /// <summary>Builds one schedule with a priority rule and a schedule-generation scheme (a single-pass method).</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="rule">The priority rule.</param>
    /// <param name="scheme">Serial or parallel SGS.</param>
    /// <returns>A feasible schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> or <paramref name="scheme"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is <see cref="PriorityRule.WorstCaseSlack"/> with the serial scheme or <see cref="PriorityRule.DynamicSlack"/> with the parallel scheme.</exception>
    [System.Diagnostics.Contracts.Pure]
    public static RcpspSchedule Schedule(RcpspProblem problem, PriorityRule rule, ScheduleGenerationScheme scheme = ScheduleGenerationScheme.Serial)
    {
        ArgumentNullException.ThrowIfNull(problem);
        CheckScheme(scheme);
        if (rule == PriorityRule.WorstCaseSlack && scheme != ScheduleGenerationScheme.Parallel)
        {
            throw new ArgumentException($"{nameof(rule)} {PriorityRule.WorstCaseSlack} is a dynamic rule of the parallel schedule-generation scheme; use {nameof(scheme)} {ScheduleGenerationScheme.Parallel} (got {scheme}).", nameof(rule));
        }

        if (rule == PriorityRule.DynamicSlack && scheme != ScheduleGenerationScheme.Serial)
        {
            throw new ArgumentException($"{nameof(rule)} {PriorityRule.DynamicSlack} is a dynamic rule of the serial schedule-generation scheme; use {nameof(scheme)} {ScheduleGenerationScheme.Serial} (got {scheme}).", nameof(rule));
        }

        double[] values = RcpspEngine.PriorityValues(problem, rule);
        var engine = new RcpspEngine(problem);
        int[] starts = new int[problem.JobCount];
        Xoshiro256StarStar rng = Xoshiro256StarStar.FromSeed(0);
        _ = scheme == ScheduleGenerationScheme.Serial
            ? engine.SerialByPriority(values, false, 1, 1, ref rng, starts, backward: false, rule == PriorityRule.DynamicSlack)
            : engine.ParallelByPriority(values, false, 1, 1, ref rng, starts, rule == PriorityRule.WorstCaseSlack);
        return new RcpspSchedule(problem, starts, owned: true);
    }

    /// <summary>Decodes an activity list with the serial SGS: each job in list order starts as early as precedences and resources allow.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="activityList">Every job index exactly once, each after all its predecessors.</param>
    /// <returns>A feasible (active) schedule.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="activityList"/> is not a precedence-feasible permutation of the jobs.</exception>
    [System.Diagnostics.Contracts.Pure]
    public static RcpspSchedule Decode(RcpspProblem problem, IEnumerable<int> activityList)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(activityList);
        int[] list = [.. activityList];
        int n = problem.JobCount;
        if (list.Length != n)
        {
            throw new ArgumentException($"{nameof(activityList)} has {list.Length} entries but the problem has {n} jobs.", nameof(activityList));
        }

        int[] position = new int[n];
        Array.Fill(position, -1);
        for (int i = 0; i < n; i++)
        {
            int j = list[i];
            if (j < 0 || j >= n)
            {
                throw new ArgumentException($"{nameof(activityList)}[{i}] = {j} is not a job index in [0, {n}).", nameof(activityList));
            }

            if (position[j] >= 0)
            {
                throw new ArgumentException($"{nameof(activityList)} lists job '{problem.Jobs[j].Id}' twice.", nameof(activityList));
            }

            position[j] = i;
        }

        for (int j = 0; j < n; j++)
        {
            for (int q = problem.PredecessorStart[j]; q < problem.PredecessorStart[j + 1]; q++)
            {
                int pred = problem.PredecessorList[q];
                if (position[pred] > position[j])
                {
                    throw new ArgumentException($"{nameof(activityList)} puts job '{problem.Jobs[j].Id}' before its predecessor '{problem.Jobs[pred].Id}'.", nameof(activityList));
                }
            }
        }

        int[] starts = new int[n];
        _ = new RcpspEngine(problem).Decode(list, backward: false, starts);
        return new RcpspSchedule(problem, starts, owned: true);
    }

    /// <summary>
    /// Double justification (Valls, Ballestín and Quintanilla 2005): right-justify every job (decreasing finish order,
    /// each as late as possible), then left-justify (increasing start order, each as early as possible). The makespan
    /// never increases.
    /// </summary>
    /// <param name="schedule">A feasible schedule.</param>
    /// <returns>The justified schedule (two schedule generations).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="schedule"/> is not feasible.</exception>
    [System.Diagnostics.Contracts.Pure]
    public static RcpspSchedule Justify(RcpspSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        IReadOnlyList<string> issues = schedule.Validate();
        if (issues.Count > 0)
        {
            throw new ArgumentException($"{nameof(schedule)} is not feasible: {issues[0]}", nameof(schedule));
        }

        RcpspProblem p = schedule.Problem;
        int n = p.JobCount;
        int[] starts = schedule.StartSpan.ToArray();
        _ = new RcpspEngine(p).DoubleJustify(starts, new int[n], new int[n]);
        return new RcpspSchedule(p, starts, owned: true);
    }

    /// <summary>
    /// Multi-pass sampling: repeatedly builds a schedule with regret-based biased random sampling on the rule's priority
    /// values (every second one backward on the reversed network with <see cref="RcpspSamplingOptions.Bidirectional"/>;
    /// after <see cref="RcpspSamplingOptions.IntensifyAfter"/> of the budget biased on the incumbent's start or finish
    /// times instead, the incumbent moving to every schedule as short as the best), then (optionally) applies double
    /// justification while it shortens the makespan, until the schedule budget is spent or a schedule reaches the
    /// critical-path lower bound. With <see cref="RcpspSamplingOptions.SelectiveJustification"/>, only sampled schedules no
    /// longer than the mean sampled makespan so far are justified. Every SGS pass counts as one schedule. Deterministic
    /// for a seed. <see cref="RcpspSamplingOptions.Recommended"/> gives the tuned settings (docs/resource-scheduling.md).
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">The budget, seed, rule, scheme and sampling parameters.</param>
    /// <param name="progress">
    /// Receives the schedules generated out of <see cref="RcpspSamplingOptions.Schedules"/> (reported as given, even
    /// <see cref="int.MaxValue"/>) about every 64 schedules (optional; see <see cref="WorkProgress"/>). When the
    /// sampler stops early because a schedule reaches the critical-path lower bound, the last report is the budget of
    /// the budget: the run is complete (<see cref="RcpspSamplingResult.SchedulesGenerated"/> has the count actually generated).
    /// </param>
    /// <param name="cancellationToken">Checked before every schedule-generation pass.</param>
    /// <returns>The best schedule and the counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    [System.Diagnostics.Contracts.Pure]
    public static RcpspSamplingResult Sample(RcpspProblem problem, RcpspSamplingOptions options, IProgress<WorkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        var settings = new SamplerSettings(
            options.Alpha,
            options.Epsilon,
            options.Justify,
            options.SelectiveJustification,
            options.IntensifyAfter,
            options.IntensifyAlpha ?? -1.0,
            options.Bidirectional,
            IntensifyProbability: 1.0,
            MoveOnTies: true,
            SeparateMeans: false,
            WorstCaseSlack: options.Rule == PriorityRule.WorstCaseSlack,
            DynamicSlack: options.Rule == PriorityRule.DynamicSlack);
        SamplerOutcome o = RcpspSampler.Run(
            problem,
            RcpspEngine.PriorityValues(problem, options.Rule),
            RcpspSampler.ReverseValues(problem, options.Rule),
            options.Schedules,
            options.Seed,
            options.Scheme,
            settings,
            progress,
            cancellationToken);
        return new RcpspSamplingResult(new RcpspSchedule(problem, o.Best, owned: true), options, o.Generated, o.FoundAt, o.First, o.Makespan == problem.CriticalPathLength);
    }

    private static void CheckScheme(ScheduleGenerationScheme scheme)
    {
        if (!Enum.IsDefined(scheme))
        {
            throw new ArgumentOutOfRangeException(nameof(scheme), scheme, $"{nameof(scheme)} is not a defined {nameof(ScheduleGenerationScheme)} (got {scheme}).");
        }
    }
}
