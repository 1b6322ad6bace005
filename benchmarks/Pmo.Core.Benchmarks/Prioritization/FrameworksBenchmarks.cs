using BenchmarkDotNet.Attributes;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Benchmarks.Prioritization;

/// <summary>
/// WSJF over 100,000 backlog items: a naive LINQ version (anonymous objects, OrderByDescending, ToList), the object
/// API <see cref="Wsjf.Evaluate"/> (validation, result arrays, ranking), the span kernel <see cref="Wsjf.Compute"/>
/// into preallocated arrays, and the kernel followed by <see cref="Ranking.FromPreferences"/>.
/// </summary>
[MemoryDiagnoser]
public class WsjfBenchmarks
{
    private const int Count = 100_000;
    private readonly double[] cod = new double[Count];
    private readonly double[] wsjf = new double[Count];
    private double[] ubv = [];
    private double[] tc = [];
    private double[] rroe = [];
    private double[] size = [];
    private WsjfItem[] items = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        double[] fib = [1, 2, 3, 5, 8, 13, 20];
        ubv = [.. Enumerable.Range(0, Count).Select(_ => fib[random.Next(fib.Length)])];
        tc = [.. Enumerable.Range(0, Count).Select(_ => fib[random.Next(fib.Length)])];
        rroe = [.. Enumerable.Range(0, Count).Select(_ => fib[random.Next(fib.Length)])];
        size = [.. Enumerable.Range(0, Count).Select(_ => fib[random.Next(fib.Length)])];
        items = [.. Enumerable.Range(0, Count).Select(i => new WsjfItem($"f{i}", ubv[i], tc[i], rroe[i], size[i]))];
    }

    [Benchmark(Baseline = true)]
    public int NaiveLinq() =>
        Enumerable.Range(0, Count)
            .Select(i => new { Index = i, Cod = ubv[i] + tc[i] + rroe[i], Size = size[i] })
            .Select(x => new { x.Index, x.Cod, Wsjf = x.Cod / x.Size })
            .OrderByDescending(x => x.Wsjf)
            .ThenBy(x => x.Index)
            .ToList()[0].Index;

    [Benchmark]
    public int Evaluate() => new Wsjf().Evaluate(items).Ranking.Order[0];

    [Benchmark]
    public double Kernel()
    {
        Wsjf.Compute(ubv, tc, rroe, size, cod, wsjf);
        return wsjf[0];
    }

    [Benchmark]
    public int KernelAndRanking()
    {
        Wsjf.Compute(ubv, tc, rroe, size, cod, wsjf);
        return Ranking.FromPreferences(wsjf, higherIsBetter: true).Order[0];
    }
}

/// <summary>RICE over 100,000 items: a naive LINQ version (objects, OrderByDescending, ToList) against the span kernel <see cref="Rice.Compute"/> with and without ranking.</summary>
[MemoryDiagnoser]
public class RiceBenchmarks
{
    private const int Count = 100_000;
    private readonly double[] scores = new double[Count];
    private double[] reach = [];
    private double[] impact = [];
    private double[] confidence = [];
    private double[] effort = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(13);
        double[] impacts = [3, 2, 1, 0.5, 0.25];
        double[] confidences = [1.0, 0.8, 0.5];
        reach = [.. Enumerable.Range(0, Count).Select(_ => (double)random.Next(0, 10_000))];
        impact = [.. Enumerable.Range(0, Count).Select(_ => impacts[random.Next(impacts.Length)])];
        confidence = [.. Enumerable.Range(0, Count).Select(_ => confidences[random.Next(confidences.Length)])];
        effort = [.. Enumerable.Range(0, Count).Select(_ => 0.5 + random.Next(0, 24))];
    }

    [Benchmark(Baseline = true)]
    public int NaiveLinq() =>
        Enumerable.Range(0, Count)
            .Select(i => new { Index = i, Score = reach[i] * impact[i] * confidence[i] / effort[i] })
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Index)
            .ToList()[0].Index;

    [Benchmark]
    public double Kernel()
    {
        Rice.Compute(reach, impact, confidence, effort, scores);
        return scores[0];
    }

    [Benchmark]
    public int KernelAndRanking()
    {
        Rice.Compute(reach, impact, confidence, effort, scores);
        return Ranking.FromPreferences(scores, higherIsBetter: true).Order[0];
    }
}
