#:package Pmo.Core@0.7.0
// A consumer of the packed Pmo.Core, built the way a service team would use it: a .NET 10 file-based app that
// restores the package from a folder feed (no project reference, none of this repository's build files).
// .ci/run copies this file to a directory outside the repository, writes a nuget.config there (the freshly packed
// artifacts/packages first, then nuget.org), runs it with `dotnet run`, then publishes it as a native-AOT binary
// (file-based apps publish with PublishAot=true by default) with warnings as errors and runs that too.
// One call per domain, one line each; every check is worked by hand in the comment next to it. Exit code 0 = pass.
using System.Globalization;
using System.Reflection;
using NodaTime;
using Pmo.Core.EarnedValue;
using Pmo.Core.Kpis;
using Pmo.Core.Prioritization;
using Pmo.Core.Resources;
using Pmo.Core.Risk;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var failures = new List<string>();
void Check(string domain, bool ok, string line)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {domain,-15} {line}");
    if (!ok)
    {
        failures.Add(domain);
    }
}

Assembly core = typeof(EarnedValueAnalyzer).Assembly;
// `dotnet run` loads Pmo.Core.dll from the app's output folder; the native-AOT binary has no managed assemblies beside it.
string runtime = File.Exists(Path.Combine(AppContext.BaseDirectory, "Pmo.Core.dll")) ? "JIT, Pmo.Core.dll from the package" : "native AOT";
Console.WriteLine($"Pmo.Core {core.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion} ({runtime})");

// EVM. Monthly PV 100, 200, 300, 200, 200 from January; at 31 March EV 450, AC 500.
// CPI = 450 / 500 = 0.9; PV(March) = 600, SPI = 450 / 600 = 0.75; ES = 2 + (450 - 300) / 300 = 2.5 months.
var baseline = TimePhasedBaseline.Monthly(new LocalDate(2026, 1, 1), [100, 200, 300, 200, 200]);
EarnedValueAnalysis evm = EarnedValueAnalyzer.Analyze(baseline, new Pmo.Core.EarnedValue.ProjectStatus(new LocalDate(2026, 3, 31), earnedValue: 450, actualCost: 500));
Check("earned value", Near(evm.CostPerformanceIndex, 0.9) && Near(evm.SchedulePerformanceIndex, 0.75) && Near(evm.Schedule.EarnedSchedule, 2.5),
    $"CPI {evm.CostPerformanceIndex:0.000}, SPI {evm.SchedulePerformanceIndex:0.000}, ES {evm.Schedule.EarnedSchedule} months");

// KPI. The library CPI definition bands at >= 0.95 green and >= 0.90 amber, so a latest CPI of 0.89 is red.
KpiScorecard card = KpiScorecard.Evaluate("P-1", [KpiLibrary.CostPerformanceIndex()],
    [new KpiObservation("cpi", "P-1", new LocalDate(2026, 9, 30), 0.97), new KpiObservation("cpi", "P-1", new LocalDate(2026, 10, 31), 0.89)],
    new LocalDate(2026, 10, 31));
KpiEvaluation kpi = card.Evaluations[0];
Check("kpi", Near(kpi.Value, 0.89) && kpi.Status?.Id == "red", $"CPI {kpi.Value} on {kpi.ValueDate}: {kpi.Status?.Label}");

// Risk scoring. PMBOK 5th ed. Fig. 11-10 threat half: the P = 0.70 row prints 0.04 0.07 0.14 0.28 0.56, so
// P 0.7 with impact 0.40 (fourth column) scores 0.28.
RiskScoringModel scoring = RiskScoringModel.WithMatrix(RiskMatrixPresets.PmbokProbability(), [RiskMatrixPresets.PmbokImpact("cost")], RiskMatrixPresets.Pmbok5x5());
RiskScoreDetail score = scoring.ScoreDetail(RiskAssessment.Create(0.7, costImpact: 0.40));
Check("risk scoring", Near(score.Score, 0.28), $"P 0.7 x I 0.40 on the PMBOK 5x5 matrix: {score.Score} ({score.Band?.Label})");

// Prioritization (TOPSIS, vector normalisation, equal weights). A (3, 3) is the ideal and B (1, 1) the anti-ideal,
// so their closeness is 1 and 0; C (2, 2) lies halfway on each axis: equal distances, closeness 0.5.
DecisionMatrix matrix = DecisionMatrix.FromRows(["A", "B", "C"], [Criterion.Benefit("value"), Criterion.Benefit("fit")], [[3.0, 3], [1.0, 1], [2.0, 2]]);
var topsis = new Topsis().Evaluate(matrix, CriteriaWeights.Create([0.5, 0.5]));
Check("prioritization", Near(topsis.PreferenceOf("A"), 1) && Near(topsis.PreferenceOf("B"), 0) && Near(topsis.PreferenceOf("C"), 0.5),
    $"TOPSIS closeness A {topsis.PreferenceOf("A"):0.000}, C {topsis.PreferenceOf("C"):0.000}, B {topsis.PreferenceOf("B"):0.000}");

// Simulation. Two activities in series, each Triangular(8, 10, 15) days: the finish lies in [16, 30] with mean
// 2 x (8 + 10 + 15) / 3 = 22 (the sample mean of 20,000 draws has a standard error of about 0.02); a seed repeats.
ActivityNetwork net = ActivityNetwork.Create([new Activity("a", 10), new Activity("b", 10)], [new ActivityLink("a", "b")]);
SimulationModel model = SimulationModel.Create(net, [new ActivityUncertainty("a", Distribution.Triangular(8, 10, 15)), new ActivityUncertainty("b", Distribution.Triangular(8, 10, 15))]);
var options = new SimulationOptions(iterations: 20_000, seed: 42);
SimulationResult sim = RiskSimulation.Run(model, options);
double p80 = sim.Finish.Percentile(0.8);
Check("simulation", Math.Abs(sim.Finish.Mean - 22) < 0.2 && sim.Finish.Percentile(0.01) >= 16 && sim.Finish.Percentile(0.99) <= 30 && p80 == RiskSimulation.Run(model, options).Finish.Percentile(0.8),
    $"finish mean {sim.Finish.Mean:0.00} d, P50 {sim.Finish.Percentile(0.5):0.00} d, P80 {p80:0.00} d ({sim.Iterations} iterations)");

// Resources. January 2027 has 21 weekdays; with New Year's Day off, 20 working days x 8 h x (1 + 0.8) FTE = 288 h.
var plan = new CapacityPlan(
    PlanningPeriods.Monthly(new YearMonth(2027, 1), 3),
    new WorkingCalendar(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31), holidays: [new LocalDate(2027, 1, 1)]),
    [new Role("architect", "Solution architect")],
    people: [new Person("ana", "architect"), new Person("ben", "architect", fte: 0.8)]);
double capacity = plan.Capacity("architect", 0);
Check("resources", Near(capacity, 288), $"architect capacity in January 2027: {capacity} h");

Console.WriteLine(failures.Count == 0 ? "consumer: all domains ok" : $"consumer: FAILED {string.Join(", ", failures)}");
return failures.Count == 0 ? 0 : 1;

static bool Near(double? actual, double expected) => actual is double a && Math.Abs(a - expected) <= 1e-9;
