namespace Pmo.Core.Kpis.Spc;

/// <summary>The direction a special-cause pattern points in.</summary>
public enum SignalSide
{
    /// <summary>The pattern lies above the centre line (or above the upper limit).</summary>
    Above = 0,

    /// <summary>The pattern lies below the centre line (or below the lower limit).</summary>
    Below = 1,

    /// <summary>A run of strictly increasing values.</summary>
    Increasing = 2,

    /// <summary>A run of strictly decreasing values.</summary>
    Decreasing = 3,

    /// <summary>The pattern has no direction (alternation, stratification, mixture, too few crossings).</summary>
    None = 4,
}
