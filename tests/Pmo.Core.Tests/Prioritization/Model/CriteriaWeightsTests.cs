using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Model;

/// <summary>Weights: the explicit Reject/Normalize policy and every validation rule.</summary>
public class CriteriaWeightsTests
{
    [Fact]
    public void Reject_accepts_weights_summing_to_one_as_given()
    {
        CriteriaWeights w = CriteriaWeights.Create([0.2, 0.3, 0.5]);
        Assert.Equal([0.2, 0.3, 0.5], w.Values.ToArray());
        Assert.Equal(WeightPolicy.Reject, w.Policy);
        Assert.False(w.WasNormalized);
        Assert.Equal(3, w.Count);
        Assert.Equal(0.3, w[1]);
        Assert.Equal(1.0, w.OriginalSum, 12);
    }

    [Fact]
    public void Reject_refuses_weights_not_summing_to_one()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => CriteriaWeights.Create([2.0, 2.0]));
        Assert.Equal("weights", e.ParamName);
        Assert.Contains("Normalize", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_divides_by_the_sum_and_says_so()
    {
        // 2/(2+6) = 0.25, 6/8 = 0.75.
        CriteriaWeights w = CriteriaWeights.Create([2.0, 6.0], WeightPolicy.Normalize);
        Assert.Equal(0.25, w[0], 15);
        Assert.Equal(0.75, w[1], 15);
        Assert.True(w.WasNormalized);
        Assert.Equal(8.0, w.OriginalSum);
        Assert.Equal([2.0, 6.0], w.Original.ToArray());
    }

    [Fact]
    public void Normalize_of_weights_already_summing_to_one_reports_no_change()
    {
        CriteriaWeights w = CriteriaWeights.Create([0.5, 0.5], WeightPolicy.Normalize);
        Assert.False(w.WasNormalized);
    }

    [Fact]
    public void Equal_weights_are_one_over_n()
    {
        CriteriaWeights w = CriteriaWeights.Equal(4);
        Assert.All(w.Values, x => Assert.Equal(0.25, x));
        Assert.Equal(4, w.AsSpan().Length);
    }

    [Fact]
    public void Empty_weights_are_rejected()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => CriteriaWeights.Create([]));
        Assert.Equal("weights", e.ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Weight_that_is_not_finite_and_positive_is_rejected(double bad)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => CriteriaWeights.Create([1.0, bad], WeightPolicy.Normalize));
        Assert.Equal("weights", e.ParamName);
    }

    [Fact]
    public void Undefined_policy_is_rejected()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => CriteriaWeights.Create([1.0], (WeightPolicy)7));
        Assert.Equal("policy", e.ParamName);
    }

    [Fact]
    public void Equal_needs_at_least_one_criterion()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => CriteriaWeights.Equal(0));
        Assert.Equal("count", e.ParamName);
    }
}
