using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Model;

/// <summary>The ranking contract: tie policies, direction, tolerance and validation. Expected ranks are worked out by hand.</summary>
public class RankingTests
{
    // Higher is better: 0.9 is first, the two 0.7 are tied for places 2-3, 0.1 is fourth.
    private static readonly double[] Tied = [0.9, 0.7, 0.7, 0.1];

    [Theory]
    [InlineData(TiePolicy.Min, new[] { 1.0, 2, 2, 4 })]
    [InlineData(TiePolicy.Average, new[] { 1.0, 2.5, 2.5, 4 })]
    [InlineData(TiePolicy.Dense, new[] { 1.0, 2, 2, 3 })]
    [InlineData(TiePolicy.InputOrder, new[] { 1.0, 2, 3, 4 })]
    public void Tie_policies_give_1224_fractional_dense_and_ordinal_ranks(TiePolicy policy, double[] expected)
    {
        Ranking r = Ranking.FromPreferences(Tied, higherIsBetter: true, policy);
        Assert.Equal(expected, r.Ranks.ToArray());
        Assert.Equal([0, 1, 2, 3], r.Order.ToArray());
        Assert.True(r.HasTies);
        Assert.Equal(policy, r.Policy);
        Assert.Equal(4, r.Count);
    }

    [Fact]
    public void Lower_is_better_reverses_the_order()
    {
        // Ascending: 0.1 (index 3), 0.7 (1), 0.7 (2), 0.9 (0).
        Ranking r = Ranking.FromPreferences(Tied, higherIsBetter: false, TiePolicy.Min);
        Assert.Equal([4.0, 2, 2, 1], r.Ranks.ToArray());
        Assert.Equal([3, 1, 2, 0], r.Order.ToArray());
    }

    [Fact]
    public void Tolerance_makes_near_values_tie_and_zero_tolerance_does_not()
    {
        double[] p = [0.9, 0.7, 0.7000001, 0.1];
        Ranking exact = Ranking.FromPreferences(p, true, TiePolicy.Average);
        Assert.Equal([1.0, 3, 2, 4], exact.Ranks.ToArray());
        Assert.False(exact.HasTies);

        Ranking tolerant = Ranking.FromPreferences(p, true, TiePolicy.Average, tieTolerance: 1e-6);
        Assert.Equal([1.0, 2.5, 2.5, 4], tolerant.Ranks.ToArray());
        Assert.Equal(1e-6, tolerant.TieTolerance);
    }

    [Fact]
    public void No_ties_is_reported()
    {
        Ranking r = Ranking.FromPreferences([3.0, 1, 2], true);
        Assert.Equal([1.0, 3, 2], r.Ranks.ToArray());
        Assert.False(r.HasTies);
    }

    [Fact]
    public void Empty_preferences_are_rejected()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Ranking.FromPreferences([], true));
        Assert.Equal("preferences", e.ParamName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Non_finite_preference_is_rejected(double bad)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Ranking.FromPreferences([1.0, bad], true));
        Assert.Equal("preferences", e.ParamName);
    }

    [Theory]
    [InlineData(-1e-9)]
    [InlineData(double.NaN)]
    public void Bad_tolerance_is_rejected(double tolerance)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Ranking.FromPreferences([1.0], true, TiePolicy.Min, tolerance));
        Assert.Equal("tieTolerance", e.ParamName);
    }

    [Fact]
    public void Undefined_policy_is_rejected()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Ranking.FromPreferences([1.0], true, (TiePolicy)99));
        Assert.Equal("policy", e.ParamName);
    }

    [Fact]
    public void Order_is_a_stable_sort_and_min_ranks_count_the_strictly_better() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(Gen.Choose(-5, 5).ArrayOf().Where(a => a.Length > 0).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (ints, higher) =>
        {
            // Values −5…5 (many ties; −0.0 from 0 · −1 included): the oracle is LINQ's stable OrderBy and a count.
            double[] p = [.. ints.Select(i => i == 0 && higher ? -0.0 : i)];
            Ranking r = Ranking.FromPreferences(p, higher, TiePolicy.Min);
            int[] stable = higher ? [.. Enumerable.Range(0, p.Length).OrderByDescending(i => p[i])] : [.. Enumerable.Range(0, p.Length).OrderBy(i => p[i])];
            bool ranks = Enumerable.Range(0, p.Length).All(i => r.Ranks[i] == 1 + p.Count(x => higher ? x > p[i] : x < p[i]));
            return stable.SequenceEqual(r.Order) && ranks;
        }));
}
