using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.Register;

/// <summary>Hand-derived examples of every response effect and of the residual rules of <see cref="RiskEntry"/>.</summary>
public class RiskResponseEffectsTests
{
    internal static readonly LocalDate D0 = new(2025, 1, 6);

    // The running threat: P 0.4, cost 50,000, schedule 10 days → EMV 20,000 money, 4 days.
    private static readonly RiskAssessment Threat = RiskAssessment.Create(0.4, 50_000, 10);

    // The running opportunity: P 0.5, benefit 40,000, 6 days saved → EMV −20,000, −3 days.
    private static readonly RiskAssessment Opp = RiskAssessment.Create(0.5, 40_000, 6);

    private static RiskAssessment ApplyT(params RiskResponse[] rs) => RiskResponseEffects.Apply(Threat, RiskKind.Threat, rs).Assessment;

    private static RiskAssessment ApplyO(params RiskResponse[] rs) => RiskResponseEffects.Apply(Opp, RiskKind.Opportunity, rs).Assessment;

    [Fact]
    public void Avoid_sets_probability_to_zero_so_exposure_is_zero()
    {
        RiskAssessment a = ApplyT(RiskResponse.Avoid("r1"));
        Assert.Equal(0, a.Probability);
        Assert.Equal(50_000, a.Impact(RiskDimensions.Cost)); // impacts kept, only P changes
        Assert.Equal(0, a.ExpectedCost);
    }

    [Fact]
    public void Accept_leaves_the_assessment_unchanged() => Assert.Equal(Threat, ApplyT(RiskResponse.Accept("r1")));

    [Fact]
    public void Mitigate_multiplies_probability_and_impacts_by_the_reduction_factors()
    {
        // P 0.4 × 0.5 = 0.2; cost 50,000 × 0.8 = 40,000; schedule 10 × 0.5 = 5 → EMV 8,000, 1 day.
        RiskAssessment a = ApplyT(RiskResponse.Mitigate("m", probabilityFactor: 0.5, costFactor: 0.8, scheduleFactor: 0.5));
        Assert.Equal(0.2, a.Probability);
        Assert.Equal(40_000, a.Impact(RiskDimensions.Cost));
        Assert.Equal(5, a.Impact(RiskDimensions.Schedule));
        Assert.Equal(8_000, a.ExpectedCost, 9);
        Assert.Equal(1, a.ExpectedDelay, 12);
    }

    [Fact]
    public void Two_mitigations_compose_multiplicatively_in_either_order()
    {
        // P 0.4 × 0.5 × 0.5 = 0.1; cost 50,000 × 0.8 = 40,000 → EMV 4,000.
        RiskResponse m1 = RiskResponse.Mitigate("m1", probabilityFactor: 0.5);
        RiskResponse m2 = RiskResponse.Mitigate("m2", probabilityFactor: 0.5, costFactor: 0.8);
        Assert.Equal(0.1, ApplyT(m1, m2).Probability, 15);
        Assert.Equal(4_000, ApplyT(m1, m2).ExpectedCost, 9);
        Assert.Equal(ApplyT(m1, m2).ExpectedCost, ApplyT(m2, m1).ExpectedCost, 9);
    }

    [Fact]
    public void Transfer_removes_the_covered_fraction_of_the_cost_impact_only()
    {
        // Coverage 0.75: cost 50,000 × 0.25 = 12,500 → EMV 0.4 × 12,500 = 5,000; the schedule stays 10 days.
        RiskAssessment a = ApplyT(RiskResponse.Transfer("t", 0.75, cost: 1_000));
        Assert.Equal(12_500, a.Impact(RiskDimensions.Cost));
        Assert.Equal(10, a.Impact(RiskDimensions.Schedule));
        Assert.Equal(5_000, a.ExpectedCost);

        // Two policies: 50 % then 50 % of what is left → 25 % retained → 12,500.
        Assert.Equal(12_500, ApplyT(RiskResponse.Transfer("t1", 0.5), RiskResponse.Transfer("t2", 0.5)).Impact(RiskDimensions.Cost));
    }

    [Fact]
    public void Escalate_changes_nothing_but_flags_the_result()
    {
        ResponseEffectResult r = RiskResponseEffects.Apply(Threat, RiskKind.Threat, [RiskResponse.Escalate("e", "Programme board")]);
        Assert.Equal(Threat, r.Assessment);
        Assert.True(r.IsEscalated);
        Assert.Equal(1, r.AppliedCount);
    }

