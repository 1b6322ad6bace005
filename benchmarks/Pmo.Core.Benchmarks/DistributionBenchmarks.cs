using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MathNet.Numerics.Distributions;
using Pmo.Core.Common;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Benchmarks;

/// <summary>
/// Batch quantiles of 1,000,000 values, as the simulation engine calls them (spans of 256 u's strictly inside (0, 1)):
/// Beta-PERT (0, 3, 10) fast table against MathNet's <c>BetaScaled.PERT</c> (its sampler <c>Samples</c>, baseline, and
/// its inverse CDF per value), the Beta-PERT table build (a new instance and its first quantile), and the vectorised
/// triangular quantile against MathNet's <c>Triangular.Samples</c>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DistributionBenchmarks
{
    private const int Count = 1_000_000;
    private const int Chunk = 256;
    private readonly double[] u = new double[Count];
    private readonly double[] x = new double[Count];
    private BetaPertDistribution pert = null!;
    private TriangularDistribution triangular = null!;
    private BetaScaled mathNetPert = null!;
    private Triangular mathNetTriangular = null!;
    private int builds;

    [GlobalSetup]
    public void Setup()
    {
        var rng = Xoshiro256StarStar.FromSeed(42);
        for (int i = 0; i < Count; i++)
        {
            u[i] = ((rng.NextUInt64() >> 11) + 0.5) * Math.ScaleB(1.0, -53);
        }

        pert = new BetaPertDistribution(0, 3, 10);
        pert.Quantile(0.5); // build the table outside the measurement
        triangular = new TriangularDistribution(0, 3, 10);
        mathNetPert = BetaScaled.PERT(0, 10, 3, new Random(1));
        mathNetTriangular = new Triangular(0, 10, 3, new Random(1));
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("BetaPert")]
    public double BetaPertMathNetSamples()
    {
        mathNetPert.Samples(x);
        return x[^1];
    }

    [Benchmark]
    [BenchmarkCategory("BetaPert")]
    public double BetaPertMathNetInverseCdf()
    {
        for (int i = 0; i < Count; i++)
        {
            x[i] = mathNetPert.InverseCumulativeDistribution(u[i]);
        }

        return x[^1];
    }

    [Benchmark]
    [BenchmarkCategory("BetaPert")]
    public double BetaPertFastQuantiles()
    {
        for (int i = 0; i < Count; i += Chunk)
        {
            pert.QuantilesCore(u.AsSpan(i, Math.Min(Chunk, Count - i)), x.AsSpan(i, Math.Min(Chunk, Count - i)));
        }

        return x[^1];
    }

    [Benchmark(OperationsPerInvoke = 100)]
    [BenchmarkCategory("BetaPertBuild")]
    public double BetaPertTableBuild()
    {
        double sum = 0;
        for (int k = 0; k < 100; k++)
        {
            builds++;
            sum += new BetaPertDistribution(0, 1 + ((builds % 97) / 100.0), 10).Quantile(0.3);
        }

        return sum;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Triangular")]
    public double TriangularMathNetSamples()
    {
        mathNetTriangular.Samples(x);
        return x[^1];
    }

    [Benchmark]
    [BenchmarkCategory("Triangular")]
    public double TriangularQuantiles()
    {
        for (int i = 0; i < Count; i += Chunk)
        {
            triangular.QuantilesCore(u.AsSpan(i, Math.Min(Chunk, Count - i)), x.AsSpan(i, Math.Min(Chunk, Count - i)));
        }

        return x[^1];
    }
}
