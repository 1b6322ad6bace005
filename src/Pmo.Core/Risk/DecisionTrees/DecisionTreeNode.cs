using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>
/// One node of a <see cref="DecisionTree"/> in flat form: its id, its parent's id, its kind, and the branch that leads
/// into it from its parent (the branch's probability when the parent is a chance node, and the amount gained or spent
/// along the branch, for example <c>build: −120</c>). Terminal nodes carry a payoff.
/// </summary>
/// <remarks>
/// The value of a path is the sum of the branch values along it plus the payoff of its terminal node (the "net path
/// value" of PMI, <i>PMBOK Guide</i>, 5th ed., Figure 11-16). A node's children are its branches, in input order.
/// Create nodes with <see cref="Decision"/>, <see cref="Chance"/> and <see cref="Terminal"/>.
/// </remarks>
public sealed class DecisionTreeNode
{
    private DecisionTreeNode(string id, string? parentId, DecisionNodeKind kind, double? probability, double branchValue, double payoff)
    {
        Guard.Against.NullOrWhiteSpace(id);
        if (parentId is not null && parentId == id)
        {
            throw new ArgumentException($"{nameof(parentId)} of '{id}' is the node itself; a node cannot be its own parent.", nameof(parentId));
        }

        if (probability is { } p)
        {
            Guard.Against.NotInRange(p, 0, 1, true, true, nameof(probability));
        }

        Id = id;
        ParentId = parentId;
        Kind = kind;
        Probability = probability;
        BranchValue = Guard.Against.NotFinite(branchValue);
        Payoff = Guard.Against.NotFinite(payoff);
    }

    /// <summary>Gets the identifier, unique in the tree.</summary>
    public string Id { get; }

    /// <summary>Gets the parent's identifier, or null for the root.</summary>
    public string? ParentId { get; }

    /// <summary>Gets the node kind.</summary>
    public DecisionNodeKind Kind { get; }

    /// <summary>
    /// Gets the probability of the branch into this node, in [0, 1]: required when the parent is a chance node, null
    /// otherwise.
    /// </summary>
    public double? Probability { get; }

    /// <summary>Gets the amount gained (positive) or spent (negative) along the branch into this node; 0 for none and for the root.</summary>
    public double BranchValue { get; }

    /// <summary>Gets the payoff at a terminal node (0 for decision and chance nodes).</summary>
    public double Payoff { get; }

    /// <summary>Creates a decision node.</summary>
    /// <param name="id">The identifier: not blank, unique in the tree.</param>
    /// <param name="parentId">The parent's identifier, or null for the root.</param>
    /// <param name="probability">The branch probability in [0, 1] when the parent is a chance node, otherwise null.</param>
    /// <param name="branchValue">The amount along the branch into this node: finite.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or equals <paramref name="parentId"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="probability"/> is outside [0, 1] or NaN; <paramref name="branchValue"/> is NaN or infinite.
    /// </exception>
    public static DecisionTreeNode Decision(string id, string? parentId = null, double? probability = null, double branchValue = 0) =>
        new(id, parentId, DecisionNodeKind.Decision, probability, branchValue, 0);

    /// <summary>Creates a chance node.</summary>
    /// <param name="id">The identifier: not blank, unique in the tree.</param>
    /// <param name="parentId">The parent's identifier, or null for the root.</param>
    /// <param name="probability">The branch probability in [0, 1] when the parent is a chance node, otherwise null.</param>
    /// <param name="branchValue">The amount along the branch into this node: finite.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or equals <paramref name="parentId"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="probability"/> is outside [0, 1] or NaN; <paramref name="branchValue"/> is NaN or infinite.
    /// </exception>
    public static DecisionTreeNode Chance(string id, string? parentId = null, double? probability = null, double branchValue = 0) =>
        new(id, parentId, DecisionNodeKind.Chance, probability, branchValue, 0);

    /// <summary>Creates a terminal node.</summary>
    /// <param name="id">The identifier: not blank, unique in the tree.</param>
    /// <param name="parentId">The parent's identifier (a terminal root is a one-node tree), or null.</param>
    /// <param name="payoff">The payoff (or cost, when minimising) at the end of the path: finite.</param>
    /// <param name="probability">The branch probability in [0, 1] when the parent is a chance node, otherwise null.</param>
    /// <param name="branchValue">The amount along the branch into this node: finite.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or equals <paramref name="parentId"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="payoff"/> or <paramref name="branchValue"/> is NaN or infinite; <paramref name="probability"/> is
    /// outside [0, 1] or NaN.
    /// </exception>
    public static DecisionTreeNode Terminal(string id, string? parentId, double payoff, double? probability = null, double branchValue = 0) =>
        new(id, parentId, DecisionNodeKind.Terminal, probability, branchValue, payoff);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Kind} '{Id}'" + (ParentId is null ? "" : $" under '{ParentId}'") + (Probability is { } p ? $", p = {p}" : "")
        + (BranchValue != 0 ? $", branch {BranchValue}" : "") + (Kind == DecisionNodeKind.Terminal ? $", payoff {Payoff}" : "");
}
