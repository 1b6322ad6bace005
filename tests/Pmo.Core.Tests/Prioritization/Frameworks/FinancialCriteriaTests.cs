using Pmo.Core.Common;
using Pmo.Core.Finance;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Frameworks;

/// <summary>Financial criteria from cash flows: hand-computed values, directions, undefined handling, validation.</summary>
public class FinancialCriteriaTests
{
    private static readonly FinancialMetric[] All =
        [FinancialMetric.NetPresentValue, FinancialMetric.InternalRateOfReturn, FinancialMetric.ProfitabilityIndex, FinancialMetric.PaybackPeriod, FinancialMetric.DiscountedPaybackPeriod];

    private static KeyValuePair<string, CashFlowSeries> P(string id, params double[] flows) => new(id, new CashFlowSeries(flows));

    [Fact]
    public void Hand_computed_two_period_project()
    {
        // Flows −100, 60, 60 at 10 %, first flow at time zero:
        // NPV = −100 + 60/1.1 + 60/1.21 = −100 + 54.545454… + 49.586776… = 4.132231…
        // IRR: −100 + 60x + 60x² = 0, x = 1/(1 + r) → x = (−60 + √27600)/120, r = 1/x − 1 ≈ 0.130662
        // PI = (60/1.1 + 60/1.21)/100 = 1.04132231…
        // Payback: cumulative −100, −40, +20 → 1 + 40/60 = 1.666…
        // Discounted payback: cumulative −100, −45.4545…, +4.1322… → 1 + (500/11)/(6000/121) = 1 + 60500/66000 = 1.91666…
        FinancialCriteriaResult r = new FinancialCriteria(All, 0.1, DiscountConvention.FirstFlowAtTimeZero).Build([P("p", -100, 60, 60)]);
        double x = (-60 + Math.Sqrt(27600)) / 120;
        Assert.Equal(-100 + (60 / 1.1) + (60 / 1.21), r.ValueOf("p", "npv"), 10);
        Assert.Equal((1 / x) - 1, r.ValueOf("p", "irr"), 9);
        Assert.Equal(((60 / 1.1) + (60 / 1.21)) / 100, r.ValueOf("p", "pi"), 10);
        Assert.Equal(1 + (40.0 / 60), r.ValueOf("p", "payback"), 12);
        Assert.Equal(1 + (60500.0 / 66000), r.ValueOf("p", "discountedPayback"), 10);
        Assert.Empty(r.Excluded);
    }

    [Fact]
    public void Directions_and_units()
    {
        var c = new FinancialCriteria(All, 0.08, DiscountConvention.FirstFlowAtPeriodOne);
        Assert.Equal(["npv", "irr", "pi", "payback", "discountedPayback"], c.Criteria.Select(k => k.Id).ToArray());
        Assert.Equal(
            [CriterionDirection.Benefit, CriterionDirection.Benefit, CriterionDirection.Benefit, CriterionDirection.Cost, CriterionDirection.Cost],
            c.Criteria.Select(k => k.Direction).ToArray());
    }

    [Fact]
    public void Spreadsheet_convention_discounts_the_first_flow()
    {
        // Period-one convention: −100/1.1 + 60/1.21 + 60/1.331 = 3.756574… (= the time-zero NPV 4.132231… / 1.1).
        FinancialCriteriaResult r = new FinancialCriteria([FinancialMetric.NetPresentValue], 0.1, DiscountConvention.FirstFlowAtPeriodOne).Build([P("p", -100, 60, 60)]);
        Assert.Equal((-100 / 1.1) + (60 / 1.21) + (60 / 1.331), r.ValueOf("p", "npv"), 10);
    }

    [Fact]
    public void Undefined_IRR_throws_by_default_naming_project_and_metric()
    {
        var c = new FinancialCriteria([FinancialMetric.NetPresentValue, FinancialMetric.InternalRateOfReturn], 0.1, DiscountConvention.FirstFlowAtTimeZero);
        UndefinedCriterionException e = Assert.Throws<UndefinedCriterionException>(() => c.Build([P("ok", -100, 60, 60), P("gift", 10, 20)]));
        Assert.Equal("projects", e.ParamName);
        Assert.Equal("gift", e.Candidate);
        Assert.Equal("irr", e.Metric);
    }

