using System.Collections.Immutable;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>One node of a KPI value roll-up: the aggregate over the node's own value and all its descendants'.</summary>
public sealed class KpiRollupNode
{
    internal KpiRollupNode()
    {
    }

    /// <summary>Gets the subject's id.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>Gets the parent's id, or null for a root.</summary>
    public string? ParentId { get; internal init; }

    /// <summary>Gets the depth (roots are 0).</summary>
    public int Depth { get; internal init; }

    /// <summary>Gets the number of direct children.</summary>
    public int ChildCount { get; internal init; }

    /// <summary>Gets the aggregate of the subtree's values (value, count, missing count, components).</summary>
    public KpiAggregate Aggregate { get; internal init; } = null!;

    /// <summary>Gets the rolled-up value (same as <see cref="KpiAggregate.Value"/>).</summary>
    public double? Value => Aggregate.Value;

    /// <summary>Gets the rolled-up value evaluated against the KPI's target (in force at the as-of date) and bands.</summary>
    public KpiEvaluation Evaluation { get; internal init; } = null!;

    /// <summary>Gets the node's own evaluation from its own observations, or null when it is a summary node without any.</summary>
    public KpiEvaluation? OwnEvaluation { get; internal init; }

    /// <summary>
    /// Gets the status roll-up of the subtree's own statuses (every leaf, and every summary node with observations of
    /// its own); null for a neutral KPI. It can differ from <see cref="Evaluation"/>'s status: a programme's ΣEV/ΣAC can
    /// be green while one project is red.
    /// </summary>
    public StatusRollupResult? SubjectStatus { get; internal init; }
}

/// <summary>The result of <see cref="KpiRollup.Values(KpiDefinition, KpiHierarchy, IEnumerable{KpiObservation}, LocalDate, StatusRollupRule?, AggregationRule?)"/>: one node per hierarchy node, in its input order.</summary>
public sealed class KpiRollupResult
{
    private readonly KpiHierarchy hierarchy;

    internal KpiRollupResult(KpiDefinition definition, LocalDate asOf, AggregationRule rule, KpiHierarchy hierarchy, ImmutableArray<KpiRollupNode> nodes, ImmutableArray<Diagnostic> diagnostics)
    {
        Definition = definition;
        AsOf = asOf;
        Rule = rule;
        this.hierarchy = hierarchy;
        Nodes = nodes;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the KPI.</summary>
    public KpiDefinition Definition { get; }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the aggregation rule used.</summary>
    public AggregationRule Rule { get; }

    /// <summary>Gets the nodes in the hierarchy's input order.</summary>
    public ImmutableArray<KpiRollupNode> Nodes { get; }

    /// <summary>Gets the roots.</summary>
    public IEnumerable<KpiRollupNode> Roots => Nodes.Where(n => n.ParentId is null);

    /// <summary>Gets notes on the whole roll-up (for example observations of subjects outside the hierarchy).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a node by subject id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The node.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public KpiRollupNode this[string id] => Nodes[hierarchy.IndexOf(id)];
}
