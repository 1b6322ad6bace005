using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Prioritization.Selection;

/// <summary>What the exact search proved.</summary>
public enum SelectionStatus
{
    /// <summary>The selection is proven optimal (within a relative tolerance of 1e-9 of the value).</summary>
    Optimal = 0,

    /// <summary>No selection satisfies every constraint (proven); see <see cref="SelectionResult.Infeasibility"/>.</summary>
    Infeasible = 1,

    /// <summary>The node limit stopped the search: the best selection found (if any) and a proven upper bound are reported, not an optimum.</summary>
    NodeLimitReached = 2,
}

/// <summary>The kind of a hard constraint of a <see cref="SelectionProblem"/>.</summary>
public enum SelectionConstraintKind
{
    /// <summary>A row's capacity in one period.</summary>
    Capacity = 0,

    /// <summary>A requirement (dependent needs prerequisite).</summary>
    Requirement = 1,

    /// <summary>A mutual exclusion (at most one).</summary>
    MutualExclusion = 2,

    /// <summary>A group's minimum count.</summary>
    GroupMinimum = 3,

    /// <summary>A group's maximum count.</summary>
    GroupMaximum = 4,

    /// <summary>A candidate forced in.</summary>
    ForceIn = 5,

    /// <summary>A candidate forced out.</summary>
    ForceOut = 6,

    /// <summary>The minimum number of selected candidates.</summary>
    MinimumCount = 7,

    /// <summary>The maximum number of selected candidates.</summary>
    MaximumCount = 8,
}

/// <summary>
/// The result of <see cref="PortfolioSelector.Solve"/>: the exact selection with its proof status, usage and slack of
/// every row and period, the greedy baseline beside it, and for infeasible problems a minimal conflicting set.
/// </summary>
public sealed class SelectionResult
{
    private readonly HashSet<string> selected;

