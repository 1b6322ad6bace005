#:project ../../src/Pmo.Core/Pmo.Core.csproj
// Flow metrics and Monte Carlo delivery forecasts: cycle times, service-level expectation, working-day throughput, and
// "when will it be done" / "how many by then": `dotnet run docs/examples/flow.cs`. See docs/flow.md.
// Every asserted number is worked out by hand below (the forecasts use a constant history, so every trial agrees).
using System.Globalization;
using NodaTime;
using Pmo.Core.Kpis.Flow;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// Work items of one team in March 2026 (Monday 2 March is a Monday).
WorkItem[] items =
[
    new("A", new(2026, 3, 2), new(2026, 3, 2)),    // cycle time (finish − start + 1) = 1 day
    new("B", new(2026, 3, 2), new(2026, 3, 3)),    // 2
    new("C", new(2026, 3, 3), new(2026, 3, 5)),    // 3
    new("D", new(2026, 3, 2), new(2026, 3, 5)),    // 4
    new("E", new(2026, 3, 2), new(2026, 3, 11)),   // 10
    new("F", new(2026, 3, 5)),                     // in progress: no cycle time
];

// Cycle times sorted: 1, 2, 3, 4, 10. Nearest-rank percentiles (rank ⌈p·n⌉, n = 5): P60 → rank 3 → 3 days;
// P85 → rank ⌈4.25⌉ = 5 → 10 days.
ServiceLevelExpectation p60 = FlowMetrics.ServiceLevel(items, 0.60);
ServiceLevelExpectation p85 = FlowMetrics.ServiceLevel(items, 0.85);
Console.WriteLine($"Cycle times {string.Join(", ", FlowMetrics.CycleTimes(items))}; SLE P60 {p60.Days} days, P85 {p85.Days} days");
Check(p60.Days, 3, "P60 service level");
Check(p85.Days, 10, "P85 service level");

// Throughput per working day, Mon 2 – Fri 6 March: A on Mon, B on Tue, none Wed, C and D on Thu, none Fri
// (E finishes the next week) → [1, 1, 0, 2, 0].
var throughput = FlowMetrics.WorkingDayThroughput(items, new(2026, 3, 2), new(2026, 3, 6), WorkdayCalendar.MondayToFriday);
Console.WriteLine($"Throughput {string.Join(", ", throughput)}");
Require(throughput.SequenceEqual([1, 1, 0, 2, 0]), "throughput 1, 1, 0, 2, 0");

// Forecasts from a steady history of 2 items per working day: every trial draws 2 a day, so the answers are exact.
// When are 10 items done, starting Monday 9 March? 10 / 2 = 5 working days: the 5th working day on or after the start,
// Mon 9, Tue 10, Wed 11, Thu 12, Fri 13 → Friday 13 March, at any confidence.
int[] steady = [2, 2, 2, 2, 2];
CompletionForecast when = DeliveryForecast.WhenDone(steady, RemainingScope.Exactly(10), new(2026, 3, 9), WorkdayCalendar.MondayToFriday, trials: 1_000, seed: 7);
Console.WriteLine($"10 items: done by {when.DateAt(0.85):uuuu-MM-dd} (85 %), {when.DateAt(0.50):uuuu-MM-dd} (50 %)");
Require(when.DateAt(0.85) == new LocalDate(2026, 3, 13) && when.DateAt(0.50) == new LocalDate(2026, 3, 13), "done Friday 13 March");

// How many by Friday 20 March? Mon 9 – Fri 20 March holds 10 working days: 10 × 2 = 20 items.
ItemCountForecast many = DeliveryForecast.HowMany(steady, new(2026, 3, 9), new(2026, 3, 20), WorkdayCalendar.MondayToFriday, trials: 1_000, seed: 7);
Console.WriteLine($"By 2026-03-20: at least {many.AtLeast(0.85)} items (85 %), over {many.WorkingDays} working days");
Require(many.WorkingDays == 10 && many.AtLeast(0.85) == 20, "20 items in 10 working days");

return 0;

static void Check(double? actual, double expected, string what, double tolerance = 1e-9)
{
    if (actual is not { } a || Math.Abs(a - expected) > tolerance)
    {
        throw new InvalidOperationException($"{what}: {actual?.ToString() ?? "null"} but the hand computation gives {expected}.");
    }
}

static void Require(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException($"Not as worked out by hand: {what}.");
    }
}
