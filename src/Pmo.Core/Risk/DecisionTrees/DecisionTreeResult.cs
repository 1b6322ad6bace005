using System.Collections.Immutable;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>
/// The result of <see cref="DecisionTree.RollBack"/>: every node's EMV, the best choice and the value of every
/// alternative at each decision, and the optimal policy. Immutable.
/// </summary>
public sealed class DecisionTreeResult
{
    private readonly Dictionary<string, int> index;

    internal DecisionTreeResult(DecisionObjective objective, ImmutableArray<DecisionNodeResult> nodes, DecisionNodeResult root, ImmutableArray<DecisionNodeResult> policy, ImmutableArray<Diagnostic> diagnostics, Dictionary<string, int> index)
    {
        Objective = objective;
        Nodes = nodes;
        Root = root;
        OptimalPolicy = policy;
        Diagnostics = diagnostics;
        this.index = index;
    }

    /// <summary>Gets the objective the decisions optimised.</summary>
    public DecisionObjective Objective { get; }

    /// <summary>Gets the tree's expected monetary value: the root's EMV.</summary>
    public double ExpectedValue => Root.ExpectedValue;

    /// <summary>Gets the root's result.</summary>
    public DecisionNodeResult Root { get; }

    /// <summary>Gets the branch chosen at the root when the root is a decision, otherwise null.</summary>
    public string? BestDecision => Root.ChosenBranchId;

    /// <summary>Gets every node's result, in the tree's input order.</summary>
    public ImmutableArray<DecisionNodeResult> Nodes { get; }

    /// <summary>
    /// Gets the optimal policy: every decision node that can be reached when the chosen branches are followed (through
    /// every outcome of the chance nodes on the way), in breadth-first order, each with its
    /// <see cref="DecisionNodeResult.ChosenBranchId"/>.
    /// </summary>
    public ImmutableArray<DecisionNodeResult> OptimalPolicy { get; }

    /// <summary>Gets notes on the roll-back: one <see cref="DiagnosticKind.Information"/> entry per decision with tied branches.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a node's result by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The node's result.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public DecisionNodeResult this[string id] => index.TryGetValue(id, out int i)
        ? Nodes[i]
        : throw new KeyNotFoundException($"No decision-tree node has the id '{id}'.");
}

/// <summary>The rolled-back figures of one node of a <see cref="DecisionTree"/>.</summary>
public sealed class DecisionNodeResult
{
    internal DecisionNodeResult()
    {
    }

    /// <summary>Gets the node's id.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>Gets the parent's id, or null for the root.</summary>
    public string? ParentId { get; internal init; }

    /// <summary>Gets the node kind.</summary>
    public DecisionNodeKind Kind { get; internal init; }

    /// <summary>Gets the depth (the root is 0).</summary>
    public int Depth { get; internal init; }

    /// <summary>Gets the probability of the branch into this node (branches of chance nodes), otherwise null.</summary>
    public double? Probability { get; internal init; }

    /// <summary>Gets the amount along the branch into this node.</summary>
    public double BranchValue { get; internal init; }

    /// <summary>
    /// Gets the node's EMV: the expected value from this node onward, not counting the branch into it (terminal: the
    /// payoff; chance: <c>Σ pᵢ·(bᵢ + v(childᵢ))</c>; decision: the best <c>bᵢ + v(childᵢ)</c>).
    /// </summary>
    public double ExpectedValue { get; internal init; }

    /// <summary>Gets the value of the branch into this node as its parent sees it: <see cref="BranchValue"/> + <see cref="ExpectedValue"/>.</summary>
    public double BranchExpectedValue { get; internal init; }

    /// <summary>
    /// Gets the sum of the branch values from the root down to this node, plus the payoff at a terminal node: the "net
    /// path value" of a terminal (PMBOK Guide, 5th ed., Figure 11-16).
    /// </summary>
    public double PathValue { get; internal init; }

    /// <summary>Gets the product of the chance probabilities on the path from the root (decision branches count as 1).</summary>
    public double ReachProbability { get; internal init; }