    [Fact]
    public void Exploit_sets_probability_to_one()
    {
        RiskAssessment a = ApplyO(RiskResponse.Exploit("x"));
        Assert.Equal(1, a.Probability);
        Assert.Equal(40_000, a.ExpectedCost); // the full benefit
    }

    [Fact]
    public void Enhance_multiplies_by_increase_factors_and_caps_probability_at_one()
    {
        // P 0.5 × 1.5 = 0.75; benefit 40,000 × 1.25 = 50,000 → 37,500.
        Assert.Equal(37_500, ApplyO(RiskResponse.Enhance("e", probabilityFactor: 1.5, costFactor: 1.25)).ExpectedCost);

        // P 0.5 × 3 = 1.5 → capped at 1, with a note.
        ResponseEffectResult r = RiskResponseEffects.Apply(Opp, RiskKind.Opportunity, [RiskResponse.Enhance("e", probabilityFactor: 3)]);
        Assert.Equal(1, r.Assessment.Probability);
        Assert.Contains(r.Diagnostics, d => d.Metric == "Probability");
    }

    [Fact]
    public void Share_keeps_the_retained_benefit_fraction()
    {
        // Coverage 0.3 given to the partner → retained 0.7: benefit 40,000 × 0.7 = 28,000 → EMV 0.5 × 28,000 = 14,000.
        Assert.Equal(14_000, ApplyO(RiskResponse.Share("s", 0.3)).ExpectedCost, 9);
    }

    [Fact]
    public void Cancelled_responses_have_no_effect()
    {
        ResponseEffectResult r = RiskResponseEffects.Apply(Threat, RiskKind.Threat, [RiskResponse.Avoid("a", status: ResponseStatus.Cancelled)]);
        Assert.Equal(Threat, r.Assessment);
        Assert.Equal(0, r.AppliedCount);
    }

    [Fact]
    public void Avoid_overrides_a_mitigation_in_any_order()
    {
        Assert.Equal(0, ApplyT(RiskResponse.Avoid("a"), RiskResponse.Mitigate("m", 0.5)).Probability);
        Assert.Equal(0, ApplyT(RiskResponse.Mitigate("m", 0.5), RiskResponse.Avoid("a")).Probability);
    }

    [Fact]
    public void Residual_is_computed_from_inherent_when_there_is_no_current_assessment()
    {
        // Inherent EMV 20,000; mitigation (done) halves P and transfer (planned) covers 50 %: 0.2 × 25,000 = 5,000.
        var r = new RiskEntry("R1", "Supplier late", RiskKind.Threat, Threat, D0, responses:
        [
            RiskResponse.Mitigate("m", 0.5, status: ResponseStatus.Done),
            RiskResponse.Transfer("t", 0.5),
        ]);
        Assert.Equal(5_000, r.Residual.ExpectedCost, 9);
        Assert.Equal(20_000, r.ExposureAt(AssessmentStage.Current).Money); // no current → inherent
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Residual_from_current_applies_only_the_responses_not_yet_done()
    {
        // Current already reflects the done mitigation: P 0.2, cost 50,000 (EMV 10,000). Only the planned transfer (50 %)
        // is applied to it: 0.2 × 25,000 = 5,000 (applying the mitigation again would give 2,500).
        var r = new RiskEntry("R1", "Supplier late", RiskKind.Threat, Threat, D0, current: RiskAssessment.Create(0.2, 50_000, 10), responses:
        [
            RiskResponse.Mitigate("m", 0.5, status: ResponseStatus.Done),
            RiskResponse.Transfer("t", 0.5),
        ]);
        Assert.Equal(10_000, r.ExposureAt(AssessmentStage.Current).Money, 9);
        Assert.Equal(5_000, r.ExposureAt(AssessmentStage.Residual).Money, 9);
        Assert.Equal(5_000, r.ExposureAt(AssessmentStage.Target).Money, 9); // no target → residual
    }

    [Fact]
    public void An_explicit_residual_wins_and_a_disagreement_is_noted()
    {
        RiskAssessment explicitResidual = RiskAssessment.Create(0.1, 50_000, 10); // 5,000 vs computed 0.2 × 50,000 = 10,000
        var r = new RiskEntry("R1", "T", RiskKind.Threat, Threat, D0, residual: explicitResidual, responses: [RiskResponse.Mitigate("m", 0.5)]);
        Assert.Equal(5_000, r.ExposureAt(AssessmentStage.Residual).Money, 9);
        Assert.Equal(10_000, r.ComputedResidual.Assessment.ExpectedCost, 9);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticKind.Information, d.Kind);

        var agreeing = new RiskEntry("R2", "T", RiskKind.Threat, Threat, D0, residual: RiskAssessment.Create(0.2, 50_000, 10), responses: [RiskResponse.Mitigate("m", 0.5)]);
        Assert.Empty(agreeing.Diagnostics);
    }

