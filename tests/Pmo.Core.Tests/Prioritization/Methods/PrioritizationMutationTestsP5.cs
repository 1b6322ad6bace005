using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Methods;

/// <summary>
/// Issue 9 §6, Stryker survivors list P5 (prioritization methods, normalisation, gates): typed rejections with the
/// rule's message, boundary values on both sides, documented names and hand-worked values of the MCDA methods and of
/// the normalisation (every expected number is derived in the comment beside it).
/// </summary>
public class PrioritizationMutationTestsP5
{
    private const double Tol = 1e-12;

    private static DecisionMatrix OneColumn(Criterion c, params double[] values) =>
        DecisionMatrix.FromRowMajor(Enumerable.Range(0, values.Length).Select(i => "x" + i), [c], values);

    // ---------------------------------------------------------------- Gates

    [Fact]
    public void Gate_rejects_an_undefined_comparison_with_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new Gate("fit", (GateComparison)99, 1), "comparison", "comparison must be a defined GateComparison");
    }

    [Fact]
    public void Gate_keeps_a_given_display_name_and_defaults_to_criterion_op_threshold()
    {
        // The documented default is "criterion op threshold"; a non-blank name is kept as given.
        Assert.Equal("Fit floor", new Gate("fit", GateComparison.GreaterOrEqual, 3, "Fit floor").Name);
        Assert.Equal("Fit floor", new Gate("fit", GateComparison.GreaterOrEqual, 3, "Fit floor").ToString());
        Assert.Equal("fit ≥ 3", new Gate("fit", GateComparison.GreaterOrEqual, 3, "  ").Name);
        Assert.Equal("fit ≥ 3", new Gate("fit", GateComparison.GreaterOrEqual, 3).Name);
    }

    [Theory]
    [InlineData(GateComparison.Greater, "fit > 2.5")]
    [InlineData(GateComparison.Less, "fit < 2.5")]
    [InlineData(GateComparison.LessOrEqual, "fit ≤ 2.5")]
    [InlineData(GateComparison.Equal, "fit = 2.5")]
    public void Gate_default_name_uses_the_comparison_symbol(GateComparison comparison, string expected)
    {
        Assert.Equal(expected, new Gate("fit", comparison, 2.5).Name);
    }

    [Fact]
    public void Gates_Apply_rejects_null_arguments_by_name()
    {
        DecisionMatrix m = HandWorkedTests.Projects();
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => Gates.Apply(null!, [])).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => Gates.Apply(null!, [Gate.AtLeast("npv", 1)])).ParamName);
        Assert.Equal("gates", Assert.Throws<ArgumentNullException>(() => Gates.Apply(m, null!)).ParamName);
    }

    [Fact]
    public void Gates_Apply_names_the_null_gate_and_the_unknown_criterion()
    {
        DecisionMatrix m = HandWorkedTests.Projects();
        Reject.Rule<ArgumentNullException>(() => Gates.Apply(m, [Gate.AtLeast("npv", 1), null!]), "gates", "gates[1] is null");
        Reject.Rule<ArgumentException>(
            () => Gates.Apply(m, [Gate.AtLeast("npv", 1), Gate.AtMost("cost", 3)]),
            "gates",
            "gates[1] ('cost ≤ 3') tests criterion 'cost', which the matrix does not have");
    }

    // ---------------------------------------------------------------- PreferenceFunction equality

    [Fact]
    public void PreferenceFunction_equality_compares_kind_and_every_parameter()
    {
        Assert.True(PreferenceFunction.Level(1, 2).Equals(PreferenceFunction.Level(1, 2)));
        Assert.True(PreferenceFunction.Gaussian(1.5).Equals((object)PreferenceFunction.Gaussian(1.5)));
        Assert.False(PreferenceFunction.Level(1, 2).Equals(null));

        // Usual() and UShape(0) both have q = p = s = 0: only the kind differs.
        Assert.False(PreferenceFunction.Usual().Equals(PreferenceFunction.UShape(0)));

        // Only q differs; only p differs; only s differs.
        Assert.False(PreferenceFunction.Level(1, 2).Equals(PreferenceFunction.Level(0, 2)));
        Assert.False(PreferenceFunction.Level(1, 2).Equals(PreferenceFunction.Level(1, 3)));
        Assert.False(PreferenceFunction.Gaussian(1).Equals(PreferenceFunction.Gaussian(2)));
    }

    // ---------------------------------------------------------------- Shared checks (Scorers.cs)

    [Fact]
    public void Evaluate_rejects_weights_that_do_not_match_the_criteria()
    {
        // The matrix has 2 criteria: 3 weights must be refused, not silently truncated, and 1 weight refused before any
        // arithmetic indexes past it.
        CriteriaWeights three = CriteriaWeights.Equal(3);
        Reject.Rule<ArgumentException>(() => new Topsis().Evaluate(HandWorkedTests.Projects(), three), "weights", "weights has 3 weights but the matrix has 2 criteria");
        Reject.Rule<ArgumentException>(() => new Topsis().Evaluate(HandWorkedTests.Projects(), CriteriaWeights.Equal(1)), "weights", "weights has 1 weights but the matrix has 2 criteria");
        Reject.Rule<ArgumentException>(() => new Vikor().Evaluate(HandWorkedTests.Projects(), CriteriaWeights.Equal(1)), "weights", "weights has 1 weights but the matrix has 2 criteria");
    }

    [Fact]
    public void TiePolicy_must_be_defined()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new Topsis { TiePolicy = (TiePolicy)99 }, "value", "TiePolicy must be a defined TiePolicy");
    }

    [Fact]
    public void Weighted_product_rejects_a_zero_value_even_where_the_normalisation_would_not()
    {
        // Vector normalisation alone accepts a zero in a benefit column (r = 0), but the weighted product takes ln r, so
        // every value must be > 0 (class remarks): the zero of alternative 'x1' is a NonPositiveValue.
        DecisionMatrix m = OneColumn(Criterion.Benefit("c"), 2, 0);
        McdaRuleException e = Assert.Throws<McdaRuleException>(() => new WeightedProduct(NormalizationMethod.Vector).Evaluate(m, CriteriaWeights.Equal(1)));
        Assert.Equal(McdaRule.NonPositiveValue, e.Rule);
        Assert.Equal("c", e.CriterionId);
        Assert.Contains("every value must be greater than zero", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vikor_with_one_alternative_is_too_few_with_the_rule_in_the_message()
    {
        DecisionMatrix m = OneColumn(Criterion.Benefit("c"), 2);
        McdaRuleException e = Reject.Rule<McdaRuleException>(() => new Vikor().Evaluate(m, CriteriaWeights.Equal(1)), "matrix", "compares alternatives with each other and needs at least two");
        Assert.Equal(McdaRule.TooFewAlternatives, e.Rule);
        Assert.Null(e.CriterionId);
    }

    [Fact]
    public void Vikor_best_values_of_an_all_negative_benefit_column_are_its_maximum()
    {
        // c1 (benefit) = (−1, −3): f* = −1, f⁻ = −3, d = (0, 1). c2 (benefit) = (0, 2): f* = 2, f⁻ = 0, d = (1, 0).
        DecisionMatrix m = DecisionMatrix.FromRows(["a", "b"], [Criterion.Benefit("c1"), Criterion.Benefit("c2")], [[-1.0, 0], [-3, 2]]);
        VikorResult r = new Vikor().Evaluate(m, CriteriaWeights.Equal(2));
        Assert.Equal([-1.0, 2], r.BestValues.ToArray());
        Assert.Equal([-3.0, 0], r.WorstValues.ToArray());
        Assert.Equal([0.0, 1, 1, 0], r.NormalizedRegrets.Values.ToArray());
    }

    [Fact]
    public void Topsis_ideal_of_an_all_negative_column_is_its_maximum()
    {
        // Vector normalisation of c1 = (−3, −4): ‖x‖ = 5, r = (−0.6, −0.8); max −0.6, min −0.8; w = 1.
        DecisionMatrix m = OneColumn(Criterion.Benefit("c1"), -3, -4);
        TopsisResult r = new Topsis().Evaluate(m, CriteriaWeights.Equal(1));
        Assert.Equal(-0.6, r.PositiveIdeal[0], Tol);
        Assert.Equal(-0.8, r.NegativeIdeal[0], Tol);

        // D⁺ = (0, 0.2), D⁻ = (0.2, 0): closeness (1, 0).
        Assert.Equal(1, r.Closeness[0], Tol);
        Assert.Equal(0, r.Closeness[1], Tol);
    }

    // ---------------------------------------------------------------- SPOTIS

    [Fact]
    public void Spotis_names_its_bounds_source()
    {
        Assert.Equal("SPOTIS (bounds from the criteria's fixed scales)", new Spotis().Name);
        Assert.Equal("SPOTIS (explicit bounds)", new Spotis([0.0], [1.0]).Name);
    }

    [Fact]
    public void Spotis_explicit_bounds_are_checked()
    {
        Assert.Equal("maximum", Assert.Throws<ArgumentNullException>(() => new Spotis([0.0], null!)).ParamName);
        Assert.Equal("minimum", Assert.Throws<ArgumentNullException>(() => new Spotis(null!, [1.0])).ParamName);
        Reject.Rule<ArgumentException>(() => _ = new Spotis([0.0, 1], [1.0]), "maximum", "minimum and maximum must be non-empty and of equal length");
        Reject.Rule<ArgumentException>(() => _ = new Spotis([], []), "maximum", "minimum and maximum must be non-empty and of equal length");
    }

    [Fact]
    public void Spotis_without_scales_names_the_missing_rule()
    {
        DecisionMatrix m = OneColumn(Criterion.Benefit("c"), 1, 2);
        McdaRuleException e = Reject.Rule<McdaRuleException>(() => new Spotis().Evaluate(m, CriteriaWeights.Equal(1)), "matrix", "needs bounds for every criterion", "'c'");
        Assert.Equal(McdaRule.MissingFixedScale, e.Rule);
    }

    // ---------------------------------------------------------------- TOPSIS

    [Fact]
    public void Topsis_with_many_criteria_gives_a_dominating_alternative_closeness_one()
    {
        // 16 benefit criteria (wider than any Vector<double>), a = 2 and b = 1 everywhere: a is the ideal point and b the
        // anti-ideal, so D⁺_a = 0, D⁻_b = 0 and C = (1, 0) exactly (Hwang and Yoon 1981 §3.3.4).
        const int m = 16;
        double[] values = [.. Enumerable.Repeat(2.0, m), .. Enumerable.Repeat(1.0, m)];
        DecisionMatrix matrix = DecisionMatrix.FromRowMajor(["a", "b"], Enumerable.Range(0, m).Select(j => Criterion.Benefit("c" + j)), values);
        TopsisResult r = new Topsis().Evaluate(matrix, CriteriaWeights.Equal(m));
        Assert.Equal([1.0, 0], r.Closeness.ToArray());
        Assert.Equal(0, r.DistanceToIdeal[0]);
        Assert.Equal(0, r.DistanceToAntiIdeal[1]);
    }

    [Fact]
    public void Topsis_with_every_criterion_constant_is_a_constant_column_error()
    {
        DecisionMatrix m = DecisionMatrix.FromRows(["a", "b"], [Criterion.Benefit("c1"), Criterion.Cost("c2")], [[5.0, 2], [5, 2]]);
        McdaRuleException e = Reject.Rule<McdaRuleException>(() => new Topsis().Evaluate(m, CriteriaWeights.Equal(2)), "matrix", "every criterion is constant");
        Assert.Equal(McdaRule.ConstantColumn, e.Rule);
    }

    [Fact]
    public void Topsis_weighted_matrix_is_weight_times_normalised_value()
    {
        // Min-max as benefit (TOPSIS normalises every column as benefit): npv (100, 200, 300) → (0, .5, 1);
        // risk (3, 1, 2) → (x − 1)/2 = (1, 0, .5). v = w·r with w = (.6, .4): (0, .4), (.3, 0), (.6, .2).
        TopsisResult r = new Topsis(NormalizationMethod.MinMax).Evaluate(HandWorkedTests.Projects(), HandWorkedTests.W());
        double[] expected = [0, 0.4, 0.3, 0, 0.6, 0.2];
        Assert.Equal(expected, r.WeightedMatrix.Values.ToArray(), (x, y) => Math.Abs(x - y) <= Tol);
    }

    // ---------------------------------------------------------------- VIKOR

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Vikor_accepts_v_at_both_ends_of_the_unit_interval(double v)
    {
        Assert.Equal(v, new Vikor(v).V);
    }

    [Fact]
    public void Vikor_rejects_v_just_outside_the_unit_interval()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new Vikor(-double.Epsilon), "v", "v must lie in [0, 1]");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new Vikor(Math.BitIncrement(1.0)), "v", "v must lie in [0, 1]");
    }

    [Fact]
    public void Vikor_advantage_holds_when_the_gap_equals_DQ_exactly()
    {
        // a dominates b on one criterion: d = (0, 1), S = R = (0, 1), Q = (0, 0.5·1 + 0.5·1 = 1). n = 2: DQ = 1/(2 − 1) = 1.
        // C1 is Q(a'') − Q(a') ≥ DQ (Opricovic and Tzeng 2004 §3.1): 1 − 0 ≥ 1 holds.
        DecisionMatrix m = OneColumn(Criterion.Benefit("c"), 2, 1);
        VikorResult r = new Vikor().Evaluate(m, CriteriaWeights.Equal(1));
        Assert.Equal([0.0, 1], r.Q.ToArray());
        Assert.Equal(1, r.AdvantageThreshold);
        Assert.True(r.AcceptableAdvantage);
        Assert.True(r.AcceptableStability);
        Assert.Equal(["x0"], r.CompromiseSet.ToArray());
    }

    [Fact]
    public void Vikor_compromise_set_stops_at_the_first_alternative_DQ_behind()
    {
        // One benefit criterion x = (8, 7, 6, 4, 0): d = (8 − x)/8 = (0, 1/8, 1/4, 1/2, 1) = S = R (w = 1), so
        // Q = 0.5·d + 0.5·d = d. n = 5: DQ = 1/4. C1 fails (1/8 − 0 < 1/4); the set is a', a'', … while
        // Q − Q(a') < DQ (strictly): x0 (0), x1 (1/8); x2 has Q − Q(a') = 1/4, not < 1/4, so it is left out.
        DecisionMatrix m = OneColumn(Criterion.Benefit("c"), 8, 7, 6, 4, 0);
        VikorResult r = new Vikor().Evaluate(m, CriteriaWeights.Equal(1));
        Assert.Equal([0.0, 0.125, 0.25, 0.5, 1], r.Q.ToArray());
        Assert.Equal(0.25, r.AdvantageThreshold);
        Assert.False(r.AcceptableAdvantage);
        Assert.Equal(["x0", "x1"], r.CompromiseSet.ToArray());
    }

    [Fact]
    public void Vikor_scorer_takes_a_zero_range_term_as_zero()
    {
        // a = (1, 0), b = (0, 1), both benefit, w = (.5, .5): d_a = (0, 1), d_b = (1, 0); S = (.5, .5), R = (.5, .5).
        // Both ranges are 0, so both terms of Q are taken as 0 (class remarks): Q = (0, 0), never NaN.
        DecisionMatrix m = DecisionMatrix.FromRows(["a", "b"], [Criterion.Benefit("c1"), Criterion.Benefit("c2")], [[1.0, 0], [0, 1]]);
        IMcdaScorer scorer = new Vikor().Prepare(m);
        double[] q = new double[2];
        scorer.Score([0.5, 0.5], q);
        Assert.Equal([0.0, 0], q);
    }

    // ---------------------------------------------------------------- Weighted product and weighted sum

    [Fact]
    public void Weighted_product_accepts_sum_normalisation()
    {
        // Sum with reciprocal cost: npv (1/6, 1/3, 1/2); risk (2/11, 6/11, 3/11) (HandWorkedTests);
        // P_i = r_npv^0.6 · r_risk^0.4.
        var method = new WeightedProduct(NormalizationMethod.Sum);
        Assert.Equal(NormalizationMethod.Sum, method.NormalizationMethod);
        WeightedProductResult r = method.Evaluate(HandWorkedTests.Projects(), HandWorkedTests.W());
        double[] expected =
        [
            Math.Pow(1 / 6.0, 0.6) * Math.Pow(2 / 11.0, 0.4),
            Math.Pow(1 / 3.0, 0.6) * Math.Pow(6 / 11.0, 0.4),
            Math.Pow(1 / 2.0, 0.6) * Math.Pow(3 / 11.0, 0.4),
        ];
        Assert.Equal(expected, r.Preferences.ToArray(), (x, y) => Math.Abs(x - y) <= 1e-9);
    }

    [Theory]
    [InlineData(NormalizationMethod.MinMax)]
    [InlineData(NormalizationMethod.FixedBounds)]
    public void Weighted_product_rejects_a_non_ratio_normalisation_with_the_rule(NormalizationMethod method)
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new WeightedProduct(method), "normalization", "needs a ratio normalisation");
    }

    [Fact]
    public void Weighted_sum_result_exposes_the_normalised_matrix()
    {
        // Min-max complement (HandWorkedTests): npv (0, .5, 1), risk (3 − x)/2 = (0, 1, .5); row-major.
        WeightedSumResult r = new WeightedSum().Evaluate(HandWorkedTests.Projects(), HandWorkedTests.W());
        Assert.Equal([0.0, 0, 0.5, 1, 1, 0.5], r.NormalizedMatrix.Values.ToArray());
    }

    // ---------------------------------------------------------------- McdaMatrix.Row

    [Fact]
    public void McdaMatrix_row_returns_that_row_and_checks_the_index()
    {
        // Min-max complement rows: a (0, 0), b (.5, 1), c (1, .5).
        McdaMatrix r = Normalization.Normalize(HandWorkedTests.Projects(), NormalizationMethod.MinMax);
        Assert.Equal([0.5, 1], r.Row(1).ToArray());
        Assert.Equal([1.0, 0.5], r.Row(2).ToArray());
        Assert.Equal("row", Assert.Throws<ArgumentOutOfRangeException>(() => { _ = r.Row(-1); }).ParamName);
        Assert.Equal("row", Assert.Throws<ArgumentOutOfRangeException>(() => { _ = r.Row(3); }).ParamName);
    }

    // ---------------------------------------------------------------- Normalization

    [Fact]
    public void Normalize_rejects_null_and_undefined_arguments_by_name()
    {
        DecisionMatrix m = HandWorkedTests.Projects();
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => Normalization.Normalize(null!, NormalizationMethod.MinMax)).ParamName);
        Reject.Rule<ArgumentOutOfRangeException>(() => Normalization.Normalize(m, (NormalizationMethod)99), "method", "method must be a defined NormalizationMethod");
        Reject.Rule<ArgumentOutOfRangeException>(() => Normalization.Normalize(m, NormalizationMethod.MinMax, (CostHandling)99), "costHandling", "costHandling must be a defined CostHandling");
    }

    [Fact]
    public void NormalizeColumn_rejects_bad_arguments_by_name()
    {
        double[] values = [1, 2];
        double[] destination = new double[2];
        Assert.Equal("criterion", Assert.Throws<ArgumentNullException>(() => Normalization.NormalizeColumn(values, null!, NormalizationMethod.MinMax, CostHandling.Complement, destination)).ParamName);

        // A criterion with a scale, so an undefined method could not fall through to another branch unnoticed.
        Criterion scaled = Criterion.Benefit("c", 0, 10);
        Reject.Rule<ArgumentOutOfRangeException>(() => Normalization.NormalizeColumn(values, scaled, (NormalizationMethod)99, CostHandling.Complement, destination), "method", "method must be a defined NormalizationMethod");
        Reject.Rule<ArgumentOutOfRangeException>(() => Normalization.NormalizeColumn(values, scaled, NormalizationMethod.FixedBounds, (CostHandling)99, destination), "costHandling", "costHandling must be a defined CostHandling");
        Reject.Rule<ArgumentException>(() => Normalization.NormalizeColumn([], scaled, NormalizationMethod.MinMax, CostHandling.Complement, destination), "values", "At least one value is needed");
        Reject.Rule<ArgumentException>(() => Normalization.NormalizeColumn(values, scaled, NormalizationMethod.MinMax, CostHandling.Complement, new double[3]), "destination", "destination must have 2 elements (got 3)");
    }

    [Fact]
    public void NormalizeColumn_names_the_method_and_the_offending_value()
    {
        // Max normalisation needs every value > 0; the second value (index 1, reported as alternative 'a1') is 0.
        double[] destination = new double[2];
        McdaRuleException e = Reject.Rule<McdaRuleException>(
            () => Normalization.NormalizeColumn([2.0, 0], Criterion.Benefit("c"), NormalizationMethod.Max, CostHandling.Complement, destination),
            "matrix",
            "Max normalisation takes ratios",
            "criterion 'c' has 0 for alternative 'a1'");
        Assert.Equal(McdaRule.NonPositiveValue, e.Rule);
    }

    [Fact]
    public void Normalize_messages_name_the_method_and_the_rule()
    {
        McdaRuleException constant = Reject.Rule<McdaRuleException>(
            () => Normalization.Normalize(OneColumn(Criterion.Benefit("c"), 4, 4), NormalizationMethod.MinMax), "matrix", "MinMax normalisation divides by each column's range");
        Assert.Equal(McdaRule.ConstantColumn, constant.Rule);

        McdaRuleException zero = Reject.Rule<McdaRuleException>(
            () => Normalization.Normalize(OneColumn(Criterion.Benefit("c"), 0, 0), NormalizationMethod.Vector), "matrix", "Vector normalisation divides by each column's norm, but criterion 'c' has every value zero");
        Assert.Equal(McdaRule.ZeroNorm, zero.Rule);

        McdaRuleException scale = Reject.Rule<McdaRuleException>(
            () => Normalization.Normalize(OneColumn(Criterion.Benefit("c"), 1, 2), NormalizationMethod.FixedBounds), "matrix", "FixedBounds normalisation needs every criterion to have a fixed scale");
        Assert.Equal(McdaRule.MissingFixedScale, scale.Rule);

        McdaRuleException reciprocal = Reject.Rule<McdaRuleException>(
            () => Normalization.Normalize(OneColumn(Criterion.Cost("c", 0, 4), 1, 2), NormalizationMethod.FixedBounds, CostHandling.Reciprocal),
            "matrix",
            "with reciprocal cost handling needs the fixed scale of criterion 'c' to start above zero");
        Assert.Equal(McdaRule.NonPositiveValue, reciprocal.Rule);
    }

    [Fact]
    public void Min_max_of_an_all_negative_column_uses_its_true_maximum()
    {
        // x = (−3, −1, −2): min −3, max −1, r = (x + 3)/2 = (0, 1, 0.5).
        McdaMatrix r = Normalization.Normalize(OneColumn(Criterion.Benefit("c"), -3, -1, -2), NormalizationMethod.MinMax);
        Assert.Equal([0.0, 1, 0.5], r.Values.ToArray());
    }

    [Fact]
    public void Fixed_bounds_reciprocal_maps_the_scale_onto_zero_to_one()
    {
        // Cost on [2, 4], reciprocal: t = 1/x runs from 1/4 (worst) to 1/2 (best): r = (1/x − 1/4)/(1/2 − 1/4).
        // x = 2 → 1; x = 4 → 0; x = 2.5 → (0.4 − 0.25)/0.25 = 0.6.
        McdaMatrix r = Normalization.Normalize(OneColumn(Criterion.Cost("c", 2, 4), 2, 4, 2.5), NormalizationMethod.FixedBounds, CostHandling.Reciprocal);
        Assert.Equal(1, r[0, 0], Tol);
        Assert.Equal(0, r[1, 0], Tol);
        Assert.Equal(0.6, r[2, 0], Tol);
    }

    [Fact]
    public void Max_normalisation_finds_a_non_positive_value_in_a_wide_matrix()
    {
        // 16 criteria (wider than any Vector<double>), the zero in the first column: Max needs every value > 0.
        const int m = 16;
        double[] values = [.. Enumerable.Repeat(1.0, 2 * m)];
        values[m] = 0; // alternative b, criterion c0
        DecisionMatrix matrix = DecisionMatrix.FromRowMajor(["a", "b"], Enumerable.Range(0, m).Select(j => Criterion.Benefit("c" + j)), values);
        McdaRuleException e = Assert.Throws<McdaRuleException>(() => Normalization.Normalize(matrix, NormalizationMethod.Max));
        Assert.Equal(McdaRule.NonPositiveValue, e.Rule);
        Assert.Equal("c0", e.CriterionId);
        Assert.Contains("alternative 'b'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_that_overflows_is_refused_naming_the_criterion()
    {
        // min −1e308 and max 1e308 are finite but max − min = 2e308 overflows to +∞ (only the divisor is infinite).
        DecisionMatrix m = OneColumn(Criterion.Benefit("c"), -1e308, 1e308);
        Reject.Rule<ArgumentOutOfRangeException>(
            () => Normalization.Normalize(m, NormalizationMethod.MinMax),
            "matrix",
            "MinMax normalisation: criterion 'c' has values whose range, sum or norm overflows the double range");
    }

    [Fact]
    public void A_reciprocal_that_overflows_is_refused_saying_so()
    {
        // 1e-320 is a positive (subnormal) double; its reciprocal 1e320 overflows to +∞.
        DecisionMatrix m = OneColumn(Criterion.Cost("c"), 1e-320, 1);
        Reject.Rule<ArgumentOutOfRangeException>(
            () => Normalization.Normalize(m, NormalizationMethod.MinMax, CostHandling.Reciprocal),
            "matrix",
            "criterion 'c' has values whose reciprocals, range, sum or norm overflows the double range");
    }
}
