using BenchmarkDotNet.Attributes;
using NodaTime;
using Pmo.Core.Finance;

namespace Pmo.Core.Benchmarks.Finance;

/// <summary>
/// XIRR of 1,000 dated flows (an outlay, then 999 inflows on random days over ten years, IRR about 15 %):
/// <see cref="CashFlowMetrics.InternalRateOfReturn(DatedCashFlowSeries)"/> (bracketing in ln(1 + r) + Brent) against
/// two naive baselines that recompute <c>Math.Pow</c> per flow per step: plain Newton from 0.1 with a numeric
/// derivative, and bisection on [−0.99, 10].
/// </summary>
[MemoryDiagnoser]
public class XirrBenchmarks
{
    private const int Flows = 1_000;

    private DatedCashFlowSeries series = null!;
    private double[] amounts = [];
    private double[] years = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        var start = new LocalDate(2020, 1, 1);
        var dates = new LocalDate[Flows];
        amounts = new double[Flows];
        years = new double[Flows];
        dates[0] = start;
        amounts[0] = -1_000_000;
        for (int i = 1; i < Flows; i++)
        {
            int day = random.Next(1, 3_650);
            dates[i] = start.PlusDays(day);
            years[i] = day / 365.0;
            amounts[i] = 200 + (random.NextDouble() * 3_000);
        }

        series = DatedCashFlowSeries.FromDatesAndAmounts(dates, amounts);
    }

    [Benchmark(Baseline = true)]
    public double NaiveNewtonNumericDerivative()
    {
        double r = 0.1;
        for (int k = 0; k < 100; k++)
        {
            double f = Xnpv(r);
            double h = 1e-6;
            double df = (Xnpv(r + h) - f) / h;
            double next = r - (f / df);
            if (Math.Abs(next - r) < 1e-12)
            {
                return next;
            }

            r = next;
        }

        return double.NaN;
    }

    [Benchmark]
    public double NaiveBisection()
    {
        double lo = -0.99;
        double hi = 10;
        double flo = Xnpv(lo);
        while (hi - lo > 1e-12)
        {
            double mid = 0.5 * (lo + hi);
            double fm = Xnpv(mid);
            if (Math.Sign(fm) == Math.Sign(flo))
            {
                lo = mid;
                flo = fm;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }

    [Benchmark]
    public double? BracketingBrent() => CashFlowMetrics.InternalRateOfReturn(series).Rate;

    private double Xnpv(double rate)
    {
        double sum = 0;
        for (int i = 0; i < amounts.Length; i++)
        {
            sum += amounts[i] / Math.Pow(1 + rate, years[i]);
        }

        return sum;
    }
}
