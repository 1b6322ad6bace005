namespace Pmo.Core.Kpis.Spc;

/// <summary>Whether very large moving ranges are left out of the average moving range.</summary>
/// <remarks>
/// Nelson, L. S. (1982), "Control charts for individual measurements", <i>Journal of Quality Technology</i> 14(3),
/// suggests removing moving ranges far above the average before computing it; the NHS-R package NHSRplotthedots
/// (<c>screen_outliers = TRUE</c>, its default) drops every moving range at or above 3.267·mR̄ and recomputes mR̄ once.
/// </remarks>
public enum MovingRangeScreening
{
    /// <summary>Every moving range of the baseline counts (Wheeler and Chambers).</summary>
    None = 0,

    /// <summary>
    /// Moving ranges above the upper range limit (URL factor × mR̄, see <see cref="XmrConstants"/>) are excluded and mR̄
    /// is recomputed once from the rest. Applies to <see cref="DispersionStatistic.AverageMovingRange"/> only.
    /// </summary>
    ExcludeAboveUpperRangeLimit = 1,
}
