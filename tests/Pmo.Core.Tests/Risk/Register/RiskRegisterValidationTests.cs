using NodaTime;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.Register;

/// <summary>Layer 3 error tests: one per validation rule of the register types, asserting the exception type and ParamName.</summary>
public class RiskRegisterValidationTests
{
    private static readonly LocalDate D = RiskResponseEffectsTests.D0;
    private static readonly RiskAssessment A = RiskAssessment.Create(0.5, 1_000);

    private static void Throws<T>(string param, Func<object?> create)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(() => create()).ParamName);

    private static RiskEntry Threat(string id = "R", IEnumerable<RiskResponse>? responses = null, string? project = null, IEnumerable<string>? activities = null) =>
        new(id, "t", RiskKind.Threat, A, D, responses: responses, projectId: project, activityIds: activities);

    // ---- Assessment (shared model) probabilities outside [0, 1] ----

    [Fact] public void Probability_above_one() => Throws<ArgumentOutOfRangeException>("probability", () => RiskAssessment.Create(1.01, 1));
    [Fact] public void Probability_below_zero() => Throws<ArgumentOutOfRangeException>("probability", () => RiskAssessment.Create(-0.1, 1));

    // ---- ProximityWindow ----

    [Fact] public void Window_end_before_start() => Throws<ArgumentException>("end", () => new ProximityWindow(D, D.PlusDays(-1)));

    // ---- RiskResponse ----

    [Fact] public void Response_blank_id() => Throws<ArgumentException>("id", () => RiskResponse.Accept(" "));
    [Fact] public void Response_null_id() => Throws<ArgumentNullException>("id", () => RiskResponse.Accept(null!));
    [Fact] public void Response_undefined_strategy() => Throws<ArgumentOutOfRangeException>("strategy", () => new RiskResponse("r", (RiskResponseStrategy)99));
    [Fact] public void Response_undefined_status() => Throws<ArgumentOutOfRangeException>("status", () => RiskResponse.Accept("r", status: (ResponseStatus)9));
    [Fact] public void Response_negative_cost() => Throws<ArgumentOutOfRangeException>("cost", () => RiskResponse.Accept("r", cost: -1));
    [Fact] public void Response_NaN_cost() => Throws<ArgumentOutOfRangeException>("cost", () => RiskResponse.Accept("r", cost: double.NaN));
    [Fact] public void Mitigate_probability_factor_above_one() => Throws<ArgumentOutOfRangeException>("probabilityFactor", () => RiskResponse.Mitigate("r", 1.2));
    [Fact] public void Mitigate_probability_factor_negative() => Throws<ArgumentOutOfRangeException>("probabilityFactor", () => RiskResponse.Mitigate("r", -0.1));
    [Fact] public void Mitigate_impact_factor_above_one() => Throws<ArgumentOutOfRangeException>("impactFactors", () => RiskResponse.Mitigate("r", costFactor: 1.5));
    [Fact] public void Mitigate_impact_factor_NaN() => Throws<ArgumentOutOfRangeException>("impactFactors", () => RiskResponse.Mitigate("r", scheduleFactor: double.NaN));
    [Fact] public void Enhance_probability_factor_below_one() => Throws<ArgumentOutOfRangeException>("probabilityFactor", () => RiskResponse.Enhance("r", 0.9));
    [Fact] public void Enhance_impact_factor_infinite() => Throws<ArgumentOutOfRangeException>("impactFactors", () => RiskResponse.Enhance("r", costFactor: double.PositiveInfinity));
    [Fact] public void Impact_factor_blank_dimension() => Throws<ArgumentException>("impactFactors", () => new RiskResponse("r", RiskResponseStrategy.Mitigate, impactFactors: [new(" ", 0.5)]));
    [Fact] public void Impact_factor_repeated_dimension() => Throws<ArgumentException>("impactFactors", () => new RiskResponse("r", RiskResponseStrategy.Mitigate, impactFactors: [new("cost", 0.5), new("cost", 0.4)]));
    [Fact] public void Impact_factors_on_a_transfer() => Throws<ArgumentException>("impactFactors", () => new RiskResponse("r", RiskResponseStrategy.Transfer, impactFactors: [new("cost", 0.5)]));
    [Fact] public void Probability_factor_on_an_accept() => Throws<ArgumentException>("probabilityFactor", () => new RiskResponse("r", RiskResponseStrategy.Accept, probabilityFactor: 0.5));
    [Fact] public void Transfer_coverage_above_one() => Throws<ArgumentOutOfRangeException>("coverage", () => RiskResponse.Transfer("r", 1.1));
    [Fact] public void Share_coverage_negative() => Throws<ArgumentOutOfRangeException>("coverage", () => RiskResponse.Share("r", -0.1));
    [Fact] public void Coverage_on_a_mitigation() => Throws<ArgumentException>("coverage", () => new RiskResponse("r", RiskResponseStrategy.Mitigate, coverage: 0.5));

    // ---- RiskResponseEffects.Apply ----

    [Fact] public void Apply_opportunity_strategy_on_a_threat() => Throws<ArgumentException>("responses", () => RiskResponseEffects.Apply(A, RiskKind.Threat, [RiskResponse.Exploit("x")]));
    [Fact] public void Apply_threat_strategy_on_an_opportunity() => Throws<ArgumentException>("responses", () => RiskResponseEffects.Apply(A, RiskKind.Opportunity, [RiskResponse.Avoid("x")]));
    [Fact] public void Apply_null_response() => Throws<ArgumentNullException>("responses", () => RiskResponseEffects.Apply(A, RiskKind.Threat, [null!]));
    [Fact] public void Apply_null_assessment() => Throws<ArgumentNullException>("assessment", () => RiskResponseEffects.Apply(null!, RiskKind.Threat, []));
    [Fact] public void Apply_undefined_kind() => Throws<ArgumentOutOfRangeException>("kind", () => RiskResponseEffects.Apply(A, (RiskKind)5, []));

    // ---- RiskEntry ----

    [Fact] public void Risk_blank_id() => Throws<ArgumentException>("id", () => Threat(" "));
    [Fact] public void Risk_blank_title() => Throws<ArgumentException>("title", () => new RiskEntry("R", "", RiskKind.Threat, A, D));
    [Fact] public void Risk_null_inherent() => Throws<ArgumentNullException>("inherent", () => new RiskEntry("R", "t", RiskKind.Threat, null!, D));
    [Fact] public void Risk_undefined_kind() => Throws<ArgumentOutOfRangeException>("kind", () => new RiskEntry("R", "t", (RiskKind)7, A, D));
    [Fact] public void Risk_undefined_status() => Throws<ArgumentOutOfRangeException>("status", () => new RiskEntry("R", "t", RiskKind.Threat, A, D, status: (RiskStatus)9));
    [Fact] public void Risk_opportunity_strategy_on_a_threat() => Throws<ArgumentException>("responses", () => Threat(responses: [RiskResponse.Enhance("e", 1.5)]));
    [Fact] public void Risk_threat_strategy_on_an_opportunity() => Throws<ArgumentException>("responses", () => new RiskEntry("O", "o", RiskKind.Opportunity, A, D, responses: [RiskResponse.Transfer("t", 0.5)]));
    [Fact] public void Risk_duplicate_response_ids() => Throws<ArgumentException>("responses", () => Threat(responses: [RiskResponse.Accept("a"), RiskResponse.Avoid("a")]));
    [Fact] public void Risk_response_due_before_identified() => Throws<ArgumentException>("responses", () => Threat(responses: [RiskResponse.Avoid("a", dueDate: D.PlusDays(-1))]));
    [Fact] public void Risk_null_response() => Throws<ArgumentNullException>("responses", () => Threat(responses: [null!]));
    [Fact] public void Risk_activities_without_project() => Throws<ArgumentException>("activityIds", () => Threat(activities: ["A1"]));
    [Fact] public void Risk_repeated_activity() => Throws<ArgumentException>("activityIds", () => Threat(project: "P", activities: ["A1", "A1"]));
    [Fact] public void Risk_undefined_stage() => Throws<ArgumentOutOfRangeException>("stage", () => Threat().ExposureAt((AssessmentStage)9));

    // ---- RegisterProject / RiskRegister ----

    [Fact] public void Project_blank_id() => Throws<ArgumentException>("id", () => new RegisterProject(" "));
    [Fact] public void Project_repeated_activity() => Throws<ArgumentException>("activityIds", () => new RegisterProject("P", activityIds: ["A", "A"]));
    [Fact] public void Register_duplicate_risk_ids() => Throws<ArgumentException>("risks", () => new RiskRegister([Threat("R"), Threat("R")]));
    [Fact] public void Register_null_risk() => Throws<ArgumentNullException>("risks", () => new RiskRegister([null!]));
    [Fact] public void Register_unknown_project() => Throws<ArgumentException>("risks", () => new RiskRegister([Threat(project: "P9")], [new RegisterProject("P1")]));
    [Fact] public void Register_unknown_activity() => Throws<ArgumentException>("risks", () => new RiskRegister([Threat(project: "P1", activities: ["X"])], [new RegisterProject("P1", activityIds: ["A1"])]));
    [Fact] public void Register_duplicate_project_ids() => Throws<ArgumentException>("projects", () => new RiskRegister([], [new RegisterProject("P"), new RegisterProject("P")]));
    [Fact] public void Register_blank_portfolio_id() => Throws<ArgumentException>("portfolioId", () => new RiskRegister([], portfolioId: " "));
    [Fact] public void Register_unknown_risk_lookup() => Assert.Throws<KeyNotFoundException>(() => new RiskRegister([])["nope"]);

    // ---- Exposure, reserve ----

    [Fact] public void Rollup_undefined_grouping() => Throws<ArgumentOutOfRangeException>("grouping", () => ExposureRollup.By(new RiskRegister([]), (RiskGrouping)9));
    [Fact] public void Rollup_null_register() => Throws<ArgumentNullException>("register", () => ExposureRollup.By(null!, RiskGrouping.Project));
    [Fact] public void Estimate_negative_money() => Throws<ArgumentOutOfRangeException>("money", () => new ContingencyEstimate(-1, 0, ContingencyMethod.Quantitative, "x"));
    [Fact] public void Estimate_NaN_time() => Throws<ArgumentOutOfRangeException>("time", () => new ContingencyEstimate(0, double.NaN, ContingencyMethod.Quantitative, "x"));
    [Fact] public void Estimate_blank_description() => Throws<ArgumentException>("description", () => new ContingencyEstimate(0, 0, ContingencyMethod.Quantitative, " "));
    [Fact] public void Estimate_undefined_method() => Throws<ArgumentOutOfRangeException>("method", () => new ContingencyEstimate(0, 0, (ContingencyMethod)9, "x"));
    [Fact] public void Reserve_undefined_stage() => Throws<ArgumentOutOfRangeException>("stage", () => ContingencyReserve.Estimate(new RiskRegister([]), (AssessmentStage)9));

    [Fact] public void Reserve_estimator_returning_null() => Throws<ArgumentNullException>("estimator", () => ContingencyReserve.Estimate(new RiskRegister([]), estimator: new StubEstimator(null)));

    // ---- Appetite ----

    [Fact] public void Band_policy_blank_band() => Throws<ArgumentException>("bandId", () => new AppetiteBandPolicy(" "));
    [Fact] public void Band_policy_blank_approver_role() => Throws<ArgumentException>("approverRole", () => new AppetiteBandPolicy("high", approverRole: " "));
    [Fact] public void Band_policy_negative_days() => Throws<ArgumentOutOfRangeException>("maxDaysToRespond", () => new AppetiteBandPolicy("high", maxDaysToRespond: -1));
    [Fact] public void Appetite_duplicate_bands() => Throws<ArgumentException>("bands", () => new RiskAppetite([new AppetiteBandPolicy("h"), new AppetiteBandPolicy("h")]));
    [Fact] public void Appetite_negative_emv_limit() => Throws<ArgumentOutOfRangeException>("maxEmvPerRisk", () => new RiskAppetite([], maxEmvPerRisk: -1));
    [Fact] public void Appetite_NaN_delay_limit() => Throws<ArgumentOutOfRangeException>("maxDelayPerRisk", () => new RiskAppetite([], maxDelayPerRisk: double.NaN));
    [Fact] public void Appetite_infinite_project_limit() => Throws<ArgumentOutOfRangeException>("maxProjectExposure", () => new RiskAppetite([], maxProjectExposure: double.PositiveInfinity));
    [Fact] public void Appetite_negative_portfolio_limit() => Throws<ArgumentOutOfRangeException>("maxPortfolioExposure", () => new RiskAppetite([], maxPortfolioExposure: -5));
    [Fact] public void Appetite_null_scorer() => Throws<ArgumentNullException>("scorer", () => RiskAppetiteEvaluator.Evaluate(new RiskRegister([]), new RiskAppetite([]), null!, D));
    [Fact] public void Proximity_negative_days() => Throws<ArgumentOutOfRangeException>("withinDays", () => RiskAppetiteEvaluator.NearProximity(new RiskRegister([]), D, -1));

    // ---- Analytics ----

    [Fact] public void Top_negative_n() => Throws<ArgumentOutOfRangeException>("n", () => RiskAnalytics.TopByExposure(new RiskRegister([]), -1));
    [Fact] public void Top_undefined_measure() => Throws<ArgumentOutOfRangeException>("measure", () => RiskAnalytics.TopByExposure(new RiskRegister([]), 1, measure: (ExposureMeasure)4));
    [Fact] public void Top_by_score_null_scorer() => Throws<ArgumentNullException>("scorer", () => RiskAnalytics.TopByScore(new RiskRegister([]), null!, 1));
    [Fact] public void Ageing_bounds_not_increasing() => Throws<ArgumentException>("bucketBounds", () => RiskAnalytics.Ageing(new RiskRegister([]), D, [30, 30]));
    [Fact] public void Ageing_bounds_not_positive() => Throws<ArgumentException>("bucketBounds", () => RiskAnalytics.Ageing(new RiskRegister([]), D, [0, 30]));
    [Fact] public void Burndown_duplicate_dates() => Throws<ArgumentException>("snapshots", () => RiskBurndown.Compute([new RiskRegisterSnapshot(D, []), new RiskRegisterSnapshot(D, [])]));
    [Fact] public void Burndown_null_snapshot() => Throws<ArgumentNullException>("snapshots", () => RiskBurndown.Compute([null!]));
    [Fact] public void Trend_blank_risk_id() => Throws<ArgumentException>("riskId", () => RiskBurndown.ScoreTrend([], " ", TestScorer.Instance));
    [Fact] public void Snapshot_null_register() => Throws<ArgumentNullException>("register", () => new RiskRegisterSnapshot(D, (RiskRegister)null!));
}
