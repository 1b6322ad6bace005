using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Benchmarks.EarnedValue;

/// <summary>
/// Earned schedule for one million status points on 120-period cumulative PV curves: the naive linear scan
/// (<c>EarnedSchedule.NaiveKernel</c>, baseline) against <see cref="EarnedSchedule.ComputeBatch(ReadOnlySpan{double}, int, ReadOnlySpan{int}, ReadOnlySpan{double}, Span{double})"/>
/// (binary search), for 1,000 distinct curves × 1,000 points each and for a single curve.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EarnedScheduleBenchmarks
{
    private const int Periods = 120;
    private const int CurveLength = Periods + 1;
    private const int Curves = 1_000;
    private const int Points = 1_000_000;

    private double[][] jaggedCurves = [];
    private double[] flatCurves = [];
    private int[] curveIndex = [];
    private double[] manyCurveEv = [];
    private double[] oneCurveEv = [];
    private double[] destination = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        jaggedCurves = new double[Curves][];
        flatCurves = new double[Curves * CurveLength];
        for (int k = 0; k < Curves; k++)
        {
            // An S-curve-like cumulative PV: random non-negative period values, heavier in the middle.
            double[] cum = new double[CurveLength];
            for (int t = 1; t <= Periods; t++)
            {
                double mid = 1 - Math.Abs((t - (Periods / 2.0)) / (Periods / 2.0));
                cum[t] = cum[t - 1] + ((0.2 + mid) * random.NextDouble() * 1_000);
            }

            jaggedCurves[k] = cum;
            cum.CopyTo(flatCurves, k * CurveLength);
        }

        curveIndex = new int[Points];
        manyCurveEv = new double[Points];
        oneCurveEv = new double[Points];
        for (int i = 0; i < Points; i++)
        {
            int k = random.Next(Curves);
            curveIndex[i] = k;
            manyCurveEv[i] = jaggedCurves[k][Periods] * random.NextDouble() * 1.02;
            oneCurveEv[i] = jaggedCurves[0][Periods] * random.NextDouble() * 1.02;
        }

        destination = new double[Points];
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("1000 curves")]
    public void NaiveScan_ManyCurves()
    {
        for (int i = 0; i < Points; i++)
        {
            destination[i] = EarnedSchedule.NaiveKernel(jaggedCurves[curveIndex[i]], manyCurveEv[i]);
        }
    }

    [Benchmark]
    [BenchmarkCategory("1000 curves")]
    public void BinarySearch_ManyCurves() =>
        EarnedSchedule.ComputeBatch(flatCurves, CurveLength, curveIndex, manyCurveEv, destination);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("1 curve")]
    public void NaiveScan_OneCurve()
    {
        double[] curve = jaggedCurves[0];
        for (int i = 0; i < Points; i++)
        {
            destination[i] = EarnedSchedule.NaiveKernel(curve, oneCurveEv[i]);
        }
    }

    [Benchmark]
    [BenchmarkCategory("1 curve")]
    public void BinarySearch_OneCurve() =>
        EarnedSchedule.ComputeBatch(jaggedCurves[0], oneCurveEv, destination);
}
