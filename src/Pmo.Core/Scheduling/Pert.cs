using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using MathNet.Numerics.Distributions;
using Pmo.Core.Common;

namespace Pmo.Core.Scheduling;

/// <summary>A PERT three-point duration estimate: optimistic <c>a</c>, most likely <c>m</c>, pessimistic <c>b</c>.</summary>
/// <remarks>
/// Mean <c>te = (a + 4m + b) / 6</c>, standard deviation <c>σ = (b − a) / 6</c>, variance <c>σ²</c>
/// (D. G. Malcolm, J. H. Roseboom, C. E. Clark and W. Fazar, "Application of a technique for research and development
/// program evaluation", <i>Operations Research</i> 7(5), 1959; F. S. Hillier and G. J. Lieberman, <i>Introduction to
/// Operations Research</i>, 10th ed., 2015, §10.4).
/// </remarks>
public sealed class ThreePointEstimate
{
    /// <summary>Initializes a new estimate.</summary>
    /// <param name="optimistic">The optimistic duration <c>a</c>: finite, ≥ 0.</param>
    /// <param name="mostLikely">The most likely duration <c>m</c>: finite, ≥ <paramref name="optimistic"/>.</param>
    /// <param name="pessimistic">The pessimistic duration <c>b</c>: finite, ≥ <paramref name="mostLikely"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A value is NaN or infinite, <paramref name="optimistic"/> is negative, or the three are not ordered <c>a ≤ m ≤ b</c>;
    /// or the mean overflows the double range (<c>ParamName</c> <c>mostLikely</c>) or the variance does (<c>ParamName</c> <c>pessimistic</c>).
    /// </exception>
    public ThreePointEstimate(double optimistic, double mostLikely, double pessimistic)
    {
        Guard.Against.NotFiniteNonNegative(optimistic);
        Guard.Against.NotFinite(mostLikely);
        Guard.Against.NotFinite(pessimistic);
        if (mostLikely < optimistic)
        {
            throw new ArgumentOutOfRangeException(nameof(mostLikely), mostLikely, $"{nameof(mostLikely)} ({mostLikely}) must not be less than {nameof(optimistic)} ({optimistic}).");
        }

        if (pessimistic < mostLikely)
        {
            throw new ArgumentOutOfRangeException(nameof(pessimistic), pessimistic, $"{nameof(pessimistic)} ({pessimistic}) must not be less than {nameof(mostLikely)} ({mostLikely}).");
        }

        if (!double.IsFinite((optimistic + (4 * mostLikely) + pessimistic) / 6))
        {
            throw new ArgumentOutOfRangeException(nameof(mostLikely), mostLikely, $"The PERT mean (a + 4m + b) / 6 of ({optimistic}, {mostLikely}, {pessimistic}) overflows the double range.");
        }

        if (!double.IsFinite((pessimistic - optimistic) / 6 * ((pessimistic - optimistic) / 6)))
        {
            throw new ArgumentOutOfRangeException(nameof(pessimistic), pessimistic, $"The PERT variance ((b − a) / 6)² of ({optimistic}, {mostLikely}, {pessimistic}) overflows the double range.");
        }

        Optimistic = optimistic;
        MostLikely = mostLikely;
        Pessimistic = pessimistic;
    }

    /// <summary>Gets the optimistic duration <c>a</c>.</summary>
    public double Optimistic { get; }

    /// <summary>Gets the most likely duration <c>m</c>.</summary>
    public double MostLikely { get; }

    /// <summary>Gets the pessimistic duration <c>b</c>.</summary>
    public double Pessimistic { get; }

    /// <summary>Gets the PERT mean <c>te = (a + 4m + b) / 6</c>.</summary>
    public double Mean => (Optimistic + (4 * MostLikely) + Pessimistic) / 6;

    /// <summary>Gets the PERT standard deviation <c>σ = (b − a) / 6</c>.</summary>
    public double StandardDeviation => (Pessimistic - Optimistic) / 6;

    /// <summary>Gets the PERT variance <c>σ² = ((b − a) / 6)²</c>.</summary>
    public double Variance => StandardDeviation * StandardDeviation;
}

/// <summary>A path's PERT mean and variance and its normal approximation of the completion time.</summary>
public sealed class PertPath
{
    internal PertPath(ImmutableArray<string> activityIds, double mean, double variance)
    {
        ActivityIds = activityIds;
        Mean = mean;
        Variance = variance;
    }

