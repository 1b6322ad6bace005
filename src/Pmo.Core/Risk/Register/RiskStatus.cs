namespace Pmo.Core.Risk;

/// <summary>The life-cycle status of a register entry.</summary>
/// <remarks>
/// Only <see cref="Open"/> risks carry exposure, count towards the contingency reserve, appetite breaches, proximity
/// and ageing: an <see cref="Occurred"/> risk has become an issue (its cost now draws on the reserve directly and is
/// managed in the issue log, PMBOK 6th ed. §11.7), and a <see cref="Closed"/> or <see cref="Expired"/> one can no
/// longer happen.
/// </remarks>
public enum RiskStatus
{
    /// <summary>Identified and live: it may still occur.</summary>
    Open = 0,

    /// <summary>The event happened: the risk is now an issue.</summary>
    Occurred = 1,

    /// <summary>Closed by decision (avoided, no longer relevant).</summary>
    Closed = 2,

    /// <summary>Its proximity window passed without the event happening.</summary>
    Expired = 3,
}

/// <summary>The progress of a <see cref="RiskResponse"/>.</summary>
public enum ResponseStatus
{
    /// <summary>Agreed but not started.</summary>
    Planned = 0,

    /// <summary>Being carried out.</summary>
    InProgress = 1,

    /// <summary>Carried out: its effect is in place.</summary>
    Done = 2,

    /// <summary>Abandoned: it has no effect and no cost, and is never overdue.</summary>
    Cancelled = 3,
}

/// <summary>
/// A risk response strategy (PMI, <i>PMBOK Guide</i>, 6th ed., §11.5.2.4 for threats, §11.5.2.5 for opportunities).
/// Each strategy is valid for threats, for opportunities or for both; see <see cref="RiskResponseStrategies.IsValidFor"/>.
/// </summary>
public enum RiskResponseStrategy
{
    /// <summary>Threats: eliminate the threat or protect the project from it. Effect: probability 0, so exposure 0.</summary>
    Avoid = 0,

    /// <summary>Threats: reduce probability and/or impact. Effect: multiply by reduction factors in [0, 1].</summary>
    Mitigate = 1,

    /// <summary>Threats: shift ownership to a third party (insurance, contract). Effect: the cost impact falls by the coverage fraction.</summary>
    Transfer = 2,

    /// <summary>Threats and opportunities: acknowledge, take no action. Effect: none.</summary>
    Accept = 3,

    /// <summary>Threats and opportunities: the risk is outside the project's authority and goes to a higher level. Effect: none in this register; the result is flagged as escalated.</summary>
    Escalate = 4,

    /// <summary>Opportunities: make sure it happens. Effect: probability 1.</summary>
    Exploit = 5,

    /// <summary>Opportunities: increase probability and/or impact. Effect: multiply by increase factors ≥ 1 (probability capped at 1).</summary>
    Enhance = 6,

    /// <summary>Opportunities: give part of the ownership (and the upside) to a partner best able to capture it. Effect: the retained benefit is (1 − coverage) of the cost impact.</summary>
    Share = 7,
}

/// <summary>Which strategies apply to which kind of risk.</summary>
public static class RiskResponseStrategies
{
    /// <summary>Tells whether a strategy is valid for a kind of risk.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="kind">Threat or opportunity.</param>
    /// <returns>
    /// True for Avoid, Mitigate, Transfer on threats; Exploit, Enhance, Share on opportunities; Accept and Escalate on
    /// both (PMBOK 6th ed. §11.5.2.4–5). False for undefined values.
    /// </returns>
    [System.Diagnostics.Contracts.Pure]
    public static bool IsValidFor(RiskResponseStrategy strategy, RiskKind kind) => strategy switch
    {
        RiskResponseStrategy.Accept or RiskResponseStrategy.Escalate => kind is RiskKind.Threat or RiskKind.Opportunity,
        RiskResponseStrategy.Avoid or RiskResponseStrategy.Mitigate or RiskResponseStrategy.Transfer => kind == RiskKind.Threat,
        RiskResponseStrategy.Exploit or RiskResponseStrategy.Enhance or RiskResponseStrategy.Share => kind == RiskKind.Opportunity,
        _ => false,
    };
}
