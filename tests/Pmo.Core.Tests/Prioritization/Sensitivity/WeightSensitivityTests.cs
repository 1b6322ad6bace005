using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Sensitivity;

/// <summary>One-at-a-time weight sensitivity: a hand-computed example and one test per validation rule.</summary>
public class WeightSensitivityTests
{
    // Utilities already span [0, 1] per column, so min-max normalisation leaves them unchanged.
    private static readonly DecisionMatrix Abc = Matrices.Benefit(new double[,] { { 1, 0, 0.5 }, { 0, 1, 0 }, { 0.6, 0.6, 1 } });

    private static readonly IMcdaMethod Method = new TestWeightedSum();

    /// <summary>
    /// A = (1, 0, 0.5), B = (0, 1, 0), C = (0.6, 0.6, 1); w = (0.5, 0.3, 0.2), criterion 0.
    /// Baseline: A = 0.5 + 0 + 0.1 = 0.6, B = 0.3, C = 0.3 + 0.18 + 0.2 = 0.68 → C first.
    /// p = +0.2: w0 = 0.6, others × (1 − 0.6)/(1 − 0.5) = 0.8 → (0.6, 0.24, 0.16); A = 0.6 + 0.08 = 0.68, B = 0.24,
    /// C = 0.36 + 0.144 + 0.16 = 0.664 → A overtakes C: top changed.
    /// p = −0.5: w0 = 0.25, others × 0.75/0.5 = 1.5 → (0.25, 0.45, 0.3); A = 0.25 + 0.15 = 0.40, B = 0.45,
    /// C = 0.15 + 0.27 + 0.3 = 0.72 → C stays first.
    /// </summary>
    [Fact]
    public void Hand_example()
    {
        CriteriaWeights w = CriteriaWeights.Create([0.5, 0.3, 0.2]);
        OneAtATimeResult r = WeightSensitivity.OneAtATime(Method, Abc, w, 0, [0.2, -0.5]);
        Assert.Equal("C", r.Baseline.Best);
        WeightChangeScenario up = r.Scenarios[0];
        Assert.Equal(0.6, up.Weights[0], 12);
        Assert.Equal(0.24, up.Weights[1], 12);
        Assert.Equal(0.16, up.Weights[2], 12);
        Assert.Equal(0.68, up.Preferences[0], 12);
        Assert.Equal(0.664, up.Preferences[2], 12);
        Assert.True(up.TopChanged);
        WeightChangeScenario down = r.Scenarios[1];
        Assert.Equal(0.45, down.Weights[1], 12);
        Assert.Equal(0.72, down.Preferences[2], 12);
        Assert.False(down.TopChanged);
        Assert.Equal([0.2], r.TopChanges.ToArray());
        Assert.Equal("c0", r.CriterionId);
    }

    [Fact]
    public void Top_k_change_is_tracked()
    {
        // Top-2 at baseline: C (0.68), A (0.6). At p = −0.5: C 0.72, B 0.45, A 0.40 → B enters the top 2.
        OneAtATimeResult r = WeightSensitivity.OneAtATime(Method, Abc, CriteriaWeights.Create([0.5, 0.3, 0.2]), 0, [-0.5], topK: 2);
        Assert.True(r.Scenarios[0].TopKChanged);
        Assert.False(r.Scenarios[0].TopChanged);
    }

    [Fact]
    public void Steps_are_exact_multiples()
    {
        var s = WeightSensitivity.Steps(-0.5, 0.5, 0.1);
        Assert.Equal(11, s.Length);
        Assert.Equal(-0.5, s[0]);
        Assert.Equal(0.5, s[^1]);
        Assert.Equal(-0.5 + (3 * 0.1), s[3]);
    }

    // ---- validation ----
    [Fact]
    public void Null_method() => Assert.Equal("method", Assert.Throws<ArgumentNullException>(() => WeightSensitivity.OneAtATime(null!, Abc, CriteriaWeights.Equal(3), 0, [0.1])).ParamName);

