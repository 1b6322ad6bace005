using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;
using static Pmo.Core.Tests.Risk.Simulation.Engine.EngineTestModels;

namespace Pmo.Core.Tests.Risk.Simulation.Engine;

/// <summary>
/// Layer 1–2 checks of the Monte Carlo engine: exact identities (zero uncertainty = CPM, determinism, merge, dominance)
/// and analytic distributions within stated statistical tolerances for fixed seeds. Tolerances are k standard errors of
/// the estimator (k = 5 unless stated), so a correct engine fails with probability well below 1e-5 per check.
/// </summary>
public class RiskSimulationTests
{
    [Fact]
    public void Zero_uncertainty_reproduces_cpm_exactly_for_every_link_type()
    {
        ActivityNetwork net = Mixed();
        CpmResult cpm = CriticalPath.Analyze(net);
        SimulationResult r = RiskSimulation.Run(SimulationModel.Create(net, []), new SimulationOptions(3000, 7));
        Assert.Equal(3000, r.Iterations);
        foreach (double f in r.FinishSamples)
        {
            Assert.Equal(cpm.ProjectDuration, f);
        }

        foreach (double c in r.CostSamples)
        {
            Assert.Equal(cpm.TotalCost, c, 9);
        }

        Assert.Equal(cpm.ProjectDuration, r.DeterministicFinish);
        Assert.Equal(0, r.MergeBias);
        foreach (ActivityRiskStatistics a in r.Activities)
        {
            Assert.Equal(cpm[a.ActivityId].IsCritical ? 1.0 : 0.0, a.CriticalityIndex);
        }
    }

    [Theory]
    [InlineData(SamplingMethod.MonteCarlo)]
    [InlineData(SamplingMethod.LatinHypercube)]
    public void Same_seed_gives_bit_identical_results_for_1_2_and_8_threads(SamplingMethod sampling)
    {
        SimulationModel model = MixedWithRisks();
        SimulationResult Run(int threads) => RiskSimulation.Run(model, new SimulationOptions(10_000, 123, sampling, storeActivityDurations: true, maxDegreeOfParallelism: threads));
        SimulationResult one = Run(1), two = Run(2), eight = Run(8);
        foreach (SimulationResult other in new[] { two, eight })
        {
            Assert.True(one.FinishSamples.SequenceEqual(other.FinishSamples));
            Assert.True(one.CostSamples.SequenceEqual(other.CostSamples));
            Assert.Equal(one.Activities.Select(a => a.CriticalityIndex), other.Activities.Select(a => a.CriticalityIndex));
            Assert.Equal(one.ActivityDurations("C"), other.ActivityDurations("C"));
        }
    }

    [Fact]
    public void Different_seeds_give_different_samples()
    {
        SimulationModel model = MixedWithRisks();
        SimulationResult a = RiskSimulation.Run(model, new SimulationOptions(2000, 1));
        SimulationResult b = RiskSimulation.Run(model, new SimulationOptions(2000, 2));
        Assert.False(a.FinishSamples.SequenceEqual(b.FinishSamples));
    }

    [Fact]
    public void Merging_two_halves_equals_the_whole_run()
    {
        SimulationModel model = MixedWithRisks();
        SimulationResult whole = RiskSimulation.Run(model, new SimulationOptions(5000, 99, storeActivityDurations: true));
        SimulationResult first = RiskSimulation.Run(model, new SimulationOptions(2048, 99, storeActivityDurations: true));
        SimulationResult second = RiskSimulation.Run(model, new SimulationOptions(5000 - 2048, 99, storeActivityDurations: true, firstBlock: 2048 / SimulationOptions.IterationsPerBlock));
        SimulationResult merged = SimulationResult.Merge(first, second);
        Assert.True(whole.FinishSamples.SequenceEqual(merged.FinishSamples));
        Assert.True(whole.CostSamples.SequenceEqual(merged.CostSamples));
        Assert.Equal(whole.Activities.Select(a => a.CriticalityIndex), merged.Activities.Select(a => a.CriticalityIndex));
        Assert.Equal(whole.Activities.Select(a => a.FinishRankCorrelation), merged.Activities.Select(a => a.FinishRankCorrelation));
        Assert.Equal(whole.Finish.Percentile(0.8), merged.Finish.Percentile(0.8));
        Assert.Equal(whole.Cost.Mean, merged.Cost.Mean);
    }

