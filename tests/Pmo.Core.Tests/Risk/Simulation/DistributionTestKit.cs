using Pmo.Core.Common;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Tests.Risk.Simulation;

/// <summary>Shared helpers: seeded uniforms, sample-moment checks and batch-versus-scalar comparison.</summary>
internal static class DistributionTestKit
{
    /// <summary>n uniforms u = ((x &gt;&gt; 11) + 0.5)·2⁻⁵³ from Xoshiro256** seeded by <paramref name="seed"/>: strictly inside (0, 1).</summary>
    public static double[] Uniforms(int n, ulong seed)
    {
        var rng = Xoshiro256StarStar.FromSeed(seed);
        var u = new double[n];
        for (int i = 0; i < n; i++)
        {
            u[i] = ((rng.NextUInt64() >> 11) + 0.5) * Math.ScaleB(1.0, -53);
        }

        return u;
    }

    /// <summary>
    /// Draws 200,000 values by inverse transform and checks the sample mean and variance against the exact ones within
    /// 5 standard errors: SE(mean) = σ/√n, SE(variance) = √((m₄ − s⁴)/n) with m₄, s² the sample central moments
    /// (the large-sample variance of the sample variance). A false alarm has probability about 6·10⁻⁷ per check.
    /// </summary>
    public static void SampleMomentsMatch(Distribution d, ulong seed = 20261126)
    {
        const int n = 200_000;
        double[] u = Uniforms(n, seed);
        var x = new double[n];
        d.Quantiles(u, x);
        double mean = x.Average();
        double m2 = 0, m4 = 0;
        foreach (double v in x)
        {
            double e = v - mean;
            m2 += e * e;
            m4 += e * e * e * e;
        }

        m2 /= n;
        m4 /= n;
        double seMean = d.StandardDeviation / Math.Sqrt(n);
        double seVar = Math.Sqrt(Math.Max(m4 - (m2 * m2), 0) / n);
        Assert.True(Math.Abs(mean - d.Mean) <= (5 * seMean) + 1e-12, $"{d}: sample mean {mean:R} vs exact {d.Mean:R} (SE {seMean:R})");
        Assert.True(Math.Abs(m2 - d.Variance) <= (5 * seVar) + 1e-12, $"{d}: sample variance {m2:R} vs exact {d.Variance:R} (SE {seVar:R})");
    }

    /// <summary>Batch quantiles (odd length, so the vector tail is exercised) equal the scalar ones bit for bit.</summary>
    public static void BatchEqualsScalar(Distribution d, ulong seed = 7)
    {
        double[] u = Uniforms(1001, seed);
        var batch = new double[u.Length];
        d.Quantiles(u, batch);
        for (int i = 0; i < u.Length; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(d.Quantile(u[i])), BitConverter.DoubleToInt64Bits(batch[i]));
        }
    }
}
