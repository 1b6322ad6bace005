using System.Collections.ObjectModel;
using System.Globalization;

namespace Pmo.Core.Scheduling.Rcpsp;

/// <summary>
/// Start times (whole periods from 0) of every job of an <see cref="RcpspProblem"/>, with the makespan and a feasibility
/// check. A schedule built by hand may be infeasible: <see cref="Validate"/> lists every violation.
/// </summary>
public sealed class RcpspSchedule
{
    private readonly int[] starts;

    /// <summary>Creates a schedule from start times (not checked for feasibility: call <see cref="Validate"/>).</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="starts">One start per job, in job order, each zero or more.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The number of starts differs from the number of jobs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A start is negative.</exception>
    public RcpspSchedule(RcpspProblem problem, IEnumerable<int> starts)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(starts);
        int[] s = [.. starts];
        if (s.Length != problem.JobCount)
        {
            throw new ArgumentException($"{nameof(starts)} has {s.Length} entries but the problem has {problem.JobCount} jobs.", nameof(starts));
        }

        for (int j = 0; j < s.Length; j++)
        {
            if (s[j] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(starts), s[j], $"{nameof(starts)}[{j}] (job '{problem.Jobs[j].Id}') must be zero or positive (got {s[j]}).");
            }
        }

        Problem = problem;
        this.starts = s;
        Makespan = ComputeMakespan(problem, s);
        Starts = new ReadOnlyCollection<int>(s);
    }

    /// <summary>Wraps an array the caller gives up (no copy, no checks).</summary>
    internal RcpspSchedule(RcpspProblem problem, int[] starts, bool owned)
    {
        _ = owned;
        Problem = problem;
        this.starts = starts;
        Makespan = ComputeMakespan(problem, starts);
        Starts = new ReadOnlyCollection<int>(starts);
    }

    /// <summary>Gets the problem scheduled.</summary>
    public RcpspProblem Problem { get; }

    /// <summary>Gets the start of each job, in job order.</summary>
    public IReadOnlyList<int> Starts { get; }

    /// <summary>Gets the makespan: the latest finish time of any job.</summary>
    public int Makespan { get; }

    /// <summary>Gets whether the schedule breaks no precedence and no resource limit.</summary>
    public bool IsFeasible => Validate().Count == 0;

    /// <summary>Gets the finish time (start + duration) of job <paramref name="job"/>.</summary>
    /// <param name="job">A job index.</param>
    /// <returns>The finish time.</returns>
    [System.Diagnostics.Contracts.Pure]
    public int Finish(int job) => starts[job] + Problem.Durations[job];

    /// <summary>
    /// Checks every precedence (each successor starts no earlier than its predecessor finishes) and every resource in
    /// every period of [0, makespan) (total request of the jobs in process ≤ capacity).
    /// </summary>
    /// <returns>A message per violation; empty when the schedule is feasible.</returns>
    [System.Diagnostics.Contracts.Pure]
    public IReadOnlyList<string> Validate()
    {
        RcpspProblem p = Problem;
        var issues = new List<string>();
        for (int j = 0; j < p.JobCount; j++)
        {
            for (int e = p.SuccessorStart[j]; e < p.SuccessorStart[j + 1]; e++)
            {
                int s = p.SuccessorList[e];
                if (starts[s] < Finish(j))
                {
                    issues.Add(string.Create(CultureInfo.InvariantCulture, $"Job '{p.Jobs[s].Id}' starts at {starts[s]} before its predecessor '{p.Jobs[j].Id}' finishes at {Finish(j)}."));
                }
            }
        }

        int kk = p.ResourceCount;
        int[] use = new int[Makespan * kk];
        for (int j = 0; j < p.JobCount; j++)
        {
            for (int t = starts[j]; t < Finish(j); t++)
            {
                for (int k = 0; k < kk; k++)
                {
                    use[(t * kk) + k] += p.Requests[(j * kk) + k];
                }
            }
        }

        for (int t = 0; t < Makespan; t++)
        {
            for (int k = 0; k < kk; k++)
            {
                if (use[(t * kk) + k] > p.Capacities[k])
                {
                    issues.Add(string.Create(CultureInfo.InvariantCulture, $"Resource {k} is used {use[(t * kk) + k]} units in period {t} but its capacity is {p.Capacities[k]}."));
                }
            }
        }

        return issues;
    }

    internal ReadOnlySpan<int> StartSpan => starts;

    private static int ComputeMakespan(RcpspProblem problem, int[] s)
    {
        int m = 0;
        for (int j = 0; j < s.Length; j++)
        {
            m = Math.Max(m, s[j] + problem.Durations[j]);
        }

        return m;
    }
}
