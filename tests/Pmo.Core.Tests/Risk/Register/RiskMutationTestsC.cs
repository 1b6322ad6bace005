using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.Register;

/// <summary>
/// Documented behaviour of the appetite evaluator, the register analytics (top-N, heat map, ageing, response
/// effectiveness), the burndown, the exposure roll-up and the contingency reserve that the earlier tests did not pin down
/// (issue 9 §6, Stryker survivors list C, part 1): typed rejections with the rule in the message, boundaries, filters,
/// tie-breaks, overflow guards and small hand-worked values (the arithmetic is in the comments; no expected value was
/// produced by running the code).
/// </summary>
public class RiskMutationTestsC
{
    /// <summary>Monday 6 January 2025.</summary>
    private static readonly LocalDate D0 = RiskResponseEffectsTests.D0;

    private static RiskEntry T(string id, double p, double? cost, double? days = null, RiskStatus status = RiskStatus.Open, IEnumerable<RiskResponse>? responses = null, string? project = null, LocalDate? identified = null, ProximityWindow? proximity = null) =>
        new(id, id, RiskKind.Threat, RiskAssessment.Create(p, cost, days), identified ?? D0, status: status, responses: responses, projectId: project, proximity: proximity);

    private static RiskEntry O(string id, double p, double? benefit, double? days = null, RiskStatus status = RiskStatus.Open) =>
        new(id, id, RiskKind.Opportunity, RiskAssessment.Create(p, benefit, days), D0, status: status);

    /// <summary>A scorer that breaks its contract by returning null.</summary>
    private sealed class NullScorer : IRiskScorer
    {
        public RiskScore Score(RiskAssessment assessment, RiskKind kind) => null!;
    }

    private static readonly ContingencyEstimate Fixed = new(1, 1, ContingencyMethod.Quantitative, "stub");

    // ---------------------------------------------------------------- AppetiteBandPolicy and RiskAppetite

    [Fact]
    public void Band_policy_rejects_a_blank_approver_role_with_the_rule()
    {
        Reject.Rule<ArgumentException>(() => _ = new AppetiteBandPolicy("high", approverRole: " "), "approverRole", "approverRole must be null (no approval) or a non-blank role");
    }

