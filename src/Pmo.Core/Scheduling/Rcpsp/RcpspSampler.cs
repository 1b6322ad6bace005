using Pmo.Core.Common;

namespace Pmo.Core.Scheduling.Rcpsp;

/// <summary>
/// Knobs of the multi-pass sampler (internal: the public surface is <see cref="RcpspSamplingOptions"/>). The knobs the
/// public options do not expose (<paramref name="IntensifyProbability"/>, <paramref name="SeparateMeans"/>,
/// <paramref name="SelectiveAroundBest"/>, <paramref name="MoveOnTies"/> off) reproduce measured variants of the table in
/// docs/resource-scheduling.md.
/// </summary>
/// <param name="Alpha">Bias exponent of regret-based sampling on the rule's values.</param>
/// <param name="Epsilon">Additive ε of regret-based sampling.</param>
/// <param name="Justify">Whether to apply forward-backward improvement.</param>
/// <param name="Selective">Whether only samples no longer than the running mean are justified.</param>
/// <param name="IntensifyFrom">Share of the budget after which samples may be drawn around the best schedule.</param>
/// <param name="AlphaBest">Bias exponent when sampling on the best schedule's dates; negative = automatic (<see cref="RcpspSampler.AutomaticIntensifyAlpha"/>).</param>
/// <param name="Bidirectional">Whether every second sample is drawn on the reversed network.</param>
/// <param name="IntensifyProbability">Probability that a sample after <paramref name="IntensifyFrom"/> is drawn around the best.</param>
/// <param name="MoveOnTies">Whether a schedule as short as the best becomes the centre of later samples.</param>
/// <param name="SeparateMeans">Whether the selective-justification mean is kept separately for samples around the best.</param>
/// <param name="SelectiveAroundBest">Whether the selection also applies to samples around the best.</param>
/// <param name="DynamicSlack">Whether serial rule samples use the dynamic slack (the values are then LS, or the mirrored LS backward).</param>
/// <param name="WorstCaseSlack">Whether rule samples use the dynamic worst-case slack (parallel SGS; the values are then LS).</param>
internal sealed record SamplerSettings(
    double Alpha,
    double Epsilon,
    bool Justify,
    bool Selective,
    double IntensifyFrom = 1.0,
    double AlphaBest = 2.0,
    bool Bidirectional = false,
    double IntensifyProbability = 1.0,
    bool MoveOnTies = false,
    bool SeparateMeans = false,
    bool WorstCaseSlack = false,
    bool SelectiveAroundBest = true,
    bool DynamicSlack = false);

/// <summary>The result of one sampler run.</summary>
internal readonly record struct SamplerOutcome(int[] Best, int Makespan, int Generated, int FoundAt, int First);

/// <summary>
/// Multi-pass regret-based biased random sampling with forward-backward improvement: rule samples (forward, or backward on
/// the reversed network every second time when bidirectional), after a share of the budget samples biased on the
/// incumbent's dates, selective double justification, every SGS pass counted as one schedule, stop at LB0.
/// </summary>
internal static class RcpspSampler
{
    /// <summary>Schedules generated between two progress reports.</summary>
    internal const int SchedulesPerReport = 64;

