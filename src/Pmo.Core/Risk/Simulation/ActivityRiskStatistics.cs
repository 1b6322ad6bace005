namespace Pmo.Core.Risk.Simulation;

/// <summary>Per-activity results of a simulation.</summary>
/// <remarks>
/// <para>Criticality index CI = the fraction of iterations in which the activity is critical (total float ≤ the
/// tolerance) — J. J. Martin, "Distribution of the time through a directed acyclic network", <i>Operations Research</i>
/// 13(1), 1965; Van Slyke, "Monte Carlo methods and the PERT problem", <i>Operations Research</i> 11(5), 1963.</para>
/// <para>Cruciality: the correlation between the activity's sampled duration and the project finish, Pearson r and
/// Spearman ρ (CRI(r) = |r|, CRI(ρ) = |ρ|), and the schedule sensitivity index SSI = CI · σ_d / σ_T (PMI Risk
/// Management Standard; M. Vanhoucke, "Using activity sensitivity and network topology information to monitor project
/// time performance", <i>Omega</i> 38(5), 2010, 359–370; T. M. Williams, "Criticality in stochastic networks",
/// <i>J. Oper. Res. Soc.</i> 43(4), 1992). They need stored durations
/// (<see cref="SimulationOptions.StoreActivityDurations"/>) and are null, not 0, when not tracked or undefined (a
/// constant duration or finish has no correlation).</para>
/// </remarks>
public sealed class ActivityRiskStatistics
{
    internal ActivityRiskStatistics(string activityId, double? criticalityIndex, double? meanDuration, double? durationStandardDeviation, double? pearson, double? spearman, double? ssi, double? costSpearman)
    {
        ActivityId = activityId;
        CriticalityIndex = criticalityIndex;
        MeanDuration = meanDuration;
        DurationStandardDeviation = durationStandardDeviation;
        FinishCorrelation = pearson;
        FinishRankCorrelation = spearman;
        ScheduleSensitivityIndex = ssi;
        CostRankCorrelation = costSpearman;
    }

    /// <summary>Gets the activity id.</summary>
    public string ActivityId { get; }

    /// <summary>Gets the criticality index in [0, 1], or null when criticality was not tracked.</summary>
    public double? CriticalityIndex { get; }

    /// <summary>Gets the mean simulated duration (null without stored durations).</summary>
    public double? MeanDuration { get; }

    /// <summary>Gets the standard deviation of the simulated duration (null without stored durations).</summary>
    public double? DurationStandardDeviation { get; }

    /// <summary>Gets Pearson's r between duration and project finish (null when not tracked or undefined).</summary>
    public double? FinishCorrelation { get; }

    /// <summary>Gets Spearman's ρ between duration and project finish (null when not tracked or undefined).</summary>
    public double? FinishRankCorrelation { get; }

    /// <summary>Gets the schedule sensitivity index CI · σ_d / σ_T (null when not tracked or undefined).</summary>
    public double? ScheduleSensitivityIndex { get; }

    /// <summary>Gets Spearman's ρ between duration and project cost (null when not tracked or undefined).</summary>
    public double? CostRankCorrelation { get; }
}

/// <summary>A point of an iso-JCL frontier: the cheapest cost that, with this finish, gives the joint confidence.</summary>
/// <param name="Finish">The finish target (working time).</param>
/// <param name="Cost">The smallest cost target c with P(finish ≤ Finish and cost ≤ c) ≥ the level.</param>
/// <param name="JointConfidence">The achieved joint confidence at (Finish, Cost).</param>
public readonly record struct JclPoint(double Finish, double Cost, double JointConfidence);
