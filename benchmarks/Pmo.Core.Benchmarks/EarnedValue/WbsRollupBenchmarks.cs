using BenchmarkDotNet.Attributes;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Benchmarks.EarnedValue;

/// <summary>
/// Roll-up of a 100,000-node WBS (fan-out 10, 24 periods) with <see cref="WbsRollup.Compute"/>, against a naive
/// recursive roll-up of the sums (EV, AC, per-period PV) through a parent → children lookup. The library does more
/// (cumulative curves, ES, depth, cycle check) and is iterative, so it also works on trees too deep for recursion.
/// </summary>
[MemoryDiagnoser]
public class WbsRollupBenchmarks
{
    private const int Nodes = 100_000;
    private const int Periods = 24;
    private const int FanOut = 10;
    private WbsElement[] elements = [];

    [GlobalSetup]
    public void Setup()
    {
        // A balanced tree (fan-out 10, depth 5): node i's parent is (i − 1) / 10; the leaves carry PV, EV and AC.
        var random = new Random(11);
        elements = new WbsElement[Nodes];
        for (int i = 0; i < Nodes; i++)
        {
            bool leaf = (i * FanOut) + 1 >= Nodes;
            double[] pv = leaf ? Enumerable.Range(0, Periods).Select(_ => random.NextDouble() * 100).ToArray() : [];
            double earned = leaf ? pv.Take(12).Sum() * random.NextDouble() : 0;
            elements[i] = new WbsElement(
                $"W{i}",
                i == 0 ? null : $"W{(i - 1) / FanOut}",
                pv,
                earned,
                leaf ? earned * (0.8 + (0.4 * random.NextDouble())) : 0);
        }
    }

    /// <summary>Naive: recursive sums through a lookup of children by parent id (no ES, no ratios).</summary>
    [Benchmark(Baseline = true)]
    public Dictionary<string, (double Ev, double Ac, double[] Pv)> NaiveRecursive()
    {
        ILookup<string?, WbsElement> children = elements.ToLookup(e => e.ParentId);
        var totals = new Dictionary<string, (double Ev, double Ac, double[] Pv)>();
        foreach (WbsElement root in children[null])
        {
            Sum(root);
        }

        return totals;

        (double Ev, double Ac, double[] Pv) Sum(WbsElement e)
        {
            double ev = e.EarnedValue;
            double ac = e.ActualCost;
            double[] pv = new double[Periods];
            for (int t = 0; t < e.PeriodPlannedValue.Length; t++)
            {
                pv[t] = e.PeriodPlannedValue[t];
            }

            foreach (WbsElement child in children[e.Id])
            {
                (double cEv, double cAc, double[] cPv) = Sum(child);
                ev += cEv;
                ac += cAc;
                for (int t = 0; t < Periods; t++)
                {
                    pv[t] += cPv[t];
                }
            }

            totals[e.Id] = (ev, ac, pv);
            return (ev, ac, pv);
        }
    }

    [Benchmark]
    public WbsRollupResult Library() => WbsRollup.Compute(elements, 12);
}