    /// <summary>Gets whether the node lies on the optimal policy (every decision above it chose the branch toward it).</summary>
    public bool IsOnOptimalPolicy { get; internal init; }

    /// <summary>Gets the chosen branch's id at a decision node (first in input order among ties), otherwise null.</summary>
    public string? ChosenBranchId { get; internal init; }

    /// <summary>Gets every alternative at a decision node with its expected value, in input order; empty for other kinds.</summary>
    public ImmutableArray<DecisionAlternative> Alternatives { get; internal init; } = [];

    /// <summary>Gets whether this decision has more than one branch tied for the best value.</summary>
    public bool HasTie => Alternatives.Count(a => a.IsTied) > 1;
}

/// <summary>One alternative (branch) at a decision node, with its expected value.</summary>
public sealed class DecisionAlternative
{
    internal DecisionAlternative(string branchId, double branchValue, double childExpectedValue, double expectedValue, bool isChosen, bool isTied)
    {
        BranchId = branchId;
        BranchValue = branchValue;
        ChildExpectedValue = childExpectedValue;
        ExpectedValue = expectedValue;
        IsChosen = isChosen;
        IsTied = isTied;
    }

    /// <summary>Gets the id of the node the branch leads to.</summary>
    public string BranchId { get; }

    /// <summary>Gets the amount along the branch (for example the investment, negative).</summary>
    public double BranchValue { get; }

    /// <summary>Gets the EMV of the node the branch leads to.</summary>
    public double ChildExpectedValue { get; }

    /// <summary>Gets the alternative's expected value: <see cref="BranchValue"/> + <see cref="ChildExpectedValue"/>.</summary>
    public double ExpectedValue { get; }

    /// <summary>Gets whether this alternative is the one chosen.</summary>
    public bool IsChosen { get; }

    /// <summary>Gets whether this alternative ties for the best value (within <see cref="DecisionTree.RelativeTieTolerance"/>).</summary>
    public bool IsTied { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{BranchId}: {ExpectedValue}" + (IsChosen ? " (chosen)" : IsTied ? " (tied)" : "");
}

/// <summary>The expected value of perfect information of a decision followed by one chance node (<see cref="DecisionTree.ExpectedValueOfPerfectInformation"/>).</summary>
public sealed class PerfectInformationResult
{
    internal PerfectInformationResult(DecisionObjective objective, double withoutInformation, double withInformation, double value, ImmutableArray<double> stateProbabilities, ImmutableArray<double> bestValuePerState, ImmutableArray<string> bestAlternativePerState)
    {
        Objective = objective;
        ExpectedValueWithoutInformation = withoutInformation;
        ExpectedValueWithPerfectInformation = withInformation;
        Value = value;
        StateProbabilities = stateProbabilities;
        BestValuePerState = bestValuePerState;
        BestAlternativePerState = bestAlternativePerState;
    }

    /// <summary>Gets the objective.</summary>
    public DecisionObjective Objective { get; }

    /// <summary>Gets the best EMV without further information, <c>max_a Σ_s p_s·V(a, s)</c>.</summary>
    public double ExpectedValueWithoutInformation { get; }

    /// <summary>Gets the expected value with perfect information (EVwPI), <c>Σ_s p_s·max_a V(a, s)</c>.</summary>
    public double ExpectedValueWithPerfectInformation { get; }

    /// <summary>Gets the EVPI, the most a decision maker should pay for perfect information: <c>|EVwPI − EMV|</c>, never negative.</summary>
    public double Value { get; }

    /// <summary>Gets the state probabilities, in the order of the chance nodes' outcomes.</summary>
    public ImmutableArray<double> StateProbabilities { get; }

    /// <summary>Gets the best net value per state.</summary>
    public ImmutableArray<double> BestValuePerState { get; }

    /// <summary>Gets the id of the best alternative per state (the first in input order among ties).</summary>
    public ImmutableArray<string> BestAlternativePerState { get; }
}
