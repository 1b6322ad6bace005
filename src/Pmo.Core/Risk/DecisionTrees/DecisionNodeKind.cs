namespace Pmo.Core.Risk;

/// <summary>The kind of a node in a <see cref="DecisionTree"/>.</summary>
/// <remarks>
/// The three node kinds of decision analysis (drawn as a square, a circle and a triangle or an unconnected branch end):
/// H. Raiffa, <i>Decision Analysis</i> (1968), ch. 2; PMI, <i>PMBOK Guide</i>, 5th ed. (2013), §11.4.2.2 and Figure 11-16.
/// </remarks>
public enum DecisionNodeKind
{
    /// <summary>
    /// A decision the decision maker controls: its value is the best of its branches (the largest for
    /// <see cref="DecisionObjective.MaximizePayoff"/>, the smallest for <see cref="DecisionObjective.MinimizeCost"/>).
    /// </summary>
    Decision = 0,

    /// <summary>
    /// An uncertain event: each branch carries a probability, the probabilities sum to 1, and its value is the
    /// probability-weighted mean of its branches (its expected monetary value).
    /// </summary>
    Chance = 1,

    /// <summary>An end of a path: its value is its payoff (or cost, when minimising).</summary>
    Terminal = 2,
}

/// <summary>What a <see cref="DecisionTree"/>'s decision nodes optimise.</summary>
public enum DecisionObjective
{
    /// <summary>The values are payoffs (gains positive, costs negative); every decision picks its largest branch value. The default.</summary>
    MaximizePayoff = 0,

    /// <summary>The values are costs (costs positive, savings negative); every decision picks its smallest branch value.</summary>
    MinimizeCost = 1,
}