    /// <summary>Gets the path's activity ids, in order.</summary>
    public ImmutableArray<string> ActivityIds { get; }

    /// <summary>Gets the path's mean length (see the remarks of <see cref="Pert"/> for what is summed).</summary>
    public double Mean { get; }

    /// <summary>Gets the path's variance: the sum of its activities' variances (independence assumed).</summary>
    public double Variance { get; }

    /// <summary>Gets the path's standard deviation <c>√variance</c>.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The normal approximation of the probability that the path finishes by <paramref name="due"/>: <c>Φ((due − mean) / σ)</c>.</summary>
    /// <param name="due">The due time, in the same units: finite.</param>
    /// <returns>The probability; with σ = 0, 1 when <c>due ≥ mean</c> and 0 otherwise.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="due"/> is NaN or infinite.</exception>
    [Pure]
    public double ProbabilityOfMeeting(double due)
    {
        Guard.Against.NotFinite(due);
        double sd = StandardDeviation;
        return sd > 0 ? Normal.CDF(Mean, sd, due) : (due >= Mean ? 1 : 0);
    }

    /// <summary>The due time met with probability <paramref name="probability"/> under the normal approximation: <c>mean + σ Φ⁻¹(p)</c>.</summary>
    /// <param name="probability">The probability: strictly between 0 and 1.</param>
    /// <returns>The due time (the mean when σ = 0).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is not in (0, 1).</exception>
    [Pure]
    public double DueDateFor(double probability)
    {
        Guard.Against.NotInRange(probability, 0, 1, minInclusive: false, maxInclusive: false);
        double sd = StandardDeviation;
        return sd > 0 ? Normal.InvCDF(Mean, sd, probability) : Mean;
    }
}

/// <summary>The result of <see cref="Pert.Analyze"/>.</summary>
public sealed class PertResult
{
    internal PertResult(ImmutableArray<ThreePointEstimate> estimates, CpmResult cpm, ImmutableArray<PertPath> criticalPaths, bool isCapped, PertPath criticalPath)
    {
        Estimates = estimates;
        Cpm = cpm;
        CriticalPaths = criticalPaths;
        IsCapped = isCapped;
        CriticalPath = criticalPath;
    }

    /// <summary>Gets the estimates in the network's input order.</summary>
    public ImmutableArray<ThreePointEstimate> Estimates { get; }

    /// <summary>Gets the CPM schedule with every duration set to its PERT mean <c>te</c> (its network carries those durations).</summary>
    public CpmResult Cpm { get; }

    /// <summary>Gets the expected project duration <c>Te</c>: the CPM duration on the means.</summary>
    public double ExpectedDuration => Cpm.ProjectDuration;

    /// <summary>Gets every critical path of the mean schedule (up to the cap), each with mean <c>Te</c> and its own variance.</summary>
    public ImmutableArray<PertPath> CriticalPaths { get; }

    /// <summary>Gets a value indicating whether the critical paths were capped.</summary>
    public bool IsCapped { get; }

    /// <summary>Gets the critical path used for the project: the one with the largest variance (the first found on ties).</summary>
    public PertPath CriticalPath { get; }

    /// <summary>Gets the project's variance: <see cref="CriticalPath"/>'s.</summary>
    public double Variance => CriticalPath.Variance;

    /// <summary>Gets the project's standard deviation.</summary>
    public double StandardDeviation => CriticalPath.StandardDeviation;

    /// <summary>The classical PERT probability of finishing by <paramref name="due"/>: <c>Φ((due − Te) / σ)</c> on <see cref="CriticalPath"/>.</summary>
    /// <param name="due">The due time: finite.</param>
    /// <returns>The probability (optimistic: see the remarks of <see cref="Pert"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="due"/> is NaN or infinite.</exception>
    [Pure]
    public double ProbabilityOfMeeting(double due) => CriticalPath.ProbabilityOfMeeting(due);

    /// <summary>The due time met with probability <paramref name="probability"/>: <c>Te + σ Φ⁻¹(p)</c>.</summary>
    /// <param name="probability">The probability: in (0, 1).</param>
    /// <returns>The due time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is not in (0, 1).</exception>
    [Pure]
    public double DueDateFor(double probability) => CriticalPath.DueDateFor(probability);

