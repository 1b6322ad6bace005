using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

        // The experimental branchless kernel must agree with the library bit for bit.
        for (int i = 0; i < 10_000; i++)
        {
            double[] curve = jaggedCurves[curveIndex[i]];
            if (BitConverter.DoubleToInt64Bits(BranchlessKernel(curve, manyCurveEv[i])) != BitConverter.DoubleToInt64Bits(EarnedSchedule.Compute(curve, manyCurveEv[i])))
            {
                throw new InvalidOperationException($"Branchless kernel disagrees at point {i}.");
            }
        }
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

    /// <summary>Experiment (not library code): the same search without branches (conditional moves).</summary>
    [Benchmark]
    [BenchmarkCategory("1000 curves")]
    public void BranchlessSearch_ManyCurves()
    {
        ReadOnlySpan<double> curves = flatCurves;
        for (int i = 0; i < Points; i++)
        {
            destination[i] = BranchlessKernel(curves.Slice(curveIndex[i] * CurveLength, CurveLength), manyCurveEv[i]);
        }
    }

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

    /// <summary>Experiment (not library code): the same search without branches (conditional moves).</summary>
    [Benchmark]
    [BenchmarkCategory("1 curve")]
    public void BranchlessSearch_OneCurve()
    {
        double[] curve = jaggedCurves[0];
        for (int i = 0; i < Points; i++)
        {
            destination[i] = BranchlessKernel(curve, oneCurveEv[i]);
        }
    }

    /// <summary>
    /// ES with a branchless binary search: the largest c with cum[c] ≤ EV found with conditional moves (no
    /// mispredictions on random EVs), then the library's interpolation. Same results bit for bit.
    /// </summary>
    private static double BranchlessKernel(ReadOnlySpan<double> cum, double ev)
    {
        ref double r = ref MemoryMarshal.GetReference(cum);
        int n = cum.Length - 1;
        int lo = 0;
        int len = cum.Length;
        while (len > 1)
        {
            int half = len >>> 1;
            int probe = lo + half;
            lo = Unsafe.Add(ref r, probe) <= ev ? probe : lo;
            len -= half;
        }

        return lo == n ? n : lo + ((ev - Unsafe.Add(ref r, lo)) / (Unsafe.Add(ref r, lo + 1) - Unsafe.Add(ref r, lo)));
    }
}