    [Fact]
    public void Undefined_metrics_exclude_the_candidate_when_asked()
    {
        // "gift" (10, 20) has no sign change: IRR undefined. "never" has an IRR (about −63 %) but is never paid back
        // (cumulative −100, −90, −80): payback undefined. Both are excluded, not given 0.
        var c = new FinancialCriteria([FinancialMetric.InternalRateOfReturn, FinancialMetric.PaybackPeriod], 0.1, DiscountConvention.FirstFlowAtTimeZero, UndefinedMetricPolicy.ExcludeCandidate);
        FinancialCriteriaResult r = c.Build([P("ok", -100, 60, 60), P("never", -100, 10, 10), P("gift", 10, 20)]);
        Assert.Equal(["ok"], r.Matrix.Alternatives.ToArray());
        Assert.Equal(["never", "gift"], r.Excluded.ToArray());
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "payback" && d.Message.Contains("never", StringComparison.Ordinal));
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "irr" && d.Message.Contains("gift", StringComparison.Ordinal));
        Assert.Throws<KeyNotFoundException>(() => r.ValueOf("gift", "irr"));
    }

    [Fact]
    public void Every_candidate_excluded_is_an_error()
    {
        var c = new FinancialCriteria([FinancialMetric.InternalRateOfReturn], 0.1, DiscountConvention.FirstFlowAtTimeZero, UndefinedMetricPolicy.ExcludeCandidate);
        Assert.Equal("projects", Assert.Throws<ArgumentException>(() => c.Build([P("gift", 10, 20)])).ParamName);
    }

    // ---- validation ----

    private static void Throws<T>(string param, Action action)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(action).ParamName);

    [Fact]
    public void Metrics_null() => Throws<ArgumentNullException>("metrics", () => _ = new FinancialCriteria(null!, 0.1, DiscountConvention.FirstFlowAtTimeZero));

    [Fact]
    public void Metrics_empty() => Throws<ArgumentException>("metrics", () => _ = new FinancialCriteria([], 0.1, DiscountConvention.FirstFlowAtTimeZero));

    [Fact]
    public void Metrics_repeat() => Throws<ArgumentException>("metrics", () => _ = new FinancialCriteria([FinancialMetric.NetPresentValue, FinancialMetric.NetPresentValue], 0.1, DiscountConvention.FirstFlowAtTimeZero));

    [Fact]
    public void Metric_undefined() => Throws<ArgumentOutOfRangeException>("metrics", () => _ = new FinancialCriteria([(FinancialMetric)9], 0.1, DiscountConvention.FirstFlowAtTimeZero));

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Discount_rate_at_or_below_minus_one_or_not_finite(double rate) =>
        Throws<ArgumentOutOfRangeException>("discountRate", () => _ = new FinancialCriteria(All, rate, DiscountConvention.FirstFlowAtTimeZero));

    [Fact]
    public void Convention_undefined() => Throws<ArgumentOutOfRangeException>("convention", () => _ = new FinancialCriteria(All, 0.1, (DiscountConvention)5));

    [Fact]
    public void Policy_undefined() => Throws<ArgumentOutOfRangeException>("policy", () => _ = new FinancialCriteria(All, 0.1, DiscountConvention.FirstFlowAtTimeZero, (UndefinedMetricPolicy)5));

    [Fact]
    public void Criterion_of_undefined_metric() => Throws<ArgumentOutOfRangeException>("metric", () => FinancialCriteria.CriterionOf((FinancialMetric)9));

    private static FinancialCriteria Npv() => new([FinancialMetric.NetPresentValue], 0.1, DiscountConvention.FirstFlowAtTimeZero);

    [Fact]
    public void Projects_null() => Throws<ArgumentNullException>("projects", () => Npv().Build(null!));

    [Fact]
    public void Projects_empty() => Throws<ArgumentException>("projects", () => Npv().Build([]));

    [Fact]
    public void Project_id_blank() => Throws<ArgumentException>("projects", () => Npv().Build([P(" ", -1, 2)]));

    [Fact]
    public void Project_flows_null() => Throws<ArgumentNullException>("projects", () => Npv().Build([new KeyValuePair<string, CashFlowSeries>("a", null!)]));

    [Fact]
    public void Project_id_repeats() => Throws<ArgumentException>("projects", () => Npv().Build([P("a", -1, 2), P("a", -1, 3)]));
}

/// <summary>Joining scorecard ratings with financial criteria.</summary>
public class CriteriaJoinTests
{
    private static readonly RatingScale Impact = RatingScale.ProjectImpactLevels(0, 1, 3, 5, 9);

    [Fact]
    public void Scorecard_ratings_and_financial_columns_join_by_candidate_id()
    {
        var card = new WeightedScorecard([new BusinessDriver("strategy", Impact)], CriteriaWeights.Equal(1));
        DecisionMatrix ratings = card.ToDecisionMatrix(["a", "b"], [["Strong"], ["Low"]]);
        DecisionMatrix money = new FinancialCriteria([FinancialMetric.NetPresentValue, FinancialMetric.PaybackPeriod], 0, DiscountConvention.FirstFlowAtTimeZero)
            .Build([new("b", new CashFlowSeries([-10.0, 30])), new("a", new CashFlowSeries([-100.0, 50, 100]))]).Matrix;
        DecisionMatrix joined = CriteriaJoin.Columns(ratings, money);

        // At rate 0: NPV a = −100 + 50 + 100 = 50, payback a = 1 + 50/100 = 1.5; NPV b = 20, payback b = 0 + 10/30.
        Assert.Equal(["strategy", "npv", "payback"], joined.Criteria.Select(c => c.Id).ToArray());
        Assert.Equal([5.0, 50.0, 1.5], joined.Row(0).ToArray());
        Assert.Equal(1.0, joined[1, 0]);
        Assert.Equal(20.0, joined[1, 1], 12);
        Assert.Equal(10.0 / 30, joined[1, 2], 12);
        Assert.Equal(CriterionDirection.Cost, joined.Criteria[2].Direction);
        Assert.Equal(9.0, joined.Criteria[0].ScaleMax);
    }

    [Fact]
    public void Different_alternatives_are_an_error()
    {
        DecisionMatrix l = DecisionMatrix.FromRows(["a", "b"], [Criterion.Benefit("x")], [[1.0], [2.0]]);
        DecisionMatrix r = DecisionMatrix.FromRows(["a"], [Criterion.Benefit("y")], [[1.0]]);
        Assert.Equal("right", Assert.Throws<ArgumentException>(() => CriteriaJoin.Columns(l, r)).ParamName);
    }

    [Fact]
    public void A_shared_criterion_id_is_an_error()
    {
        DecisionMatrix l = DecisionMatrix.FromRows(["a"], [Criterion.Benefit("x")], [[1.0]]);
        Assert.Equal("right", Assert.Throws<ArgumentException>(() => CriteriaJoin.Columns(l, l)).ParamName);
    }

    [Fact]
    public void Null_matrix() => Assert.Equal("left", Assert.Throws<ArgumentNullException>(() => CriteriaJoin.Columns(null!, null!)).ParamName);
}
