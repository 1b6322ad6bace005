using System.Collections.ObjectModel;

namespace Pmo.Core.Scheduling.Rcpsp;

/// <summary>
/// A validated single-mode resource-constrained project scheduling problem (RCPSP): jobs with whole-period durations,
/// renewable resources with a constant per-period capacity, and finish-to-start zero-lag precedences. Immutable and
/// thread-safe; jobs are addressed by their position (0-based index) in <see cref="Jobs"/>.
/// </summary>
/// <remarks>
/// Model as in Kolisch and Hartmann (1999), §7.1, and PSPLIB (Kolisch and Sprecher 1996). The constructor also runs a
/// resource-free critical-path pass (forward and backward, horizon = critical-path length) whose early and late dates
/// feed the priority rules (<see cref="PriorityRule"/>). Unlike PSPLIB, a problem need not have a single dummy source and
/// sink: any acyclic network is accepted.
/// </remarks>
public sealed class RcpspProblem
{
    private readonly Dictionary<string, int> index;

    /// <summary>Creates and validates a problem.</summary>
    /// <param name="jobs">The jobs (at least one), with unique ids.</param>
    /// <param name="capacities">The per-period capacity of each renewable resource, each zero or more.</param>
    /// <exception cref="ArgumentNullException">An argument or a job is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A capacity is negative.</exception>
    /// <exception cref="ArgumentException">
    /// No jobs; a repeated job id; a job whose request count differs from the number of resources; a successor that is
    /// unknown, the job itself, or listed twice; a precedence cycle (named); a request above its resource's capacity
    /// (the job could never be scheduled: the problem is infeasible); or a sum of durations too large for a
    /// period-by-period resource profile (above <c>int.MaxValue / (2 × max(1, resources))</c>).
    /// </exception>
    public RcpspProblem(IEnumerable<RcpspJob> jobs, IEnumerable<int> capacities)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(capacities);
        RcpspJob[] js = [.. jobs];
        int[] cap = [.. capacities];
        if (js.Length == 0)
        {
            throw new ArgumentException($"{nameof(jobs)} must contain at least one job.", nameof(jobs));
        }

