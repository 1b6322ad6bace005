using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Tests.Risk.Simulation;

/// <summary>One test per validation rule: exception type and ParamName.</summary>
public class DistributionValidationTests
{
    [Theory]
    [InlineData(double.NaN, 1, 2, 4, "minimum")]
    [InlineData(0, double.NaN, 2, 4, "mode")]
    [InlineData(0, 1, double.PositiveInfinity, 4, "maximum")]
    [InlineData(0, 1, 2, 0, "shape")]
    [InlineData(0, 1, 2, -1, "shape")]
    [InlineData(0, 1, 2, double.PositiveInfinity, "shape")]
    [InlineData(1, 0, 2, 4, "mode")]
    [InlineData(0, 3, 2, 4, "maximum")]
    [InlineData(-1e308, 0, 1e308, 4, "maximum")]
    public void BetaPert(double a, double m, double b, double shape, string param)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new BetaPertDistribution(a, m, b, shape));
        Assert.Equal(param, e.ParamName);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void BetaPert_precise_quantile_probability(double p)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new BetaPertDistribution(0, 1, 2).QuantilePrecise(p));
        Assert.Equal("probability", e.ParamName);
    }

    [Theory]
    [InlineData(double.NaN, 1, "minimum")]
    [InlineData(0, double.NegativeInfinity, "maximum")]
    [InlineData(2, 1, "maximum")]
    [InlineData(-1e308, 1e308, "maximum")]
    public void Uniform(double a, double b, string param)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new UniformDistribution(a, b));
        Assert.Equal(param, e.ParamName);
    }

    [Theory]
    [InlineData(double.NaN, 1, null, null, "mean")]
    [InlineData(0, 0, null, null, "standardDeviation")]
    [InlineData(0, -1, null, null, "standardDeviation")]
    [InlineData(0, double.NaN, null, null, "standardDeviation")]
    [InlineData(0, 1, double.NegativeInfinity, null, "lowerBound")]
    [InlineData(0, 1, null, double.NaN, "upperBound")]
    [InlineData(0, 1, 2.0, 2.0, "upperBound")]
    [InlineData(0, 1, 2.0, 1.0, "upperBound")]
    public void Normal(double mu, double sigma, double? lower, double? upper, string param)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new NormalDistribution(mu, sigma, lower, upper));
        Assert.Equal(param, e.ParamName);
    }

    [Fact]
    public void Normal_truncation_without_probability_mass()
    {
        var e = Assert.Throws<ArgumentException>(() => new NormalDistribution(0, 1, 100, 101));
        Assert.Equal("lowerBound", e.ParamName);
    }

    [Theory]
    [InlineData(double.NaN, 1, "mu")]
    [InlineData(0, 0, "sigma")]
    [InlineData(0, double.PositiveInfinity, "sigma")]
    public void LogNormal(double mu, double sigma, string param)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new LogNormalDistribution(mu, sigma));
        Assert.Equal(param, e.ParamName);
    }

    [Theory]
    [InlineData(0, 1, "mean")]
    [InlineData(-1, 1, "mean")]
    [InlineData(1, 0, "standardDeviation")]
    [InlineData(1, double.NaN, "standardDeviation")]
    [InlineData(1e-300, 1e300, "standardDeviation")]
    public void LogNormal_from_mean_and_standard_deviation(double mean, double sd, string param)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => LogNormalDistribution.FromMeanAndStandardDeviation(mean, sd));
        Assert.Equal(param, e.ParamName);
    }

    [Fact]
    public void Discrete_null_arguments()
    {
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => new DiscreteDistribution(null!, [1.0])).ParamName);
        Assert.Equal("probabilities", Assert.Throws<ArgumentNullException>(() => new DiscreteDistribution([1.0], null!)).ParamName);
    }

    [Fact]
    public void Discrete_empty() =>
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => new DiscreteDistribution([], [])).ParamName);

    [Fact]
    public void Discrete_length_mismatch() =>
        Assert.Equal("probabilities", Assert.Throws<ArgumentException>(() => new DiscreteDistribution([1, 2], [1.0])).ParamName);

    [Fact]
    public void Discrete_values_not_strictly_increasing()
    {
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => new DiscreteDistribution([1, 1], [0.5, 0.5])).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => new DiscreteDistribution([2, 1], [0.5, 0.5])).ParamName);
    }

    [Fact]
    public void Discrete_value_not_finite() =>
        Assert.Equal("values", Assert.Throws<ArgumentOutOfRangeException>(() => new DiscreteDistribution([1, double.NaN], [0.5, 0.5])).ParamName);

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Discrete_probability_not_finite_or_negative(double p) =>
        Assert.Equal("probabilities", Assert.Throws<ArgumentOutOfRangeException>(() => new DiscreteDistribution([1, 2], [p, 1.1])).ParamName);

    [Theory]
    [InlineData(0.5, 0.6)]
    [InlineData(0.5, 0.4999999)]
    [InlineData(0.5, 0.5 + 2e-9)]
    public void Discrete_probabilities_must_sum_to_one_and_are_never_normalised(double p1, double p2) =>
        Assert.Equal("probabilities", Assert.Throws<ArgumentException>(() => new DiscreteDistribution([1, 2], [p1, p2])).ParamName);

    [Fact]
    public void Empirical_rules()
    {
        Assert.Equal("samples", Assert.Throws<ArgumentNullException>(() => new EmpiricalDistribution(null!)).ParamName);
        Assert.Equal("samples", Assert.Throws<ArgumentException>(() => new EmpiricalDistribution([])).ParamName);
        Assert.Equal("samples", Assert.Throws<ArgumentOutOfRangeException>(() => new EmpiricalDistribution([1, double.NaN])).ParamName);
    }

    [Fact]
    public void Constant_not_finite() =>
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new ConstantDistribution(double.NaN)).ParamName);

    [Fact]
    public void Base_class_rules()
    {
        var d = new BetaPertDistribution(0, 1, 2);
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => d.Cdf(double.NaN)).ParamName);
        Assert.Equal("probability", Assert.Throws<ArgumentOutOfRangeException>(() => d.Quantile(1.5)).ParamName);
        Assert.Equal("probabilities", Assert.Throws<ArgumentOutOfRangeException>(() => d.Quantiles([0.5, -1], new double[2])).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => d.Quantiles([0.5, 0.5], new double[1])).ParamName);
    }
}