    /// <summary>The PERT statistics of any path: mean <c>Σ te</c> and variance <c>Σ σ²</c> over its activities.</summary>
    /// <param name="activityIds">The path: at least one id; each consecutive pair joined by a link (either direction is not allowed: predecessor first).</param>
    /// <returns>The path's statistics.</returns>
    /// <remarks>The mean sums activity means only: it is the path length for finish-to-start links without lags. With lags, other link types or start-no-earlier-than constraints, use the CPM dates.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="activityIds"/> or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="activityIds"/> is empty, names an unknown activity, or two consecutive activities are not linked.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The path's summed mean or variance overflows the double range (<c>ParamName</c> <c>activityIds</c>).</exception>
    [Pure]
    public PertPath Path(IEnumerable<string> activityIds)
    {
        Guard.Against.Null(activityIds);
        ImmutableArray<string> ids = [.. activityIds];
        if (ids.IsEmpty)
        {
            throw new ArgumentException($"{nameof(activityIds)} must name at least one activity.", nameof(activityIds));
        }

        ActivityNetwork net = Cpm.Network;
        double mean = 0;
        double variance = 0;
        int prev = -1;
        for (int k = 0; k < ids.Length; k++)
        {
            string id = ids[k] ?? throw new ArgumentNullException(nameof(activityIds), $"{nameof(activityIds)}[{k}] is null.");
            if (!net.TryGetIndex(id, out int i))
            {
                throw new ArgumentException($"{nameof(activityIds)}[{k}] names an unknown activity '{id}'.", nameof(activityIds));
            }

            if (prev >= 0 && !Linked(net, prev, i))
            {
                throw new ArgumentException($"{nameof(activityIds)}[{k - 1}] '{ids[k - 1]}' has no link to {nameof(activityIds)}[{k}] '{id}'.", nameof(activityIds));
            }

            mean += Estimates[i].Mean;
            variance += Estimates[i].Variance;
            prev = i;
        }

        if (!double.IsFinite(mean) || !double.IsFinite(variance))
        {
            throw new ArgumentOutOfRangeException(nameof(activityIds), $"The path's summed mean ({mean}) or variance ({variance}) overflows the double range.");
        }

        return new PertPath(ids, mean, variance);
    }

