using Ardalis.GuardClauses;

namespace Pmo.Core.Risk;

/// <summary>
/// Adds the branches of a decision node in a fluent <see cref="DecisionTree"/> (see <see cref="DecisionTree.FromDecision"/>).
/// A child's id is the parent's id, <c>/</c>, and the name given. Nesting uses the call stack: for very deep trees
/// build the flat list and call <see cref="DecisionTree.Create"/>.
/// </summary>
public sealed class DecisionBranches
{
    private readonly List<DecisionTreeNode> nodes;
    private readonly string parentId;

    internal DecisionBranches(List<DecisionTreeNode> nodes, string parentId)
    {
        this.nodes = nodes;
        this.parentId = parentId;
    }

    /// <summary>Adds a branch leading to a further decision.</summary>
    /// <param name="name">The branch name (the child's id is the parent's id, <c>/</c>, this name).</param>
    /// <param name="branchValue">The amount along the branch (negative for a cost): finite.</param>
    /// <param name="branches">Adds the nested decision's branches.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="branches"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="branchValue"/> is NaN or infinite.</exception>
    public DecisionBranches Decision(string name, double branchValue, Action<DecisionBranches> branches)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(branches);
        string id = parentId + "/" + name;
        nodes.Add(DecisionTreeNode.Decision(id, parentId, null, branchValue));
        branches(new DecisionBranches(nodes, id));
        return this;
    }

    /// <summary>Adds a branch leading to a chance node.</summary>
    /// <param name="name">The branch name (the child's id is the parent's id, <c>/</c>, this name).</param>
    /// <param name="branchValue">The amount along the branch (negative for a cost, for example <c>build: −120</c>): finite.</param>
    /// <param name="outcomes">Adds the chance node's outcomes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="outcomes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="branchValue"/> is NaN or infinite.</exception>
    public DecisionBranches Chance(string name, double branchValue, Action<ChanceOutcomes> outcomes)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(outcomes);
        string id = parentId + "/" + name;
        nodes.Add(DecisionTreeNode.Chance(id, parentId, null, branchValue));
        outcomes(new ChanceOutcomes(nodes, id));
        return this;
    }

    /// <summary>Adds a branch ending in a terminal node (a sure alternative).</summary>
    /// <param name="name">The branch name (the child's id is the parent's id, <c>/</c>, this name).</param>
    /// <param name="payoff">The payoff at the end of the branch: finite.</param>
    /// <param name="branchValue">The amount along the branch: finite; default 0.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="payoff"/> or <paramref name="branchValue"/> is NaN or infinite.</exception>
    public DecisionBranches Terminal(string name, double payoff, double branchValue = 0)
    {
        Guard.Against.NullOrWhiteSpace(name);
        nodes.Add(DecisionTreeNode.Terminal(parentId + "/" + name, parentId, payoff, null, branchValue));
        return this;
    }
}

/// <summary>
/// Adds the outcomes of a chance node in a fluent <see cref="DecisionTree"/> (see <see cref="DecisionTree.FromDecision"/>).
/// A child's id is the parent's id, <c>/</c>, and the name given.
/// </summary>
public sealed class ChanceOutcomes
{
    private readonly List<DecisionTreeNode> nodes;
    private readonly string parentId;

    internal ChanceOutcomes(List<DecisionTreeNode> nodes, string parentId)
    {
        this.nodes = nodes;
        this.parentId = parentId;
    }

    /// <summary>Adds an outcome followed by a decision.</summary>
    /// <param name="name">The outcome name (the child's id is the parent's id, <c>/</c>, this name).</param>
    /// <param name="probability">The outcome's probability, in [0, 1].</param>
    /// <param name="branches">Adds the decision's branches.</param>
    /// <param name="branchValue">The amount along the outcome branch: finite; default 0.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="branches"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is outside [0, 1] or NaN; <paramref name="branchValue"/> is NaN or infinite.</exception>
    public ChanceOutcomes Decision(string name, double probability, Action<DecisionBranches> branches, double branchValue = 0)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(branches);
        string id = parentId + "/" + name;
        nodes.Add(DecisionTreeNode.Decision(id, parentId, probability, branchValue));
        branches(new DecisionBranches(nodes, id));
        return this;
    }

    /// <summary>Adds an outcome followed by a further chance node.</summary>
    /// <param name="name">The outcome name (the child's id is the parent's id, <c>/</c>, this name).</param>
    /// <param name="probability">The outcome's probability, in [0, 1].</param>
    /// <param name="outcomes">Adds the nested chance node's outcomes.</param>
    /// <param name="branchValue">The amount along the outcome branch: finite; default 0.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="outcomes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is outside [0, 1] or NaN; <paramref name="branchValue"/> is NaN or infinite.</exception>
    public ChanceOutcomes Chance(string name, double probability, Action<ChanceOutcomes> outcomes, double branchValue = 0)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(outcomes);
        string id = parentId + "/" + name;
        nodes.Add(DecisionTreeNode.Chance(id, parentId, probability, branchValue));
        outcomes(new ChanceOutcomes(nodes, id));
        return this;
    }

    /// <summary>Adds an outcome ending in a terminal node.</summary>
    /// <param name="name">The outcome name (the child's id is the parent's id, <c>/</c>, this name).</param>
    /// <param name="probability">The outcome's probability, in [0, 1].</param>
    /// <param name="payoff">The payoff at the end of the path: finite.</param>
    /// <param name="branchValue">The amount along the outcome branch: finite; default 0.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is outside [0, 1] or NaN; <paramref name="payoff"/> or <paramref name="branchValue"/> is NaN or infinite.</exception>
    public ChanceOutcomes Terminal(string name, double probability, double payoff, double branchValue = 0)
    {
        Guard.Against.NullOrWhiteSpace(name);
        nodes.Add(DecisionTreeNode.Terminal(parentId + "/" + name, parentId, payoff, probability, branchValue));
        return this;
    }
}
