namespace Pmo.Core.Kpis.Flow;

/// <summary>How cycle time and item age count days between a start date and a finish (or as-of) date.</summary>
/// <remarks>
/// D. S. Vacanti, <i>Actionable Agile Metrics for Predictability</i> (2015), counts both the start and the finish
/// day: an item started and finished on the same day has a cycle time of one day. Many tools instead report the
/// elapsed difference. The convention also fixes which days an item counts as work in progress, so that
/// Little's-law bookkeeping holds exactly: the sum over days of WIP equals the sum of cycle times.
/// </remarks>
public enum CycleTimeConvention
{
    /// <summary>
    /// <c>cycle time = finish − start + 1</c> days (Vacanti 2015). The item is in progress on every day from its start
    /// to its finish, both included. The default.
    /// </summary>
    FinishMinusStartPlusOne = 0,

    /// <summary>
    /// <c>cycle time = finish − start</c> days (elapsed calendar days; 0 for same-day items). The item is in progress from
    /// its start day up to, but not including, its finish day.
    /// </summary>
    FinishMinusStart = 1,
}
