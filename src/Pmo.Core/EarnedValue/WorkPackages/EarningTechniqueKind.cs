namespace Pmo.Core.EarnedValue;

/// <summary>The earned-value technique (EVT) by which a work package earns its budget.</summary>
/// <remarks>
/// Sources: DCMA EVMS guidebook, "Discrete Versus Level of Effort"; DoD <i>Earned Value Management Implementation
/// Guide</i> (EVMIG); PMI <i>Practice Standard for Earned Value Management</i>, 2nd ed. (2011). See
/// <c>docs/earning-techniques.md</c>.
/// </remarks>
public enum EarningTechniqueKind
{
    /// <summary>0/100: nothing is earned at the start, the whole budget on completion.</summary>
    ZeroHundred = 0,

    /// <summary>X/Y (fixed formula, for example 50/50 or 25/75): a fraction X of the budget is earned at the start, the rest on completion.</summary>
    StartFinish = 1,

    /// <summary>Weighted milestones: each objective milestone earns its weight of the budget when it is complete.</summary>
    WeightedMilestones = 2,

    /// <summary>Percent complete: EV = estimated percent complete × BAC.</summary>
    PercentComplete = 3,

    /// <summary>Physical percent complete: EV = measured physical percent complete × BAC.</summary>
    PhysicalPercentComplete = 4,

    /// <summary>Units complete: EV = units completed / total units × BAC.</summary>
    UnitsComplete = 5,

    /// <summary>Level of effort (LOE): EV = PV; excluded from schedule analysis.</summary>
    LevelOfEffort = 6,

    /// <summary>Apportioned effort (AE): EV = factor × EV of a discrete base package.</summary>
    ApportionedEffort = 7,
}
