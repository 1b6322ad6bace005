using BenchmarkDotNet.Attributes;
using Pmo.Core.Common;
using Pmo.Core.Tests.Reliability.Numerics;

namespace Pmo.Core.Benchmarks.Reliability;

/// <summary>
/// The price of accuracy: summing 1,000,000 adversarial amounts (AdversarialMoney.NonNegative) naively against
/// Neumaier's compensated sum (<see cref="CompensatedSum"/>), the kernel now used by the EVM, KPI and risk roll-ups.
/// </summary>
[MemoryDiagnoser]
public class CompensatedSumBenchmarks
{
    private double[] values = [];

    [GlobalSetup]
    public void Setup() => values = AdversarialMoney.NonNegative(1_000_000, 12);

    [Benchmark(Baseline = true)]
    public double Naive()
    {
        double s = 0;
        foreach (double v in values)
        {
            s += v;
        }

        return s;
    }

    [Benchmark]
    public double Neumaier()
    {
        var s = default(CompensatedSum);
        foreach (double v in values)
        {
            s.Add(v);
        }

        return s.Value;
    }
}
