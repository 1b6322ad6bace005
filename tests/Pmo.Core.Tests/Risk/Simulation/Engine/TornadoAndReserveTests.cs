using NodaTime;
using Pmo.Core.Risk;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;
using static Pmo.Core.Tests.Risk.Simulation.Engine.EngineTestModels;

namespace Pmo.Core.Tests.Risk.Simulation.Engine;

/// <summary>Tornado, pre/post comparison, register conversion and the Monte Carlo contingency estimator.</summary>
public class TornadoAndReserveTests
{
    private static TriangularDistribution C(double v) => new(v, v, v);

    [Fact]
    public void Tornado_of_certain_events_on_a_chain_equals_their_impacts()
    {
        // A chain A(10) → B(10) with constant durations; R1 always adds 4 to A, R2 always adds 1 to B and costs 30.
        // Removing R1 lowers every iteration's finish by exactly 4, removing R2 by 1 (and the cost by 30).
        ActivityNetwork net = ActivityNetwork.Create([new Activity("A", 10), new Activity("B", 10)], [new ActivityLink("A", "B")]);
        SimulationModel model = SimulationModel.Create(net, [], [new RiskEvent("R2", 1, [new RiskEventImpact("B", C(1))], C(30)), new RiskEvent("R1", 1, [new RiskEventImpact("A", C(4))])]);
        TornadoResult t = RiskTornado.Analyze(model, new SimulationOptions(2048, 1));
        Assert.Equal(["R1", "R2"], t.Bars.Select(b => b.RiskEventId));
        Assert.Equal(4, t.Bars[0].FinishPercentileEffect);
        Assert.Equal(4, t.Bars[0].FinishMeanEffect, 12);
        Assert.Equal(1, t.Bars[1].FinishPercentileEffect);
        Assert.Equal(30, t.Bars[1].CostPercentileEffect);
        Assert.Equal("R2", t.ByCost()[0].RiskEventId);
    }

    [Fact]
    public void Tornado_effects_of_threats_are_never_negative()
    {
        TornadoResult t = RiskTornado.Analyze(MixedWithRisks(), new SimulationOptions(4096, 9));
        Assert.Equal(2, t.Bars.Length);
        Assert.All(t.Bars, b =>
        {
            Assert.True(b.FinishPercentileEffect >= 0);
            Assert.True(b.FinishMeanEffect >= 0);
            Assert.True(b.CostMeanEffect >= 0);
        });
    }

