using MathNet.Numerics.Distributions;
using Pmo.Core.Common;

namespace Pmo.Core.Tests.Kpis.Flow;

/// <summary>Bounded integers, block streams and the all-zero-state guard of the internal generator.</summary>
public class RandomStreamsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(90)]
    [InlineData(int.MaxValue)]
    public void NextInt_is_in_range(int max)
    {
        Xoshiro256StarStar g = Xoshiro256StarStar.FromSeed(12345);
        for (int i = 0; i < 100_000; i++)
        {
            int v = g.NextInt(max);
            Assert.InRange(v, 0, max - 1);
        }
    }

    [Fact]
    public void NextInt_is_uniform_by_a_chi_square_test()
    {
        // 10 cells, 1,000,000 draws: the chi-square statistic has 9 degrees of freedom; reject at 1e-6 only
        // (a fixed seed makes the test deterministic; the threshold documents how far from uniform is too far).
        const int Cells = 10, Draws = 1_000_000;
        Xoshiro256StarStar g = Xoshiro256StarStar.FromSeed(2026);
        long[] counts = new long[Cells];
        for (int i = 0; i < Draws; i++)
        {
            counts[g.NextInt(Cells)]++;
        }

        double expected = Draws / (double)Cells;
        double chi2 = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.True(chi2 < ChiSquared.InvCDF(Cells - 1, 1 - 1e-6), $"chi2 = {chi2}");
    }

    [Fact]
    public void Block_streams_are_successive_jumps_of_the_seeded_generator()
    {
        Xoshiro256StarStar[] blocks = RandomStreams.ForBlocks(99, 3);
        Xoshiro256StarStar g = Xoshiro256StarStar.FromSeed(99);
        Assert.Equal(g.State, blocks[0].State);
        g.Jump();
        Assert.Equal(g.State, blocks[1].State);
        g.Jump();
        Assert.Equal(g.State, blocks[2].State);
        Assert.NotEqual(blocks[0].NextUInt64(), blocks[1].NextUInt64());
    }

    [Fact]
    public void All_zero_state_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new Xoshiro256StarStar(0, 0, 0, 0));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1024, 1)]
    [InlineData(1025, 2)]
    [InlineData(10_000, 10)]
    public void Block_count(int trials, int blocks) => Assert.Equal(blocks, RandomStreams.BlockCount(trials));
}
