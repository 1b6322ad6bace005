using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;
using static Pmo.Core.Tests.Risk.Simulation.Engine.EngineTestModels;

namespace Pmo.Core.Tests.Risk.Simulation.Engine;

/// <summary>
/// Issue 9 §6, Stryker survivors list H (engine half): <see cref="RiskSimulation.Run"/>'s argument checks, the
/// convergence rule (checks every <see cref="ConvergenceRule.CheckInterval"/> iterations, "stable" = moved by at most
/// tolerance × value, the final check at the maximum), progress reports, cancellation between blocks, the overflow
/// rejection, the model fingerprint (every compiled number enters it: models that differ in one of them must not
/// share a fingerprint, or <see cref="SimulationResult.Merge"/> would merge different models) and two compiled-model
/// paths (several drivers on one activity, flooring of two opportunities). Deterministic models (constant durations)
/// make the convergence outcome exact.
/// </summary>
public class SimMutationTestsH2
{
    private sealed class Recorder : IProgress<SimulationProgress>
    {
        public List<int> Done { get; } = [];

        public void Report(SimulationProgress value) => Done.Add(value.CompletedIterations);
    }

    /// <summary>Delegates to an inner distribution and cancels a token the first time the kernel samples it (inside a block).</summary>
    private sealed class CancelWhenSampled(Distribution inner, CancellationTokenSource cts) : Distribution
    {
        public override double Mean => inner.Mean;

        public override double Variance => inner.Variance;

        public override double Minimum => inner.Minimum;

        public override double Maximum => inner.Maximum;

        protected internal override double QuantileCore(double probability) => inner.Quantile(probability);

        protected internal override void QuantilesCore(ReadOnlySpan<double> probabilities, Span<double> destination)
        {
            cts.Cancel();
            inner.Quantiles(probabilities, destination);
        }

        protected override double CdfCore(double x) => inner.Cdf(x);
    }

    /// <summary>X = 5 days, no uncertainty, no cost: finish 5 and cost 0 in every iteration, so every check is exactly stable.</summary>
    private static SimulationModel Fixed() => SimulationModel.Create(Single(5), []);

    private static SimulationResult RunRule(SimulationModel m, int iterations, ConvergenceRule rule, Recorder? progress = null) =>
        RiskSimulation.Run(m, new SimulationOptions(iterations, 3, maxDegreeOfParallelism: 1, convergence: rule), progress);

    // ---- Run arguments, overflow ----------------------------------------------------------------------------------

    [Fact]
    public void Run_rejects_a_null_model_or_options()
    {
        Reject.Rule<ArgumentNullException>(() => RiskSimulation.Run(null!, new SimulationOptions(1, 1)), "model");
        Reject.Rule<ArgumentNullException>(() => RiskSimulation.Run(Fixed(), null!), "options");
    }