    [Fact]
    public void Null_matrix() => Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => WeightSensitivity.OneAtATime(Method, null!, CriteriaWeights.Equal(3), 0, [0.1])).ParamName);

    [Fact]
    public void Null_weights() => Assert.Equal("weights", Assert.Throws<ArgumentNullException>(() => WeightSensitivity.OneAtATime(Method, Abc, null!, 0, [0.1])).ParamName);

    [Fact]
    public void Null_changes() => Assert.Equal("changes", Assert.Throws<ArgumentNullException>(() => WeightSensitivity.OneAtATime(Method, Abc, CriteriaWeights.Equal(3), 0, null!)).ParamName);

    [Fact]
    public void Weights_do_not_match() => Assert.Equal("weights", Assert.Throws<ArgumentException>(() => WeightSensitivity.OneAtATime(Method, Abc, CriteriaWeights.Equal(2), 0, [0.1])).ParamName);

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Criterion_out_of_range(int c) => Assert.Equal("criterion", Assert.Throws<ArgumentOutOfRangeException>(() => WeightSensitivity.OneAtATime(Method, Abc, CriteriaWeights.Equal(3), c, [0.1])).ParamName);

    [Fact]
    public void Single_criterion()
    {
        var m = Matrices.Benefit(new double[,] { { 1 }, { 2 } });
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => WeightSensitivity.OneAtATime(Method, m, CriteriaWeights.Equal(1), 0, [0.1])).ParamName);
    }

    [Fact]
    public void Empty_changes() => Assert.Equal("changes", Assert.Throws<ArgumentException>(() => WeightSensitivity.OneAtATime(Method, Abc, CriteriaWeights.Equal(3), 0, [])).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void TopK_out_of_range(int k) => Assert.Equal("topK", Assert.Throws<ArgumentOutOfRangeException>(() => WeightSensitivity.OneAtATime(Method, Abc, CriteriaWeights.Equal(3), 0, [0.1], k)).ParamName);

    [Theory]
    [InlineData(-1.0)] // w' = 0
    [InlineData(1.0)] // w' = 1
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Change_leaving_0_1_is_named(double p)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => WeightSensitivity.OneAtATime(Method, Abc, CriteriaWeights.Create([0.5, 0.3, 0.2]), 0, [0.1, p]));
        Assert.Equal("changes", e.ParamName);
        Assert.Contains("The change", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_validation()
    {
        Assert.Equal("from", Assert.Throws<ArgumentOutOfRangeException>(() => WeightSensitivity.Steps(double.NaN, 1, 0.1)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => WeightSensitivity.Steps(1, 0, 0.1)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => WeightSensitivity.Steps(0, 1, 0)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => WeightSensitivity.Steps(0, 1, 1e-9)).ParamName);
    }
}

/// <summary>Layer 2: the one-at-a-time re-scaling keeps the sum at 1 and the ratios between the other weights.</summary>
public class WeightSensitivityProperties
{
    [Fact]
    public void Rescaled_weights_sum_to_1_and_keep_the_other_ratios() =>
        Prop.ForAll(
            Gen.Choose(1, 50).ArrayOf(4).SelectMany(w => Gen.Choose(-90, 90).Select(p => (w, p))).ToArbitrary(),
            c =>
            {
                var weights = CriteriaWeights.Create(c.w.Select(v => (double)v).ToArray(), WeightPolicy.Normalize);
                double change = c.p / 100.0;
                if (weights[0] * (1 + change) >= 1)
                {
                    return true;
                }

                var m = Matrices.Benefit(new double[,] { { 1, 2, 3, 4 }, { 4, 3, 2, 1 }, { 2, 2, 2, 3 } });
                WeightChangeScenario s = WeightSensitivity.OneAtATime(new TestWeightedSum(), m, weights, 0, [change]).Scenarios[0];
                return Math.Abs(s.Weights.Values.Sum() - 1) <= 1e-12
                    && Math.Abs(s.Weights[0] - (weights[0] * (1 + change))) <= 1e-15
                    && Math.Abs((s.Weights[1] / s.Weights[2]) - (weights[1] / weights[2])) <= 1e-12 * (weights[1] / weights[2])
                    && Math.Abs((s.Weights[3] / s.Weights[2]) - (weights[3] / weights[2])) <= 1e-12 * (weights[3] / weights[2]);
            }).QuickCheckThrowOnFailure();
}
