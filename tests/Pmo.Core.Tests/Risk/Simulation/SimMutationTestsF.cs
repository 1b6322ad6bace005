using Pmo.Core.Common;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Tests.Risk.Simulation;

/// <summary>
/// Documented behaviour of the normal, lognormal, uniform, discrete and empirical distributions and of
/// <see cref="SampleSummary"/> / <see cref="Histogram"/> that the earlier tests did not pin down (issue 9 §6, Stryker
/// survivors list F): typed rejections with the rule in the message, the moment-overflow guards, exact boundaries,
/// the documented text of ToString, CDF values at ties and outside the support, and small hand-worked values (the
/// arithmetic is in the comments; no expected value was produced by running the code). Integer-valued inputs keep the
/// formatted numbers culture-independent.
/// </summary>
public class SimMutationTestsF
{
    // ---------------------------------------------------------------- NormalDistribution

    [Fact]
    public void Normal_rejects_an_upper_bound_not_above_the_lower_with_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new NormalDistribution(0, 1, 2.0, 1.0), "upperBound", "upperBound (1) must be greater than lowerBound (2)");
    }

    [Fact]
    public void Normal_rejects_a_truncation_interval_without_probability_with_the_rule()
    {
        // [100, 101] lies 100σ above the mean: Φ(−100) underflows to 0, so the mass is 0 in double precision.
        Reject.Rule<ArgumentException>(() => _ = new NormalDistribution(0, 1, 100.0, 101.0), "lowerBound", "The truncation interval", "has zero probability");
    }

    [Fact]
    public void Normal_rejects_a_standard_deviation_whose_variance_overflows()
    {
        // σ = 1e200: σ² = 1e400 > double.MaxValue ≈ 1.8e308, so the variance is ∞ (documented: ParamName standardDeviation).
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new NormalDistribution(0, 1e200), "standardDeviation", "overflows the double range", "standardDeviation is too large");
    }

    [Fact]
    public void Normal_minimum_and_maximum_are_the_truncation_bounds_or_infinite()
    {
        var both = new NormalDistribution(10, 2, 7.0, 15.0);
        Assert.Equal(7, both.Minimum);
        Assert.Equal(15, both.Maximum);
        var lowerOnly = new NormalDistribution(10, 2, 7.0, null);
        Assert.Equal(7, lowerOnly.Minimum);
        Assert.Equal(double.PositiveInfinity, lowerOnly.Maximum);
        var upperOnly = new NormalDistribution(10, 2, null, 12.0);
        Assert.Equal(double.NegativeInfinity, upperOnly.Minimum);
        Assert.Equal(12, upperOnly.Maximum);
    }

    [Fact]
    public void Normal_to_string_names_the_parameters_and_the_truncation_interval()
    {
        Assert.Equal("Normal(10, 2)", new NormalDistribution(10, 2).ToString());
        Assert.Equal("Normal(10, 2) on [7, 15]", new NormalDistribution(10, 2, 7.0, 15.0).ToString());
    }

    // ---------------------------------------------------------------- LogNormalDistribution

    [Fact]
    public void LogNormal_rejects_a_sigma_whose_mean_overflows()
    {
        // Mean exp(μ + σ²/2) = exp(0 + 1600/2) = exp(800) > exp(709.78) ≈ double.MaxValue → ∞ (documented ParamName sigma).
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new LogNormalDistribution(0, 40), "sigma", "overflows the double range");
    }

    [Fact]
    public void LogNormal_factory_rejects_a_negative_standard_deviation_with_the_rule()
    {
        // s must be finite and > 0; s = −1 would otherwise give σ² = ln(1 + 1) = ln 2 and a valid-looking distribution.
        Reject.Rule<ArgumentOutOfRangeException>(() => LogNormalDistribution.FromMeanAndStandardDeviation(1, -1), "standardDeviation", "standardDeviation must be greater than zero");
    }

    [Fact]
    public void LogNormal_factory_rejects_a_ratio_whose_log_variance_underflows_to_zero()
    {
        // s/m = 1e-200: r² = 1e-400 underflows to 0 (the smallest subnormal is about 4.9e-324), so σ² = ln(1 + 0) = 0,
        // which is not a positive log-variance: rejected on standardDeviation (not passed on as σ = 0).
        Reject.Rule<ArgumentOutOfRangeException>(() => LogNormalDistribution.FromMeanAndStandardDeviation(1, 1e-200), "standardDeviation", "gives no finite positive log-variance");
    }

    [Fact]
    public void LogNormal_factory_keeps_a_ratio_so_small_that_one_plus_r_squared_rounds_to_one()
    {
        // m = 1, s = 1e-9: r² = 1e-18 and 1 + 1e-18 rounds to 1 (half an ulp of 1 is 1.1e-16), so ln(1 + r²) is taken
        // as r² (ln(1 + x) = x − x²/2 + …, error 5e-37): σ² = 1e-18, σ = 1e-9, μ = ln 1 − σ²/2 = −5e-19.
        LogNormalDistribution f = LogNormalDistribution.FromMeanAndStandardDeviation(1, 1e-9);
        Assert.Equal(1e-9, f.Sigma, 1e-24);
        Assert.Equal(-5e-19, f.Mu, 1e-30);
    }

    [Fact]
    public void LogNormal_to_string_names_mu_and_sigma()
    {
        Assert.Equal("LogNormal(μ = 1, σ = 2)", new LogNormalDistribution(1, 2).ToString());
    }

    [Fact]
    public void LogNormal_cdf_is_zero_at_and_below_zero_and_one_at_infinity()
    {
        // Support (0, ∞): F(x) = 0 for x ≤ 0 (ln x is undefined below 0), F(+∞) = 1.
        var d = new LogNormalDistribution(0, 1);
        Assert.Equal(0, d.Cdf(-1));
        Assert.Equal(0, d.Cdf(double.NegativeInfinity));
        Assert.Equal(0, d.Cdf(0));
        Assert.Equal(1, d.Cdf(double.PositiveInfinity));

        // The median of a lognormal is e^μ = 1: F(1) = Φ(0) = 1/2.
        Assert.Equal(0.5, d.Cdf(1), 15);
    }

    // ---------------------------------------------------------------- UniformDistribution

    [Fact]
    public void Uniform_rejects_a_non_finite_maximum_with_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new UniformDistribution(0, double.NaN), "maximum", "maximum must be a finite number");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new UniformDistribution(0, double.PositiveInfinity), "maximum", "maximum must be a finite number");
    }

    [Fact]
    public void Uniform_rejects_a_maximum_below_the_minimum_with_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new UniformDistribution(2, 1), "maximum", "maximum (1) must be ≥ minimum (2)");
    }

    [Fact]
    public void Uniform_rejects_an_overflowing_range_with_the_rule()
    {
        // 1e308 − (−1e308) = 2e308 > double.MaxValue → ∞.
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new UniformDistribution(-1e308, 1e308), "maximum", "maximum − minimum overflows");
    }

    [Fact]
    public void Uniform_rejects_a_finite_range_whose_variance_overflows()
    {
        // b − a = 1e200 is finite, the mean 5e199 too, but the variance (1e200)²/12 = 1e400/12 overflows to ∞.
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new UniformDistribution(0, 1e200), "maximum", "overflows the double range");
    }

    [Fact]
    public void Uniform_to_string_names_the_bounds()
    {
        Assert.Equal("Uniform(1, 3)", new UniformDistribution(1, 3).ToString());
    }

    [Fact]
    public void Uniform_cdf_is_zero_below_the_minimum()
    {
        // F(x) = 0 below a (not (x − a)/(b − a) = (0 − 1)/2 = −0.5).
        var d = new UniformDistribution(1, 3);
        Assert.Equal(0, d.Cdf(0));
        Assert.Equal(0, d.Cdf(double.NegativeInfinity));
        Assert.Equal(0, d.Cdf(1));
        Assert.Equal(0.5, d.Cdf(2));
        Assert.Equal(1, d.Cdf(3));
    }

    [Fact]
    public void Uniform_quantile_of_one_is_the_maximum_even_when_a_plus_the_range_rounds_below_it()
    {
        // Documented: Quantile(1) = Maximum. For [−3, 0.3] the range 0.3 + 3 rounds to the double nearest 3.3, and
        // −3 + that lands 2 ulps below 0.3 (0.2999999999999998), so min(b, a + 1·(b − a)) alone would miss b.
        var d = new UniformDistribution(-3, 0.3);
        Assert.Equal(0.3, d.Quantile(1));
        Assert.Equal(-3, d.Quantile(0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(17)]
    public void Uniform_public_batch_maps_one_to_the_maximum_like_the_scalar_quantile(int n)
    {
        // Regression (source fix): the vectorised batch and its scalar tail computed min(b, a + p(b − a)) even for p = 1,
        // giving 0.2999999999999998 instead of b = 0.3 on [−3, 0.3], while Quantile(1) = b and the remarks promise the
        // batch is bit-identical to Quantile. n = 1, 3 use the scalar tail only; n = 17 also the vector loop.
        var d = new UniformDistribution(-3, 0.3);
        double[] p = [.. Enumerable.Repeat(1.0, n)];
        var x = new double[n];
        d.Quantiles(p, x);
        Assert.All(x, v => Assert.Equal(0.3, v));
    }

    // ---------------------------------------------------------------- DiscreteDistribution

    [Fact]
    public void Discrete_rejects_empty_values_with_the_rule()
    {
        Reject.Rule<ArgumentException>(() => _ = new DiscreteDistribution([], []), "values", "values must not be empty");
    }

    [Fact]
    public void Discrete_rejects_a_length_mismatch_with_both_counts()
    {
        Reject.Rule<ArgumentException>(() => _ = new DiscreteDistribution([1, 2], [1.0]), "probabilities", "probabilities has 1 elements but values has 2");
    }

    [Fact]
    public void Discrete_rejects_a_non_finite_value_with_its_index()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new DiscreteDistribution([1, double.NaN], [0.5, 0.5]), "values", "values[1] must be a finite number");
    }

    [Fact]
    public void Discrete_rejects_values_not_strictly_increasing_naming_both_indices()
    {
        Reject.Rule<ArgumentException>(() => _ = new DiscreteDistribution([2, 1], [0.5, 0.5]), "values", "values must be strictly increasing", "values[1] = 1 is not above values[0] = 2");
    }

    [Fact]
    public void Discrete_rejects_a_negative_probability_with_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new DiscreteDistribution([1, 2], [-0.5, 1.5]), "probabilities", "probabilities[0] must be a finite number, zero or positive");
    }

    [Fact]
    public void Discrete_rejects_probabilities_not_summing_to_one_with_the_rule()
    {
        Reject.Rule<ArgumentException>(() => _ = new DiscreteDistribution([1, 2], [0.5, 0.6]), "probabilities", "probabilities must sum to 1 within", "never normalised");
    }

    [Fact]
    public void Discrete_rejects_values_whose_variance_overflows()
    {
        // Mean 0.5·(−1e308) + 0.5·1e308 = 0; variance 0.5·(1e308)² overflows to ∞ (documented ParamName values).
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new DiscreteDistribution([-1e308, 1e308], [0.5, 0.5]), "values", "overflows the double range");
    }

    [Fact]
    public void Discrete_to_string_counts_all_values_and_spans_the_positive_probability_range()
    {
        Assert.Equal("Discrete(3 values on [1, 5])", new DiscreteDistribution([1, 2, 5], [0.2, 0.5, 0.3]).ToString());

        // Zero-probability end values count as values but are outside [Minimum, Maximum] = [1, 2].
        Assert.Equal("Discrete(4 values on [1, 2])", new DiscreteDistribution([0, 1, 2, 3], [0, 0.5, 0.5, 0]).ToString());
    }

    // ---------------------------------------------------------------- EmpiricalDistribution

    [Fact]
    public void Empirical_rejects_an_empty_sample_with_the_rule()
    {
        Reject.Rule<ArgumentException>(() => _ = new EmpiricalDistribution([]), "samples", "samples must not be empty");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Empirical_rejects_a_non_finite_value_with_its_index(double bad)
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new EmpiricalDistribution([1, bad, 2]), "samples", "samples[1] must be a finite number");
    }

    [Fact]
    public void Empirical_rejects_a_sample_whose_variance_overflows()
    {
        // n = 2: mean ((−1e308) + 1e308)/2 / 1 = 0; the segment's second moment (p² + pq + q²)/3 has p² = (1e308)² = ∞,
        // so the variance is not finite (documented ArgumentOutOfRangeException, ParamName samples).
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new EmpiricalDistribution([-1e308, 1e308]), "samples", "overflows the double range");
    }

    [Fact]
    public void Empirical_constant_sample_has_its_value_as_mean_even_near_the_double_limit()
    {
        // One distinct value is a constant: mean = the value, variance 0. The segment formula would compute
        // (1e308 + 1e308)/2 = ∞ first, so the constant case must not go through it.
        var d = new EmpiricalDistribution([1e308, 1e308, 1e308]);
        Assert.True(d.IsConstant);
        Assert.Equal(1e308, d.Mean);
        Assert.Equal(0, d.Variance);
    }

    [Fact]
    public void Empirical_to_string_gives_the_count_and_the_range()
    {
        Assert.Equal("Empirical(n = 3, [1, 3])", new EmpiricalDistribution([3, 1, 2]).ToString());
    }

    [Fact]
    public void Empirical_cdf_is_zero_below_the_sample_and_one_above_it()
    {
        // Outside [x(1), x(n)] = [1, 3] the piecewise-linear CDF is flat at 0 and 1 (not extrapolated:
        // (0 − 1)/(2 − 1)/2 = −0.5 or (1 + (10 − 2)/1)/2 = 4.5).
        var d = new EmpiricalDistribution([1, 2, 3]);
        Assert.Equal(0, d.Cdf(0));
        Assert.Equal(0, d.Cdf(double.NegativeInfinity));
        Assert.Equal(1, d.Cdf(10));
        Assert.Equal(1, d.Cdf(double.PositiveInfinity));
        Assert.Equal(0, d.Cdf(1));
        Assert.Equal(1, d.Cdf(3));
    }

    [Fact]
    public void Empirical_cdf_is_right_continuous_at_ties()
    {
        // F(x(i)) = (i − 1)/(n − 1) with F right-continuous at ties, so at a tied value F takes the largest rank's level.
        // [1, 1, 2]: x(2) = 1 → F(1) = (2 − 1)/2 = 0.5.
        Assert.Equal(0.5, new EmpiricalDistribution([1, 1, 2]).Cdf(1));

        // [1, 2, 2, 3]: x(3) = 2 → F(2) = (3 − 1)/3 = 2/3 (not x(2)'s 1/3).
        Assert.Equal(2.0 / 3, new EmpiricalDistribution([1, 2, 2, 3]).Cdf(2));

        // [1, 3, 3]: the maximum is tied → F(3) = (3 − 1)/2 = 1 (a 0/0 segment must not be interpolated).
        Assert.Equal(1, new EmpiricalDistribution([1, 3, 3]).Cdf(3));
    }

    // ---------------------------------------------------------------- SampleSummary.Of and its statistics

    [Fact]
    public void Summary_rejects_an_empty_sample_with_the_rule()
    {
        Reject.Rule<ArgumentException>(() => SampleSummary.Of([]), "values", "values must hold at least one value");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Summary_rejects_a_non_finite_value_with_its_index(double bad)
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => SampleSummary.Of([1.0, bad, 2]), "values", "values[1] must be finite");
    }

    [Fact]
    public void Summary_rejects_finite_values_whose_mean_overflows()
    {
        // 1e308 + 1e308 = 2e308 > double.MaxValue → the sum and the mean are ∞.
        Reject.Rule<ArgumentOutOfRangeException>(() => SampleSummary.Of([1e308, 1e308]), "values", "overflows the double range");
    }

    [Fact]
    public void Summary_rejects_finite_values_whose_standard_deviation_overflows()
    {
        // Mean (1.5e308 − 1.5e308)/2 = 0 is finite, but the squared deviation (1.5e308)² overflows: s = ∞.
        Reject.Rule<ArgumentOutOfRangeException>(() => SampleSummary.Of([1.5e308, -1.5e308]), "values", "overflows the double range");
    }

    [Fact]
    public void Summary_of_one_value_has_standard_deviation_zero()
    {
        // Documented: "0 for one value" (the n − 1 divisor would give 0/0).
        SampleSummary s = SampleSummary.Of([5.0]);
        Assert.Equal(5, s.Mean);
        Assert.Equal(0, s.StandardDeviation);
    }

    [Fact]
    public void Summary_percentile_accepts_both_ends_of_the_closed_interval()
    {
        // Nearest rank on 1 2 3 4 10: r = max(1, ⌈0·5⌉) = 1 → 1; r = ⌈1·5⌉ = 5 → 10.
        SampleSummary s = SampleSummary.Of([4.0, 1, 3, 2, 10]);
        Assert.Equal(1, s.Percentile(0));
        Assert.Equal(10, s.Percentile(1));
        Assert.Equal(1, s.Percentile(0, PercentileDefinition.LinearInclusive));
        Assert.Equal(10, s.Percentile(1, PercentileDefinition.LinearInclusive));
    }

    [Fact]
    public void Summary_percentile_rejects_an_undefined_definition_with_the_rule()
    {
        SampleSummary s = SampleSummary.Of([4.0, 1, 3, 2, 10]);
        Reject.Rule<ArgumentOutOfRangeException>(() => s.Percentile(0.5, (PercentileDefinition)3), "definition", "definition must be a defined PercentileDefinition");
    }

    [Fact]
    public void Summary_probability_at_or_below_rejects_NaN_with_the_rule()
    {
        SampleSummary s = SampleSummary.Of([1.0, 2]);
        Reject.Rule<ArgumentOutOfRangeException>(() => s.ProbabilityAtOrBelow(double.NaN), "x", "x must not be NaN");
    }

    // ---------------------------------------------------------------- Histogram and S-curve

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Histogram_rejects_a_bin_count_outside_1_to_10000_with_the_rule(int bins)
    {
        SampleSummary s = SampleSummary.Of([4.0, 1, 3, 2, 10]);
        Reject.Rule<ArgumentOutOfRangeException>(() => s.Histogram(bins), nameof(bins), "bins must be in [1, 10,000]", $"(got {bins})");
    }

    [Fact]
    public void Histogram_accepts_exactly_1_and_exactly_10000_bins()
    {
        SampleSummary s = SampleSummary.Of([4.0, 1, 3, 2, 10]);
        Histogram one = s.Histogram(1);
        Assert.Equal(new double[] { 1, 10 }, one.Edges.ToArray());
        Assert.Equal(new[] { 5 }, one.Counts.ToArray());

        Histogram many = s.Histogram(10_000);
        Assert.Equal(10_000, many.Counts.Length);
        Assert.Equal(10_001, many.Edges.Length);
        Assert.Equal(5, many.Counts.Sum());
        Assert.Equal(1, many.Edges[0]);
        Assert.Equal(10, many.Edges[^1]);
    }

    [Fact]
    public void Histogram_of_equal_values_is_one_bin_of_width_zero()
    {
        // Documented: "one bin of width 0 when all values are equal", whatever the bin count asked for.
        Histogram h = SampleSummary.Of([3.0, 3, 3]).Histogram(5);
        Assert.Equal(new double[] { 3, 3 }, h.Edges.ToArray());
        Assert.Equal(new[] { 3 }, h.Counts.ToArray());
        Assert.Equal(3, h.Total);
    }

    [Fact]
    public void Histogram_last_edge_is_exactly_the_maximum()
    {
        // The histogram spans [Minimum, Maximum]: the last edge is the maximum itself, not Minimum + bins·width, which
        // for [0.1, 0.3] in 3 bins rounds away from 0.3 (0.1 + 3·(0.2/3) ≠ 0.3 in binary floating point).
        Histogram h = SampleSummary.Of([0.1, 0.2, 0.3]).Histogram(3);
        Assert.Equal(0.1, h.Edges[0]);
        Assert.Equal(0.3, h.Edges[3]);
        Assert.Equal(3, h.Counts.Sum());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10_002)]
    public void SCurve_rejects_a_point_count_outside_2_to_10001_with_the_rule(int points)
    {
        SampleSummary s = SampleSummary.Of([4.0, 1, 3, 2, 10]);
        Reject.Rule<ArgumentOutOfRangeException>(() => s.SCurve(points), nameof(points), "points must be in [2, 10,001]", $"(got {points})");
    }

    [Fact]
    public void SCurve_accepts_exactly_2_and_exactly_10001_points()
    {
        // Levels 0 and 1 → the minimum 1 and the maximum 10.
        SampleSummary s = SampleSummary.Of([4.0, 1, 3, 2, 10]);
        Assert.Equal([new PercentileValue(0, 1), new PercentileValue(1, 10)], s.SCurve(2).ToArray());

        var many = s.SCurve(10_001);
        Assert.Equal(10_001, many.Length);
        Assert.Equal(new PercentileValue(0, 1), many[0]);
        Assert.Equal(new PercentileValue(1, 10), many[^1]);

        // Level 5000/10000 = 0.5: nearest rank ⌈2.5⌉ = 3 → 3.
        Assert.Equal(new PercentileValue(0.5, 3), many[5_000]);
    }

    [Fact]
    public void Histogram_frequency_is_count_over_total_for_every_bin()
    {
        // 1 2 3 4 10 in 3 bins of width 3: counts 3, 1, 1 of 5 → 3/5 = 0.6, 1/5 = 0.2, 1/5 = 0.2.
        Histogram h = SampleSummary.Of([4.0, 1, 3, 2, 10]).Histogram(3);
        Assert.Equal(0.6, h.Frequency(0));
        Assert.Equal(0.2, h.Frequency(1));
        Assert.Equal(0.2, h.Frequency(2));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Histogram_frequency_rejects_a_bin_that_is_not_an_index_with_the_rule(int bin)
    {
        Histogram h = SampleSummary.Of([4.0, 1, 3, 2, 10]).Histogram(3);
        Reject.Rule<ArgumentOutOfRangeException>(() => h.Frequency(bin), nameof(bin), "bin must be in [0, 2]", $"(got {bin})");
    }
}
