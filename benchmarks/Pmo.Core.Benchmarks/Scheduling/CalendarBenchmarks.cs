using BenchmarkDotNet.Attributes;
using NodaTime;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Benchmarks.Scheduling;

/// <summary>
/// Mapping 10,000 finish times (uniform on 0..1,000 working days, as simulated finish percentiles would be) to dates with
/// a Monday–Friday calendar over 10 years with 10 holidays a year: <see cref="WorkingCalendar.FinishDates"/> (a
/// precomputed working-day index: O(1) per time) against a naive walk that steps day by day from the project start,
/// checking the weekday and a holiday set, for each time.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private const int Count = 10_000;
    private static readonly LocalDate Start = new(2026, 1, 5);
    private readonly LocalDate[] destination = new LocalDate[Count];
    private double[] times = [];
    private WorkingCalendar calendar = null!;
    private HashSet<LocalDate> holidays = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        times = [.. Enumerable.Range(0, Count).Select(_ => random.NextDouble() * 1000)];
        holidays = [.. Enumerable.Range(2026, 10).SelectMany(y => Enumerable.Range(1, 10).Select(m => new LocalDate(y, m, 12)))];
        calendar = new WorkingCalendar(new LocalDate(2026, 1, 1), new LocalDate(2035, 12, 31), holidays: holidays);
    }

    /// <summary>Naive: walk from the start, one day at a time, counting working days until ⌈t⌉ have passed.</summary>
    [Benchmark(Baseline = true)]
    public LocalDate[] NaiveWalk()
    {
        for (int i = 0; i < times.Length; i++)
        {
            int needed = Math.Max((int)Math.Ceiling(times[i]), 1);
            LocalDate d = Start.PlusDays(-1);
            while (needed > 0)
            {
                d = d.PlusDays(1);
                if (d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !holidays.Contains(d))
                {
                    needed--;
                }
            }

            destination[i] = d;
        }

        return destination;
    }

    /// <summary>Indexed: <see cref="WorkingCalendar.FinishDates"/>.</summary>
    [Benchmark]
    public LocalDate[] Indexed()
    {
        calendar.FinishDates(Start, times, destination);
        return destination;
    }
}
