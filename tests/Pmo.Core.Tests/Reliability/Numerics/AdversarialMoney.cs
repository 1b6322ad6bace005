using Pmo.Core.Common;

namespace Pmo.Core.Tests.Reliability.Numerics;

/// <summary>
/// Deterministic adversarial money series for summation tests. A sum is hard for naive (left-to-right) summation when
/// a large partial sum swallows many small terms: with a running total near 1e13 the spacing of doubles is 2^−9 ≈ 0.002,
/// so every 0.1 added loses up to 0.001 and the losses do not cancel when the same amounts repeat (as prices and
/// rates do). The series mix amounts from 1e-6 to 1e13.
/// </summary>
internal static class AdversarialMoney
{
    private static readonly double[] Small = [0.1, 1e-6, 0.7, 0.01, 123.45, 3e-6, 0.3, 19.99];

    /// <summary>Non-negative amounts: 1e13 first, then mostly small repeated amounts with an occasional 1e13 · u.</summary>
    public static double[] NonNegative(int count, ulong seed)
    {
        var rng = Xoshiro256StarStar.FromSeed(seed);
        double[] x = new double[count];
        x[0] = 1e13;
        for (int i = 1; i < count; i++)
        {
            int pick = rng.NextInt(1000);
            x[i] = pick == 0 ? 1e13 * ((rng.NextInt(1000) + 1) / 1000.0) : Small[pick % Small.Length];
        }

        return x;
    }

    /// <summary>
    /// Signed amounts: ±1e13 pairs that cancel, interleaved with small amounts of both signs, so partial sums swing
    /// between ~1e13 and ~1e5 (the case where Kahan's algorithm fails and Neumaier's does not).
    /// </summary>
    public static double[] Signed(int count, ulong seed)
    {
        var rng = Xoshiro256StarStar.FromSeed(seed);
        double[] x = new double[count];
        for (int i = 0; i < count; i++)
        {
            x[i] = (i % 4) switch
            {
                0 => 1e13,
                2 => -1e13,
                _ => Small[rng.NextInt(Small.Length)] * (rng.NextInt(4) == 0 ? -1 : 1),
            };
        }

        return x;
    }
}
