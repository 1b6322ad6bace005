namespace Pmo.Core.Kpis.Spc;

/// <summary>The summary of the moving ranges from which the process limits are scaled.</summary>
/// <remarks>
/// Wheeler and Chambers, <i>Understanding Statistical Process Control</i>, 2nd ed. (1992): limits from the average moving
/// range mR̄ (X̄ ± 2.66·mR̄, URL = 3.268·mR̄) or, robust to a few very large ranges, from the median moving range
/// (X̃ ± 3.145·median mR, URL = 3.865·median mR).
/// </remarks>
public enum DispersionStatistic
{
    /// <summary>The average moving range mR̄ = Σ|xᵢ − xᵢ₋₁| / (n − 1).</summary>
    AverageMovingRange = 0,

    /// <summary>The median of the n − 1 moving ranges.</summary>
    MedianMovingRange = 1,
}
