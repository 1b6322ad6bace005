using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.Scoring;

/// <summary>
/// Documented behaviour of <see cref="ImpactAggregation"/>, <see cref="RiskFactors"/>, <see cref="RiskModifiers"/> and
/// <see cref="ScoreFormulas"/> that the earlier tests did not pin down (issue 9 §6, Stryker survivors list A): typed
/// rejections with the rule in the message, inclusive ends, overflow guards, tie order of the sort keys and small
/// hand-worked values (arithmetic in the comments; no expected value was produced by running the code).
/// </summary>
public class RiskMutationTestsA2
{
    // ---------------------------------------------------------------- ImpactAggregation.WeightedMean

    [Fact]
    public void WeightedMean_rejects_null_weights_as_ArgumentNullException() =>
        Reject.Rule<ArgumentNullException>(() => ImpactAggregation.WeightedMean(null!), "weights");

    [Fact]
    public void WeightedMean_rules_state_the_rule()
    {
        Reject.Rule<ArgumentException>(() => ImpactAggregation.WeightedMean([new(" ", 1)]), "weights", "weights contains a blank dimension id");
        Reject.Rule<ArgumentOutOfRangeException>(() => ImpactAggregation.WeightedMean([new("cost", -1)]), "weights", "weights['cost'] must be a finite number, zero or positive");
        Reject.Rule<ArgumentOutOfRangeException>(() => ImpactAggregation.WeightedMean([new("cost", double.NaN)]), "weights", "weights['cost'] must be a finite number, zero or positive");
        Reject.Rule<ArgumentException>(() => ImpactAggregation.WeightedMean([new("cost", 0), new("schedule", 0)]), "weights", "weights must contain at least one positive weight");
    }

    [Fact]
    public void WeightedMean_rejects_a_repeated_dimension()
    {
        // "ids non-blank and unique"; the first weight is valid, so only the repetition can be at fault.
        Reject.Rule<ArgumentException>(() => ImpactAggregation.WeightedMean([new("cost", 1), new("cost", 2)]), "weights", "weights contains the dimension 'cost' more than once");
    }

    [Fact]
    public void ToString_names_the_kind_and_for_weighted_mean_the_weights_in_ordinal_order()
    {
        // Weights are kept in ordinal order of the ids (Weights is an ordinal ImmutableSortedDictionary): cost before schedule.
        Assert.Equal("WeightedMean(cost=1, schedule=2)", ImpactAggregation.WeightedMean([new("schedule", 2), new("cost", 1)]).ToString());
        Assert.Equal("Max", ImpactAggregation.Max.ToString());
        Assert.Equal("Mean", ImpactAggregation.Mean.ToString());
        Assert.Equal("PerDimensionMax", ImpactAggregation.PerDimensionMax.ToString());
    }

    // ---------------------------------------------------------------- RiskFactors

