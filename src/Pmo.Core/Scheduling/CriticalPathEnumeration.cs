using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;

namespace Pmo.Core.Scheduling;

/// <summary>The critical paths of a schedule, listed one by one (see <see cref="CriticalPath.EnumerateCriticalPaths"/>).</summary>
public sealed class CriticalPathSet
{
    internal CriticalPathSet(ImmutableArray<ImmutableArray<string>> paths, bool isCapped, int maxPaths)
    {
        Paths = paths;
        IsCapped = isCapped;
        MaxPaths = maxPaths;
    }

    /// <summary>Gets the paths found, each the activity ids from a start to an end of the chain, in the order found.</summary>
    public ImmutableArray<ImmutableArray<string>> Paths { get; }

    /// <summary>Gets a value indicating whether more than <see cref="MaxPaths"/> paths exist and the list was cut there.</summary>
    public bool IsCapped { get; }

    /// <summary>Gets the cap on the number of paths that was requested.</summary>
    public int MaxPaths { get; }
}

/// <content>Critical path enumeration.</content>
public static partial class CriticalPath
{
    /// <summary>Lists the individual critical paths of a CPM result, up to <paramref name="maxPaths"/>.</summary>
    /// <param name="cpm">The CPM result.</param>
    /// <param name="maxPaths">The most paths to list: ≥ 1 (default 1,000).</param>
    /// <returns>The paths and whether the list was capped.</returns>
    /// <remarks>
    /// <para>
    /// A link is <i>driving</i> when both its activities are critical and its slack at early dates is at most the
    /// result's <see cref="CpmResult.FloatTolerance"/> (slack <c>ES_s − lag − EF_p</c> for FS, <c>ES_s − lag − ES_p</c>
    /// for SS, <c>EF_s − lag − EF_p</c> for FF, <c>EF_s − lag − ES_p</c> for SF, as for free float). A critical path is
    /// a chain of critical activities joined by driving links, from an activity with no incoming driving link (it is
    /// driven by the project start or its start-no-earlier-than constraint) to one with no outgoing driving link (it
    /// finishes the project). Several links of different types between the same pair count once.
    /// </para>
    /// <para>
    /// Depth-first search from the start activities (topological order), successors in link input order. The number
    /// of paths can grow exponentially with the network (a ladder of k diamonds has 2^k), so the search stops after
    /// <paramref name="maxPaths"/> + 1 paths: every branch of the search ends in a path, so the work is at most
    /// <c>O((maxPaths + 1) × activities × links per activity)</c>.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="cpm"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPaths"/> is less than 1.</exception>
    [Pure]
    public static CriticalPathSet EnumerateCriticalPaths(CpmResult cpm, int maxPaths = 1000)
    {
        Guard.Against.Null(cpm);
        if (maxPaths < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPaths), maxPaths, $"{nameof(maxPaths)} must be at least 1 (got {maxPaths}).");
        }

        (List<int[]> paths, bool capped) = EnumerateIndices(cpm, maxPaths);
        ImmutableArray<Activity> acts = cpm.Network.Activities;
        return new CriticalPathSet([.. paths.Select(p => p.Select(i => acts[i].Id).ToImmutableArray())], capped, maxPaths);
    }

    internal static (List<int[]> Paths, bool Capped) EnumerateIndices(CpmResult cpm, int maxPaths)
    {
        ActivityNetwork net = cpm.Network;
        ImmutableArray<ActivitySchedule> s = cpm.Activities;
        ImmutableArray<ActivityLink> links = net.Links;
        int n = s.Length;
        double tol = cpm.FloatTolerance;

        // Driving successors per activity (CSR, distinct, link input order) and whether each has a driving predecessor.
        int[] start = new int[n + 1];
        var next = new List<int>();
        bool[] driven = new bool[n];
        int[] lastSeen = new int[n];
        Array.Fill(lastSeen, -1);
        for (int i = 0; i < n; i++)
        {
            start[i] = next.Count;
            if (!s[i].IsCritical)
            {
                continue;
            }

            for (int p = net.OutStart[i]; p < net.OutStart[i + 1]; p++)
            {
                int e = net.OutLinks[p];
                int j = net.LinkSuccessor[e];
                if (!s[j].IsCritical || lastSeen[j] == i)
                {
                    continue;
                }

                ActivityLink l = links[e];
                double slack = l.Type switch
                {
                    LinkType.FinishToStart => s[j].EarlyStart - l.Lag - s[i].EarlyFinish,
                    LinkType.StartToStart => s[j].EarlyStart - l.Lag - s[i].EarlyStart,
                    LinkType.FinishToFinish => s[j].EarlyFinish - l.Lag - s[i].EarlyFinish,
                    _ => s[j].EarlyFinish - l.Lag - s[i].EarlyStart,
                };
                if (slack <= tol)
                {
                    next.Add(j);
                    lastSeen[j] = i;
                    driven[j] = true;
                }
            }
        }

        start[n] = next.Count;
        var paths = new List<int[]>();
        var stack = new List<int>(); // the current path
        var cursor = new List<int>(); // per path position: the next successor slot to try
        foreach (int root in net.Order)
        {
            if (!s[root].IsCritical || driven[root])
            {
                continue;
            }

            stack.Add(root);
            cursor.Add(start[root]);
            while (stack.Count > 0)
            {
                int top = stack.Count - 1;
                int v = stack[top];
                if (start[v] == start[v + 1])
                {
                    if (paths.Count == maxPaths)
                    {
                        return (paths, true);
                    }

                    paths.Add([.. stack]);
                }

                if (cursor[top] < start[v + 1])
                {
                    int w = next[cursor[top]++];
                    stack.Add(w);
                    cursor.Add(start[w]);
                }
                else
                {
                    stack.RemoveAt(top);
                    cursor.RemoveAt(top);
                }
            }
        }

        return (paths, false);
    }
}
