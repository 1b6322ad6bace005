using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>How the uniform numbers behind every random input are drawn.</summary>
public enum SamplingMethod
{
    /// <summary>Plain Monte Carlo: independent uniforms.</summary>
    MonteCarlo = 0,

    /// <summary>
    /// Latin hypercube sampling (McKay, Beckman and Conover 1979), stratified per block of 256 iterations: in each
    /// block every random input takes exactly one value in each of the 256 equal-probability strata, in a random
    /// order (a replicated Latin hypercube; a final partial block uses the first strata of a full block's permutation).
    /// </summary>
    LatinHypercube = 1,
}

/// <summary>The options of a <see cref="RiskSimulation"/> run.</summary>
public sealed class SimulationOptions
{
    /// <summary>The number of iterations per block (fixed: changing it changes every seeded result).</summary>
    internal const int Block = 256;

    /// <summary>
    /// Gets the number of iterations per block (256): the unit of random streams, parallel work, sharding, Latin hypercube
    /// strata and Iman–Conover reordering. 256 iterations × the activities' start and finish times stay in a core's L2
    /// cache for networks of about a thousand activities, which is what makes the kernel fast.
    /// </summary>
    public static int IterationsPerBlock => Block;

    /// <summary>Creates options.</summary>
    /// <param name="iterations">The number of iterations (the maximum when <paramref name="convergence"/> is set): 1 … 100,000,000.</param>
    /// <param name="seed">The seed: the same seed gives bit-identical results at any thread count.</param>
    /// <param name="sampling">Monte Carlo (default) or Latin hypercube.</param>
    /// <param name="trackCriticality">Run a backward pass per iteration to count how often each activity is critical (default true; false is the percentiles-only mode, about twice as fast).</param>
    /// <param name="storeActivityDurations">Keep every sampled activity duration (as 32-bit floats: 4 × iterations × activities bytes) so that duration–finish and duration–cost correlations (cruciality, schedule sensitivity index) can be computed; default false.</param>
    /// <param name="maxDegreeOfParallelism">The number of threads, or null for all cores. Results do not depend on it.</param>
    /// <param name="firstBlock">The index of the first block of 256 iterations (default 0). Runs over disjoint block ranges with the same model and seed merge exactly (<see cref="SimulationResult.Merge"/>): a run with firstBlock = k continues a run of k full blocks.</param>
    /// <param name="convergence">An optional stopping rule; null runs exactly <paramref name="iterations"/>.</param>
    /// <param name="criticalFloatTolerance">An activity is critical in an iteration when its total float is ≤ this (working time); default 1e-6, finite ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its documented range or an enum is undefined.</exception>
    public SimulationOptions(
        int iterations,
        ulong seed,
        SamplingMethod sampling = SamplingMethod.MonteCarlo,
        bool trackCriticality = true,
        bool storeActivityDurations = false,
        int? maxDegreeOfParallelism = null,
        int firstBlock = 0,
        ConvergenceRule? convergence = null,
        double criticalFloatTolerance = 1e-6)
    {
        if (iterations is < 1 or > 100_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(iterations), iterations, $"{nameof(iterations)} must be in [1, 100,000,000] (got {iterations}).");
        }

        if (!Enum.IsDefined(sampling))
        {
            throw new ArgumentOutOfRangeException(nameof(sampling), sampling, $"{nameof(sampling)} must be a defined {nameof(SamplingMethod)} (got {(int)sampling}).");
        }

        if (maxDegreeOfParallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, $"{nameof(maxDegreeOfParallelism)} must be ≥ 1 or null (got {maxDegreeOfParallelism}).");
        }

        if (firstBlock is < 0 or > 100_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(firstBlock), firstBlock, $"{nameof(firstBlock)} must be in [0, 100,000,000] (got {firstBlock}).");
        }

        Iterations = iterations;
        Seed = seed;
        Sampling = sampling;
        TrackCriticality = trackCriticality;
        StoreActivityDurations = storeActivityDurations;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        FirstBlock = firstBlock;
        Convergence = convergence;
        CriticalFloatTolerance = Guard.Against.NotFiniteNonNegative(criticalFloatTolerance);
    }

    /// <summary>Gets the number of iterations (the maximum with a convergence rule).</summary>
    public int Iterations { get; }

    /// <summary>Gets the seed.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the sampling method.</summary>
    public SamplingMethod Sampling { get; }

    /// <summary>Gets whether criticality is tracked.</summary>
    public bool TrackCriticality { get; }

    /// <summary>Gets whether activity durations are stored for sensitivity analysis.</summary>
    public bool StoreActivityDurations { get; }

    /// <summary>Gets the number of threads, or null for all cores.</summary>
    public int? MaxDegreeOfParallelism { get; }

    /// <summary>Gets the first block index.</summary>
    public int FirstBlock { get; }

    /// <summary>Gets the stopping rule, if any.</summary>
    public ConvergenceRule? Convergence { get; }

    /// <summary>Gets the float tolerance for criticality.</summary>
    public double CriticalFloatTolerance { get; }
}