    [Fact]
    public void Factors_accept_both_ends_of_the_unit_interval()
    {
        // "each in [0, 1]": 0 and 1 are inside the closed interval.
        var f = new RiskFactors(urgency: 0, proximity: 1);
        Assert.Equal(0.0, f.Get(RiskFactor.Urgency));
        Assert.Equal(1.0, f.Get(RiskFactor.Proximity));
        Assert.Null(f.Get(RiskFactor.Velocity));
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RiskFactors(urgency: -0.01), "urgency", "must lie in [0, 1]");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RiskFactors(proximity: 1.01), "proximity", "must lie in [0, 1]");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-1)]
    public void Factors_Get_rejects_an_undefined_factor(int undefined) =>
        Reject.Rule<ArgumentOutOfRangeException>(() => new RiskFactors(urgency: 0.5).Get((RiskFactor)undefined), "factor", "factor is not a defined RiskFactor");

    // ---------------------------------------------------------------- RiskModifiers: construction

    [Fact]
    public void Modifiers_reject_null_weights_as_ArgumentNullException() =>
        Reject.Rule<ArgumentNullException>(() => _ = new RiskModifiers(ModifierMode.Additive, null!), "weights");

    [Fact]
    public void Modifiers_rules_state_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RiskModifiers(ModifierMode.Additive, [new((RiskFactor)9, 1)]), "weights", "which is not a defined RiskFactor");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RiskModifiers(ModifierMode.Additive, [new(RiskFactor.Velocity, -1)]), "weights", "weights[Velocity] must be a finite number, zero or positive");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RiskModifiers(ModifierMode.Additive, [new(RiskFactor.Velocity, double.PositiveInfinity)]), "weights", "weights[Velocity] must be a finite number, zero or positive");
        Reject.Rule<ArgumentException>(() => _ = new RiskModifiers(ModifierMode.Additive, [new(RiskFactor.Urgency, 1), new(RiskFactor.Urgency, 2)]), "weights", "weights weights Urgency more than once");
    }

    [Fact]
    public void Modifiers_reject_weights_whose_sum_overflows_and_report_the_sum()
    {
        // Each weight is finite, but 1e308 + 1e308 = 2e308 > double.MaxValue (≈ 1.798e308): the sum is +∞.
        ArgumentOutOfRangeException e = Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = new RiskModifiers(ModifierMode.Multiplicative, [new(RiskFactor.Urgency, 1e308), new(RiskFactor.Proximity, 1e308)]),
            "weights",
            "The sum of weights must be finite");
        Assert.Equal(double.PositiveInfinity, e.ActualValue);
    }

    [Fact]
    public void Modifiers_accept_a_zero_weight_and_leave_it_out_of_the_sort_keys()
    {
        // "finite, zero or positive": 0 is allowed; the sort keys are the factors with a positive weight only.
        var m = new RiskModifiers(ModifierMode.Additive, [new(RiskFactor.Urgency, 0), new(RiskFactor.Velocity, 0.5)]);
        Assert.Equal(0.0, m.Weight(RiskFactor.Urgency));
        Assert.Equal([RiskFactor.Velocity], m.SortKeys.ToArray());

        // S′ = 0.5 + 0 × 1 + 0.5 × 0.2 = 0.6.
        Assert.Equal(0.6, m.Apply(0.5, new RiskFactors(urgency: 1, velocity: 0.2))!.Value, 12);
    }

    [Fact]
    public void Sort_keys_with_equal_weights_follow_the_enum_order()
    {
        // "ties in weight: the enum order": Urgency (0) before Velocity (2) before Manageability (4), whatever the input order.
        var m = new RiskModifiers(ModifierMode.SecondarySortKeys, [new(RiskFactor.Manageability, 1), new(RiskFactor.Velocity, 1), new(RiskFactor.Urgency, 1), new(RiskFactor.Proximity, 3)]);
        Assert.Equal([RiskFactor.Proximity, RiskFactor.Urgency, RiskFactor.Velocity, RiskFactor.Manageability], m.SortKeys.ToArray());
    }

    [Fact]
    public void Weight_returns_the_given_weight_zero_when_missing_and_rejects_an_undefined_factor()
    {
        var m = new RiskModifiers(ModifierMode.Multiplicative, [new(RiskFactor.Velocity, 0.4)]);
        Assert.Equal(0.4, m.Weight(RiskFactor.Velocity));
        Assert.Equal(0.0, m.Weight(RiskFactor.Detectability)); // "missing factors weigh 0"
        Reject.Rule<ArgumentOutOfRangeException>(() => m.Weight((RiskFactor)5), "factor", "factor is not a defined RiskFactor");
    }

    // ---------------------------------------------------------------- RiskModifiers.Apply

    [Fact]
    public void Apply_rejects_null_factors_even_for_an_undefined_score() =>
        Reject.Rule<ArgumentNullException>(() => new RiskModifiers(ModifierMode.Additive, []).Apply(null, null!), "factors");

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Apply_rejects_a_score_that_is_not_finite(double notFinite) =>
        Reject.Rule<ArgumentOutOfRangeException>(() => new RiskModifiers(ModifierMode.Additive, [new(RiskFactor.Urgency, 1)]).Apply(notFinite, RiskFactors.None), "score", "score must be a finite number");

    [Fact]
    public void Apply_rejects_a_multiplicative_result_that_overflows()
    {
        // S′ = 1e308 × (1 + 1 × 1) = 2e308 > double.MaxValue.
        var m = new RiskModifiers(ModifierMode.Multiplicative, [new(RiskFactor.Urgency, 1)]);
        Reject.Rule<ArgumentOutOfRangeException>(() => m.Apply(1e308, new RiskFactors(urgency: 1)), "score", "The modified score overflows", " × the factors' modifier is not a finite number");
    }

    [Fact]
    public void Apply_rejects_an_additive_result_that_overflows()
    {
        // S′ = 1.5e308 + 1e308 × 1 = 2.5e308 > double.MaxValue.
        var m = new RiskModifiers(ModifierMode.Additive, [new(RiskFactor.Velocity, 1e308)]);
        Reject.Rule<ArgumentOutOfRangeException>(() => m.Apply(1.5e308, new RiskFactors(velocity: 1)), "score", "The modified score overflows", " + the factors' modifier is not a finite number");
    }

    // ---------------------------------------------------------------- RiskModifiers.Compare / Comparer

    [Fact]
    public void Compare_names_the_null_factors_argument()
    {
        var m = new RiskModifiers(ModifierMode.SecondarySortKeys, [new(RiskFactor.Urgency, 1)]);
        Reject.Rule<ArgumentNullException>(() => m.Compare(0.5, null!, 0.5, RiskFactors.None), "factorsA");
        Reject.Rule<ArgumentNullException>(() => m.Compare(0.5, RiskFactors.None, 0.5, null!), "factorsB");
    }

    [Fact]
    public void Compare_on_equal_scores_puts_the_higher_sort_key_first_in_both_directions()
    {
        // Equal scores 0.2; the only sort key is proximity: b (0.9) comes before a (0.1), so Compare(a, b) > 0 and
        // Compare(b, a) < 0 (a negative result means the first argument's risk comes first).
        var m = new RiskModifiers(ModifierMode.SecondarySortKeys, [new(RiskFactor.Proximity, 1)]);
        var a = new RiskFactors(proximity: 0.1);
        var b = new RiskFactors(proximity: 0.9);
        Assert.True(m.Compare(0.2, a, 0.2, b) > 0);
        Assert.True(m.Compare(0.2, b, 0.2, a) < 0);
        Assert.Equal(0, m.Compare(0.2, a, 0.2, new RiskFactors(proximity: 0.1)));
    }

    [Fact]
    public void Comparer_rejects_null_selectors()
    {
        var m = new RiskModifiers(ModifierMode.SecondarySortKeys, [new(RiskFactor.Urgency, 1)]);
        Reject.Rule<ArgumentNullException>(() => m.Comparer<int>(null!, _ => RiskFactors.None), "score");
        Reject.Rule<ArgumentNullException>(() => m.Comparer<int>(_ => 0.5, null!), "factors");
    }

    // ---------------------------------------------------------------- ScoreFormulas

    [Fact]
    public void Evaluate_rejects_a_probability_or_impact_that_is_not_finite_by_name()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => ScoreFormulas.Evaluate(ScoreFormula.ProbabilityTimesImpact, double.NaN, 1), "p", "p must be a finite number");
        Reject.Rule<ArgumentOutOfRangeException>(() => ScoreFormulas.Evaluate(ScoreFormula.PTimesIPlusI, 1, double.PositiveInfinity), "i", "i must be a finite number");
    }

    [Fact]
    public void Evaluate_rejects_a_value_that_overflows()
    {
        // 1e200 × 1e200 = 1e400 > double.MaxValue.
        Reject.Rule<ArgumentOutOfRangeException>(() => ScoreFormulas.Evaluate(ScoreFormula.ProbabilityTimesImpact, 1e200, 1e200), "i", "overflows the double range");
    }

    [Fact]
    public void Evaluate_rejects_an_undefined_formula() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => ScoreFormulas.Evaluate((ScoreFormula)42, 1, 1), "formula", "formula is not a defined ScoreFormula");

    [Fact]
    public void Normalised_divides_by_the_value_at_the_maxima()
    {
        // P·I: 0.3 × 0.2 / (0.9 × 0.8) = 0.06 / 0.72 = 1/12.
        Assert.Equal(1.0 / 12, ScoreFormulas.Normalised(ScoreFormula.ProbabilityTimesImpact, 0.3, 0.2, 0.9, 0.8)!.Value, 12);

        // P·I + 2P: (0.5 × 0.4 + 1.0) / (1 × 0.8 + 2) = 1.2 / 2.8 = 3/7.
        Assert.Equal(3.0 / 7, ScoreFormulas.Normalised(ScoreFormula.PTimesIPlus2P, 0.5, 0.4, 1, 0.8)!.Value, 12);
    }

    [Fact]
    public void Normalised_is_null_when_the_maximum_underflows_to_zero()
    {
        // pMax = iMax = 1e-200 are positive, but 1e-200 × 1e-200 = 1e-400 underflows to 0: "null when f(pMax, iMax) is 0".
        Assert.Null(ScoreFormulas.Normalised(ScoreFormula.ProbabilityTimesImpact, 1e-200, 1e-200, 1e-200, 1e-200));
    }

    [Fact]
    public void Normalised_rejects_a_quotient_that_overflows()
    {
        // f(pMax, iMax) = 1e-160 × 1e-160 = 1e-320 (subnormal, still > 0); f(1, 1) = 1; 1 / 1e-320 = 1e320 > double.MaxValue.
        Reject.Rule<ArgumentOutOfRangeException>(() => ScoreFormulas.Normalised(ScoreFormula.ProbabilityTimesImpact, 1, 1, 1e-160, 1e-160), "iMax", "overflows the double range");
    }
}