    [Fact]
    public void Opportunities_have_negative_exposure()
    {
        var o = new RiskEntry("O1", "Early access", RiskKind.Opportunity, Opp, D0);
        Assert.Equal(new Exposure(-20_000, -3), o.ExposureAt(AssessmentStage.Inherent));
    }

    [Theory]
    [InlineData(RiskResponseStrategy.Avoid, RiskKind.Threat, true)]
    [InlineData(RiskResponseStrategy.Mitigate, RiskKind.Threat, true)]
    [InlineData(RiskResponseStrategy.Transfer, RiskKind.Threat, true)]
    [InlineData(RiskResponseStrategy.Accept, RiskKind.Threat, true)]
    [InlineData(RiskResponseStrategy.Escalate, RiskKind.Threat, true)]
    [InlineData(RiskResponseStrategy.Exploit, RiskKind.Threat, false)]
    [InlineData(RiskResponseStrategy.Enhance, RiskKind.Threat, false)]
    [InlineData(RiskResponseStrategy.Share, RiskKind.Threat, false)]
    [InlineData(RiskResponseStrategy.Avoid, RiskKind.Opportunity, false)]
    [InlineData(RiskResponseStrategy.Mitigate, RiskKind.Opportunity, false)]
    [InlineData(RiskResponseStrategy.Transfer, RiskKind.Opportunity, false)]
    [InlineData(RiskResponseStrategy.Accept, RiskKind.Opportunity, true)]
    [InlineData(RiskResponseStrategy.Escalate, RiskKind.Opportunity, true)]
    [InlineData(RiskResponseStrategy.Exploit, RiskKind.Opportunity, true)]
    [InlineData(RiskResponseStrategy.Enhance, RiskKind.Opportunity, true)]
    [InlineData(RiskResponseStrategy.Share, RiskKind.Opportunity, true)]
    public void Strategy_validity_follows_PMBOK_11_5(RiskResponseStrategy s, RiskKind k, bool valid) =>
        Assert.Equal(valid, RiskResponseStrategies.IsValidFor(s, k));
    [Fact]
    public void An_impact_factor_for_a_dimension_without_impact_changes_nothing_and_is_reported()
    {
        // Cost-only threat P 0.4, cost 50,000; the mitigation halves P and asks for schedule × 0.5, which has nothing
        // to scale: P 0.2, cost 50,000 (the factory's cost factor 1 is no note), one warning naming the response.
        RiskAssessment costOnly = RiskAssessment.Create(0.4, 50_000);
        ResponseEffectResult r = RiskResponseEffects.Apply(costOnly, RiskKind.Threat, [RiskResponse.Mitigate("m1", 0.5, scheduleFactor: 0.5)]);
        Assert.Equal(0.2, r.Assessment.Probability);
        Assert.Equal(50_000, r.Assessment.Impact(RiskDimensions.Cost));
        Assert.False(r.Assessment.Impacts.ContainsKey(RiskDimensions.Schedule));
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticKind.Warning, d.Kind);
        Assert.Equal("ImpactFactors", d.Metric);
        Assert.Contains("'m1'", d.Message, StringComparison.Ordinal);
        Assert.Contains("'schedule'", d.Message, StringComparison.Ordinal);

        // A factor of 1 on the missing dimension scales nothing either way: no note.
        Assert.Empty(RiskResponseEffects.Apply(costOnly, RiskKind.Threat, [RiskResponse.Mitigate("m2", 0.5, costFactor: 0.8)]).Diagnostics);
    }

    [Fact]
    public void A_transfer_without_a_cost_impact_changes_nothing_and_is_reported()
    {
        RiskAssessment scheduleOnly = RiskAssessment.Create(0.4, scheduleImpact: 10);
        ResponseEffectResult r = RiskResponseEffects.Apply(scheduleOnly, RiskKind.Threat, [RiskResponse.Transfer("t1", 0.6)]);
        Assert.Equal(scheduleOnly, r.Assessment);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(("Coverage", DiagnosticKind.Warning), (d.Metric, d.Kind));
        Assert.Contains("'t1'", d.Message, StringComparison.Ordinal);

        // Coverage 0 promises nothing: no note.
        Assert.Empty(RiskResponseEffects.Apply(scheduleOnly, RiskKind.Threat, [RiskResponse.Transfer("t2", 0)]).Diagnostics);
    }
}
