namespace Pmo.Core.Prioritization.Selection;

/// <summary>Options of <see cref="PortfolioSelector.Solve"/>. Immutable.</summary>
public sealed class SelectionOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="nodeLimit">The most branch-and-bound nodes to explore before stopping with <see cref="SelectionStatus.NodeLimitReached"/>; at least 1. Default 10,000,000.</param>
    /// <param name="explainInfeasibility">Whether an infeasible problem gets an <see cref="InfeasibilityExplanation"/> (a minimal conflicting set). Default true.</param>
    /// <param name="explanationNodeLimit">The node limit of each feasibility check of the explanation; at least 1. Default 100,000.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is below 1.</exception>
    public SelectionOptions(long nodeLimit = 10_000_000, bool explainInfeasibility = true, long explanationNodeLimit = 100_000)
    {
        if (nodeLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(nodeLimit), nodeLimit, $"nodeLimit must be at least 1 (got {nodeLimit}).");
        }

        if (explanationNodeLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(explanationNodeLimit), explanationNodeLimit, $"explanationNodeLimit must be at least 1 (got {explanationNodeLimit}).");
        }

        NodeLimit = nodeLimit;
        ExplainInfeasibility = explainInfeasibility;
        ExplanationNodeLimit = explanationNodeLimit;
    }

    /// <summary>Gets the default options.</summary>
    public static SelectionOptions Default { get; } = new();

    /// <summary>Gets the node limit of the exact search.</summary>
    public long NodeLimit { get; }

    /// <summary>Gets whether infeasible problems are explained.</summary>
    public bool ExplainInfeasibility { get; }

    /// <summary>Gets the node limit of each feasibility check of the explanation.</summary>
    public long ExplanationNodeLimit { get; }
}
