namespace Pmo.Core.EarnedValue;

/// <summary>The earned value of one work package at the status time, with the technique that produced it.</summary>
public sealed class WorkPackageEarnedValue
{
    internal WorkPackageEarnedValue()
    {
    }

    /// <summary>Gets the work package (plan).</summary>
    public WorkPackage Package { get; internal init; } = null!;

    /// <summary>Gets the package id.</summary>
    public string Id => Package.Id;

    /// <summary>Gets the technique used.</summary>
    public EarningTechnique Technique => Package.Technique;

    /// <summary>Gets the package's BAC.</summary>
    public double BudgetAtCompletion => Package.BudgetAtCompletion;

    /// <summary>Gets the earned value EV, in [0, BAC].</summary>
    public double EarnedValue { get; internal init; }

    /// <summary>Gets the cumulative actual cost AC (0 when no progress was reported).</summary>
    public double ActualCost { get; internal init; }

    /// <summary>Gets the cumulative PV at the status time; null when the package is not time-phased.</summary>
    public double? PlannedValue { get; internal init; }

    /// <summary>Gets EV / BAC.</summary>
    public double PercentComplete => EarnedValue / BudgetAtCompletion;

    /// <summary>Gets whether this is level of effort (EV = PV, excluded from schedule analysis).</summary>
    public bool IsLevelOfEffort => Package.IsLevelOfEffort;

    /// <summary>Gets whether this is apportioned effort (EV = factor × base EV).</summary>
    public bool IsApportioned => Package.IsApportioned;

    /// <summary>Gets whether the package counts as discrete work in schedule analysis (not level of effort).</summary>
    public bool IsDiscrete => !Package.IsLevelOfEffort;

    /// <summary>Gets the base package's id for apportioned effort; otherwise null.</summary>
    public string? BasePackageId => (Package.Technique as ApportionedEffortTechnique)?.BasePackageId;

    /// <summary>Gets the base package's EV for apportioned effort (before the factor); otherwise null.</summary>
    public double? BaseEarnedValue { get; internal init; }
}
