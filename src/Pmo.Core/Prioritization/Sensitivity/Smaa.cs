using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Pmo.Core.Common;

namespace Pmo.Core.Prioritization;

/// <summary>
/// Stochastic multicriteria acceptability analysis (SMAA-2) over missing or imprecise weights: Monte Carlo weight
/// samples, rank-acceptability indices, central weight vectors and holistic acceptability.
/// </summary>
/// <remarks>
/// <para>
/// For each sampled weight vector w the method's preference values are computed (with the scorer of
/// <see cref="IMcdaMethod.Prepare"/>) and the alternatives are ranked, ties broken by input order. The rank-acceptability
/// index b_i^r is the share of samples in which alternative i takes rank r; the central weight vector w_i^c is the mean of
/// the samples in which i ranks first; the holistic acceptability is a_i^h = Σ_r α_r b_i^r with the linear meta-weights
/// α_r = (m − r)/(m − 1) (α_1 = 1, α_m = 0; 1 when m = 1) (Lahdelma, R. and Salminen, P., 2001, "SMAA-2: Stochastic
/// multicriteria acceptability analysis for group decision making", Operations Research 49(3):444–454; Tervonen, T. and
/// Lahdelma, R., 2007, "Implementing stochastic multicriteria acceptability analysis", EJOR 178(2):500–513). The
/// criterion values are taken as exact, so confidence factors (which need uncertain criterion values) are not computed.
/// </para>
/// <para>
/// Determinism: samples are split into fixed blocks of 1,024, each with its own xoshiro256** stream (the master stream
/// jumped 2^128 steps per block), so each sample's weights depend only on the seed and its index. Rank counts are
/// integers (their merge order does not matter) and the central-weight sums are merged in block order, so every degree of
/// parallelism gives bit-identical results.
/// </para>
/// <para>
/// Ranking per sample: a stable bucket sort of the preference values into 2m equal-width buckets between their minimum
/// and maximum, then an exact insertion sort (value, then index) inside each bucket, falling back to an introsort with
/// an index tie-fix for a bucket of more than 32; expected O(m) per sample for spread-out values, with reused buffers
/// and no allocation.
/// </para>
/// </remarks>
public static class Smaa
{
    private const int BlocksPerWave = 16;

    /// <summary>Runs SMAA-2 over the weight distribution of <paramref name="options"/>.</summary>
    /// <param name="method">The MCDA method.</param>
    /// <param name="matrix">The decision matrix.</param>
    /// <param name="options">The options, or null for the defaults (10,000 uniform samples, seed 0, all processors).</param>
    /// <param name="progress">Receives the samples done out of <see cref="SmaaOptions.Samples"/> after every block of 1,024 samples (optional; see <see cref="WorkProgress"/>).</param>
    /// <param name="cancellationToken">Cancels the run between blocks.</param>
    /// <returns>The acceptability indices.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> or <paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentException">The weight bounds do not match the matrix's criteria (paramName <c>options</c>); under bounded weights, a sample needed more than <see cref="SmaaOptions.MaxRejectionsPerSample"/> draws.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (paramName <c>options</c>).</exception>
    /// <exception cref="InvalidOperationException">The method's scorer returned a non-finite preference value.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    [Pure]
    public static SmaaResult Run(IMcdaMethod method, DecisionMatrix matrix, SmaaOptions? options = null, IProgress<WorkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(matrix);
        options ??= new SmaaOptions();
        Validate(options, matrix);
        IMcdaScorer scorer = method.Prepare(matrix);
        int m = matrix.AlternativeCount;
        int n = matrix.CriterionCount;
        int samples = options.Samples;
        int blocks = RandomStreams.BlockCount(samples);
        Xoshiro256StarStar[] generators = RandomStreams.ForBlocks(options.Seed, blocks, cancellationToken: cancellationToken);
        int degree = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount;

        var pool = new ConcurrentStack<Worker>();
        var workers = new ConcurrentBag<Worker>();
        double[] centralSum = new double[m * n];
        double[][] blockSums = new double[Math.Min(BlocksPerWave, blocks)][];
        long[] blockRejections = new long[blocks];
        bool exhausted = false;
        long done = 0;

        Worker Rent()
        {
            if (!pool.TryPop(out Worker? w))
            {
                w = new Worker(m, n);
                workers.Add(w);
            }

            return w;
        }

        void RunBlock(int b, int slot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Worker worker = Rent();
            try
            {
                double[] sums = blockSums[slot] ??= new double[m * n];
                Array.Clear(sums);
                int first = b * RandomStreams.TrialsPerBlock;
                int count = Math.Min(RandomStreams.TrialsPerBlock, samples - first);
                if (!worker.RunBlock(scorer, options.Weights, options.MaxRejectionsPerSample, count, ref generators[b], sums, out blockRejections[b], cancellationToken))
                {
                    Volatile.Write(ref exhausted, true);
                }
                else
                {
                    progress?.Report(new WorkProgress(Interlocked.Add(ref done, count), samples));
                }
            }
            finally
            {
                pool.Push(worker);
            }
        }

        for (int wave = 0; wave < blocks; wave += BlocksPerWave)
        {
            int end = Math.Min(blocks, wave + BlocksPerWave);
            if (degree <= 1 || end - wave == 1)
            {
                for (int b = wave; b < end; b++)
                {
                    RunBlock(b, b - wave);
                }
            }
            else
            {
                int start = wave;
                try
                {
                    Parallel.For(start, end, new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken }, b => RunBlock(b, b - start));
                }
                catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                    throw;
                }
            }

