using System.Runtime.CompilerServices;
using Pmo.Core.Common;

namespace Pmo.Core.Scheduling.Rcpsp;

/// <summary>
/// Reusable workspace for schedule generation on one problem: a resource profile as a flat array of period × resource
/// usages (cleared only up to the last used period), eligible sets and orders. Not thread-safe; allocation-free per
/// schedule once built.
/// </summary>
internal sealed class RcpspEngine
{
    private readonly RcpspProblem p;
    private readonly int n;
    private readonly int kk;
    private readonly int[] dur;
    private readonly int[] req;
    private readonly int[] cap;
    private readonly int[] usage;
    private readonly int[] pending;
    private readonly int[] eligible;
    private readonly int[] finish;
    private readonly bool[] done;
    private readonly double[] weights;
    private readonly int[] keys;
    private readonly double[] dynamicValues;
    private int usedPeriods;

    public RcpspEngine(RcpspProblem problem)
    {
        p = problem;
        n = problem.JobCount;
        kk = problem.ResourceCount;
        dur = problem.Durations;
        req = problem.Requests;
        cap = problem.Capacities;
        usage = new int[(problem.DurationSum + 1) * Math.Max(1, kk)];
        pending = new int[n];
        eligible = new int[n];
        finish = new int[n];
        done = new bool[n];
        weights = new double[n];
        keys = new int[n];
        dynamicValues = new double[n];
    }

    /// <summary>Priority values, smaller is better, for a rule.</summary>
    public static double[] PriorityValues(RcpspProblem p, PriorityRule rule)
    {
        int n = p.JobCount;
        double[] v = new double[n];
        int[] d = p.Durations;
        switch (rule)
        {
            case PriorityRule.LatestFinishTime:
                for (int j = 0; j < n; j++) { v[j] = p.LatestStarts[j] + d[j]; }
                break;
            case PriorityRule.LatestStartTime:
            case PriorityRule.WorstCaseSlack:
            case PriorityRule.DynamicSlack:
                for (int j = 0; j < n; j++) { v[j] = p.LatestStarts[j]; }
                break;
            case PriorityRule.MinimumSlack:
                for (int j = 0; j < n; j++) { v[j] = p.LatestStarts[j] - p.EarliestStarts[j]; }
                break;
            case PriorityRule.MostTotalSuccessors:
                int[] counts = TotalSuccessorCounts(p);
                for (int j = 0; j < n; j++) { v[j] = -counts[j]; }
                break;
            case PriorityRule.GreatestRankPositionalWeight:
                for (int j = 0; j < n; j++)
                {
                    int w = d[j];
                    for (int e = p.SuccessorStart[j]; e < p.SuccessorStart[j + 1]; e++) { w += d[p.SuccessorList[e]]; }
                    v[j] = -w;
                }

                break;
            case PriorityRule.GreatestResourceDemand:
                for (int j = 0; j < n; j++)
                {
                    long sum = 0;
                    for (int k = 0; k < p.ResourceCount; k++) { sum += p.Requests[(j * p.ResourceCount) + k]; }
                    v[j] = -(double)d[j] * sum;
                }

                break;
            case PriorityRule.LongestProcessingTime:
                for (int j = 0; j < n; j++) { v[j] = -d[j]; }
                break;
            case PriorityRule.ShortestProcessingTime:
                for (int j = 0; j < n; j++) { v[j] = d[j]; }
                break;
            case PriorityRule.EarliestStartTime:
                for (int j = 0; j < n; j++) { v[j] = p.EarliestStarts[j]; }
                break;
            case PriorityRule.EarliestFinishTime:
                for (int j = 0; j < n; j++) { v[j] = p.EarliestStarts[j] + d[j]; }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, $"{nameof(rule)} is not a defined {nameof(PriorityRule)} (got {rule}).");
        }

