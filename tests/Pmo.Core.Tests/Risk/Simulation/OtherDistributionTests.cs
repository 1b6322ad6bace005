using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Tests.Risk.Simulation;

/// <summary>Uniform, normal (plain and truncated), lognormal, discrete, empirical and constant distributions.</summary>
public class OtherDistributionTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 7)]
    [InlineData(1e6, 1e6 + 1e-3)]
    public void Uniform_agrees_with_MathNet_and_batch_equals_scalar(double a, double b)
    {
        var d = new UniformDistribution(a, b);
        var oracle = new ContinuousUniform(a, b);
        Assert.Equal(oracle.Mean, d.Mean, 1e-12 * Math.Abs(a + b));
        Assert.Equal(oracle.Variance, d.Variance, 1e-12 * (b - a) * (b - a));
        foreach (double u in DistributionTestKit.Uniforms(300, 1))
        {
            Assert.Equal(oracle.InverseCumulativeDistribution(u), d.Quantile(u), 1e-13 * Math.Max(1, Math.Abs(b)));
            // Round trip up to the rounding of x: one ulp of b relative to the width b − a.
            Assert.Equal(u, d.Cdf(d.Quantile(u)), 1e-12 + (2 * (Math.BitIncrement(Math.Abs(b)) - Math.Abs(b)) / (b - a)));
        }

        Assert.Equal(b, d.Quantile(1));
        DistributionTestKit.BatchEqualsScalar(d);
        DistributionTestKit.SampleMomentsMatch(d);
    }

    [Fact]
    public void Uniform_constant()
    {
        var d = new UniformDistribution(4, 4);
        Assert.True(d.IsConstant);
        Assert.Equal(4, d.Mean);
        Assert.Equal(4, d.Quantile(0.7));
        Assert.Equal(1, d.Cdf(4));
    }

    [Theory]
    [InlineData(10, 2)]
    [InlineData(-5, 0.001)]
    public void Normal_agrees_with_MathNet(double mu, double sigma)
    {
        var d = new NormalDistribution(mu, sigma);
        var oracle = new Normal(mu, sigma);
        Assert.Equal(mu, d.Mean);
        Assert.Equal(sigma * sigma, d.Variance, 1e-15);
        Assert.Equal(double.NegativeInfinity, d.Quantile(0));
        Assert.Equal(double.PositiveInfinity, d.Quantile(1));
        foreach (double u in DistributionTestKit.Uniforms(300, 2).Concat([1e-12, 1 - 1e-12]))
        {
            Assert.Equal(oracle.InverseCumulativeDistribution(u), d.Quantile(u), 1e-12 * Math.Max(1, Math.Abs(mu) + (8 * sigma)));
            Assert.Equal(oracle.CumulativeDistribution(d.Quantile(u)), d.Cdf(d.Quantile(u)), 1e-14);
        }

        DistributionTestKit.BatchEqualsScalar(d);
        DistributionTestKit.SampleMomentsMatch(d);
    }

    [Theory]
    [InlineData(10, 2, 7.0, 15.0)]
    [InlineData(10, 2, 10.0, null)]
    [InlineData(10, 2, null, 9.0)]
    [InlineData(0, 1, 3.0, 4.0)]
    [InlineData(0, 1, 8.0, null)]
    [InlineData(0, 1, -1.0, 1.0)]
    public void Truncated_normal_moments_and_cdf_match_numerical_integration(double mu, double sigma, double? lower, double? upper)
    {
        // Independent oracle: adaptive Gauss–Kronrod integration (MathNet Integrate) of the renormalised density over
        // [L, U] (infinite ends replaced by μ ± 40σ, where the density is below 1e-340). The density is scaled by its
        // maximum on [L, U] (any constant cancels) so the integrator's absolute tolerance is effectively relative.
        var d = new NormalDistribution(mu, sigma, lower, upper);
        double lo = lower ?? (mu - (40 * sigma)), hi = upper ?? (mu + (40 * sigma));
        double peak = Math.Clamp(mu, lo, hi);
        double Pdf(double x) => Math.Exp(-0.5 * (((x - mu) / sigma * ((x - mu) / sigma)) - ((peak - mu) / sigma * ((peak - mu) / sigma))));
        double z = Integrate.DoubleExponential(Pdf, lo, hi, 1e-15);
        double mean = Integrate.DoubleExponential(x => x * Pdf(x), lo, hi, 1e-15) / z;
        double variance = Integrate.DoubleExponential(x => (x - mean) * (x - mean) * Pdf(x), lo, hi, 1e-15) / z;
        Assert.Equal(mean, d.Mean, 1e-9 * Math.Max(1, Math.Abs(mean)));
        Assert.Equal(variance, d.Variance, 1e-8 * variance);
        foreach (double u in new[] { 1e-9, 0.01, 0.3, 0.5, 0.8, 0.999 })
        {
            double q = d.Quantile(u);
            Assert.InRange(q, lo, hi);
            Assert.Equal(u, Integrate.DoubleExponential(Pdf, lo, q, 1e-15) / z, 1e-9);
            Assert.Equal(u, d.Cdf(q), 1e-9);
        }

        Assert.Equal(d.Minimum, d.Quantile(0));
        Assert.Equal(d.Maximum, d.Quantile(1));
        DistributionTestKit.BatchEqualsScalar(d);
        DistributionTestKit.SampleMomentsMatch(d);
    }

    [Fact]
    public void LogNormal_agrees_with_MathNet_and_the_arithmetic_factory_round_trips()
    {
        var d = new LogNormalDistribution(1, 0.5);
        var oracle = new LogNormal(1, 0.5);
        Assert.Equal(oracle.Mean, d.Mean, 1e-12);
        Assert.Equal(oracle.Variance, d.Variance, 1e-12);
        foreach (double u in DistributionTestKit.Uniforms(300, 4))
        {
            Assert.Equal(oracle.InverseCumulativeDistribution(u), d.Quantile(u), 1e-12 * oracle.InverseCumulativeDistribution(u));
            Assert.Equal(u, d.Cdf(d.Quantile(u)), 1e-12);
        }

        // Mean 100, sd 30: σ² = ln(1 + 0.09) = 0.0861776962, μ = ln 100 − σ²/2 = 4.605170186 − 0.043088848 = 4.5620813379.
        LogNormalDistribution f = LogNormalDistribution.FromMeanAndStandardDeviation(100, 30);
        Assert.Equal(0.0861776962, f.Sigma * f.Sigma, 9);
        Assert.Equal(4.5620813379, f.Mu, 9);
        Assert.Equal(100, f.Mean, 10);
        Assert.Equal(30, f.StandardDeviation, 10);
        LogNormal fromMathNet = LogNormal.WithMeanVariance(100, 900);
        Assert.Equal(fromMathNet.Mu, f.Mu, 12);
        Assert.Equal(fromMathNet.Sigma, f.Sigma, 12);
        Assert.Equal(1e-6, LogNormalDistribution.FromMeanAndStandardDeviation(1, 1e-6).Sigma, 1e-15);
        Assert.Equal(0, d.Quantile(0));
        DistributionTestKit.BatchEqualsScalar(d);
        DistributionTestKit.SampleMomentsMatch(f);
    }

    [Fact]
    public void Discrete_by_hand()
    {
        // Values 1, 2, 5 with 0.2, 0.5, 0.3: mean 0.2 + 1 + 1.5 = 2.7; E[X²] = 0.2 + 2 + 7.5 = 9.7; variance 9.7 − 7.29 = 2.41.
        // CDF 0.2, 0.7, 1.0: Q(0.2) = 1, Q(0.2000001) = 2, Q(0.7) = 2, Q(0.71) = 5.
        var d = new DiscreteDistribution([1, 2, 5], [0.2, 0.5, 0.3]);
        Assert.Equal(2.7, d.Mean, 14);
        Assert.Equal(2.41, d.Variance, 14);
        Assert.Equal(1, d.Quantile(0));
        Assert.Equal(1, d.Quantile(0.2));
        Assert.Equal(2, d.Quantile(0.2000001));
        Assert.Equal(2, d.Quantile(0.7));
        Assert.Equal(5, d.Quantile(0.71));
        Assert.Equal(5, d.Quantile(1));
        Assert.Equal(0, d.Cdf(0.99));
        Assert.Equal(0.7, d.Cdf(4.9), 14);
        Assert.Equal(1, d.Cdf(5));
        DistributionTestKit.BatchEqualsScalar(d);
        DistributionTestKit.SampleMomentsMatch(d);
    }

    [Fact]
    public void Discrete_zero_probability_ends_and_a_sum_short_by_less_than_the_tolerance()
    {
        var d = new DiscreteDistribution([0, 1, 2, 3], [0, 0.5, 0.5 - 5e-10, 0]);
        Assert.Equal(1, d.Minimum);
        Assert.Equal(2, d.Maximum);
        Assert.Equal(1, d.Quantile(0));
        Assert.Equal(2, d.Quantile(1 - 1e-10));
        Assert.Equal(1, d.Cdf(2));
        var single = new DiscreteDistribution([4], [1]);
        Assert.True(single.IsConstant);
        Assert.Equal(4, single.Quantile(0.3));
    }

    [Fact]
    public void Empirical_by_hand_and_against_MathNet_R7()
    {
        // Sample 4, 1, 3, 2, 10 → sorted 1, 2, 3, 4, 10, n − 1 = 4 segments of mass 1/4.
        // Mean = ((1 + 10)/2 + 2 + 3 + 4)/4 = 14.5/4 = 3.625.
        // Q(0.9): h = 4·0.9 = 3.6 (0-based) → 4 + 0.6·6 = 7.6. F(7.6) = (3 + 3.6/6)/4 = 0.9.
        double[] sample = [4, 1, 3, 2, 10];
        var d = new EmpiricalDistribution(sample);
        Assert.Equal(3.625, d.Mean, 14);
        Assert.Equal(7.6, d.Quantile(0.9), 13);
        Assert.Equal(0.9, d.Cdf(7.6), 13);
        Assert.Equal(1, d.Minimum);
        Assert.Equal(10, d.Maximum);

        // Variance: segments [1,2], [2,3], [3,4], [4,10]; E[X²] = ((1 + 2 + 4) + (4 + 6 + 9) + (9 + 12 + 16) + (16 + 40 + 100))/(3·4)
        // = (7 + 19 + 37 + 156)/12 = 219/12 = 18.25; variance 18.25 − 3.625² = 18.25 − 13.140625 = 5.109375.
        Assert.Equal(5.109375, d.Variance, 12);
        foreach (double u in DistributionTestKit.Uniforms(200, 8))
        {
            Assert.Equal(Statistics.QuantileCustom(sample, u, QuantileDefinition.R7), d.Quantile(u), 1e-12);
            Assert.Equal(u, d.Cdf(d.Quantile(u)), 1e-12);
        }

        DistributionTestKit.BatchEqualsScalar(d);
        DistributionTestKit.SampleMomentsMatch(d);
        Assert.True(new EmpiricalDistribution([2, 2, 2]).IsConstant);
        Assert.Equal(0, new EmpiricalDistribution([2]).Variance);
    }

    [Fact]
    public void Constant_distribution()
    {
        ConstantDistribution d = Distribution.Constant(3.5);
        Assert.Equal(3.5, d.Mean);
        Assert.Equal(0, d.Variance);
        Assert.Equal(3.5, d.Quantile(0));
        Assert.Equal(0, d.Cdf(3.4));
        Assert.Equal(1, d.Cdf(3.5));
        DistributionTestKit.BatchEqualsScalar(d);
    }

    [Fact]
    public void Public_batch_maps_0_and_1_to_minimum_and_maximum()
    {
        Distribution[] all =
        [
            new TriangularDistribution(0, 1, 3), new UniformDistribution(-1, 2), new NormalDistribution(0, 1, -2.0, 3.0),
            new NormalDistribution(0, 1), new LogNormalDistribution(0, 1), new DiscreteDistribution([1, 2], [0.5, 0.5]),
            new EmpiricalDistribution([3, 1, 2]), new ConstantDistribution(4),
        ];
        foreach (Distribution d in all)
        {
            var batch = new double[2];
            d.Quantiles([0, 1], batch);
            Assert.Equal(d.Minimum, batch[0]);
            Assert.Equal(d.Maximum, batch[1]);
        }
    }

    [Fact]
    public void Factories_build_the_named_types()
    {
        Assert.IsType<TriangularDistribution>(Distribution.Triangular(0, 1, 2));
        Assert.Equal(2, Distribution.BetaPert(0, 1, 4, 2).Shape);
        Assert.IsType<UniformDistribution>(Distribution.Uniform(0, 1));
        Assert.Equal(1.0, Distribution.Normal(0, 1, -1.0, 1.0).UpperBound);
        Assert.Equal(0.5, Distribution.LogNormal(0, 0.5).Sigma);
        Assert.Equal(2, Distribution.Discrete([1, 2], [0.5, 0.5]).Values.Count);
        Assert.Equal(3, Distribution.Empirical([3, 1, 2]).SortedSamples.Count);
    }
}
