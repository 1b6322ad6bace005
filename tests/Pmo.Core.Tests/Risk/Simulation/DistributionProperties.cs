using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Tests.Risk.Simulation;

/// <summary>
/// FsCheck properties over random parameter sets (integer-based generators, so no NaN or infinities): the quantile is
/// monotone in u and within [Minimum, Maximum], and F(Q(u)) ≈ u for the continuous distributions.
/// </summary>
public class DistributionProperties
{
    /// <summary>Random continuous distributions with bounded support (Beta-PERT, triangular, uniform, truncated normal).</summary>
    private static readonly Gen<Distribution> Bounded =
        Gen.Choose(-1000, 1000).SelectMany(a =>
            Gen.Choose(0, 1000).SelectMany(mode =>
                Gen.Choose(1, 1000).SelectMany(width =>
                    Gen.Choose(1, 200).SelectMany(shape =>
                        Gen.Choose(0, 3).Select(kind =>
                        {
                            double lo = a / 10.0, w = width / 100.0, m = lo + (w * mode / 1000.0);
                            return kind switch
                            {
                                0 => (Distribution)new BetaPertDistribution(lo, m, lo + w, shape / 10.0),
                                1 => new TriangularDistribution(lo, m, lo + w),
                                2 => new UniformDistribution(lo, lo + w),
                                _ => new NormalDistribution(m, w / 3, lo, lo + w),
                            };
                        })))));

    /// <summary>Probabilities in (0, 1), including deep tails.</summary>
    private static readonly Gen<double> Probability =
        Gen.OneOf(
            Gen.Choose(1, 999_999).Select(i => i / 1e6),
            Gen.Choose(1, 300).Select(k => Math.Pow(10, -k / 20.0)),
            Gen.Choose(1, 300).Select(k => 1 - Math.Pow(10, -k / 20.0)));

    [Fact]
    public void Quantile_is_monotone_in_u_and_within_the_support() =>
        Prop.ForAll(Bounded.ToArbitrary(), Probability.ToArbitrary(), Probability.ToArbitrary(), (d, p, q) =>
        {
            double lo = Math.Min(p, q), hi = Math.Max(p, q);
            double x = d.Quantile(lo), y = d.Quantile(hi);

            // Monotone up to rounding: the Beta-PERT quintic pieces meet within a few ulps (1e-13 of the range here).
            double slack = 1e-13 * Math.Max(1, d.Maximum - d.Minimum);
            return x <= y + slack && x >= d.Minimum && y <= d.Maximum;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

    [Fact]
    public void Cdf_inverts_the_quantile() =>
        Prop.ForAll(Bounded.ToArbitrary(), Probability.ToArbitrary(), (d, u) =>
        {
            double back = d.Cdf(d.Quantile(u));
            return Math.Abs(back - u) <= 1e-9;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

    [Fact]
    public void Batch_equals_scalar_for_random_parameters() =>
        Prop.ForAll(Bounded.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (d, seed) =>
        {
            double[] u = DistributionTestKit.Uniforms(37, (ulong)seed);
            var batch = new double[u.Length];
            d.Quantiles(u, batch);
            return u.Select((p, i) => d.Quantile(p) == batch[i]).All(ok => ok);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));

    [Fact]
    public void Empirical_and_discrete_quantiles_are_monotone_and_within_the_data() =>
        Prop.ForAll(Gen.Choose(-500, 500).ArrayOf().Where(a => a.Length > 0).ToArbitrary(), Probability.ToArbitrary(), Probability.ToArbitrary(), (data, p, q) =>
        {
            double[] values = [.. data.Select(v => v / 7.0)];
            var e = new EmpiricalDistribution(values);
            double[] distinct = [.. values.Distinct().Order()];
            var d = new DiscreteDistribution(distinct, Enumerable.Repeat(1.0 / distinct.Length, distinct.Length));
            double lo = Math.Min(p, q), hi = Math.Max(p, q);
            return e.Quantile(lo) <= e.Quantile(hi) && e.Quantile(lo) >= values.Min() && e.Quantile(hi) <= values.Max()
                && d.Quantile(lo) <= d.Quantile(hi) && d.Cdf(d.Quantile(lo)) >= lo - 1e-12;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
}
