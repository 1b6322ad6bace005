namespace Pmo.Core.Scheduling.Rcpsp;

/// <summary>A single-mode PSPLIB instance read by <see cref="PsplibReader"/>: the problem and the file's own summary figures.</summary>
public sealed class PsplibInstance
{
    internal PsplibInstance(RcpspProblem problem, int horizon, int mpmTime)
    {
        Problem = problem;
        Horizon = horizon;
        MpmTime = mpmTime;
    }

    /// <summary>Gets the problem (job ids are the file's job numbers as text: "1" … "n").</summary>
    public RcpspProblem Problem { get; }

    /// <summary>Gets the file's <c>horizon</c> (an upper bound on the makespan: the sum of the durations).</summary>
    public int Horizon { get; }

    /// <summary>Gets the file's <c>MPM-Time</c>: the critical-path length stated by the file (the lower bound LB0).</summary>
    public int MpmTime { get; }
}
