using Pmo.Core.Common;
using Pmo.Core.Finance;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Frameworks;

/// <summary>
/// Issue 9 §6, Stryker survivors list B5 (frameworks): WSJF and RICE span kernels (each rejection on the slow path,
/// large finite values accepted, overflow blamed on the documented parameter), framework guard messages, method
/// names, financial criteria (undefined IRR detection, diagnostics kept, criterion units), thresholds of the
/// value-effort matrix (odd median, overflowing mean and median), rating scales, business drivers, matrix joins and
/// scorecard validation.
/// </summary>
public class PrioritizationMutationTestsB5
{
    private static readonly double Big = Math.ScaleB(1.0, 1023); // 2^1023 ≈ 8.99e307, exact

    // ---------- WSJF kernel ----------
    private static (double Cod, double Wsjf) Wsjf1(double b, double t, double r, double s)
    {
        double[] cod = new double[1];
        double[] w = new double[1];
        Wsjf.Compute([b], [t], [r], [s], cod, w);
        return (cod[0], w[0]);
    }

    [Theory]
    [InlineData(-1.0, 0.0, 0.0, 1.0, "userBusinessValue", "userBusinessValue[0] must be a finite number, zero or positive (got -1)")]
    [InlineData(0.0, -1.0, 0.0, 1.0, "timeCriticality", "timeCriticality[0] must be a finite number, zero or positive (got -1)")]
    [InlineData(0.0, 0.0, -1.0, 1.0, "riskReductionOpportunityEnablement", "riskReductionOpportunityEnablement[0] must be a finite number, zero or positive (got -1)")]
    [InlineData(1.0, 1.0, 1.0, -1.0, "jobSize", "jobSize[0] must be a finite number greater than zero (got -1)")]
    [InlineData(1.0, 1.0, 1.0, 0.0, "jobSize", "jobSize[0] must be a finite number greater than zero (got 0)")]
    [InlineData(0.0, 1.0, 1.0, 0.0, "jobSize", "jobSize[0] must be a finite number greater than zero (got 0)")]
    [InlineData(double.NaN, 1.0, 1.0, 1.0, "userBusinessValue", "must be a finite number, zero or positive (got NaN)")]
    public void Wsjf_Compute_rejects_each_broken_rule_naming_the_span(double b, double t, double r, double s, string param, string fragment) =>
        Reject.Rule<ArgumentOutOfRangeException>(() => Wsjf1(b, t, r, s), param, fragment);

    [Fact]
    public void Wsjf_Compute_accepts_finite_values_whose_sum_overflows()
    {
        // UBV 2^1023, TC 0, RR|OE 0, job size 2^1023: every value is valid (the check sum overflows, but no value breaks
        // a rule). CoD = 2^1023, WSJF = 2^1023 / 2^1023 = 1.
        (double cod, double w) = Wsjf1(Big, 0, 0, Big);
        Assert.Equal(Big, cod);
        Assert.Equal(1.0, w);
    }

    [Fact]
    public void Wsjf_Compute_names_the_index_of_the_broken_item()
    {
        double[] cod = new double[2];
        double[] w = new double[2];
        Reject.Rule<ArgumentOutOfRangeException>(() => Wsjf.Compute([1, 1], [1, 1], [1, 1], [1, 0], cod, w), "jobSize", "jobSize[1] must be a finite number greater than zero");
    }

    [Theory]
    [InlineData(1, "timeCriticality")]
    [InlineData(2, "riskReductionOpportunityEnablement")]
    [InlineData(3, "jobSize")]
    [InlineData(4, "costOfDelay")]
    [InlineData(5, "wsjf")]
    public void Wsjf_Compute_rejects_a_span_of_another_length(int shortSpan, string param)
    {
        double[][] spans = [[1, 1], [1, 1], [1, 1], [1, 1], new double[2], new double[2]];
        spans[shortSpan] = shortSpan < 4 ? [1] : new double[1];
        Reject.Rule<ArgumentException>(
            () => Wsjf.Compute(spans[0], spans[1], spans[2], spans[3], spans[4], spans[5]),
            param,
            $"{param} has length 1 but the first span has length 2");
    }

