#:project ../../src/Pmo.Core/Pmo.Core.csproj
// Quantitative schedule and cost risk end to end: `dotnet run docs/examples/risk-simulation.cs`.
// A small network with working calendar → CPM and analytic PERT → Monte Carlo with Beta-PERT durations, a register
// risk, a risk driver and correlated durations → P50/P80, contingency, JCL, criticality, tornado → pre- versus
// post-mitigation → a sharded run merged exactly. See docs/risk-simulation.md and docs/scheduling.md.
using System.Globalization;
using NodaTime;
using Pmo.Core.Risk;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// 1. The network (working days) and its deterministic schedule on a calendar.
ActivityNetwork net = ActivityNetwork.Create(
    [
        new Activity("design", 15, "Design", costRate: 4_000),
        new Activity("procure", 25, "Procure hardware", fixedCost: 250_000),
        new Activity("build", 30, "Build", costRate: 6_000),
        new Activity("test", 12, "Test", costRate: 5_000),
        new Activity("live", 0, "Go-live"),
    ],
    [
        new ActivityLink("design", "procure"),
        new ActivityLink("design", "build", LinkType.FinishToStart, lag: 2),
        new ActivityLink("procure", "test"),
        new ActivityLink("build", "test", LinkType.StartToStart, lag: 20),
        new ActivityLink("build", "live"),
        new ActivityLink("test", "live"),
    ]);
CpmResult cpm = CriticalPath.Analyze(net);
var start = new LocalDate(2027, 1, 4);
var calendar = new WorkingCalendar(start, start.PlusYears(3), holidays: [new LocalDate(2027, 4, 2), new LocalDate(2027, 4, 5)]);
Console.WriteLine($"CPM: {cpm.ProjectDuration} working days, finish {calendar.FinishDate(start, cpm.ProjectDuration):yyyy-MM-dd}, critical {string.Join(" → ", cpm.CriticalActivityIds())}, cost {cpm.TotalCost:N0}");

// 2. Analytic PERT for comparison: te = (a + 4m + b)/6 along the critical path, normal approximation.
PertResult pert = Pert.Analyze(net, new Dictionary<string, ThreePointEstimate>
{
    ["design"] = new(12, 15, 24), ["procure"] = new(20, 25, 45), ["build"] = new(26, 30, 45), ["test"] = new(10, 12, 20), ["live"] = new(0, 0, 0),
});
Console.WriteLine($"PERT: Te {pert.ExpectedDuration:0.0} days, σ {pert.StandardDeviation:0.0}, P(T ≤ 60) = {pert.ProbabilityOfMeeting(60):P1}");

// 3. The Monte Carlo model: Beta-PERT durations, correlated design/build, a productivity driver, a register risk.
var risk = new RiskEntry("R7", "Vendor ships late", RiskKind.Threat, RiskAssessment.Create(0.35, costImpact: 40_000, scheduleImpact: 10),
    start, projectId: "P1", activityIds: ["procure"], residual: RiskAssessment.Create(0.15, costImpact: 40_000, scheduleImpact: 10));
SimulationModel Model(AssessmentStage stage) => SimulationModel.Create(
    net,
    [
        new ActivityUncertainty("design", Distribution.BetaPert(12, 15, 24)),
        new ActivityUncertainty("procure", Distribution.BetaPert(20, 25, 45)),
        new ActivityUncertainty("build", Distribution.BetaPert(26, 30, 45)),
        new ActivityUncertainty("test", Distribution.BetaPert(10, 12, 20)),
    ],
    riskEvents: [RiskEvent.FromRegister(risk, stage, impactSpread: (0.5, 2.0))],
    riskDrivers: [new RiskDriver("productivity", Distribution.Triangular(0.95, 1.0, 1.25), ["build", "test"])],
    correlation: CorrelationMatrix.FromPairs(["design", "build"], [("design", "build", 0.6)]));

SimulationModel pre = Model(AssessmentStage.Inherent);
var options = new SimulationOptions(iterations: 20_480, seed: 2027, storeActivityDurations: true);
SimulationResult r = RiskSimulation.Run(pre, options);
double p50 = r.Finish.Percentile(0.5), p80 = r.Finish.Percentile(0.8);
Console.WriteLine($"Monte Carlo ({r.Iterations} iterations): P50 {p50:0.0} d ({calendar.FinishDate(start, p50):yyyy-MM-dd}), P80 {p80:0.0} d ({calendar.FinishDate(start, p80):yyyy-MM-dd}); cost P50 {r.Cost.Percentile(0.5):N0}, P80 {r.Cost.Percentile(0.8):N0}");
Console.WriteLine($"  schedule margin P80 {r.ScheduleMargin(0.8):0.0} d, cost contingency P80 {r.CostContingency(0.8):N0}, merge bias {r.MergeBias:0.0} d, P(≤ CPM) {r.ProbabilityOfDeterministicFinish:P1}");
Console.WriteLine($"  JCL at (P80, P80) {r.JointConfidence(p80, r.Cost.Percentile(0.8)):P1}; iso-JCL 70 %: " +
    string.Join(", ", r.IsoJclFrontier(0.7, 4).Select(p => $"({p.Finish:0.0} d, {p.Cost:N0})")));
foreach (ActivityRiskStatistics a in r.Activities.Where(a => a.CriticalityIndex > 0).OrderByDescending(a => a.CriticalityIndex))
{
    Console.WriteLine($"  {a.ActivityId,-8} criticality {a.CriticalityIndex:P0}, SSI {a.ScheduleSensitivityIndex:0.00}, ρ(finish) {a.FinishRankCorrelation:0.00}");
}

// 4. Tornado (common random numbers) and pre- versus post-mitigation.
TornadoResult tornado = RiskTornado.Analyze(pre, options);
foreach (TornadoBar b in tornado.Bars)
{
    Console.WriteLine($"  tornado {b.RiskEventId}: P80 finish +{b.FinishPercentileEffect:0.0} d, mean cost +{b.CostMeanEffect:N0}");
}

SimulationComparison mitigation = SimulationComparison.Compare(r, RiskSimulation.Run(Model(AssessmentStage.Residual), options));
ComparisonRow row = mitigation.Rows.Single(x => x.Statistic == "finish P80");
Console.WriteLine($"Mitigation: finish P80 {row.Before:0.0} → {row.After:0.0} d ({row.Change:+0.0;-0.0} d), common random numbers {mitigation.CommonRandomNumbers}");

// 5. Shard the run over two "machines" and merge: identical to the single run.
int half = 10_240 / SimulationOptions.IterationsPerBlock;
SimulationResult merged = SimulationResult.Merge(
    RiskSimulation.Run(pre, new SimulationOptions(10_240, 2027, storeActivityDurations: true)),
    RiskSimulation.Run(pre, new SimulationOptions(10_240, 2027, storeActivityDurations: true, firstBlock: half)));
Console.WriteLine($"Merged shards equal the single run: {merged.FinishSamples.SequenceEqual(r.FinishSamples) && merged.CostSamples.SequenceEqual(r.CostSamples)}");
