using System.Runtime.CompilerServices;

namespace Pmo.Core.Common;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014; Vigna's <c>splitmix64.c</c>): used only to expand a 64-bit seed into a
/// xoshiro256** state, as Blackman and Vigna recommend.
/// </summary>
internal static class SplitMix64
{
    /// <summary>Advances <paramref name="state"/> by the golden gamma and returns the mixed output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Next(ref ulong state)
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            ulong z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}

/// <summary>
/// xoshiro256** 1.0 (D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4),
/// 2021; reference code <c>https://prng.di.unimi.it/xoshiro256starstar.c</c>). Written here, not taken from
/// <c>System.Random</c>, so that simulated results are bit-identical across .NET versions. A mutable value type: pass
/// it by <see langword="ref"/>; each simulation block owns its own copy.
/// </summary>
internal struct Xoshiro256StarStar
{
    private static ReadOnlySpan<ulong> JumpPolynomial => [0x180EC6D33CFD0ABAUL, 0xD5A61266F0C9392CUL, 0xA9582618E03FC9AAUL, 0x39ABDC4529B1661CUL];

    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    /// <summary>Creates a generator from a raw 256-bit state (not all zero).</summary>
    public Xoshiro256StarStar(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
        {
            throw new ArgumentException("The xoshiro256** state must not be all zero.", nameof(s0));
        }

        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }

    /// <summary>Gets the four state words (for tests).</summary>
    public readonly (ulong S0, ulong S1, ulong S2, ulong S3) State => (s0, s1, s2, s3);

    /// <summary>Seeds the state with four successive SplitMix64 outputs from <paramref name="seed"/> (never all zero).</summary>
    public static Xoshiro256StarStar FromSeed(ulong seed)
    {
        ulong state = seed;
        return new Xoshiro256StarStar(SplitMix64.Next(ref state), SplitMix64.Next(ref state), SplitMix64.Next(ref state), SplitMix64.Next(ref state));
    }

    /// <summary>Returns the next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        unchecked
        {
            ulong result = ulong.RotateLeft(s1 * 5, 7) * 9;
            ulong t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = ulong.RotateLeft(s3, 45);
            return result;
        }
    }

    /// <summary>
    /// Returns a uniform integer in [0, <paramref name="exclusiveMax"/>) without bias, by Lemire's multiply-and-reject
    /// method (D. Lemire, "Fast random integer generation in an interval", ACM TOMACS 29(1), 2019).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(int exclusiveMax)
    {
        unchecked
        {
            ulong range = (ulong)exclusiveMax;
            ulong high = Math.BigMul(NextUInt64(), range, out ulong low);
            if (low < range)
            {
                ulong threshold = (0UL - range) % range;
                while (low < threshold)
                {
                    high = Math.BigMul(NextUInt64(), range, out low);
                }
            }

            return (int)high;
        }
    }

    /// <summary>Advances the state by 2^128 steps (the reference <c>jump()</c>): successive jumps give non-overlapping streams.</summary>
    public void Jump()
    {
        ulong j0 = 0, j1 = 0, j2 = 0, j3 = 0;
        foreach (ulong word in JumpPolynomial)
        {
            for (int b = 0; b < 64; b++)
            {
                if ((word & (1UL << b)) != 0)
                {
                    j0 ^= s0;
                    j1 ^= s1;
                    j2 ^= s2;
                    j3 ^= s3;
                }

                _ = NextUInt64();
            }
        }

        s0 = j0;
        s1 = j1;
        s2 = j2;
        s3 = j3;
    }
}

/// <summary>
/// Random streams for block-parallel Monte Carlo. The trials of a simulation are split into fixed blocks of
/// <see cref="TrialsPerBlock"/>; block b draws from the master generator (seeded by <see cref="Xoshiro256StarStar.FromSeed"/>)
/// after b jumps of 2^128 steps, so blocks never overlap and each block's numbers depend only on the seed and b —
/// never on which thread runs it. Results are merged in block order, so any thread count gives bit-identical output.
/// </summary>
internal static class RandomStreams
{
    /// <summary>The number of trials per block (fixed: changing it changes every seeded result).</summary>
    public const int TrialsPerBlock = 1024;

    /// <summary>The number of blocks for <paramref name="trials"/> trials.</summary>
    public static int BlockCount(int trials) => (trials + TrialsPerBlock - 1) / TrialsPerBlock;

    /// <summary>Jumps between two cancellation checks in <see cref="ForBlocks"/> (a jump is 256 steps, about a microsecond).</summary>
    internal const int JumpsPerCancellationCheck = 1024;

    /// <summary>Returns the generators of blocks <paramref name="firstBlock"/> … <paramref name="firstBlock"/> + <paramref name="blocks"/> − 1 for <paramref name="seed"/>.</summary>
    /// <remarks>
    /// Costs one jump per block (about 0.1 s for 100,000 blocks), so the token is checked every
    /// <see cref="JumpsPerCancellationCheck"/> jumps: a cancelled token throws <see cref="OperationCanceledException"/>.
    /// </remarks>
    public static Xoshiro256StarStar[] ForBlocks(ulong seed, int blocks, int firstBlock = 0, CancellationToken cancellationToken = default)
    {
        var result = new Xoshiro256StarStar[blocks];
        Xoshiro256StarStar g = Xoshiro256StarStar.FromSeed(seed);
        for (int b = 0; b < firstBlock; b++)
        {
            if (b % JumpsPerCancellationCheck == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            g.Jump();
        }

        for (int b = 0; b < blocks; b++)
        {
            if (b % JumpsPerCancellationCheck == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            result[b] = g;
            g.Jump();
        }

        return result;
    }

    /// <summary>Runs <paramref name="body"/>(block, first trial, trial count, generator) for every block, in parallel or not.</summary>
    /// <remarks>
    /// The token is checked before every block of <see cref="TrialsPerBlock"/> trials; a cancelled token throws
    /// <see cref="OperationCanceledException"/>. After every block, <paramref name="progress"/> (when not null) receives
    /// the trials done so far (counted with <see cref="Interlocked.Add(ref long, long)"/>) out of <paramref name="trials"/>;
    /// it changes neither the streams nor the blocks' work.
    /// </remarks>
    public static void RunBlocks(int trials, ulong seed, int? maxDegreeOfParallelism, BlockBody body, IProgress<WorkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        int blocks = BlockCount(trials);
        Xoshiro256StarStar[] generators = ForBlocks(seed, blocks, cancellationToken: cancellationToken);
        long done = 0;
        void Run(int b)
        {
            int first = b * TrialsPerBlock;
            int count = Math.Min(TrialsPerBlock, trials - first);
            cancellationToken.ThrowIfCancellationRequested();
            body(first, count, ref generators[b]);
            progress?.Report(new WorkProgress(Interlocked.Add(ref done, count), trials));
        }

        int degree = maxDegreeOfParallelism ?? Environment.ProcessorCount;
        if (degree <= 1 || blocks == 1)
        {
            for (int b = 0; b < blocks; b++)
            {
                Run(b);
            }
        }
        else
        {
            try
            {
                Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken }, Run);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count >= 1 && e.InnerExceptions.All(x => x is OperationCanceledException))
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                throw;
            }
        }
    }

    /// <summary>The work of one block: trials [first, first + count) with the block's own generator.</summary>
    public delegate void BlockBody(int first, int count, ref Xoshiro256StarStar generator);
}
