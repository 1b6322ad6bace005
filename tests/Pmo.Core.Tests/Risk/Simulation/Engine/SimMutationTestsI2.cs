using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Risk;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;
using static Pmo.Core.Tests.Risk.Simulation.Engine.EngineTestModels;

namespace Pmo.Core.Tests.Risk.Simulation.Engine;

/// <summary>
/// Pins down the risk tornado (validation, tie-breaking of both orderings, effects), the pre/post comparison, the Monte
/// Carlo contingency estimator (filters, messages, reserve warnings) and the block kernel's documented behaviour (driver
/// and event columns, shared event severity, draw order, existence × fixed cost, flooring, Latin hypercube shuffles,
/// criticality tolerance) with deterministic inputs (issue 9 §6, Stryker survivors list I, RiskTornado.cs and
/// SimulationKernel.cs).
/// </summary>
public class SimMutationTestsI2
{
    private static TriangularDistribution C(double v) => new(v, v, v);

    // ---- RiskTornado.Analyze ----

    [Fact]
    public void Tornado_rejects_null_arguments_a_level_at_either_end_and_a_model_without_events()
    {
        SimulationModel model = SimulationModel.Create(Single(10), [], [new RiskEvent("R", 1, [new RiskEventImpact("X", C(1))])]);
        var options = new SimulationOptions(256, 1);
        Reject.Rule<ArgumentNullException>(() => RiskTornado.Analyze(null!, options), "model");
        Reject.Rule<ArgumentNullException>(() => RiskTornado.Analyze(model, null!), "options");
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskTornado.Analyze(model, options, 0), "level");
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskTornado.Analyze(model, options, 1), "level");
        Reject.Rule<ArgumentException>(() => RiskTornado.Analyze(SimulationModel.Create(Single(10), []), options), "model", "no risk event");
    }

    /// <summary>
    /// X(10), no duration uncertainty. E1 and E2: certain, +1 day and 30 each. L: p = 0.1, +100 days and 1,000. A0: p = 0.
    /// With every event the finish is 12 + 100·[L] and the cost 60 + 1,000·[L]; L occurs in far fewer than half of 256
    /// iterations, so P50 = 12 and 60. Removing E1 (or E2) lowers every iteration by exactly 1 day and 30: percentile
    /// and mean effects 1 and 30. Removing L leaves P50 unchanged (effect 0) but lowers the mean (effect &gt; 0);
    /// removing A0 changes nothing (0, 0). Order: E1, E2 (tied on both effects → id), then L (larger |mean effect|), A0.
    /// </summary>
    private static TornadoResult TieTornado()
    {
        SimulationModel model = SimulationModel.Create(
            Single(10),
            [],
            [
                new RiskEvent("A0", 0, [new RiskEventImpact("X", C(1))]),
                new RiskEvent("L", 0.1, [new RiskEventImpact("X", C(100))], C(1000)),
                new RiskEvent("E2", 1, [new RiskEventImpact("X", C(1))], C(30)),
                new RiskEvent("E1", 1, [new RiskEventImpact("X", C(1))], C(30)),
            ]);
        return RiskTornado.Analyze(model, new SimulationOptions(256, 7), 0.5);
    }

    [Fact]
    public void Tornado_breaks_finish_ties_by_larger_mean_effect_then_by_id()
    {
        TornadoResult t = TieTornado();
        Assert.Equal(12, t.Baseline.Finish.Percentile(0.5));
        Assert.Equal(["E1", "E2", "L", "A0"], t.Bars.Select(b => b.RiskEventId));
        TornadoBar e1 = t.Bars[0], l = t.Bars[2], a0 = t.Bars[3];
        Assert.Equal(1, e1.FinishPercentileEffect);
        Assert.Equal(1, e1.FinishMeanEffect, 9);
        Assert.Equal(0, l.FinishPercentileEffect);
        Assert.True(l.FinishMeanEffect > 0);
        Assert.Equal(0, a0.FinishMeanEffect);
    }

    [Fact]
    public void Tornado_by_cost_breaks_ties_by_larger_mean_effect_then_by_id_and_reports_the_cost_mean_effect()
    {
        TornadoResult t = TieTornado();
        var byCost = t.ByCost();
        Assert.Equal(["E1", "E2", "L", "A0"], byCost.Select(b => b.RiskEventId));
        Assert.Equal(30, byCost[0].CostPercentileEffect);
        Assert.Equal(30, byCost[0].CostMeanEffect, 9); // mean(60 + 1000·[L]) − mean(30 + 1000·[L]) = 30
        Assert.Equal(0, byCost[2].CostPercentileEffect);
        Assert.True(byCost[2].CostMeanEffect > 0);
        Assert.Equal(0, byCost[3].CostMeanEffect);
    }

    // ---- SimulationComparison ----

    private static ActivityNetwork Chain() =>
        ActivityNetwork.Create([new Activity("A", 10, costRate: 100), new Activity("B", 10, costRate: 100)], [new ActivityLink("A", "B")]);

    [Fact]
    public void Comparison_rejects_null_runs()
    {
        SimulationResult r = RiskSimulation.Run(SimulationModel.Create(Chain(), []), new SimulationOptions(256, 1));
        Reject.Rule<ArgumentNullException>(() => SimulationComparison.Compare(null!, r), "before");
        Reject.Rule<ArgumentNullException>(() => SimulationComparison.Compare(r, null!), "after");
    }

    [Fact]
    public void Common_random_numbers_need_the_same_seed_sampling_and_iterations()
    {
        SimulationModel model = SimulationModel.Create(Chain(), []);
        SimulationResult Run(int n, ulong seed, SamplingMethod s = SamplingMethod.MonteCarlo) => RiskSimulation.Run(model, new SimulationOptions(n, seed, s));
        SimulationResult baseRun = Run(256, 1);
        Assert.True(SimulationComparison.Compare(baseRun, Run(256, 1)).CommonRandomNumbers);
        Assert.False(SimulationComparison.Compare(baseRun, Run(256, 2)).CommonRandomNumbers);
        Assert.False(SimulationComparison.Compare(baseRun, Run(256, 1, SamplingMethod.LatinHypercube)).CommonRandomNumbers);
        Assert.False(SimulationComparison.Compare(baseRun, Run(512, 1)).CommonRandomNumbers);
    }

    [Fact]
    public void Comparison_rows_are_the_documented_statistics_in_order_with_hand_worked_values()
    {
        // Before: A(10) → B(10) at 100/day: finish 20, cost 2,000 in every iteration. After: a certain threat adds 5 days
        // to A: finish 25, cost 2,500. Every mean and percentile is that constant; P(finish ≤ deterministic 20) is 1
        // before and 0 after (the deterministic finish ignores risk events).
        SimulationModel pre = SimulationModel.Create(Chain(), []);
        SimulationModel post = SimulationModel.Create(Chain(), [], [new RiskEvent("T", 1, [new RiskEventImpact("A", C(5))])]);
        var options = new SimulationOptions(256, 1);
        SimulationComparison c = SimulationComparison.Compare(RiskSimulation.Run(pre, options), RiskSimulation.Run(post, options));
        var expected = new List<ComparisonRow> { new("finish mean", 20, 25), new("cost mean", 2000, 2500) };
        foreach (string p in new[] { "P10", "P50", "P80", "P90", "P95" })
        {
            expected.Add(new ComparisonRow($"finish {p}", 20, 25));
            expected.Add(new ComparisonRow($"cost {p}", 2000, 2500));
        }

        expected.Add(new ComparisonRow("P(finish ≤ deterministic)", 1, 0));
        Assert.Equal(expected, c.Rows);
    }

    // ---- MonteCarloContingencyEstimator ----

    private static RiskEntry Risk(string id, RiskKind kind, double p, double? cost, double? days, string project = "P1", RiskStatus status = RiskStatus.Open, string[]? activities = null) =>
        new(id, "Risk " + id, kind, RiskAssessment.Create(p, cost, days), new LocalDate(2026, 1, 5), status: status, projectId: project, activityIds: activities);

    private static SimulationModel ChainModel() => SimulationModel.Create(Chain(), []);

    [Fact]
    public void Estimator_rejects_a_level_at_either_end_a_null_register_and_an_undefined_stage()
    {
        var options = new SimulationOptions(256, 1);
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new MonteCarloContingencyEstimator(ChainModel(), options, 0), "level");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new MonteCarloContingencyEstimator(ChainModel(), options, 1), "level");
        var estimator = new MonteCarloContingencyEstimator(ChainModel(), options);
        Reject.Rule<ArgumentNullException>(() => estimator.Estimate(null!, AssessmentStage.Inherent), "riskRegister");
        Reject.Rule<ArgumentOutOfRangeException>(() => estimator.Estimate(new RiskRegister([]), (AssessmentStage)9), "stage");
    }

    [Fact]
    public void Estimator_simulates_only_the_open_risks_of_its_project()
    {
        // T1 (P1, open): +5 days on A and 1,000. T2 (project P2): +3 days and 7. T3 (P1, closed): +4 days and 50.
        // Project P1: only T1 → finish 25, cost 1,500 + 1,000 + 1,000 = 3,500: reserves 5 days and 1,500.
        // No project filter: T1 and T2 → finish 28, cost 1,800 + 1,000 + 1,007 = 3,807: reserves 8 and 1,807.
        var register = new RiskRegister(
        [
            Risk("T1", RiskKind.Threat, 1, 1000, 5, activities: ["A"]),
            Risk("T2", RiskKind.Threat, 1, 7, 3, project: "P2", activities: ["A"]),
            Risk("T3", RiskKind.Threat, 1, 50, 4, status: RiskStatus.Closed, activities: ["A"]),
        ]);
        var options = new SimulationOptions(256, 1);
        ContingencyEstimate p1 = new MonteCarloContingencyEstimator(ChainModel(), options, projectId: "P1").Estimate(register, AssessmentStage.Inherent);
        Assert.Equal(5, p1.Time, 12);
        Assert.Equal(1500, p1.Money, 9);
        ContingencyEstimate all = new MonteCarloContingencyEstimator(ChainModel(), options).Estimate(register, AssessmentStage.Inherent);
        Assert.Equal(8, all.Time, 12);
        Assert.Equal(1807, all.Money, 9);
        Assert.Empty(all.Diagnostics);
    }

    [Fact]
    public void Estimator_labels_the_level_and_says_a_skipped_risk_is_left_out()
    {
        // V has a schedule impact but no activities: RiskEvent.FromRegister rejects it; the estimator keeps the reason and
        // appends " It is left out of the simulation." to that reason. The description names the level as "P80".
        var register = new RiskRegister([Risk("T", RiskKind.Threat, 1, 1000, 5, activities: ["A"]), Risk("V", RiskKind.Threat, 0.5, null, 3)]);
        ContingencyEstimate e = new MonteCarloContingencyEstimator(ChainModel(), new SimulationOptions(256, 1)).Estimate(register, AssessmentStage.Inherent);
        Diagnostic v = Assert.Single(e.Diagnostics);
        Assert.Equal("V", v.Metric);
        Assert.EndsWith(" It is left out of the simulation.", v.Message, StringComparison.Ordinal);
        Assert.StartsWith("P80 − deterministic of 256 ", e.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimator_gives_no_warning_when_the_reserves_are_exactly_zero()
    {
        // No risks on a deterministic chain: P80 = deterministic for finish and cost, so both reserves are 0 — not below 0.
        ContingencyEstimate e = new MonteCarloContingencyEstimator(ChainModel(), new SimulationOptions(256, 1)).Estimate(new RiskRegister([]), AssessmentStage.Inherent);
        Assert.Equal(0, e.Money);
        Assert.Equal(0, e.Time);
        Assert.Empty(e.Diagnostics);
    }

    [Fact]
    public void Estimator_reports_negative_reserves_as_zero_with_warnings()
    {
        // A certain opportunity saves 2 days on A and 200: finish 18 (deterministic 20), cost 800 + 1,000 − 200 = 1,600
        // (deterministic 2,000). P80 − deterministic = −2 days and −400: both reported as 0 with a warning each.
        var register = new RiskRegister([Risk("O", RiskKind.Opportunity, 1, 200, 2, activities: ["A"])]);
        ContingencyEstimate e = new MonteCarloContingencyEstimator(ChainModel(), new SimulationOptions(256, 1)).Estimate(register, AssessmentStage.Inherent);
        Assert.Equal(0, e.Money);
        Assert.Equal(0, e.Time);
        Diagnostic[] expected =
            [
                new Diagnostic(DiagnosticKind.Warning, "ContingencyReserve", "P80 cost is below the deterministic cost by 400; the reserve is reported as 0."),
                new Diagnostic(DiagnosticKind.Warning, "ScheduleReserve", "P80 finish is before the deterministic finish by 2; the reserve is reported as 0."),
            ];
        Assert.Equal(expected, e.Diagnostics.ToArray());
    }

    // ---- SimulationKernel ----

    [Fact]
    public void Each_driver_scales_its_own_activities_with_its_own_factor()
    {
        // X(10) → Y(10); K0 (factor 2, always) on X, K1 (factor 3, always) on Y: finish 20 + 30 = 50 in every iteration.
        ActivityNetwork net = ActivityNetwork.Create([new Activity("X", 10), new Activity("Y", 10)], [new ActivityLink("X", "Y")]);
        SimulationModel model = SimulationModel.Create(net, [], null, [new RiskDriver("K0", C(2), ["X"]), new RiskDriver("K1", C(3), ["Y"])]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(512, 1));
        Assert.All(r.FinishSamples.ToArray(), f => Assert.Equal(50, f));
    }

    [Fact]
    public void A_driver_with_probability_zero_never_applies()
    {
        SimulationModel model = SimulationModel.Create(Single(10), [], null, [new RiskDriver("K", C(2), ["X"], probability: 0)]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(512, 1));
        Assert.All(r.FinishSamples.ToArray(), f => Assert.Equal(10, f));
    }

    [Fact]
    public void One_severity_drives_an_events_duration_and_cost_impacts()
    {
        // Documented (RiskEvent remarks): the severity u drives every impact and the cost impact of the event. R1 (certain)
        // adds U(1, 3) = 1 + 2u days to X(10) and costs U(100, 300) = 100 + 200u, so cost = 100·(finish − 10) in every
        // iteration, with finish strictly inside (11, 13) (u ∈ (0, 1)). R0 (never occurs) is there so that R1 is the
        // second event and uses the second severity column.
        var impact = new UniformDistribution(1, 3);
        SimulationModel model = SimulationModel.Create(
            Single(10),
            [],
            [new RiskEvent("R0", 0, [new RiskEventImpact("X", impact)]), new RiskEvent("R1", 1, [new RiskEventImpact("X", impact)], new UniformDistribution(100, 300))]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(512, 2));
        for (int i = 0; i < r.Iterations; i++)
        {
            double f = r.FinishSamples[i], c = r.CostSamples[i];
            Assert.InRange(f, Math.BitIncrement(11.0), Math.BitDecrement(13.0));
            Assert.Equal(100 * (f - 10), c, 9);
        }

        Assert.True(r.Finish.StandardDeviation > 0);
    }

    [Fact]
    public void An_activity_that_surely_exists_draws_no_existence_column()
    {
        // Documented draw order: an activity's existence column is drawn only when p < 1. So in X(5) → Y(1) with only Y
        // uncertain, Y's duration uses the block's first column, exactly as in a model of Y alone: finish = 5 + that.
        var u = new UniformDistribution(0, 1);
        SimulationModel alone = SimulationModel.Create(ActivityNetwork.Create([new Activity("Y", 1)], []), [new ActivityUncertainty("Y", u)]);
        ActivityNetwork chain = ActivityNetwork.Create([new Activity("X", 5), new Activity("Y", 1)], [new ActivityLink("X", "Y")]);
        SimulationModel after = SimulationModel.Create(chain, [new ActivityUncertainty("Y", u)]);
        var options = new SimulationOptions(512, 9);
        SimulationResult a = RiskSimulation.Run(alone, options), b = RiskSimulation.Run(after, options);
        for (int i = 0; i < a.Iterations; i++)
        {
            Assert.Equal(5 + a.FinishSamples[i], b.FinishSamples[i]);
        }
    }

    [Fact]
    public void An_uncertain_fixed_cost_is_paid_only_when_the_activity_exists()
    {
        // X(10) exists with p = 0.5 and has a fixed cost ~ U(10, 20), no rate: an iteration either skips X (finish 0,
        // cost 0) or runs it (finish 10, cost strictly inside (10, 20)). The fixed cost has its own column, so it is not
        // the existence or duration number: both outcomes occur and the costs vary.
        SimulationModel model = SimulationModel.Create(Single(10), [new ActivityUncertainty("X", fixedCost: new UniformDistribution(10, 20), existenceProbability: 0.5)]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(512, 5));
        var presentCosts = new HashSet<double>();
        for (int i = 0; i < r.Iterations; i++)
        {
            double f = r.FinishSamples[i], c = r.CostSamples[i];
            if (f == 0)
            {
                Assert.Equal(0, c);
            }
            else
            {
                Assert.Equal(10, f);
                Assert.InRange(c, Math.BitIncrement(10.0), Math.BitDecrement(20.0));
                presentCosts.Add(c);
            }
        }

        Assert.True(presentCosts.Count > 1);
        Assert.Contains(0.0, r.CostSamples.ToArray());
    }

    [Fact]
    public void An_uncertain_fixed_cost_is_drawn_independently_of_the_duration()
    {
        // Duration and fixed cost both U(0, 1) on separate columns: with 512 iterations some pair differs by more than 0.5
        // (if the fixed cost reused the duration's uniforms, cost = finish in every iteration).
        var u = new UniformDistribution(0, 1);
        SimulationModel model = SimulationModel.Create(Single(1), [new ActivityUncertainty("X", u, fixedCost: u)]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(512, 6));
        Assert.Contains(Enumerable.Range(0, r.Iterations), i => Math.Abs(r.FinishSamples[i] - r.CostSamples[i]) > 0.5);
    }

    [Fact]
    public void A_duration_reduced_exactly_to_zero_is_not_counted_as_floored()
    {
        // Documented: FlooredDurations counts durations floored because opportunities made them negative. 10 − 10 = 0 is
        // not negative: nothing floored, finish 0.
        SimulationModel model = SimulationModel.Create(Single(10), [], [new RiskEvent("O", 1, [new RiskEventImpact("X", C(-10))])]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(256, 1));
        Assert.Equal(0, r.FlooredDurations);
        Assert.All(r.FinishSamples.ToArray(), f => Assert.Equal(0, f));
    }

    [Fact]
    public void Latin_hypercube_shuffles_each_column_independently()
    {
        // LHS: in each block of 256 every column has one value per stratum [k/256, (k+1)/256), in a random order drawn per
        // column. Duration and fixed cost are U(0, 1) columns of X, so the duration (finish) has one value per stratum, and
        // their strata orders are independent: some iteration has them more than 0.5 apart (were both columns in the same
        // order, every pair would share a stratum and differ by less than 1/256).
        var u = new UniformDistribution(0, 1);
        SimulationModel model = SimulationModel.Create(Single(1), [new ActivityUncertainty("X", u, fixedCost: u)]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(256, 8, SamplingMethod.LatinHypercube));
        double[] sorted = r.Finish.SortedValues.ToArray();
        for (int k = 0; k < 256; k++)
        {
            Assert.InRange(sorted[k], k / 256.0, (k + 1) / 256.0);
        }

        Assert.Contains(Enumerable.Range(0, r.Iterations), i => Math.Abs(r.FinishSamples[i] - r.CostSamples[i]) > 0.5);
    }

    [Fact]
    public void Zero_float_is_critical_with_a_zero_tolerance()
    {
        // Documented: critical when total float ≤ the tolerance. A single activity has float exactly 0, so with tolerance 0
        // it is critical in every iteration: CI = 1.
        SimulationResult r = RiskSimulation.Run(SimulationModel.Create(Single(5), []), new SimulationOptions(256, 1, criticalFloatTolerance: 0));
        Assert.Equal(1.0, r.Activities.Single().CriticalityIndex);
    }
}
