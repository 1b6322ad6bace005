using NodaTime;
using Pmo.Core.Risk;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Risk.Simulation.Engine;

/// <summary>
/// Issue 9 §6, Stryker survivors list H (validation half): the documented argument rules and messages of
/// <see cref="SimulationOptions"/>, <see cref="ConvergenceRule"/>, <see cref="SimulationModel"/>, <see cref="RiskEvent"/>
/// (including <see cref="RiskEvent.FromRegister"/>), <see cref="RiskDriver"/> and <see cref="RiskEventImpact"/>, with
/// both sides of every range boundary.
/// </summary>
public class SimMutationTestsH
{
    private static readonly LocalDate Day = new(2025, 1, 6);

    // ---- SimulationOptions ----------------------------------------------------------------------------------------

    [Fact]
    public void Options_accept_the_inclusive_ends_of_every_documented_range()
    {
        // iterations ∈ [1, 100,000,000]; firstBlock ∈ [0, 100,000,000]: both ends are inside.
        Assert.Equal(1, new SimulationOptions(1, 1).Iterations);
        Assert.Equal(100_000_000, new SimulationOptions(100_000_000, 1).Iterations);
        Assert.Equal(100_000_000, new SimulationOptions(1, 1, firstBlock: 100_000_000).FirstBlock);
        Assert.Equal(0, new SimulationOptions(1, 1, firstBlock: 0).FirstBlock);
        Assert.Equal(1, new SimulationOptions(1, 1, maxDegreeOfParallelism: 1).MaxDegreeOfParallelism);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_000_001)]
    public void Options_reject_iterations_just_outside_the_range_with_the_rule(int count) =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new SimulationOptions(count, 1), "iterations", "iterations must be in [1, 100,000,000]");

    [Fact]
    public void Options_reject_an_undefined_sampling_method_with_the_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new SimulationOptions(10, 1, (SamplingMethod)7), "sampling", "sampling must be a defined SamplingMethod");

    [Fact]
    public void Options_reject_zero_threads_with_the_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new SimulationOptions(10, 1, maxDegreeOfParallelism: 0), "maxDegreeOfParallelism", "maxDegreeOfParallelism must be ≥ 1 or null");

    [Theory]
    [InlineData(-1)]
    [InlineData(100_000_001)]
    public void Options_reject_a_first_block_just_outside_the_range_with_the_rule(int block) =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new SimulationOptions(10, 1, firstBlock: block), "firstBlock", "firstBlock must be in [0, 100,000,000]");

    // ---- ConvergenceRule ------------------------------------------------------------------------------------------

    [Fact]
    public void Rule_accepts_the_smallest_documented_values()
    {
        // checkInterval: a positive multiple of 256 (256 itself); stableChecks ≥ 1; minimumIterations ≥ 1.
        var r = new ConvergenceRule(checkInterval: 256, stableChecks: 1, minimumIterations: 1);
        Assert.Equal(256, r.CheckInterval);
        Assert.Equal(1, r.StableChecks);
        Assert.Equal(1, r.MinimumIterations);
    }

    [Fact]
    public void Rule_rejects_an_empty_percentile_list_with_the_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ConvergenceRule(percentiles: []), "percentiles", "percentiles must not be empty");

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Rule_rejects_a_percentile_on_the_open_interval_ends(double p) =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ConvergenceRule(percentiles: [0.5, p]), "percentiles", "percentiles must each lie in (0, 1)");

    [Fact]
    public void Rule_rejects_a_zero_tolerance_with_the_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ConvergenceRule(relativeTolerance: 0), "relativeTolerance", "relativeTolerance must be finite and > 0");

    [Theory]
    [InlineData(255)]
    [InlineData(300)]
    public void Rule_rejects_a_check_interval_that_is_not_a_positive_multiple_of_256(int interval) =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ConvergenceRule(checkInterval: interval), "checkInterval", "checkInterval must be a positive multiple of 256");

    [Fact]
    public void Rule_rejects_zero_stable_checks_with_the_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ConvergenceRule(stableChecks: 0), "stableChecks", "stableChecks must be ≥ 1");

    [Fact]
    public void Rule_rejects_zero_minimum_iterations_with_the_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ConvergenceRule(minimumIterations: 0), "minimumIterations", "minimumIterations must be ≥ 1");

    // ---- SimulationModel.Create -----------------------------------------------------------------------------------

    private static ActivityNetwork Ab() => ActivityNetwork.Create([new Activity("A", 5), new Activity("B", 3)], [new ActivityLink("A", "B")]);

    [Fact]
    public void Model_rejects_an_undefined_correlation_policy_with_the_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => SimulationModel.Create(Ab(), [], correlationPolicy: (CorrelationPolicy)9), "correlationPolicy", "correlationPolicy must be a defined CorrelationPolicy");

    [Fact]
    public void Model_names_the_unknown_activity_of_an_uncertainty() =>
        Reject.Rule<ArgumentException>(() => SimulationModel.Create(Ab(), [new ActivityUncertainty("Z", Distribution.Triangular(1, 2, 3))]), "uncertainties", "uncertainties: uncertainty names the unknown activity 'Z'");

    [Fact]
    public void Model_rejects_two_uncertainties_for_one_activity_with_the_rule() =>
        Reject.Rule<ArgumentException>(
            () => SimulationModel.Create(Ab(), [new ActivityUncertainty("A", Distribution.Triangular(1, 2, 3)), new ActivityUncertainty("A", existenceProbability: 0.5)]),
            "uncertainties",
            "uncertainties gives activity 'A' more than one uncertainty");

    [Fact]
    public void Model_does_not_confuse_an_event_id_with_an_activity_that_has_an_uncertainty()
    {
        // The duplicate check of event ids is per kind: an event may share its id with an uncertain activity.
        SimulationModel m = SimulationModel.Create(Ab(), [new ActivityUncertainty("A", Distribution.Triangular(1, 2, 3))], [new RiskEvent("A", 0.5, [new RiskEventImpact("B", Distribution.Constant(1))])]);
        Assert.Equal("A", Assert.Single(m.RiskEvents).Id);
    }

    [Fact]
    public void Model_does_not_confuse_a_driver_id_with_an_event_id()
    {
        SimulationModel m = SimulationModel.Create(Ab(), [], [new RiskEvent("K", 0.5, [new RiskEventImpact("B", Distribution.Constant(1))])], [new RiskDriver("K", Distribution.Constant(1.1), ["A"])]);
        Assert.Equal("K", Assert.Single(m.RiskDrivers).Id);
    }

    [Fact]
    public void Model_rejects_two_events_with_one_id_with_the_rule() =>
        Reject.Rule<ArgumentException>(
            () => SimulationModel.Create(Ab(), [], [new RiskEvent("E", 0.5, [], Distribution.Constant(1)), new RiskEvent("E", 0.2, [], Distribution.Constant(2))]),
            "riskEvents",
            "riskEvents contains the id 'E' twice");

    [Fact]
    public void Model_names_the_event_that_impacts_an_unknown_activity() =>
        Reject.Rule<ArgumentException>(
            () => SimulationModel.Create(Ab(), [], [new RiskEvent("E", 0.5, [new RiskEventImpact("Z", Distribution.Constant(1))])]),
            "riskEvents",
            "riskEvents: risk event 'E' names the unknown activity 'Z'");

    [Fact]
    public void Model_rejects_two_drivers_with_one_id_with_the_rule() =>
        Reject.Rule<ArgumentException>(
            () => SimulationModel.Create(Ab(), [], null, [new RiskDriver("K", Distribution.Constant(1.1), ["A"]), new RiskDriver("K", Distribution.Constant(1.2), ["B"])]),
            "riskDrivers",
            "riskDrivers contains the id 'K' twice");

    [Fact]
    public void Model_names_the_driver_that_scales_an_unknown_activity() =>
        Reject.Rule<ArgumentException>(
            () => SimulationModel.Create(Ab(), [], null, [new RiskDriver("K", Distribution.Constant(1.1), ["Z"])]),
            "riskDrivers",
            "riskDrivers: risk driver 'K' names the unknown activity 'Z'");

    [Fact]
    public void Model_names_an_unknown_activity_of_the_correlation_matrix() =>
        Reject.Rule<ArgumentException>(
            () => SimulationModel.Create(Ab(), [new ActivityUncertainty("A", Distribution.Triangular(1, 2, 3))], correlation: CorrelationMatrix.FromPairs(["A", "Z"], [("A", "Z", 0.5)])),
            "correlation",
            "correlation: the correlation matrix names the unknown activity 'Z'");

    [Fact]
    public void Model_rejects_correlating_an_activity_without_an_uncertain_duration_with_the_rule() =>
        Reject.Rule<ArgumentException>(
            () => SimulationModel.Create(Ab(), [new ActivityUncertainty("A", Distribution.Triangular(1, 2, 3))], correlation: CorrelationMatrix.FromPairs(["A", "B"], [("A", "B", 0.5)])),
            "correlation",
            "correlation correlates activity 'B', which has no uncertain duration");

    [Fact]
    public void Model_gives_the_index_of_a_null_uncertainty() =>
        Reject.Rule<ArgumentNullException>(
            () => SimulationModel.Create(Ab(), [new ActivityUncertainty("A", Distribution.Triangular(1, 2, 3)), null!]),
            "uncertainties",
            "uncertainties[1] is null.");

    [Fact]
    public void With_risk_events_rejects_null() =>
        Reject.Rule<ArgumentNullException>(() => SimulationModel.Create(Ab(), []).WithRiskEvents(null!), "riskEvents");

    // ---- RiskEvent ------------------------------------------------------------------------------------------------

    [Fact]
    public void Event_gives_the_index_of_a_null_impact() =>
        Reject.Rule<ArgumentNullException>(
            () => _ = new RiskEvent("E", 0.5, [new RiskEventImpact("A", Distribution.Constant(1)), null!]),
            "impacts",
            "impacts[1] of risk event 'E' is null.");

    [Fact]
    public void Event_rejects_two_impacts_on_one_activity_with_the_rule() =>
        Reject.Rule<ArgumentException>(
            () => _ = new RiskEvent("E", 0.5, [new RiskEventImpact("A", Distribution.Constant(1)), new RiskEventImpact("A", Distribution.Constant(2))]),
            "impacts",
            "impacts of risk event 'E' names activity 'A' twice");

    [Fact]
    public void Event_rejects_having_no_impact_at_all_with_the_rule() =>
        Reject.Rule<ArgumentException>(() => _ = new RiskEvent("E", 0.5, []), "impacts", "Risk event 'E' has neither a schedule impact nor a cost impact");

    // ---- RiskEvent.FromRegister -----------------------------------------------------------------------------------

    private static RiskEntry Entry(RiskKind kind, RiskAssessment a, params string[] activities) =>
        new("R1", "Supplier late", kind, a, Day, projectId: activities.Length > 0 ? "P" : null, activityIds: activities.Length > 0 ? activities : null);

    [Fact]
    public void From_register_rejects_a_null_risk() =>
        Reject.Rule<ArgumentNullException>(() => RiskEvent.FromRegister(null!, AssessmentStage.Inherent), "risk");

    [Fact]
    public void From_register_spreads_a_threat_as_triangular_low_point_high()
    {
        // Documented: (0.5, 1.5) gives Triangular(0.5·I, I, 1.5·I): schedule I = 10 → (5, 10, 15); cost 100 → (50, 100, 150).
        RiskEvent e = RiskEvent.FromRegister(Entry(RiskKind.Threat, RiskAssessment.Create(0.4, costImpact: 100, scheduleImpact: 10), "A"), AssessmentStage.Inherent, (0.5, 1.5));
        Distribution d = Assert.Single(e.Impacts).Amount;
        Assert.Equal((5.0, 15.0), (d.Minimum, d.Maximum));
        Assert.Equal(10.0, d.Quantile(0.5), 12); // symmetric triangle (5, 10, 15): the median is the mode 10
        Assert.Equal((50.0, 150.0), (e.CostImpact!.Minimum, e.CostImpact.Maximum));
        Assert.Equal(0.4, e.Probability);
    }

    [Fact]
    public void From_register_spreads_an_opportunity_as_negative_triangular()
    {
        // Opportunity: impacts are negative, v = −10; low end −10·0.5 = −5 and high end −10·1.5 = −15 → Triangular(−15, −10, −5).
        RiskEvent e = RiskEvent.FromRegister(Entry(RiskKind.Opportunity, RiskAssessment.Create(0.4, scheduleImpact: 10), "A"), AssessmentStage.Inherent, (0.5, 1.5));
        Distribution d = Assert.Single(e.Impacts).Amount;
        Assert.Equal((-15.0, -5.0), (d.Minimum, d.Maximum));
    }

    [Theory]
    [InlineData(0.0, 1.5, 0.0, 15.0)] // low = 0 is allowed: (0·10, 10, 15)
    [InlineData(1.0, 1.5, 10.0, 15.0)] // low = 1 is allowed: (10, 10, 15)
    [InlineData(0.5, 1.0, 5.0, 10.0)] // high = 1 is allowed: (5, 10, 10)
    public void From_register_accepts_the_inclusive_spread_boundaries(double low, double high, double min, double max)
    {
        RiskEvent e = RiskEvent.FromRegister(Entry(RiskKind.Threat, RiskAssessment.Create(0.4, scheduleImpact: 10), "A"), AssessmentStage.Inherent, (low, high));
        Distribution d = Assert.Single(e.Impacts).Amount;
        Assert.Equal((min, max), (d.Minimum, d.Maximum));
    }

    [Theory]
    [InlineData(-0.5, 1.5)] // finite but low < 0
    [InlineData(0.5, double.PositiveInfinity)] // in order but not finite
    [InlineData(1.2, 1.5)] // low > 1
    [InlineData(0.5, 0.9)] // high < 1
    public void From_register_rejects_a_spread_outside_the_rule(double low, double high) =>
        Reject.Rule<ArgumentOutOfRangeException>(
            () => RiskEvent.FromRegister(Entry(RiskKind.Threat, RiskAssessment.Create(0.4, scheduleImpact: 10), "A"), AssessmentStage.Inherent, (low, high)),
            "impactSpread",
            "impactSpread must satisfy 0 ≤ low ≤ 1 ≤ high, finite");

    [Fact]
    public void From_register_ignores_a_zero_schedule_impact_even_without_activities()
    {
        // Only a positive schedule impact needs activities; 0 days gives no schedule impact, and the cost stays.
        RiskEvent e = RiskEvent.FromRegister(Entry(RiskKind.Threat, RiskAssessment.Create(0.4, costImpact: 100, scheduleImpact: 0)), AssessmentStage.Inherent);
        Assert.Empty(e.Impacts);
        Assert.Equal(100.0, e.CostImpact!.Minimum);
    }

    [Fact]
    public void From_register_rejects_a_schedule_impact_without_activities_with_the_rule() =>
        Reject.Rule<ArgumentException>(
            () => RiskEvent.FromRegister(Entry(RiskKind.Threat, RiskAssessment.Create(0.4, scheduleImpact: 10)), AssessmentStage.Inherent),
            "risk",
            "Register risk 'R1' has a schedule impact (10 days) but names no activities");

    [Fact]
    public void From_register_drops_a_zero_cost_impact()
    {
        RiskEvent e = RiskEvent.FromRegister(Entry(RiskKind.Threat, RiskAssessment.Create(0.4, costImpact: 0, scheduleImpact: 10), "A"), AssessmentStage.Inherent);
        Assert.Null(e.CostImpact);
        Assert.Equal(10.0, Assert.Single(e.Impacts).Amount.Minimum);
    }

    [Fact]
    public void From_register_accepts_a_schedule_only_risk()
    {
        RiskEvent e = RiskEvent.FromRegister(Entry(RiskKind.Threat, RiskAssessment.Create(0.4, scheduleImpact: 10), "A", "B"), AssessmentStage.Inherent);
        Assert.Null(e.CostImpact);
        Assert.Equal(["A", "B"], e.Impacts.Select(i => i.ActivityId));
    }

    [Fact]
    public void From_register_rejects_a_risk_without_positive_impacts_with_the_rule() =>
        Reject.Rule<ArgumentException>(
            () => RiskEvent.FromRegister(Entry(RiskKind.Threat, RiskAssessment.Create(0.4, costImpact: 0)), AssessmentStage.Inherent),
            "risk",
            "Register risk 'R1' has neither a positive schedule impact nor a positive cost impact at stage Inherent");

    // ---- RiskDriver -----------------------------------------------------------------------------------------------

    [Fact]
    public void Driver_accepts_a_factor_whose_minimum_is_zero_and_the_probability_ends()
    {
        // factor minimum ≥ 0 (0 allowed); probability ∈ [0, 1] with both ends inclusive.
        Assert.Equal(0.0, new RiskDriver("K", Distribution.Uniform(0, 2), ["A"]).Factor.Minimum);
        Assert.Equal(0.0, new RiskDriver("K", Distribution.Constant(1.1), ["A"], probability: 0).Probability);
        Assert.Equal(1.0, new RiskDriver("K", Distribution.Constant(1.1), ["A"], probability: 1).Probability);
    }

    [Fact]
    public void Driver_rejects_a_factor_that_can_be_negative_with_the_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RiskDriver("K", Distribution.Uniform(-0.1, 2), ["A"]), "factor", "factor of risk driver 'K'", "can be negative", "a duration factor must be ≥ 0");

    [Fact]
    public void Driver_rejects_null_activity_ids() =>
        Reject.Rule<ArgumentNullException>(() => _ = new RiskDriver("K", Distribution.Constant(1.1), null!), "activityIds");

    [Fact]
    public void Driver_rejects_a_blank_activity_id_with_the_rule() =>
        Reject.Rule<ArgumentException>(() => _ = new RiskDriver("K", Distribution.Constant(1.1), ["A", " "]), "activityIds", "activityIds of risk driver 'K' contains a null or blank id");

    [Fact]
    public void Driver_rejects_a_repeated_activity_id_with_the_rule() =>
        Reject.Rule<ArgumentException>(() => _ = new RiskDriver("K", Distribution.Constant(1.1), ["A", "A"]), "activityIds", "activityIds of risk driver 'K' repeats 'A'");

    [Fact]
    public void Driver_rejects_an_empty_activity_list_with_the_rule() =>
        Reject.Rule<ArgumentException>(() => _ = new RiskDriver("K", Distribution.Constant(1.1), []), "activityIds", "Risk driver 'K' scales no activity");

    // ---- RiskEventImpact ------------------------------------------------------------------------------------------

    [Fact]
    public void Impact_rejects_an_undefined_mode_with_the_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RiskEventImpact("A", Distribution.Constant(1), (ImpactMode)5), "mode", "mode must be a defined ImpactMode");

    [Fact]
    public void Relative_impact_may_shrink_a_duration_by_exactly_100_percent()
    {
        // Relative amount ≥ −1: the boundary −1 (the duration shrinks to 0) is allowed.
        var i = new RiskEventImpact("A", Distribution.Uniform(-1, 0), ImpactMode.Relative);
        Assert.Equal(-1.0, i.Amount.Minimum);
    }

    [Fact]
    public void Relative_impact_below_minus_one_is_rejected_with_the_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = new RiskEventImpact("A", Distribution.Uniform(-1.5, 0), ImpactMode.Relative),
            "amount",
            "amount of the relative impact on 'A'",
            "can be below −1",
            "a duration cannot shrink by more than 100 %");
}