    [Fact]
    public void Merge_rejects_non_adjacent_or_mismatched_runs()
    {
        SimulationModel model = MixedWithRisks();
        SimulationResult a = RiskSimulation.Run(model, new SimulationOptions(2048, 5));
        SimulationResult gap = RiskSimulation.Run(model, new SimulationOptions(1024, 5, firstBlock: (2048 / SimulationOptions.IterationsPerBlock) + 1));
        SimulationResult otherSeed = RiskSimulation.Run(model, new SimulationOptions(1024, 6, firstBlock: 2048 / SimulationOptions.IterationsPerBlock));
        SimulationResult partial = RiskSimulation.Run(model, new SimulationOptions(1000, 5));
        SimulationResult otherModel = RiskSimulation.Run(SimulationModel.Create(Mixed(), []), new SimulationOptions(1024, 5, firstBlock: 2048 / SimulationOptions.IterationsPerBlock));
        Assert.Equal("second", Assert.Throws<ArgumentException>(() => SimulationResult.Merge(a, gap)).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentException>(() => SimulationResult.Merge(a, otherSeed)).ParamName);
        Assert.Equal("first", Assert.Throws<ArgumentException>(() => SimulationResult.Merge(partial, gap)).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentException>(() => SimulationResult.Merge(a, otherModel)).ParamName);
    }

    [Fact]
    public void A_shorter_run_is_a_prefix_of_a_longer_one()
    {
        SimulationModel model = MixedWithRisks();
        SimulationResult shortRun = RiskSimulation.Run(model, new SimulationOptions(1500, 11, SamplingMethod.LatinHypercube));
        SimulationResult longRun = RiskSimulation.Run(model, new SimulationOptions(4096, 11, SamplingMethod.LatinHypercube));
        Assert.True(shortRun.FinishSamples.SequenceEqual(longRun.FinishSamples[..1500]));
    }

    [Fact]
    public void A_threat_never_lowers_any_iteration_or_percentile()
    {
        SimulationModel without = SimulationModel.Create(Mixed(), MixedUncertainty(), [new RiskEvent("T", 0, [new RiskEventImpact("B", new TriangularDistribution(1, 3, 8))], new TriangularDistribution(10, 20, 40))]);
        SimulationModel with = without.WithRiskEvents([new RiskEvent("T", 0.4, [new RiskEventImpact("B", new TriangularDistribution(1, 3, 8))], new TriangularDistribution(10, 20, 40))]);
        var options = new SimulationOptions(8192, 3);
        SimulationResult a = RiskSimulation.Run(without, options), b = RiskSimulation.Run(with, options);
        for (int i = 0; i < a.Iterations; i++)
        {
            Assert.True(b.FinishSamples[i] >= a.FinishSamples[i]);
            Assert.True(b.CostSamples[i] >= a.CostSamples[i]);
        }

        foreach (double p in SampleSummary.ReportedLevels)
        {
            Assert.True(b.Finish.Percentile(p) >= a.Finish.Percentile(p));
            Assert.True(b.Cost.Percentile(p) >= a.Cost.Percentile(p));
        }

        Assert.True(b.Finish.Mean > a.Finish.Mean);
    }

    [Theory]
    [InlineData(SamplingMethod.MonteCarlo)]
    [InlineData(SamplingMethod.LatinHypercube)]
    public void Single_triangular_activity_matches_its_moments(SamplingMethod sampling)
    {
        // Triangular(2, 5, 11): mean (2 + 5 + 11)/3 = 6, variance (4 + 25 + 121 − 10 − 22 − 55)/18 = 63/18 = 3.5.
        SimulationModel model = SimulationModel.Create(Single(5), [new ActivityUncertainty("X", new TriangularDistribution(2, 5, 11))]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(40_960, 2024, sampling));
        double se = Math.Sqrt(3.5 / r.Iterations);
        Assert.InRange(r.Finish.Mean, 6 - (5 * se), 6 + (5 * se));
        Assert.InRange(r.Finish.StandardDeviation * r.Finish.StandardDeviation, 3.5 * 0.97, 3.5 * 1.03);
        Assert.InRange(r.Finish.Minimum, 2, 11);
        Assert.InRange(r.Finish.Maximum, 2, 11);
        if (sampling == SamplingMethod.LatinHypercube)
        {
            // Stratification in blocks of 256 makes the mean error far smaller than Monte Carlo's σ/√n.
            Assert.InRange(r.Finish.Mean, 6 - (0.05 * se), 6 + (0.05 * se));
        }
    }