        for (int k = 0; k < cap.Length; k++)
        {
            if (cap[k] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(capacities), cap[k], $"{nameof(capacities)}[{k}] must be zero or positive (got {cap[k]}).");
            }
        }

        int n = js.Length;
        int kk = cap.Length;
        index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int j = 0; j < n; j++)
        {
            RcpspJob job = js[j] ?? throw new ArgumentNullException(nameof(jobs), $"{nameof(jobs)}[{j}] is null.");
            if (!index.TryAdd(job.Id, j))
            {
                throw new ArgumentException($"{nameof(jobs)}[{j}] repeats the id '{job.Id}' of {nameof(jobs)}[{index[job.Id]}]; job ids must be unique.", nameof(jobs));
            }

            if (job.Requests.Count != kk)
            {
                throw new ArgumentException($"Job '{job.Id}' has {job.Requests.Count} requests but there are {kk} resources ({nameof(capacities)}).", nameof(jobs));
            }
        }

        Durations = new int[n];
        Requests = new int[n * kk];
        var succLists = new List<int>[n];
        int[] predCount = new int[n];
        for (int j = 0; j < n; j++)
        {
            RcpspJob job = js[j];
            Durations[j] = job.Duration;
            for (int k = 0; k < kk; k++)
            {
                int r = job.Requests[k];
                if (r > cap[k])
                {
                    throw new ArgumentException(
                        $"Job '{job.Id}' requests {r} units of resource {k} per period but its capacity is {cap[k]}: the problem is infeasible.",
                        nameof(jobs));
                }

                Requests[(j * kk) + k] = r;
            }

            var list = new List<int>(job.Successors.Count);
            foreach (string s in job.Successors)
            {
                if (!index.TryGetValue(s, out int si))
                {
                    throw new ArgumentException($"Job '{job.Id}' names an unknown successor '{s}'.", nameof(jobs));
                }

                if (si == j)
                {
                    throw new ArgumentException($"Job '{job.Id}' names itself as a successor.", nameof(jobs));
                }

                if (list.Contains(si))
                {
                    throw new ArgumentException($"Job '{job.Id}' lists the successor '{s}' twice.", nameof(jobs));
                }

                list.Add(si);
                predCount[si]++;
            }

            succLists[j] = list;
        }

        // CSR adjacency, both directions.
        SuccessorStart = new int[n + 1];
        PredecessorStart = new int[n + 1];
        for (int j = 0; j < n; j++)
        {
            SuccessorStart[j + 1] = SuccessorStart[j] + succLists[j].Count;
            PredecessorStart[j + 1] = PredecessorStart[j] + predCount[j];
        }

        SuccessorList = new int[SuccessorStart[n]];
        PredecessorList = new int[PredecessorStart[n]];
        int[] fill = new int[n];
        for (int j = 0; j < n; j++)
        {
            succLists[j].CopyTo(SuccessorList, SuccessorStart[j]);
            foreach (int s in succLists[j])
            {
                PredecessorList[PredecessorStart[s] + fill[s]++] = j;
            }
        }

        TopologicalOrder = TopologicalSort(js, predCount);
        TopologicalRank = new int[n];
        for (int r = 0; r < n; r++)
        {
            TopologicalRank[TopologicalOrder[r]] = r;
        }

        Capacities = cap;
        ResourceCount = kk;
        Jobs = new ReadOnlyCollection<RcpspJob>(js);
        CapacityList = new ReadOnlyCollection<int>(cap);

        // The horizon bound first: the CPM below adds durations in int arithmetic.
        long horizon = 0;
        foreach (int d in Durations)
        {
            horizon += d;
        }

        if (horizon > int.MaxValue / Math.Max(1, 2 * Math.Max(1, kk)))
        {
            throw new ArgumentException($"The sum of the durations ({horizon}) is too large for a period-by-period resource profile.", nameof(jobs));
        }

        // Resource-free CPM.
        EarliestStarts = new int[n];
        int cp = 0;
        foreach (int j in TopologicalOrder)
        {
            int es = 0;
            for (int p = PredecessorStart[j]; p < PredecessorStart[j + 1]; p++)
            {
                int i = PredecessorList[p];
                es = Math.Max(es, EarliestStarts[i] + Durations[i]);
            }

            EarliestStarts[j] = es;
            cp = Math.Max(cp, es + Durations[j]);
        }

        CriticalPathLength = cp;
        DurationSum = (int)horizon;
        LatestStarts = new int[n];
        for (int r = n - 1; r >= 0; r--)
        {
            int j = TopologicalOrder[r];
            int lf = cp;
            for (int s = SuccessorStart[j]; s < SuccessorStart[j + 1]; s++)
            {
                lf = Math.Min(lf, LatestStarts[SuccessorList[s]]);
            }

            LatestStarts[j] = lf - Durations[j];
        }
    }

    /// <summary>Gets the jobs, in the order given.</summary>
    public IReadOnlyList<RcpspJob> Jobs { get; }

    /// <summary>Gets the number of jobs.</summary>
    public int JobCount => Durations.Length;

    /// <summary>Gets the per-period capacity of each resource.</summary>
    public IReadOnlyList<int> CapacityList { get; }

    /// <summary>Gets the number of renewable resources.</summary>
    public int ResourceCount { get; }

    /// <summary>Gets the resource-free critical-path length (PSPLIB's MPM-Time, the lower bound LB0).</summary>
    public int CriticalPathLength { get; }

    /// <summary>Gets the sum of all durations (an upper bound on any serial-SGS makespan).</summary>
    public int DurationSum { get; }

    /// <summary>Gets the index of the job with the given id.</summary>
    /// <param name="id">A job id.</param>
    /// <returns>The 0-based position of the job in <see cref="Jobs"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No job has this id.</exception>
    [System.Diagnostics.Contracts.Pure]
    public int IndexOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.TryGetValue(id, out int i) ? i : throw new KeyNotFoundException($"No job has the id '{id}'.");
    }

    /// <summary>Gets the resource-free earliest start of job <paramref name="job"/>.</summary>
    /// <param name="job">A job index.</param>
    /// <returns>ES(j).</returns>
    [System.Diagnostics.Contracts.Pure]
    public int EarliestStart(int job) => EarliestStarts[job];

    /// <summary>Gets the resource-free latest start of job <paramref name="job"/> for a deadline equal to the critical-path length.</summary>
    /// <param name="job">A job index.</param>
    /// <returns>LS(j).</returns>
    [System.Diagnostics.Contracts.Pure]
    public int LatestStart(int job) => LatestStarts[job];

    internal int[] Durations { get; }

    internal int[] Requests { get; }

    internal int[] Capacities { get; }

    internal int[] SuccessorStart { get; }

    internal int[] SuccessorList { get; }

    internal int[] PredecessorStart { get; }

    internal int[] PredecessorList { get; }

    internal int[] TopologicalOrder { get; }

    internal int[] TopologicalRank { get; }

    internal int[] EarliestStarts { get; }

    internal int[] LatestStarts { get; }

    private int[] TopologicalSort(RcpspJob[] jobs, int[] predCount)
    {
        int n = jobs.Length;
        int[] remaining = (int[])predCount.Clone();
        int[] order = new int[n];
        int head = 0, tail = 0;
        for (int j = 0; j < n; j++)
        {
            if (remaining[j] == 0)
            {
                order[tail++] = j;
            }
        }

        while (head < tail)
        {
            int j = order[head++];
            for (int s = SuccessorStart[j]; s < SuccessorStart[j + 1]; s++)
            {
                int t = SuccessorList[s];
                if (--remaining[t] == 0)
                {
                    order[tail++] = t;
                }
            }
        }

        if (tail == n)
        {
            return order;
        }

        // Name one cycle: every job left over has a predecessor left over, so walk predecessors until a job repeats.
        int start = Array.FindIndex(remaining, c => c > 0);
        int[] seenAt = new int[n];
        Array.Fill(seenAt, -1);
        var path = new List<int>();
        int cur = start;
        while (seenAt[cur] < 0)
        {
            seenAt[cur] = path.Count;
            path.Add(cur);
            for (int p = PredecessorStart[cur]; p < PredecessorStart[cur + 1]; p++)
            {
                if (remaining[PredecessorList[p]] > 0)
                {
                    cur = PredecessorList[p];
                    break;
                }
            }
        }

        List<int> cycle = [.. path.Skip(seenAt[cur]), cur];
        cycle.Reverse();
        IEnumerable<string> names = cycle.Select(i => $"'{jobs[i].Id}'");
        throw new ArgumentException($"The precedences form a cycle: {string.Join(" -> ", names)}. An RCPSP network must be acyclic.", nameof(jobs));
    }
}
