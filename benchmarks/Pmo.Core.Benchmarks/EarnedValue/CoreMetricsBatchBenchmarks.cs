using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Benchmarks.EarnedValue;

/// <summary>
/// CV, SV, CPI, SPI, EAC, ETC, VAC and TCPI for one million projects: the naive per-object loop a typical developer
/// writes (baseline), the same formulas as a plain scalar loop over arrays, the vectorized
/// <see cref="EarnedValueBatch.Compute"/>, and the memory-bandwidth floor (moving the same bytes: read 4×N doubles,
/// write 8×N doubles).
/// </summary>
[MemoryDiagnoser]
public class CoreMetricsBatchBenchmarks
{
    private ProjectInput[] projects = [];
    private double[] pv = [], ev = [], ac = [], bac = [];
    private double[][] columns = [];

    /// <summary>Gets or sets the number of projects.</summary>
    [Params(1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        pv = new double[N];
        ev = new double[N];
        ac = new double[N];
        bac = new double[N];
        projects = new ProjectInput[N];
        for (int i = 0; i < N; i++)
        {
            double b = 1_000 + (random.NextDouble() * 1_000_000);
            bac[i] = b;
            pv[i] = i % 97 == 0 ? 0 : b * random.NextDouble();
            ev[i] = b * random.NextDouble() * 1.05;
            ac[i] = i % 89 == 0 ? 0 : b * random.NextDouble() * 1.2;
            projects[i] = new ProjectInput(pv[i], ev[i], ac[i], bac[i]);
        }

        columns = Enumerable.Range(0, 8).Select(_ => new double[N]).ToArray();
    }

    /// <summary>What a typical developer writes: an array of project objects mapped to result objects.</summary>
    [Benchmark(Baseline = true)]
    public ProjectMetrics[] NaivePerObject()
    {
        var results = new ProjectMetrics[projects.Length];
        for (int i = 0; i < projects.Length; i++)
        {
            results[i] = ProjectMetrics.From(projects[i]);
        }

        return results;
    }

    /// <summary>The same formulas in a plain scalar loop over the structure-of-arrays columns (no SIMD).</summary>
    [Benchmark]
    public void ScalarArrays()
    {
        double[] cv = columns[0], sv = columns[1], cpi = columns[2], spi = columns[3];
        double[] eac = columns[4], etc = columns[5], vac = columns[6], tcpi = columns[7];
        for (int i = 0; i < pv.Length; i++)
        {
            double p = pv[i], e = ev[i], a = ac[i], b = bac[i];
            double c = a == 0 ? double.NaN : e / a;
            double remaining = b - e;
            double funds = b - a;
            double estimate = c != 0 && double.IsFinite(c) ? a + (remaining / c) : double.NaN;
            cv[i] = e - a;
            sv[i] = e - p;
            cpi[i] = c;
            spi[i] = p == 0 ? double.NaN : e / p;
            eac[i] = estimate;
            etc[i] = estimate - a;
            vac[i] = b - estimate;
            tcpi[i] = remaining > 0 && funds > 0 ? remaining / funds : double.NaN;
        }
    }

    /// <summary>The vectorized batch API.</summary>
    [Benchmark]
    public void Batch() =>
        EarnedValueBatch.Compute(pv, ev, ac, bac, new EarnedValueBatchColumns(columns[0], columns[1], columns[2], columns[3], columns[4], columns[5], columns[6], columns[7]));

    /// <summary>
    /// The memory-bandwidth floor: the same traffic with no arithmetic, one pass, each input vector loaded once and
    /// stored into two output columns (read 4×N, write 8×N doubles, ordinary stores like the batch).
    /// </summary>
    [Benchmark]
    public void CopyFloor()
    {
        ref double p = ref MemoryMarshal.GetArrayDataReference(pv);
        ref double e = ref MemoryMarshal.GetArrayDataReference(ev);
        ref double a = ref MemoryMarshal.GetArrayDataReference(ac);
        ref double b = ref MemoryMarshal.GetArrayDataReference(bac);
        ref double o0 = ref MemoryMarshal.GetArrayDataReference(columns[0]);
        ref double o1 = ref MemoryMarshal.GetArrayDataReference(columns[1]);
        ref double o2 = ref MemoryMarshal.GetArrayDataReference(columns[2]);
        ref double o3 = ref MemoryMarshal.GetArrayDataReference(columns[3]);
        ref double o4 = ref MemoryMarshal.GetArrayDataReference(columns[4]);
        ref double o5 = ref MemoryMarshal.GetArrayDataReference(columns[5]);
        ref double o6 = ref MemoryMarshal.GetArrayDataReference(columns[6]);
        ref double o7 = ref MemoryMarshal.GetArrayDataReference(columns[7]);
        nuint width = (nuint)Vector<double>.Count;
        nuint n = (nuint)pv.Length;
        nuint i = 0;
        for (; i + width <= n; i += width)
        {
            Vector<double> vp = Vector.LoadUnsafe(ref p, i);
            Vector<double> ve = Vector.LoadUnsafe(ref e, i);
            Vector<double> va = Vector.LoadUnsafe(ref a, i);
            Vector<double> vb = Vector.LoadUnsafe(ref b, i);
            vp.StoreUnsafe(ref o0, i);
            ve.StoreUnsafe(ref o1, i);
            va.StoreUnsafe(ref o2, i);
            vb.StoreUnsafe(ref o3, i);
            vp.StoreUnsafe(ref o4, i);
            ve.StoreUnsafe(ref o5, i);
            va.StoreUnsafe(ref o6, i);
            vb.StoreUnsafe(ref o7, i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref o0, i) = Unsafe.Add(ref o4, i) = Unsafe.Add(ref p, i);
            Unsafe.Add(ref o1, i) = Unsafe.Add(ref o5, i) = Unsafe.Add(ref e, i);
            Unsafe.Add(ref o2, i) = Unsafe.Add(ref o6, i) = Unsafe.Add(ref a, i);
            Unsafe.Add(ref o3, i) = Unsafe.Add(ref o7, i) = Unsafe.Add(ref b, i);
        }
    }

    /// <summary>The same 8 column writes done with <see cref="Span{T}.CopyTo"/> (memmove; reads each input twice).</summary>
    [Benchmark]
    public void Memmove8Columns()
    {
        pv.AsSpan().CopyTo(columns[0]);
        ev.AsSpan().CopyTo(columns[1]);
        ac.AsSpan().CopyTo(columns[2]);
        bac.AsSpan().CopyTo(columns[3]);
        pv.AsSpan().CopyTo(columns[4]);
        ev.AsSpan().CopyTo(columns[5]);
        ac.AsSpan().CopyTo(columns[6]);
        bac.AsSpan().CopyTo(columns[7]);
    }
}

/// <summary>A project's status as a typical application holds it.</summary>
public sealed record ProjectInput(double PlannedValue, double EarnedValue, double ActualCost, double BudgetAtCompletion);

/// <summary>A typical per-project result object (nullable for undefined, as the scalar API).</summary>
public sealed record ProjectMetrics(
    double CostVariance,
    double ScheduleVariance,
    double? CostPerformanceIndex,
    double? SchedulePerformanceIndex,
    double? EstimateAtCompletion,
    double? EstimateToComplete,
    double? VarianceAtCompletion,
    double? ToCompletePerformanceIndex)
{
    /// <summary>Computes the metrics the straightforward way.</summary>
    public static ProjectMetrics From(ProjectInput p)
    {
        double? cpi = p.ActualCost == 0 ? null : p.EarnedValue / p.ActualCost;
        double? spi = p.PlannedValue == 0 ? null : p.EarnedValue / p.PlannedValue;
        double remaining = p.BudgetAtCompletion - p.EarnedValue;
        double? eac = cpi is { } c && c != 0 && double.IsFinite(c) ? p.ActualCost + (remaining / c) : null;
        double funds = p.BudgetAtCompletion - p.ActualCost;
        return new ProjectMetrics(
            p.EarnedValue - p.ActualCost,
            p.EarnedValue - p.PlannedValue,
            cpi,
            spi,
            eac,
            eac - p.ActualCost,
            p.BudgetAtCompletion - eac,
            remaining > 0 && funds > 0 ? remaining / funds : null);
    }
}