    [Fact]
    public void Maximum_of_two_independent_parallel_paths_has_the_product_distribution()
    {
        // P(max(X, Y) ≤ t) = F_X(t) · F_Y(t) for independent X ~ Tri(2, 4, 9), Y ~ Tri(3, 5, 7).
        var x = new TriangularDistribution(2, 4, 9);
        var y = new TriangularDistribution(3, 5, 7);
        SimulationModel model = SimulationModel.Create(Parallel(4, 5), [new ActivityUncertainty("P0", x), new ActivityUncertainty("P1", y)]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(50_000, 77));
        foreach (double t in new[] { 3.5, 4.5, 5.0, 5.5, 6.0, 6.5, 7.0, 8.0 })
        {
            double expected = x.Cdf(t) * y.Cdf(t);
            double se = Math.Sqrt(expected * (1 - expected) / r.Iterations);
            Assert.InRange(r.Finish.ProbabilityAtOrBelow(t), expected - (5 * se) - 1e-12, expected + (5 * se) + 1e-12);
        }

        // Criticality: P0 is critical when X ≥ Y: P(X ≥ Y) = ∫ F_Y f_X, estimated here by the complement check CI0 + CI1 = 1 (no ties).
        double ci0 = r.Activities.Single(a => a.ActivityId == "P0").CriticalityIndex!.Value;
        double ci1 = r.Activities.Single(a => a.ActivityId == "P1").CriticalityIndex!.Value;
        Assert.Equal(1.0, ci0 + ci1, 12);
        Assert.Equal(1.0, r.Activities.Single(a => a.ActivityId == "S").CriticalityIndex);
        Assert.True(r.MergeBias > 0);
    }

    [Fact]
    public void Two_identical_parallel_paths_are_each_critical_about_half_the_time()
    {
        var d = new TriangularDistribution(1, 2, 6);
        SimulationModel model = SimulationModel.Create(Parallel(2, 2), [new ActivityUncertainty("P0", d), new ActivityUncertainty("P1", d)]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(20_000, 5));
        double se = Math.Sqrt(0.25 / r.Iterations);
        Assert.InRange(r.Activities.Single(a => a.ActivityId == "P0").CriticalityIndex!.Value, 0.5 - (5 * se), 0.5 + (5 * se));
    }

    [Fact]
    public void Existence_risk_removes_the_activity_with_its_probability()
    {
        ActivityNetwork net = ActivityNetwork.Create([new Activity("A", 10, fixedCost: 100), new Activity("B", 10, fixedCost: 50, costRate: 2)], [new ActivityLink("A", "B")]);
        SimulationModel model = SimulationModel.Create(net, [new ActivityUncertainty("B", existenceProbability: 0.3)]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(20_000, 8));
        int present = 0;
        for (int i = 0; i < r.Iterations; i++)
        {
            double f = r.FinishSamples[i], c = r.CostSamples[i];
            Assert.True((f == 20 && c == 170) || (f == 10 && c == 100));
            present += f == 20 ? 1 : 0;
        }

        double share = (double)present / r.Iterations, se = Math.Sqrt(0.21 / r.Iterations);
        Assert.InRange(share, 0.3 - (5 * se), 0.3 + (5 * se));
    }

    [Fact]
    public void Drivers_relative_and_absolute_impacts_compose_as_documented()
    {
        // d = (D·f + o·(r·D·f + a))·x with D = 10, f = 2 (driver always on), relative r = 0.5 and absolute a = 3 always
        // occurring: 10·2 + 0.5·20 + 3 = 33; cost = rate 1 × 33 + event cost 7 = 40.
        static TriangularDistribution C(double v) => new(v, v, v);
        SimulationModel model = SimulationModel.Create(
            Single(10, costRate: 1),
            [],
            [new RiskEvent("R", 1, [new RiskEventImpact("X", C(0.5), ImpactMode.Relative)]), new RiskEvent("Q", 1, [new RiskEventImpact("X", C(3))], C(7))],
            [new RiskDriver("K", C(2), ["X"])]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(100, 1));
        Assert.All(r.FinishSamples.ToArray(), f => Assert.Equal(33, f, 12));
        Assert.All(r.CostSamples.ToArray(), c => Assert.Equal(40, c, 12));
    }

    [Fact]
    public void Opportunities_that_would_make_a_duration_negative_are_floored_and_counted()
    {
        SimulationModel model = SimulationModel.Create(Single(10), [], [new RiskEvent("O", 1, [new RiskEventImpact("X", new TriangularDistribution(-20, -20, -20))])]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(1000, 1));
        Assert.All(r.FinishSamples.ToArray(), f => Assert.Equal(0, f));
        Assert.Equal(1000, r.FlooredDurations);
    }

    [Fact]
    public void Comonotone_finish_and_cost_give_a_joint_confidence_equal_to_the_level()
    {
        // Cost = 100 × duration, so cost and finish are perfectly rank-correlated: P(T ≤ P80_T, C ≤ P80_C) = P(T ≤ P80_T).
        SimulationModel model = SimulationModel.Create(Single(5, costRate: 100), [new ActivityUncertainty("X", new TriangularDistribution(2, 5, 11))]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(10_000, 4));
        Assert.Equal(r.Finish.ProbabilityAtOrBelow(r.Finish.Percentile(0.8)), r.JointConfidence(r.Finish.Percentile(0.8), r.Cost.Percentile(0.8)));
        Assert.Equal(1, r.JointConfidence(r.Finish.Maximum, r.Cost.Maximum));
        Assert.Equal(0, r.JointConfidence(r.Finish.Minimum - 1, r.Cost.Maximum));
        foreach (JclPoint p in r.IsoJclFrontier(0.7, 11))
        {
            Assert.True(p.JointConfidence >= 0.7);
        }

        Assert.Equal(r.Finish.Percentile(0.8) - 5, r.ScheduleMargin(0.8));
        Assert.Equal(r.Cost.Percentile(0.8) - 500, r.CostContingency(0.8), 9);
    }

