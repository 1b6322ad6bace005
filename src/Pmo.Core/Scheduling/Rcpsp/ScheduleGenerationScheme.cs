namespace Pmo.Core.Scheduling.Rcpsp;

/// <summary>How a schedule-generation scheme (SGS) builds a schedule (Kolisch 1996, "Serial and parallel resource-constrained project scheduling methods revisited: theory and computation", EJOR 90).</summary>
public enum ScheduleGenerationScheme
{
    /// <summary>
    /// Serial SGS (activity-incrementation): n stages; each picks one eligible job (all predecessors scheduled) and starts
    /// it at its earliest precedence- and resource-feasible time. Generates active schedules; the set it can reach always
    /// contains an optimum (Kolisch 1996).
    /// </summary>
    Serial = 0,

    /// <summary>
    /// Parallel SGS (time-incrementation): at each decision point t (the next finish time of a job in process), the jobs
    /// whose predecessors have all finished by t are taken in priority order and started at t if they fit. Generates
    /// non-delay schedules, which may miss every optimum (Kolisch 1996).
    /// </summary>
    Parallel = 1,
}