    [Fact]
    public void Run_rejects_a_cost_that_overflows_the_double_range()
    {
        // Deterministic cost 1e308 (finite, so the network is valid); a certain event (p = 1) adds 1e308 in every
        // iteration: simulated cost 1e308 + 1e308 = +∞ > double.MaxValue ≈ 1.8e308 → the documented rejection.
        SimulationModel m = SimulationModel.Create(Single(1, fixedCost: 1e308), [], [new RiskEvent("E", 1, [], Distribution.Constant(1e308))]);
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskSimulation.Run(m, new SimulationOptions(4, 1, maxDegreeOfParallelism: 1)), "model", "overflows the double range");
    }

    // ---- Convergence rule -----------------------------------------------------------------------------------------

    [Fact]
    public void A_single_check_cannot_converge_because_nothing_came_before_it()
    {
        // 256 iterations, check every 256: one check (at 256) with no previous check to compare with → not stable,
        // so the maximum is reached first → Converged false; one progress report at 256.
        var p = new Recorder();
        SimulationResult r = RunRule(Fixed(), 256, new ConvergenceRule(checkInterval: 256, stableChecks: 1, minimumIterations: 1), p);
        Assert.False(r.Converged);
        Assert.Equal(256, r.Iterations);
        Assert.Equal([256], p.Done);
    }

    [Fact]
    public void The_check_at_the_maximum_counts_towards_convergence()
    {
        // 512 iterations, checks at 256 (no previous → stable count 0) and at 512 (finish 5 and cost 0 unchanged: 0 ≤ tol·5
        // and 0 ≤ tol·0 → stable, 1 in a row ≥ StableChecks 1, 512 ≥ MinimumIterations 1) → Converged true after all 512.
        var p = new Recorder();
        SimulationResult r = RunRule(Fixed(), 512, new ConvergenceRule(checkInterval: 256, stableChecks: 1, minimumIterations: 1), p);
        Assert.True(r.Converged);
        Assert.Equal(512, r.Iterations);
        Assert.Equal(512, r.CostSamples.Length);
        Assert.Equal([256, 512], p.Done);
    }

    [Fact]
    public void The_check_at_the_maximum_converges_when_the_minimum_equals_the_maximum()
    {
        // As above with MinimumIterations = 512: the check at 512 has done = 512 ≥ 512 → Converged true.
        SimulationResult r = RunRule(Fixed(), 512, new ConvergenceRule(checkInterval: 256, stableChecks: 1, minimumIterations: 512));
        Assert.True(r.Converged);
        Assert.Equal(512, r.Iterations);
    }

    [Fact]
    public void Two_stable_checks_need_three_checks()
    {
        // 512 iterations, StableChecks 2: checks at 256 (no previous) and 512 (stable, 1 in a row) → 1 < 2 → false.
        SimulationResult r = RunRule(Fixed(), 512, new ConvergenceRule(checkInterval: 256, stableChecks: 2, minimumIterations: 1));
        Assert.False(r.Converged);
        Assert.Equal(512, r.Iterations);
    }

    [Fact]
    public void A_converging_run_stops_at_the_first_check_that_meets_the_rule()
    {
        // Max 1,024, checks at 256 (no previous), 512 (stable 1 ≥ 1 and 512 ≥ minimum 512) → stop at 512, Converged true;
        // the results hold exactly the 512 iterations run (finish and cost alike), progress was reported at 256 and 512.
        var p = new Recorder();
        SimulationResult r = RunRule(Fixed(), 1024, new ConvergenceRule(checkInterval: 256, stableChecks: 1, minimumIterations: 512), p);
        Assert.True(r.Converged);
        Assert.Equal(512, r.Iterations);
        Assert.Equal(512, r.FinishSamples.Length);
        Assert.Equal(512, r.CostSamples.Length);
        Assert.All(r.FinishSamples.ToArray(), f => Assert.Equal(5.0, f));
        Assert.Equal([256, 512], p.Done);
    }

    [Fact]
    public void Checks_and_progress_reports_fall_on_multiples_of_the_check_interval()
    {
        // Max 1,000 with checks every 256 and a minimum that cannot be met: progress after 256, 512, 768 and the
        // final partial block 1,000; never converged.
        var p = new Recorder();
        SimulationResult r = RunRule(Fixed(), 1000, new ConvergenceRule(checkInterval: 256, stableChecks: 1, minimumIterations: 100_000), p);
        Assert.False(r.Converged);
        Assert.Equal(1000, r.Iterations);
        Assert.Equal([256, 512, 768, 1000], p.Done);
    }

    [Fact]
    public void Moving_percentiles_do_not_converge_under_a_tiny_tolerance()
    {
        // X ~ Uniform(1, 2), Monte Carlo, 19 watched percentiles (5 %, 10 %, …, 95 %), tolerance 1e-12, checks at 256
        // and 512. Stability needs every nearest-rank percentile of the 512 to be within 1e-12 relative of the one of the
        // first 256, i.e. the very same sample at all 19 ranks (distinct uniforms in [1, 2] differ by far more than 1e-12
        // except with probability ~1e-9): each needs an exact binomial count of the second block below it, jointly a
        // probability far below 1e-10. So the run is not converged (for this fixed seed, and for practically any seed).
        SimulationModel m = SimulationModel.Create(Single(1.5), [new ActivityUncertainty("X", Distribution.Uniform(1, 2))]);
        double[] watched = [.. Enumerable.Range(1, 19).Select(k => k * 0.05)];
        SimulationResult r = RunRule(m, 512, new ConvergenceRule(watched, relativeTolerance: 1e-12, checkInterval: 256, stableChecks: 1, minimumIterations: 1));
        Assert.False(r.Converged);
        Assert.Equal(512, r.Iterations);
    }

    [Fact]
    public void Without_a_rule_converged_is_null_and_progress_ends_at_the_total()
    {
        var p = new Recorder();
        SimulationResult r = RiskSimulation.Run(Fixed(), new SimulationOptions(600, 3, maxDegreeOfParallelism: 1), p);
        Assert.Null(r.Converged);
        Assert.Equal(600, r.Iterations);
        Assert.Equal(600, p.Done[^1]);
        Assert.True(p.Done.Zip(p.Done.Skip(1)).All(t => t.First < t.Second), "progress must strictly increase");
    }

    // ---- Cancellation ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Cancelling_inside_a_block_stops_the_run_before_the_next_block(int threads)
    {
        // 512 iterations = 2 blocks in one batch; the token is cancelled while block 0 (or 1) samples X: the run must end
        // with OperationCanceledException ("cancels the run between blocks"), with one thread or two.
        using var cts = new CancellationTokenSource();
        SimulationModel m = SimulationModel.Create(Single(1.5), [new ActivityUncertainty("X", new CancelWhenSampled(Distribution.Uniform(1, 2), cts))]);
        Assert.Throws<OperationCanceledException>(() => RiskSimulation.Run(m, new SimulationOptions(512, 3, maxDegreeOfParallelism: threads), null, cts.Token));
    }

    // ---- Compiled model -------------------------------------------------------------------------------------------

    [Fact]
    public void Two_drivers_on_one_activity_both_scale_it()
    {
        // d = D · Π_k f_k: 5 · 2 · 3 = 30 in every iteration (both drivers occur with probability 1, constant factors).
        SimulationModel m = SimulationModel.Create(Single(5), [], null, [new RiskDriver("K1", Distribution.Constant(2), ["X"]), new RiskDriver("K2", Distribution.Constant(3), ["X"])]);
        SimulationResult r = RiskSimulation.Run(m, new SimulationOptions(10, 1, maxDegreeOfParallelism: 1));
        Assert.All(r.FinishSamples.ToArray(), f => Assert.Equal(30.0, f));
    }

    [Fact]
    public void Two_opportunities_that_make_a_duration_negative_are_floored_and_counted()
    {
        // d = max(0, 5 − 3 − 4) = max(0, −2) = 0 in every iteration (both events occur with probability 1): finish 0 and
        // one floored duration per iteration → 10.
        SimulationModel m = SimulationModel.Create(
            Single(5),
            [],
            [new RiskEvent("O1", 1, [new RiskEventImpact("X", Distribution.Constant(-3))]), new RiskEvent("O2", 1, [new RiskEventImpact("X", Distribution.Constant(-4))])]);
        SimulationResult r = RiskSimulation.Run(m, new SimulationOptions(10, 1, maxDegreeOfParallelism: 1));
        Assert.All(r.FinishSamples.ToArray(), f => Assert.Equal(0.0, f));
        Assert.Equal(10, r.FlooredDurations);
    }

    // ---- Fingerprint ----------------------------------------------------------------------------------------------
    // FNV-1a: a byte stream that differs from another of the same length in a single byte always gives a different
    // hash (xor of distinct bytes gives distinct states and multiplication by the odd FNV prime is a bijection modulo
    // 2^64, as is every later step), so each pair below, differing in one compiled number, must differ.

    private static ulong Fp(SimulationModel m) => RiskSimulation.Run(m, new SimulationOptions(1, 1, maxDegreeOfParallelism: 1)).Fingerprint;

    private static void Differ(SimulationModel a, SimulationModel b)
    {
        Assert.Equal(Fp(a), Fp(a));
        Assert.NotEqual(Fp(a), Fp(b));
    }

    private static SimulationModel One(Activity x, params ActivityUncertainty[] u) => SimulationModel.Create(ActivityNetwork.Create([x], []), u);

    [Fact]
    public void Equal_models_give_equal_fingerprints() => Assert.Equal(Fp(MixedWithRisks()), Fp(MixedWithRisks()));

    [Fact]
    public void Fingerprint_tells_activity_ids_apart() => Differ(One(new Activity("X", 5)), One(new Activity("Y", 5)));

    [Fact]
    public void Fingerprint_tells_planned_durations_apart()
    {
        Differ(One(new Activity("X", 5)), One(new Activity("X", 6))); // bit patterns 0x4014… and 0x4018…: same low byte
        Differ(One(new Activity("X", 1)), One(new Activity("X", Math.BitIncrement(1.0)))); // differ only in bit 0
    }

    [Fact]
    public void Fingerprint_tells_constraints_rates_and_fixed_costs_apart()
    {
        Differ(One(new Activity("X", 5, startNoEarlierThan: 2)), One(new Activity("X", 5, startNoEarlierThan: 3)));
        Differ(One(new Activity("X", 5, costRate: 1)), One(new Activity("X", 5, costRate: 2)));
        Differ(One(new Activity("X", 5, fixedCost: 1)), One(new Activity("X", 5, fixedCost: 2)));
    }

    [Fact]
    public void Fingerprint_tells_existence_and_distributions_apart()
    {
        var x = new Activity("X", 5);
        Differ(One(x, new ActivityUncertainty("X", existenceProbability: 0.5)), One(x, new ActivityUncertainty("X", existenceProbability: 0.6)));
        Differ(One(x, new ActivityUncertainty("X", Distribution.Triangular(1, 2, 3))), One(x, new ActivityUncertainty("X", Distribution.Triangular(1, 2, 4))));
        Differ(One(x, new ActivityUncertainty("X", fixedCost: Distribution.Triangular(1, 2, 3))), One(x, new ActivityUncertainty("X", fixedCost: Distribution.Triangular(1, 2, 4))));

        // The same distribution on the duration versus on the fixed cost.
        Differ(One(x, new ActivityUncertainty("X", Distribution.Triangular(1, 2, 3))), One(x, new ActivityUncertainty("X", fixedCost: Distribution.Triangular(1, 2, 3))));
    }

    private static SimulationModel Abc(ActivityLink link) =>
        SimulationModel.Create(ActivityNetwork.Create([new Activity("A", 5), new Activity("B", 5), new Activity("C", 3)], [link]), []);

    [Fact]
    public void Fingerprint_tells_links_apart()
    {
        Differ(Abc(new ActivityLink("A", "C")), Abc(new ActivityLink("B", "C"))); // the predecessor
        Differ(Abc(new ActivityLink("A", "C")), Abc(new ActivityLink("A", "C", LinkType.StartToStart))); // the type
        Differ(Abc(new ActivityLink("A", "C", LinkType.FinishToStart, 1)), Abc(new ActivityLink("A", "C", LinkType.FinishToStart, 2))); // the lag
    }

    private static SimulationModel Ab(IEnumerable<RiskEvent>? events = null, IEnumerable<RiskDriver>? drivers = null, CorrelationMatrix? corr = null) =>
        SimulationModel.Create(
            ActivityNetwork.Create([new Activity("A", 5), new Activity("B", 5)], []),
            [new ActivityUncertainty("A", Distribution.Triangular(4, 5, 7)), new ActivityUncertainty("B", Distribution.Triangular(4, 5, 7))],
            events,
            drivers,
            corr);

    [Fact]
    public void Fingerprint_tells_event_impacts_apart()
    {
        static RiskEventImpact I(string a, double v, ImpactMode mode = ImpactMode.Absolute) => new(a, Distribution.Constant(v), mode);

        // Which event hits which activity (ids are not part of the structure, the event index is).
        Differ(Ab([new RiskEvent("E1", 0.5, [I("A", 1)]), new RiskEvent("E2", 0.5, [I("B", 1)])]), Ab([new RiskEvent("E1", 0.5, [I("B", 1)]), new RiskEvent("E2", 0.5, [I("A", 1)])]));
        Differ(Ab([new RiskEvent("E", 0.5, [I("A", 0.5)])]), Ab([new RiskEvent("E", 0.5, [I("A", 0.5, ImpactMode.Relative)])])); // mode
        Differ(Ab([new RiskEvent("E", 0.5, [I("A", 1)])]), Ab([new RiskEvent("E", 0.5, [I("A", 2)])])); // amount
    }

    [Fact]
    public void Fingerprint_tells_event_probabilities_and_costs_apart()
    {
        Differ(Ab([new RiskEvent("E", 0.3, [], Distribution.Constant(100))]), Ab([new RiskEvent("E", 0.4, [], Distribution.Constant(100))]));
        Differ(Ab([new RiskEvent("E", 0.3, [], Distribution.Constant(100))]), Ab([new RiskEvent("E", 0.3, [], Distribution.Constant(200))]));
    }

    [Fact]
    public void Fingerprint_tells_drivers_apart()
    {
        static RiskDriver K(string id, double f, string a, double p = 1) => new(id, Distribution.Constant(f), [a], p);

        Differ(Ab(drivers: [K("K1", 2, "A"), K("K2", 2, "B")]), Ab(drivers: [K("K1", 2, "B"), K("K2", 2, "A")])); // which driver scales which activity
        Differ(Ab(drivers: [K("K", 2, "A", 0.3)]), Ab(drivers: [K("K", 2, "A", 0.4)])); // probability
        Differ(Ab(drivers: [K("K", 2, "A")]), Ab(drivers: [K("K", 3, "A")])); // factor
    }

    [Fact]
    public void Fingerprint_tells_correlations_apart() =>
        Differ(Ab(corr: CorrelationMatrix.FromPairs(["A", "B"], [("A", "B", 0.3)])), Ab(corr: CorrelationMatrix.FromPairs(["A", "B"], [("A", "B", 0.5)])));
}
