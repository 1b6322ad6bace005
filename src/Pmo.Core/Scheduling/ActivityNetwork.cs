using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;

namespace Pmo.Core.Scheduling;

/// <summary>
/// A validated, immutable, acyclic schedule network (precedence diagram): activities and typed, lagged links, with its
/// topological order computed once.
/// </summary>
/// <remarks>
/// Rules checked by <see cref="Create"/>: at least one activity; ids unique (ordinal comparison); every link's
/// predecessor and successor are known ids; no self-link; no two links with the same predecessor, successor and type
/// (two links of different types between the same pair, e.g. SS and FF, are allowed); no cycle. The topological order
/// is Kahn's algorithm (A. B. Kahn, "Topological sorting of large networks", <i>CACM</i> 5(11), 1962), ties broken by
/// input order; a cycle is found by walking predecessors among the activities Kahn's algorithm could not order, and
/// is named from its member that comes first in the input. Both
/// are iterative, so very long chains work.
/// </remarks>
public sealed class ActivityNetwork
{
    private readonly Dictionary<string, int> index;

    private ActivityNetwork(ImmutableArray<Activity> activities, ImmutableArray<ActivityLink> links, Dictionary<string, int> index, int[] linkPredecessor, int[] linkSuccessor, int[] inStart, int[] inLinks, int[] outStart, int[] outLinks, int[] order)
    {
        Activities = activities;
        Links = links;
        this.index = index;
        LinkPredecessor = linkPredecessor;
        LinkSuccessor = linkSuccessor;
        InStart = inStart;
        InLinks = inLinks;
        OutStart = outStart;
        OutLinks = outLinks;
        Order = order;
        TopologicalOrder = [.. order.Select(i => activities[i])];
    }

    /// <summary>Gets the activities in input order.</summary>
    public ImmutableArray<Activity> Activities { get; }

    /// <summary>Gets the links in input order.</summary>
    public ImmutableArray<ActivityLink> Links { get; }

    /// <summary>Gets the activities in a topological order (every predecessor before its successors; ties in input order).</summary>
    public ImmutableArray<Activity> TopologicalOrder { get; }

    internal int[] LinkPredecessor { get; }

    internal int[] LinkSuccessor { get; }

    internal int[] InStart { get; }

    internal int[] InLinks { get; }

    internal int[] OutStart { get; }

    internal int[] OutLinks { get; }

    internal int[] Order { get; }

    /// <summary>Gets the input-order index of the activity with the given id.</summary>
    /// <param name="id">The activity id.</param>
    /// <returns>The index in <see cref="Activities"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No activity has this id.</exception>
    [Pure]
    public int IndexOf(string id)
    {
        Guard.Against.Null(id);
        return index.TryGetValue(id, out int i) ? i : throw new KeyNotFoundException($"No activity has the id '{id}'.");
    }

    internal bool TryIndexOf(string id, out int i) => index.TryGetValue(id, out i);

    /// <summary>Creates a validated network.</summary>
    /// <param name="activities">The activities (at least one; unique ids).</param>
    /// <param name="links">The precedence links between them.</param>
    /// <returns>The validated network.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activities"/>, <paramref name="links"/> or an element of either is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="activities"/> is empty or repeats an id (<c>ParamName</c> <c>activities</c>); a link names an unknown
    /// activity, links an activity to itself, repeats another link, or the links form a cycle (named in the message,
    /// e.g. <c>A → B → C → A</c>) (<c>ParamName</c> <c>links</c>).
    /// </exception>
    [Pure]
    public static ActivityNetwork Create(IEnumerable<Activity> activities, IEnumerable<ActivityLink> links)
    {
        Guard.Against.Null(activities);
        Guard.Against.Null(links);
        ImmutableArray<Activity> acts = [.. activities];
        ImmutableArray<ActivityLink> lks = [.. links];
        int n = acts.Length;
        if (n == 0)
        {
            throw new ArgumentException($"{nameof(activities)} must contain at least one activity.", nameof(activities));
        }

        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            Activity a = acts[i] ?? throw new ArgumentNullException(nameof(activities), $"{nameof(activities)}[{i}] is null.");
            if (!index.TryAdd(a.Id, i))
            {
                throw new ArgumentException($"{nameof(activities)}[{i}] repeats the id '{a.Id}' of {nameof(activities)}[{index[a.Id]}]; ids must be unique.", nameof(activities));
            }
        }

