using Pmo.Core.Risk.Simulation;
using MathNetTriangular = MathNet.Numerics.Distributions.Triangular;

namespace Pmo.Core.Tests.Risk.Simulation;

/// <summary>The existing triangular distribution and the Trigen solver.</summary>
public class TriangularAndTrigenTests
{
    [Fact]
    public void Triangular_hand_computed_moments_and_quantiles()
    {
        // a = 0, c = 3, b = 6: mean 9/3 = 3; variance (0 + 36 + 9 − 0 − 0 − 18)/18 = 27/18 = 1.5.
        // F(c) = 3/6 = 0.5; Q(0.125) = √(0.125·6·3) = √2.25 = 1.5; Q(0.875) = 6 − √(0.125·18) = 4.5.
        var d = new TriangularDistribution(0, 3, 6);
        Assert.Equal(3, d.Mean, 14);
        Assert.Equal(1.5, d.Variance, 14);
        Assert.Equal(1.5, d.Quantile(0.125), 14);
        Assert.Equal(4.5, d.Quantile(0.875), 14);
        Assert.Equal(0.125, d.Cdf(1.5), 14);
        DistributionTestKit.SampleMomentsMatch(d);
    }

    [Theory]
    [InlineData(0, 3, 6)]
    [InlineData(1, 1, 4)]
    [InlineData(1, 4, 4)]
    [InlineData(-10, 2, 3)]
    [InlineData(7.8, 7.9, 8)]
    public void Triangular_agrees_with_MathNet_and_batch_equals_scalar(double a, double c, double b)
    {
        var d = new TriangularDistribution(a, c, b);
        var oracle = new MathNetTriangular(a, b, c);
        Assert.Equal(oracle.Mean, d.Mean, 1e-12);
        Assert.Equal(oracle.Variance, d.Variance, 1e-12);
        foreach (double u in DistributionTestKit.Uniforms(300, 5))
        {
            Assert.Equal(oracle.InverseCumulativeDistribution(u), d.Quantile(u), 1e-12 * (b - a));
            Assert.Equal(u, d.Cdf(d.Quantile(u)), 1e-12);
        }

        DistributionTestKit.BatchEqualsScalar(d);
        DistributionTestKit.SampleMomentsMatch(d);
    }

    [Fact]
    public void Triangular_constant()
    {
        var d = new TriangularDistribution(2, 2, 2);
        Assert.True(d.IsConstant);
        Assert.Equal(0, d.Variance);
        Assert.Equal(2, d.Quantile(0.4));
        DistributionTestKit.BatchEqualsScalar(d);
    }

    [Theory]
    [InlineData(double.NaN, 1, 2, "minimum")]
    [InlineData(0, double.PositiveInfinity, 2, "mode")]
    [InlineData(0, 1, double.NaN, "maximum")]
    [InlineData(1, 0, 2, "mode")]
    [InlineData(0, 3, 2, "maximum")]
    [InlineData(-1e308, 0, 1e308, "maximum")]
    public void Triangular_validation(double a, double c, double b, string param)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new TriangularDistribution(a, c, b));
        Assert.Equal(param, e.ParamName);
    }

    [Fact]
    public void Trigen_symmetric_case_by_hand()
    {
        // L = 8, m = 10, H = 12 with the 10th and 90th percentiles: by symmetry s = F(m) = 1/2, so
        // r = (m − L)/(s − √(p_L s)) = 2/(0.5 − √0.05) = 2/0.27639320225 = 7.2360679775 (= 5 + √5),
        // a = 10 − r/2 = 6.38196601125, b = 13.61803398875.
        TriangularDistribution t = Trigen.Solve(8, 10, 12);
        Assert.Equal(6.38196601125, t.Min, 1e-10);
        Assert.Equal(13.61803398875, t.Max, 1e-10);
        Assert.Equal(10, t.Mode);
        Assert.Equal(0.1, t.Cdf(8), 12);
        Assert.Equal(0.9, t.Cdf(12), 12);
    }

    [Theory]
    [InlineData(10, 15, 30, 0.1, 0.9)]
    [InlineData(10, 10, 30, 0.1, 0.9)]
    [InlineData(10, 30, 30, 0.05, 0.95)]
    [InlineData(1, 2, 100, 0.2, 0.99)]
    [InlineData(0.001, 0.0011, 0.0015, 0.01, 0.5)]
    public void Trigen_percentiles_are_met(double low, double mode, double high, double pl, double ph)
    {
        TriangularDistribution t = Distribution.Trigen(low, mode, high, pl, ph);
        Assert.True(t.Min <= low && t.Max >= high);
        Assert.Equal(pl, t.Cdf(low), 10);
        Assert.Equal(ph, t.Cdf(high), 10);
        Assert.Equal(low, t.Quantile(pl), 1e-9 * (high - low));
        Assert.Equal(high, t.Quantile(ph), 1e-9 * (high - low));
    }

    [Theory]
    [InlineData(double.NaN, 1, 2, 0.1, 0.9, "low")]
    [InlineData(0, double.NaN, 2, 0.1, 0.9, "mode")]
    [InlineData(0, 1, double.NaN, 0.1, 0.9, "high")]
    [InlineData(0, 1, 2, 0, 0.9, "lowProbability")]
    [InlineData(0, 1, 2, 0.1, 1, "highProbability")]
    [InlineData(0, 1, 2, 0.5, 0.5, "highProbability")]
    [InlineData(1, 0, 2, 0.1, 0.9, "mode")]
    [InlineData(0, 3, 2, 0.1, 0.9, "high")]
    [InlineData(1, 1, 1, 0.1, 0.9, "high")]
    public void Trigen_validation(double low, double mode, double high, double pl, double ph, string param)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Trigen.Solve(low, mode, high, pl, ph));
        Assert.Equal(param, e.ParamName);
    }

    [Fact]
    public void Trigen_without_a_finite_solution_is_a_typed_error()
    {
        // Percentiles 1e-300 apart in probability push the bounds to ±∞.
        var e = Assert.Throws<ArgumentException>(() => Trigen.Solve(-1e300, 0, 1e300, 0.5, 0.5 + 1e-16));
        Assert.Equal("high", e.ParamName);
    }
}
