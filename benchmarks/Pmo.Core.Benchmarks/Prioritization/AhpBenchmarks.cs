using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using Pmo.Core.Prioritization.Ahp;

namespace Pmo.Core.Benchmarks.Prioritization;

/// <summary>
/// AHP on a 15 × 15 pairwise matrix of random Saaty-scale judgements: the allocation-free eigenvector kernel
/// (<see cref="AhpAnalysis.PrincipalEigenvector"/>) and the full analysis (<see cref="AhpAnalysis.Analyze"/>: priorities,
/// λmax, CI, CR, GCI, hints) against MathNet's dense eigen decomposition (the baseline) and a naive power iteration that
/// allocates jagged arrays every step. <see cref="Judgements"/>: <c>Random</c> draws every judgement independently from
/// the odd Saaty values (CR ≈ 1, the slowest case for power iteration); <c>NearConsistent</c> rounds
/// <c>wᵢ/wⱼ</c> of a random weight vector to the nearest 1–9 value or reciprocal (CR well under 0.1, the usual case).
/// </summary>
[MemoryDiagnoser]
public class AhpBenchmarks
{
    private const int N = 15;
    private static readonly double[] Scale = [1.0 / 9, 1.0 / 7, 1.0 / 5, 1.0 / 3, 1, 3, 5, 7, 9];
    private readonly double[] priorities = new double[N];
    private readonly double[] scratch = new double[N];
    private double[] flat = [];
    private double[][] jagged = [];
    private PairwiseMatrix matrix = null!;
    private Matrix<double> dense = null!;

    /// <summary>Gets or sets how the judgements are drawn.</summary>
    [Params("Random", "NearConsistent")]
    public string Judgements { get; set; } = "Random";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        double[] upper = new double[N * (N - 1) / 2];
        double[] weights = [.. Enumerable.Range(0, N).Select(_ => 1 + (3 * random.NextDouble()))];
        int k = 0;
        for (int i = 0; i < N; i++)
        {
            for (int j = i + 1; j < N; j++, k++)
            {
                if (Judgements == "Random")
                {
                    upper[k] = Scale[random.Next(Scale.Length)];
                }
                else
                {
                    double ratio = Math.Clamp(weights[i] / weights[j], 1.0 / 9, 9);
                    upper[k] = ratio >= 1 ? Math.Round(ratio) : 1 / Math.Round(1 / ratio);
                }
            }
        }

        matrix = PairwiseMatrix.FromUpperTriangle(upper);
        double[,] a = matrix.ToArray();
        flat = [.. a.Cast<double>()];
        jagged = [.. Enumerable.Range(0, N).Select(i => Enumerable.Range(0, N).Select(j => a[i, j]).ToArray())];
        dense = Matrix<double>.Build.DenseOfArray(a);
    }

    [Benchmark(Baseline = true)]
    public double MathNetDenseEvd()
    {
        var evd = dense.Evd();
        int best = 0;
        for (int k = 1; k < N; k++)
        {
            if (evd.EigenValues[k].Real > evd.EigenValues[best].Real)
            {
                best = k;
            }
        }

        Vector<double> v = evd.EigenVectors.Column(best);
        return v[0] / v.Sum();
    }

    [Benchmark]
    public double NaivePowerIteration()
    {
        double[] w = [.. Enumerable.Repeat(1.0 / N, N)];
        for (int it = 0; it < 10_000; it++)
        {
            double[] y = [.. jagged.Select(row => row.Zip(w, (x, z) => x * z).Sum())];
            double s = y.Sum();
            double[] next = [.. y.Select(v => v / s)];
            double diff = next.Zip(w, (x, z) => Math.Abs(x - z)).Max();
            w = next;
            if (diff <= 1e-12)
            {
                break;
            }
        }

        return w[0];
    }

    [Benchmark]
    public double EigenvectorKernel()
    {
        AhpAnalysis.PrincipalEigenvector(flat, N, priorities, scratch, out double lambda, out _);
        return lambda;
    }

    [Benchmark]
    public double FullAnalysis() => AhpAnalysis.Analyze(matrix).ConsistencyRatio!.Value;

    [Benchmark]
    public double RowGeometricMeanAnalysis() => AhpAnalysis.Analyze(matrix, new AhpOptions(AhpPriorityMethod.RowGeometricMean, AhpLambdaMaxMethod.Approximate)).ConsistencyRatio!.Value;
}
