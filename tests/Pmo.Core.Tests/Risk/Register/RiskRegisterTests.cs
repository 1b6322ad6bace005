using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.Register;

/// <summary>Golden vectors and hand-derived examples of exposure, roll-ups, reserves, appetite, watch lists and analytics.</summary>
public class RiskRegisterTests
{
    private static readonly LocalDate D0 = RiskResponseEffectsTests.D0;

    private static RiskEntry T(string id, double p, double cost, string? project = null, string? category = null, string? owner = null, double? days = null, RiskStatus status = RiskStatus.Open, IEnumerable<RiskResponse>? responses = null, LocalDate? identified = null) =>
        new(id, id, RiskKind.Threat, RiskAssessment.Create(p, cost, days), identified ?? D0, category, owner, status, responses: responses, projectId: project);

    private static RiskEntry O(string id, double p, double benefit, string? project = null, double? days = null) =>
        new(id, id, RiskKind.Opportunity, RiskAssessment.Create(p, benefit, days), D0, projectId: project);

    // ---- Golden vectors: published EMV examples (money impacts; EMVs printed in the sources) ----

    /// <summary>(source, risk id, probability, cost impact, printed EMV).</summary>
    public static TheoryData<string, string, double, double, double> PublishedEmv => new()
    {
        // HKSM, "Expected Monetary Value" (hksmnow.com/definitions/agile-project-management/expected_monetary_value.php), Example:
        // "A supplier delay could add $50,000 … 30% chance … EMV = 0.30 x -$50,000 = -$15,000" (PMI sign; ours is +15,000 exposure).
        { "HKSM example", "supplier", 0.30, 50_000, 15_000 },
        // Same page, PMP example question: "25% probability of causing $80,000 in extra costs" → −$20,000.
        { "HKSM question", "q", 0.25, 80_000, 20_000 },
        // TenStep, "Use Expected Monetary Value (EMV) to Create a Risk Contingency Budget" (tenstep.com), table rows A–F.
        { "TenStep", "A", 0.8, 10_000, 8_000 },
        { "TenStep", "B", 0.3, 30_000, 9_000 },
        { "TenStep", "C", 0.5, 8_000, 4_000 },
        { "TenStep", "D", 0.10, 40_000, 4_000 },
        { "TenStep", "E", 0.3, 20_000, 6_000 },
        { "TenStep", "F", 0.25, 10_000, 2_500 },
    };

    [Theory]
    [MemberData(nameof(PublishedEmv))]
    public void Published_single_risk_EMVs(string source, string id, double p, double cost, double emv)
    {
        _ = source;
        // Tolerance: half a unit of the last printed digit (whole dollars).
        Assert.Equal(emv, T(id, p, cost).ExposureAt(AssessmentStage.Inherent).Money, 0.5);
    }

    [Fact]
    public void TenStep_contingency_budget_is_the_sum_of_EMVs()
    {
        // TenStep (as above): "the total contingency request for this project is $33,500"; total impact $118,000.
        var reg = new RiskRegister([T("A", 0.8, 10_000), T("B", 0.3, 30_000), T("C", 0.5, 8_000), T("D", 0.10, 40_000), T("E", 0.3, 20_000), T("F", 0.25, 10_000)]);
        ContingencyEstimate c = ContingencyReserve.Estimate(reg, AssessmentStage.Inherent);
        Assert.Equal(33_500, c.Money, 0.5);
        Assert.Equal(ContingencyMethod.EmvSumOfThreats, c.Method);
        Assert.Equal(118_000, reg.Risks.Sum(r => r.Inherent.Impact(RiskDimensions.Cost)!.Value));
    }

    [Fact]
    public void Ciucias_contingency_fund_is_the_sum_of_EMVs()
    {
        // P. Ciucias, "Quantitative risk analysis" (pawelciucias.dev/2017/04/quantitative-risk-analysis.html), EMV table:
        // 75 % × 5,000 = 3,750; 75 % × 2,500 = 1,875; 75 % × 2,000 = 1,500; 25 % × 300 = 75; total 7,200.
        var reg = new RiskRegister([T("4", 0.75, 5_000), T("2", 0.75, 2_500), T("1", 0.75, 2_000), T("3", 0.25, 300)]);
        Assert.Equal(7_200, ContingencyReserve.Estimate(reg, AssessmentStage.Inherent).Money, 0.5);
    }