    [Fact]
    public void Convergence_stops_at_a_check_point_and_is_thread_independent()
    {
        var rule = new ConvergenceRule(relativeTolerance: 0.01, checkInterval: 2048, stableChecks: 2, minimumIterations: 4096);
        SimulationModel model = MixedWithRisks();
        SimulationResult one = RiskSimulation.Run(model, new SimulationOptions(1_000_000, 17, convergence: rule, maxDegreeOfParallelism: 1));
        SimulationResult two = RiskSimulation.Run(model, new SimulationOptions(1_000_000, 17, convergence: rule, maxDegreeOfParallelism: 2));
        Assert.True(one.Converged);
        Assert.True(one.Iterations < 1_000_000);
        Assert.Equal(0, one.Iterations % 2048);
        Assert.True(one.FinishSamples.SequenceEqual(two.FinishSamples));
        Assert.Null(RiskSimulation.Run(model, new SimulationOptions(100, 1)).Converged);
    }

    [Fact]
    public void Progress_is_reported_and_ends_at_the_total()
    {
        var reports = new List<SimulationProgress>();
        RiskSimulation.Run(MixedWithRisks(), new SimulationOptions(20_000, 1, maxDegreeOfParallelism: 2), new SyncProgress(reports.Add));
        Assert.NotEmpty(reports);
        Assert.Equal(new SimulationProgress(20_000, 20_000), reports[^1]);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First.CompletedIterations < p.Second.CompletedIterations));
    }

    [Fact]
    public void A_cancelled_token_stops_the_run()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => RiskSimulation.Run(MixedWithRisks(), new SimulationOptions(100_000, 1), null, cts.Token));
    }

    [Fact]
    public void Cancellation_during_a_run_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.CompletedIterations >= 16_384)
            {
                cts.Cancel();
            }
        });
        Assert.ThrowsAny<OperationCanceledException>(() => RiskSimulation.Run(MixedWithRisks(), new SimulationOptions(10_000_000, 1, maxDegreeOfParallelism: 1), progress, cts.Token));
    }

    [Fact]
    public void Sensitivity_of_a_single_activity_is_perfect_and_constants_are_undefined()
    {
        ActivityNetwork net = ActivityNetwork.Create([new Activity("A", 5), new Activity("B", 3)], [new ActivityLink("A", "B")]);
        SimulationModel model = SimulationModel.Create(net, [new ActivityUncertainty("A", new TriangularDistribution(2, 5, 11))]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(5000, 2, storeActivityDurations: true));
        ActivityRiskStatistics a = r.Activities[0], b = r.Activities[1];
        Assert.Equal(1.0, a.FinishRankCorrelation!.Value, 9); // finish = d_A + 3; float storage can tie two close durations
        Assert.Equal(1.0, a.FinishCorrelation!.Value, 6); // durations are stored as float: r = 1 up to float rounding
        Assert.Equal(1.0, a.ScheduleSensitivityIndex!.Value, 5); // CI = 1 and σ_d = σ_T
        Assert.Null(b.FinishCorrelation);
        Assert.Null(b.FinishRankCorrelation);
        Assert.Equal(0, b.DurationStandardDeviation);
        SimulationResult noStore = RiskSimulation.Run(model, new SimulationOptions(100, 2, trackCriticality: false));
        Assert.Null(noStore.Activities[0].CriticalityIndex);
        Assert.Null(noStore.Activities[0].FinishCorrelation);
        Assert.Null(noStore.ActivityDurations("A"));
    }

    [Fact]
    public void Histogram_and_s_curve_cover_every_iteration()
    {
        SimulationResult r = RiskSimulation.Run(MixedWithRisks(), new SimulationOptions(4000, 3));
        Histogram h = r.Finish.Histogram(25);
        Assert.Equal(4000, h.Counts.Sum());
        Assert.Equal(r.Finish.Minimum, h.Edges[0]);
        Assert.Equal(r.Finish.Maximum, h.Edges[^1]);
        var curve = r.Finish.SCurve(11);
        Assert.Equal(r.Finish.Minimum, curve[0].Value);
        Assert.Equal(r.Finish.Maximum, curve[^1].Value);
        Assert.True(curve.Zip(curve.Skip(1)).All(p => p.First.Value <= p.Second.Value));
    }

    private sealed class SyncProgress(Action<SimulationProgress> action) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => action(value);
    }
}
