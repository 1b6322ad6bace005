using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.Register;

/// <summary>
/// Documented behaviour of the register's building blocks — <see cref="RiskEntry"/>, <see cref="RiskRegister"/>,
/// <see cref="RiskResponse"/>, <see cref="RiskResponseEffects"/>, <see cref="RiskAssessment"/>, <see cref="ProximityWindow"/>
/// and <see cref="RiskResponseStrategies"/> — that the earlier tests did not pin down (issue 9 §6, Stryker survivors list C,
/// part 2): typed rejections with the rule in the message, boundaries, equality, the computed residual and the
/// explicit-residual tolerance. Expected values are hand-worked in the comments.
/// </summary>
public class RiskMutationTestsC2
{
    /// <summary>Monday 6 January 2025.</summary>
    private static readonly LocalDate D0 = RiskResponseEffectsTests.D0;

    private static readonly RiskAssessment A = RiskAssessment.Create(0.5, 1_000);

    private static RiskEntry Threat(string id = "R", IEnumerable<RiskResponse>? responses = null, string? project = null, IEnumerable<string>? activities = null) =>
        new(id, "t", RiskKind.Threat, A, D0, responses: responses, projectId: project, activityIds: activities);

    // ---------------------------------------------------------------- RiskEntry validation

    [Fact]
    public void Risk_rejects_an_undefined_kind_and_status_with_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RiskEntry("R", "t", (RiskKind)5, A, D0), "kind", "kind must be a defined RiskKind");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RiskEntry("R", "t", RiskKind.Threat, A, D0, status: (RiskStatus)42), "status", "status must be a defined RiskStatus");
    }

    [Fact]
    public void Risk_response_rules_state_the_rule()
    {
        Reject.Rule<ArgumentNullException>(() => Threat(responses: [null!]), "responses", "responses[0] of risk 'R' is null");
        Reject.Rule<ArgumentException>(
            () => Threat(responses: [RiskResponse.Accept("m"), RiskResponse.Mitigate("m", 0.5)]),
            "responses",
            "responses of risk 'R' contains the response id 'm' more than once; ids must be unique");
        Reject.Rule<ArgumentException>(
            () => Threat(responses: [RiskResponse.Exploit("x")]),
            "responses",
            "responses[0] ('x') of risk 'R' has the strategy Exploit, which is not valid for a threat");
        Reject.Rule<ArgumentException>(
            () => Threat(responses: [RiskResponse.Mitigate("m", 0.5, dueDate: D0.PlusDays(-1))]),
            "responses",
            "responses[0] ('m') of risk 'R' is due on 2025-01-05, before the risk was identified (2025-01-06)");
    }

    [Fact]
    public void Risk_accepts_a_response_due_on_the_identification_day()
    {
        // Documented: due dates "on or after identified".
        RiskEntry r = Threat(responses: [RiskResponse.Mitigate("m", 0.5, dueDate: D0)]);
        Assert.Equal(D0, r.Responses[0].DueDate);
    }

    [Fact]
    public void Risk_activity_rules_state_the_rule()
    {
        Reject.Rule<ArgumentNullException>(() => Threat(project: "P", activities: ["a1", null!]), "activityIds", "activityIds[1] of risk 'R' is null");
        Reject.Rule<ArgumentException>(() => Threat(project: "P", activities: ["a1", "a1"]), "activityIds", "activityIds[1] of risk 'R' ('a1') is blank or repeated");
        Reject.Rule<ArgumentException>(() => Threat(activities: ["a1"]), "activityIds", "activityIds of risk 'R' link activities but the risk has no projectId");
    }

    [Fact]
    public void Risk_stage_lookups_reject_an_undefined_stage_with_the_rule()
    {
        RiskEntry r = Threat();
        Reject.Rule<ArgumentOutOfRangeException>(() => r.AssessmentAt((AssessmentStage)9), "stage", "stage must be a defined AssessmentStage");
        Reject.Rule<ArgumentOutOfRangeException>(() => r.ExposureAt((AssessmentStage)9), "stage", "stage must be a defined AssessmentStage");
    }

    // ---------------------------------------------------------------- RiskEntry behaviour

    [Fact]
    public void Computed_residual_applies_only_the_responses_not_yet_done_to_the_current_assessment()
    {
        // Inherent P 0.8; current P 0.6 (the done mitigation, factor 0.5, is already reflected in it); planned factor 0.25.
        // Residual P = 0.6 × 0.25 = 0.15 (not 0.8 × 0.5 × 0.25 = 0.1 from inherent, nor 0.6 × 0.5 = 0.3 with the done one).
        var r = new RiskEntry("R", "t", RiskKind.Threat, RiskAssessment.Create(0.8, 10_000), D0, current: RiskAssessment.Create(0.6, 10_000), responses:
        [
            RiskResponse.Mitigate("done", 0.5, status: ResponseStatus.Done),
            RiskResponse.Mitigate("planned", 0.25),
        ]);
        Assert.Equal(0.15, r.Residual.Probability, 12);
        Assert.Equal(1, r.ComputedResidual.AppliedCount);
        Assert.Equal(1_500, r.ExposureAt(AssessmentStage.Residual).Money, 9); // 0.15 × 10,000
    }

    [Fact]
    public void Target_stage_uses_the_target_assessment_when_given()
    {
        // Inherent (= residual, no responses) 0.8 × 10,000 = 8,000; target 0.1 × 10,000 = 1,000.
        RiskAssessment target = RiskAssessment.Create(0.1, 10_000);
        var r = new RiskEntry("R", "t", RiskKind.Threat, RiskAssessment.Create(0.8, 10_000), D0, target: target);
        Assert.Same(target, r.AssessmentAt(AssessmentStage.Target));
        Assert.Equal(1_000, r.ExposureAt(AssessmentStage.Target).Money, 9);
        Assert.Equal(8_000, r.ExposureAt(AssessmentStage.Residual).Money, 9);
    }

    [Fact]
    public void Response_cost_is_the_sum_over_the_active_responses()
    {
        // 1,000 + 2,000 = 3,000; the cancelled 4,000 is left out.
        RiskEntry r = Threat(responses:
        [
            RiskResponse.Mitigate("m", 0.5, cost: 1_000),
            RiskResponse.Transfer("t", 0.5, cost: 2_000),
            RiskResponse.Accept("a", cost: 4_000, status: ResponseStatus.Cancelled),
        ]);
        Assert.Equal(3_000, r.ResponseCost);
    }

    [Fact]
    public void An_explicit_residual_with_a_different_impact_gets_a_note()
    {
        // Same probability and dimensions; cost 500 against the computed (= inherent, no responses) 1,000.
        var r = new RiskEntry("R", "t", RiskKind.Threat, A, D0, residual: RiskAssessment.Create(0.5, 500));
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal((DiagnosticKind.Information, "Residual"), (d.Kind, d.Metric));
        Assert.Equal(250, r.ExposureAt(AssessmentStage.Residual).Money, 9); // the explicit one wins: 0.5 × 500
    }

    [Fact]
    public void An_explicit_residual_within_one_part_in_a_billion_gets_no_note()
    {
        // Documented tolerance: a note only when an impact differs "by more than 1e-9 relative". Computed cost 999,999,999,
        // explicit 1,000,000,000: |difference| = 1 = 1e-9 × 1,000,000,000 (relative to the larger magnitude) — not more, so no note.
        // (The double 1e-9 is 1.0000000000000000622e-9; times 1e9 it rounds to exactly 1.0.)
        var within = new RiskEntry("R", "t", RiskKind.Threat, RiskAssessment.Create(0.5, 999_999_999), D0, residual: RiskAssessment.Create(0.5, 1_000_000_000));
        Assert.Empty(within.Diagnostics);

        // One more unit apart (2 > 1e-9 × 1e9 = 1): a note.
        var beyond = new RiskEntry("R", "t", RiskKind.Threat, RiskAssessment.Create(0.5, 999_999_998), D0, residual: RiskAssessment.Create(0.5, 1_000_000_000));
        Assert.Single(beyond.Diagnostics);
    }

    [Fact]
    public void Not_escalated_without_an_active_escalate_response()
    {
        Assert.False(Threat(responses: [RiskResponse.Mitigate("m", 0.5)]).IsEscalated);
        Assert.False(RiskResponseEffects.Apply(A, RiskKind.Threat, [RiskResponse.Escalate("e", status: ResponseStatus.Cancelled)]).IsEscalated);
        Assert.True(RiskResponseEffects.Apply(A, RiskKind.Threat, [RiskResponse.Escalate("e")]).IsEscalated);
    }

    // ---------------------------------------------------------------- RegisterProject and RiskRegister

    [Fact]
    public void Register_project_rejects_a_repeated_activity_with_the_rule()
    {
        Reject.Rule<ArgumentException>(() => _ = new RegisterProject("P1", activityIds: ["a", "a"]), "activityIds", "activityIds of project 'P1' contains a blank or repeated id ('a')");
    }

    [Fact]
    public void Register_rules_state_the_rule()
    {
        RegisterProject p1 = new("P1", activityIds: ["a1"]);
        Reject.Rule<ArgumentNullException>(() => _ = new RiskRegister(null!), "risks");
        Reject.Rule<ArgumentNullException>(() => _ = new RiskRegister([], [null!]), "projects", "projects[0] is null");
        Reject.Rule<ArgumentException>(() => _ = new RiskRegister([], [p1, new RegisterProject("P1")]), "projects", "projects contains the project id 'P1' more than once; ids must be unique");
        Reject.Rule<ArgumentNullException>(() => _ = new RiskRegister([Threat("A"), null!]), "risks", "risks[1] is null");
        Reject.Rule<ArgumentException>(() => _ = new RiskRegister([Threat("A"), Threat("A")]), "risks", "risks contains the risk id 'A' more than once; ids must be unique");
        Reject.Rule<ArgumentException>(() => _ = new RiskRegister([Threat("A", project: "PX")], [p1]), "risks", "risks[0] ('A') links to the project 'PX', which is not in projects");
        Reject.Rule<ArgumentException>(
            () => _ = new RiskRegister([Threat("A", project: "P1", activities: ["a9"])], [p1]),
            "risks",
            "risks[0] ('A') links to the activity 'a9', which is not an activity of project 'P1'");
    }

    [Fact]
    public void Register_indexer_names_the_missing_id()
    {
        var reg = new RiskRegister([Threat("A")]);
        KeyNotFoundException e = Assert.Throws<KeyNotFoundException>(() => reg["Z"]);
        Assert.Equal("The register has no risk with the id 'Z'.", e.Message);
    }

    // ---------------------------------------------------------------- RiskResponse

    [Fact]
    public void Response_undefined_strategy_and_status_state_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RiskResponse("r", (RiskResponseStrategy)99), "strategy", "strategy must be a defined RiskResponseStrategy");
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskResponse.Accept("r", status: (ResponseStatus)9), "status", "status must be a defined ResponseStatus");
    }

    [Fact]
    public void Mitigate_factors_of_zero_and_one_are_the_closed_interval_ends()
    {
        // Reduction factors lie in [0, 1], both ends included: 0 removes the probability/impact, 1 leaves it unchanged.
        Assert.Equal(0, RiskResponse.Mitigate("p0", 0).ProbabilityFactor);
        Assert.Equal(1, RiskResponse.Mitigate("p1", 1).ProbabilityFactor);
        RiskResponse c0 = RiskResponse.Mitigate("c0", 0.5, costFactor: 0);
        Assert.Equal(0, c0.ImpactFactors[RiskDimensions.Cost]);
    }

    [Fact]
    public void Response_parameter_rules_state_the_rule()
    {
        Reject.Rule<ArgumentException>(
            () => _ = new RiskResponse("r", RiskResponseStrategy.Accept, probabilityFactor: 0.5),
            "probabilityFactor",
            "probabilityFactor applies only to Mitigate and Enhance;",
            "response must leave it at 1");
        Reject.Rule<ArgumentException>(
            () => _ = new RiskResponse("r", RiskResponseStrategy.Transfer, impactFactors: [new("cost", 0.5)]),
            "impactFactors",
            "impactFactors apply only to Mitigate and Enhance; a Transfer response must have none");
        Reject.Rule<ArgumentException>(() => _ = new RiskResponse("r", RiskResponseStrategy.Mitigate, impactFactors: [new(" ", 0.5)]), "impactFactors", "impactFactors contains a blank dimension id");
        Reject.Rule<ArgumentOutOfRangeException>(
            () => RiskResponse.Mitigate("r", costFactor: 1.5),
            "impactFactors",
            "impactFactors['cost'] of a Mitigate response is a reduction factor and must lie in [0, 1]");
        Reject.Rule<ArgumentOutOfRangeException>(
            () => RiskResponse.Enhance("r", costFactor: 0.5),
            "impactFactors",
            "impactFactors['cost'] of an Enhance response is an increase factor and must be a finite number ≥ 1");
        Reject.Rule<ArgumentOutOfRangeException>(
            () => RiskResponse.Enhance("r", 0.5),
            "probabilityFactor",
            "probabilityFactor of an Enhance response is an increase factor and must be a finite number ≥ 1");
        Reject.Rule<ArgumentException>(
            () => _ = new RiskResponse("r", RiskResponseStrategy.Mitigate, impactFactors: [new("cost", 0.5), new("cost", 0.4)]),
            "impactFactors",
            "impactFactors contains the dimension 'cost' more than once");
        Reject.Rule<ArgumentException>(
            () => _ = new RiskResponse("r", RiskResponseStrategy.Mitigate, coverage: 0.5),
            "coverage",
            "coverage applies only to Transfer and Share; a Mitigate response must leave it at 0");
    }

    // ---------------------------------------------------------------- RiskResponseEffects

    [Fact]
    public void Apply_rules_state_the_rule()
    {
        Reject.Rule<ArgumentNullException>(() => RiskResponseEffects.Apply(A, RiskKind.Threat, null!), "responses");
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskResponseEffects.Apply(A, (RiskKind)5, []), "kind", "kind must be a defined RiskKind");
        Reject.Rule<ArgumentNullException>(() => RiskResponseEffects.Apply(A, RiskKind.Threat, [RiskResponse.Accept("a"), null!]), "responses", "responses[1] is null");
        Reject.Rule<ArgumentException>(
            () => RiskResponseEffects.Apply(A, RiskKind.Threat, [RiskResponse.Exploit("x")]),
            "responses",
            "responses[0] ('x') has the strategy Exploit, which is not valid for a threat");
    }

    [Fact]
    public void An_enhanced_probability_of_exactly_one_is_not_capped()
    {
        // 0.5 × 2 = 1.0 exactly: nothing to cap, so no note. 0.5 × 3 = 1.5 → capped at 1 with a note.
        RiskAssessment opp = RiskAssessment.Create(0.5, 1_000);
        ResponseEffectResult exact = RiskResponseEffects.Apply(opp, RiskKind.Opportunity, [RiskResponse.Enhance("e", 2)]);
        Assert.Equal(1, exact.Assessment.Probability);
        Assert.Empty(exact.Diagnostics);

        ResponseEffectResult capped = RiskResponseEffects.Apply(opp, RiskKind.Opportunity, [RiskResponse.Enhance("e", 3)]);
        Assert.Equal(1, capped.Assessment.Probability);
        Assert.Equal((DiagnosticKind.Information, "Probability"), (Assert.Single(capped.Diagnostics).Kind, capped.Diagnostics[0].Metric));
    }

    [Fact]
    public void Undefined_strategies_are_valid_for_no_kind()
    {
        // Documented: "False for undefined values."
        Assert.False(RiskResponseStrategies.IsValidFor((RiskResponseStrategy)99, RiskKind.Threat));
        Assert.False(RiskResponseStrategies.IsValidFor((RiskResponseStrategy)99, RiskKind.Opportunity));
    }

    // ---------------------------------------------------------------- RiskAssessment

    [Fact]
    public void Assessment_impact_rules_state_the_rule()
    {
        Reject.Rule<ArgumentNullException>(() => _ = new RiskAssessment(0.5, null!), "impacts");
        Reject.Rule<ArgumentException>(() => _ = new RiskAssessment(0.5, [new(" ", 1)]), "impacts", "impacts contains a blank dimension id");
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskAssessment.Create(0.5, -1), "impacts", "impacts['cost'] must be a finite number, zero or positive");
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskAssessment.Create(0.5, scheduleImpact: double.NaN), "impacts", "impacts['schedule'] must be a finite number, zero or positive");
        Reject.Rule<ArgumentException>(() => _ = new RiskAssessment(0.5, [new("cost", 1), new("cost", 2)]), "impacts", "impacts contains the dimension 'cost' more than once");
    }

    [Fact]
    public void Assessments_are_equal_exactly_when_probability_and_every_impact_agree()
    {
        RiskAssessment a = RiskAssessment.Create(0.5, 1_000, 2);
        Assert.True(a.Equals(RiskAssessment.Create(0.5, 1_000, 2)));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals(RiskAssessment.Create(0.4, 1_000, 2)));  // probability differs, same impacts
        Assert.False(a.Equals(RiskAssessment.Create(0.5, 1_000, 3)));  // one impact of two differs
        Assert.False(a.Equals(RiskAssessment.Create(0.5, 1_000)));     // fewer dimensions
        Assert.False(RiskAssessment.Create(0.5, 1_000).Equals(a));     // more dimensions
    }

    // ---------------------------------------------------------------- ProximityWindow

    [Fact]
    public void Window_of_one_day_is_allowed_and_contains_both_ends()
    {
        var one = new ProximityWindow(D0, D0);
        Assert.True(one.Contains(D0));

        var w = new ProximityWindow(D0, D0.PlusDays(3));
        Assert.True(w.Contains(D0));             // Start ≤ date
        Assert.True(w.Contains(D0.PlusDays(3))); // date ≤ End
        Assert.False(w.Contains(D0.PlusDays(-1)));
        Assert.False(w.Contains(D0.PlusDays(4)));
    }

    [Fact]
    public void Window_end_before_start_states_the_rule()
    {
        Reject.Rule<ArgumentException>(() => _ = new ProximityWindow(D0, D0.PlusDays(-1)), "end", "end (2025-01-05) must be on or after start (2025-01-06)");
    }

    [Fact]
    public void Windows_are_equal_exactly_when_start_and_end_agree()
    {
        var w = new ProximityWindow(D0, D0.PlusDays(3));
        var same = new ProximityWindow(D0, D0.PlusDays(3));
        var otherStart = new ProximityWindow(D0.PlusDays(1), D0.PlusDays(3));
        var otherEnd = new ProximityWindow(D0, D0.PlusDays(4));
        Assert.True(w.Equals(same));
        Assert.True(w == same);
        Assert.False(w != same);
        Assert.False(w.Equals(otherStart));
        Assert.False(w.Equals(otherEnd));
        Assert.True(w != otherStart);
        Assert.True(w != otherEnd);
        Assert.False(w == otherEnd);
    }

    [Fact]
    public void Window_prints_as_a_closed_date_interval()
    {
        Assert.Equal("[2025-01-06, 2025-01-09]", new ProximityWindow(D0, D0.PlusDays(3)).ToString());
    }
}
