namespace Pmo.Core.Scheduling.Leveling;

/// <summary>How far <see cref="ResourceLeveler.Level"/> may delay activities.</summary>
public enum LevelingMode
{
    /// <summary>
    /// Delay activities only within their total float (to the project finish, or to the deadline when one is given), so
    /// the finish never moves; conflicts that cannot be resolved so are reported as
    /// <see cref="LevelingResult.OverAllocations"/>, never hidden (comparable to MS Project's "Level only within available
    /// slack" and Primavera P6's "Level resources only within activity Total Float").
    /// </summary>
    WithinFloat = 0,

    /// <summary>
    /// Full resource-constrained scheduling (serial schedule-generation scheme): every activity starts at the earliest
    /// time its links and the remaining capacity allow, which may extend the finish; no over-allocation remains.
    /// </summary>
    ExtendFinish = 1,

    /// <summary>
    /// Level within float first; if every conflict is resolved that schedule is the answer (the finish does not move);
    /// otherwise the finish is extended by a resource-constrained pass (see <see cref="ResourceLeveler"/>).
    /// </summary>
    WithinFloatThenExtend = 2,
}
