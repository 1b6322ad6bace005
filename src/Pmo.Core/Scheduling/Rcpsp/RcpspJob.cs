using System.Collections.ObjectModel;
using System.Globalization;

namespace Pmo.Core.Scheduling.Rcpsp;

/// <summary>
/// One job (activity) of a resource-constrained project scheduling problem: a whole-period duration, a per-period
/// request on each renewable resource, and its immediate successors (finish-to-start, zero lag, as in PSPLIB).
/// </summary>
/// <remarks>
/// The model is the single-mode RCPSP of Kolisch and Hartmann (1999), "Heuristic algorithms for solving the
/// resource-constrained project scheduling problem: classification and computational analysis", §7.1: job j holds
/// r(j,k) units of resource k in every period of its non-preemptable duration p(j).
/// </remarks>
public sealed class RcpspJob
{
    /// <summary>Creates a job.</summary>
    /// <param name="id">A unique, non-blank job name.</param>
    /// <param name="duration">Whole periods, zero or more (zero for dummy start and end jobs).</param>
    /// <param name="requests">Per-period request on each resource, in the problem's resource order; each zero or more.</param>
    /// <param name="successors">Ids of the immediate successors (may be empty).</param>
    /// <exception cref="ArgumentNullException">An argument or a successor id is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or a successor id is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> or a request is negative.</exception>
    public RcpspJob(string id, int duration, IEnumerable<int> requests, IEnumerable<string> successors)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(successors);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException($"{nameof(id)} must not be blank (got '{id}').", nameof(id));
        }

        if (duration < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, $"{nameof(duration)} of job '{id}' must be zero or positive (got {duration}).");
        }

        int[] req = [.. requests];
        for (int k = 0; k < req.Length; k++)
        {
            if (req[k] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(requests), req[k], $"{nameof(requests)}[{k}] of job '{id}' must be zero or positive (got {req[k]}).");
            }
        }

        string[] succ = [.. successors];
        for (int s = 0; s < succ.Length; s++)
        {
            if (succ[s] is null)
            {
                throw new ArgumentNullException(nameof(successors), $"{nameof(successors)}[{s}] of job '{id}' is null.");
            }

            if (string.IsNullOrWhiteSpace(succ[s]))
            {
                throw new ArgumentException($"{nameof(successors)}[{s}] of job '{id}' is blank.", nameof(successors));
            }
        }

        Id = id;
        Duration = duration;
        Requests = new ReadOnlyCollection<int>(req);
        Successors = new ReadOnlyCollection<string>(succ);
    }

    /// <summary>Gets the job's unique name.</summary>
    public string Id { get; }

    /// <summary>Gets the duration in whole periods.</summary>
    public int Duration { get; }

    /// <summary>Gets the per-period request on each resource.</summary>
    public IReadOnlyList<int> Requests { get; }

    /// <summary>Gets the ids of the immediate successors.</summary>
    public IReadOnlyList<string> Successors { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} (p={Duration})");
}
