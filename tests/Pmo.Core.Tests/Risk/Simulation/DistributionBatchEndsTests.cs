using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Tests.Risk.Simulation;

/// <summary>
/// The public batch <see cref="Distribution.Quantiles"/> keeps <see cref="Distribution.Quantile"/>'s promise at the ends:
/// 0 gives <see cref="Distribution.Minimum"/> and 1 gives <see cref="Distribution.Maximum"/>, bit for bit, for every
/// distribution (the vectorised kernels are written for p strictly inside (0, 1); on [−3, 0.3] the uniform kernel gave
/// −3 + 1·3.3 = 0.2999999999999998 for p = 1 before the fix).
/// </summary>
public sealed class DistributionBatchEndsTests
{
    private static readonly Distribution[] Bounded =
    [
        new UniformDistribution(-3, 0.3),
        new TriangularDistribution(-3, -1, 0.3),
        new TriangularDistribution(0, 0, 1),
        new BetaPertDistribution(-3, -1, 0.3),
        new NormalDistribution(0, 1, -2.0, 3.0),
        new DiscreteDistribution([1, 2, 5], [0.2, 0.5, 0.3]),
        new EmpiricalDistribution([0.3, -3, 1.7]),
        new ConstantDistribution(0.3),
    ];

    [Fact]
    public void Zero_and_one_in_a_batch_give_the_minimum_and_maximum_exactly()
    {
        // 17 entries (two 8-wide vectors and a tail), 0 and 1 in the vector part and in the tail; the interior entries
        // must equal the scalar Quantile bit for bit (the documented batch contract).
        double[] p = [0, 0.25, 1, 0.5, 0.75, 0.1, 0.9, 0.2, 1, 0.3, 0, 0.6, 0.4, 0.8, 0.05, 1, 0];
        foreach (Distribution d in Bounded)
        {
            var q = new double[p.Length];
            d.Quantiles(p, q);
            for (int i = 0; i < p.Length; i++)
            {
                double expected = p[i] == 0 ? d.Minimum : p[i] == 1 ? d.Maximum : d.Quantile(p[i]);
                Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(q[i]), $"{d}: p = {p[i]} gave {q[i]:R}, expected {expected:R}");
            }
        }
    }

    [Fact]
    public void Unbounded_ends_are_infinite_in_a_batch_as_in_the_scalar_quantile()
    {
        // Φ⁻¹(0) = −∞ and Φ⁻¹(1) = +∞ (the documented Minimum and Maximum of an untruncated normal).
        var d = new NormalDistribution(0, 1);
        var q = new double[3];
        d.Quantiles([0, 0.5, 1], q);
        Assert.Equal(double.NegativeInfinity, q[0]);
        Assert.Equal(d.Quantile(0.5), q[1]);
        Assert.Equal(double.PositiveInfinity, q[2]);
    }
}
