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
    [System.Diagnostics.Contracts.Pure]
    public static RcpspSchedule Schedule(RcpspProblem problem, PriorityRule rule, ScheduleGenerationScheme scheme = ScheduleGenerationScheme.Serial)
    {
        ArgumentNullException.ThrowIfNull(problem);
        CheckScheme(scheme);
        double[] values = RcpspEngine.PriorityValues(problem, rule);
        var engine = new RcpspEngine(problem);
        int[] starts = new int[problem.JobCount];
        Xoshiro256StarStar rng = Xoshiro256StarStar.FromSeed(0);
        _ = scheme == ScheduleGenerationScheme.Serial
            ? engine.SerialByPriority(values, false, 1, 1, ref rng, starts)
            : engine.ParallelByPriority(values, false, 1, 1, ref rng, starts);
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
            if ((uint)j >= (uint)n)
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
    /// values, then (optionally) applies double justification while it shortens the makespan, until the schedule budget
    /// is spent or a schedule reaches the critical-path lower bound. With <see cref="RcpspSamplingOptions.SelectiveJustification"/>,
    /// only sampled schedules no longer than the mean sampled makespan so far are justified. Deterministic for a seed.
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">The budget, seed, rule, scheme and sampling parameters.</param>
    /// <returns>The best schedule and the counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [System.Diagnostics.Contracts.Pure]
    public static RcpspSamplingResult Sample(RcpspProblem problem, RcpspSamplingOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        int n = problem.JobCount;
        double[] values = RcpspEngine.PriorityValues(problem, options.Rule);
        var engine = new RcpspEngine(problem);
        Xoshiro256StarStar rng = Xoshiro256StarStar.FromSeed(options.Seed);
        int[] current = new int[n];
        int[] best = new int[n];
        int[] order = new int[n];
        int[] scratch = new int[n];
        int bestMakespan = int.MaxValue;
        int foundAt = 0;
        int generated = 0;
        int first = 0;
        int lowerBound = problem.CriticalPathLength;
        double sampledSum = 0;
        int sampledCount = 0;
        bool serial = options.Scheme == ScheduleGenerationScheme.Serial;

        void Offer(int makespan)
        {
            if (makespan < bestMakespan)
            {
                bestMakespan = makespan;
                foundAt = generated;
                Array.Copy(current, best, n);
            }
        }

        while (generated < options.Schedules && bestMakespan > lowerBound)
        {
            int m = serial
                ? engine.SerialByPriority(values, true, options.Alpha, options.Epsilon, ref rng, current)
                : engine.ParallelByPriority(values, true, options.Alpha, options.Epsilon, ref rng, current);
            generated++;
            if (generated == 1)
            {
                first = m;
            }

            Offer(m);
            sampledSum += m;
            sampledCount++;
            bool promising = !options.SelectiveJustification || m * (double)sampledCount <= sampledSum;
            while (options.Justify && promising && generated + 2 <= options.Schedules && m > lowerBound)
            {
                int justified = engine.DoubleJustify(current, order, scratch);
                generated += 2;
                Offer(justified);
                if (justified >= m)
                {
                    break;
                }

                m = justified;
            }
        }

        return new RcpspSamplingResult(new RcpspSchedule(problem, best, owned: true), options, generated, foundAt, first, bestMakespan == lowerBound);
    }

    private static void CheckScheme(ScheduleGenerationScheme scheme)
    {
        if (!Enum.IsDefined(scheme))
        {
            throw new ArgumentOutOfRangeException(nameof(scheme), scheme, $"{nameof(scheme)} is not a defined {nameof(ScheduleGenerationScheme)} (got {scheme}).");
        }
    }
}
