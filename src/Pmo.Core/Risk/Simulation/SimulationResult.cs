using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// The result of a <see cref="RiskSimulation"/> run: every iteration's project finish (working time from the project
/// start) and project cost in iteration order, criticality counts, optional stored durations, and the analyses built on
/// them. Two results over adjacent block ranges of the same model and seed merge exactly (<see cref="Merge"/>).
/// </summary>
/// <remarks>
/// Memory: 16 bytes per iteration (finish and cost) + 8 per activity, plus 4 × iterations × activities with stored
/// durations. Schedule margin and cost contingency at level p are P_p − the deterministic (CPM, planned durations, no
/// risk events) finish and cost (AACE RP 57R-09; NASA, <i>Joint Cost and Schedule Confidence Level</i>, NPR 7120.5E
/// and the NASA Cost Estimating Handbook v4, 2015, appendix J). Merge bias (the simulated mean finish minus the
/// deterministic finish) is shown because CPM's deterministic finish ignores the maximum over parallel paths
/// (MacCrimmon and Ryavec, "An analytical study of the PERT assumptions", <i>Operations Research</i> 12(1), 1964).
/// </remarks>
public sealed class SimulationResult
{
    private readonly double[] finish;
    private readonly double[] cost;
    private readonly long[] criticalCounts;
    private readonly float[]? durations;
    private readonly int durationStride;
    private readonly Lazy<SampleSummary> finishSummary;
    private readonly Lazy<SampleSummary> costSummary;
    private readonly Lazy<ImmutableArray<ActivityRiskStatistics>> activities;

    internal SimulationResult(
        SimulationModel model,
        ulong fingerprint,
        SimulationOptions options,
        int firstBlock,
        double[] finish,
        double[] cost,
        long[] criticalCounts,
        float[]? durations,
        int durationStride,
        long floored,
        double deterministicFinish,
        double deterministicCost,
        bool? converged)
    {
        Model = model;
        Fingerprint = fingerprint;
        Seed = options.Seed;
        Sampling = options.Sampling;
        CriticalityTracked = options.TrackCriticality;
        FirstBlock = firstBlock;
        this.finish = finish;
        this.cost = cost;
        this.criticalCounts = criticalCounts;
        this.durations = durations;
        this.durationStride = durationStride;
        FlooredDurations = floored;
        DeterministicFinish = deterministicFinish;
        DeterministicCost = deterministicCost;
        Converged = converged;
        CriticalFloatTolerance = options.CriticalFloatTolerance;
        finishSummary = new Lazy<SampleSummary>(() => new SampleSummary(this.finish));
        costSummary = new Lazy<SampleSummary>(() => new SampleSummary(this.cost));
        activities = new Lazy<ImmutableArray<ActivityRiskStatistics>>(BuildActivities);
    }

    /// <summary>Gets the model.</summary>
    public SimulationModel Model { get; }

    /// <summary>Gets a structural fingerprint of the model (equal models give equal fingerprints); merges require equal fingerprints.</summary>
    public ulong Fingerprint { get; }

    /// <summary>Gets the seed.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the sampling method.</summary>
    public SamplingMethod Sampling { get; }

    /// <summary>Gets whether criticality was tracked.</summary>
    public bool CriticalityTracked { get; }

    /// <summary>Gets the float tolerance used for criticality.</summary>
    public double CriticalFloatTolerance { get; }

    /// <summary>Gets the index of the first block of 256 iterations.</summary>
    public int FirstBlock { get; }

    /// <summary>Gets the number of blocks (the last may be partial).</summary>
    public int BlockCount => (Iterations + SimulationOptions.Block - 1) / SimulationOptions.Block;

    /// <summary>Gets the number of iterations.</summary>
    public int Iterations => finish.Length;

    /// <summary>
    /// Gets whether the convergence rule was met (null without a rule; false when the maximum was reached first). A
    /// <see cref="Merge"/>d result is true only when both parts are; null when neither had a rule; otherwise false (a part
    /// run without a rule gives no evidence of convergence).
    /// </summary>
    public bool? Converged { get; }

