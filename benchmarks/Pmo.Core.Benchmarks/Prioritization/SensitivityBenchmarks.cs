using BenchmarkDotNet.Attributes;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Benchmarks.Prioritization;

/// <summary>
/// SMAA-2 with 10,000 uniform weight samples over 1,000 alternatives × 10 criteria (the bar: vectorised numpy on
/// one core, about 0.6 s). <see cref="Smaa.Run"/> on one core and on all cores, against a naive loop that allocates the
/// weights and scores per sample and ranks with LINQ OrderBy. The MCDA method is the production <see cref="WeightedSum"/>
/// (min-max normalisation), whose prepared scorer adds w_j × column j across alternatives with Vector&lt;double&gt;.
/// </summary>
[MemoryDiagnoser]
public class SensitivityBenchmarks
{
    private const int Samples = 10_000;
    private DecisionMatrix matrix = null!;
    private WeightedSum method = null!;

    [Params(1000)]
    public int Alternatives { get; set; }

    [Params(10)]
    public int Criteria { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        double[] values = new double[Alternatives * Criteria];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = random.NextDouble() * 100;
        }

        matrix = DecisionMatrix.FromRowMajor(
            Enumerable.Range(0, Alternatives).Select(i => "P" + i),
            Enumerable.Range(0, Criteria).Select(j => j % 3 == 0 ? Criterion.Cost("c" + j) : Criterion.Benefit("c" + j)),
            values);
        method = new WeightedSum();
    }

    /// <summary>Naive: a new weight array and score array per sample (System.Random exponentials), ranks by LINQ OrderBy.</summary>
    [Benchmark(Baseline = true)]
    public long[] NaiveLinq()
    {
        var random = new Random(1);
        IMcdaScorer scorer = method.Prepare(matrix);
        int m = Alternatives;
        long[] counts = new long[m * m];
        for (int s = 0; s < Samples; s++)
        {
            double[] e = Enumerable.Range(0, Criteria).Select(_ => -Math.Log(1 - random.NextDouble())).ToArray();
            double sum = e.Sum();
            double[] w = e.Select(x => x / sum).ToArray();
            double[] p = new double[m];
            scorer.Score(w, p);
            int[] order = [.. Enumerable.Range(0, m).OrderByDescending(i => p[i])];
            for (int r = 0; r < m; r++)
            {
                counts[(order[r] * m) + r]++;
            }
        }

        return counts;
    }

    /// <summary><see cref="Smaa.Run"/> on the calling thread.</summary>
    [Benchmark]
    public SmaaResult SmaaOneCore() => Smaa.Run(method, matrix, new SmaaOptions { Samples = Samples, Seed = 1, MaxDegreeOfParallelism = 1 });

    /// <summary><see cref="Smaa.Run"/> on every core.</summary>
    [Benchmark]
    public SmaaResult SmaaAllCores() => Smaa.Run(method, matrix, new SmaaOptions { Samples = Samples, Seed = 1 });
}
