#:project ../../src/Pmo.Core/Pmo.Core.csproj
// Programme roll-up, WBS roll-up, earning techniques with the P-factor, and the batch API:
// `dotnet run docs/examples/rollups-and-work-packages.cs`.
using System.Globalization;
using NodaTime;
using Pmo.Core.EarnedValue;

var jan1 = new LocalDate(2026, 1, 1);
var statusDate = new LocalDate(2026, 3, 31);
string F(double? x) => x is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "n/a";

// 1. A programme of two projects: sums first, ratios after (CPI = ΣEV / ΣAC, never a mean of CPIs).
CombinedProject programme = EarnedValueRollup.Combine(
[
    new RollupInput("A", TimePhasedBaseline.Monthly(jan1, [100, 200, 300, 200, 200]), new ProjectStatus(statusDate, 450, 500)),
    new RollupInput("B", TimePhasedBaseline.Monthly(jan1, [100, 100, 100, 100]), new ProjectStatus(statusDate, 300, 200)),
]);
EarnedValueAnalysis p = programme.Analyze();
Console.WriteLine($"Programme: BAC {F(p.BudgetAtCompletion)}, EV {F(p.EarnedValue)}, AC {F(p.ActualCost)}, CPI {F(p.CostPerformanceIndex)}, ES {F(p.Schedule.EarnedSchedule)}");

// 2. A WBS: summary elements receive their children's sums.
WbsRollupResult wbs = WbsRollup.Compute(
[
    new WbsElement("1", null, [], 0, 0),
    new WbsElement("1.1", "1", [10, 20, 30], 25, 20),
    new WbsElement("1.2", "1", [0, 40, 40], 30, 40),
], actualTime: 2);
Console.WriteLine($"WBS root: BAC {F(wbs["1"].BudgetAtCompletion)}, CPI {F(wbs["1"].CostPerformanceIndex)}, ES {F(wbs["1"].EarnedSchedule)}");

// 3. Work packages with different earning techniques, level of effort kept out of schedule analysis.
var baseline = TimePhasedBaseline.Monthly(jan1, [300, 300, 300, 300]);
WorkPackage[] packages =
[
    new("DES", "Design", 400, EarningTechnique.FiftyFifty, [200, 400, 400, 400]),
    new("BLD", "Build", 600, EarningTechnique.PercentComplete, [0, 100, 300, 600]),
    new("PM", "Project management", 200, EarningTechnique.LevelOfEffort, [50, 100, 150, 200]),
];
var progress = new Dictionary<string, WorkPackageProgress>
{
    ["DES"] = WorkPackageProgress.Complete(actualCost: 420),
    ["BLD"] = new(started: true, finished: false, percentComplete: 0.25, actualCost: 160),
    ["PM"] = new(started: true, finished: false, actualCost: 100),
};
WorkPackageEarningResult earned = WorkPackageEarning.Evaluate(packages, progress, atPeriods: 2);
ScheduleAdherenceResult adherence = ScheduleAdherence.Compute(earned);
Console.WriteLine($"Work packages: EV {F(earned.EarnedValue)} (LOE {F(earned.LevelOfEffortEarnedValue)}), discrete ES {F(earned.DiscreteEarnedSchedule)}, P-factor {F(adherence.PFactor)}");

// 4. The batch API: core metrics for many projects at once, NaN where the scalar API says null.
double[] pv = [600, 0, 1000], ev = [450, 10, 1000], ac = [500, 0, 1100], bac = [1000, 500, 1000];
double[][] outCols = [.. Enumerable.Range(0, 8).Select(_ => new double[3])];
EarnedValueBatch.Compute(pv, ev, ac, bac, new EarnedValueBatchColumns(outCols[0], outCols[1], outCols[2], outCols[3], outCols[4], outCols[5], outCols[6], outCols[7]));
Console.WriteLine($"Batch CPI: {string.Join(", ", outCols[2].Select(x => F(x)))}");

// Keep the example honest: these hold by construction (see docs/earned-value.md §11 and the tests).
bool ok = p.CostPerformanceIndex == 750.0 / 700.0 && wbs["1"].BudgetAtCompletion == 140 && double.IsNaN(outCols[2][1]);
return ok ? 0 : 1;
