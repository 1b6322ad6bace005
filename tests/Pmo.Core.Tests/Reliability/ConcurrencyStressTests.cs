using System.Collections.Concurrent;
using System.Globalization;
using NodaTime;
using Pmo.Core.EarnedValue;
using Pmo.Core.Finance;
using Pmo.Core.Kpis;
using Pmo.Core.Kpis.Spc;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Ahp;
using Pmo.Core.Prioritization.Selection;
using Pmo.Core.Resources;
using Pmo.Core.Risk;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Reliability;

/// <summary>
/// Issue 9 §3: every domain called concurrently from many threads on shared inputs gives, bit for bit, what a single
/// thread gives. Each workload returns a fingerprint of its results (doubles in round-trip "R" format, so a difference
/// in the last bit shows); a barrier releases all threads together so the calls overlap. The inputs are built once and
/// shared: immutable types must tolerate concurrent readers.
/// </summary>
public sealed class ConcurrencyStressTests
{
    private const int Threads = 8;
    private const int RoundsPerThread = 6;

    private static string R(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? "null";

    private static readonly TimePhasedBaseline Baseline = TimePhasedBaseline.Monthly(new LocalDate(2026, 1, 1), [100, 200, 300, 200, 200]);
    private static readonly Pmo.Core.EarnedValue.ProjectStatus Status = new(new StatusPoint(new LocalDate(2026, 3, 31), 450, 500), [new StatusPoint(new LocalDate(2026, 2, 28), 250, 260)]);
    private static readonly double[] Cpi = [0.99, 0.98, 1.00, 0.97, 0.99, 0.98, 0.96, 0.93, 0.92, 0.91, 0.90, 0.90, 0.89, 0.88];
    private static readonly KpiObservation[] CpiHistory = [.. Cpi.Select((v, i) => new KpiObservation("cpi", "P-1", new LocalDate(2025, 9, 30).PlusMonths(i), v))];
    private static readonly RiskRegister Register = new(
    [
        new RiskEntry("R1", "Supplier late", RiskKind.Threat, RiskAssessment.Create(0.4, costImpact: 50_000, scheduleImpact: 10), new LocalDate(2025, 1, 6),
            responses: [RiskResponse.Mitigate("m1", probabilityFactor: 0.5, cost: 2_000)]),
        new RiskEntry("O1", "Early access", RiskKind.Opportunity, RiskAssessment.Create(0.5, 8_000), new LocalDate(2025, 1, 6)),
    ]);
    private static readonly ActivityNetwork Network = ActivityNetwork.Create(
        [new Activity("design", 15, costRate: 4_000), new Activity("build", 30, costRate: 6_000), new Activity("test", 12, costRate: 5_000)],
        [new ActivityLink("design", "build"), new ActivityLink("build", "test", LinkType.StartToStart, lag: 20)]);
    private static readonly SimulationModel Model = SimulationModel.Create(Network,
        [new ActivityUncertainty("design", Distribution.BetaPert(12, 15, 24)), new ActivityUncertainty("build", Distribution.Triangular(26, 30, 45))],
        riskEvents: [new RiskEvent("E1", 0.3, [new RiskEventImpact("build", Distribution.Uniform(5, 10))])],
        correlation: CorrelationMatrix.FromPairs(["design", "build"], [("design", "build", 0.6)]));
    private static readonly DecisionMatrix Matrix = DecisionMatrix.FromRows(
        ["A", "B", "C", "D", "E"],
        [Criterion.Benefit("value"), Criterion.Benefit("fit", 1, 5), Criterion.Cost("risk", 1, 5)],
        [[4.0, 3, 2], [2.5, 5, 1], [6.0, 2, 5], [3.0, 4, 3], [1.0, 2, 2]]);
    private static readonly SelectionProblem Problem = SelectionProblem.Create(
        [new SelectionCandidate("A", 5), new SelectionCandidate("B", 4), new SelectionCandidate("C", 3), new SelectionCandidate("D", 2)],
        [new ResourceRow("capex", [5, 5], new Dictionary<string, double[]> { ["A"] = [3, 1], ["B"] = [2, 2], ["C"] = [2, 2], ["D"] = [1, 1] })]);
    private static readonly CapacityPlan Plan = new(
        PlanningPeriods.Monthly(new YearMonth(2027, 1), 6),
        new WorkingCalendar(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31), holidays: [new LocalDate(2027, 1, 1)]),
        [new Role("architect"), new Role("developer")],
        people: [new Person("ana", "architect"), new Person("ben", "architect", fte: 0.8)],
        pools: [new RolePool("developer", 6)]);
    private static readonly PortfolioDemand Demand = new(Plan,
        [new ResourceProject("core"), new ResourceProject("new", Pmo.Core.Resources.CommitmentStatus.Proposed)],
        [.. Enumerable.Range(0, 6).SelectMany(t => new[] { new DemandEntry("core", "architect", t, Plan.ToHours(t, 1.2)), new DemandEntry("new", "developer", t, Plan.ToHours(t, 7)) })]);

