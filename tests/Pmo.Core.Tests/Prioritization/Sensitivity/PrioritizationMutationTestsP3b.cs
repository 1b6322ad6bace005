using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Sensitivity;

/// <summary>
/// Issue 9 §6, Stryker survivors list P3 (part 2 of 2): <see cref="RankReversal"/> (the two-alternative boundary, the
/// "a tie that disappears is not a reversal" rule, HasReversals and ReversalCount over several steps) and
/// <see cref="RankCorrelation"/> (null checks of every Ranking overload, the validation of r_w and WS, rejection
/// messages, and the average ranks behind Spearman's ρ).
/// </summary>
public class PrioritizationMutationTestsP3b
{
    // ---- RankReversal ----

    /// <summary>
    /// Two alternatives are the minimum. A = (2, 2) dominates B = (1, 1) under the min-max weighted sum (A 1, B 0).
    /// Dropping either leaves one alternative, so nothing can flip: no reversals, HasReversals false, and the best
    /// remaining is the baseline's best remaining.
    /// </summary>
    [Fact]
    public void Two_alternatives_are_enough_and_nothing_reverses()
    {
        var m = Matrices.Benefit(new double[,] { { 2, 2 }, { 1, 1 } });
        RankReversalResult r = RankReversal.LeaveOneOut(new TestWeightedSum(), m, CriteriaWeights.Equal(2));
        Assert.Equal(2, r.Steps.Length);
        Assert.False(r.HasReversals);
        Assert.Equal(0, r.ReversalCount);
        Assert.All(r.Steps, s => Assert.False(s.TopChanged));
        Assert.Equal("B", r.Steps[0].ExpectedBest);
        Assert.Equal("B", r.Steps[0].Best);
        Assert.Equal("A", r.Steps[1].Best);
    }

    [Fact]
    public void One_alternative_is_rejected_with_the_rule_in_the_message() =>
        Reject.Rule<ArgumentException>(
            () => RankReversal.LeaveOneOut(new TestWeightedSum(), Matrices.Benefit(new double[,] { { 1, 2 } }), CriteriaWeights.Equal(2)),
            "matrix",
            "A leave-one-out check needs at least two alternatives (the matrix has 1)");

    /// <summary>
    /// <see cref="ColumnBySize"/> scores column 0 with three or more alternatives and column 1 with fewer.
    /// A = (3, 1), B = (2, 2), C = (1, 3): all → A, B, C. Without A: B 2, C 3 → C ahead of B. Without B: A 1, C 3 → C ahead
    /// of A. Without C: A 1, B 2 → B ahead of A. One reversal per step, three in total; the top changes every time.
    /// </summary>
    [Fact]
    public void Reversal_count_sums_over_all_steps()
    {
        var m = Matrices.Benefit(new double[,] { { 3, 1 }, { 2, 2 }, { 1, 3 } });
        RankReversalResult r = RankReversal.LeaveOneOut(new ColumnBySize(), m, CriteriaWeights.Equal(2));
        Assert.Equal(3, r.ReversalCount);
        Assert.True(r.HasReversals);
        Assert.All(r.Steps, s => Assert.Single(s.Reversals));
        Assert.Equal(("B", "C"), (r.Steps[0].Reversals[0].FormerlyAhead, r.Steps[0].Reversals[0].NowAhead));
        Assert.Equal(("A", "C"), (r.Steps[1].Reversals[0].FormerlyAhead, r.Steps[1].Reversals[0].NowAhead));
        Assert.Equal(("A", "B"), (r.Steps[2].Reversals[0].FormerlyAhead, r.Steps[2].Reversals[0].NowAhead));
        Assert.All(r.Steps, s => Assert.True(s.TopChanged));
    }

    /// <summary>
    /// "A tie that appears or disappears is not a reversal". A = (5, 1), B = (5, 2), C = (1, 0) under
    /// <see cref="ColumnBySize"/>: all → A and B tie at 5 (both rank 1 under TiePolicy.Min), C rank 3. Without C: A 1,
    /// B 2 → B ahead of A, but A was not strictly ahead of B, so no reversal. Without A: B 2, C 0 and without B: A 1, C 0
    /// keep the baseline order. No reversals at all.
    /// </summary>
    [Fact]
    public void A_tie_that_disappears_is_not_a_reversal()
    {
        var m = Matrices.Benefit(new double[,] { { 5, 1 }, { 5, 2 }, { 1, 0 } });
        RankReversalResult r = RankReversal.LeaveOneOut(new ColumnBySize(), m, CriteriaWeights.Equal(2));
        Assert.Equal(1, r.Baseline.Ranking.Ranks[0]);
        Assert.Equal(1, r.Baseline.Ranking.Ranks[1]);
        Assert.Equal(2, r.Steps[2].Result.Ranking.Ranks[0]); // A behind B without C
        Assert.Equal(0, r.ReversalCount);
        Assert.False(r.HasReversals);
    }