    private static bool Linked(ActivityNetwork net, int from, int to)
    {
        for (int p = net.OutStart[from]; p < net.OutStart[from + 1]; p++)
        {
            if (net.LinkSuccessor[net.OutLinks[p]] == to)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Analytic PERT (program evaluation and review technique): CPM on the three-point means and a normal approximation of the project duration.</summary>
/// <remarks>
/// <para>
/// Classical PERT (Malcolm, Roseboom, Clark and Fazar, <i>Operations Research</i> 7(5), 1959; Hillier and Lieberman,
/// <i>Introduction to Operations Research</i>, 9th ed., 2010, §22.4 / 10th ed., 2015, §10.4): each duration has a
/// beta-like distribution with mean <c>te = (a + 4m + b)/6</c> and standard deviation <c>(b − a)/6</c>; durations
/// are independent; the project duration is approximated by the length of the <i>mean critical path</i> (the
/// critical path of the schedule on the means), which, as a sum of independent durations, is taken as normal with
/// mean <c>Te</c> (the CPM duration on the means) and variance the sum of the path's activity variances (central
/// limit theorem). Then <c>P(T ≤ due) = Φ((due − Te)/σ)</c> and the due time for probability p is
/// <c>Te + σ Φ⁻¹(p)</c>. When the mean schedule has several critical paths, the one with the largest variance is
/// used (the most conservative of them); all are listed.
/// </para>
/// <para>
/// Caveat (merge-event bias): the project finishes at the <i>maximum</i> of all path lengths, not at the length of
/// one path, and <c>E[max] ≥ max E</c>. Ignoring near-critical paths therefore makes PERT optimistic: its mean is
/// too low and its probability of meeting a due date too high, the more so the more parallel near-critical paths
/// there are (K. R. MacCrimmon and C. A. Ryavec, "An analytical study of the PERT assumptions", <i>Operations
/// Research</i> 12(1), 1964; Hillier and Lieberman, ibid., "the three simplifying approximations" of PERT). Use Monte
/// Carlo schedule simulation for the real distribution. Lags and start-no-earlier-than constraints are deterministic
/// and enter <c>Te</c> but not the variance.
/// </para>
/// </remarks>
public static class Pert
{
    /// <summary>Runs PERT on a network with a three-point estimate for every activity.</summary>
    /// <param name="network">The network (its activities' own durations are ignored; ids, names, constraints, costs and links are kept).</param>
    /// <param name="estimates">An estimate per activity id: exactly the network's ids.</param>
    /// <param name="floatTolerance">The float tolerance of the CPM on the means: finite, ≥ 0.</param>
    /// <param name="maxPaths">The most critical paths to list: ≥ 1.</param>
    /// <returns>The mean schedule, the critical paths and the normal approximation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/>, <paramref name="estimates"/> or an estimate is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="estimates"/> lacks an activity of the network or names an unknown one.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="floatTolerance"/> is NaN, infinite or negative, or <paramref name="maxPaths"/> is less than 1; a
    /// critical path's summed variance overflows the double range (<c>ParamName</c> <c>estimates</c>); no complete critical
    /// path has float within <paramref name="floatTolerance"/> (rounding at very large durations); or the mean
    /// durations overflow as in <see cref="CriticalPath.Analyze"/> (<c>ParamName</c> <c>network</c>).
    /// </exception>
    [Pure]
    public static PertResult Analyze(ActivityNetwork network, IReadOnlyDictionary<string, ThreePointEstimate> estimates, double floatTolerance = 1e-9, int maxPaths = 1000)
    {
        Guard.Against.Null(network);
        Guard.Against.Null(estimates);
        Guard.Against.NotFiniteNonNegative(floatTolerance);
        if (maxPaths < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPaths), maxPaths, $"{nameof(maxPaths)} must be at least 1 (got {maxPaths}).");
        }

        ImmutableArray<Activity> acts = network.Activities;
        var est = ImmutableArray.CreateBuilder<ThreePointEstimate>(acts.Length);
        var meanActs = new List<Activity>(acts.Length);
        foreach (Activity a in acts)
        {
            if (!estimates.TryGetValue(a.Id, out ThreePointEstimate? e))
            {
                throw new ArgumentException($"{nameof(estimates)} has no estimate for activity '{a.Id}'.", nameof(estimates));
            }

            if (e is null)
            {
                throw new ArgumentNullException(nameof(estimates), $"{nameof(estimates)}['{a.Id}'] is null.");
            }

            est.Add(e);
            meanActs.Add(new Activity(a.Id, e.Mean, a.Name, a.StartNoEarlierThan, a.FixedCost, a.CostRate));
        }

        if (estimates.Count != acts.Length)
        {
            string unknown = estimates.Keys.First(k => !network.TryGetIndex(k, out _));
            throw new ArgumentException($"{nameof(estimates)} names an activity '{unknown}' that is not in the network.", nameof(estimates));
        }

        ImmutableArray<ThreePointEstimate> estimatesInOrder = est.MoveToImmutable();
        CpmResult cpm = CriticalPath.Analyze(ActivityNetwork.Create(meanActs, network.Links), floatTolerance);
        (List<int[]> paths, bool capped) = CriticalPath.EnumerateIndices(cpm, maxPaths);
        double te = cpm.ProjectDuration;
        ImmutableArray<PertPath> pertPaths = [.. paths.Select(p => new PertPath([.. p.Select(i => acts[i].Id)], te, p.Sum(i => estimatesInOrder[i].Variance)))];
        if (pertPaths.IsEmpty)
        {
            throw new ArgumentOutOfRangeException(nameof(floatTolerance), floatTolerance, $"No complete critical path has total float within {nameof(floatTolerance)} = {floatTolerance}: at an expected duration of {te} the rounding of the float exceeds it; give a larger {nameof(floatTolerance)}.");
        }

        if (pertPaths.Any(p => !double.IsFinite(p.Variance)))
        {
            throw new ArgumentOutOfRangeException(nameof(estimates), "The summed variance of a critical path overflows the double range.");
        }

        PertPath worst = pertPaths[0];
        foreach (PertPath p in pertPaths)
        {
            if (p.Variance > worst.Variance)
            {
                worst = p;
            }
        }

        return new PertResult(estimatesInOrder, cpm, pertPaths, capped, worst);
    }
}