    internal SelectionResult(SelectionProblem problem, SelectionStatus status, ImmutableArray<string> selectedIds, double? totalValue, double? upperBound, double? rootUpperBound, long nodes, ImmutableArray<RowUsage> usage, GreedyBaseline greedy, InfeasibilityExplanation? infeasibility, ImmutableArray<Diagnostic> diagnostics)
    {
        Problem = problem;
        Status = status;
        SelectedIds = selectedIds;
        selected = new HashSet<string>(selectedIds, StringComparer.Ordinal);
        TotalValue = totalValue;
        UpperBound = upperBound;
        RootUpperBound = rootUpperBound;
        NodesExplored = nodes;
        RowUsages = usage;
        Greedy = greedy;
        Infeasibility = infeasibility;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the problem solved.</summary>
    public SelectionProblem Problem { get; }

    /// <summary>Gets what the search proved.</summary>
    public SelectionStatus Status { get; }

    /// <summary>Gets whether a feasible selection is reported (always when <see cref="SelectionStatus.Optimal"/>; sometimes when the node limit was reached).</summary>
    public bool HasSolution => TotalValue is not null;

    /// <summary>Gets the selected candidate ids, in input order (empty without a solution).</summary>
    public ImmutableArray<string> SelectedIds { get; }

    /// <summary>Gets the selection's total value Σ v_j, or null without a solution.</summary>
    public double? TotalValue { get; }

    /// <summary>
    /// Gets a proven upper bound on the optimal value: equal to <see cref="TotalValue"/> when optimal, the largest bound
    /// over the unexplored nodes when the node limit was reached, null when infeasible.
    /// </summary>
    public double? UpperBound { get; }

    /// <summary>Gets <see cref="UpperBound"/> − <see cref="TotalValue"/> (0 when optimal), or null.</summary>
    public double? Gap => UpperBound is double u && TotalValue is double v ? Math.Max(0, u - v) : null;

    /// <summary>
    /// Gets the relaxation bound at the root: the smallest of the LP-relaxation bound (the Lagrangian value of the
    /// duals of the root LP over the capacity rows, count maxima and requirements), the subgradient Lagrangian bound
    /// and the surrogate Dantzig bound. Each is at least the integer optimum. Null when root propagation already proved
    /// infeasibility.
    /// </summary>
    public double? RootUpperBound { get; }

    /// <summary>Gets the number of branch-and-bound nodes explored; at most <see cref="SelectionOptions.NodeLimit"/>, and equal
    /// to it when the status is <see cref="SelectionStatus.NodeLimitReached"/>.</summary>
    public long NodesExplored { get; }

    /// <summary>Gets the usage, slack and binding periods of every row, in row order (empty without a solution).</summary>
    public ImmutableArray<RowUsage> RowUsages { get; }

    /// <summary>Gets the names of the rows that block at least one unselected candidate in some period.</summary>
    public ImmutableArray<string> BindingRows => [.. RowUsages.Where(r => r.IsBinding).Select(r => r.Name)];

    /// <summary>Gets the greedy value/cost baseline.</summary>
    public GreedyBaseline Greedy { get; }

    /// <summary>Gets the exact value minus the greedy value, or null when either has no solution.</summary>
    public double? GreedyGap => TotalValue is double v && Greedy.TotalValue is double g ? v - g : null;

    /// <summary>Gets the explanation of an infeasible problem (null otherwise, or when not asked for).</summary>
    public InfeasibilityExplanation? Infeasibility { get; }

    /// <summary>Gets notes on the solve (undefined metrics, node limit).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets whether a candidate is selected.</summary>
    /// <param name="candidateId">The candidate id.</param>
    /// <returns>True when selected.</returns>
    [Pure]
    public bool IsSelected(string candidateId)
    {
        Guard.Against.Null(candidateId);
        return selected.Contains(candidateId);
    }

    /// <summary>Gets a row's usage by name.</summary>
    /// <param name="rowName">The row's name.</param>
    /// <returns>The usage.</returns>
    /// <exception cref="KeyNotFoundException">No row has that name or there is no solution.</exception>
    [Pure]
    public RowUsage Usage(string rowName) =>
        RowUsages.FirstOrDefault(r => r.Name == rowName) ?? throw new KeyNotFoundException($"No usage for a row named '{rowName}'.");
}

/// <summary>A row's usage by a selection, per period.</summary>
public sealed class RowUsage
{
    internal RowUsage(string name, ImmutableArray<double> capacity, ImmutableArray<double> usage, ImmutableArray<int> bindingPeriods, ImmutableArray<string> blocked)
    {
        Name = name;
        Capacity = capacity;
        Usage = usage;
        Slack = [.. capacity.Zip(usage, (c, u) => c - u)];
        BindingPeriods = bindingPeriods;
        BlockedCandidateIds = blocked;
    }

    /// <summary>Gets the row's name.</summary>
    public string Name { get; }

    /// <summary>Gets the capacity per period.</summary>
    public ImmutableArray<double> Capacity { get; }

    /// <summary>Gets the selection's consumption per period.</summary>
    public ImmutableArray<double> Usage { get; }

    /// <summary>Gets capacity − usage per period (≥ −1e-9·max(s, capacity), s as in <see cref="PortfolioSelector"/>'s remarks: 1 unless the row-period's magnitude is below 1).</summary>
    public ImmutableArray<double> Slack { get; }

    /// <summary>
    /// Gets the periods (indices from 0) in which the row binds: some unselected candidate that is not forced out
    /// consumes more than the period's slack, so this row alone stops it from being added.
    /// </summary>
    public ImmutableArray<int> BindingPeriods { get; }

    /// <summary>Gets whether the row binds in at least one period.</summary>
    public bool IsBinding => !BindingPeriods.IsEmpty;

