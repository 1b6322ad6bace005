using BenchmarkDotNet.Attributes;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Benchmarks.Prioritization;

/// <summary>Random decision matrices for the MCDA benchmarks (values uniform in [1, 1000), every fourth criterion a cost).</summary>
internal static class McdaData
{
    public static DecisionMatrix Matrix(int n, int m, int seed)
    {
        var random = new Random(seed);
        double[] x = new double[n * m];
        for (int k = 0; k < x.Length; k++)
        {
            x[k] = 1 + (random.NextDouble() * 999);
        }

        return DecisionMatrix.FromRowMajor(
            Enumerable.Range(0, n).Select(i => "p" + i),
            Enumerable.Range(0, m).Select(j => new Criterion("c" + j, j % 4 == 3 ? CriterionDirection.Cost : CriterionDirection.Benefit)),
            x);
    }

    public static CriteriaWeights Weights(int m, int seed)
    {
        var random = new Random(seed);
        return CriteriaWeights.Create([.. Enumerable.Range(0, m).Select(_ => 0.1 + random.NextDouble())], WeightPolicy.Normalize);
    }
}

/// <summary>
/// TOPSIS (vector normalisation) on 10,000 alternatives × 20 criteria. Baseline: a straightforward textbook version on
/// jagged arrays (a pass per step, LINQ for the ideal points, a new array per step). Beside it the library's full
/// <see cref="Topsis.Evaluate"/> (result with the normalised matrix, ideal points, distances and the ranking; the
/// weighted matrix is computed only when read) and the prepared
/// <see cref="IMcdaScorer.Score"/> kernel that sensitivity analysis and SMAA call once per weight vector.
/// </summary>
[MemoryDiagnoser]
public class TopsisBenchmarks
{
    private const int N = 10_000;
    private const int M = 20;
    private DecisionMatrix matrix = null!;
    private CriteriaWeights weights = null!;
    private double[][] rows = [];
    private bool[] benefit = [];
    private IMcdaScorer scorer = null!;
    private double[] preferences = [];

    [GlobalSetup]
    public void Setup()
    {
        matrix = McdaData.Matrix(N, M, 42);
        weights = McdaData.Weights(M, 43);
        rows = [.. Enumerable.Range(0, N).Select(i => matrix.Row(i).ToArray())];
        benefit = [.. matrix.Criteria.Select(c => c.Direction == CriterionDirection.Benefit)];
        scorer = new Topsis().Prepare(matrix);
        preferences = new double[N];
    }

    /// <summary>Naive textbook TOPSIS: normalise, weight, ideal points with LINQ, distances, closeness, one array per step.</summary>
    [Benchmark(Baseline = true)]
    public double[] Naive()
    {
        double[] norms = [.. Enumerable.Range(0, M).Select(j => Math.Sqrt(rows.Sum(r => r[j] * r[j])))];
        double[][] v = [.. rows.Select(r => r.Select((x, j) => weights[j] * x / norms[j]).ToArray())];
        double[] ideal = [.. Enumerable.Range(0, M).Select(j => benefit[j] ? v.Max(r => r[j]) : v.Min(r => r[j]))];
        double[] anti = [.. Enumerable.Range(0, M).Select(j => benefit[j] ? v.Min(r => r[j]) : v.Max(r => r[j]))];
        return [.. v.Select(r =>
        {
            double dp = Math.Sqrt(r.Select((x, j) => (x - ideal[j]) * (x - ideal[j])).Sum());
            double dm = Math.Sqrt(r.Select((x, j) => (x - anti[j]) * (x - anti[j])).Sum());
            return dm / (dp + dm);
        })];
    }

    /// <summary>The library: full result with normalised and weighted matrices, ideal points, distances and ranking.</summary>
    [Benchmark]
    public TopsisResult Evaluate() => new Topsis().Evaluate(matrix, weights);

    /// <summary>The prepared kernel: closeness for one weight vector, no allocation.</summary>
    [Benchmark]
    public double[] ScorerScore()
    {
        scorer.Score(weights.AsSpan(), preferences);
        return preferences;
    }
}

/// <summary>
/// PROMETHEE II (linear preference function q = 20, p = 200 on every criterion, 20 criteria). Baseline: the pairwise
/// definition, O(n²·m) preference evaluations, at n = 2,000 (at n = 10,000 it is 2·10⁹ evaluations, several seconds a
/// call, too slow for a benchmark run). Beside it the library's sorted O(m·n log n) exact algorithm at n = 2,000 and at
/// n = 10,000, and the Gaussian function (pairwise with a cut-off, O(n²) per criterion) at n = 2,000.
/// </summary>
[MemoryDiagnoser]
public class PrometheeBenchmarks
{
    private const int M = 20;
    private DecisionMatrix small = null!;
    private DecisionMatrix large = null!;
    private CriteriaWeights weights = null!;
    private readonly PreferenceFunction linear = PreferenceFunction.Linear(20, 200);

    [GlobalSetup]
    public void Setup()
    {
        small = McdaData.Matrix(2_000, M, 44);
        large = McdaData.Matrix(10_000, M, 45);
        weights = McdaData.Weights(M, 46);
    }

    /// <summary>Naive pairwise net flows at n = 2,000.</summary>
    [Benchmark(Baseline = true)]
    public double[] NaivePairwise2000()
    {
        int n = small.AlternativeCount;
        double[] phi = new double[n];
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++)
            {
                double pi = 0;
                for (int j = 0; j < M; j++)
                {
                    double d = small[a, j] - small[b, j];
                    pi += weights[j] * linear.Evaluate(small.Criteria[j].Direction == CriterionDirection.Benefit ? d : -d);
                }

                phi[a] += pi / (n - 1);
                phi[b] -= pi / (n - 1);
            }
        }

        return phi;
    }

    /// <summary>The library's sorted exact algorithm at n = 2,000.</summary>
    [Benchmark]
    public PrometheeResult Sorted2000() => new Promethee2(linear).Evaluate(small, weights);

    /// <summary>The library's sorted exact algorithm at n = 10,000.</summary>
    [Benchmark]
    public PrometheeResult Sorted10000() => new Promethee2(linear).Evaluate(large, weights);

    /// <summary>Gaussian preference (s = 100) at n = 2,000: pairwise over the sorted column with the exact cut-off.</summary>
    [Benchmark]
    public PrometheeResult Gaussian2000() => new Promethee2(PreferenceFunction.Gaussian(100)).Evaluate(small, weights);
}
