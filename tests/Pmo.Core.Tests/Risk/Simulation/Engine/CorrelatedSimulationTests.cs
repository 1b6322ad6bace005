using Pmo.Core.Prioritization;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;
using static Pmo.Core.Tests.Risk.Simulation.Engine.EngineTestModels;

namespace Pmo.Core.Tests.Risk.Simulation.Engine;

/// <summary>Correlated activity durations in the engine: achieved rank correlation, policy, determinism and merge.</summary>
public class CorrelatedSimulationTests
{
    private static CorrelationMatrix Target() => CorrelationMatrix.FromPairs(["A", "C", "E"], [("A", "C", 0.8), ("A", "E", 0.5), ("C", "E", 0.3)]);

    private static SimulationModel Correlated(CorrelationMatrix? m = null, CorrelationPolicy policy = CorrelationPolicy.Reject) =>
        SimulationModel.Create(Mixed(), MixedUncertainty(), correlation: m ?? Target(), correlationPolicy: policy);

    [Theory]
    [InlineData(SamplingMethod.MonteCarlo)]
    [InlineData(SamplingMethod.LatinHypercube)]
    public void Achieved_rank_correlation_of_durations_is_close_to_the_target(SamplingMethod sampling)
    {
        // Iman–Conover makes the van der Waerden scores' Pearson correlation equal the target; the rank (Spearman)
        // correlation is then (6/π)·asin(r/2), at most ~0.018 lower in magnitude (Iman and Conover 1982): tolerance 0.04.
        SimulationResult r = RiskSimulation.Run(Correlated(), new SimulationOptions(20_480, 31, sampling, storeActivityDurations: true));
        double[] Durations(string id) => [.. r.ActivityDurations(id)!.Select(f => (double)f)];
        Assert.InRange(RankCorrelation.Spearman(Durations("A"), Durations("C"))!.Value, 0.76, 0.84);
        Assert.InRange(RankCorrelation.Spearman(Durations("A"), Durations("E"))!.Value, 0.46, 0.54);
        Assert.InRange(RankCorrelation.Spearman(Durations("C"), Durations("E"))!.Value, 0.26, 0.34);
        Assert.InRange(RankCorrelation.Spearman(Durations("A"), Durations("B"))!.Value, -0.04, 0.04); // B is not correlated
    }

    [Fact]
    public void Correlation_keeps_each_marginal()
    {
        // Reordering does not change a duration's distribution: the mean of A stays Triangular(4, 5, 9)'s mean 6.
        SimulationResult r = RiskSimulation.Run(Correlated(), new SimulationOptions(40_960, 5, storeActivityDurations: true));
        double se = Math.Sqrt(new TriangularDistribution(4, 5, 9).Variance / r.Iterations);
        Assert.InRange(r.Activities.Single(a => a.ActivityId == "A").MeanDuration!.Value, 6 - (5 * se), 6 + (5 * se));
    }

    [Fact]
    public void Positive_correlation_widens_the_finish_distribution_of_a_chain()
    {
        // A chain of two activities: Var(X + Y) = Var X + Var Y + 2 Cov(X, Y) grows with the correlation.
        ActivityNetwork net = ActivityNetwork.Create([new Activity("A", 5), new Activity("B", 5)], [new ActivityLink("A", "B")]);
        ActivityUncertainty[] unc = [new("A", new TriangularDistribution(3, 5, 10)), new("B", new TriangularDistribution(3, 5, 10))];
        var options = new SimulationOptions(20_480, 2);
        double independent = RiskSimulation.Run(SimulationModel.Create(net, unc), options).Finish.StandardDeviation;
        double correlated = RiskSimulation.Run(SimulationModel.Create(net, unc, correlation: CorrelationMatrix.FromPairs(["A", "B"], [("A", "B", 0.9)])), options).Finish.StandardDeviation;
        Assert.True(correlated > independent * 1.25, $"σ {correlated} vs {independent}");
    }

    [Fact]
    public void Correlated_runs_are_thread_independent_and_merge_exactly()
    {
        SimulationModel model = Correlated();
        SimulationResult one = RiskSimulation.Run(model, new SimulationOptions(6144, 8, maxDegreeOfParallelism: 1));
        SimulationResult two = RiskSimulation.Run(model, new SimulationOptions(6144, 8, maxDegreeOfParallelism: 2));
        SimulationResult merged = SimulationResult.Merge(
            RiskSimulation.Run(model, new SimulationOptions(2048, 8)),
            RiskSimulation.Run(model, new SimulationOptions(4096, 8, firstBlock: 2048 / SimulationOptions.IterationsPerBlock)));
        Assert.True(one.FinishSamples.SequenceEqual(two.FinishSamples));
        Assert.True(one.FinishSamples.SequenceEqual(merged.FinishSamples));
    }

    [Fact]
    public void A_non_psd_matrix_is_rejected_or_repaired_and_reported()
    {
        // r(A,C) = 0.9, r(A,E) = 0.9, r(C,E) = −0.9: eigenvalues 1.9, 1.9, −0.8 (not PSD).
        CorrelationMatrix bad = CorrelationMatrix.FromPairs(["A", "C", "E"], [("A", "C", 0.9), ("A", "E", 0.9), ("C", "E", -0.9)]);
        var ex = Assert.Throws<NonPositiveSemiDefiniteCorrelationException>(() => Correlated(bad));
        Assert.Equal("correlation", ex.ParamName);
        SimulationModel repaired = Correlated(bad, CorrelationPolicy.RepairNearest);
        Assert.NotNull(repaired.CorrelationRepair);
        Assert.True(repaired.CorrelationRepair!.RepairNeeded);
        Assert.True(repaired.EffectiveCorrelation!.IsPositiveSemiDefinite);
        Assert.Same(bad, repaired.Correlation);
        Assert.True(RiskSimulation.Run(repaired, new SimulationOptions(2048, 1)).Iterations == 2048);
        Assert.Null(Correlated().CorrelationRepair);
        Assert.NotNull(repaired.WithRiskEvents([]).CorrelationRepair);
    }

    [Fact]
    public void Correlation_rules()
    {
        Assert.Equal("correlation", Assert.Throws<ArgumentException>(() => Correlated(CorrelationMatrix.FromPairs(["A", "Z"], [("A", "Z", 0.5)]))).ParamName);
        Assert.Equal("correlation", Assert.Throws<ArgumentException>(() => Correlated(CorrelationMatrix.FromPairs(["A", "F"], [("A", "F", 0.5)]))).ParamName); // F is a milestone without uncertainty
        Assert.Equal("correlationPolicy", Assert.Throws<ArgumentOutOfRangeException>(() => Correlated(null, (CorrelationPolicy)4)).ParamName);
    }
}
