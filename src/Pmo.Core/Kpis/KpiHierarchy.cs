using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>One node of a <see cref="KpiHierarchy"/>: a subject (project, programme, portfolio, team) and its parent.</summary>
public sealed class KpiHierarchyNode
{
    /// <summary>Creates a node.</summary>
    /// <param name="id">The subject's id, unique in the hierarchy.</param>
    /// <param name="parentId">The parent's id, or null for a root.</param>
    /// <param name="weight">The subject's weight in <see cref="AggregationRule.WeightedMean"/> (for example its BAC): finite, zero or positive; default 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or equals <paramref name="parentId"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is NaN, infinite or negative.</exception>
    public KpiHierarchyNode(string id, string? parentId = null, double weight = 1)
    {
        Guard.Against.NullOrWhiteSpace(id);
        if (parentId is not null && parentId == id)
        {
            throw new ArgumentException($"{nameof(parentId)} of '{id}' is the node itself; a node cannot be its own parent.", nameof(parentId));
        }

        Id = id;
        ParentId = parentId;
        Weight = Guard.Against.NotFiniteNonNegative(weight);
    }

    /// <summary>Gets the subject's id.</summary>
    public string Id { get; }

    /// <summary>Gets the parent's id, or null for a root.</summary>
    public string? ParentId { get; }

    /// <summary>Gets the weight for weighted means.</summary>
    public double Weight { get; }
}

/// <summary>
/// A validated tree (or forest) of subjects for roll-ups: ids unique, every parent present, no cycles. A grouping is a
/// hierarchy of depth one (<see cref="Flat"/>).
/// </summary>
public sealed class KpiHierarchy
{
    private readonly Dictionary<string, int> index;

    /// <summary>Creates a hierarchy.</summary>
    /// <param name="nodes">The nodes, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="nodes"/> or a node is null.</exception>
    /// <exception cref="ArgumentException">It is empty, an id repeats, a parent is unknown, or the parents form a cycle (named in the message).</exception>
    public KpiHierarchy(IEnumerable<KpiHierarchyNode> nodes)
    {
        Guard.Against.Null(nodes);
        ImmutableArray<KpiHierarchyNode> list = [.. nodes];
        if (list.IsEmpty)
        {
            throw new ArgumentException($"{nameof(nodes)} must contain at least one node.", nameof(nodes));
        }

        int count = list.Length;
        index = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            KpiHierarchyNode n = list[i] ?? throw new ArgumentNullException(nameof(nodes), $"{nameof(nodes)}[{i}] is null.");
            if (!index.TryAdd(n.Id, i))
            {
                throw new ArgumentException($"{nameof(nodes)} contains the id '{n.Id}' more than once; ids must be unique.", nameof(nodes));
            }
        }

        int[] parent = new int[count];
        int[] childCount = new int[count];
        for (int i = 0; i < count; i++)
        {
            string? p = list[i].ParentId;
            if (p is null)
            {
                parent[i] = -1;
            }
            else if (index.TryGetValue(p, out int pi))
            {
                parent[i] = pi;
                childCount[pi]++;
            }
            else
            {
                throw new ArgumentException($"{nameof(nodes)}: the parent '{p}' of '{list[i].Id}' is not in the hierarchy.", nameof(nodes));
            }
        }

        int[] childStart = new int[count + 1];
        for (int i = 0; i < count; i++)
        {
            childStart[i + 1] = childStart[i] + childCount[i];
        }

        int[] fill = (int[])childStart.Clone();
        int[] children = new int[count];
        for (int i = 0; i < count; i++)
        {
            if (parent[i] >= 0)
            {
                children[fill[parent[i]]++] = i;
            }
        }

        int[] order = new int[count];
        int[] depth = new int[count];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < count; i++)
        {
            if (parent[i] < 0)
            {
                order[tail++] = i;
            }
        }

        while (head < tail)
        {
            int node = order[head++];
            for (int k = childStart[node]; k < childStart[node + 1]; k++)
            {
                int child = children[k];
                depth[child] = depth[node] + 1;
                order[tail++] = child;
            }
        }

        if (tail < count)
        {
            throw new ArgumentException($"{nameof(nodes)} contains a cycle: {DescribeCycle(list, parent, order, tail)}.", nameof(nodes));
        }

        Nodes = list;
        Parent = parent;
        ChildCount = childCount;
        Depth = depth;
        Order = order;
    }

    /// <summary>Gets the nodes in input order.</summary>
    public ImmutableArray<KpiHierarchyNode> Nodes { get; }

    /// <summary>Gets the number of nodes.</summary>
    public int Count => Nodes.Length;

    internal int[] Parent { get; }

    internal int[] ChildCount { get; }

    internal int[] Depth { get; }

    /// <summary>Breadth-first order: every parent before its children.</summary>
    internal int[] Order { get; }

    /// <summary>Creates a one-level grouping: a root and its direct members.</summary>
    /// <param name="rootId">The group's (programme's, portfolio's) id.</param>
    /// <param name="memberIds">The members' ids.</param>
    /// <returns>The hierarchy.</returns>
    /// <exception cref="ArgumentNullException">An argument or a member id is null.</exception>
    /// <exception cref="ArgumentException">An id is blank or repeats.</exception>
    [Pure]
    public static KpiHierarchy Flat(string rootId, IEnumerable<string> memberIds)
    {
        Guard.Against.NullOrWhiteSpace(rootId);
        Guard.Against.Null(memberIds);
        return new KpiHierarchy([new KpiHierarchyNode(rootId), .. memberIds.Select(m => new KpiHierarchyNode(m, rootId))]);
    }

    /// <summary>Tells whether a subject is in the hierarchy.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Whether it is present.</returns>
    [Pure]
    public bool Contains(string id) => id is not null && index.ContainsKey(id);

    /// <summary>Gets the index of a node in <see cref="Nodes"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    [Pure]
    public int IndexOf(string id) => id is not null && index.TryGetValue(id, out int i)
        ? i
        : throw new KeyNotFoundException($"No node of the hierarchy has the id '{id}'.");

    private static string DescribeCycle(ImmutableArray<KpiHierarchyNode> nodes, int[] parent, int[] order, int reached)
    {
        bool[] visited = new bool[nodes.Length];
        for (int k = 0; k < reached; k++)
        {
            visited[order[k]] = true;
        }

        int start = Array.IndexOf(visited, false);
        var seen = new Dictionary<int, int>();
        var path = new List<int>();
        int node = start;
        while (!seen.ContainsKey(node))
        {
            seen[node] = path.Count;
            path.Add(node);
            node = parent[node];
        }

        return string.Join(" → ", path.Skip(seen[node]).Select(i => nodes[i].Id).Append(nodes[node].Id));
    }
}