    [Theory]
    [InlineData(1.5e308, 1e308, 0.0, 1.0, "userBusinessValue")] // CoD overflows; UBV is the largest
    [InlineData(1e308, 1.5e308, 0.0, 1.0, "timeCriticality")] // TC the largest (UBV ≥ RR|OE does not make UBV the driver)
    [InlineData(0.0, 1.5e308, 1e308, 1.0, "timeCriticality")]
    [InlineData(1e308, 0.0, 1.5e308, 1.0, "riskReductionOpportunityEnablement")]
    [InlineData(0.0, 1e308, 1.5e308, 1.0, "riskReductionOpportunityEnablement")]
    [InlineData(1.0, 0.0, 0.0, 1e-320, "jobSize")] // CoD 1 is finite; 1 / 1e-320 = 1e320 overflows: the tiny job size drives it
    [InlineData(1e308, 1e308, 0.0, 1.0, "userBusinessValue")] // CoD 2e308 overflows; UBV = TC tie: the first in the documented order
    [InlineData(0.0, 1e308, 1e308, 1.0, "timeCriticality")] // TC = RR|OE tie: TC comes first
    [InlineData(1e308, 1e308, 1e308, 1.0, "userBusinessValue")] // three-way tie
    public void Wsjf_Compute_overflow_names_the_documented_driver(double b, double t, double r, double s, string param) =>
        Reject.Rule<ArgumentOutOfRangeException>(() => Wsjf1(b, t, r, s), param, "Item 0: (UBV + TC + RR|OE) / job size", "overflows the double range");

    [Theory]
    [InlineData(0, "userBusinessValue")]
    [InlineData(1, "timeCriticality")]
    [InlineData(2, "riskReductionOpportunityEnablement")]
    [InlineData(3, "jobSize")]
    public void Wsjf_Fibonacci_check_names_the_column(int column, string name)
    {
        double[] v = [1, 1, 1, 1];
        v[column] = 4; // 4 is not on 1, 2, 3, 5, 8, …
        var model = new Wsjf(WsjfScale.ModifiedFibonacci);
        Reject.Rule<ArgumentOutOfRangeException>(
            () => model.Evaluate([new WsjfItem("a", v[0], v[1], v[2], v[3])]),
            "items",
            $"items[0] ('a') has {name} = 4, which is not on the modified Fibonacci scale");
    }

    [Fact]
    public void Wsjf_divide_by_minimum_names_the_zero_column()
    {
        var model = new Wsjf(scaling: WsjfRelativeScaling.DivideByColumnMinimum);
        Reject.Rule<ArgumentOutOfRangeException>(
            () => model.Evaluate([new WsjfItem("a", 2, 0, 1, 1), new WsjfItem("b", 3, 1, 1, 1)]),
            "items",
            "The timeCriticality column's smallest value is 0, so it cannot be divided by its minimum");
    }

    [Fact]
    public void Wsjf_decision_matrix_puts_each_item_in_its_own_row()
    {
        WsjfResult r = new Wsjf().Evaluate([new WsjfItem("a", 1, 2, 3, 5), new WsjfItem("b", 8, 13, 20, 40)]);
        DecisionMatrix m = r.ToDecisionMatrix();
        Assert.Equal([1.0, 2, 3, 5], m.Row(0).ToArray());
        Assert.Equal([8.0, 13, 20, 40], m.Row(1).ToArray());
        Assert.Equal(["ubv", "tc", "rroe", "jobSize"], m.Criteria.Select(c => c.Id).ToArray());
    }