    [Fact]
    public void Opportunities_reduce_the_reserve_only_when_netting_is_chosen()
    {
        // Threats 0.3 × 50,000 = 15,000 and 0.5 × 10,000 = 5,000 (and 2 + 1 expected days); opportunity 0.5 × 8,000 = 4,000 (and 1 day).
        var reg = new RiskRegister([T("T1", 0.3, 50_000, days: 4), T("T2", 0.5, 10_000, days: 4), O("O1", 0.5, 8_000, days: 2)]);
        ContingencyEstimate gross = ContingencyReserve.Estimate(reg, AssessmentStage.Inherent);
        Assert.Equal(20_000, gross.Money, 9);
        Assert.Equal(3.2, gross.Time, 12); // 0.3 × 4 + 0.5 × 4
        ContingencyEstimate net = ContingencyReserve.Estimate(reg, AssessmentStage.Inherent, new EmvContingencyEstimator(netOfOpportunities: true));
        Assert.Equal(16_000, net.Money, 9);
        Assert.Equal(2.2, net.Time, 12);
        Assert.Equal(ContingencyMethod.EmvSumNetOfOpportunities, net.Method);

        // Opportunities larger than threats: the net reserve is floored at 0 with a warning.
        var upside = new RiskRegister([T("T1", 0.1, 1_000), O("O1", 0.9, 10_000)]);
        ContingencyEstimate floored = ContingencyReserve.Estimate(upside, AssessmentStage.Inherent, new EmvContingencyEstimator(true));
        Assert.Equal(0, floored.Money);
        Assert.Contains(floored.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
    }

    [Fact]
    public void A_quantitative_estimator_plugs_in_and_names_its_method()
    {
        ContingencyEstimate c = ContingencyReserve.Estimate(new RiskRegister([T("A", 0.5, 1)]), estimator: new StubEstimator(new(42_000, 7, ContingencyMethod.Quantitative, "P80 − mean, 10,000 trials (stub)")));
        Assert.Equal((42_000.0, ContingencyMethod.Quantitative), (c.Money, c.Method));
    }

    [Fact]
    public void Reserve_counts_open_threats_only_at_the_residual_stage_by_default()
    {
        // Open A: 0.5 × 10,000 mitigated to P 0.25 → 2,500 residual; closed B and occurred C are left out.
        var reg = new RiskRegister(
        [
            T("A", 0.5, 10_000, responses: [RiskResponse.Mitigate("m", 0.5)]),
            T("B", 0.5, 10_000, status: RiskStatus.Closed),
            T("C", 0.5, 10_000, status: RiskStatus.Occurred),
        ]);
        Assert.Equal(2_500, ContingencyReserve.Estimate(reg).Money);
    }

    // ---- Roll-ups ----

    private static RiskRegister Portfolio() => new(
        [
            T("R1", 0.5, 10_000, "P1", "technical", "ann", 10),  // 5,000 / 5 days
            T("R2", 0.2, 50_000, "P1", "commercial", "bob", 5),  // 10,000 / 1 day
            T("R3", 0.1, 20_000, "P2", "technical", "ann"),      // 2,000
            O("O1", 0.5, 4_000, "P2", 2),                        // −2,000 / −1 day
            T("R4", 0.4, 5_000, "P3"),                           // 2,000
            T("R5", 0.9, 1_000_000, "P3", status: RiskStatus.Closed), // ignored
            T("R6", 0.25, 8_000),                                // portfolio-level: 2,000
        ],
        [new RegisterProject("P1", "PG1"), new RegisterProject("P2", "PG1"), new RegisterProject("P3")],
        "PF");

    [Fact]
    public void Exposure_by_project_programme_category_owner_and_portfolio()
    {
        RiskRegister reg = Portfolio();
        ExposureBreakdown byProject = ExposureRollup.By(reg, RiskGrouping.Project);
        Assert.Equal(15_000, byProject.Find("P1")!.NetMoney, 9);
        Assert.Equal(6, byProject.Find("P1")!.NetTime, 12);
        Assert.Equal(0, byProject.Find("P2")!.NetMoney, 9); // 2,000 − 2,000
        Assert.Equal(2_000, byProject.Find("P2")!.ThreatMoney, 9);
        Assert.Equal(-2_000, byProject.Find("P2")!.OpportunityMoney, 9);
        Assert.Equal(2_000, byProject.Find("P3")!.NetMoney, 9);
        Assert.Equal(2_000, byProject.Find(null)!.NetMoney, 9); // R6
        Assert.Equal(["P1", "P2", "P3", null], byProject.Groups.Select(g => g.Key));

        ExposureBreakdown byProgramme = ExposureRollup.By(reg, RiskGrouping.Programme);
        Assert.Equal(15_000, byProgramme.Find("PG1")!.NetMoney, 9);
        Assert.Equal(4_000, byProgramme.Find(null)!.NetMoney, 9); // P3 (no programme) + R6

        ExposureBreakdown byCategory = ExposureRollup.By(reg, RiskGrouping.Category);
        Assert.Equal(7_000, byCategory.Find("technical")!.NetMoney, 9);
        Assert.Equal(10_000, byCategory.Find("commercial")!.NetMoney, 9);

        Assert.Equal(7_000, ExposureRollup.By(reg, RiskGrouping.Owner).Find("ann")!.NetMoney, 9);

        ExposureGroup pf = Assert.Single(ExposureRollup.By(reg, RiskGrouping.Portfolio).Groups);
        Assert.Equal("PF", pf.Key);
        Assert.Equal(19_000, pf.NetMoney, 9); // 5,000 + 10,000 + 2,000 − 2,000 + 2,000 + 2,000
        Assert.Equal(6, pf.Count);
        Assert.Equal(7, ExposureRollup.By(reg, RiskGrouping.Portfolio, openOnly: false).Total.Count);
    }

    // ---- Appetite, overdue responses, proximity ----

    [Fact]
    public void Appetite_band_policies_and_quantitative_limits()
    {
        LocalDate asOf = D0.PlusDays(20);
        // TestScorer bands: score = P × cost / 100,000; ≥ 0.2 high, ≥ 0.05 medium.
        // H1: 0.5 × 60,000 → 0.3 high, no plan, no approver, identified 20 days ago (> 14) → 3 breaches; EMV 30,000 > 25,000 → 4th.
        // H2: 0.5 × 50,000 → 0.25 high, mitigation due D0 + 10 (≤ 14), approver → none (EMV 25,000 is not above the limit).
        // H3: 0.5 × 40,000 → 0.2 high, approver, mitigation due D0 + 30 (> 14) → response too late, even before asOf passes the deadline? (asOf = D0 + 20 > D0 + 14 anyway).
        // M1: 0.1 × 60,000 → 0.06 medium: the medium policy needs only a plan; it has an Accept only → plan missing.
        var reg = new RiskRegister(
        [
            T("H1", 0.5, 60_000, "P1"),
            new RiskEntry("H2", "H2", RiskKind.Threat, RiskAssessment.Create(0.5, 50_000), D0, projectId: "P1", approver: "sponsor", responses: [RiskResponse.Mitigate("m", 0.5, dueDate: D0.PlusDays(10))]),
            new RiskEntry("H3", "H3", RiskKind.Threat, RiskAssessment.Create(0.5, 40_000), D0, projectId: "P2", approver: "sponsor", responses: [RiskResponse.Mitigate("m", 0.5, dueDate: D0.PlusDays(30))]),
            T("M1", 0.1, 60_000, "P2", responses: [RiskResponse.Accept("a")]),
            new RiskEntry("X", "no cost", RiskKind.Threat, RiskAssessment.Create(0.5, scheduleImpact: 3), D0),
        ]);
        var appetite = new RiskAppetite(
            [new AppetiteBandPolicy("high", requiresTreatmentPlan: true, approverRole: "sponsor", maxDaysToRespond: 14), new AppetiteBandPolicy("medium", requiresTreatmentPlan: true)],
            maxEmvPerRisk: 25_000,
            maxProjectExposure: 50_000,
            maxPortfolioExposure: 90_000);
        AppetiteEvaluation e = RiskAppetiteEvaluator.Evaluate(reg, appetite, TestScorer.Instance, asOf);
        (AppetiteBreachKind, string)[] got = [.. e.Breaches.Select(b => (b.Kind, b.Scope))];
        // Project P1 = 30,000 + 25,000 = 55,000 > 50,000; P2 = 20,000 + 6,000 = 26,000. Portfolio 81,000 ≤ 90,000.
        Assert.Equal(
            [
                (AppetiteBreachKind.TreatmentPlanMissing, "H1"), (AppetiteBreachKind.ApproverMissing, "H1"), (AppetiteBreachKind.ResponseTooLate, "H1"), (AppetiteBreachKind.RiskEmvLimit, "H1"),
                (AppetiteBreachKind.ResponseTooLate, "H3"),
                (AppetiteBreachKind.TreatmentPlanMissing, "M1"),
                (AppetiteBreachKind.ProjectExposureLimit, "P1"),
            ],
            got);
        Assert.Equal(55_000, e.Breaches[^1].Value!.Value, 9);
        Assert.Single(e.Diagnostics); // X has no band

        // Before the deadline, a high risk with no response yet is not "too late" (only the plan is missing).
        AppetiteEvaluation early = RiskAppetiteEvaluator.Evaluate(new RiskRegister([T("H1", 0.5, 60_000)]), appetite, TestScorer.Instance, D0.PlusDays(5));
        Assert.DoesNotContain(early.Breaches, b => b.Kind == AppetiteBreachKind.ResponseTooLate);

        // The portfolio limit.
        var tight = new RiskAppetite([], maxPortfolioExposure: 80_000);
        AppetiteBreach pf = Assert.Single(RiskAppetiteEvaluator.Evaluate(reg, tight, TestScorer.Instance, asOf).Breaches);
        Assert.Equal(AppetiteBreachKind.PortfolioExposureLimit, pf.Kind);
        Assert.Equal(81_000, pf.Value!.Value, 9);
    }

    [Fact]
    public void Overdue_responses_and_near_proximity()
    {
        LocalDate asOf = new(2025, 3, 1);
        var reg = new RiskRegister(
        [
            T("A", 0.5, 1, responses:
            [
                RiskResponse.Mitigate("late", 0.5, dueDate: new LocalDate(2025, 2, 20)),                              // 9 days overdue
                RiskResponse.Mitigate("done", 0.5, dueDate: new LocalDate(2025, 2, 1), status: ResponseStatus.Done),   // done: not overdue
                RiskResponse.Transfer("today", 0.5, dueDate: asOf),                                                    // due today: not overdue
                RiskResponse.Mitigate("cancelled", 0.5, dueDate: new LocalDate(2025, 2, 1), status: ResponseStatus.Cancelled),
            ]),
            T("B", 0.5, 1, responses: [RiskResponse.Mitigate("older", 0.5, dueDate: new LocalDate(2025, 2, 27), status: ResponseStatus.InProgress)]), // 2 days
            T("C", 0.5, 1, status: RiskStatus.Closed, responses: [RiskResponse.Mitigate("ignored", 0.5, dueDate: new LocalDate(2025, 2, 1))]),
        ]);
        ImmutableArrayAssert(RiskAppetiteEvaluator.OverdueResponses(reg, asOf).Select(o => (o.RiskId, o.Response.Id, o.DaysOverdue)), [("A", "late", 9), ("B", "older", 2)]);

        RiskEntry W(string id, LocalDate s, LocalDate e) => new(id, id, RiskKind.Threat, RiskAssessment.Create(0.1, 1), D0, proximity: new ProximityWindow(s, e));
        var prox = new RiskRegister(
        [
            W("open", new(2025, 2, 20), new(2025, 3, 10)),   // window open: −9
            W("soon", new(2025, 3, 15), new(2025, 4, 1)),    // 14 days ahead
            W("far", new(2025, 3, 16), new(2025, 4, 1)),     // 15 days: beyond 14
            W("past", new(2025, 1, 1), new(2025, 2, 28)),    // ended yesterday
        ]);
        ImmutableArrayAssert(RiskAppetiteEvaluator.NearProximity(prox, asOf, 14).Select(a => (a.RiskId, a.DaysUntilStart, a.IsWindowOpen)), [("open", -9, true), ("soon", 14, false)]);
    }

    private static void ImmutableArrayAssert<T>(IEnumerable<T> actual, T[] expected) => Assert.Equal(expected, actual.ToArray());

    // ---- Analytics ----

    [Fact]
    public void Top_n_by_exposure_and_by_score_with_tie_breaks()
    {
        // EMVs: a 5,000, b 5,000, c 9,000, d −2,000 (opportunity), e 1,000. Ties by id: a before b.
        var reg = new RiskRegister([T("b", 0.5, 10_000), T("a", 0.25, 20_000), T("c", 0.9, 10_000), O("d", 0.5, 4_000), T("e", 0.1, 10_000)]);
        Assert.Equal(["c", "a", "b"], RiskAnalytics.TopByExposure(reg, 3).Items.Select(x => x.Risk.Id));
        Assert.Equal("d", RiskAnalytics.TopByExposure(reg, 10).Items[^1].Risk.Id);
        Assert.Equal(3, RiskAnalytics.TopByExposure(reg, 10).Items[2].Rank);

        // Scores (TestScorer): c 0.09, a 0.05, b 0.05, d 0.02, e 0.01. a and b tie on score and EMV → id.
        RiskRanking byScore = RiskAnalytics.TopByScore(reg, TestScorer.Instance, 4);
        Assert.Equal(["c", "a", "b", "d"], byScore.Items.Select(x => x.Risk.Id));
        Assert.Equal(0.09, byScore.Items[0].Score!.Score!.Value, 12);

        // A same-score tie broken by EMV: x (0.5 × 20,000 → 0.1, EMV 10,000) and y (1.0 × 10,000 → 0.1, EMV 10,000) → id; z (0.2 × 50,000 = 0.1, EMV 10,000).
        // Undefined scores are left out with a diagnostic.
        var withUndefined = new RiskRegister([T("z", 0.2, 50_000), new RiskEntry("u", "u", RiskKind.Threat, RiskAssessment.Create(0.5, scheduleImpact: 9), D0)]);
        RiskRanking r = RiskAnalytics.TopByScore(withUndefined, TestScorer.Instance, 5);
        Assert.Equal(["z"], r.Items.Select(x => x.Risk.Id));
        Assert.Equal(DiagnosticKind.Undefined, Assert.Single(r.Diagnostics).Kind);
    }

    [Fact]
    public void Heat_map_counts_inherent_versus_residual()
    {
        // Levels (TestScorer): P level 1 + ⌊5P⌋, impact level 1 + ⌊cost / 20,000⌋.
        // A: P 0.5, 30,000 → (3, 2); mitigated P × 0.5 = 0.25 → (2, 2).
        // B: P 0.5, 30,000 → (3, 2); transferred 100 % → cost 0 → (3, 1).
        // C: P 0.9, 90,000 → (5, 5); no response → (5, 5).
        var reg = new RiskRegister(
        [
            T("A", 0.5, 30_000, responses: [RiskResponse.Mitigate("m", 0.5)]),
            T("B", 0.5, 30_000, responses: [RiskResponse.Transfer("t", 1)]),
            T("C", 0.9, 90_000),
        ]);
        RiskHeatMap inherent = RiskAnalytics.HeatMap(reg, TestScorer.Instance, AssessmentStage.Inherent);
        RiskHeatMap residual = RiskAnalytics.HeatMap(reg, TestScorer.Instance, AssessmentStage.Residual);
        Assert.Equal(2, inherent.Count(3, 2));
        Assert.Equal(1, inherent.Count(5, 5));
        Assert.Equal([(2, 2, 1), (3, 1, 1), (5, 5, 1)], residual.Cells.Select(c => (c.ProbabilityLevel, c.ImpactLevel, c.Count)));
        Assert.Equal(0, residual.Count(3, 2));
        Assert.Equal(0, residual.Unplaced);
    }

    [Fact]
    public void Ageing_of_open_risks_in_buckets()
    {
        LocalDate asOf = D0.PlusDays(100);
        // Ages 0, 29, 30, 95, and one identified in the future (left out), one closed (left out).
        var reg = new RiskRegister(
        [
            T("a", 0.1, 1, identified: asOf), T("b", 0.1, 1, identified: asOf.PlusDays(-29)), T("c", 0.1, 1, identified: asOf.PlusDays(-30)),
            T("d", 0.1, 1, identified: D0.PlusDays(5)), T("f", 0.1, 1, identified: asOf.PlusDays(3)), T("x", 0.1, 1, status: RiskStatus.Closed),
        ]);
        RiskAgeing ag = RiskAnalytics.Ageing(reg, asOf);
        Assert.Equal([0, 29, 30, 95], ag.Items.Select(i => i.AgeDays));
        Assert.Equal([2, 1, 0, 1], ag.Buckets.Select(b => b.Count)); // [0,30) [30,60) [60,90) [90,∞)
        Assert.Null(ag.Buckets[^1].ToDays);
        Assert.Equal(154 / 4.0, ag.MeanAgeDays);
        Assert.Single(ag.Diagnostics);
        Assert.Null(RiskAnalytics.Ageing(new RiskRegister([]), asOf).MeanAgeDays);
    }

    [Fact]
    public void Response_effectiveness_and_return_on_response()
    {
        // A: inherent 0.5 × 100,000 = 50,000; mitigation P × 0.2 → 10,000; cost 8,000: reduction 40,000, return (40,000 − 8,000) / 8,000 = 4.
        // B: opportunity 0.5 × 20,000 = −10,000; exploit (cost 2,000) → −20,000: reduction 10,000, return 4.
        // C: accept at no cost: reduction 0, return undefined.
        var reg = new RiskRegister(
        [
            T("A", 0.5, 100_000, responses: [RiskResponse.Mitigate("m", 0.2, cost: 8_000)]),
            new RiskEntry("B", "B", RiskKind.Opportunity, RiskAssessment.Create(0.5, 20_000), D0, responses: [RiskResponse.Exploit("x", cost: 2_000)]),
            T("C", 0.5, 1_000, responses: [RiskResponse.Accept("a")]),
            T("N", 0.5, 1_000),
        ]);
        ResponseEffectivenessReport rep = RiskAnalytics.ResponseEffectiveness(reg);
        Assert.Equal(["A", "B", "C"], rep.Items.Select(i => i.RiskId));
        Assert.Equal(40_000, rep.Items[0].ExposureReduction, 9);
        Assert.Equal(4, rep.Items[0].ReturnOnResponse!.Value, 12);
        Assert.Equal(10_000, rep.Items[1].ExposureReduction, 9);
        Assert.Equal(4, rep.Items[1].ReturnOnResponse!.Value, 12);
        Assert.Null(rep.Items[2].ReturnOnResponse);
        Assert.Equal(DiagnosticKind.Undefined, Assert.Single(rep.Items[2].Diagnostics).Kind);
        // Total: reduction 50,000, cost 10,000 → (50,000 − 10,000) / 10,000 = 4.
        Assert.Equal(4, rep.Total.ReturnOnResponse!.Value, 12);
    }

    [Fact]
    public void Burndown_and_score_trend_from_snapshots()
    {
        // Jan: A 0.5 × 40,000 = 20,000, O −0.5 × 4,000 = −2,000. Feb: A mitigated (current P 0.25) = 10,000, B new 0.1 × 10,000 = 1,000.
        // Mar: A closed, B 1,000. Given out of order on purpose.
        RiskEntry a1 = T("A", 0.5, 40_000), o1 = O("O", 0.5, 4_000);
        RiskEntry a2 = new("A", "A", RiskKind.Threat, RiskAssessment.Create(0.5, 40_000), D0, current: RiskAssessment.Create(0.25, 40_000));
        RiskEntry b = T("B", 0.1, 10_000);
        RiskEntry a3 = T("A", 0.5, 40_000, status: RiskStatus.Closed);
        RiskRegisterSnapshot[] snaps =
        [
            new(new LocalDate(2025, 3, 31), [a3, b]),
            new(new LocalDate(2025, 1, 31), [a1, o1]),
            new(new LocalDate(2025, 2, 28), [a2, b]),
        ];
        BurndownPoint[] points = [.. RiskBurndown.Compute(snaps)];
        Assert.Equal([new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28), new LocalDate(2025, 3, 31)], points.Select(p => p.Date));
        Assert.Equal([18_000, 11_000, 1_000], points.Select(p => p.NetMoney));
        Assert.Equal(-2_000, points[0].OpportunityMoney);
        Assert.Equal([2, 2, 1], points.Select(p => p.Count));

        // Score trend of A (TestScorer score = P × 40,000 / 100,000): 0.2, 0.1, 0.2 (closed, inherent = current).
        ScoreTrendPoint[] trend = [.. RiskBurndown.ScoreTrend(snaps, "A", TestScorer.Instance)];
        Assert.Equal([0.2, 0.1, 0.2], trend.Select(t => t.Score.Score!.Value));
        Assert.Equal(RiskStatus.Closed, trend[2].Status);
        var all = RiskBurndown.ScoreTrends(snaps, TestScorer.Instance);
        Assert.Equal(["A", "B", "O"], all.Keys);
        Assert.Equal(2, all["B"].Length);
    }
}
