namespace Pmo.Core.Scheduling.Rcpsp;

/// <summary>
/// Priority rules for choosing the next job in a schedule-generation scheme. Each rule maps job j to a value v(j);
/// the job with the best value is taken (ties: the smallest job index, as in Kolisch 1996). ES, LS, LF are the
/// resource-free critical-path dates with the deadline equal to the critical-path length.
/// </summary>
/// <remarks>
/// Definitions: Kolisch (1996), "Efficient priority rules for the resource-constrained project scheduling problem",
/// Journal of Operations Management 14(3), 179–192, and Kolisch and Hartmann (1999), §7.3.1 (both list LFT, LST, MSLK,
/// MTS, GRPW, WCS, LPT/SPT among the classic rules). All rules here are static (computed once per problem) except
/// <see cref="WorstCaseSlack"/>, a dynamic rule of the parallel SGS only, and <see cref="DynamicSlack"/>, a dynamic rule
/// of the serial SGS only.
/// </remarks>
public enum PriorityRule
{
    /// <summary>Latest finish time: min LF(j).</summary>
    LatestFinishTime = 0,

    /// <summary>Latest start time: min LS(j).</summary>
    LatestStartTime = 1,

    /// <summary>Minimum slack: min LS(j) − ES(j) (static slack).</summary>
    MinimumSlack = 2,

    /// <summary>Most total successors: max |S̄(j)|, the number of all (direct and indirect) successors.</summary>
    MostTotalSuccessors = 3,

    /// <summary>Greatest rank positional weight: max p(j) + Σ p(i) over the immediate successors i of j.</summary>
    GreatestRankPositionalWeight = 4,

    /// <summary>Greatest resource demand: max p(j) · Σₖ r(j,k).</summary>
    GreatestResourceDemand = 5,

    /// <summary>Longest processing time: max p(j).</summary>
    LongestProcessingTime = 6,

    /// <summary>Shortest processing time: min p(j).</summary>
    ShortestProcessingTime = 7,

    /// <summary>Earliest start time: min ES(j).</summary>
    EarliestStartTime = 8,

    /// <summary>Earliest finish time: min ES(j) + p(j).</summary>
    EarliestFinishTime = 9,

    /// <summary>
    /// Worst-case slack (dynamic, parallel SGS only): at decision point t with decision set D (the eligible jobs that fit at
    /// t), min WCS(j) = LS(j) − max over i ∈ D, i ≠ j of E(i, j), where E(i, j) is the earliest period ≥ t at which j can
    /// start if i is started at t. With |D| = 1 the maximum is taken as t.
    /// </summary>
    /// <remarks>
    /// Kolisch (1996), "Efficient priority rules for the resource-constrained project scheduling problem", J. of Operations
    /// Management 14(3), 179–192: the slack j keeps in the worst case that any other candidate is started first. E(i, j)
    /// is computed exactly on the current resource profile with i added (all jobs in progress and started at t kept).
    /// </remarks>
    WorstCaseSlack = 10,

    /// <summary>
    /// Dynamic slack (serial SGS only): at each stage, min LS(j) − t(j), where t(j) is the earliest precedence- and
    /// resource-feasible start of j in the partial schedule (the period where the serial SGS would place it).
    /// </summary>
    /// <remarks>
    /// The dynamic counterpart of minimum slack (MSLK) named among the dynamic rules by Kolisch (1996) and Kolisch and
    /// Hartmann (1999, §7.3.1); our exact definition is the one above. In the parallel SGS every job of the decision set
    /// can start at t, so there it would order jobs like LST: use <see cref="LatestStartTime"/> or <see cref="WorstCaseSlack"/>.
    /// </remarks>
    DynamicSlack = 11,
}
