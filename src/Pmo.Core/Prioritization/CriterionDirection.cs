namespace Pmo.Core.Prioritization;

/// <summary>Whether more of a criterion is better or worse.</summary>
public enum CriterionDirection
{
    /// <summary>A benefit (profit, maximised) criterion: a larger value is better, for example NPV or strategic fit.</summary>
    Benefit = 0,

    /// <summary>A cost (minimised) criterion: a smaller value is better, for example cost, risk or duration.</summary>
    Cost = 1,
}