    /// <summary>Gets how many (iteration, activity) durations were floored at 0 because opportunities made them negative.</summary>
    public long FlooredDurations { get; }

    /// <summary>Gets the deterministic (CPM, planned durations, no risk events) project finish.</summary>
    public double DeterministicFinish { get; }

    /// <summary>Gets the deterministic project cost (planned durations and costs, no risk events).</summary>
    public double DeterministicCost { get; }

    /// <summary>Gets the project finish of every iteration, in iteration order.</summary>
    public ReadOnlySpan<double> FinishSamples => finish;

    /// <summary>Gets the project cost of every iteration, in iteration order.</summary>
    public ReadOnlySpan<double> CostSamples => cost;

    /// <summary>Gets the finish distribution summary.</summary>
    public SampleSummary Finish => finishSummary.Value;

    /// <summary>Gets the cost distribution summary.</summary>
    public SampleSummary Cost => costSummary.Value;

    /// <summary>Gets the per-activity statistics, in network order.</summary>
    public ImmutableArray<ActivityRiskStatistics> Activities => activities.Value;

    /// <summary>Gets the merge bias: simulated mean finish − deterministic finish.</summary>
    public double MergeBias => Finish.Mean - DeterministicFinish;

    /// <summary>Gets the probability of finishing by the deterministic finish, P(T ≤ T_CPM).</summary>
    public double ProbabilityOfDeterministicFinish => Finish.ProbabilityAtOrBelow(DeterministicFinish);

    /// <summary>Gets the probability of costing at most the deterministic cost.</summary>
    public double ProbabilityOfDeterministicCost => Cost.ProbabilityAtOrBelow(DeterministicCost);

    /// <summary>The schedule margin at level p: P_p(finish) − deterministic finish (may be negative).</summary>
    /// <param name="p">The level in [0, 1], e.g. 0.8.</param>
    /// <returns>The margin in working time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1].</exception>
    [Pure]
    public double ScheduleMargin(double p) => Finish.Percentile(p) - DeterministicFinish;

    /// <summary>The cost contingency at level p: P_p(cost) − deterministic cost (may be negative).</summary>
    /// <param name="p">The level in [0, 1], e.g. 0.8.</param>
    /// <returns>The contingency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1].</exception>
    [Pure]
    public double CostContingency(double p) => Cost.Percentile(p) - DeterministicCost;

    /// <summary>The joint confidence level: the fraction of iterations finishing by <paramref name="finishTarget"/> and costing at most <paramref name="costTarget"/>.</summary>
    /// <param name="finishTarget">The finish target (working time), not NaN.</param>
    /// <param name="costTarget">The cost target, not NaN.</param>
    /// <returns>The JCL in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A target is NaN.</exception>
    [Pure]
    public double JointConfidence(double finishTarget, double costTarget)
    {
        if (double.IsNaN(finishTarget))
        {
            throw new ArgumentOutOfRangeException(nameof(finishTarget), finishTarget, $"{nameof(finishTarget)} must not be NaN.");
        }

        if (double.IsNaN(costTarget))
        {
            throw new ArgumentOutOfRangeException(nameof(costTarget), costTarget, $"{nameof(costTarget)} must not be NaN.");
        }

        int hits = 0;
        for (int i = 0; i < finish.Length; i++)
        {
            if (finish[i] <= finishTarget && cost[i] <= costTarget)
            {
                hits++;
            }
        }

        return (double)hits / finish.Length;
    }

    /// <summary>
    /// The iso-JCL frontier at a confidence level: for finish targets from the level's finish percentile to the maximum
    /// finish, the smallest cost target that reaches the joint confidence (NASA's JCL frontier).
    /// </summary>
    /// <param name="confidence">The joint confidence level in (0, 1), e.g. 0.7.</param>
    /// <param name="points">The number of finish targets, 2 … 1,000.</param>
    /// <returns>The frontier from the earliest to the latest finish target.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    [Pure]
    public ImmutableArray<JclPoint> IsoJclFrontier(double confidence, int points = 21)
    {
        Guard.Against.NotInRange(confidence, 0, 1, false, false);
        if (points is < 2 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, $"{nameof(points)} must be in [2, 1,000] (got {points}).");
        }

