using Pmo.Core.Common;

namespace Pmo.Core.Tests.CommonContracts;

/// <summary>
/// The internal generators against their reference algorithms (issue 9 §6: Common's own tests must kill its mutants).
/// </summary>
public sealed class RandomStreamsReferenceTests
{
    [Fact]
    public void Xoshiro256StarStar_from_state_1_2_3_4_matches_the_reference_sequence()
    {
        // Blackman and Vigna's reference xoshiro256starstar.c from the state (1, 2, 3, 4). The first three by hand:
        // 1) rotl(2·5, 7)·9 = 1280·9 = 11520; the state becomes (7, 0, 262146, rotl(6, 45)).
        // 2) s1 = 0, so rotl(0, 7)·9 = 0; the state becomes (7 ^ rotl(6, 45), 262149, 262149, rotl(6, 26)).
        // 3) rotl(262149·5, 7)·9 = 1310745·128·9 = 1509978240.
        // The rest were produced by an independent Python transcription of the reference C code (not by Pmo.Core); the
        // same ten values are the reference vector of the Rust crate rand_xoshiro.
        ulong[] expected =
        [
            11520, 0, 1509978240, 1215971899390074240, 1216172134540287360, 607988272756665600,
            16172922978634559625, 8476171486693032832, 10595114339597558777, 2904607092377533576,
        ];
        var g = new Xoshiro256StarStar(1, 2, 3, 4);
        ulong[] actual = new ulong[expected.Length];
        for (int i = 0; i < actual.Length; i++)
        {
            actual[i] = g.NextUInt64();
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Jump_from_state_0_0_0_1_matches_the_published_jumped_state()
    {
        // The jump polynomial is shared by xoshiro256** and xoshiro256++ (same linear engine). State after jump() from
        // (0, 0, 0, 1), as published in the test data of DSCF-1224/xoshiro-fortran (test/README.md, "with a jump of
        // the generator state"), and reproduced by a Python transcription of the reference jump().
        var g = new Xoshiro256StarStar(0, 0, 0, 1);
        g.Jump();
        Assert.Equal((0x934D05E8B2076310UL, 0xEABDD0BF76A1BE51UL, 0x75DD6A992ACCB1E8UL, 0xC660C602A7330187UL), g.State);
    }

    [Fact]
    public void SplitMix64_matches_the_reference_sequence()
    {
        // Vigna's splitmix64.c from the state 1234567 (values from an independent Python transcription of the C code;
        // the first is the widely quoted 6457827717110365317).
        ulong state = 1234567;
        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];
        ulong[] actual = new ulong[expected.Length];
        for (int i = 0; i < actual.Length; i++)
        {
            actual[i] = SplitMix64.Next(ref state);
        }

        Assert.Equal(expected, actual);
        Assert.Equal(unchecked(1234567UL + (5 * 0x9E3779B97F4A7C15UL)), state);
    }

    [Fact]
    public void FromSeed_takes_four_successive_SplitMix64_outputs()
    {
        // splitmix64.c from state 0: its first four outputs (Python transcription of the reference C code).
        Xoshiro256StarStar g = Xoshiro256StarStar.FromSeed(0);
        Assert.Equal((16294208416658607535UL, 7960286522194355700UL, 487617019471545679UL, 17909611376780542444UL), g.State);
    }

    [Fact]
    public void A_state_with_one_nonzero_word_is_accepted_and_the_all_zero_state_is_named()
    {
        Assert.Equal((0UL, 0UL, 0UL, 1UL), new Xoshiro256StarStar(0, 0, 0, 1).State);
        Assert.Equal((1UL, 0UL, 0UL, 0UL), new Xoshiro256StarStar(1, 0, 0, 0).State);
        ArgumentException e = Assert.Throws<ArgumentException>(() => new Xoshiro256StarStar(0, 0, 0, 0));
        Assert.Equal("s0", e.ParamName);
        Assert.Contains("must not be all zero", e.Message, StringComparison.Ordinal);
    }

    // Lemire's method for n = 2^31 − 1: threshold = 2^64 mod n = 4 (2^31 ≡ 1 mod n, so 2^64 = 4·(2^31)^2 ≡ 4).
    // The states below are built so that the first output x is chosen: s1 = rotr(x·9⁻¹, 7)·5⁻¹ (mod 2^64) inverts the
    // output function rotl(5·s1, 7)·9. Values from a Python transcription of the reference generator and Lemire (2019).
    private const int N = int.MaxValue;

    [Fact]
    public void NextInt_rejects_a_draw_whose_low_word_is_below_the_threshold()
    {
        // x = n⁻¹ mod 2^64 = 13835058053134680063: x·n = 1610612735·2^64 + 1, so low = 1 < 4 is rejected and the next
        // draw (13835058053134668543, low far above n) gives ⌊x'·n / 2^64⌋ = 1610612734.
        var g = new Xoshiro256StarStar(1, 5738186405219955143, 3, 4);
        Assert.Equal(1610612734, g.NextInt(N));
    }

    [Fact]
    public void NextInt_accepts_a_draw_whose_low_word_equals_the_threshold()
    {
        // x = 4·n⁻¹ mod 2^64 = 18446744065119617020: low = 4, not below the threshold 4, so x is kept:
        // ⌊x·n / 2^64⌋ = 2147483646 (the next draw would give 2147483645).
        var g = new Xoshiro256StarStar(1, 15574047991395999926, 3, 4);
        Assert.Equal(2147483646, g.NextInt(N));
    }

    [Fact]
    public void NextInt_is_the_high_word_of_the_product_and_a_zero_draw_is_rejected()
    {
        // From (1, 2, 3, 4) the draws are 11520, 0, 1509978240, 1215971899390074240, … For n = 10 the threshold is
        // 2^64 mod 10 = 6. Call 1: ⌊11520·10 / 2^64⌋ = 0. Call 2: the draw 0 has low word 0 < 6 and is rejected; the
        // next draw 1509978240 gives 0. Call 3 (n = 2^31 − 1) therefore uses the fourth draw:
        // ⌊1215971899390074240·2147483647 / 2^64⌋ = 141557759 (without the rejection, call 2 would keep the 0 and call 3 would get the third draw: 0).
        var g = new Xoshiro256StarStar(1, 2, 3, 4);
        Assert.Equal(0, g.NextInt(10));
        Assert.Equal(0, g.NextInt(10));
        Assert.Equal(141557759, g.NextInt(N));
    }

    [Fact]
    public void Blocks_cover_the_trials_in_order_with_the_jumped_generators()
    {
        // 2,500 trials = blocks of 1024, 1024 and 452; block b's generator is the seeded one after b jumps.
        var seen = new (int First, int Count, ulong S0)[3];
        RandomStreams.RunBlocks(2500, 7, 1, (int first, int count, ref Xoshiro256StarStar g) => seen[first / 1024] = (first, count, g.State.S0));
        Xoshiro256StarStar expected = Xoshiro256StarStar.FromSeed(7);
        for (int b = 0; b < 3; b++)
        {
            Assert.Equal(b * 1024, seen[b].First);
            Assert.Equal(b < 2 ? 1024 : 452, seen[b].Count);
            Assert.Equal(expected.State.S0, seen[b].S0);
            expected.Jump();
        }
    }

    [Fact]
    public void ForBlocks_can_start_at_a_later_block()
    {
        Xoshiro256StarStar[] all = RandomStreams.ForBlocks(11, 4);
        Xoshiro256StarStar[] tail = RandomStreams.ForBlocks(11, 2, firstBlock: 2);
        Assert.Equal(2, tail.Length);
        Assert.Equal(all[2].State, tail[0].State);
        Assert.Equal(all[3].State, tail[1].State);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(null)]
    public void Parallel_and_sequential_blocks_give_the_same_draws(int? degree)
    {
        // Each block writes its own slots, so the result cannot depend on the thread count.
        const int Trials = 5000;
        ulong[] draws = new ulong[Trials];
        RandomStreams.RunBlocks(Trials, 3, degree, (int first, int count, ref Xoshiro256StarStar g) =>
        {
            for (int i = first; i < first + count; i++)
            {
                draws[i] = g.NextUInt64();
            }
        });
        Xoshiro256StarStar[] gens = RandomStreams.ForBlocks(3, RandomStreams.BlockCount(Trials));
        for (int i = 0; i < Trials; i++)
        {
            if (i % 1024 == 0)
            {
                Assert.Equal(gens[i / 1024].NextUInt64(), draws[i]);
            }
        }

        Assert.DoesNotContain(0UL, draws);
    }

    [Fact]
    public void Creating_many_block_streams_can_be_cancelled()
    {
        // 100,000 jumps take about 0.1 s: the token is checked every 1,024 jumps, including the skipped first blocks.
        Assert.Throws<OperationCanceledException>(() => RandomStreams.ForBlocks(5, 100_000, cancellationToken: new CancellationToken(true)));
        Assert.Throws<OperationCanceledException>(() => RandomStreams.ForBlocks(5, 0, firstBlock: 10, cancellationToken: new CancellationToken(true)));
        Assert.Empty(RandomStreams.ForBlocks(5, 0, cancellationToken: new CancellationToken(true)));
        Assert.Equal(RandomStreams.ForBlocks(5, 3)[2].State, RandomStreams.ForBlocks(5, 3, cancellationToken: CancellationToken.None)[2].State);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_cancelled_token_throws_OperationCanceledException_not_AggregateException(int degree)
    {
        using var cts = new CancellationTokenSource();
        int ran = 0;
        Exception e = Record.Exception(() => RandomStreams.RunBlocks(10 * 1024, 1, degree, (int first, int count, ref Xoshiro256StarStar g) =>
        {
            if (Interlocked.Increment(ref ran) == 1)
            {
                cts.Cancel();
            }
        }, null, cts.Token));
        Assert.IsAssignableFrom<OperationCanceledException>(e);
        Assert.True(ran < 10, $"{ran} blocks ran after cancellation");
    }

    [Fact]
    public void One_block_runs_inline_even_when_parallelism_is_allowed()
    {
        int thread = -1;
        RandomStreams.RunBlocks(100, 1, 4, (int first, int count, ref Xoshiro256StarStar g) => thread = Environment.CurrentManagedThreadId);
        Assert.Equal(Environment.CurrentManagedThreadId, thread);
    }
}
