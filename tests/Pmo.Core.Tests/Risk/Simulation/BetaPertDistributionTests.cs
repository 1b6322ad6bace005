using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Tests.Risk.Simulation;

/// <summary>Beta-PERT: exact moments, accuracy of the fast quantile against MathNet, narrow ranges, constants.</summary>
public class BetaPertDistributionTests
{
    /// <summary>(min, mode, max, λ) shapes with α, β from 1 to 5 (λ = 4) and beyond.</summary>
    public static TheoryData<double, double, double, double> Shapes() => new()
    {
        { 0, 0, 1, 4 }, { 0, 1, 1, 4 }, { 0, 0.5, 1, 4 }, { 0, 0.2, 1, 4 }, { 0, 0.9, 1, 4 }, { 0, 0.37, 1, 4 },
        { 0, 0.05, 1, 4 }, { 0, 0.999, 1, 4 }, { 2, 5, 14, 4 }, { 0, 0.5, 1, 0.1 }, { 0, 0.3, 1, 1 }, { 0, 0.1, 1, 40 },
        { 0, 0.3, 1, 100 }, { -50, 10, 1000, 4 }, { 7.8, 7.9, 8, 4 },
    };

    [Fact]
    public void Hand_computed_moments()
    {
        // a = 2, m = 5, b = 14, λ = 4: α = 1 + 4·3/12 = 2, β = 1 + 4·9/12 = 4.
        // Mean (2 + 4·5 + 14)/6 = 36/6 = 6; variance (6 − 2)(14 − 6)/(4 + 3) = 32/7.
        // Check against the Beta variance: αβ/((α + β)²(α + β + 1)) = 8/(36·7) = 8/252, times (b − a)² = 144 → 1152/252 = 32/7.
        var d = new BetaPertDistribution(2, 5, 14);
        Assert.Equal(2, d.Alpha, 14);
        Assert.Equal(4, d.Beta, 14);
        Assert.Equal(6, d.Mean, 13);
        Assert.Equal(32.0 / 7, d.Variance, 13);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Moments_equal_the_scaled_beta_moments(double a, double m, double b, double shape)
    {
        // Independent oracle: the Beta(α, β) moments from MathNet, scaled: mean a + (b − a)·α/(α + β), variance (b − a)²·Var.
        var d = new BetaPertDistribution(a, m, b, shape);
        var beta = new Beta(d.Alpha, d.Beta);
        double w = b - a;
        Assert.Equal(a + (w * beta.Mean), d.Mean, 1e-12 * Math.Max(1, Math.Abs(d.Mean)));
        Assert.Equal(w * w * beta.Variance, d.Variance, 1e-12 * w * w);
        DistributionTestKit.SampleMomentsMatch(d);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Fast_quantile_is_within_1e_minus_10_of_the_newton_refined_MathNet_root(double a, double m, double b, double shape)
    {
        // Oracle: MathNet's regularized incomplete beta I_z(α, β) (accurate to about 1e-15). One Newton step from our value,
        // (F(Q) − u)/f(Q), estimates Q_fast − Q_exact to second order. Upper half via the mirror 1 − X ~ Beta(β, α) so the
        // residual keeps its precision. Measured maximum over these shapes ≈ 1.3e-11·(b − a); the bound asserted is 1e-10.
        var d = new BetaPertDistribution(a, m, b, shape);
        double w = b - a, alpha = d.Alpha, beta = d.Beta;
        double lnB = SpecialFunctions.BetaLn(alpha, beta);
        double worst = 0;
        void Check(double u)
        {
            double z = (d.Quantile(u) - a) / w;
            double zc = (b - d.Quantile(u)) / w;
            double err = u <= 0.5
                ? (SpecialFunctions.BetaRegularized(alpha, beta, z) - u) / Math.Exp(((alpha - 1) * Math.Log(z)) + ((beta - 1) * Math.Log(1 - z)) - lnB)
                : (SpecialFunctions.BetaRegularized(beta, alpha, zc) - (1 - u)) / Math.Exp(((beta - 1) * Math.Log(zc)) + ((alpha - 1) * Math.Log(1 - zc)) - lnB);
            worst = Math.Max(worst, Math.Abs(err));
        }

        for (int i = 1; i < 20_000; i++)
        {
            Check(i / 20_000.0);
        }

        for (double e = 1e-3; e >= 1e-12; e /= 1.1)
        {
            Check(e);
            Check(1 - e);
        }

        Assert.True(worst <= 1e-10, $"{d}: max |Q_fast − Q| = {worst:E3}·(b − a)");
    }

    [Theory]
    [InlineData(1, 2, 5)]
    [InlineData(0, 0.2, 1)]
    [InlineData(10, 30, 40)]
    public void Fast_quantile_agrees_with_MathNet_BetaScaled_PERT_in_the_body(double a, double m, double b)
    {
        // MathNet's PERT(min, max, likely) inverse CDF (root finding on its CDF); agreement to 1e-9·(b − a) on [0.001, 0.999].
        var mathNet = BetaScaled.PERT(a, b, m);
        var d = new BetaPertDistribution(a, m, b);
        for (int i = 1; i < 1000; i++)
        {
            double u = i / 1000.0;
            Assert.Equal(mathNet.InverseCumulativeDistribution(u), d.Quantile(u), 1e-9 * (b - a));
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Cdf_agrees_with_MathNet_and_inverts_the_quantile(double a, double m, double b, double shape)
    {
        var d = new BetaPertDistribution(a, m, b, shape);
        var beta = new Beta(d.Alpha, d.Beta);
        for (int i = 0; i <= 200; i++)
        {
            double x = a + ((b - a) * i / 200.0);
            Assert.Equal(beta.CumulativeDistribution((x - a) / (b - a)), d.Cdf(x), 1e-14);
        }

        foreach (double u in DistributionTestKit.Uniforms(500, 3))
        {
            Assert.Equal(u, d.Cdf(d.Quantile(u)), 1e-9);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Precise_quantile_agrees_with_the_fast_one(double a, double m, double b, double shape)
    {
        var d = new BetaPertDistribution(a, m, b, shape);
        foreach (double u in new[] { 1e-300, 1e-15, 1e-9, 5.9e-8, 6.0e-8, 1e-4, 0.1, 0.5, 0.77, 0.999999, 1 - 1e-12 })
        {
            Assert.Equal(d.QuantilePrecise(u), d.Quantile(u), 1e-10 * (b - a));
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Batch_equals_scalar_bit_for_bit(double a, double m, double b, double shape) =>
        DistributionTestKit.BatchEqualsScalar(new BetaPertDistribution(a, m, b, shape));

    [Fact]
    public void Batch_covers_the_deep_tails_and_the_median()
    {
        var d = new BetaPertDistribution(1, 2, 5);
        double[] u = [1e-300, 2.0e-8, 0.5, 1 - 1e-16, 0.25, 0.75, 1 - 2.0e-8];
        var batch = new double[u.Length];
        d.Quantiles(u, batch);
        for (int i = 0; i < u.Length; i++)
        {
            Assert.Equal(d.Quantile(u[i]), batch[i]);
            Assert.Equal(d.QuantilePrecise(u[i]), batch[i], 1e-10 * 4);
        }
    }

    [Fact]
    public void Public_batch_maps_0_and_1_to_the_end_points()
    {
        var d = new BetaPertDistribution(1, 2, 5);
        var batch = new double[3];
        d.Quantiles([0, 0.5, 1], batch);
        Assert.Equal(1, batch[0]);
        Assert.Equal(d.Quantile(0.5), batch[1]);
        Assert.Equal(5, batch[2]);
    }

    [Fact]
    public void Narrow_range_that_MathNet_rejects_works()
    {
        // MathNet 5.0.0 BetaScaled.PERT(min 7.8, max 8, likely 7.9) throws ArgumentException (a rounding check in its
        // parameter validation); ours is scale-free (α = β = 3 here).
        Assert.ThrowsAny<ArgumentException>(() => BetaScaled.PERT(7.8, 8, 7.9));
        var d = new BetaPertDistribution(7.8, 7.9, 8);
        Assert.Equal(3, d.Alpha, 12);
        Assert.Equal(3, d.Beta, 12);
        Assert.Equal(7.9, d.Mean, 14);
        Assert.Equal(7.9, d.Quantile(0.5), 1e-12);
        var symmetric = new Beta(3, 3);
        foreach (double u in new[] { 1e-9, 0.01, 0.3, 0.9, 1 - 1e-9 })
        {
            // Symmetric Beta(3, 3): Q(1 − u) = 1 − Q(u); checked through the MathNet CDF at the scaled value.
            Assert.Equal(u, symmetric.CumulativeDistribution((d.Quantile(u) - 7.8) / 0.2), Math.Max(1e-11, u * 1e-6));
        }

        var tiny = new BetaPertDistribution(1e6, 1e6 + 1e-9, 1e6 + 3e-9);
        Assert.InRange(tiny.Quantile(0.3), 1e6, 1e6 + 3e-9);
        DistributionTestKit.SampleMomentsMatch(d);
    }

    [Fact]
    public void Equal_parameters_give_a_constant()
    {
        var d = new BetaPertDistribution(5, 5, 5);
        Assert.True(d.IsConstant);
        Assert.Equal(5, d.Mean);
        Assert.Equal(0, d.Variance);
        Assert.Equal(5, d.Quantile(0.3));
        Assert.Equal(5, d.QuantilePrecise(0.3));
        Assert.Equal(0, d.Cdf(4.999));
        Assert.Equal(1, d.Cdf(5));
        var batch = new double[3];
        d.Quantiles([0.1, 0.5, 0.9], batch);
        Assert.All(batch, x => Assert.Equal(5, x));
    }

    [Fact]
    public void End_points_and_mode_at_an_end()
    {
        var d = new BetaPertDistribution(3, 3, 9);
        Assert.Equal(1, d.Alpha);
        Assert.Equal(5, d.Beta);
        Assert.Equal(3, d.Quantile(0));
        Assert.Equal(9, d.Quantile(1));

        // Beta(1, 5): F(z) = 1 − (1 − z)⁵, so Q(u) = 1 − (1 − u)^(1/5); u = 1 − 2⁻⁵ = 0.96875 gives z = 1/2, x = 6.
        Assert.Equal(6, d.Quantile(0.96875), 1e-10);

        // Mean (3 + 4·3 + 9)/6 = 4; variance (4 − 3)(9 − 4)/7 = 5/7.
        Assert.Equal(4, d.Mean, 14);
        Assert.Equal(5.0 / 7, d.Variance, 14);
    }

    [Fact]
    public void Concurrent_first_use_gives_identical_results()
    {
        var d = new BetaPertDistribution(0, 0.3, 1);
        double[] u = DistributionTestKit.Uniforms(256, 11);
        var results = new double[8][];
        Parallel.For(0, 8, k =>
        {
            results[k] = new double[u.Length];
            d.Quantiles(u, results[k]);
        });
        for (int k = 1; k < 8; k++)
        {
            Assert.Equal(results[0], results[k]);
        }
    }
}
