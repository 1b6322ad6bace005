namespace Pmo.Core.Kpis.Spc;

/// <summary>Whether a stable process will meet its target, from where the target lies relative to the process limits.</summary>
/// <remarks>NHS England, "Making Data Count" (2019), assurance icons; NHSRplotthedots <c>ptd_calculate_assurance_type</c>.</remarks>
public enum AssuranceStatus
{
    /// <summary>No target, no improvement direction, or undefined limits: assurance cannot be given.</summary>
    Undefined = 0,

    /// <summary>The target lies outside the limits on the worse side: the process will consistently pass it.</summary>
    ConsistentlyPass = 1,

    /// <summary>The target lies outside the limits on the better side: the process will consistently fail it.</summary>
    ConsistentlyFail = 2,

    /// <summary>The target lies within the limits (inclusive): the process will sometimes meet it and sometimes not.</summary>
    HitAndMiss = 3,
}