    [Fact]
    public void Tornado_progress_covers_every_run()
    {
        var reports = new List<SimulationProgress>();
        RiskTornado.Analyze(MixedWithRisks(), new SimulationOptions(2048, 1, maxDegreeOfParallelism: 1), progress: new Collect(reports));
        Assert.Equal(new SimulationProgress(3 * 2048, 3 * 2048), reports[^1]); // baseline + one run per event (2)
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First.CompletedIterations <= p.Second.CompletedIterations));
    }

    [Fact]
    public void Tornado_rejects_a_model_without_events() =>
        Assert.Equal("model", Assert.Throws<ArgumentException>(() => RiskTornado.Analyze(SimulationModel.Create(Mixed(), []), new SimulationOptions(10, 1))).ParamName);

    [Fact]
    public void Comparison_shows_the_mitigation_effect_with_common_random_numbers()
    {
        SimulationModel pre = MixedWithRisks();
        SimulationModel post = pre.WithRiskEvents(pre.RiskEvents.Select(e => e.WithProbability(e.Probability / 2)));
        var options = new SimulationOptions(8192, 21);
        SimulationComparison c = SimulationComparison.Compare(RiskSimulation.Run(pre, options), RiskSimulation.Run(post, options));
        Assert.True(c.CommonRandomNumbers);
        ComparisonRow p80 = c.Rows.Single(r => r.Statistic == "finish P80");
        Assert.True(p80.Change <= 0);
        Assert.Equal(p80.After - p80.Before, p80.Change);
    }

    private static RiskEntry Risk(string id, RiskKind kind, double p, double? cost, double? days, params string[] activities) =>
        new(id, "Risk " + id, kind, RiskAssessment.Create(p, cost, days), new LocalDate(2026, 1, 5), projectId: "P1", activityIds: activities,
            residual: RiskAssessment.Create(p / 2, cost, days));

    [Fact]
    public void Register_risks_become_events_with_stage_probability_and_signed_impacts()
    {
        RiskEvent threat = RiskEvent.FromRegister(Risk("T", RiskKind.Threat, 0.4, 1000, 5, "A", "C"), AssessmentStage.Inherent);
        Assert.Equal(0.4, threat.Probability);
        Assert.Equal(["A", "C"], threat.Impacts.Select(i => i.ActivityId));
        Assert.All(threat.Impacts, i => Assert.Equal(5, i.Amount.Mean));
        Assert.Equal(1000, threat.CostImpact!.Mean);
        RiskEvent residual = RiskEvent.FromRegister(Risk("T", RiskKind.Threat, 0.4, 1000, 5, "A"), AssessmentStage.Residual);
        Assert.Equal(0.2, residual.Probability);
        RiskEvent opportunity = RiskEvent.FromRegister(Risk("O", RiskKind.Opportunity, 0.5, 200, 2, "B"), AssessmentStage.Inherent, (0.5, 1.5));
        Assert.Equal(-2, opportunity.Impacts[0].Amount.Mean, 12);
        Assert.Equal(-3, opportunity.Impacts[0].Amount.Minimum, 12);
        Assert.Equal(-1, opportunity.Impacts[0].Amount.Maximum, 12);
        Assert.Equal(-200, opportunity.CostImpact!.Mean, 9);
    }

    [Fact]
    public void Register_conversion_rejects_unplaceable_risks()
    {
        Assert.Equal("risk", Assert.Throws<ArgumentException>(() => RiskEvent.FromRegister(Risk("T", RiskKind.Threat, 0.4, null, 5), AssessmentStage.Inherent)).ParamName);
        Assert.Equal("risk", Assert.Throws<ArgumentException>(() => RiskEvent.FromRegister(Risk("T", RiskKind.Threat, 0.4, null, null, "A"), AssessmentStage.Inherent)).ParamName);
        Assert.Equal("impactSpread", Assert.Throws<ArgumentOutOfRangeException>(() => RiskEvent.FromRegister(Risk("T", RiskKind.Threat, 0.4, 1, 1, "A"), AssessmentStage.Inherent, (1.2, 2))).ParamName);
        Assert.Equal("stage", Assert.Throws<ArgumentOutOfRangeException>(() => RiskEvent.FromRegister(Risk("T", RiskKind.Threat, 0.4, 1, 1, "A"), (AssessmentStage)9)).ParamName);

        // A spread whose high end overflows (1e300 × 1e10) is the caller's spread, named as such (it used to surface as
        // TriangularDistribution's own "maximum" argument); threats and opportunities alike.
        foreach (RiskKind kind in new[] { RiskKind.Threat, RiskKind.Opportunity })
        {
            ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => RiskEvent.FromRegister(Risk("T", kind, 0.4, 1e300, null, "A"), AssessmentStage.Inherent, (0.5, 1e10)));
            Assert.Equal("impactSpread", e.ParamName);
            Assert.Contains("overflows", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Monte_carlo_contingency_plugs_into_the_reserve_and_reports_skipped_risks()
    {
        // Deterministic chain A(10) → B(10), rate 100/day. One certain threat (p = 1) adds 5 days to A and 1,000:
        // every iteration finishes at 25 and costs 2,000 + 500 + 1,000, so P80 − deterministic = 5 days and 1,500.
        ActivityNetwork net = ActivityNetwork.Create([new Activity("A", 10, costRate: 100), new Activity("B", 10, costRate: 100)], [new ActivityLink("A", "B")]);
        var register = new RiskRegister(
        [
            Risk("T", RiskKind.Threat, 1, 1000, 5, "A"),
            Risk("U", RiskKind.Threat, 0.5, 10, 3, "Z"),
            Risk("V", RiskKind.Threat, 0.5, null, 3),
        ]);
        var estimator = new MonteCarloContingencyEstimator(SimulationModel.Create(net, []), new SimulationOptions(1024, 1), projectId: "P1");
        ContingencyEstimate e = ContingencyReserve.Estimate(register, AssessmentStage.Inherent, estimator);
        Assert.Equal(ContingencyMethod.Quantitative, e.Method);
        Assert.Equal(5, e.Time, 12);
        Assert.Equal(1500, e.Money, 9);
        Assert.Equal(["U", "V"], e.Diagnostics.Select(d => d.Metric).Order(StringComparer.Ordinal));
    }

    private sealed class Collect(List<SimulationProgress> list) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => list.Add(value);
    }
}
