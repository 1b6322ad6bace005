namespace Pmo.Core.Scheduling.Rcpsp;

/// <summary>The outcome of <see cref="RcpspHeuristics.Sample"/>: the best schedule and how the budget was spent.</summary>
public sealed class RcpspSamplingResult
{
    internal RcpspSamplingResult(RcpspSchedule best, RcpspSamplingOptions options, int schedulesGenerated, int foundAtSchedule, int firstMakespan, bool stoppedAtLowerBound)
    {
        Best = best;
        Options = options;
        SchedulesGenerated = schedulesGenerated;
        FoundAtSchedule = foundAtSchedule;
        FirstMakespan = firstMakespan;
        StoppedAtLowerBound = stoppedAtLowerBound;
    }

    /// <summary>Gets the best schedule found (the first one found among equal makespans).</summary>
    public RcpspSchedule Best { get; }

    /// <summary>Gets the makespan of <see cref="Best"/>.</summary>
    public int Makespan => Best.Makespan;

    /// <summary>Gets the options used.</summary>
    public RcpspSamplingOptions Options { get; }

    /// <summary>Gets the number of schedules generated (≤ the budget; each justification pass counts as one).</summary>
    public int SchedulesGenerated { get; }

    /// <summary>Gets the 1-based count of schedules generated when <see cref="Best"/> was found.</summary>
    public int FoundAtSchedule { get; }

    /// <summary>Gets the makespan of the first sampled schedule (before any justification).</summary>
    public int FirstMakespan { get; }

    /// <summary>Gets whether sampling stopped early because the makespan reached the critical-path lower bound (so it is optimal).</summary>
    public bool StoppedAtLowerBound { get; }
}
