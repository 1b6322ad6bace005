using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Sensitivity;

/// <summary>
/// Issue 9 §6, Stryker survivors list P4 (weight sensitivity): <see cref="WeightSensitivity.OneAtATime"/>'s documented
/// messages, the validity range of a change, the top-k set (not order) flag and Spearman's ρ for two and one
/// alternatives; <see cref="WeightSensitivity.Steps"/> at its boundaries (to = from, step = 0, exactly 1,000,000 steps,
/// the snap of the last value to <c>to</c> within 1e-9 of a step). Every number is worked by hand in the comments.
/// </summary>
public class PrioritizationMutationTestsP4b
{
    // Utilities already span [0, 1] per column (min-max leaves them unchanged); same example as WeightSensitivityTests.
    private static readonly DecisionMatrix Abc = Matrices.Benefit(new double[,] { { 1, 0, 0.5 }, { 0, 1, 0 }, { 0.6, 0.6, 1 } });

    private static readonly IMcdaMethod Method = new TestWeightedSum();

    // ---- OneAtATime: messages ----
    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Criterion_message_names_the_column_range(int criterion) =>
        Reject.Rule<ArgumentOutOfRangeException>(
            () => WeightSensitivity.OneAtATime(Method, Abc, CriteriaWeights.Equal(3), criterion, [0.1]),
            nameof(criterion),
            "criterion must be a column index in [0, 2]");

    [Fact]
    public void Single_criterion_message_states_the_rule() =>
        Reject.Rule<ArgumentException>(
            () => WeightSensitivity.OneAtATime(Method, Matrices.Benefit(new double[,] { { 1 }, { 2 } }), CriteriaWeights.Equal(1), 0, [0.1]),
            "weights",
            "Changing one weight and re-scaling the others needs at least two criteria");

    [Fact]
    public void TopK_message_names_the_alternative_count() =>
        Reject.Rule<ArgumentOutOfRangeException>(
            () => WeightSensitivity.OneAtATime(Method, Abc, CriteriaWeights.Equal(3), 0, [0.1], topK: 4),
            "topK",
            "topK must lie in [1, 3] (the number of alternatives); got 4");

    [Fact]
    public void Empty_changes_message_states_the_rule() =>
        Reject.Rule<ArgumentException>(() => WeightSensitivity.OneAtATime(Method, Abc, CriteriaWeights.Equal(3), 0, []), "changes", "At least one change is needed");

    [Fact]
    public void Change_message_gives_the_valid_range_of_p()
    {
        // w0 = 0.5, p = 1 → 0.5 × 2 = 1, outside (0, 1). Valid p: 0 < 0.5 (1 + p) < 1 ⇔ p in (−1, 1/0.5 − 1) = (−1, 1).
        Reject.Rule<ArgumentOutOfRangeException>(
            () => WeightSensitivity.OneAtATime(Method, Abc, CriteriaWeights.Create([0.5, 0.3, 0.2]), 0, [1.0]),
            "changes",
            "The change 1 gives criterion 'c0'",
            "outside (0, 1)",
            "p in (-1, 1)");
    }

    // ---- OneAtATime: results ----
    [Fact]
    public void A_large_positive_change_inside_the_range_is_applied()
    {
        // w = (0.2, 0.3, 0.5), p = +1.5 (+150 %): w0' = 0.2 × 2.5 = 0.5, inside (0, 1) (valid p: (−1, 1/0.2 − 1) = (−1, 4)).
        // The others × (1 − 0.5)/(1 − 0.2) = 0.625: 0.1875, 0.3125.
        OneAtATimeResult r = WeightSensitivity.OneAtATime(Method, Abc, CriteriaWeights.Create([0.2, 0.3, 0.5]), 0, [1.5]);
        CriteriaWeights w = r.Scenarios[0].Weights;
        Assert.Equal(0.5, w[0], 12);
        Assert.Equal(0.1875, w[1], 12);
        Assert.Equal(0.3125, w[2], 12);
    }

    [Fact]
    public void A_large_negative_change_inside_the_range_is_applied()
    {
        // w = (0.6, 0.2, 0.2), p = −0.9 (−90 %): w0' = 0.6 × 0.1 = 0.06; the others × 0.94/0.4 = 2.35: 0.47, 0.47.
        OneAtATimeResult r = WeightSensitivity.OneAtATime(Method, Abc, CriteriaWeights.Create([0.6, 0.2, 0.2]), 0, [-0.9]);
        CriteriaWeights w = r.Scenarios[0].Weights;
        Assert.Equal(0.06, w[0], 12);
        Assert.Equal(0.47, w[1], 12);
    }

    [Fact]
    public void TopK_change_tracks_the_set_not_the_order()
    {
        // w = (0.5, 0.3, 0.2): A 0.6, B 0.3, C 0.68 → top-2 (C, A). p = +0.2 → (0.6, 0.24, 0.16): A 0.68, B 0.24, C 0.664
        // → top-2 (A, C): the same set in another order. TopKChanged is about the set: false; the best changed: true.
        OneAtATimeResult r = WeightSensitivity.OneAtATime(Method, Abc, CriteriaWeights.Create([0.5, 0.3, 0.2]), 0, [0.2], topK: 2);
        Assert.False(r.Scenarios[0].TopKChanged);
        Assert.True(r.Scenarios[0].TopChanged);
    }