    // ---- RankCorrelation: null rankings ----

    [Fact]
    public void Every_Ranking_overload_rejects_a_null_of_either_side()
    {
        Ranking a = Ranking.FromPreferences([1, 2], true);
        Reject.Rule<ArgumentNullException>(() => RankCorrelation.Spearman(a, null!), "y");
        Reject.Rule<ArgumentNullException>(() => RankCorrelation.KendallTauB(null!, a), "x");
        Reject.Rule<ArgumentNullException>(() => RankCorrelation.WeightedSpearman(a, null!), "y");
        Reject.Rule<ArgumentNullException>(() => RankCorrelation.WS(null!, a), "x");
    }

    // ---- RankCorrelation: validation and messages ----

    [Fact]
    public void Unequal_lengths_are_rejected_by_every_coefficient_with_both_lengths_in_the_message()
    {
        const string Rule = "y has 3 items but x has 2; both must rank the same alternatives";
        Reject.Rule<ArgumentException>(() => RankCorrelation.Spearman([1, 2], [1, 2, 3]), "y", Rule);
        Reject.Rule<ArgumentException>(() => RankCorrelation.WeightedSpearman([1, 2], [1, 2, 3]), "y", Rule);
        Reject.Rule<ArgumentException>(() => RankCorrelation.WS([1, 2], [1, 2, 3]), "y", Rule);
    }

    [Fact]
    public void Fewer_than_two_items_are_rejected_with_the_rule_in_the_message()
    {
        Reject.Rule<ArgumentException>(() => RankCorrelation.KendallTauB([1], [1]), "x", "A rank correlation needs at least two items (got 1)");
        Reject.Rule<ArgumentException>(() => RankCorrelation.WeightedSpearman([1], [1]), "x", "needs at least two items");
    }

    /// <summary>A NaN is not a rank in [1, N] by comparison (both tests are false), so it is the finiteness rule that must catch it in r_w too.</summary>
    [Fact]
    public void Non_finite_values_are_rejected_with_the_rule_in_the_message()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => RankCorrelation.Spearman([double.NaN, 1], [1, 2]), "x", "x[0] must be a finite number (got NaN)");
        Reject.Rule<ArgumentOutOfRangeException>(() => RankCorrelation.WeightedSpearman([double.NaN, 1], [1, 2]), "x", "x[0] must be a finite number");
        Reject.Rule<ArgumentOutOfRangeException>(() => RankCorrelation.WeightedSpearman([1, 2], [2, double.PositiveInfinity]), "y", "y[1] must be a finite number");
    }

    [Fact]
    public void Ranks_outside_1_N_are_rejected_on_both_sides_of_both_rank_coefficients()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => RankCorrelation.WeightedSpearman([0, 1, 2], [1, 2, 3]), "x", "x[0] must be a rank in [1, 3] (got 0)");
        Reject.Rule<ArgumentOutOfRangeException>(() => RankCorrelation.WS([1, 2, 3], [1, 2, 4]), "y", "y[2] must be a rank in [1, 3] (got 4)");
    }

    /// <summary>Rank 1 and rank N themselves are valid: r_w of (1, 2) with itself is 1 − 0 = 1.</summary>
    [Fact]
    public void Ranks_1_and_N_are_valid() => Assert.Equal(1, RankCorrelation.WeightedSpearman([1, 2], [1, 2]));

    // ---- RankCorrelation: average ranks ----

    /// <summary>
    /// "The smallest value gets 1; ties share the mean of their positions": (10, 20, 20, 30) → 1, (2 + 3)/2 = 2.5, 2.5, 4;
    /// (5, 5, 5) → (1 + 2 + 3)/3 = 2 each; (3, 1, 2) → 3, 1, 2.
    /// </summary>
    [Fact]
    public void Average_ranks_start_at_1_and_ties_share_their_mean_position()
    {
        Assert.Equal([1, 2.5, 2.5, 4], RankCorrelation.AverageRanks([10, 20, 20, 30]));
        Assert.Equal([2.0, 2, 2], RankCorrelation.AverageRanks([5, 5, 5]));
        Assert.Equal([3.0, 1, 2], RankCorrelation.AverageRanks([3, 1, 2]));
    }

    /// <summary>A test-only method that scores column 0 when the matrix has three or more alternatives and column 1 otherwise (higher is better, TiePolicy.Min), so removals change the ranking in a known way.</summary>
    private sealed class ColumnBySize : IMcdaMethod
    {
        public string Name => "Column by size";

        public McdaResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights) =>
            new(Name, matrix, weights, matrix.Column(matrix.AlternativeCount >= 3 ? 0 : 1), higherIsBetter: true);

        public IMcdaScorer Prepare(DecisionMatrix matrix) => throw new NotSupportedException("The leave-one-out check only evaluates.");
    }
}