/// <summary>
/// A stopping rule: every <see cref="CheckInterval"/> iterations, compute the chosen percentiles of the finish and the
/// cost over all iterations so far; stop when, for <see cref="StableChecks"/> checks in a row, each moved by at most
/// <see cref="RelativeTolerance"/> × its value since the previous check. Checks happen at fixed iteration counts, so
/// the stopping point does not depend on the thread count.
/// </summary>
public sealed class ConvergenceRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="percentiles">The percentiles to watch, each in (0, 1); default P50 and P80.</param>
    /// <param name="relativeTolerance">The relative tolerance, finite &gt; 0; default 0.001 (0.1 %).</param>
    /// <param name="checkInterval">Iterations between checks: a positive multiple of 256; default 4,096.</param>
    /// <param name="stableChecks">Consecutive stable checks required, ≥ 1; default 2.</param>
    /// <param name="minimumIterations">No stop before this many iterations, ≥ 1; default 4,096.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    public ConvergenceRule(IEnumerable<double>? percentiles = null, double relativeTolerance = 0.001, int checkInterval = 4096, int stableChecks = 2, int minimumIterations = 4096)
    {
        ImmutableArray<double> p = percentiles is null ? [0.5, 0.8] : [.. percentiles];
        if (p.IsEmpty)
        {
            throw new ArgumentOutOfRangeException(nameof(percentiles), "percentiles must not be empty.");
        }

        foreach (double x in p)
        {
            if (!(x > 0 && x < 1))
            {
                throw new ArgumentOutOfRangeException(nameof(percentiles), x, $"{nameof(percentiles)} must each lie in (0, 1) (got {x:R}).");
            }
        }

        if (!(relativeTolerance > 0) || !double.IsFinite(relativeTolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(relativeTolerance), relativeTolerance, $"{nameof(relativeTolerance)} must be finite and > 0 (got {relativeTolerance:R}).");
        }

        if (checkInterval < SimulationOptions.Block || checkInterval % SimulationOptions.Block != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(checkInterval), checkInterval, $"{nameof(checkInterval)} must be a positive multiple of {SimulationOptions.IterationsPerBlock} (got {checkInterval}).");
        }

        if (stableChecks < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(stableChecks), stableChecks, $"{nameof(stableChecks)} must be ≥ 1 (got {stableChecks}).");
        }

        if (minimumIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumIterations), minimumIterations, $"{nameof(minimumIterations)} must be ≥ 1 (got {minimumIterations}).");
        }

        Percentiles = p;
        RelativeTolerance = relativeTolerance;
        CheckInterval = checkInterval;
        StableChecks = stableChecks;
        MinimumIterations = minimumIterations;
    }

    /// <summary>Gets the watched percentiles.</summary>
    public ImmutableArray<double> Percentiles { get; }

    /// <summary>Gets the relative tolerance.</summary>
    public double RelativeTolerance { get; }

    /// <summary>Gets the iterations between checks.</summary>
    public int CheckInterval { get; }

    /// <summary>Gets the consecutive stable checks required.</summary>
    public int StableChecks { get; }

    /// <summary>Gets the minimum number of iterations.</summary>
    public int MinimumIterations { get; }
}

/// <summary>Progress of a running simulation.</summary>
/// <param name="CompletedIterations">Iterations finished so far.</param>
/// <param name="TotalIterations">Iterations planned (the maximum with a convergence rule).</param>
public readonly record struct SimulationProgress(int CompletedIterations, int TotalIterations);
