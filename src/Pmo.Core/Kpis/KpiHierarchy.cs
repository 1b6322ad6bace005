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

        Forest forest = Forest.Build(list, n => n.Id, n => n.ParentId, nameof(nodes), "hierarchy");
        index = forest.Index;
        int[] parent = forest.Parent;
        int[] childCount = forest.ChildCount;
        int[] depth = forest.Depth;
        int[] order = forest.Order;

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
}
