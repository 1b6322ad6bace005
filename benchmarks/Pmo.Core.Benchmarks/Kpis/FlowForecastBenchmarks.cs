using BenchmarkDotNet.Attributes;
using NodaTime;
using Pmo.Core.Kpis.Flow;

namespace Pmo.Core.Benchmarks.Kpis;

/// <summary>
/// A 10,000-trial "when will 200 items be done?" forecast from a 90-working-day throughput history (mean 2 items a
/// day, 20 % zero days), on a Monday–Friday calendar: a naive baseline (LINQ, <see cref="Random"/>, one list per
/// trial, dates computed by walking the calendar in every trial) against <see cref="DeliveryForecast.WhenDone"/>
/// single-threaded and on all cores. The baseline is statistically equivalent, not bit-identical (different generator).
/// </summary>
[MemoryDiagnoser]
public class FlowForecastBenchmarks
{
    private const int Trials = 10_000;
    private const int Remaining = 200;
    private static readonly LocalDate Start = new(2025, 3, 3);
    private int[] history = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        history = [.. Enumerable.Range(0, 90).Select(_ => random.NextDouble() < 0.2 ? 0 : random.Next(1, 5))];
    }

    [Benchmark(Baseline = true)]
    public LocalDate NaiveLinq()
    {
        var random = new Random(42);
        var dates = new List<LocalDate>();
        for (int t = 0; t < Trials; t++)
        {
            var days = new List<int>();
            while (days.Sum() < Remaining)
            {
                days.Add(history[random.Next(history.Length)]);
            }

            LocalDate date = Start.PlusDays(-1);
            for (int d = 0; d < days.Count; d++)
            {
                date = WorkdayCalendar.MondayToFriday.NextWorkingDayOnOrAfter(date.PlusDays(1));
            }

            dates.Add(date);
        }

        return dates.OrderBy(d => d).ElementAt((int)Math.Ceiling(0.85 * Trials) - 1);
    }

    [Benchmark]
    public LocalDate? PmoCoreSingleThread() =>
        DeliveryForecast.WhenDone(history, RemainingScope.Exactly(Remaining), Start, WorkdayCalendar.MondayToFriday, Trials, 42, new DeliveryForecastOptions { MaxDegreeOfParallelism = 1 }).DateAt(0.85);

    [Benchmark]
    public LocalDate? PmoCoreAllCores() =>
        DeliveryForecast.WhenDone(history, RemainingScope.Exactly(Remaining), Start, WorkdayCalendar.MondayToFriday, Trials, 42).DateAt(0.85);
}