        int n = finish.Length;
        int need = (int)Math.Ceiling((confidence * n) - 1e-9);
        need = Math.Max(need, 1);
        double lo = Finish.Percentile(confidence), hi = Finish.Maximum;
        var b = ImmutableArray.CreateBuilder<JclPoint>(points);
        var buffer = new double[n];
        for (int k = 0; k < points; k++)
        {
            double t = k == points - 1 ? hi : lo + ((hi - lo) * k / (points - 1));
            int m = 0;
            for (int i = 0; i < n; i++)
            {
                if (finish[i] <= t)
                {
                    buffer[m++] = cost[i];
                }
            }

            if (m < need)
            {
                continue;
            }

            Array.Sort(buffer, 0, m);
            double c = buffer[need - 1];
            b.Add(new JclPoint(t, c, JointConfidence(t, c)));
        }

        return b.ToImmutable();
    }

    /// <summary>The stored durations of an activity (null when durations were not stored).</summary>
    /// <param name="activityId">The activity id.</param>
    /// <returns>The durations in iteration order, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activityId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No activity has the id.</exception>
    [Pure]
    public float[]? ActivityDurations(string activityId)
    {
        int j = Model.Network.IndexOf(activityId);
        if (durations is null)
        {
            return null;
        }

        int p = PositionOf(j);
        return durations.AsSpan(p * durationStride, Iterations).ToArray();
    }

    /// <summary>
    /// True when the finish and cost samples have finite means and standard deviations — computed as the summaries will
    /// compute them, but without building (copying and sorting) the lazy summaries, so the check adds no memory.
    /// </summary>
    internal static bool SummariesFinite(SimulationResult r) => MomentsFinite(r.finish) && MomentsFinite(r.cost);

    private static bool MomentsFinite(ReadOnlySpan<double> samples)
    {
        (double mean, double sd) = SampleSummary.Moments(samples);
        return double.IsFinite(mean) && double.IsFinite(sd);
    }

    /// <summary>
    /// Merges two results over adjacent block ranges of the same model, seed and options into the result of one run over
    /// both: bit-identical to running the whole range at once.
    /// </summary>
    /// <param name="first">The earlier blocks; all its blocks must be full (iterations a multiple of 256).</param>
    /// <param name="second">The later blocks, starting at first.FirstBlock + first.BlockCount.</param>
    /// <returns>The merged result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The results are not mergeable; the message says why.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The merged finish or cost statistics overflow the double range (<c>ParamName</c> <c>second</c>).</exception>
    [Pure]
    public static SimulationResult Merge(SimulationResult first, SimulationResult second)
    {
        Guard.Against.Null(first);
        Guard.Against.Null(second);
        if (first.Fingerprint != second.Fingerprint)
        {
            throw new ArgumentException("The results come from different models (fingerprints differ).", nameof(second));
        }

        if (first.Seed != second.Seed || first.Sampling != second.Sampling || first.CriticalityTracked != second.CriticalityTracked
            || (first.durations is null) != (second.durations is null) || first.CriticalFloatTolerance != second.CriticalFloatTolerance)
        {
            throw new ArgumentException("The results were run with different seeds or options (seed, sampling, criticality, stored durations, tolerance must match).", nameof(second));
        }

        if (first.Iterations % SimulationOptions.Block != 0)
        {
            throw new ArgumentException($"{nameof(first)} ends with a partial block ({first.Iterations} iterations); only a result of full blocks can be continued.", nameof(first));
        }

        if (second.FirstBlock != first.FirstBlock + first.BlockCount)
        {
            throw new ArgumentException($"{nameof(second)} starts at block {second.FirstBlock}, but {nameof(first)} covers blocks {first.FirstBlock}…{first.FirstBlock + first.BlockCount - 1}; the ranges must be adjacent.", nameof(second));
        }

        int n = first.Iterations + second.Iterations;
        double[] f = [.. first.finish, .. second.finish];
        double[] c = [.. first.cost, .. second.cost];
        long[] counts = new long[first.criticalCounts.Length];
        for (int j = 0; j < counts.Length; j++)
        {
            counts[j] = first.criticalCounts[j] + second.criticalCounts[j];
        }

        float[]? d = null;
        if (first.durations is not null && second.durations is not null)
        {
            int acts = first.Model.Network.Activities.Length;
            d = new float[acts * n];
            for (int p = 0; p < acts; p++)
            {
                first.durations.AsSpan(p * first.durationStride, first.Iterations).CopyTo(d.AsSpan(p * n));
                second.durations.AsSpan(p * second.durationStride, second.Iterations).CopyTo(d.AsSpan((p * n) + first.Iterations));
            }
        }

        bool? converged = first.Converged is null && second.Converged is null ? null : (first.Converged ?? false) && (second.Converged ?? false);
        var options = new SimulationOptions(n, first.Seed, first.Sampling, first.CriticalityTracked, d is not null, criticalFloatTolerance: first.CriticalFloatTolerance);
        var merged = new SimulationResult(first.Model, first.Fingerprint, options, first.FirstBlock, f, c, counts, d, n, first.FlooredDurations + second.FlooredDurations, first.DeterministicFinish, first.DeterministicCost, converged);
        return SummariesFinite(merged)
            ? merged
            : throw new ArgumentOutOfRangeException(nameof(second), "The merged finish or cost statistics overflow the double range.");
    }

    private int PositionOf(int networkIndex) => Array.IndexOf(Model.Network.Order, networkIndex);

    private ImmutableArray<ActivityRiskStatistics> BuildActivities()
    {
        int acts = Model.Network.Activities.Length;
        int n = Iterations;
        var b = ImmutableArray.CreateBuilder<ActivityRiskStatistics>(acts);
        double sdT = Finish.StandardDeviation;
        double[]? finishRanks = durations is not null && n > 1 ? RankCorrelation.AverageRanks(finish) : null;
        double[]? costRanks = durations is not null && n > 1 ? RankCorrelation.AverageRanks(cost) : null;
        for (int j = 0; j < acts; j++)
        {
            double? ci = CriticalityTracked ? (double)criticalCounts[j] / n : null;
            double? mean = null, sd = null, r = null, rho = null, ssi = null, costRho = null;
            if (durations is not null)
            {
                int p = PositionOf(j);
                double[] x = new double[n];
                ReadOnlySpan<float> src = durations.AsSpan(p * durationStride, n);
                for (int i = 0; i < n; i++)
                {
                    x[i] = src[i];
                }

                double sum = 0;
                foreach (double v in x)
                {
                    sum += v;
                }

                mean = sum / n;
                double ss = 0;
                foreach (double v in x)
                {
                    ss += (v - mean.Value) * (v - mean.Value);
                }

                sd = n > 1 ? Math.Sqrt(ss / (n - 1)) : 0;
                r = n > 1 ? RankCorrelation.Pearson(x, finish) : null;
                if (finishRanks is not null && costRanks is not null)
                {
                    // Spearman's ρ = Pearson's r of average ranks; the finish and cost ranks are computed once.
                    double[] ranks = RankCorrelation.AverageRanks(x);
                    rho = RankCorrelation.Pearson(ranks, finishRanks);
                    costRho = RankCorrelation.Pearson(ranks, costRanks);
                }
                if (ci is { } c && sdT > 0)
                {
                    ssi = c * sd.Value / sdT;
                }
            }

            b.Add(new ActivityRiskStatistics(Model.Network.Activities[j].Id, ci, mean, sd, r, rho, ssi, costRho));
        }

        return b.MoveToImmutable();
    }
}
