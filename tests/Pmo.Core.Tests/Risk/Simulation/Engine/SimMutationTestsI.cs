using Pmo.Core.Risk.Simulation;
using static Pmo.Core.Tests.Risk.Simulation.Engine.EngineTestModels;

namespace Pmo.Core.Tests.Risk.Simulation.Engine;

/// <summary>
/// Pins down <see cref="SimulationResult"/>: joint confidence and iso-JCL frontier (hand-worked on tiny samples), merge
/// rules and messages, merged convergence/flooring, overflow rejection and the per-activity statistics' edge cases
/// (issue 9 §6, Stryker survivors list I, SimulationResult.cs).
/// </summary>
public class SimMutationTestsI
{
    private static readonly SimulationModel One = SimulationModel.Create(Single(1), []);

    /// <summary>A result with hand-chosen samples (the internal constructor Merge itself uses); fingerprint 42, seed 1.</summary>
    private static SimulationResult Result(double[] finish, double[] cost, int firstBlock = 0, bool? converged = null, float[]? durations = null, long floored = 0)
    {
        var options = new SimulationOptions(finish.Length, 1, storeActivityDurations: durations is not null);
        return new SimulationResult(One, 42, options, firstBlock, finish, cost, new long[One.Network.Activities.Length], durations, finish.Length, floored, 0, 0, converged);
    }

    private static double[] Fill(int n, double v) => Enumerable.Repeat(v, n).ToArray();

    // ---- JointConfidence and IsoJclFrontier validation ----