            if (Volatile.Read(ref exhausted))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"A weight sample needed more than {options.MaxRejectionsPerSample} draws from the simplex to satisfy the bounds: the bounded region is too small for rejection sampling; widen the bounds or raise MaxRejectionsPerSample."),
                    nameof(options));
            }

            // Merge in block order: bit-identical whatever the thread count.
            for (int b = wave; b < end; b++)
            {
                double[] sums = blockSums[b - wave];
                for (int x = 0; x < sums.Length; x++)
                {
                    centralSum[x] += sums[x];
                }
            }
        }

        long[] counts = new long[m * m];
        foreach (Worker w in workers)
        {
            for (int x = 0; x < counts.Length; x++)
            {
                counts[x] += w.Counts[x];
            }
        }

        return new SmaaResult(method.Name, matrix, options, counts, centralSum, blockRejections.Sum());
    }

    private static void Validate(SmaaOptions options, DecisionMatrix matrix)
    {
        if (options.Samples < 1 || options.Samples > 100_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Samples, $"options.Samples must lie in [1, 100000000] (got {options.Samples}).");
        }

        if (options.MaxDegreeOfParallelism is int d && d < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), d, $"options.MaxDegreeOfParallelism must be at least 1 or null (got {d}).");
        }

        if (options.MaxRejectionsPerSample < 1 || options.MaxRejectionsPerSample > 10_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxRejectionsPerSample, $"options.MaxRejectionsPerSample must lie in [1, 10000000] (got {options.MaxRejectionsPerSample}).");
        }

        if (options.Weights is null)
        {
            throw new ArgumentException("options.Weights must not be null.", nameof(options));
        }

        if (!options.Weights.IsUniform && options.Weights.Lower.Length != matrix.CriterionCount)
        {
            throw new ArgumentException($"options.Weights has bounds for {options.Weights.Lower.Length} criteria but the matrix has {matrix.CriterionCount}.", nameof(options));
        }
    }

    /// <summary>Per-thread buffers and integer rank counts.</summary>
    private sealed class Worker
    {
        private const int LargeBucket = 32;

        // Rank counting is batched: each sample's rank of every alternative goes into ranks[b·m + i], and every RankBatch
        // samples the counts are updated alternative by alternative (row i of Counts takes RankBatch increments while it
        // is in cache) instead of m scattered increments per sample, one per row of the m × m table.
        private const int RankBatch = 32;
        private readonly int[] ranks;

        private readonly int m;
        private readonly double[] weights;
        private readonly double[] preferences;
        private readonly int[] order;
        private readonly double[] keys;
        private readonly double[] sortedKeys;
        private readonly int[] bucketOf;
        private readonly int[] bucketEnd;

        public Worker(int alternatives, int criteria)
        {
            m = alternatives;
            weights = new double[criteria];
            preferences = new double[alternatives];
            order = new int[alternatives];
            keys = new double[alternatives];
            sortedKeys = new double[alternatives];
            bucketOf = new int[alternatives];
            bucketEnd = new int[(2 * alternatives) + 1];
            Counts = new int[alternatives * alternatives];
            ranks = new int[RankBatch * alternatives];
        }

        /// <summary>Gets the counts, alternative-major: Counts[i·m + r] = samples with alternative i at rank r + 1 (at most 10^8 samples, so int does not overflow).</summary>
        public int[] Counts { get; }

        public bool RunBlock(IMcdaScorer scorer, SmaaWeightDistribution distribution, int maxRejections, int count, ref Xoshiro256StarStar rng, double[] centralSums, out long rejections, CancellationToken cancellationToken)
        {
            rejections = 0;
            int n = weights.Length;
            bool higher = scorer.HigherIsBetter;
            int[] counts = Counts;
            for (int s = 0; s < count; s++)
            {
                if ((s & 63) == 63)
                {
                    // A block of 1,024 samples over thousands of alternatives can take longer than 100 ms.
                    cancellationToken.ThrowIfCancellationRequested();
                }

                int draws = 0;
                while (true)
                {
                    DrawSimplex(ref rng, weights);
                    if (distribution.IsUniform || WithinBounds(distribution, weights))
                    {
                        break;
                    }

                    rejections++;
                    if (++draws >= maxRejections)
                    {
                        return false;
                    }
                }

                scorer.Score(weights, preferences);
                Rank(higher);
                int slot = s % RankBatch;
                Span<int> rankOf = ranks.AsSpan(slot * m, m);
                for (int r = 0; r < m; r++)
                {
                    rankOf[order[r]] = r;
                }

                if (slot == RankBatch - 1 || s == count - 1)
                {
                    FlushRanks(counts, slot + 1);
                }

                int best = order[0];
                for (int j = 0; j < n; j++)
                {
                    centralSums[(best * n) + j] += weights[j];
                }
            }

            return true;
        }

        private void FlushRanks(int[] counts, int batch)
        {
            for (int i = 0; i < m; i++)
            {
                Span<int> row = counts.AsSpan(i * m, m);
                for (int b = 0; b < batch; b++)
                {
                    row[ranks[(b * m) + i]]++;
                }
            }
        }

        /// <summary>Uniform on the simplex: normalised exponentials −ln U with U in (0, 1), so every weight is positive.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void DrawSimplex(ref Xoshiro256StarStar rng, double[] w)
        {
            double sum = 0;
            for (int j = 0; j < w.Length; j++)
            {
                double u = ((rng.NextUInt64() >> 12) + 0.5) * (1.0 / (1UL << 52));
                double e = -Math.Log(u);
                w[j] = e;
                sum += e;
            }

            double inverse = 1 / sum;
            for (int j = 0; j < w.Length; j++)
            {
                w[j] *= inverse;
            }
        }

        private static bool WithinBounds(SmaaWeightDistribution d, double[] w)
        {
            ReadOnlySpan<double> lo = d.Lower.AsSpan();
            ReadOnlySpan<double> hi = d.Upper.AsSpan();
            for (int j = 0; j < w.Length; j++)
            {
                if (w[j] < lo[j] || w[j] > hi[j])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Fills <see cref="order"/> with the alternatives best first, ties in input order. Keys are k_i = −p_i when higher
        /// is better, p_i otherwise (negation is exact), so ascending keys are best first. A stable bucket sort scatters the
        /// keys into 2m equal-width buckets between their minimum and maximum (the bucket index is a monotone function of
        /// the key, so equal keys share a bucket and keep input order); each bucket is then sorted exactly, by insertion
        /// (on contiguous keys) when small and by introsort plus an index tie-fix when larger than 32.
        /// </summary>
        private void Rank(bool higherIsBetter)
        {
            double[] p = preferences;
            double[] k = keys;
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            for (int i = 0; i < m; i++)
            {
                double v = p[i];
                if (!double.IsFinite(v))
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The method's scorer returned a non-finite preference ({v}) for alternative {i}."));
                }

                double key = higherIsBetter ? -v : v;
                k[i] = key;
                min = Math.Min(min, key);
                max = Math.Max(max, key);
            }

            if (max == min)
            {
                for (int i = 0; i < m; i++)
                {
                    order[i] = i;
                }

                return;
            }

            int buckets = 2 * m;
            double scale = (buckets - 1) / (max - min);
            if (!double.IsFinite(scale))
            {
                scale = double.MaxValue / 4; // a range near the smallest subnormal: buckets stay monotone, the exact sort does the rest
            }

            int[] end = bucketEnd;
            Array.Clear(end);
            for (int i = 0; i < m; i++)
            {
                int b = (int)Math.Min(buckets - 1, (k[i] - min) * scale);
                bucketOf[i] = b;
                end[b + 1]++;
            }

            for (int b = 0; b < buckets; b++)
            {
                end[b + 1] += end[b];
            }

            double[] sorted = sortedKeys;
            for (int i = 0; i < m; i++)
            {
                int position = end[bucketOf[i]]++;
                order[position] = i;
                sorted[position] = k[i];
            }

            // Now end[b] is the end of bucket b (and the start of bucket b + 1).
            int lo = 0;
            for (int b = 0; b < buckets && lo < m; b++)
            {
                int hi = end[b];
                int size = hi - lo;
                if (size > LargeBucket)
                {
                    SortLargeBucket(sorted.AsSpan(lo, size), order.AsSpan(lo, size));
                }
                else if (size > 1)
                {
                    for (int a = lo + 1; a < hi; a++)
                    {
                        double v = sorted[a];
                        if (sorted[a - 1] <= v)
                        {
                            continue; // already in place; an equal key (smaller index, from the stable scatter) stays ahead
                        }

                        int item = order[a];
                        int c = a - 1;
                        while (c >= lo && sorted[c] > v)
                        {
                            sorted[c + 1] = sorted[c];
                            order[c + 1] = order[c];
                            c--;
                        }

                        sorted[c + 1] = v;
                        order[c + 1] = item;
                    }
                }

                lo = hi;
            }
        }

        /// <summary>Sorts a large bucket by key (introsort, not stable), then restores input order inside runs of equal keys.</summary>
        private static void SortLargeBucket(Span<double> sorted, Span<int> items)
        {
            sorted.Sort(items);
            int start = 0;
            while (start < sorted.Length)
            {
                int stop = start + 1;
                while (stop < sorted.Length && sorted[stop] == sorted[start])
                {
                    stop++;
                }

                if (stop - start > 1)
                {
                    items[start..stop].Sort();
                }

                start = stop;
            }
        }
    }
}

