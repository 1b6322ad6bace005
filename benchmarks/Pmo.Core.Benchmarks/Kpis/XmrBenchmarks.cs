using BenchmarkDotNet.Attributes;
using Pmo.Core.Kpis.Spc;

namespace Pmo.Core.Benchmarks.Kpis;

/// <summary>
/// A 1,000,000-point XmR chart evaluated with all eight Nelson tests: the naive baseline (every rule re-scans its
/// window with LINQ at every point, <c>NaiveSpcRules.Nelson</c>) against <see cref="SpcRules.Evaluate"/> (one linear
/// pass per rule over spans, allocation only for the signal list). The chart itself (limits) is computed in setup and,
/// separately, timed by <see cref="ComputeChart"/>.
/// </summary>
[MemoryDiagnoser]
public class XmrBenchmarks
{
    private const int Points = 1_000_000;

    private double[] values = [];
    private XmrChartResult chart = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A stable process (sum of uniforms ≈ normal, mean 100, sd ≈ 5) with a sustained shift of 1.5 sd every
        // 10,000 points for 500 points, so every rule has something to find.
        var random = new Random(11);
        values = new double[Points];
        for (int i = 0; i < Points; i++)
        {
            double z = 0;
            for (int k = 0; k < 12; k++)
            {
                z += random.NextDouble();
            }

            values[i] = 100 + (5 * (z - 6)) + (i % 10_000 < 500 ? 7.5 : 0);
        }

        chart = XmrChart.Compute(values);
    }

    [Benchmark(Baseline = true)]
    public int NaiveLinqNelson() => NaiveSpcRules.Nelson(values, chart.Phases[0], ImprovementDirection.Increase).Count;

    [Benchmark]
    public int FastNelson() => SpcRules.Evaluate(chart, SpcRuleSets.Nelson, ImprovementDirection.Increase).Signals.Length;

    [Benchmark]
    public int ComputeChart() => XmrChart.Compute(values).Phases.Length;
}
