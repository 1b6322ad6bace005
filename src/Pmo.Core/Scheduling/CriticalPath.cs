using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Scheduling;

/// <summary>The critical path method (CPM): forward and backward passes over an <see cref="ActivityNetwork"/>.</summary>
/// <remarks>
/// <para>
/// Sources: PMI, <i>PMBOK Guide</i>, 6th ed., 2017, §6.5.2.2 (critical path method, total and free float);
/// F. S. Hillier and G. J. Lieberman, <i>Introduction to Operations Research</i>, 9th ed., 2010, ch. 22 / 10th ed., 2015,
/// ch. 10 "Project management with PERT/CPM" (earliest and latest times, slack); J. J. Moder, C. R. Phillips and
/// E. W. Davis, <i>Project Management with CPM, PERT and Precedence Diagramming</i>, 3rd ed., 1983 (SS, FF, SF links
/// with lags).
/// </para>
/// <para>
/// Forward pass, in topological order, with <c>d</c> the duration and <c>SNET</c> the start-no-earlier-than time (0 if
/// none): <c>ES_j = max(0, SNET_j, max over incoming links of the bound)</c> where the bound is <c>EF_p + lag</c> (FS),
/// <c>ES_p + lag</c> (SS), <c>EF_p + lag − d_j</c> (FF) or <c>ES_p + lag − d_j</c> (SF); <c>EF_j = ES_j + d_j</c>.
/// Project duration <c>T = max EF</c>.
/// </para>
/// <para>
/// Backward pass, in reverse topological order: <c>LF_j = min(T, min over outgoing links of the bound)</c> where the
/// bound is <c>LS_s − lag</c> (FS), <c>LS_s − lag + d_j</c> (SS), <c>LF_s − lag</c> (FF) or <c>LF_s − lag + d_j</c> (SF);
/// <c>LS_j = LF_j − d_j</c>. The backward pass does not apply start-no-earlier-than constraints, so floats are never
/// negative (up to floating-point rounding, of order 1e-16 × the times, which the tolerance absorbs). Total float
/// <c>TF = LS − ES</c>; an activity is critical when <c>TF ≤ floatTolerance</c>.
/// </para>
/// <para>
/// Free float: the least slack, at early dates, over the outgoing links, the slack of a link being
/// <c>ES_s − lag − EF_p</c> (FS), <c>ES_s − lag − ES_p</c> (SS), <c>EF_s − lag − EF_p</c> (FF) or <c>EF_s − lag − ES_p</c>
/// (SF), and never more than <c>T − EF</c> (the slack to the project finish, which alone applies to an activity without
/// successors): delaying an activity by its free float delays neither any successor's early dates nor the project
/// (PMBOK Guide §6.5.2.2). Without that cap a lead (negative lag) into a successor held late by a start-no-earlier-than
/// constraint could give a free float above the total float. With it, <c>TF ≥ FF ≥ 0</c> for every link type.
/// </para>
/// </remarks>
public static partial class CriticalPath
{
    /// <summary>Runs the forward and backward passes.</summary>
    /// <param name="network">The network.</param>
    /// <param name="floatTolerance">The largest total float still counted as critical: finite, ≥ 0 (default 1e-9).</param>
    /// <returns>Every activity's early and late dates, total and free float and criticality, and the project duration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="floatTolerance"/> is NaN, infinite or negative; or the durations, lags or costs of
    /// <paramref name="network"/> are so large that a date, the project duration or the total cost overflows the double
    /// range (<c>ParamName</c> <c>network</c>).
    /// </exception>
    [Pure]
    public static CpmResult Analyze(ActivityNetwork network, double floatTolerance = 1e-9)
    {
        Guard.Against.Null(network);
        Guard.Against.NotFiniteNonNegative(floatTolerance);
        ImmutableArray<Activity> acts = network.Activities;
        ImmutableArray<ActivityLink> links = network.Links;
        int n = acts.Length;
        int[] order = network.Order;
        int[] pred = network.LinkPredecessor;
        int[] succ = network.LinkSuccessor;
        double[] d = new double[n];
        for (int i = 0; i < n; i++)
        {
            d[i] = acts[i].Duration;
        }

        double[] es = new double[n];
        double project = 0;
        foreach (int j in order)
        {
            double start = Math.Max(0, acts[j].StartNoEarlierThan ?? 0);
            for (int p = network.InStart[j]; p < network.InStart[j + 1]; p++)
            {
                int e = network.InLinks[p];
                int i = pred[e];
                ActivityLink l = links[e];
                double bound = l.Type switch
                {
                    LinkType.FinishToStart => es[i] + d[i] + l.Lag,
                    LinkType.StartToStart => es[i] + l.Lag,
                    LinkType.FinishToFinish => es[i] + d[i] + l.Lag - d[j],
                    _ => es[i] + l.Lag - d[j],
                };
                start = Math.Max(start, bound);
            }

            es[j] = start;
            project = Math.Max(project, start + d[j]);
        }

        double[] lf = new double[n];
        double[] ff = new double[n];
        for (int k = n - 1; k >= 0; k--)
        {
            int i = order[k];
            double finish = project;
            double free = double.PositiveInfinity;
            double efI = es[i] + d[i];
            for (int p = network.OutStart[i]; p < network.OutStart[i + 1]; p++)
            {
                int e = network.OutLinks[p];
                int s = succ[e];
                ActivityLink l = links[e];
                double lsS = lf[s] - d[s];
                double efS = es[s] + d[s];
                (double bound, double slack) = l.Type switch
                {
                    LinkType.FinishToStart => (lsS - l.Lag, es[s] - l.Lag - efI),
                    LinkType.StartToStart => (lsS - l.Lag + d[i], es[s] - l.Lag - es[i]),
                    LinkType.FinishToFinish => (lf[s] - l.Lag, efS - l.Lag - efI),
                    _ => (lf[s] - l.Lag + d[i], efS - l.Lag - es[i]),
                };
                finish = Math.Min(finish, bound);
                free = Math.Min(free, slack);
            }

            lf[i] = finish;
            ff[i] = Math.Min(project - efI, free);
        }

        var schedules = ImmutableArray.CreateBuilder<ActivitySchedule>(n);
        for (int i = 0; i < n; i++)
        {
            double ls = lf[i] - d[i];
            if (!double.IsFinite(project) || !double.IsFinite(es[i]) || !double.IsFinite(ls) || !double.IsFinite(ff[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(network), Overflow($"the dates of activity '{acts[i].Id}' (early start {es[i]}, late start {ls}, project duration {project})"));
            }

            schedules.Add(new ActivitySchedule(acts[i], es[i], ls, ff[i], ls - es[i] <= floatTolerance));
        }

        var result = new CpmResult(network, schedules.MoveToImmutable(), project, floatTolerance);
        return double.IsFinite(result.TotalCost) ? result : throw new ArgumentOutOfRangeException(nameof(network), Overflow($"the total cost ({result.TotalCost})"));
    }

    private static string Overflow(string what) =>
        $"network: {what} overflow the double range; durations, lags and costs must be small enough for their sums to stay finite.";
}
