using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Sensitivity;

/// <summary>Leave-one-out rank reversal: a hand-built case where min-max normalisation reverses a pair, and validation.</summary>
public class RankReversalTests
{
    /// <summary>
    /// A = (4, 0), B = (2, 2), C = (0, 3), D = (2, 10), w = (0.5, 0.5), min-max weighted sum.
    /// All: c1 range [0, 4] → (1, .5, 0, .5); c2 range [0, 10] → (0, .2, .3, 1); scores A .5, B .35, C .15, D .75 → D, A, B, C.
    /// Without D: c2 range [0, 3] → (0, 2/3, 1); scores A .5, B .5833, C .5 → B first, A and C tied (a tie is not a reversal):
    /// one reversal, A was ahead of B and B is now ahead; the best remaining should be A but is B.
    /// Without A: c1 [0, 2] → B 1, C 0, D 1; c2 [2, 10] → B 0, C .125, D 1: B .5, C .0625, D 1 → same order as before.
    /// Without B: same ranges as all → D, A, C. Without C: c1 [2, 4] → A 1, B 0, D 0; c2 [0, 10]: A .5, B .1, D .5 → A and D
    /// tie (not a reversal).
    /// </summary>
    [Fact]
    public void Min_max_weighted_sum_reverses_when_the_range_setter_leaves()
    {
        var m = Matrices.Benefit(new double[,] { { 4, 0 }, { 2, 2 }, { 0, 3 }, { 2, 10 } });
        RankReversalResult r = RankReversal.LeaveOneOut(new TestWeightedSum(), m, CriteriaWeights.Equal(2));
        Assert.Equal(1, r.ReversalCount);
        Assert.True(r.HasReversals);
        LeaveOneOutStep withoutD = r.Steps[3];
        Assert.Equal("D", withoutD.Dropped);
        RankReversalPair pair = Assert.Single(withoutD.Reversals);
        Assert.Equal("A", pair.FormerlyAhead);
        Assert.Equal("B", pair.NowAhead);
        Assert.Equal(2, pair.FormerlyAheadRankBefore);
        Assert.Equal(3, pair.NowAheadRankBefore);
        Assert.Equal(2, pair.FormerlyAheadRankAfter);
        Assert.Equal(1, pair.NowAheadRankAfter);
        Assert.True(withoutD.TopChanged);
        Assert.Equal("A", withoutD.ExpectedBest);
        Assert.Equal("B", withoutD.Best);
        Assert.All(r.Steps.Take(3), s => Assert.Empty(s.Reversals));
        Assert.False(r.Steps[0].TopChanged);
    }

    [Fact]
    public void Null_arguments()
    {
        var m = Matrices.Benefit(new double[,] { { 1, 2 }, { 2, 1 } });
        Assert.Equal("method", Assert.Throws<ArgumentNullException>(() => RankReversal.LeaveOneOut(null!, m, CriteriaWeights.Equal(2))).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => RankReversal.LeaveOneOut(new TestWeightedSum(), null!, CriteriaWeights.Equal(2))).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentNullException>(() => RankReversal.LeaveOneOut(new TestWeightedSum(), m, null!)).ParamName);
    }

    [Fact]
    public void Weights_do_not_match() =>
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => RankReversal.LeaveOneOut(new TestWeightedSum(), Matrices.Benefit(new double[,] { { 1, 2 }, { 2, 1 } }), CriteriaWeights.Equal(3))).ParamName);

    [Fact]
    public void One_alternative() =>
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => RankReversal.LeaveOneOut(new TestWeightedSum(), Matrices.Benefit(new double[,] { { 1, 2 } }), CriteriaWeights.Equal(2))).ParamName);
}