        return v;
    }

    /// <summary>Number of transitive successors of each job (bitset closure in reverse topological order).</summary>
    public static int[] TotalSuccessorCounts(RcpspProblem p)
    {
        int n = p.JobCount;
        int words = (n + 63) / 64;
        ulong[] bits = new ulong[n * words];
        int[] counts = new int[n];
        for (int r = n - 1; r >= 0; r--)
        {
            int j = p.TopologicalOrder[r];
            Span<ulong> mine = bits.AsSpan(j * words, words);
            for (int e = p.SuccessorStart[j]; e < p.SuccessorStart[j + 1]; e++)
            {
                int s = p.SuccessorList[e];
                mine[s / 64] |= 1UL << (s % 64);
                ReadOnlySpan<ulong> theirs = bits.AsSpan(s * words, words);
                for (int w = 0; w < words; w++) { mine[w] |= theirs[w]; }
            }

            int c = 0;
            foreach (ulong w in mine) { c += System.Numerics.BitOperations.PopCount(w); }
            counts[j] = c;
        }

        return counts;
    }

    /// <summary>
    /// Picks a position in eligible[0..count): the best value (ties: smallest job index) when <paramref name="random"/> is
    /// false, otherwise regret-based biased random sampling with weights (max v − v(j) + ε)^α.
    /// </summary>
    private int Pick(int count, double[] values, bool random, double alpha, double epsilon, ref Xoshiro256StarStar rng)
    {
        if (!random)
        {
            int best = 0;
            for (int e = 1; e < count; e++)
            {
                int a = eligible[e], b = eligible[best];
                if (values[a] < values[b] || (values[a] == values[b] && a < b))
                {
                    best = e;
                }
            }

            return best;
        }

        if (count == 1)
        {
            return 0;
        }

        double max = double.MinValue;
        for (int e = 0; e < count; e++) { max = Math.Max(max, values[eligible[e]]); }
        double total = 0;
        for (int e = 0; e < count; e++)
        {
            double w = Math.Pow(max - values[eligible[e]] + epsilon, alpha);
            weights[e] = w;
            total += w;
        }

        double u = (rng.NextUInt64() >> 11) * (1.0 / (1UL << 53)) * total;
        for (int e = 0; e < count - 1; e++)
        {
            u -= weights[e];
            if (u < 0)
            {
                return e;
            }
        }

        return count - 1;
    }

    private void ClearProfile()
    {
        Array.Clear(usage, 0, usedPeriods * kk);
        usedPeriods = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Fits(int j, int t)
    {
        int d = dur[j];
        int rowJ = j * kk;
        for (int tau = t; tau < t + d; tau++)
        {
            int row = tau * kk;
            for (int k = 0; k < kk; k++)
            {
                if (usage[row + k] + req[rowJ + k] > cap[k])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Earliest t ≥ t0 at which job j fits in the profile for its whole duration.</summary>
    private int EarliestFit(int j, int t0)
    {
        int d = dur[j];
        int rowJ = j * kk;
        int t = t0;
        int tau = t;
        while (tau < t + d)
        {
            int row = tau * kk;
            bool ok = true;
            for (int k = 0; k < kk; k++)
            {
                if (usage[row + k] + req[rowJ + k] > cap[k])
                {
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                tau++;
            }
            else
            {
                t = tau + 1;
                tau = t;
            }
        }

        return t;
    }

    /// <summary>The earliest start of job j allowed by its (already scheduled) predecessors in the given direction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int PrecedenceEarliest(int j, int[] prevStart, int[] prevList)
    {
        int es = 0;
        for (int q = prevStart[j]; q < prevStart[j + 1]; q++)
        {
            es = Math.Max(es, finish[prevList[q]]);
        }

        return es;
    }

    /// <summary>Serial-SGS step: starts job j at its earliest precedence- and resource-feasible period; returns its finish.</summary>
    private int PlaceAtEarliest(int j, int[] prevStart, int[] prevList, int[] starts)
    {
        int t = EarliestFit(j, PrecedenceEarliest(j, prevStart, prevList));
        Place(j, t);
        starts[j] = t;
        finish[j] = t + dur[j];
        return finish[j];
    }

    private void Place(int j, int t)
    {
        int d = dur[j];
        int rowJ = j * kk;
        for (int tau = t; tau < t + d; tau++)
        {
            int row = tau * kk;
            for (int k = 0; k < kk; k++)
            {
                usage[row + k] += req[rowJ + k];
            }
        }

        usedPeriods = Math.Max(usedPeriods, t + d);
    }

    private void Unplace(int j, int t)
    {
        int d = dur[j];
        int rowJ = j * kk;
        for (int tau = t; tau < t + d; tau++)
        {
            int row = tau * kk;
            for (int k = 0; k < kk; k++)
            {
                usage[row + k] -= req[rowJ + k];
            }
        }
    }

    /// <summary>
    /// Worst-case slack of every job j in the decision set eligible[0..count) at decision point t (Kolisch 1996):
    /// WCS(j) = LS(j) − max over i ≠ j in the set of E(i, j), where E(i, j) is the earliest period ≥ t at which j fits the
    /// profile once i is started at t as well. With a single job in the set the maximum is taken as t (j can start now).
    /// Writes dynamicValues[j] (smaller is more urgent).
    /// </summary>
    private void WorstCaseSlack(int count, int t, double[] latestStarts)
    {
        for (int e = 0; e < count; e++)
        {
            keys[eligible[e]] = t;
        }

        for (int a = 0; a < count; a++)
        {
            int i = eligible[a];
            Place(i, t);
            for (int b = 0; b < count; b++)
            {
                int j = eligible[b];
                if (j != i)
                {
                    keys[j] = Math.Max(keys[j], EarliestFit(j, t));
                }
            }

            Unplace(i, t);
        }

        for (int e = 0; e < count; e++)
        {
            int j = eligible[e];
            dynamicValues[j] = latestStarts[j] - keys[j];
        }
    }

    /// <summary>
    /// Serial SGS choosing among eligible jobs by priority (or biased random sampling). Backward: on the reversed network
    /// (a job is eligible once all its successors are scheduled), giving reverse-time starts. With
    /// <paramref name="dynamicSlack"/>, <paramref name="values"/> are latest starts and each stage ranks the eligible jobs
    /// on LS(j) minus the earliest precedence- and resource-feasible start of j in the partial schedule. Returns the makespan.
    /// </summary>
    public int SerialByPriority(double[] values, bool random, double alpha, double epsilon, ref Xoshiro256StarStar rng, int[] starts, bool backward, bool dynamicSlack = false)
    {
        ClearProfile();
        int[] prevStart = backward ? p.SuccessorStart : p.PredecessorStart;
        int[] prevList = backward ? p.SuccessorList : p.PredecessorList;
        int[] nextStart = backward ? p.PredecessorStart : p.SuccessorStart;
        int[] nextList = backward ? p.PredecessorList : p.SuccessorList;
        int count = 0;
        for (int j = 0; j < n; j++)
        {
            pending[j] = prevStart[j + 1] - prevStart[j];
            if (pending[j] == 0)
            {
                eligible[count++] = j;
            }
        }

        int makespan = 0;
        for (int stage = 0; stage < n; stage++)
        {
            if (dynamicSlack)
            {
                for (int c = 0; c < count; c++)
                {
                    int i = eligible[c];
                    dynamicValues[i] = values[i] - EarliestFit(i, PrecedenceEarliest(i, prevStart, prevList));
                }
            }

            int e = Pick(count, dynamicSlack ? dynamicValues : values, random, alpha, epsilon, ref rng);
            int j = eligible[e];
            eligible[e] = eligible[--count];
            makespan = Math.Max(makespan, PlaceAtEarliest(j, prevStart, prevList, starts));
            for (int q = nextStart[j]; q < nextStart[j + 1]; q++)
            {
                int s = nextList[q];
                if (--pending[s] == 0)
                {
                    eligible[count++] = s;
                }
            }
        }

        return makespan;
    }

    /// <summary>
    /// Parallel SGS choosing among eligible jobs by priority (or biased random sampling). With
    /// <paramref name="worstCaseSlack"/>, <paramref name="values"/> are the latest starts LS(j) and each choice is made
    /// among the decision set (eligible jobs that fit at t) on the dynamic worst-case slack (see <see cref="WorstCaseSlack"/>).
    /// Returns the makespan.
    /// </summary>
    public int ParallelByPriority(double[] values, bool random, double alpha, double epsilon, ref Xoshiro256StarStar rng, int[] starts, bool worstCaseSlack = false)
    {
        ClearProfile();
        Array.Clear(done);
        for (int j = 0; j < n; j++)
        {
            pending[j] = p.PredecessorStart[j + 1] - p.PredecessorStart[j];
            finish[j] = -1;
        }

        int scheduled = 0;
        int t = 0;
        int makespan = 0;
        while (scheduled < n)
        {
            // Complete every job finished by t (repeat: zero-duration jobs started at t finish at t).
            bool again = true;
            while (again)
            {
                again = false;
                for (int j = 0; j < n; j++)
                {
                    if (!done[j] && finish[j] >= 0 && finish[j] <= t)
                    {
                        done[j] = true;
                        for (int q = p.SuccessorStart[j]; q < p.SuccessorStart[j + 1]; q++) { pending[p.SuccessorList[q]]--; }
                    }
                }

                int count = 0;
                for (int j = 0; j < n; j++)
                {
                    if (finish[j] < 0 && pending[j] == 0)
                    {
                        eligible[count++] = j;
                    }
                }

                while (worstCaseSlack && count > 0)
                {
                    // Decision set D: the eligible jobs that fit at t, moved to the front.
                    int fit = 0;
                    for (int e = 0; e < count; e++)
                    {
                        if (Fits(eligible[e], t))
                        {
                            (eligible[e], eligible[fit]) = (eligible[fit], eligible[e]);
                            fit++;
                        }
                    }

                    if (fit == 0)
                    {
                        break;
                    }

                    WorstCaseSlack(fit, t, values);
                    int pick = Pick(fit, dynamicValues, random, alpha, epsilon, ref rng);
                    int j = eligible[pick];
                    eligible[pick] = eligible[--count];
                    Place(j, t);
                    starts[j] = t;
                    finish[j] = t + dur[j];
                    makespan = Math.Max(makespan, finish[j]);
                    scheduled++;
                    again |= dur[j] == 0;
                }

                while (!worstCaseSlack && count > 0)
                {
                    int e = Pick(count, values, random, alpha, epsilon, ref rng);
                    int j = eligible[e];
                    eligible[e] = eligible[--count];
                    if (Fits(j, t))
                    {
                        Place(j, t);
                        starts[j] = t;
                        finish[j] = t + dur[j];
                        makespan = Math.Max(makespan, finish[j]);
                        scheduled++;
                        again |= dur[j] == 0;
                    }
                }
            }

            if (scheduled == n)
            {
                break;
            }

            int next = int.MaxValue;
            for (int j = 0; j < n; j++)
            {
                if (finish[j] > t)
                {
                    next = Math.Min(next, finish[j]);
                }
            }

            t = next;
        }

        return makespan;
    }

    /// <summary>
    /// Serial SGS decoding of an activity list. Forward: each job starts at its earliest feasible time after its
    /// predecessors. Backward: the same on the reversed network (successors act as predecessors), giving reverse-time
    /// starts. Returns the makespan in the pass's own time axis.
    /// </summary>
    public int Decode(ReadOnlySpan<int> order, bool backward, int[] starts)
    {
        ClearProfile();
        int[] prevStart = backward ? p.SuccessorStart : p.PredecessorStart;
        int[] prevList = backward ? p.SuccessorList : p.PredecessorList;
        int makespan = 0;
        foreach (int j in order)
        {
            makespan = Math.Max(makespan, PlaceAtEarliest(j, prevStart, prevList, starts));
        }

        return makespan;
    }

    /// <summary>
    /// Left-justifies a schedule: one forward serial pass over the jobs in increasing order of their current starts
    /// (ties: topological rank). Counts as one schedule. Overwrites <paramref name="starts"/> and returns the makespan.
    /// </summary>
    public int LeftJustify(int[] starts, int[] order)
    {
        int[] rank = p.TopologicalRank;
        for (int j = 0; j < n; j++)
        {
            order[j] = j;
            keys[j] = (starts[j] * n) + rank[j];
        }

        Array.Sort(keys, order);
        return Decode(order, backward: false, starts);
    }

    /// <summary>
    /// One double justification (Valls, Ballestín and Quintanilla 2005): a backward pass on the jobs in decreasing order
    /// of finish time, then a forward pass in increasing order of the right-justified starts. Counts as two schedules.
    /// Overwrites <paramref name="starts"/> with the forward result and returns its makespan.
    /// </summary>
    public int DoubleJustify(int[] starts, int[] order, int[] scratch)
    {
        int[] rank = p.TopologicalRank;

        // Backward: decreasing finish; ties: larger topological rank first (keeps a precedence-feasible order).
        for (int j = 0; j < n; j++)
        {
            order[j] = j;
            keys[j] = -(((starts[j] + dur[j]) * n) + rank[j]);
        }

        Array.Sort(keys, order);
        int mb = Decode(order, backward: true, scratch);

        // Convert the reverse-time starts to forward time and sort by them.
        for (int j = 0; j < n; j++)
        {
            int s = mb - scratch[j] - dur[j];
            order[j] = j;
            keys[j] = (s * n) + rank[j];
        }

        Array.Sort(keys, order);
        return Decode(order, backward: false, starts);
    }
}