    [Fact]
    public void Joint_confidence_rejects_a_nan_target_naming_the_rule()
    {
        SimulationResult r = Result([1, 2], [10, 20]);
        Reject.Rule<ArgumentOutOfRangeException>(() => r.JointConfidence(double.NaN, 1), "finishTarget", "finishTarget must not be NaN");
        Reject.Rule<ArgumentOutOfRangeException>(() => r.JointConfidence(1, double.NaN), "costTarget", "costTarget must not be NaN");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Iso_jcl_frontier_rejects_a_confidence_at_either_end_of_the_open_interval(double confidence)
    {
        // Documented range: (0, 1), both ends excluded.
        SimulationResult r = Result([1, 2, 3, 4], [40, 30, 20, 10]);
        Reject.Rule<ArgumentOutOfRangeException>(() => r.IsoJclFrontier(confidence), nameof(confidence));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1001)]
    public void Iso_jcl_frontier_rejects_a_point_count_outside_2_to_1000(int points)
    {
        SimulationResult r = Result([1, 2, 3, 4], [40, 30, 20, 10]);
        Reject.Rule<ArgumentOutOfRangeException>(() => r.IsoJclFrontier(0.5, points), nameof(points), "points must be in [2, 1,000]", $"(got {points})");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1000)]
    public void Iso_jcl_frontier_accepts_the_point_counts_2_and_1000_and_returns_that_many(int points)
    {
        // Every target t ≥ P50 = 2 has at least need = 2 iterations at or below it, so no target is skipped.
        SimulationResult r = Result([1, 2, 3, 4], [40, 30, 20, 10]);
        var frontier = r.IsoJclFrontier(0.5, points);
        Assert.Equal(points, frontier.Length);
        Assert.Equal(2, frontier[0].Finish);
        Assert.Equal(4, frontier[^1].Finish);
    }

    [Fact]
    public void Iso_jcl_frontier_of_an_anti_correlated_sample_is_hand_worked()
    {
        // finish 1, 2, 3, 4 with cost 40, 30, 20, 10; confidence 0.5 → need = ⌈0.5·4⌉ = 2 iterations.
        // lo = P50 (nearest rank ⌈2⌉ = 2nd value) = 2, hi = max = 4; 3 points → targets 2, 2 + 2·1/2 = 3, 4.
        // t = 2: costs of finishes ≤ 2 are {40, 30} → 2nd smallest = 40; JCL(2, 40) = #{(1,40), (2,30)}/4 = 0.5.
        // t = 3: {40, 30, 20} → 2nd smallest = 30; JCL(3, 30) = #{(2,30), (3,20)}/4 = 0.5.
        // t = 4: {40, 30, 20, 10} → 2nd smallest = 20; JCL(4, 20) = #{(3,20), (4,10)}/4 = 0.5.
        SimulationResult r = Result([1, 2, 3, 4], [40, 30, 20, 10]);
        JclPoint[] expected = [new(2, 40, 0.5), new(3, 30, 0.5), new(4, 20, 0.5)];
        Assert.Equal(expected, r.IsoJclFrontier(0.5, 3).ToArray());
    }

    [Fact]
    public void Iso_jcl_frontier_ends_exactly_at_the_maximum_finish()
    {
        // Documented: targets run "from the level's finish percentile to the maximum finish". With lo = 0.2 and hi = 0.9
        // the interpolation lo + (hi − lo)·1/1 rounds to 0.8999999999999999 in doubles, so the last target must be the
        // maximum itself, not the interpolated value. n = 2, confidence 0.5 → need 1, lo = P50 = 0.2.
        // t = 0.2: costs {1} → 1; JCL(0.2, 1) = 1/2. t = 0.9: costs {1, 2} → 1; JCL(0.9, 1) = #{(0.2, 1)}/2 = 0.5.
        SimulationResult r = Result([0.2, 0.9], [1, 2]);
        var frontier = r.IsoJclFrontier(0.5, 2);
        JclPoint[] expected = [new(0.2, 1, 0.5), new(0.9, 1, 0.5)];
        Assert.Equal(expected, frontier.ToArray());
        Assert.Equal(r.Finish.Maximum, frontier[^1].Finish);
    }

    // ---- Merge ----

    [Fact]
    public void Merge_rejects_null_arguments()
    {
        SimulationResult r = Result(Fill(256, 1), Fill(256, 1));
        Reject.Rule<ArgumentNullException>(() => SimulationResult.Merge(null!, r), "first");
        Reject.Rule<ArgumentNullException>(() => SimulationResult.Merge(r, null!), "second");
    }

    [Fact]
    public void Merge_rejection_messages_say_why()
    {
        SimulationModel model = SimulationModel.Create(Single(5), [new ActivityUncertainty("X", new TriangularDistribution(4, 5, 7))]);
        SimulationResult first = RiskSimulation.Run(model, new SimulationOptions(512, 5, firstBlock: 1)); // blocks 1…2
        SimulationResult gap = RiskSimulation.Run(model, new SimulationOptions(256, 5, firstBlock: 5));
        SimulationResult otherSeed = RiskSimulation.Run(model, new SimulationOptions(256, 6, firstBlock: 3));
        SimulationResult otherModel = RiskSimulation.Run(SimulationModel.Create(Single(5), []), new SimulationOptions(256, 5, firstBlock: 3));
        SimulationResult partial = RiskSimulation.Run(model, new SimulationOptions(300, 5));
        Reject.Rule<ArgumentException>(() => SimulationResult.Merge(first, otherModel), "second", "different models (fingerprints differ)");
        Reject.Rule<ArgumentException>(() => SimulationResult.Merge(first, otherSeed), "second", "different seeds or options");
        Reject.Rule<ArgumentException>(() => SimulationResult.Merge(partial, gap), "first", "first ends with a partial block (300 iterations)", "only a result of full blocks can be continued");

        // first covers blocks 1 and 2 (FirstBlock 1, BlockCount 2), so the next adjacent block is 3, not 5.
        Reject.Rule<ArgumentException>(() => SimulationResult.Merge(first, gap), "second", "second starts at block 5, but first covers blocks 1…2; the ranges must be adjacent.");
    }

    [Fact]
    public void Merge_adds_the_floored_duration_counts()
    {
        // A certain opportunity of −20 on a 10-day activity floors every iteration's duration: 256 + 256 = 512 merged.
        SimulationModel model = SimulationModel.Create(Single(10), [], [new RiskEvent("O", 1, [new RiskEventImpact("X", new TriangularDistribution(-20, -20, -20))])]);
        SimulationResult a = RiskSimulation.Run(model, new SimulationOptions(256, 3));
        SimulationResult b = RiskSimulation.Run(model, new SimulationOptions(256, 3, firstBlock: 1));
        Assert.Equal(256, a.FlooredDurations);
        Assert.Equal(512, SimulationResult.Merge(a, b).FlooredDurations);
    }

    [Theory]
    [InlineData(null, null, null)] // no rule in either part: no rule in the whole
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, false)]
    [InlineData(true, null, false)] // only one part met a rule: the whole run cannot claim convergence
    [InlineData(null, true, false)]
    public void Merge_reports_convergence_only_when_both_parts_converged(bool? first, bool? second, bool? expected)
    {
        SimulationResult a = Result(Fill(256, 1), Fill(256, 1), 0, first);
        SimulationResult b = Result(Fill(256, 2), Fill(256, 2), 1, second);
        Assert.Equal(expected, SimulationResult.Merge(a, b).Converged);
    }

    [Fact]
    public void Merge_rejects_a_merged_mean_that_overflows()
    {
        // Each half: 256 × 5e305 sums to 1.28e308 (finite); merged: 512 × 5e305 = 2.56e308 > double.MaxValue ≈ 1.8e308.
        SimulationResult a = Result(Fill(256, 1), Fill(256, 5e305));
        SimulationResult b = Result(Fill(256, 1), Fill(256, 5e305), 1);
        Reject.Rule<ArgumentOutOfRangeException>(() => SimulationResult.Merge(a, b), "second", "The merged finish or cost statistics overflow the double range.");
    }

    [Fact]
    public void Merge_rejects_a_merged_standard_deviation_that_overflows_even_with_a_finite_mean()
    {
        // Costs alternate +1e308, −1e308: the running sum returns to 0 every pair, so the mean is 0 (finite), but the
        // squared deviations (1e308)² overflow, so σ = ∞: the statistics overflow and the merge is rejected.
        double[] alternating = Enumerable.Range(0, 256).Select(i => i % 2 == 0 ? 1e308 : -1e308).ToArray();
        SimulationResult a = Result(Fill(256, 1), alternating);
        SimulationResult b = Result(Fill(256, 1), (double[])alternating.Clone(), 1);
        Reject.Rule<ArgumentOutOfRangeException>(() => SimulationResult.Merge(a, b), "second", "overflow the double range");
    }

    // ---- Per-activity statistics ----

    [Fact]
    public void Duration_standard_deviation_of_a_single_iteration_is_zero_not_nan()
    {
        // One value has no spread: σ = 0 (SampleSummary's documented convention for one value), never 0/0 = NaN.
        SimulationModel model = SimulationModel.Create(Single(5), [new ActivityUncertainty("X", new TriangularDistribution(4, 5, 7))]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(1, 3, storeActivityDurations: true));
        ActivityRiskStatistics x = r.Activities.Single();
        Assert.Equal(0, x.DurationStandardDeviation);
        Assert.Null(x.FinishCorrelation);
        Assert.Null(x.FinishRankCorrelation);
    }

    [Fact]
    public void Duration_standard_deviation_is_accurate_for_values_with_a_large_common_offset()
    {
        // Durations a, a, a + 1 with a = 2²³ (exact in float): mean a + 1/3, deviations −1/3, −1/3, 2/3,
        // Σd² = 1/9 + 1/9 + 4/9 = 2/3, σ = √((2/3)/2) = √(1/3) = 0.5773502691896258 (two-pass, n − 1 divisor).
        const float A = 8_388_608f;
        SimulationResult r = Result([1, 2, 3], [0, 0, 0], durations: [A, A, A + 1]);
        ActivityRiskStatistics x = r.Activities.Single();
        Assert.Equal(8_388_608 + (1.0 / 3), x.MeanDuration!.Value, 6);
        Assert.Equal(Math.Sqrt(1.0 / 3), x.DurationStandardDeviation!.Value, 9);
    }

    [Fact]
    public void Schedule_sensitivity_is_null_when_the_finish_is_constant()
    {
        // P0 = 10 always, P1 ~ Tri(1, 2, 5) ≤ 5 < 10: the finish is 10 in every iteration, σ_T = 0, so SSI = CI·σ_d/σ_T is
        // undefined (documented: null, not 0, when undefined) for both activities, and so is the finish correlation.
        SimulationModel model = SimulationModel.Create(Parallel(10, 2), [new ActivityUncertainty("P1", new TriangularDistribution(1, 2, 5))]);
        SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(256, 4, storeActivityDurations: true));
        Assert.Equal(0, r.Finish.StandardDeviation);
        Assert.All(r.Activities, a => Assert.Null(a.ScheduleSensitivityIndex));
        ActivityRiskStatistics p1 = r.Activities.Single(a => a.ActivityId == "P1");
        Assert.True(p1.DurationStandardDeviation > 0);
        Assert.Null(p1.FinishCorrelation);
    }
}
