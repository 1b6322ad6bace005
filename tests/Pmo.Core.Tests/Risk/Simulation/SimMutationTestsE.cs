using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Tests.Risk.Simulation;

/// <summary>
/// Pins down the validation messages, boundaries, constants, end points and deep-tail quantiles of Beta-PERT,
/// triangular, Trigen, the <see cref="Distribution"/> base checks and <see cref="ActivityUncertainty"/>
/// (issue 9 §6, Stryker survivors list E).
/// </summary>
public class SimMutationTestsE
{
    // ---------------------------------------------------------------- Beta-PERT: construction

    [Fact]
    public void BetaPert_rejects_a_non_finite_maximum_with_the_finite_number_rule()
    {
        // The NotFinite guard must fire first: without it ∞ would surface as the range-overflow message and NaN as the
        // moment-overflow message, both with ParamName maximum but not this rule.
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new BetaPertDistribution(0, 0, double.PositiveInfinity), "maximum", "maximum must be a finite number");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new BetaPertDistribution(0, 0, double.NaN), "maximum", "maximum must be a finite number");
    }

    [Fact]
    public void BetaPert_order_violations_state_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new BetaPertDistribution(2, 1, 5), "mode", "mode (1) must be ≥ minimum (2)");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new BetaPertDistribution(0, 3, 2), "maximum", "maximum (2) must be ≥ mode (3)");
    }

    [Fact]
    public void BetaPert_rejects_a_range_that_overflows()
    {
        // 1e308 − (−1e308) = 2e308 > double.MaxValue ≈ 1.8e308 → ∞.
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new BetaPertDistribution(-1e308, 0, 1e308), "maximum", "maximum − minimum overflows");
    }

    [Fact]
    public void BetaPert_rejects_a_finite_range_whose_variance_overflows()
    {
        // a = 0, m = 0, b = 1e308: mean (0 + 0 + 1e308)/6 ≈ 1.7e307 is finite, but the variance
        // (μ − a)(b − μ)/7 ≈ 1.7e307 · 8.3e307 / 7 overflows to ∞ (documented: ParamName maximum).
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = new BetaPertDistribution(0, 0, 1e308), "maximum", "BetaPertDistribution's mean", "overflows the double range", "maximum is too large");
    }

    [Fact]
    public void BetaPert_constant_uses_the_documented_alpha_beta_convention()
    {
        // a = m = b: α = β = 1 + λ/2 by convention; λ = 4 → 3, λ = 1 → 1.5.
        var d = new BetaPertDistribution(5, 5, 5);
        Assert.Equal(3, d.Alpha);
        Assert.Equal(3, d.Beta);
        var e = new BetaPertDistribution(5, 5, 5, 1);
        Assert.Equal(1.5, e.Alpha);
        Assert.Equal(1.5, e.Beta);
    }

    [Fact]
    public void BetaPert_constant_near_the_double_limit_has_mean_c_and_variance_0()
    {
        // A constant c has mean c, variance 0. The general formula (a + λm + b)/(λ + 2) would overflow here
        // (4 · 1e308 = ∞), so the constant must not go through it.
        var d = new BetaPertDistribution(1e308, 1e308, 1e308);
        Assert.Equal(1e308, d.Mean);
        Assert.Equal(0, d.Variance);
        Assert.True(d.IsConstant);
    }

    [Fact]
    public void BetaPert_ToString_shows_the_parameters()
    {
        Assert.Equal("BetaPert(1, 2, 5, λ = 4)", new BetaPertDistribution(1, 2, 5).ToString());
    }

    // ---------------------------------------------------------------- Beta-PERT: precise quantile

    [Fact]
    public void BetaPert_precise_quantile_at_0_is_exactly_the_minimum()
    {
        // a = 0, m = 1, b = 4: α = 1 + 4·1/4 = 2, β = 1 + 4·3/4 = 4. F⁻¹(0) = a = 0 exactly (documented: 0 gives the minimum).
        var d = new BetaPertDistribution(0, 1, 4);
        Assert.Equal(0.0, d.QuantilePrecise(0));
    }

    [Fact]
    public void BetaPert_precise_quantile_at_1_is_exactly_the_maximum()
    {
        // a = −4, m = −3, b = 0: α = 2, β = 4. F⁻¹(1) = b = 0 exactly.
        var d = new BetaPertDistribution(-4, -3, 0);
        Assert.Equal(0.0, d.QuantilePrecise(1));
    }

    [Fact]
    public void BetaPert_precise_quantile_rejects_probabilities_outside_the_unit_interval()
    {
        var d = new BetaPertDistribution(0, 1, 4);
        Reject.Rule<ArgumentOutOfRangeException>(() => d.QuantilePrecise(-1e-300), "probability", "must lie in [0, 1]");
        Reject.Rule<ArgumentOutOfRangeException>(() => d.QuantilePrecise(1 + 1e-15), "probability", "must lie in [0, 1]");
    }

    [Fact]
    public void BetaPert_precise_quantile_is_relatively_exact_in_the_deep_left_tail()
    {
        // a = 0, m = 1, b = 3, λ = 6: α = 1 + 6·1/3 = 3, β = 1 + 6·2/3 = 5, B(3, 5) = Γ(3)Γ(5)/Γ(8) = 2·24/5040 = 1/105.
        // Left-tail series: I_z(α, β) = z^α/(α B(α, β)) · (1 + α(1 − β)/(α + 1)·z + …), so for p = 1e-300 (z ≈ 1e-100)
        // the correction is ≈ 1e-100 relative and Q(p) = (p α B)^(1/α) = (1e-300 · 3/105)^(1/3) = ∛(1e-300/35) to double
        // precision. Scaled: x = a + 3z.
        var d = new BetaPertDistribution(0, 1, 3, 6);
        Assert.Equal(3, d.Alpha);
        Assert.Equal(5, d.Beta);
        double expected = 3 * Math.Cbrt(1e-300 / 35);
        Assert.Equal(expected, d.QuantilePrecise(1e-300), expected * 1e-12);

        // The same value through the fast path (v < 2⁻²⁴ goes to the precise quantile, documented).
        Assert.Equal(expected, d.Quantile(1e-300), expected * 1e-12);
    }

    [Fact]
    public void BetaPert_precise_quantile_of_the_smallest_probability_is_a_value_near_the_minimum()
    {
        // a = 0, m = 0, b = 1: α = 1, β = 5, F(z) = 1 − (1 − z)⁵, Q(p) = 1 − (1 − p)^(1/5) ≈ p/5. For p = 4.9e-324
        // (double.Epsilon) Q ≈ 1e-324: the result must be a valid value in [0, 1e-300] (the start value p/5 underflows
        // to 0 here and must fall back to a point inside (0, 1)).
        var d = new BetaPertDistribution(0, 0, 1);
        Assert.InRange(d.QuantilePrecise(double.Epsilon), 0, 1e-300);
    }

    // ---------------------------------------------------------------- Triangular

    [Fact]
    public void Triangular_rejects_a_non_finite_maximum_with_the_finite_number_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new TriangularDistribution(0, 0, double.PositiveInfinity), "maximum", "maximum must be a finite number");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new TriangularDistribution(0, 0, double.NaN), "maximum", "maximum must be a finite number");
    }

    [Fact]
    public void Triangular_order_violations_state_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new TriangularDistribution(2, 1, 5), "mode", "mode (1) must be ≥ minimum (2)");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new TriangularDistribution(0, 3, 2), "maximum", "maximum (2) must be ≥ mode (3)");
    }

    [Fact]
    public void Triangular_rejects_a_range_that_overflows()
    {
        // 1e308 − (−1e308) = 2e308 → ∞ (without this check the variance overflow would be reported instead).
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new TriangularDistribution(-1e308, 0, 1e308), "maximum", "maximum − minimum overflows");
    }

    [Fact]
    public void Triangular_rejects_a_finite_range_whose_variance_overflows()
    {
        // a = c = 0, b = 1e308: mean 1e308/3 finite; variance (b²)/18 with b² = 1e616 → ∞.
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = new TriangularDistribution(0, 0, 1e308), "maximum", "TriangularDistribution's mean", "overflows the double range", "maximum is too large");
    }

    [Fact]
    public void Triangular_constant_with_a_huge_value_has_variance_0()
    {
        // a = c = b = 1e200: a constant has variance 0; the general formula would give ∞ − ∞ = NaN (a² = 1e400 → ∞).
        var d = new TriangularDistribution(1e200, 1e200, 1e200);
        Assert.Equal(0, d.Variance);
        Assert.True(d.IsConstant);
    }

    [Fact]
    public void Triangular_ToString_shows_the_parameters()
    {
        Assert.Equal("Triangular(1, 2, 5)", new TriangularDistribution(1, 2, 5).ToString());
    }

    [Fact]
    public void Triangular_cdf_at_the_mode_uses_the_left_formula()
    {
        // Documented: F(x) = (x − a)²/((b − a)(c − a)) for a ≤ x ≤ c. a = 0, c = 1, b = 3: F(1) = 1/(3·1) = 1/3, one
        // rounding (1.0/3). The right formula 1 − (b − x)²/((b − a)(b − c)) = 1 − 4/6 is mathematically equal but rounds
        // differently (1 − 0.66666666666666663 = 0.33333333333333337), so the exact value pins the branch.
        var d = new TriangularDistribution(0, 1, 3);
        Assert.Equal(1.0 / 3, d.Cdf(1));
    }

    [Fact]
    public void Triangular_cdf_below_the_minimum_is_0()
    {
        var d = new TriangularDistribution(1, 2, 5);
        Assert.Equal(0, d.Cdf(0.5));
        Assert.Equal(0, d.Cdf(double.NegativeInfinity));
    }

    [Fact]
    public void Triangular_cdf_at_the_minimum_is_0_when_the_mode_is_the_minimum()
    {
        // a = c = 0, b = 1: F(x) = 1 − (1 − x)², so F(0) = 0 (a continuous distribution: P(X ≤ a) = 0). The left formula
        // (x − a)²/((b − a)(c − a)) is 0/0 here and must not leak NaN.
        var d = new TriangularDistribution(0, 0, 1);
        Assert.Equal(0, d.Cdf(0));
        Assert.Equal(0.75, d.Cdf(0.5)); // 1 − 0.5² = 0.75
    }

    [Fact]
    public void Triangular_constant_cdf_is_a_step_at_the_value()
    {
        // a = c = b = 5: F(x) = 0 for x < 5, 1 for x ≥ 5 (P(X ≤ 5) = 1).
        var d = new TriangularDistribution(5, 5, 5);
        Assert.Equal(0, d.Cdf(4.5));
        Assert.Equal(1, d.Cdf(5));
    }

    [Fact]
    public void Triangular_quantile_at_the_mode_probability_uses_the_right_formula_and_the_batch_agrees()
    {
        // Documented: F⁻¹(u) = a + √(u(b − a)(c − a)) for u < F(c), else b − √((1 − u)(b − a)(b − c)).
        // a = 0, c = 3, b = 9: F(c) = 3/9 = 1/3 (u = 1.0/3 as a double); the "else" branch gives 9 − √((1 − u)·9·6),
        // which rounds differently from the left branch (√(u·27) = 3): pin the documented branch, and the batch
        // kernel (vector and scalar tail) must be bit-identical to the scalar quantile.
        var d = new TriangularDistribution(0, 3, 9);
        double u = 1.0 / 3;
        Assert.Equal(9 - Math.Sqrt((1 - u) * 9 * 6), d.Quantile(u));
        double[] us = Enumerable.Repeat(u, 9).ToArray();
        var batch = new double[us.Length];
        d.Quantiles(us, batch);
        Assert.All(batch, x => Assert.Equal(BitConverter.DoubleToInt64Bits(d.Quantile(u)), BitConverter.DoubleToInt64Bits(x)));
    }

    // ---------------------------------------------------------------- Trigen

    [Fact]
    public void Trigen_rejects_a_non_finite_high_with_the_finite_number_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => Trigen.Solve(8, 10, double.PositiveInfinity), "high", "high must be a finite number");
        Reject.Rule<ArgumentOutOfRangeException>(() => Trigen.Solve(8, 10, double.NaN), "high", "high must be a finite number");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Trigen_low_probability_must_lie_strictly_inside_0_1(double pl) =>
        Reject.Rule<ArgumentOutOfRangeException>(() => Trigen.Solve(8, 10, 12, pl, 0.9), "lowProbability", "lowProbability must lie in (0, 1)");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Trigen_high_probability_must_lie_strictly_inside_0_1(double ph) =>
        Reject.Rule<ArgumentOutOfRangeException>(() => Trigen.Solve(8, 10, 12, 0.1, ph), "highProbability", "highProbability must lie in (0, 1)");

    [Fact]
    public void Trigen_order_violations_state_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => Trigen.Solve(8, 10, 12, 0.5, 0.5), "highProbability", "must be greater than lowProbability");
        Reject.Rule<ArgumentOutOfRangeException>(() => Trigen.Solve(8, 7, 12), "mode", "mode (7) must be ≥ low (8)");
        Reject.Rule<ArgumentOutOfRangeException>(() => Trigen.Solve(8, 13, 12), "high", "high (12) must be ≥ mode (13)");
        Reject.Rule<ArgumentOutOfRangeException>(() => Trigen.Solve(8, 8, 8), "high", "high (8) must be greater than low (8)", "no triangular distribution");
    }

    [Fact]
    public void Trigen_without_a_finite_solution_is_an_argument_exception()
    {
        // L = −1e308, m = 0, H = 1e308 (symmetric, s = 1/2): g(½) = ½ − √(0.1·½) ≈ 0.276, r = 1e308/0.276 → ∞, a = −∞.
        Reject.Rule<ArgumentException>(() => Trigen.Solve(-1e308, 0, 1e308), "high", "has no finite solution");
    }

    // ---------------------------------------------------------------- Distribution base checks, constant

    [Fact]
    public void Cdf_of_NaN_states_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => new TriangularDistribution(1, 2, 5).Cdf(double.NaN), "x", "x must not be NaN");
    }

    [Fact]
    public void Quantiles_rejects_a_short_destination_and_a_bad_probability_with_its_index()
    {
        var d = new TriangularDistribution(1, 2, 5);
        Reject.Rule<ArgumentException>(() => d.Quantiles([0.1, 0.2], new double[1]), "destination", "destination (length 1) must be at least as long as probabilities (length 2)");
        Reject.Rule<ArgumentOutOfRangeException>(() => d.Quantiles([0.25, 2], new double[2]), "probabilities", "probabilities[1] = 2 must be in [0, 1]");
    }

    [Fact]
    public void Constant_ToString_shows_the_value()
    {
        Assert.Equal("Constant(5)", new ConstantDistribution(5).ToString());
    }

    // ---------------------------------------------------------------- ActivityUncertainty

    [Fact]
    public void ActivityUncertainty_accepts_distributions_whose_minimum_is_exactly_0()
    {
        // Boundary: minimum ≥ 0 is allowed (duration and cost).
        var u = new ActivityUncertainty("A", new TriangularDistribution(0, 1, 2), fixedCost: new ConstantDistribution(0));
        Assert.Equal(0, u.Duration!.Minimum);
        Assert.Equal(0, u.FixedCost!.Minimum);
    }

    [Fact]
    public void ActivityUncertainty_rejects_distributions_that_can_be_negative()
    {
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = new ActivityUncertainty("A", new TriangularDistribution(-1, 1, 2)), "duration", "duration of activity 'A'", "can be negative", "a duration must be ≥ 0");
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = new ActivityUncertainty("A", fixedCost: new TriangularDistribution(-1, 1, 2)), "fixedCost", "fixedCost of activity 'A'", "can be negative", "a cost must be ≥ 0");
    }
}