    [Fact]
    public void Spearman_to_the_baseline_with_two_alternatives()
    {
        // A = (1, 0), B = (0, 1), w = (0.6, 0.4): A 0.6 > B 0.4. p = −0.5 → (0.3, 0.7): A 0.3 < B 0.7, reversed → ρ = −1
        // (1 − 6·Σd²/(N(N² − 1)) = 1 − 6·2/6). p = +0.5 → (0.9, 0.1): same order → ρ = 1.
        DecisionMatrix m = Matrices.Benefit(new double[,] { { 1, 0 }, { 0, 1 } });
        OneAtATimeResult r = WeightSensitivity.OneAtATime(Method, m, CriteriaWeights.Create([0.6, 0.4]), 0, [-0.5, 0.5]);
        Assert.Equal(-1.0, r.Scenarios[0].SpearmanToBaseline);
        Assert.True(r.Scenarios[0].TopChanged);
        Assert.Equal(1.0, r.Scenarios[1].SpearmanToBaseline);
    }

    [Fact]
    public void Spearman_to_the_baseline_is_null_for_a_single_alternative()
    {
        // One alternative: ρ is undefined (a constant ranking) → null, and nothing can change.
        DecisionMatrix m = Matrices.Benefit(new double[,] { { 1, 2 } });
        OneAtATimeResult r = WeightSensitivity.OneAtATime(Method, m, CriteriaWeights.Create([0.5, 0.5]), 0, [0.2]);
        Assert.Null(r.Scenarios[0].SpearmanToBaseline);
        Assert.False(r.Scenarios[0].TopChanged);
        Assert.False(r.Scenarios[0].TopKChanged);
    }

    // ---- Steps ----
    [Fact]
    public void Steps_from_message_states_the_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => WeightSensitivity.Steps(double.PositiveInfinity, 1, 0.1), "from", "from must be a finite number");

    [Fact]
    public void Steps_with_to_equal_to_from_is_the_single_value() =>
        Assert.Equal([0.5], WeightSensitivity.Steps(0.5, 0.5, 0.1).ToArray());

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Steps_rejects_a_step_that_is_not_positive_even_for_an_empty_range(double step) =>
        Reject.Rule<ArgumentOutOfRangeException>(() => WeightSensitivity.Steps(0, 0, step), nameof(step), "step must be a finite number greater than zero");

    [Fact]
    public void Steps_allows_exactly_one_million_steps()
    {
        // 0 … 1,000,000 by 1: exactly 1,000,000 steps (1,000,001 values) is allowed; 1,000,001 steps are not.
        var s = WeightSensitivity.Steps(0, 1_000_000, 1);
        Assert.Equal(1_000_001, s.Length);
        Assert.Equal(1_000_000, s[^1]);
        Reject.Rule<ArgumentOutOfRangeException>(() => WeightSensitivity.Steps(0, 1_000_001, 1), "step", "at most 1,000,000 are allowed");
    }

    [Fact]
    public void Steps_snaps_the_last_value_to_to_within_1e9_of_a_step()
    {
        // 0 … 4 + 1e-9 by 2: count = ⌊(4 + 1e-9)/2 + 1e-9⌋ = 2; the last multiple 0 + 2·2 = 4 is 1e-9 from to, within
        // 1e-9 × step = 2e-9 → the last value is to itself.
        double to = 4 + 1e-9;
        var s = WeightSensitivity.Steps(0, to, 2);
        Assert.Equal(3, s.Length);
        Assert.Equal(0, s[0]);
        Assert.Equal(2, s[1]);
        Assert.Equal(to, s[2]);
    }

    [Fact]
    public void Steps_snap_includes_the_exact_tolerance()
    {
        // 0 … 1e9 + 1 by 1e9: count = ⌊1.000000001 + 1e-9⌋ = 1; 1e9 is exactly 1 from to, and 1e-9 × 1e9 rounds to exactly 1
        // (the double 1e-9 is 1e-9·(1 + 6.2e-17), below half an ulp of 1): "within" includes the end → to.
        var s = WeightSensitivity.Steps(0, 1e9 + 1, 1e9);
        Assert.Equal([0, 1e9 + 1], s.ToArray());
    }

    [Fact]
    public void Steps_does_not_snap_when_the_range_is_not_a_whole_number_of_steps()
    {
        // 0 … 1 by 0.3: ⌊3.33…⌋ = 3 steps, values 0 + i·0.3 for i = 0..3; the last, 3·0.3 ≈ 0.9, is 0.1 short of 1 — far
        // more than 1e-9 × 0.3 — so it stays from + 3·step and is not 1.
        var s = WeightSensitivity.Steps(0, 1, 0.3);
        Assert.Equal(4, s.Length);
        Assert.Equal(0 + (3 * 0.3), s[3]);
        Assert.NotEqual(1.0, s[3]);
    }
}
