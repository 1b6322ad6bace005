using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// Eight independent xoshiro256** generators advanced in lock step (two 4-lane 256-bit vectors where the hardware has
/// them, scalar otherwise, with identical output), used to fill columns of uniform numbers fast. Output i of a fill is
/// lane i mod 8. Each lane is seeded by SplitMix64 from one output of the block's generator, so the lanes depend only on
/// the seed and the block (Blackman and Vigna 2021 recommend SplitMix64 seeding of xoshiro states).
/// </summary>
internal sealed class LaneRandom
{
    public const int Lanes = 8;

    // Uniform u = bits(1.m) − (1 − 2⁻⁵³) ∈ [2⁻⁵³, 1 − 2⁻⁵³]: exact (Sterbenz), strictly inside (0, 1).
    private const double Offset = 1.0 - (1.0 / 9007199254740992.0);
    private const ulong OneBits = 0x3FF0000000000000UL;

    private readonly ulong[] s0 = new ulong[Lanes];
    private readonly ulong[] s1 = new ulong[Lanes];
    private readonly ulong[] s2 = new ulong[Lanes];
    private readonly ulong[] s3 = new ulong[Lanes];

    // The same state as eight 4-lane vectors (lanes 0–3 then 4–7 of s0, s1, s2, s3) for the vector path.
    private readonly Vector256<ulong>[] v = new Vector256<ulong>[8];

    /// <summary>Reseeds the eight lanes from <paramref name="generator"/> (consumes eight outputs).</summary>
    public void Seed(ref Xoshiro256StarStar generator)
    {
        for (int l = 0; l < Lanes; l++)
        {
            Xoshiro256StarStar g = Xoshiro256StarStar.FromSeed(generator.NextUInt64());
            (s0[l], s1[l], s2[l], s3[l]) = g.State;
        }

        v[0] = Vector256.Create(s0[0], s0[1], s0[2], s0[3]);
        v[1] = Vector256.Create(s1[0], s1[1], s1[2], s1[3]);
        v[2] = Vector256.Create(s2[0], s2[1], s2[2], s2[3]);
        v[3] = Vector256.Create(s3[0], s3[1], s3[2], s3[3]);
        v[4] = Vector256.Create(s0[4], s0[5], s0[6], s0[7]);
        v[5] = Vector256.Create(s1[4], s1[5], s1[6], s1[7]);
        v[6] = Vector256.Create(s2[4], s2[5], s2[6], s2[7]);
        v[7] = Vector256.Create(s3[4], s3[5], s3[6], s3[7]);
    }

    /// <summary>Fills <paramref name="destination"/> (length a multiple of 8) with uniforms strictly inside (0, 1).</summary>
    public void Fill(Span<double> destination)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            FillVector(destination);
        }
        else
        {
            FillScalar(destination);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Next(ref Vector256<ulong> a, ref Vector256<ulong> b, ref Vector256<ulong> c, ref Vector256<ulong> d)
    {
        Vector256<ulong> x5 = (b << 2) + b;
        Vector256<ulong> rot = (x5 << 7) | (x5 >>> 57);
        Vector256<ulong> result = (rot << 3) + rot;
        Vector256<ulong> t = b << 17;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = (d << 45) | (d >>> 19);
        return result;
    }

    private void FillVector(Span<double> destination)
    {
        Vector256<ulong> a0 = v[0], b0 = v[1], c0 = v[2], d0 = v[3], a1 = v[4], b1 = v[5], c1 = v[6], d1 = v[7];
        Vector256<ulong> one = Vector256.Create(OneBits);
        Vector256<double> offset = Vector256.Create(Offset);
        ref double dst = ref destination[0];
        for (int i = 0; i + Lanes <= destination.Length; i += Lanes)
        {
            Vector256<ulong> r0 = Next(ref a0, ref b0, ref c0, ref d0);
            Vector256<ulong> r1 = Next(ref a1, ref b1, ref c1, ref d1);
            (((r0 >>> 12) | one).AsDouble() - offset).StoreUnsafe(ref dst, (nuint)i);
            (((r1 >>> 12) | one).AsDouble() - offset).StoreUnsafe(ref dst, (nuint)(i + 4));
        }

        v[0] = a0;
        v[1] = b0;
        v[2] = c0;
        v[3] = d0;
        v[4] = a1;
        v[5] = b1;
        v[6] = c1;
        v[7] = d1;
    }

    private void FillScalar(Span<double> destination)
    {
        for (int i = 0; i + Lanes <= destination.Length; i += Lanes)
        {
            for (int l = 0; l < Lanes; l++)
            {
                unchecked
                {
                    ulong b = s1[l];
                    ulong result = ulong.RotateLeft(b * 5, 7) * 9;
                    ulong t = b << 17;
                    s2[l] ^= s0[l];
                    s3[l] ^= s1[l];
                    s1[l] ^= s2[l];
                    s0[l] ^= s3[l];
                    s2[l] ^= t;
                    s3[l] = ulong.RotateLeft(s3[l], 45);
                    destination[i + l] = BitConverter.UInt64BitsToDouble((result >> 12) | OneBits) - Offset;
                }
            }
        }
    }
}