    [Fact]
    public void Wsjf_item_and_option_messages_state_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new WsjfItem("a", -1, 0, 0, 1), "userBusinessValue", "userBusinessValue of 'a' must be a finite number, zero or positive (got -1)");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new WsjfItem("a", 1, 1, 1, 0), "jobSize", "jobSize of 'a' must be a finite number greater than zero (got 0)");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new Wsjf((WsjfScale)7), "scale", "scale must be a defined WsjfScale (got 7)");
    }

    [Fact]
    public void Framework_item_lists_reject_empty_null_and_repeated_items_with_messages()
    {
        var model = new Wsjf();
        var a = new WsjfItem("a", 1, 1, 1, 1);
        Reject.Rule<ArgumentException>(() => model.Evaluate([]), "items", "At least one item is needed.");
        Reject.Rule<ArgumentNullException>(() => model.Evaluate([a, null!]), "items", "items[1] is null.");
        Reject.Rule<ArgumentException>(() => model.Evaluate([a, a]), "items", "The id 'a' appears more than once in items");
    }

    // ---------- RICE / ICE ----------
    private static double Rice1(double r, double m, double c, double e)
    {
        double[] s = new double[1];
        Rice.Compute([r], [m], [c], [e], s);
        return s[0];
    }

    [Theory]
    [InlineData(-1.0, 1.0, 1.0, 1.0, "reach", "reach[0] must be a finite number, zero or positive (got -1)")]
    [InlineData(1.0, -1.0, 1.0, 1.0, "impact", "impact[0] must be a finite number, zero or positive (got -1)")]
    [InlineData(1.0, 1.0, -0.5, 1.0, "confidence", "confidence[0] must lie in [0, 1] (got -0.5)")]
    [InlineData(1.0, 1.0, 1.5, 1.0, "confidence", "confidence[0] must lie in [0, 1] (got 1.5)")]
    [InlineData(1.0, 1.0, 1.0, -1.0, "effort", "effort[0] must be a finite number greater than zero (got -1)")]
    [InlineData(1.0, 1.0, 1.0, 0.0, "effort", "effort[0] must be a finite number greater than zero (got 0)")]
    public void Rice_Compute_rejects_each_broken_rule_naming_the_span(double r, double m, double c, double e, string param, string fragment) =>
        Reject.Rule<ArgumentOutOfRangeException>(() => Rice1(r, m, c, e), param, fragment);

    [Fact]
    public void Rice_Compute_accepts_zero_confidence_when_the_check_sum_overflows()
    {
        // reach 2^1023, impact 1, confidence 0, effort 2^1023: all valid. RICE = 2^1023 · 1 · 0 / 2^1023 = 0.
        Assert.Equal(0.0, Rice1(Big, 1, 0, Big));
    }

    [Fact]
    public void Rice_zero_confidence_scores_zero_even_when_reach_times_impact_overflows()
    {
        // Regression: 1e200 · 1e200 overflows to ∞ and ∞ · 0 is NaN, which was reported as an overflow. Confidence 0
        // makes RICE = 1e200 · 1e200 · 0 / 1 = 0 exactly (all inputs valid; the score does not overflow).
        Assert.Equal(0.0, Rice1(1e200, 1e200, 0, 1));
        Assert.Equal(0.0, new Rice().Evaluate([new RiceItem("a", 1e200, 1e200, 0, 1)]).ScoreOf("a"));
    }

    [Theory]
    [InlineData(1, "impact")]
    [InlineData(2, "confidence")]
    [InlineData(3, "effort")]
    [InlineData(4, "scores")]
    public void Rice_Compute_rejects_a_span_of_another_length(int shortSpan, string param)
    {
        double[][] spans = [[1, 1], [1, 1], [1, 1], [1, 1], new double[2]];
        spans[shortSpan] = shortSpan < 4 ? [1] : new double[1];
        Reject.Rule<ArgumentException>(
            () => Rice.Compute(spans[0], spans[1], spans[2], spans[3], spans[4]),
            param,
            $"{param} has length 1 but the first span has length 2");
    }

    [Theory]
    [InlineData(1e300, 1e10, 1.0, 1.0, "reach")] // reach · impact = 1e310 overflows; reach is the larger
    [InlineData(1e10, 1e300, 1.0, 1.0, "impact")]
    [InlineData(1e200, 1e200, 1.0, 1.0, "reach")] // 1e400 overflows even exactly; reach = impact tie: reach (documented)
    [InlineData(1e200, 1e108, 0.01, 0.001, "effort")] // reach · impact · confidence = 1e306 is finite; / 0.001 = 1e309 overflows
    public void Rice_Compute_overflow_names_the_documented_driver(double r, double m, double c, double e, string param) =>
        Reject.Rule<ArgumentOutOfRangeException>(() => Rice1(r, m, c, e), param, "Item 0: reach · impact · confidence / effort", "overflows the double range");

    [Fact]
    public void Rice_and_Ice_item_messages_state_the_range()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RiceItem("a", 1, 1, 1.5, 1), "confidence", "confidence of 'a' must lie in [0, 1] (got 1.5)");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new IceItem("a", 11, 5, 5), "impact", "impact of 'a' must lie in [1, 10] (got 11)");
    }

    [Fact]
    public void Method_names_carry_the_variant()
    {
        // PriorityScores.Method: "the framework's name with its variant, for example ICE (mean)".
        RiceItem[] rice = [new RiceItem("a", 100, 1, 0.8, 2)];
        Assert.Equal("RICE", new Rice().Evaluate(rice).Method);
        Assert.Equal("RICE (Intercom scales)", new Rice(RiceScales.Intercom).Evaluate(rice).Method);
        IceItem[] ice = [new IceItem("a", 2, 3, 4)];
        Assert.Equal("ICE (product)", new Ice(IceAggregation.Product).Evaluate(ice).Method);
        Assert.Equal("ICE (mean)", new Ice(IceAggregation.Mean).Evaluate(ice).Method);
    }

    [Fact]
    public void ScoreOf_unknown_id_throws_KeyNotFound()
    {
        PriorityScores s = new Rice().Evaluate([new RiceItem("a", 100, 1, 0.8, 2)]);
        Assert.Equal(40.0, s.ScoreOf("a"), 12); // 100 · 1 · 0.8 / 2
        KeyNotFoundException e = Assert.Throws<KeyNotFoundException>(() => s.ScoreOf("zz"));
        Assert.Contains("No item has the id 'zz'.", e.Message, StringComparison.Ordinal);
    }

    // ---------- Financial criteria ----------
    private static KeyValuePair<string, CashFlowSeries> P(string id, params double[] flows) => new(id, new CashFlowSeries(flows));

    private static FinancialCriteria Irr(UndefinedMetricPolicy policy = UndefinedMetricPolicy.Throw) =>
        new([FinancialMetric.InternalRateOfReturn], 0.1, DiscountConvention.FirstFlowAtTimeZero, policy);

    [Fact]
    public void UndefinedCriterionException_public_constructors_leave_candidate_and_metric_empty()
    {
        UndefinedCriterionException[] all = [new(), new("m"), new("m", new InvalidOperationException())];
        Assert.All(all, e => Assert.Equal((string.Empty, string.Empty), (e.Candidate, e.Metric)));
        Assert.Equal("m", all[1].Message);
    }

    [Fact]
    public void FinancialCriteria_constructor_messages_state_the_rule()
    {
        Reject.Rule<ArgumentException>(() => _ = new FinancialCriteria([], 0.1, DiscountConvention.FirstFlowAtTimeZero), "metrics", "At least one financial metric is needed.");
        Reject.Rule<ArgumentException>(
            () => _ = new FinancialCriteria([FinancialMetric.NetPresentValue, FinancialMetric.NetPresentValue], 0.1, DiscountConvention.FirstFlowAtTimeZero),
            "metrics",
            "Each metric may appear once (got NetPresentValue, NetPresentValue).");
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = new FinancialCriteria([FinancialMetric.NetPresentValue], -1, DiscountConvention.FirstFlowAtTimeZero),
            "discountRate",
            "discountRate must be a finite number above -1 (got -1)");
        Reject.Rule<ArgumentOutOfRangeException>(() => FinancialCriteria.CriterionOf((FinancialMetric)9), "metric", "metric must be a defined FinancialMetric (got 9)");
    }

    [Theory]
    [InlineData(FinancialMetric.NetPresentValue, "npv", "currency", "Net present value")]
    [InlineData(FinancialMetric.InternalRateOfReturn, "irr", "rate per period", "Internal rate of return")]
    [InlineData(FinancialMetric.ProfitabilityIndex, "pi", "ratio", "Profitability index")]
    [InlineData(FinancialMetric.PaybackPeriod, "payback", "periods", "Payback period")]
    [InlineData(FinancialMetric.DiscountedPaybackPeriod, "discountedPayback", "periods", "Discounted payback period")]
    public void CriterionOf_gives_the_metric_its_unit_and_name(FinancialMetric metric, string id, string unit, string name)
    {
        // Units as in the FinancialMetric docs: IRR a rate per period, paybacks "in periods", PI a ratio, NPV money.
        Criterion c = FinancialCriteria.CriterionOf(metric);
        Assert.Equal((id, unit, name), (c.Id, c.Unit, c.Name));
    }

    [Fact]
    public void Build_validation_messages_state_the_rule()
    {
        FinancialCriteria c = Irr();
        Reject.Rule<ArgumentException>(() => c.Build([]), "projects", "At least one project is needed.");
        Reject.Rule<ArgumentException>(() => c.Build([P(" ", -100, 110)]), "projects", "A project id is null or blank.");
        Reject.Rule<ArgumentNullException>(() => c.Build([new KeyValuePair<string, CashFlowSeries>("p", null!)]), "projects", "The cash flows of 'p' are null.");
        Reject.Rule<ArgumentException>(() => c.Build([P("p", -100, 110), P("p", -100, 120)]), "projects", "The project id 'p' appears more than once.");
    }

    [Theory]
    [InlineData(10.0, 20.0)] // no negative amount
    [InlineData(-100.0, -50.0)] // no positive amount
    [InlineData(-100.0, 0.0)] // zero is not a positive amount
    [InlineData(0.0, 100.0)] // zero is not a negative amount
    public void Irr_without_a_sign_change_is_undefined_with_the_reason(double c0, double c1)
    {
        UndefinedCriterionException e = Assert.Throws<UndefinedCriterionException>(() => Irr().Build([P("p", c0, c1)]));
        Assert.Equal(("p", "irr", "projects"), (e.Candidate, e.Metric, e.ParamName));
        Assert.Contains("Project 'p': the cash flows have no negative or no positive amount", e.Message, StringComparison.Ordinal);
        Assert.Contains("An undefined criterion is never replaced by 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Irr_with_two_negative_amounts_before_the_positive_one_is_defined()
    {
        // −100, −110, +242 at r = 0.1: −100 − 110/1.1 + 242/1.21 = −100 − 100 + 200 = 0; one sign change (Descartes),
        // so 10 % is the only IRR.
        FinancialCriteriaResult r = Irr().Build([P("p", -100, -110, 242)]);
        Assert.Equal(0.1, r.ValueOf("p", "irr"), 9);
    }

    [Fact]
    public void Kept_candidates_carry_the_finance_modules_warnings()
    {
        // −100, +230, −132: NPV at 10 % = −100 + 209.0909… − 109.0909… = 0 and at 20 % = −100 + 191.666… − 91.666… = 0:
        // two IRRs; the one nearest 0.1 is reported "plus the finance module's warning" (class remarks).
        FinancialCriteriaResult r = Irr().Build([P("p", -100, 230, -132)]);
        Assert.Equal(0.1, r.ValueOf("p", "irr"), 9);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Metric == "irr" && d.Message.StartsWith("Project 'p': ", StringComparison.Ordinal));
    }

    [Fact]
    public void Excluded_candidate_gets_a_warning_naming_it()
    {
        FinancialCriteriaResult r = Irr(UndefinedMetricPolicy.ExcludeCandidate).Build([P("ok", -100, 110), P("gift", 10, 20)]);
        Assert.Equal(["gift"], r.Excluded.ToArray());
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Metric == "irr"
            && d.Message == "Project 'gift' is excluded from the matrix because its irr is undefined.");
    }

    [Fact]
    public void Every_candidate_excluded_names_the_reasons()
    {
        Reject.Rule<ArgumentException>(
            () => Irr(UndefinedMetricPolicy.ExcludeCandidate).Build([P("gift", 10, 20)]),
            "projects",
            "Every project was excluded because a financial criterion is undefined (Project 'gift': the cash flows have no negative or no positive amount");
    }

    // ---------- Kano, MoSCoW ----------
    [Fact]
    public void Kano_Classify_rejects_an_undefined_dysfunctional_answer()
    {
        // (Like, 5) would index a valid cell of the 5 × 5 table, so only the guard catches it.
        Reject.Rule<ArgumentOutOfRangeException>(() => Kano.Classify(KanoAnswer.Like, (KanoAnswer)5), "dysfunctional", "dysfunctional must be a defined KanoAnswer (got 5)");
    }

    [Theory]
    [InlineData(KanoTieRule.MustBeOneDimensionalAttractiveIndifferent, DiagnosticKind.Information)]
    [InlineData(KanoTieRule.Undefined, DiagnosticKind.Undefined)]
    public void Kano_tie_diagnostic_lists_the_tied_categories(KanoTieRule rule, DiagnosticKind kind)
    {
        // (Like, Dislike) is One-dimensional, (Like, Neutral) Attractive: one each, listed in precedence order O, A.
        KanoFeatureResult r = Kano.Evaluate("f", [new KanoResponse(KanoAnswer.Like, KanoAnswer.Dislike), new KanoResponse(KanoAnswer.Like, KanoAnswer.Neutral)], rule);
        Assert.Contains(r.Diagnostics, d => d.Kind == kind && d.Message.StartsWith("Feature 'f': OneDimensional, Attractive tie with 1 responses each", StringComparison.Ordinal));
    }

    [Fact]
    public void Moscow_guideline_of_exactly_one_is_allowed_and_messages_state_the_rule()
    {
        Assert.Equal(1.0, new Moscow(1.0).MustEffortGuideline); // documented range (0, 1]
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new Moscow(1.5), "mustEffortGuideline", "mustEffortGuideline must lie in (0, 1] (got 1.5)");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new MoscowItem("a", MoscowPriority.Must, 1, double.NaN), "score", "score of 'a' must be a finite number (got NaN)");
    }

    // ---------- Value-effort matrix ----------
    private static ValueEffortResult ClassifyValues(QuadrantThreshold valueThreshold, params double[] values) =>
        new ValueEffortMatrix(valueThreshold, QuadrantThreshold.Given(0)).Classify(values.Select((v, i) => new ValueEffortItem("i" + i, v, 0)));

    [Fact]
    public void Median_of_an_odd_count_is_the_middle_value()
    {
        // Sorted 1, 2, 10: the median is 2 (not the mean 13/3 and not an average of two values).
        Assert.Equal(2.0, ClassifyValues(QuadrantThreshold.Median, 1, 10, 2).ValueThreshold);
    }

    [Fact]
    public void Mean_and_median_of_values_near_the_double_maximum_do_not_overflow()
    {
        // 2^1023 and 1.5 · 2^1023 sum to 2.5 · 2^1023 > double.MaxValue; their mean (and, for two values, median) is
        // 1.25 · 2^1023 = 2^1022 + 0.75 · 2^1023, exact.
        double expected = 1.25 * Big;
        Assert.Equal(expected, ClassifyValues(QuadrantThreshold.Mean, Big, 1.5 * Big).ValueThreshold);
        Assert.Equal(expected, ClassifyValues(QuadrantThreshold.Median, Big, 1.5 * Big).ValueThreshold);
    }

    [Fact]
    public void Median_of_two_smallest_subnormals_is_that_value()
    {
        // The mean of ε and ε is ε (halving each first would give 0).
        Assert.Equal(double.Epsilon, ClassifyValues(QuadrantThreshold.Median, double.Epsilon, double.Epsilon).ValueThreshold);
    }

    [Fact]
    public void Threshold_ToString_and_item_messages()
    {
        Assert.Equal("2.5", QuadrantThreshold.Given(2.5).ToString());
        Assert.Equal("Median", QuadrantThreshold.Median.ToString());
        Assert.Equal("Mean", QuadrantThreshold.Mean.ToString());
        Reject.Rule<ArgumentOutOfRangeException>(() => QuadrantThreshold.Given(double.NaN), "value", "value must be a finite number (got NaN)");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ValueEffortItem("a", double.NaN, 1), "value", "value of 'a' must be a finite number (got NaN)");
    }

    [Fact]
    public void QuadrantOf_unknown_id_throws_KeyNotFound()
    {
        ValueEffortResult r = ClassifyValues(QuadrantThreshold.Given(1), 2);
        Assert.Equal(ValueEffortQuadrant.QuickWin, r.QuadrantOf("i0")); // value 2 ≥ 1, effort 0 ≤ 0
        KeyNotFoundException e = Assert.Throws<KeyNotFoundException>(() => r.QuadrantOf("zz"));
        Assert.Contains("No item has the id 'zz'.", e.Message, StringComparison.Ordinal);
    }

    // ---------- Rating scales and business drivers ----------
    [Fact]
    public void RatingLevel_message_and_equality()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RatingLevel("x", double.NaN), "value", "value must be a finite number (level 'x' got NaN)");
        var a = new RatingLevel("Low", 1);
        Assert.True(a.Equals(new RatingLevel("Low", 1)));
        Assert.False(a.Equals(new RatingLevel("low", 1)));
        Assert.False(a.Equals(new RatingLevel("Low", 2)));
        Assert.False(a.Equals(new RatingLevel("High", 2)));
        Assert.False(a.Equals((RatingLevel?)null));
        Assert.True(a.Equals((object)new RatingLevel("Low", 1)));
    }

    [Fact]
    public void RatingScale_Create_rejects_with_messages()
    {
        Reject.Rule<ArgumentNullException>(() => RatingScale.Create((IEnumerable<RatingLevel>)null!), "levels");
        Reject.Rule<ArgumentNullException>(() => RatingScale.Create(((string, double)[])null!), "levels");
        Reject.Rule<ArgumentException>(() => RatingScale.Create(("Low", 1)), "levels", "A rating scale needs at least two levels (got 1).");
        Reject.Rule<ArgumentNullException>(() => RatingScale.Create([new RatingLevel("Low", 1), null!]), "levels", "levels[1] is null.");
        Reject.Rule<ArgumentException>(() => RatingScale.Create(("Low", 1), ("low", 2)), "levels", "Level name 'low' appears more than once (names are compared case-insensitively).");
        Reject.Rule<ArgumentException>(
            () => RatingScale.Create(("A", 1), ("B", 3), ("C", 2), ("D", 5)),
            "levels",
            "Level values must be strictly increasing, but 'C' = 2 follows 'B' = 3.");
    }

    [Fact]
    public void RatingScale_lookup_and_ToString()
    {
        RatingScale s = RatingScale.Create(("Low", 1), ("High", 2));
        Reject.Rule<ArgumentNullException>(() => s.ValueOf(null!), "name");
        KeyNotFoundException e = Assert.Throws<KeyNotFoundException>(() => s.ValueOf("Huge"));
        Assert.Contains("The scale has no level named 'Huge' (levels: Low, High).", e.Message, StringComparison.Ordinal);
        Assert.Equal("Low = 1, High = 2", s.ToString()); // levels "Name = Value" (RatingLevel docs: "Strong = 5"), comma-separated
    }

    [Theory]
    [InlineData(null, "rev")]
    [InlineData("", "rev")]
    [InlineData("  ", "rev")]
    [InlineData("Grow revenue", "Grow revenue")]
    public void BusinessDriver_name_defaults_to_the_id(string? name, string expected)
    {
        var d = new BusinessDriver("rev", RatingScale.Create(("Low", 1), ("High", 5)), name);
        Assert.Equal(expected, d.Name);
        Criterion c = d.ToCriterion();
        Assert.Equal((expected, "rating", 1.0, 5.0, CriterionDirection.Benefit), (c.Name, c.Unit, c.ScaleMin!.Value, c.ScaleMax!.Value, c.Direction));
    }

    // ---------- CriteriaJoin ----------
    private static DecisionMatrix M(string[] alts, params string[] crits) =>
        DecisionMatrix.FromRowMajor(alts, crits.Select(c => Criterion.Benefit(c)), new double[alts.Length * crits.Length]);

    [Fact]
    public void CriteriaJoin_rejects_null_and_different_alternatives_and_shared_ids()
    {
        DecisionMatrix left = M(["a", "b"], "x", "y");
        Reject.Rule<ArgumentNullException>(() => CriteriaJoin.Columns(left, null!), "right");
        Reject.Rule<ArgumentException>(() => CriteriaJoin.Columns(left, M(["a", "b", "c", "d"], "z")), "right", "Both matrices must have the same alternatives; missing from right: [], only in right: [c, d].");
        Reject.Rule<ArgumentException>(() => CriteriaJoin.Columns(M(["a", "b", "c"], "x"), M(["a"], "z")), "right", "missing from right: [b, c], only in right: []");
        Reject.Rule<ArgumentException>(() => CriteriaJoin.Columns(left, M(["b", "a"], "y", "x")), "right", "Criterion ids must be unique across the matrices; both have [x, y].");
    }

    // ---------- Weighted scorecard ----------
    private static readonly RatingScale Scale15 = RatingScale.Create(("Low", 1), ("Mid", 3), ("High", 5));

    private static WeightedScorecard Card() => new([new BusinessDriver("d1", Scale15), new BusinessDriver("d2", Scale15)], CriteriaWeights.Create([0.5, 0.5]));

    [Fact]
    public void Scorecard_constructor_rejects_with_messages()
    {
        CriteriaWeights w = CriteriaWeights.Create([0.5, 0.5]);
        var d1 = new BusinessDriver("d1", Scale15);
        Reject.Rule<ArgumentNullException>(() => _ = new WeightedScorecard(null!, w), "drivers");
        Reject.Rule<ArgumentNullException>(() => _ = new WeightedScorecard([d1, new BusinessDriver("d2", Scale15)], null!), "weights");
        Reject.Rule<ArgumentException>(() => _ = new WeightedScorecard([], w), "drivers", "A scorecard needs at least one business driver.");
        Reject.Rule<ArgumentNullException>(() => _ = new WeightedScorecard([d1, null!], w), "drivers", "drivers[1] is null.");
        Reject.Rule<ArgumentException>(() => _ = new WeightedScorecard([d1, d1], w), "drivers", "Driver id 'd1' appears more than once.");
    }

    [Fact]
    public void Scorecard_ToDecisionMatrix_rejects_with_messages()
    {
        WeightedScorecard card = Card();
        IReadOnlyList<string>[] levels = [["Low", "High"]];
        IReadOnlyList<double>[] ratings = [[1.0, 5.0]];
        Reject.Rule<ArgumentNullException>(() => card.ToDecisionMatrix(null!, levels), "candidates");
        Reject.Rule<ArgumentNullException>(() => card.ToDecisionMatrix(["p"], (IEnumerable<IReadOnlyList<string>>)null!), "levels");
        Reject.Rule<ArgumentNullException>(() => card.ToDecisionMatrix(["p"], new IReadOnlyList<string>[] { null! }), "levels", "levels[0] is null.");
        Reject.Rule<ArgumentException>(
            () => card.ToDecisionMatrix(["p"], new IReadOnlyList<string>[] { ["Low", "Huge"] }),
            "levels",
            "levels[0][1] = 'Huge' (candidate 'p', driver 'd2') is not a level of the driver's scale (Low, Mid, High).");
        Reject.Rule<ArgumentNullException>(() => card.ToDecisionMatrix(null!, ratings), "candidates");
        Reject.Rule<ArgumentNullException>(() => card.ToDecisionMatrix(["p"], (IEnumerable<IReadOnlyList<double>>)null!), "ratings");
        Reject.Rule<ArgumentNullException>(() => card.ToDecisionMatrix(["p"], new IReadOnlyList<double>[] { null! }), "ratings", "ratings[0] is null.");
        Reject.Rule<ArgumentException>(() => card.ToDecisionMatrix(["p", "q"], ratings), "ratings", "ratings has 1 rows but there are 2 candidates.");
        Reject.Rule<ArgumentException>(() => card.ToDecisionMatrix(["p"], new IReadOnlyList<double>[] { [1.0, 5.0], [3.0, 3.0] }), "ratings", "ratings has 2 rows but there are 1 candidates.");
    }

    [Fact]
    public void Scorecard_Evaluate_rejects_a_foreign_matrix_naming_both_criteria_lists()
    {
        Reject.Rule<ArgumentException>(
            () => Card().Evaluate(M(["p"], "a", "b")),
            "matrix",
            "matrix's criteria (a, b) must be the scorecard's drivers as criteria, in order (d1, d2); build it with ToDecisionMatrix.");
    }

    [Fact]
    public void Scorecard_minimum_total_is_every_driver_at_its_scale_minimum()
    {
        // Scale 1 … 5 on both drivers, weights 0.5 and 0.5: minimum 0.5·1 + 0.5·1 = 1, maximum 0.5·5 + 0.5·5 = 5.
        ScorecardResult r = Card().Evaluate(["p"], [["Mid", "High"]]);
        Assert.Equal(1.0, r.MinimumTotal, 12);
        Assert.Equal(5.0, r.MaximumTotal, 12);
        Assert.Equal(4.0, r.TotalOf("p"), 12); // 0.5·3 + 0.5·5
    }

    [Fact]
    public void Scorecard_Contribution_checks_both_indices()
    {
        // Two candidates × two drivers: p (Mid, High) → 1.5, 2.5; q (Low, Mid) → 0.5, 1.5.
        ScorecardResult r = Card().Evaluate(["p", "q"], [["Mid", "High"], ["Low", "Mid"]]);
        Assert.Equal(0.5, r.Contribution(1, 0), 12);
        Reject.Rule<ArgumentOutOfRangeException>(() => r.Contribution(-1, 0), "candidate");
        Reject.Rule<ArgumentOutOfRangeException>(() => r.Contribution(2, 0), "candidate");
        Reject.Rule<ArgumentOutOfRangeException>(() => r.Contribution(1, -1), "driver");
        Reject.Rule<ArgumentOutOfRangeException>(() => r.Contribution(0, 2), "driver");
    }
}
