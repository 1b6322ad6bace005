using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Weights;

/// <summary>
/// Issue 9 §1/§6 regression: finite values whose column sum, range or ratio leaves the double range. Before the fix the
/// entropy method silently returned a wrong weight (p_ij = x / ∞ = 0 for every value, so E_j = 0 and d_j = 1: the column
/// looked maximally informative), and the min-max methods failed with the wrong reason ("standard deviation is 0", a
/// NaN σ behind it). Each now throws <see cref="ArgumentOutOfRangeException"/> on <c>matrix</c> naming the overflow.
/// </summary>
public class ObjectiveWeightsOverflowTests
{
    [Fact]
    public void Entropy_rejects_a_column_whose_sum_overflows()
    {
        // C1: 1e308 + 9e307 = 1.9e308 > double.MaxValue ≈ 1.797e308, so the sum is +∞; C2 is ordinary.
        DecisionMatrix m = ObjectiveWeightsTests.Matrix(new double[,] { { 1e308, 1 }, { 9e307, 2 } });
        Reject.Rule<ArgumentOutOfRangeException>(() => ObjectiveWeights.Entropy(m), "matrix", "'C1'", "sum overflows", "rescale");
    }

    [Fact]
    public void Entropy_still_accepts_a_large_column_whose_sum_is_finite()
    {
        // (8e307, 4e307) sums to 1.2e308 < MaxValue, so no overflow: p = (2/3, 1/3), the same distribution as the column
        // (2, 1), hence the same entropy.
        ObjectiveWeightsResult big = ObjectiveWeights.Entropy(ObjectiveWeightsTests.Matrix(new double[,] { { 8e307, 1 }, { 4e307, 3 } }));
        ObjectiveWeightsResult small = ObjectiveWeights.Entropy(ObjectiveWeightsTests.Matrix(new double[,] { { 2, 1 }, { 1, 3 } }));
        Assert.Equal(small.Entropies[0], big.Entropies[0], 12);
    }

    [Theory]
    [InlineData("StandardDeviation")]
    [InlineData("Critic")]
    public void MinMax_methods_reject_a_column_whose_range_overflows(string method)
    {
        // C1: 1e308 − (−1e308) = 2e308 > double.MaxValue: the range is +∞ (r = x/∞ would be 0 or NaN).
        DecisionMatrix m = ObjectiveWeightsTests.Matrix(new double[,] { { 1e308, 1 }, { -1e308, 2 }, { 0, 4 } });
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = method == "Critic" ? ObjectiveWeights.Critic(m) : ObjectiveWeights.StandardDeviation(m),
            "matrix",
            "'C1'",
            "range overflows",
            "rescale");
    }

    [Fact]
    public void Merec_rejects_a_column_whose_ratio_underflows()
    {
        // C1 benefit: n = min / x = 1e-300 / 1e300 = 1e-600, below the smallest subnormal (≈ 4.9e-324): 0, and ln 0 = −∞.
        DecisionMatrix m = ObjectiveWeightsTests.Matrix(new double[,] { { 1e-300, 1 }, { 1e300, 2 } });
        Reject.Rule<ArgumentOutOfRangeException>(() => ObjectiveWeights.Merec(m), "matrix", "'C1'", "underflows", "rescale");
    }
}