    public static SamplerOutcome Run(RcpspProblem problem, double[] values, double[] reverseValues, int budget, ulong seed, ScheduleGenerationScheme scheme, SamplerSettings s, IProgress<WorkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        int n = problem.JobCount;
        int[] dur = problem.Durations;
        double alphaBest = s.AlphaBest < 0 ? AutomaticIntensifyAlpha(n) : s.AlphaBest;
        var engine = new RcpspEngine(problem);
        Xoshiro256StarStar rng = Xoshiro256StarStar.FromSeed(seed);
        int[] current = new int[n];
        int[] best = new int[n];
        int[] center = new int[n];
        int[] order = new int[n];
        int[] scratch = new int[n];
        double[] around = new double[n];
        int bestMakespan = int.MaxValue;
        int foundAt = 0;
        int generated = 0;
        int first = 0;
        int lowerBound = problem.CriticalPathLength;
        double[] sampledSum = new double[2];
        int[] sampledCount = new int[2];
        int iteration = 0;
        bool serial = scheme == ScheduleGenerationScheme.Serial;
        int reported = 0;

        void Offer(int makespan)
        {
            if (makespan < bestMakespan)
            {
                bestMakespan = makespan;
                foundAt = generated;
                Array.Copy(current, best, n);
                Array.Copy(current, center, n);
            }
            else if (s.MoveOnTies && makespan == bestMakespan)
            {
                Array.Copy(current, center, n);
            }
        }

        while (generated < budget && bestMakespan > lowerBound)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (progress is not null && generated - reported >= SchedulesPerReport)
            {
                // Here generated < budget, so the final report below is the only one equal to the budget.
                reported = generated;
                progress.Report(new WorkProgress(generated, budget));
            }

            bool backward = serial && s.Bidirectional && (iteration & 1) == 1;
            iteration++;
            bool intensify = bestMakespan < int.MaxValue && generated >= s.IntensifyFrom * budget
                && (s.IntensifyProbability >= 1 || ((rng.NextUInt64() >> 11) * (1.0 / (1UL << 53))) < s.IntensifyProbability);
            double[] v;
            double a;
            if (intensify)
            {
                for (int j = 0; j < n; j++)
                {
                    around[j] = backward ? -(center[j] + dur[j]) : center[j];
                }

                v = around;
                a = alphaBest;
            }
            else
            {
                v = backward ? reverseValues : values;
                a = s.Alpha;
            }

            int m;
            if (backward)
            {
                m = engine.SerialByPriority(v, true, a, s.Epsilon, ref rng, scratch, backward: true, s.DynamicSlack && !intensify);
                for (int j = 0; j < n; j++)
                {
                    current[j] = m - scratch[j] - dur[j];
                }
            }
            else
            {
                m = serial
                    ? engine.SerialByPriority(v, true, a, s.Epsilon, ref rng, current, backward: false, s.DynamicSlack && !intensify)
                    : engine.ParallelByPriority(v, true, a, s.Epsilon, ref rng, current, s.WorstCaseSlack && !intensify);
            }

            generated++;
            if (generated == 1)
            {
                first = m;
            }

            Offer(m);
            int kind = s.SeparateMeans && intensify ? 1 : 0;
            sampledSum[kind] += m;
            sampledCount[kind]++;
            bool promising = !s.Selective || (intensify && !s.SelectiveAroundBest) || m * (double)sampledCount[kind] <= sampledSum[kind];
            if (!s.Justify || !promising)
            {
                continue;
            }

            if (backward && generated < budget && m > lowerBound)
            {
                int left = engine.LeftJustify(current, order);
                generated++;
                Offer(left);
                m = left;
            }

            while (generated + 2 <= budget && m > lowerBound)
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

        // The run is complete (budget spent or the lower bound reached): the last report is the budget.
        progress?.Report(new WorkProgress(budget, budget));
        return new SamplerOutcome(best, bestMakespan, generated, foundAt, first);
    }

    /// <summary>
    /// The bias exponent of samples around the incumbent when none is given: max(1.5, 1.5 · (n / 32)^1.5) for n jobs
    /// (1.5 on PSPLIB j30, ≈ 4.0 on j60, ≈ 11.2 on j120). Tuned by us on PSPLIB (docs/resource-scheduling.md): larger
    /// networks have larger eligible sets, so a stronger bias keeps the samples near the incumbent.
    /// </summary>
    public static double AutomaticIntensifyAlpha(int jobs) => Math.Max(1.5, 1.5 * Math.Pow(jobs / 32.0, 1.5));

    /// <summary>Priority values of a rule on the reversed network (smaller is better), for backward sampling.</summary>
    public static double[] ReverseValues(RcpspProblem p, PriorityRule rule)
    {
        int n = p.JobCount;
        double[] v = new double[n];
        for (int j = 0; j < n; j++)
        {
            // Reversed network with the same horizon T: LF'(j) = T − ES(j), LS'(j) = T − ES(j) − p(j).
            v[j] = rule switch
            {
                PriorityRule.LatestStartTime or PriorityRule.DynamicSlack => -(p.EarliestStarts[j] + p.Durations[j]),
                _ => -p.EarliestStarts[j],
            };
        }

        return v;
    }
}