/// <summary>The result of an <see cref="Smaa"/> run. Immutable.</summary>
public sealed class SmaaResult
{
    private readonly double[] acceptability;

    internal SmaaResult(string method, DecisionMatrix matrix, SmaaOptions options, long[] counts, double[] centralSums, long rejections)
    {
        int m = matrix.AlternativeCount;
        int n = matrix.CriterionCount;
        Method = method;
        Matrix = matrix;
        Samples = options.Samples;
        Seed = options.Seed;
        WeightDistribution = options.Weights;
        RejectedDraws = rejections;
        acceptability = new double[m * m];
        for (int x = 0; x < counts.Length; x++)
        {
            acceptability[x] = (double)counts[x] / options.Samples;
        }

        // Both arrays are fresh and owned by this result: wrap them without copying (m² can be a million entries).
        RankCounts = ImmutableCollectionsMarshal.AsImmutableArray(counts);
        RankAcceptabilities = ImmutableCollectionsMarshal.AsImmutableArray(acceptability);
        var central = ImmutableArray.CreateBuilder<ImmutableArray<double>>(m);
        var holistic = ImmutableArray.CreateBuilder<double>(m);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        for (int i = 0; i < m; i++)
        {
            long firsts = counts[i * m];
            if (firsts == 0)
            {
                central.Add([]);
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "CentralWeights", $"Alternative '{matrix.Alternatives[i]}' never ranked first, so it has no central weight vector."));
            }
            else
            {
                double[] c = new double[n];
                for (int j = 0; j < n; j++)
                {
                    c[j] = centralSums[(i * n) + j] / firsts;
                }

                central.Add([.. c]);
            }

