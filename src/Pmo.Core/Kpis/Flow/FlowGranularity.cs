namespace Pmo.Core.Kpis.Flow;

/// <summary>The length of the periods of a <see cref="FlowSeries"/>.</summary>
public enum FlowGranularity
{
    /// <summary>One period per calendar day, zero days included.</summary>
    Day = 0,

    /// <summary>
    /// Seven-day periods counted from the first day of the range (not ISO weeks); the last period is shorter when the
    /// range is not a whole number of weeks (its <see cref="FlowSeries.PeriodEnds"/> entry says where it stops).
    /// </summary>
    Week = 1,
}
