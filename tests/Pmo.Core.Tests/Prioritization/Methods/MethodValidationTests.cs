using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Methods;

/// <summary>One test per validation rule of the normalisations and methods: exception type, parameter name, rule and criterion.</summary>
public class MethodValidationTests
{
    private static DecisionMatrix M(double[][] rows, params Criterion[] criteria) =>
        DecisionMatrix.FromRows(rows.Select((_, i) => "a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), criteria, rows);

    private static McdaRuleException Rule(Action act, McdaRule rule, string? criterion)
    {
        McdaRuleException e = Assert.Throws<McdaRuleException>(act);
        Assert.Equal(rule, e.Rule);
        Assert.Equal(criterion, e.CriterionId);
        Assert.Equal("matrix", e.ParamName);
        return e;
    }

    [Fact]
    public void Constant_column_is_an_error_where_the_range_divides()
    {
        DecisionMatrix m = M([[1, 5], [2, 5]], Criterion.Benefit("x"), Criterion.Cost("flat"));
        McdaRuleException e = Rule(() => new WeightedSum().Evaluate(m, CriteriaWeights.Equal(2)), McdaRule.ConstantColumn, "flat");
        Assert.Contains("flat", e.Message, StringComparison.Ordinal);
        Rule(() => Normalization.Normalize(m, NormalizationMethod.MinMax), McdaRule.ConstantColumn, "flat");
        Rule(() => new Vikor().Evaluate(m, CriteriaWeights.Equal(2)), McdaRule.ConstantColumn, "flat");
        Rule(() => new Topsis(NormalizationMethod.MinMax).Prepare(m), McdaRule.ConstantColumn, "flat");

        // Max, sum and vector do not divide by the range: a constant column is fine there.
        Assert.Equal(1.0, Normalization.Normalize(m, NormalizationMethod.Max, CostHandling.Reciprocal)[1, 1]);
    }

    [Fact]
    public void Topsis_with_every_criterion_constant_is_an_error_not_nan()
    {
        DecisionMatrix m = M([[3, 5], [3, 5]], Criterion.Benefit("x"), Criterion.Cost("y"));
        Rule(() => new Topsis().Evaluate(m, CriteriaWeights.Equal(2)), McdaRule.ConstantColumn, "x");
        Rule(() => new Topsis().Prepare(m), McdaRule.ConstantColumn, "x");
    }

    [Theory]
    [InlineData(NormalizationMethod.Max, CostHandling.Complement, 0.0)]
    [InlineData(NormalizationMethod.Sum, CostHandling.Complement, -1.0)]
    [InlineData(NormalizationMethod.Vector, CostHandling.Reciprocal, 0.0)]
    [InlineData(NormalizationMethod.MinMax, CostHandling.Reciprocal, -2.0)]
    public void Non_positive_value_is_an_error_for_ratios_and_reciprocals(NormalizationMethod method, CostHandling cost, double bad)
    {
        DecisionMatrix m = M([[1, 3], [2, bad]], Criterion.Benefit("x"), Criterion.Cost("y"));
        McdaRuleException e = Rule(() => Normalization.Normalize(m, method, cost), McdaRule.NonPositiveValue, "y");
        Assert.Contains("a1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_positive_value_is_an_error_for_the_product_methods()
    {
        DecisionMatrix m = M([[1, 3], [-2, 4]], Criterion.Benefit("x"), Criterion.Cost("y"));
        Rule(() => new WeightedProduct().Evaluate(m, CriteriaWeights.Equal(2)), McdaRule.NonPositiveValue, "x");
        Rule(() => new WeightedProduct(NormalizationMethod.Vector).Prepare(m), McdaRule.NonPositiveValue, "x");
        Rule(() => new Waspas().Evaluate(m, CriteriaWeights.Equal(2)), McdaRule.NonPositiveValue, "x");
    }

    [Fact]
    public void Zero_norm_is_an_error_for_vector_normalisation()
    {
        DecisionMatrix m = M([[1, 0], [2, 0]], Criterion.Benefit("x"), Criterion.Benefit("zeros"));
        Rule(() => new Topsis().Evaluate(m, CriteriaWeights.Equal(2)), McdaRule.ZeroNorm, "zeros");
    }

    [Fact]
    public void Missing_fixed_scale_is_an_error_for_fixed_bounds_and_spotis()
    {
        DecisionMatrix m = M([[1, 2], [2, 3]], Criterion.Benefit("x", 0, 5), Criterion.Benefit("open"));
        Rule(() => Normalization.Normalize(m, NormalizationMethod.FixedBounds), McdaRule.MissingFixedScale, "open");
        Rule(() => new Spotis().Evaluate(m, CriteriaWeights.Equal(2)), McdaRule.MissingFixedScale, "open");
    }

    [Fact]
    public void Reciprocal_fixed_bounds_need_a_scale_above_zero()
    {
        DecisionMatrix m = M([[1], [2]], Criterion.Cost("y", 0, 5));
        Rule(() => Normalization.Normalize(m, NormalizationMethod.FixedBounds, CostHandling.Reciprocal), McdaRule.NonPositiveValue, "y");
    }

    [Fact]
    public void Value_outside_explicit_spotis_bounds_is_an_error()
    {
        DecisionMatrix m = M([[1, 2], [2, 30]], Criterion.Benefit("x"), Criterion.Benefit("y"));
        Rule(() => new Spotis([0, 0], [10, 10]).Evaluate(m, CriteriaWeights.Equal(2)), McdaRule.OutsideBounds, "y");
    }

    [Fact]
    public void Options_must_fit_the_matrix()
    {
        DecisionMatrix m = M([[1, 2], [2, 3]], Criterion.Benefit("x"), Criterion.Benefit("y"));
        Rule(() => new Spotis([0], [10]).Evaluate(m, CriteriaWeights.Equal(2)), McdaRule.OptionsMismatch, null);
        Rule(() => new Promethee2([PreferenceFunction.Usual()]).Evaluate(m, CriteriaWeights.Equal(2)), McdaRule.OptionsMismatch, null);
    }

    [Fact]
    public void Pairwise_methods_need_two_alternatives()
    {
        DecisionMatrix m = M([[1, 2]], Criterion.Benefit("x"), Criterion.Benefit("y"));
        Rule(() => new Vikor().Evaluate(m, CriteriaWeights.Equal(2)), McdaRule.TooFewAlternatives, null);
        Rule(() => new Promethee2(PreferenceFunction.Usual()).Prepare(m), McdaRule.TooFewAlternatives, null);
    }

    public static TheoryData<IMcdaMethod> Methods() =>
    [
        new WeightedSum(), new WeightedProduct(), new Waspas(), new Topsis(), new Vikor(), new Promethee2(PreferenceFunction.Usual()), new Spotis([0, 0], [10, 10]),
    ];

    [Theory]
    [MemberData(nameof(Methods))]
    public void Weights_must_match_the_criteria(IMcdaMethod method)
    {
        DecisionMatrix m = M([[1, 2], [2, 3]], Criterion.Benefit("x"), Criterion.Benefit("y"));
        ArgumentException e = Assert.Throws<ArgumentException>(() => method.Evaluate(m, CriteriaWeights.Equal(3)));
        Assert.Equal("weights", e.ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => method.Evaluate(null!, CriteriaWeights.Equal(2))).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentNullException>(() => method.Evaluate(m, null!)).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => method.Prepare(null!)).ParamName);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Scorer_spans_must_have_the_right_length(IMcdaMethod method)
    {
        DecisionMatrix m = M([[1, 2], [2, 3]], Criterion.Benefit("x"), Criterion.Benefit("y"));
        IMcdaScorer s = method.Prepare(m);
        Assert.Equal(2, s.AlternativeCount);
        Assert.Equal(2, s.CriterionCount);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => s.Score([1.0], new double[2])).ParamName);
        Assert.Equal("preferences", Assert.Throws<ArgumentException>(() => s.Score([0.5, 0.5], new double[3])).ParamName);
        Assert.False(string.IsNullOrWhiteSpace(method.Name));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Vikor_v_must_lie_in_the_unit_interval(double v) =>
        Assert.Equal("v", Assert.Throws<ArgumentOutOfRangeException>(() => new Vikor(v)).ParamName);

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Waspas_lambda_must_lie_in_the_unit_interval(double lambda) =>
        Assert.Equal("lambda", Assert.Throws<ArgumentOutOfRangeException>(() => new Waspas(lambda)).ParamName);

    [Theory]
    [InlineData(NormalizationMethod.MinMax)]
    [InlineData(NormalizationMethod.FixedBounds)]
    public void Weighted_product_needs_a_ratio_normalisation(NormalizationMethod method) =>
        Assert.Equal("normalization", Assert.Throws<ArgumentOutOfRangeException>(() => new WeightedProduct(method)).ParamName);

    [Fact]
    public void Undefined_enums_are_rejected()
    {
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => new WeightedSum((NormalizationMethod)9)).ParamName);
        Assert.Equal("costHandling", Assert.Throws<ArgumentOutOfRangeException>(() => new WeightedSum(NormalizationMethod.Max, (CostHandling)9)).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => new Topsis((NormalizationMethod)9)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new Topsis { TiePolicy = (TiePolicy)9 }).ParamName);
    }

    [Fact]
    public void NormalizeColumn_checks_its_spans()
    {
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Normalization.NormalizeColumn([], Criterion.Benefit("x"), NormalizationMethod.Max, CostHandling.Complement, [])).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Normalization.NormalizeColumn([1.0], Criterion.Benefit("x"), NormalizationMethod.Max, CostHandling.Complement, new double[2])).ParamName);
    }

    [Theory]
    [InlineData(-1.0, 2.0)]
    [InlineData(double.NaN, 2.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(1.0, double.PositiveInfinity)]
    public void Preference_thresholds_are_checked(double q, double p)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => PreferenceFunction.Linear(q, p));
        Assert.Equal(q is >= 0 and < double.PositiveInfinity ? "p" : "q", e.ParamName);
        Assert.Equal(e.ParamName, Assert.Throws<ArgumentOutOfRangeException>(() => PreferenceFunction.Level(q, p)).ParamName);
    }

    [Fact]
    public void Single_parameter_preference_functions_are_checked()
    {
        Assert.Equal("q", Assert.Throws<ArgumentOutOfRangeException>(() => PreferenceFunction.UShape(-1)).ParamName);
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => PreferenceFunction.VShape(0)).ParamName);
        Assert.Equal("s", Assert.Throws<ArgumentOutOfRangeException>(() => PreferenceFunction.Gaussian(double.NaN)).ParamName);
        Assert.Equal("functions", Assert.Throws<ArgumentException>(() => new Promethee2(Array.Empty<PreferenceFunction>())).ParamName);
        Assert.Equal("functions", Assert.Throws<ArgumentNullException>(() => new Promethee2([null!])).ParamName);
        Assert.Equal("function", Assert.Throws<ArgumentNullException>(() => new Promethee2((PreferenceFunction)null!)).ParamName);
    }

    [Fact]
    public void Spotis_bounds_are_checked()
    {
        Assert.Equal("maximum", Assert.Throws<ArgumentException>(() => new Spotis([0.0], [1.0, 2])).ParamName);
        Assert.Equal("maximum", Assert.Throws<ArgumentOutOfRangeException>(() => new Spotis([1.0], [1.0])).ParamName);
        Assert.Equal("minimum", Assert.Throws<ArgumentOutOfRangeException>(() => new Spotis([double.NaN], [1.0])).ParamName);
        Assert.Equal("minimum", Assert.Throws<ArgumentNullException>(() => new Spotis(null!, [1.0])).ParamName);
    }
}
