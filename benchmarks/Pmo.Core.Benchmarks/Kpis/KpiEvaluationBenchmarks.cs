using BenchmarkDotNet.Attributes;
using NodaTime;
using Pmo.Core.Kpis;

namespace Pmo.Core.Benchmarks.Kpis;

/// <summary>
/// Evaluating 100,000 KPI observations (CPI values, about 1 % missing) against RAG bands: the naive per-observation
/// LINQ over a band list that allocates a result object per observation (baseline), the library's batch span path
/// <see cref="KpiEvaluator.ClassifyBatch(KpiDefinition, ReadOnlySpan{double}, LocalDate, Span{int})"/> for absolute and
/// percent-of-target bands, and the scalar <see cref="BandSet.ClassifyRank"/> in a loop.
/// </summary>
[MemoryDiagnoser]
public class KpiEvaluationBenchmarks
{
    private static readonly LocalDate Date = new(2025, 6, 30);
    private readonly KpiDefinition absolute = KpiLibrary.CostPerformanceIndex();
    private readonly KpiDefinition percentOfTarget = KpiLibrary.CycleTime(TargetSeries.Constant(1.0));
    private double[] values = [];
    private int[] ranks = [];
    private NaiveBand[] naiveBands = [];

    /// <summary>Gets or sets the number of observations.</summary>
    [Params(100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        values = new double[N];
        for (int i = 0; i < N; i++)
        {
            values[i] = i % 101 == 0 ? double.NaN : 0.7 + (random.NextDouble() * 0.5);
        }

        ranks = new int[N];
        naiveBands =
        [
            new NaiveBand(double.NegativeInfinity, false, 0.90, false, "red"),
            new NaiveBand(0.90, true, 0.95, false, "amber"),
            new NaiveBand(0.95, true, double.PositiveInfinity, false, "green"),
        ];
    }

    /// <summary>What a typical application writes: per observation, LINQ over the band list and a new result object.</summary>
    [Benchmark(Baseline = true)]
    public List<NaiveResult> NaiveLinq()
    {
        var results = new List<NaiveResult>();
        foreach (double v in values)
        {
            NaiveBand? band = naiveBands.Where(b => b.Contains(v)).FirstOrDefault();
            results.Add(new NaiveResult(v, band?.Status ?? "unknown"));
        }

        return results;
    }

    /// <summary>The scalar classifier in a plain loop.</summary>
    [Benchmark]
    public int[] ScalarLoop()
    {
        BandSet bands = absolute.Bands!;
        for (int i = 0; i < values.Length; i++)
        {
            ranks[i] = bands.ClassifyRank(values[i]);
        }

        return ranks;
    }

    /// <summary>The library's batch path, absolute bands (vectorised band index).</summary>
    [Benchmark]
    public int[] BatchAbsolute()
    {
        KpiEvaluator.ClassifyBatch(absolute, values, Date, ranks);
        return ranks;
    }

    /// <summary>The library's batch path, percent-of-target bands (x / t in 512-value chunks on the stack, then classified).</summary>
    [Benchmark]
    public int[] BatchPercentOfTarget()
    {
        KpiEvaluator.ClassifyBatch(percentOfTarget, values, Date, ranks);
        return ranks;
    }

    /// <summary>A band of the naive baseline.</summary>
    public sealed record NaiveBand(double Lower, bool LowerInclusive, double Upper, bool UpperInclusive, string Status)
    {
        public bool Contains(double x) =>
            (LowerInclusive ? x >= Lower : x > Lower) && (UpperInclusive ? x <= Upper : x < Upper);
    }

    /// <summary>A result of the naive baseline.</summary>
    public sealed record NaiveResult(double Value, string Status);
}