    /// <summary>Gets the unselected candidates (not forced out) that this row alone keeps out, in input order.</summary>
    public ImmutableArray<string> BlockedCandidateIds { get; }
}

/// <summary>
/// The greedy value/cost baseline reported beside the exact selection. Candidates are taken in descending order of
/// <c>v_j / c_j</c> with the cost aggregate <c>c_j = Σ_r Σ_t a_rtj / cap_rt</c> over the rows and periods with
/// positive capacity (consumption normalised by capacity; with <c>c_j = 0</c> the ratio is taken as +∞ for a positive
/// value, 0 for a zero value and −∞ for a negative one; ties by input order). After the
/// forced candidates, each candidate with positive value is added with everything its addition implies (its
/// prerequisites) when the result violates no constraint; the rest are then set out (or in, when a group or minimum
/// count needs them). The baseline respects every constraint, or reports that it found no feasible selection.
/// </summary>
public sealed class GreedyBaseline
{
    internal GreedyBaseline(bool found, ImmutableArray<string> selectedIds, double? totalValue, ImmutableArray<double> costAggregates, ImmutableArray<string> order)
    {
        Found = found;
        SelectedIds = selectedIds;
        TotalValue = totalValue;
        CostAggregates = costAggregates;
        Order = order;
    }

    /// <summary>Gets whether the greedy pass found a feasible selection.</summary>
    public bool Found { get; }

    /// <summary>Gets the greedy selection, in input order (empty when not found).</summary>
    public ImmutableArray<string> SelectedIds { get; }

    /// <summary>Gets the greedy selection's total value, or null when not found.</summary>
    public double? TotalValue { get; }

    /// <summary>Gets each candidate's cost aggregate <c>c_j</c>, in candidate input order.</summary>
    public ImmutableArray<double> CostAggregates { get; }

    /// <summary>Gets the candidate ids in the greedy order (descending value/cost ratio).</summary>
    public ImmutableArray<string> Order { get; }
}

/// <summary>
/// Why a problem is infeasible: a minimal set of constraints that cannot hold together (an irreducible infeasible
/// subsystem, found with the deletion filter of J. W. Chinneck, <i>Feasibility and Infeasibility in Optimization</i>,
/// 2008, ch. 2). Removing any one of them makes the rest feasible, when <see cref="IsProvenMinimal"/>.
/// </summary>
public sealed class InfeasibilityExplanation
{
    internal InfeasibilityExplanation(ImmutableArray<SelectionConflict> conflicts, bool isProvenMinimal, int checks)
    {
        Conflicts = conflicts;
        IsProvenMinimal = isProvenMinimal;
        FeasibilityChecks = checks;
    }

    /// <summary>Gets the conflicting constraints.</summary>
    public ImmutableArray<SelectionConflict> Conflicts { get; }

    /// <summary>Gets whether every feasibility check finished, so the set is proven irreducible (otherwise it is conflicting but may not be minimal).</summary>
    public bool IsProvenMinimal { get; }

    /// <summary>Gets the number of feasibility checks the deletion filter ran.</summary>
    public int FeasibilityChecks { get; }

    /// <summary>Gets a one-paragraph summary for a human reader.</summary>
    public string Summary => "These constraints cannot all hold: " + string.Join("; ", Conflicts.Select(c => c.Message)) + ".";

    /// <inheritdoc/>
    public override string ToString() => Summary;
}

/// <summary>One constraint of an <see cref="InfeasibilityExplanation"/>.</summary>
public sealed class SelectionConflict
{
    internal SelectionConflict(SelectionConstraintKind kind, string? name, int? period, ImmutableArray<string> candidateIds, string message)
    {
        Kind = kind;
        Name = name;
        Period = period;
        CandidateIds = candidateIds;
        Message = message;
    }

    /// <summary>Gets the constraint kind.</summary>
    public SelectionConstraintKind Kind { get; }

    /// <summary>Gets the row, group or exclusion name, or null.</summary>
    public string? Name { get; }

    /// <summary>Gets the period index (from 0) of a capacity conflict, or null.</summary>
    public int? Period { get; }

    /// <summary>Gets the candidates the constraint names (for a capacity, those of a least-use selection of the other conflicting constraints).</summary>
    public ImmutableArray<string> CandidateIds { get; }

    /// <summary>Gets the constraint in human words.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => Message;
}
