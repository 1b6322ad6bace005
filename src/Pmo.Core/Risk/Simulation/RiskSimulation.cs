using System.Collections.Concurrent;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// Monte Carlo (or Latin hypercube) schedule and cost risk analysis of a <see cref="SimulationModel"/>: deterministic for
/// a seed whatever the number of threads, parallel over blocks of 256 iterations, with progress, cancellation, an
/// optional convergence rule and exact merging of runs over disjoint block ranges.
/// </summary>
/// <remarks>
/// <para>Iterations are split into blocks of 256; block b draws all its random numbers from the seed's xoshiro256**
/// stream after b jumps of 2^128 (Blackman and Vigna 2021), so its numbers depend only on (seed, b) and never on the
/// thread that runs it. Each block is simulated as arrays across its iterations: for every activity in topological
/// order the kernel samples the duration column by inverse transform, applies drivers, events and existence, and runs
/// the CPM forward pass for all 256 iterations at once with SIMD vectors (the structure-of-arrays form of the
/// "vectorised forward pass"); with criticality tracking it also runs the backward pass. Each iteration's finish and
/// cost are stored at the iteration's own index, so results are bit-identical for 1, 2 or 64 threads.</para>
/// <para>Model: see <see cref="SimulationModel"/>. Sources: R. M. Van Slyke, "Monte Carlo methods and the PERT problem",
/// <i>Operations Research</i> 11(5), 1963; AACE International RP 57R-09 (2011); D. Vose, <i>Risk Analysis</i>, 3rd ed.,
/// 2008.</para>
/// </remarks>
public static class RiskSimulation
{
    /// <summary>Runs the simulation.</summary>
    /// <param name="model">The model.</param>
    /// <param name="options">The options (iterations, seed, sampling, tracking, threads, first block, convergence).</param>
    /// <param name="progress">Receives progress after each batch of blocks (optional).</param>
    /// <param name="cancellationToken">Cancels the run between blocks (an <see cref="OperationCanceledException"/>).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The simulated finish or cost statistics overflow the double range (<c>ParamName</c> <c>model</c>): durations, lags or costs too large.</exception>
    public static SimulationResult Run(SimulationModel model, SimulationOptions options, IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(model);
        Guard.Against.Null(options);
        var compiled = new CompiledModel(model);
        return RunCompiled(model, compiled, options, progress, cancellationToken);
    }

    internal static SimulationResult RunCompiled(SimulationModel model, CompiledModel compiled, SimulationOptions options, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        const int B = SimulationKernel.B;
        int total = options.Iterations;
        int blocks = (total + B - 1) / B;
        int n = compiled.Count;
        Xoshiro256StarStar[] generators = RandomStreams.ForBlocks(options.Seed, blocks, options.FirstBlock, cancellationToken);
        double[] finish = new double[total];
        double[] cost = new double[total];
        float[]? durations = options.StoreActivityDurations ? new float[checked(n * total)] : null;
        var kernel = new SimulationKernel(compiled, options);
        int degree = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount;
        var pool = new ConcurrentBag<Worker>();
        var all = new ConcurrentQueue<Worker>();
        ConvergenceRule? rule = options.Convergence;
        int batch = rule is null ? Math.Max(8, degree * 4) : rule.CheckInterval / B;
        double[]? previous = null;
        int stable = 0;
        bool? converged = rule is null ? null : false;
        int done = 0;

        void RunBlock(int b)
        {
            if (!pool.TryTake(out Worker? w))
            {
                w = new Worker(compiled, options.TrackCriticality);
                all.Enqueue(w);
            }

            try
            {
                int first = b * B;
                int count = Math.Min(B, total - first);
                var output = new SimulationKernel.BlockOutput(finish.AsSpan(first, count), cost.AsSpan(first, count), w.CriticalCounts, durations, total, first);
                w.Floored += kernel.RunBlock(ref generators[b], count, w.Space, output);
            }
            finally
            {
                pool.Add(w);
            }
        }

        for (int b0 = 0; b0 < blocks; b0 += batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int b1 = Math.Min(blocks, b0 + batch);
            if (degree <= 1 || b1 - b0 == 1)
            {
                for (int b = b0; b < b1; b++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    RunBlock(b);
                }
            }
            else
            {
                Parallel.For(b0, b1, new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken }, RunBlock);
            }

            done = Math.Min(total, b1 * B);
            progress?.Report(new SimulationProgress(done, total));
            if (rule is not null && b1 < blocks)
            {
                double[] now = WatchedPercentiles(rule, finish.AsSpan(0, done), cost.AsSpan(0, done));
                bool same = previous is not null && Stable(previous, now, rule.RelativeTolerance);
                stable = same ? stable + 1 : 0;
                previous = now;
                if (stable >= rule.StableChecks && done >= rule.MinimumIterations)
                {
                    converged = true;
                    break;
                }
            }
        }

        if (rule is not null && done == total && !(converged ?? false))
        {
            // Final check at the maximum.
            double[] now = WatchedPercentiles(rule, finish, cost);
            bool same = previous is not null && Stable(previous, now, rule.RelativeTolerance);
            converged = same && stable + 1 >= rule.StableChecks && done >= rule.MinimumIterations;
        }

