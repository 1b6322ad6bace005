namespace Pmo.Core.Scheduling.Leveling;

/// <summary>
/// The order in which the schedule-generation scheme takes the eligible activities (those whose predecessors are all
/// placed): the first one keeps its early dates, later ones are delayed around it. Ties are always broken by the
/// activity's position in the network's input order (MS Project's "ID order").
/// </summary>
/// <remarks>
/// The times are the unconstrained CPM dates (<see cref="CriticalPath.Analyze"/>). Sources: E. W. Davis and J. H. Patterson,
/// "A comparison of heuristic and optimum solutions in resource-constrained project scheduling", <i>Management Science</i>
/// 21(8), 1975 (minimum slack, latest start/finish rules); R. Kolisch, "Efficient priority rules for the
/// resource-constrained project scheduling problem", <i>Journal of Operations Management</i> 14(3), 1996, 179–192 (an
/// experimental comparison of classical rules such as MSLK and LFT; its new resource-based worst-case-slack rule, which
/// did better, is not offered here).
/// </remarks>
public enum LevelingPriority
{
    /// <summary>Smallest CPM late start first (LST).</summary>
    LatestStartTime = 0,

    /// <summary>Smallest CPM late finish first (LFT).</summary>
    LatestFinishTime = 1,

    /// <summary>Smallest CPM total float first (minimum slack, MSLK).</summary>
    MinimumTotalFloat = 2,

    /// <summary>
    /// Largest user priority first (<see cref="LevelingOptions.UserPriorities"/>, 0 for activities without one), ties by
    /// smallest CPM late start, then input order (comparable to MS Project's "Priority, Standard" order).
    /// </summary>
    UserPriority = 3,

    /// <summary>Input order only (MS Project's "ID Only"): the first activity in the network's list first.</summary>
    InputOrder = 4,
}