        int m = lks.Length;
        int[] pred = new int[m];
        int[] succ = new int[m];
        var seen = new HashSet<(int, int, LinkType)>();
        for (int k = 0; k < m; k++)
        {
            ActivityLink l = lks[k] ?? throw new ArgumentNullException(nameof(links), $"{nameof(links)}[{k}] is null.");
            if (!index.TryGetValue(l.Predecessor, out pred[k]))
            {
                throw new ArgumentException($"{nameof(links)}[{k}] names an unknown predecessor '{l.Predecessor}'.", nameof(links));
            }

            if (!index.TryGetValue(l.Successor, out succ[k]))
            {
                throw new ArgumentException($"{nameof(links)}[{k}] names an unknown successor '{l.Successor}'.", nameof(links));
            }

            if (pred[k] == succ[k])
            {
                throw new ArgumentException($"{nameof(links)}[{k}] links activity '{l.Predecessor}' to itself.", nameof(links));
            }

            if (!seen.Add((pred[k], succ[k], l.Type)))
            {
                throw new ArgumentException($"{nameof(links)}[{k}] repeats the {l.Type} link from '{l.Predecessor}' to '{l.Successor}'.", nameof(links));
            }
        }

        (int[] inStart, int[] inLinks) = Csr(n, succ);
        (int[] outStart, int[] outLinks) = Csr(n, pred);
        int[] order = TopologicalSort(n, pred, succ, outStart, outLinks, inStart, inLinks, acts, out string? cycle)
            ?? throw new ArgumentException($"{nameof(links)} form a cycle: {cycle}. A schedule network must be acyclic.", nameof(links));
        return new ActivityNetwork(acts, lks, index, pred, succ, inStart, inLinks, outStart, outLinks, order);
    }

    private static (int[] Start, int[] Items) Csr(int n, int[] key)
    {
        int[] start = new int[n + 1];
        foreach (int k in key)
        {
            start[k + 1]++;
        }

        for (int i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        int[] fill = start[..n];
        int[] items = new int[key.Length];
        for (int e = 0; e < key.Length; e++)
        {
            items[fill[key[e]]++] = e;
        }

        return (start, items);
    }

    private static int[]? TopologicalSort(int n, int[] pred, int[] succ, int[] outStart, int[] outLinks, int[] inStart, int[] inLinks, ImmutableArray<Activity> acts, out string? cycleText)
    {
        int[] inDegree = new int[n];
        foreach (int s in succ)
        {
            inDegree[s]++;
        }

        // Kahn's algorithm with a FIFO queue held in the output array itself.
        int[] order = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++)
        {
            if (inDegree[i] == 0)
            {
                order[tail++] = i;
            }
        }

        for (int head = 0; head < tail; head++)
        {
            int v = order[head];
            for (int p = outStart[v]; p < outStart[v + 1]; p++)
            {
                int s = succ[outLinks[p]];
                if (--inDegree[s] == 0)
                {
                    order[tail++] = s;
                }
            }
        }

        cycleText = null;
        if (tail == n)
        {
            return order;
        }

        // Every activity left has a predecessor that is also left: walk predecessors until one repeats.
        int start = Array.FindIndex(inDegree, d => d > 0);
        int[] visitedAt = new int[n];
        Array.Fill(visitedAt, -1);
        var path = new List<int>();
        int cur = start;
        while (visitedAt[cur] < 0)
        {
            visitedAt[cur] = path.Count;
            path.Add(cur);
            int next = -1;
            for (int p = inStart[cur]; p < inStart[cur + 1]; p++)
            {
                int q = pred[inLinks[p]];
                if (inDegree[q] > 0)
                {
                    next = q;
                    break;
                }
            }

            cur = next;
        }

        // path[visitedAt[cur]..] walks the cycle backwards; print it forwards.
        List<int> cycle = path.GetRange(visitedAt[cur], path.Count - visitedAt[cur]);
        cycle.Reverse();

        // Start the message at the cycle's activity that comes first in the input, so it does not depend on the walk.
        int first = cycle.IndexOf(cycle.Min());
        cycle = [.. cycle.Skip(first), .. cycle.Take(first)];
        cycle.Add(cycle[0]);
        cycleText = string.Join(" → ", cycle.Select(i => acts[i].Id));
        return null;
    }
}