    [Fact]
    public void Band_policy_accepts_zero_days_and_rejects_negative_days_with_the_rule()
    {
        // "maxDaysToRespond is negative" is the documented rejection: 0 (respond on the day of identification) is allowed.
        Assert.Equal(0, new AppetiteBandPolicy("high", maxDaysToRespond: 0).MaxDaysToRespond);
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new AppetiteBandPolicy("high", maxDaysToRespond: -1), "maxDaysToRespond", "maxDaysToRespond must be zero or positive");
    }

    [Fact]
    public void Appetite_rejects_null_bands_a_null_policy_and_a_repeated_band()
    {
        Reject.Rule<ArgumentNullException>(() => _ = new RiskAppetite(null!), "bands");
        Reject.Rule<ArgumentNullException>(() => _ = new RiskAppetite([new AppetiteBandPolicy("high"), null!]), "bands", "bands[1] is null");
        Reject.Rule<ArgumentException>(
            () => _ = new RiskAppetite([new AppetiteBandPolicy("high"), new AppetiteBandPolicy("high", true)]),
            "bands",
            "contains the band 'high' more than once; band ids must be unique");
    }

    [Fact]
    public void Appetite_limits_of_zero_are_accepted_and_negative_ones_rejected_with_the_rule()
    {
        // Documented: a limit is rejected when NaN, infinite or negative; 0 (no exposure tolerated) is a valid limit.
        var a = new RiskAppetite([], maxEmvPerRisk: 0, maxDelayPerRisk: 0, maxProjectExposure: 0, maxPortfolioExposure: 0);
        Assert.Equal((0.0, 0.0, 0.0, 0.0), (a.MaxEmvPerRisk!.Value, a.MaxDelayPerRisk!.Value, a.MaxProjectExposure!.Value, a.MaxPortfolioExposure!.Value));
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RiskAppetite([], maxEmvPerRisk: -1), "maxEmvPerRisk", "maxEmvPerRisk must be a finite number, zero or positive");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RiskAppetite([], maxPortfolioExposure: double.NaN), "maxPortfolioExposure", "must be a finite number, zero or positive");
    }

    // ---------------------------------------------------------------- RiskAppetiteEvaluator.Evaluate

    [Fact]
    public void Evaluate_rejects_null_arguments_and_a_scorer_that_returns_null()
    {
        var reg = new RiskRegister([T("R1", 0.5, 1_000)]);
        var appetite = new RiskAppetite([]);
        Reject.Rule<ArgumentNullException>(() => RiskAppetiteEvaluator.Evaluate(null!, appetite, TestScorer.Instance, D0), "register");
        Reject.Rule<ArgumentNullException>(() => RiskAppetiteEvaluator.Evaluate(new RiskRegister([]), null!, TestScorer.Instance, D0), "appetite");
        Reject.Rule<ArgumentNullException>(() => RiskAppetiteEvaluator.Evaluate(reg, appetite, new NullScorer(), D0), "scorer", "scorer returned no score for risk 'R1'");
    }

    [Fact]
    public void Evaluate_checks_open_risks_only()
    {
        // A closed threat with EMV 0.9 × 1,000,000 = 900,000 against a per-risk limit of 0: closed risks are not checked.
        var reg = new RiskRegister([T("C", 0.9, 1_000_000, status: RiskStatus.Closed)]);
        AppetiteEvaluation e = RiskAppetiteEvaluator.Evaluate(reg, new RiskAppetite([], maxEmvPerRisk: 0), TestScorer.Instance, D0);
        Assert.Empty(e.Breaches);
        Assert.Empty(e.Diagnostics);
    }

    [Fact]
    public void Evaluate_counts_exactly_the_open_risks_the_scorer_could_not_band()
    {
        // TestScorer: a risk without a cost impact gets no band. Two banded risks, one unbanded.
        var mixed = new RiskRegister([T("A", 0.5, 1_000), T("B", 0.1, 1_000), T("U", 0.5, null, days: 3)]);
        AppetiteEvaluation e = RiskAppetiteEvaluator.Evaluate(mixed, new RiskAppetite([]), TestScorer.Instance, D0);
        Diagnostic d = Assert.Single(e.Diagnostics);
        Assert.Equal((DiagnosticKind.Warning, "Band"), (d.Kind, d.Metric));
        Assert.StartsWith("1 open risk(s) got no band from the scorer", d.Message, StringComparison.Ordinal);

        // All banded: no note at all.
        AppetiteEvaluation clean = RiskAppetiteEvaluator.Evaluate(new RiskRegister([T("A", 0.5, 1_000)]), new RiskAppetite([]), TestScorer.Instance, D0);
        Assert.Empty(clean.Diagnostics);
    }

    [Fact]
    public void Emv_breach_states_the_rule_and_formats_as_kind_scope_reason()
    {
        // H1: 0.5 × 60,000 = 30,000 > 25,000.
        var reg = new RiskRegister([T("H1", 0.5, 60_000)]);
        AppetiteBreach b = Assert.Single(RiskAppetiteEvaluator.Evaluate(reg, new RiskAppetite([], maxEmvPerRisk: 25_000), TestScorer.Instance, D0).Breaches);
        Assert.Equal((AppetiteBreachKind.RiskEmvLimit, "H1", "H1", (string?)null), (b.Kind, b.Scope, b.RiskId, b.Band));
        Assert.Equal(30_000, b.Value!.Value, 9);
        Assert.Equal(25_000, b.Limit!.Value);
        Assert.StartsWith("EMV ", b.Reason, StringComparison.Ordinal);
        Assert.Contains("at stage Current exceeds the per-risk limit", b.Reason, StringComparison.Ordinal);
        Assert.Equal("RiskEmvLimit [H1]: " + b.Reason, b.ToString());
    }

    [Fact]
    public void Delay_limit_is_breached_only_above_the_limit()
    {
        // Expected delays: D5 0.5 × 10 = 5 days (> 4: breach), D4 0.5 × 8 = 4 (= limit: no breach), D3 0.5 × 6 = 3 (no breach).
        var reg = new RiskRegister([T("D5", 0.5, 1, days: 10), T("D4", 0.5, 1, days: 8), T("D3", 0.5, 1, days: 6)]);
        AppetiteBreach b = Assert.Single(RiskAppetiteEvaluator.Evaluate(reg, new RiskAppetite([], maxDelayPerRisk: 4), TestScorer.Instance, D0).Breaches);
        Assert.Equal((AppetiteBreachKind.RiskDelayLimit, "D5", "D5"), (b.Kind, b.Scope, b.RiskId));
        Assert.Equal(5, b.Value!.Value, 12);
        Assert.Equal(4, b.Limit!.Value);
        Assert.StartsWith("Expected delay ", b.Reason, StringComparison.Ordinal);
        Assert.Contains("days at stage Current exceeds the per-risk limit", b.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_and_portfolio_limits_are_breached_only_strictly_above_the_limit()
    {
        // P1: 0.5 × 20,000 = 10,000 (= the limit: no breach); P2: 0.5 × 20,002 = 10,001 (> 10,000: breach). Portfolio 20,001.
        var reg = new RiskRegister([T("A", 0.5, 20_000, project: "P1"), T("B", 0.5, 20_002, project: "P2")]);
        AppetiteBreach p = Assert.Single(RiskAppetiteEvaluator.Evaluate(reg, new RiskAppetite([], maxProjectExposure: 10_000), TestScorer.Instance, D0).Breaches);
        Assert.Equal((AppetiteBreachKind.ProjectExposureLimit, "P2", (string?)null), (p.Kind, p.Scope, p.RiskId));
        Assert.Equal(10_001, p.Value!.Value, 9);
        Assert.StartsWith("Project 'P2' net exposure ", p.Reason, StringComparison.Ordinal);
        Assert.Contains("exceeds the project limit", p.Reason, StringComparison.Ordinal);

        Assert.Empty(RiskAppetiteEvaluator.Evaluate(reg, new RiskAppetite([], maxPortfolioExposure: 20_001), TestScorer.Instance, D0).Breaches);
        AppetiteBreach f = Assert.Single(RiskAppetiteEvaluator.Evaluate(reg, new RiskAppetite([], maxPortfolioExposure: 20_000), TestScorer.Instance, D0).Breaches);
        Assert.Equal((AppetiteBreachKind.PortfolioExposureLimit, "portfolio"), (f.Kind, f.Scope));
        Assert.Equal(20_001, f.Value!.Value, 9);
        Assert.StartsWith("Portfolio 'portfolio' net exposure ", f.Reason, StringComparison.Ordinal);
        Assert.Contains("exceeds the portfolio limit", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_treatment_plan_breach_states_the_rule()
    {
        // 0.5 × 60,000 → TestScorer score 0.3 → band "high"; no response at all.
        var reg = new RiskRegister([T("H1", 0.5, 60_000)]);
        var appetite = new RiskAppetite([new AppetiteBandPolicy("high", requiresTreatmentPlan: true)]);
        AppetiteBreach b = Assert.Single(RiskAppetiteEvaluator.Evaluate(reg, appetite, TestScorer.Instance, D0).Breaches);
        Assert.Equal((AppetiteBreachKind.TreatmentPlanMissing, "H1", "high"), (b.Kind, b.Scope, b.Band));
        Assert.Equal("Band 'high' requires a treatment plan; risk 'H1' has no active response other than Accept.", b.Reason);
    }

    [Fact]
    public void A_treatment_due_exactly_on_the_deadline_is_in_time()
    {
        // Deadline = identified (2025-01-06) + 14 days = 2025-01-20; the mitigation is due that very day ("on or before").
        var reg = new RiskRegister([T("H1", 0.5, 60_000, responses: [RiskResponse.Mitigate("m", 0.5, dueDate: D0.PlusDays(14))])]);
        var appetite = new RiskAppetite([new AppetiteBandPolicy("high", maxDaysToRespond: 14)]);
        Assert.Empty(RiskAppetiteEvaluator.Evaluate(reg, appetite, TestScorer.Instance, D0.PlusDays(20)).Breaches);

        // Due one day later (2025-01-21) it is too late.
        var late = new RiskRegister([T("H1", 0.5, 60_000, responses: [RiskResponse.Mitigate("m", 0.5, dueDate: D0.PlusDays(15))])]);
        Assert.Equal(AppetiteBreachKind.ResponseTooLate, Assert.Single(RiskAppetiteEvaluator.Evaluate(late, appetite, TestScorer.Instance, D0.PlusDays(20)).Breaches).Kind);
    }

    [Fact]
    public void Without_any_treatment_the_response_is_too_late_only_once_the_deadline_has_passed()
    {
        // No response planned: "too late" needs asOf > deadline (2025-01-20); on the deadline itself there is still time.
        var reg = new RiskRegister([T("H1", 0.5, 60_000)]);
        var appetite = new RiskAppetite([new AppetiteBandPolicy("high", maxDaysToRespond: 14)]);
        Assert.Empty(RiskAppetiteEvaluator.Evaluate(reg, appetite, TestScorer.Instance, D0.PlusDays(14)).Breaches);

        AppetiteBreach b = Assert.Single(RiskAppetiteEvaluator.Evaluate(reg, appetite, TestScorer.Instance, D0.PlusDays(15)).Breaches);
        Assert.Equal((AppetiteBreachKind.ResponseTooLate, "H1", "high", (double?)null, (double?)14), (b.Kind, b.Scope, b.Band, b.Value, b.Limit));
        Assert.Equal("Band 'high' requires a treatment response within 14 day(s) of identification (by 2025-01-20); risk 'H1' has none done or due by then.", b.Reason);
    }

    // ---------------------------------------------------------------- OverdueResponses and NearProximity

    [Fact]
    public void Overdue_responses_reject_a_null_register()
    {
        Reject.Rule<ArgumentNullException>(() => RiskAppetiteEvaluator.OverdueResponses(null!, D0), "register");
    }

    [Fact]
    public void Overdue_responses_with_equal_days_are_ordered_by_risk_id_then_response_id()
    {
        // All three are due 2025-02-20, asOf 2025-03-01: 9 days overdue each. Given in reverse order on purpose.
        LocalDate due = new(2025, 2, 20), asOf = new(2025, 3, 1);
        var reg = new RiskRegister(
        [
            T("B", 0.5, 1, responses: [RiskResponse.Mitigate("y", 0.5, dueDate: due)]),
            T("A", 0.5, 1, responses: [RiskResponse.Mitigate("y", 0.5, dueDate: due), RiskResponse.Mitigate("x", 0.5, dueDate: due)]),
        ]);
        Assert.Equal(
            [("A", "x", 9), ("A", "y", 9), ("B", "y", 9)],
            RiskAppetiteEvaluator.OverdueResponses(reg, asOf).Select(o => (o.RiskId, o.Response.Id, o.DaysOverdue)));
    }

    [Fact]
    public void Near_proximity_rejects_a_null_register_and_a_negative_look_ahead()
    {
        var reg = new RiskRegister([]);
        Reject.Rule<ArgumentNullException>(() => RiskAppetiteEvaluator.NearProximity(null!, D0, 1), "register");
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskAppetiteEvaluator.NearProximity(reg, D0, -1), "withinDays", "withinDays must be zero or positive");
    }

    [Fact]
    public void Near_proximity_with_zero_look_ahead_keeps_windows_open_today_including_one_ending_today()
    {
        LocalDate asOf = new(2025, 3, 1);
        var reg = new RiskRegister(
        [
            T("ends", 0.1, 1, proximity: new ProximityWindow(new(2025, 2, 24), asOf)),      // started 5 days ago, last day today
            T("starts", 0.1, 1, proximity: new ProximityWindow(asOf, new(2025, 3, 9))),     // starts today: 0 days
            T("tomorrow", 0.1, 1, proximity: new ProximityWindow(new(2025, 3, 2), new(2025, 3, 9))), // 1 day > 0: left out
        ]);
        Assert.Equal(
            [("ends", -5, true), ("starts", 0, true)],
            RiskAppetiteEvaluator.NearProximity(reg, asOf, 0).Select(a => (a.RiskId, a.DaysUntilStart, a.IsWindowOpen)));
    }

    [Fact]
    public void Near_proximity_ties_on_start_are_ordered_by_risk_id()
    {
        LocalDate asOf = new(2025, 3, 1);
        var w = new ProximityWindow(new(2025, 3, 5), new(2025, 3, 9)); // 4 days ahead
        var reg = new RiskRegister([T("b", 0.1, 1, proximity: w), T("a", 0.1, 1, proximity: w)]);
        Assert.Equal(["a", "b"], RiskAppetiteEvaluator.NearProximity(reg, asOf, 7).Select(a => a.RiskId));
    }

    // ---------------------------------------------------------------- RiskAnalytics.TopByExposure / TopByScore

    [Fact]
    public void Top_by_exposure_rejects_a_null_register_an_undefined_measure_and_a_negative_n()
    {
        var reg = new RiskRegister([T("a", 0.5, 1)]);
        Reject.Rule<ArgumentNullException>(() => RiskAnalytics.TopByExposure(null!, 1), "register");
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskAnalytics.TopByExposure(reg, 1, measure: (ExposureMeasure)7), "measure", "measure must be a defined ExposureMeasure");
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskAnalytics.TopByExposure(reg, -1), "n", "n must be zero or positive");
    }

    [Fact]
    public void Top_by_exposure_of_zero_is_empty()
    {
        // n = 0 is allowed ("zero or positive").
        Assert.Empty(RiskAnalytics.TopByExposure(new RiskRegister([T("a", 0.5, 1)]), 0).Items);
    }

    [Fact]
    public void Top_by_exposure_leaves_closed_risks_out_unless_asked()
    {
        // Closed c: 0.9 × 10,000 = 9,000; open a: 0.5 × 10,000 = 5,000.
        var reg = new RiskRegister([T("c", 0.9, 10_000, status: RiskStatus.Closed), T("a", 0.5, 10_000)]);
        Assert.Equal(["a"], RiskAnalytics.TopByExposure(reg, 5).Items.Select(x => x.Risk.Id));
        Assert.Equal(["c", "a"], RiskAnalytics.TopByExposure(reg, 5, openOnly: false).Items.Select(x => x.Risk.Id));
    }

    [Fact]
    public void Top_by_exposure_ranks_by_time_when_asked()
    {
        // m: money 0.5 × 10,000 = 5,000, time 0.5 × 2 = 1 day; t: money 0.5 × 1,000 = 500, time 0.5 × 10 = 5 days.
        var reg = new RiskRegister([T("m", 0.5, 10_000, days: 2), T("t", 0.5, 1_000, days: 10)]);
        Assert.Equal(["m", "t"], RiskAnalytics.TopByExposure(reg, 2).Items.Select(x => x.Risk.Id));
        RiskRanking byTime = RiskAnalytics.TopByExposure(reg, 2, measure: ExposureMeasure.Time);
        Assert.Equal(["t", "m"], byTime.Items.Select(x => x.Risk.Id));
        Assert.Equal(5, byTime.Items[0].Exposure.Time, 12);
    }

    [Fact]
    public void Top_by_score_rejects_null_arguments_a_negative_n_and_a_null_score()
    {
        var reg = new RiskRegister([T("a", 0.5, 1)]);
        Reject.Rule<ArgumentNullException>(() => RiskAnalytics.TopByScore(null!, TestScorer.Instance, 1), "register");
        Reject.Rule<ArgumentNullException>(() => RiskAnalytics.TopByScore(reg, null!, 1), "scorer");
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskAnalytics.TopByScore(reg, TestScorer.Instance, -1), "n", "n must be zero or positive");
        Reject.Rule<ArgumentNullException>(() => RiskAnalytics.TopByScore(reg, new NullScorer(), 1), "scorer", "scorer returned no score for risk 'a'");
    }

    [Fact]
    public void Top_by_score_leaves_closed_risks_out_unless_asked()
    {
        // Closed c: score 0.9 × 10,000 / 100,000 = 0.09; open a: 0.05.
        var reg = new RiskRegister([T("c", 0.9, 10_000, status: RiskStatus.Closed), T("a", 0.5, 10_000)]);
        Assert.Equal(["a"], RiskAnalytics.TopByScore(reg, TestScorer.Instance, 5).Items.Select(x => x.Risk.Id));
        Assert.Equal(["c", "a"], RiskAnalytics.TopByScore(reg, TestScorer.Instance, 5, openOnly: false).Items.Select(x => x.Risk.Id));
    }

    [Fact]
    public void Top_by_score_breaks_a_score_tie_by_signed_EMV_descending_and_ranks_from_one()
    {
        // TestScorer ignores the kind: threat b and opportunity a both score 0.5 × 10,000 / 100,000 = 0.05.
        // EMV: b +5,000, a −5,000 → b first (EMV descending), even though "a" < "b" by id.
        var reg = new RiskRegister([T("b", 0.5, 10_000), O("a", 0.5, 10_000)]);
        RiskRanking r = RiskAnalytics.TopByScore(reg, TestScorer.Instance, 2);
        Assert.Equal([(1, "b"), (2, "a")], r.Items.Select(x => (x.Rank, x.Risk.Id)));
        Assert.Empty(r.Diagnostics); // no undefined score, no note
    }

    // ---------------------------------------------------------------- RiskAnalytics.HeatMap

    [Fact]
    public void Heat_map_rejects_null_arguments_and_an_undefined_stage()
    {
        var empty = new RiskRegister([]);
        Reject.Rule<ArgumentNullException>(() => RiskAnalytics.HeatMap(null!, TestScorer.Instance, AssessmentStage.Current), "register");
        Reject.Rule<ArgumentNullException>(() => RiskAnalytics.HeatMap(empty, null!, AssessmentStage.Current), "scorer");
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskAnalytics.HeatMap(empty, TestScorer.Instance, (AssessmentStage)9), "stage", "stage must be a defined AssessmentStage");
    }

    [Fact]
    public void Heat_map_filters_by_status_and_kind_and_counts_the_unplaced()
    {
        // Levels (TestScorer): P level 1 + ⌊5P⌋, impact level 1 + ⌊cost / 20,000⌋.
        // A (threat, open) 0.5, 30,000 → (3, 2); B (threat, closed) 0.9, 90,000 → (5, 5); O (opportunity, open) 0.5, 30,000 → (3, 2);
        // U (threat, open) no cost impact → no levels: unplaced.
        var reg = new RiskRegister([T("A", 0.5, 30_000), T("B", 0.9, 90_000, status: RiskStatus.Closed), O("O", 0.5, 30_000), T("U", 0.5, null, days: 2)]);
        RiskHeatMap all = RiskAnalytics.HeatMap(reg, TestScorer.Instance, AssessmentStage.Inherent);
        Assert.Equal([(3, 2, 2)], all.Cells.Select(c => (c.ProbabilityLevel, c.ImpactLevel, c.Count)));
        Assert.Equal(1, all.Unplaced);

        RiskHeatMap threats = RiskAnalytics.HeatMap(reg, TestScorer.Instance, AssessmentStage.Inherent, RiskKind.Threat);
        Assert.Equal([(3, 2, 1)], threats.Cells.Select(c => (c.ProbabilityLevel, c.ImpactLevel, c.Count)));

        RiskHeatMap opportunities = RiskAnalytics.HeatMap(reg, TestScorer.Instance, AssessmentStage.Inherent, RiskKind.Opportunity);
        Assert.Equal([(3, 2, 1)], opportunities.Cells.Select(c => (c.ProbabilityLevel, c.ImpactLevel, c.Count)));
        Assert.Equal(0, opportunities.Unplaced);

        RiskHeatMap everything = RiskAnalytics.HeatMap(reg, TestScorer.Instance, AssessmentStage.Inherent, openOnly: false);
        Assert.Equal([(3, 2, 2), (5, 5, 1)], everything.Cells.Select(c => (c.ProbabilityLevel, c.ImpactLevel, c.Count)));
    }

    // ---------------------------------------------------------------- RiskAnalytics.Ageing

    [Fact]
    public void Ageing_rejects_a_null_register_and_bounds_that_do_not_increase()
    {
        Reject.Rule<ArgumentNullException>(() => RiskAnalytics.Ageing(null!, D0), "register");
        Reject.Rule<ArgumentException>(
            () => RiskAnalytics.Ageing(new RiskRegister([]), D0, [30, 30]),
            "bucketBounds",
            "bucketBounds must be strictly increasing positive day counts, but bucketBounds[1] = 30");
    }

    [Fact]
    public void Ageing_buckets_carry_their_documented_bounds()
    {
        // Default [30, 60, 90] → [0, 30), [30, 60), [60, 90), [90, ∞); custom [7] → [0, 7), [7, ∞).
        RiskAgeing ag = RiskAnalytics.Ageing(new RiskRegister([T("a", 0.1, 1)]), D0.PlusDays(10));
        Assert.Equal([(0, (int?)30, 1), (30, 60, 0), (60, 90, 0), (90, null, 0)], ag.Buckets.Select(b => (b.FromDays, b.ToDays, b.Count)));
        Assert.Empty(ag.Diagnostics); // nobody identified after asOf

        RiskAgeing custom = RiskAnalytics.Ageing(new RiskRegister([T("a", 0.1, 1)]), D0.PlusDays(10), [7]);
        Assert.Equal([(0, (int?)7, 0), (7, null, 1)], custom.Buckets.Select(b => (b.FromDays, b.ToDays, b.Count)));
    }

    // ---------------------------------------------------------------- RiskAnalytics.ResponseEffectiveness

    [Fact]
    public void Response_effectiveness_rejects_a_null_register()
    {
        Reject.Rule<ArgumentNullException>(() => RiskAnalytics.ResponseEffectiveness(null!), "register");
    }

    [Fact]
    public void Zero_cost_notes_name_the_risk_or_the_total()
    {
        // Only zero-cost responses: each item and the total have an undefined return.
        var reg = new RiskRegister([T("C", 0.5, 1_000, responses: [RiskResponse.Accept("a")])]);
        ResponseEffectivenessReport rep = RiskAnalytics.ResponseEffectiveness(reg);
        Diagnostic item = Assert.Single(Assert.Single(rep.Items).Diagnostics);
        Assert.Equal((DiagnosticKind.Undefined, "ReturnOnResponse"), (item.Kind, item.Metric));
        Assert.StartsWith("RiskEntry 'C' has a response cost of 0", item.Message, StringComparison.Ordinal);
        Diagnostic total = Assert.Single(rep.Total.Diagnostics);
        Assert.Null(rep.Total.ReturnOnResponse);
        Assert.StartsWith("The total has a response cost of 0", total.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- RiskBurndown

    [Fact]
    public void Burndown_tracks_threat_and_opportunity_time_and_nets_them()
    {
        // Threat T: 0.5 × 10 days = 5; opportunity O: −0.5 × 4 days = −2; net 5 + (−2) = 3 days.
        var snap = new RiskRegisterSnapshot(new LocalDate(2025, 1, 31), [T("T", 0.5, 1_000, days: 10), O("O", 0.5, 1_000, days: 4)]);
        BurndownPoint p = Assert.Single(RiskBurndown.Compute([snap]));
        Assert.Equal(5, p.ThreatTime, 12);
        Assert.Equal(-2, p.OpportunityTime, 12);
        Assert.Equal(3, p.NetTime, 12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Burndown_rejects_a_snapshot_whose_totals_overflow(int which)
    {
        // Two risks with P = 1 and an impact of 1e308: 1e308 + 1e308 = 2e308 > double.MaxValue (≈ 1.798e308) in one component only.
        RiskEntry[] risks = which switch
        {
            0 => [T("a", 1, 1e308), T("b", 1, 1e308)],
            1 => [O("a", 1, 1e308), O("b", 1, 1e308)],
            2 => [T("a", 1, 1, days: 1e308), T("b", 1, 1, days: 1e308)],
            _ => [O("a", 1, 1, days: 1e308), O("b", 1, 1, days: 1e308)],
        };
        var snap = new RiskRegisterSnapshot(new LocalDate(2025, 1, 31), risks);
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskBurndown.Compute([snap]), "snapshots", "the exposures of the snapshot dated 2025-01-31 are so large that a total overflows the double range");
    }

    [Fact]
    public void Burndown_rejects_null_snapshots_a_null_snapshot_and_a_repeated_date()
    {
        var s1 = new RiskRegisterSnapshot(new LocalDate(2025, 1, 31), [T("a", 0.5, 1)]);
        var s2 = new RiskRegisterSnapshot(new LocalDate(2025, 1, 31), [T("b", 0.5, 1)]);
        Reject.Rule<ArgumentNullException>(() => RiskBurndown.Compute(null!), "snapshots");
        Reject.Rule<ArgumentNullException>(() => RiskBurndown.Compute([s1, null!]), "snapshots", "snapshots[1] is null");
        Reject.Rule<ArgumentException>(() => RiskBurndown.Compute([s1, s2]), "snapshots", "snapshots contains two snapshots dated 2025-01-31; dates must be distinct");
    }

    [Fact]
    public void Score_trends_reject_a_null_scorer_and_an_undefined_stage_even_without_snapshots()
    {
        Reject.Rule<ArgumentNullException>(() => RiskBurndown.ScoreTrends([], null!), "scorer");
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskBurndown.ScoreTrends([], TestScorer.Instance, (AssessmentStage)9), "stage", "stage must be a defined AssessmentStage");
        Reject.Rule<ArgumentNullException>(() => RiskBurndown.ScoreTrend([], "A", null!), "scorer");
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskBurndown.ScoreTrend([], "A", TestScorer.Instance, (AssessmentStage)9), "stage", "stage must be a defined AssessmentStage");
    }

    // ---------------------------------------------------------------- ExposureRollup

    [Fact]
    public void Roll_up_rejects_an_undefined_grouping_with_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => ExposureRollup.By(new RiskRegister([]), (RiskGrouping)42), "grouping", "grouping must be a defined RiskGrouping");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Roll_up_rejects_a_register_whose_totals_overflow(int which)
    {
        // As for the burndown: 1e308 + 1e308 overflows in exactly one of the four components.
        RiskEntry[] risks = which switch
        {
            0 => [T("a", 1, 1e308), T("b", 1, 1e308)],
            1 => [O("a", 1, 1e308), O("b", 1, 1e308)],
            2 => [T("a", 1, 1, days: 1e308), T("b", 1, 1, days: 1e308)],
            _ => [O("a", 1, 1, days: 1e308), O("b", 1, 1, days: 1e308)],
        };
        Reject.Rule<ArgumentOutOfRangeException>(() => ExposureRollup.By(new RiskRegister(risks), RiskGrouping.Portfolio), "register", "the exposures are so large that a total overflows the double range");
    }

    // ---------------------------------------------------------------- ContingencyReserve

    [Fact]
    public void Contingency_estimate_rejects_an_undefined_method_with_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ContingencyEstimate(1, 1, (ContingencyMethod)9, "x"), "method", "method must be a defined ContingencyMethod");
    }

    [Fact]
    public void Reserve_checks_its_own_arguments_whatever_the_estimator()
    {
        // The stub ignores the register and the stage, so these rejections can only come from ContingencyReserve.Estimate.
        var stub = new StubEstimator(Fixed);
        Reject.Rule<ArgumentNullException>(() => ContingencyReserve.Estimate(null!, estimator: stub), "register");
        Reject.Rule<ArgumentOutOfRangeException>(() => ContingencyReserve.Estimate(new RiskRegister([]), (AssessmentStage)9, stub), "stage", "stage must be a defined AssessmentStage");
        Reject.Rule<ArgumentNullException>(() => ContingencyReserve.Estimate(new RiskRegister([]), estimator: new StubEstimator(null)), "estimator", "estimator returned no estimate");
    }

    [Fact]
    public void Net_reserve_of_exactly_zero_needs_no_floor_and_no_warning()
    {
        // Threat 0.5 × 4,000 = 2,000, opportunity −0.5 × 4,000 = −2,000: net money 0, net time 0 — nothing to floor.
        var reg = new RiskRegister([T("T", 0.5, 4_000), O("O", 0.5, 4_000)]);
        ContingencyEstimate c = ContingencyReserve.Estimate(reg, AssessmentStage.Inherent, new EmvContingencyEstimator(netOfOpportunities: true));
        Assert.Equal((0.0, 0.0), (c.Money, c.Time));
        Assert.Empty(c.Diagnostics);
    }

    [Fact]
    public void Net_schedule_reserve_is_floored_at_zero_with_a_warning()
    {
        // Money: 0.5 × 10,000 − 0.5 × 1,000 = 4,500. Time: 0.5 × 2 − 0.5 × 10 = 1 − 5 = −4 days → floored at 0.
        var reg = new RiskRegister([T("T", 0.5, 10_000, days: 2), O("O", 0.5, 1_000, days: 10)]);
        ContingencyEstimate c = ContingencyReserve.Estimate(reg, AssessmentStage.Inherent, new EmvContingencyEstimator(netOfOpportunities: true));
        Assert.Equal(4_500, c.Money, 9);
        Assert.Equal(0, c.Time);
        Diagnostic d = Assert.Single(c.Diagnostics);
        Assert.Equal((DiagnosticKind.Warning, "ScheduleReserve"), (d.Kind, d.Metric));
        Assert.StartsWith("Opportunities outweigh threats in time", d.Message, StringComparison.Ordinal);
        Assert.EndsWith("days); the reserve is floored at 0.", d.Message, StringComparison.Ordinal);
    }
}
