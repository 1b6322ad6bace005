using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Model;

/// <summary>The base result: its ranking, lookups and validation.</summary>
public class McdaResultTests
{
    private static readonly DecisionMatrix Matrix = DecisionMatrix.FromRows(["a", "b", "c"], [Criterion.Benefit("x")], [[1.0], [2], [3]]);

    [Fact]
    public void Ranks_preferences_by_direction_and_policy()
    {
        var r = new McdaResult("custom", Matrix, CriteriaWeights.Equal(1), [0.2, 0.9, 0.2], higherIsBetter: true, TiePolicy.Average);
        Assert.Equal([2.5, 1, 2.5], r.Ranking.Ranks.ToArray());
        Assert.Equal("b", r.Best);
        Assert.Equal(0.9, r.PreferenceOf("b"));
        Assert.Equal(2.5, r.RankOf("c"));
        Assert.Empty(r.Diagnostics);

        var lower = new McdaResult("custom", Matrix, CriteriaWeights.Equal(1), [0.2, 0.9, 0.1], higherIsBetter: false);
        Assert.Equal("c", lower.Best);
    }

    [Fact]
    public void Preference_count_must_match_the_alternatives() =>
        Assert.Equal("preferences", Assert.Throws<ArgumentException>(() => new McdaResult("m", Matrix, CriteriaWeights.Equal(1), [1.0], true)).ParamName);

    [Fact]
    public void Non_finite_preference_is_rejected() =>
        Assert.Equal("preferences", Assert.Throws<ArgumentOutOfRangeException>(() => new McdaResult("m", Matrix, CriteriaWeights.Equal(1), [1.0, double.NaN, 2], true)).ParamName);

    [Fact]
    public void Blank_method_name_is_rejected() =>
        Assert.Equal("method", Assert.Throws<ArgumentException>(() => new McdaResult(" ", Matrix, CriteriaWeights.Equal(1), [1.0, 2, 3], true)).ParamName);
}
