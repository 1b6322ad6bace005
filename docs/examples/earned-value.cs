#:project ../../src/Pmo.Core/Pmo.Core.csproj
// Earned value with earned schedule for one project: `dotnet run docs/examples/earned-value.cs`.
using NodaTime;
using Pmo.Core.EarnedValue;

var baseline = TimePhasedBaseline.Monthly(new LocalDate(2026, 1, 1), [100, 200, 300, 200, 200]);
var status = new ProjectStatus(new LocalDate(2026, 3, 31), earnedValue: 450, actualCost: 500);
EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(baseline, status);

Console.WriteLine($"BAC {a.BudgetAtCompletion}, PV {a.PlannedValue}, EV {a.EarnedValue}, AC {a.ActualCost}");
Console.WriteLine($"CPI {a.CostPerformanceIndex:0.000}, SPI {a.SchedulePerformanceIndex:0.000}");
Console.WriteLine($"ES {a.Schedule.EarnedSchedule} periods (C = {a.Schedule.CompletedPeriods}, I = {a.Schedule.Interpolation}), SPI(t) {a.Schedule.SchedulePerformanceIndex:0.000}");
Console.WriteLine($"EAC (CPI) {a.PrimaryEac.EstimateAtCompletion:0.00}, IEAC(t) {a.Schedule.PrimaryForecast.Duration} periods, finish {a.Schedule.PrimaryForecast.FinishDate}");
foreach (var f in a.EacForecasts)
{
    Console.WriteLine($"  EAC {f.Method,-15} {(f.EstimateAtCompletion is { } e ? e.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "n/a"),10}  realistic: {f.IsRealistic?.ToString() ?? "n/a"}");
}

// Guard the documented numbers so this example cannot silently drift from docs/earned-value.md.
if (a.CostPerformanceIndex != 0.9 || a.Schedule.EarnedSchedule != 2.5 || a.Schedule.PrimaryForecast.FinishDate != new LocalDate(2026, 6, 30))
{
    Console.Error.WriteLine("The example no longer matches docs/earned-value.md.");
    return 1;
}

return 0;