            double h = 0;
            for (int r = 0; r < m; r++)
            {
                double alpha = m == 1 ? 1 : (double)(m - 1 - r) / (m - 1);
                h += alpha * acceptability[(i * m) + r];
            }

            holistic.Add(h);
        }

        CentralWeights = central.MoveToImmutable();
        HolisticAcceptability = holistic.MoveToImmutable();
        Diagnostics = diagnostics.ToImmutable();
    }

    /// <summary>Gets the method's display name.</summary>
    public string Method { get; }

    /// <summary>Gets the evaluated matrix.</summary>
    public DecisionMatrix Matrix { get; }

    /// <summary>Gets the number of weight samples.</summary>
    public int Samples { get; }

    /// <summary>Gets the seed.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the weight distribution sampled.</summary>
    public SmaaWeightDistribution WeightDistribution { get; }

    /// <summary>Gets the number of simplex draws rejected for lying outside the bounds (0 for uniform weights).</summary>
    public long RejectedDraws { get; }

    /// <summary>Gets the rank-acceptability indices b_i^r, alternatives × ranks row-major: index i·m + (r − 1).</summary>
    public ImmutableArray<double> RankAcceptabilities { get; }

    /// <summary>Gets the number of samples in which each alternative took each rank, alternatives × ranks row-major.</summary>
    public ImmutableArray<long> RankCounts { get; }

    /// <summary>Gets each alternative's central weight vector (the mean weights of the samples in which it ranks first), or an empty array when it never ranks first (see <see cref="Diagnostics"/>).</summary>
    public ImmutableArray<ImmutableArray<double>> CentralWeights { get; }

    /// <summary>Gets each alternative's holistic acceptability a_i^h = Σ_r (m − r)/(m − 1) b_i^r.</summary>
    public ImmutableArray<double> HolisticAcceptability { get; }

    /// <summary>Gets notes on undefined values (alternatives that never rank first).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the rank-acceptability index b_i^r.</summary>
    /// <param name="alternative">The alternative's row index.</param>
    /// <param name="rank">The rank, 1 = best.</param>
    /// <returns>The share of samples in which the alternative took that rank.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    [Pure]
    public double RankAcceptability(int alternative, int rank)
    {
        int m = Matrix.AlternativeCount;
        ArgumentOutOfRangeException.ThrowIfNegative(alternative);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(alternative, m);
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rank, m);
        return acceptability[(alternative * m) + rank - 1];
    }

    /// <summary>Gets the first-rank acceptability b_i^1 of an alternative by id.</summary>
    /// <param name="alternative">The alternative's id.</param>
    /// <returns>The share of samples in which it ranked first.</returns>
    /// <exception cref="KeyNotFoundException">No alternative has that id.</exception>
    [Pure]
    public double FirstRankAcceptability(string alternative) => RankAcceptability(Matrix.IndexOfAlternative(alternative), 1);
}