        long[] counts = new long[n];
        long floored = 0;
        foreach (Worker w in all)
        {
            for (int j = 0; j < n; j++)
            {
                counts[j] += w.CriticalCounts[j];
            }

            floored += w.Floored;
        }

        if (done < total)
        {
            Array.Resize(ref finish, done);
            Array.Resize(ref cost, done);
        }

        var result = new SimulationResult(model, Fingerprint(compiled, model), options, options.FirstBlock, finish, cost, counts, durations, total, floored, compiled.DeterministicFinish, compiled.DeterministicCost, converged);
        return SimulationResult.SummariesFinite(result)
            ? result
            : throw new ArgumentOutOfRangeException(nameof(model), $"The simulated finish or cost overflows the double range (finish mean {result.Finish.Mean}, cost mean {result.Cost.Mean}); the model's durations, lags or costs are too large.");
    }

    private static double[] WatchedPercentiles(ConvergenceRule rule, ReadOnlySpan<double> finish, ReadOnlySpan<double> cost)
    {
        double[] f = finish.ToArray();
        double[] c = cost.ToArray();
        Array.Sort(f);
        Array.Sort(c);
        double[] result = new double[rule.Percentiles.Length * 2];
        for (int k = 0; k < rule.Percentiles.Length; k++)
        {
            result[2 * k] = Percentiles.Kernel(f, rule.Percentiles[k], PercentileDefinition.NearestRank) ?? 0;
            result[(2 * k) + 1] = Percentiles.Kernel(c, rule.Percentiles[k], PercentileDefinition.NearestRank) ?? 0;
        }

        return result;
    }

    private static bool Stable(double[] before, double[] now, double tolerance)
    {
        for (int k = 0; k < now.Length; k++)
        {
            if (Math.Abs(now[k] - before[k]) > tolerance * Math.Abs(now[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A structural fingerprint (FNV-1a over the compiled numbers and distribution probes).</summary>
    internal static ulong Fingerprint(CompiledModel m, SimulationModel model)
    {
        ulong h = 14695981039346656037UL;
        void Mix(ulong v)
        {
            unchecked
            {
                for (int i = 0; i < 8; i++)
                {
                    h ^= (v >> (8 * i)) & 0xFF;
                    h *= 1099511628211UL;
                }
            }
        }

        void MixD(double v) => Mix(BitConverter.DoubleToUInt64Bits(v));
        void MixDist(Distribution? d)
        {
            if (d is null)
            {
                Mix(0);
                return;
            }

            foreach (char ch in d.GetType().FullName ?? string.Empty)
            {
                Mix(ch);
            }

            foreach (double p in (ReadOnlySpan<double>)[0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99])
            {
                MixD(d.QuantileCore(p));
            }
        }

        Mix((ulong)m.Count);
        for (int p = 0; p < m.Count; p++)
        {
            foreach (char ch in model.Network.Activities[m.NetworkIndex[p]].Id)
            {
                Mix(ch);
            }

            MixD(m.Planned[p]);
            MixD(m.Snet[p]);
            MixD(m.Rate[p]);
            MixD(m.FixedCost[p]);
            MixD(m.Existence[p]);
            MixDist(m.DurationDistribution[p]);
            MixDist(m.FixedCostDistribution[p]);
            for (int q = m.PredStart[p]; q < m.PredStart[p + 1]; q++)
            {
                Mix((ulong)m.PredPos[q]);
                Mix((ulong)m.PredType[q]);
                MixD(m.PredLag[q]);
            }

            for (int q = m.ImpactStart[p]; q < m.ImpactStart[p + 1]; q++)
            {
                Mix((ulong)m.ImpactEvent[q]);
                Mix(m.ImpactRelative[q] ? 1UL : 0UL);
                MixDist(m.ImpactAmount[q]);
            }

            for (int q = m.DriverStart[p]; q < m.DriverStart[p + 1]; q++)
            {
                Mix((ulong)m.DriverIndex[q]);
            }
        }

        if (model.EffectiveCorrelation is { } corr)
        {
            for (int i = 0; i < corr.Count; i++)
            {
                for (int j = 0; j < corr.Count; j++)
                {
                    MixD(corr[i, j]);
                }
            }
        }

        for (int e = 0; e < m.EventCount; e++)
        {
            MixD(m.EventProbability[e]);
            MixDist(m.EventCost[e]);
        }

        for (int k = 0; k < m.DriverCount; k++)
        {
            MixD(m.DriverProbability[k]);
            MixDist(m.DriverFactor[k]);
        }

        return h;
    }

    private sealed class Worker
    {
        public Worker(CompiledModel m, bool criticality)
        {
            Space = new SimulationKernel.Workspace(m, criticality);
            CriticalCounts = new long[m.Count];
        }

        public SimulationKernel.Workspace Space { get; }

        public long[] CriticalCounts { get; }

        public long Floored { get; set; }
    }
}