    /// <summary>One call per domain, each returning a fingerprint of its results.</summary>
    private static readonly (string Domain, Func<string> Run)[] Workloads =
    [
        ("earned value", () =>
        {
            EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(Baseline, Status);
            return string.Join(",", [R(a.CostPerformanceIndex), R(a.SchedulePerformanceIndex), R(a.Schedule.EarnedSchedule), R(a.PrimaryEac.EstimateAtCompletion),
                .. a.EacForecasts.Select(f => R(f.EstimateAtCompletion)), .. a.Schedule.Forecasts.Select(f => R(f.Duration))]);
        }),
        ("kpis and spc", () =>
        {
            KpiScorecard card = KpiScorecard.Evaluate("P-1", [KpiLibrary.CostPerformanceIndex()], CpiHistory, new LocalDate(2026, 10, 31));
            XmrChartResult chart = XmrChart.Compute(Cpi, new XmrOptions { BaselineLength = 6 });
            SpcEvaluation spc = SpcRules.Evaluate(chart, SpcRuleSets.All, ImprovementDirection.Increase);
            return $"{R(card.Evaluations[0].Value)},{card.Evaluations[0].Status?.Id},{R(chart.Phases[^1].UpperLimit)},{R(chart.Phases[^1].LowerLimit)},"
                + string.Join(";", spc.Signals.Select(s => $"{s.RuleId}@{s.Index}"));
        }),
        ("finance", () =>
        {
            var flows = new CashFlowSeries([-1_000_000, 250_000, 350_000, 400_000, 300_000]);
            return $"{R(CashFlowMetrics.NetPresentValue(flows, 0.08, DiscountConvention.FirstFlowAtTimeZero))},{R(CashFlowMetrics.InternalRateOfReturn(flows).Rate)},{R(CashFlowMetrics.PaybackPeriod(flows).Periods)}";
        }),
        ("risk register", () =>
        {
            double net = ExposureRollup.By(Register, RiskGrouping.Project).Groups.Sum(g => g.NetMoney);
            return $"{R(net)},{R(ContingencyReserve.Estimate(Register).Money)},{R(Register.Risks[0].ExposureAt(AssessmentStage.Residual).Money)}";
        }),
        ("monte carlo", () =>
        {
            SimulationResult r = RiskSimulation.Run(Model, new SimulationOptions(4096, 2027, maxDegreeOfParallelism: 2));
            return $"{R(r.Finish.Percentile(0.5))},{R(r.Finish.Percentile(0.8))},{R(r.Cost.Mean)},{R(r.JointConfidence(r.Finish.Percentile(0.8), r.Cost.Percentile(0.8)))},"
                + string.Join(";", r.Activities.Select(a => R(a.CriticalityIndex)));
        }),
        ("scheduling", () =>
        {
            CpmResult cpm = CriticalPath.Analyze(Network);
            return $"{R(cpm.ProjectDuration)},{R(cpm.TotalCost)}," + string.Join(";", cpm.CriticalActivityIds());
        }),
        ("prioritization", () =>
        {
            AhpResult ahp = AhpAnalysis.Analyze(PairwiseMatrix.FromLabelledJudgements(["value", "fit", "risk"], [("value", "fit", 2), ("value", "risk", 5), ("fit", "risk", 2)]));
            CriteriaWeights w = CriteriaWeights.Create([.. ahp.Priorities], WeightPolicy.Normalize);
            McdaResult topsis = new Topsis().Evaluate(Matrix, w);
            SmaaResult smaa = Smaa.Run(new Topsis(), Matrix, new SmaaOptions { Samples = 2_000, Seed = 7 });
            return string.Join(",", [.. ahp.Priorities.Select(p => R(p)), .. topsis.Preferences.Select(p => R(p)), .. Matrix.Alternatives.Select(a => R(smaa.FirstRankAcceptability(a)))]);
        }),
        ("selection", () =>
        {
            SelectionResult s = PortfolioSelector.Solve(Problem);
            FrontierResult f = EfficientFrontier.ComputeEvenlySpaced(Problem, "capex", 5);
            return $"{string.Join(" ", s.SelectedIds)},{R(s.TotalValue)}," + string.Join(";", f.Points.Select(p => R(p.Value)));
        }),
        ("resources", () =>
        {
            CapacityReport report = CapacityAnalysis.Analyze(Plan, Demand);
            return string.Join(",", [.. report.Cells.Select(c => R(c.Utilisation)), .. report.Bottlenecks.Select(b => $"{b.RoleId}:{R(b.ShortfallHours)}")]);
        }),
    ];

    [Fact]
    public void Every_domain_gives_the_same_bits_from_many_threads_as_from_one()
    {
        string[] expected = [.. Workloads.Select(w => w.Run())];
        var mismatches = new ConcurrentBag<string>();
        var failures = new ConcurrentBag<Exception>();
        using var start = new Barrier(Threads);
        Thread[] threads = [.. Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                for (int round = 0; round < RoundsPerThread; round++)
                {
                    // Each thread walks the domains from its own offset, so different domains overlap in time too.
                    for (int k = 0; k < Workloads.Length; k++)
                    {
                        int w = (k + t + round) % Workloads.Length;
                        string got = Workloads[w].Run();
                        if (got != expected[w])
                        {
                            mismatches.Add($"{Workloads[w].Domain} (thread {t}, round {round})");
                        }
                    }
                }
            }
#pragma warning disable CA1031 // collected and reported by the assertion below
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add(ex);
            }
        }))];
        foreach (Thread th in threads)
        {
            th.Start();
        }

        foreach (Thread th in threads)
        {
            th.Join();
        }

        Assert.Empty(failures);
        Assert.Empty(mismatches);
        Assert.All(expected, e => Assert.False(string.IsNullOrEmpty(e)));
    }
}
