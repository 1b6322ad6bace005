using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Frameworks;

/// <summary>Weighted scorecard: a hand-computed example, properties, and one test per validation rule.</summary>
public class WeightedScorecardTests
{
    private static readonly RatingScale Impact = RatingScale.ProjectImpactLevels(0, 1, 3, 5, 9);

    private static WeightedScorecard Card() => new(
        [new BusinessDriver("revenue", Impact), new BusinessDriver("compliance", Impact), new BusinessDriver("customer", Impact)],
        CriteriaWeights.Create([0.5, 0.3, 0.2]));

    [Fact]
    public void Hand_computed_three_projects()
    {
        // A: Strong, None, Extreme  = 0.5·5 + 0.3·0 + 0.2·9 = 2.5 + 0 + 1.8 = 4.3
        // B: Moderate, Extreme, Low = 0.5·3 + 0.3·9 + 0.2·1 = 1.5 + 2.7 + 0.2 = 4.4
        // C: Extreme, Low, None     = 0.5·9 + 0.3·1 + 0.2·0 = 4.5 + 0.3 + 0   = 4.8
        ScorecardResult r = Card().Evaluate(["A", "B", "C"], [["Strong", "None", "Extreme"], ["moderate", "EXTREME", "Low"], ["Extreme", "Low", "None"]]);
        Assert.Equal(4.3, r.TotalOf("A"), 12);
        Assert.Equal(4.4, r.TotalOf("B"), 12);
        Assert.Equal(4.8, r.TotalOf("C"), 12);
        Assert.Equal(2.7, r.Contribution(1, 1), 12);
        Assert.Equal([3.0, 2.0, 1.0], r.Ranking.Ranks.ToArray());
        Assert.Equal("C", r.Best);
        Assert.Equal(0, r.MinimumTotal);
        Assert.Equal(9, r.MaximumTotal, 12);
    }

    [Fact]
    public void Decision_matrix_carries_the_scale_bounds()
    {
        DecisionMatrix m = Card().ToDecisionMatrix(["A"], [[5.0, 0.0, 9.0]]);
        Assert.All(m.Criteria, c => Assert.Equal((0.0, 9.0), (c.ScaleMin!.Value, c.ScaleMax!.Value)));
        Assert.All(m.Criteria, c => Assert.Equal(CriterionDirection.Benefit, c.Direction));
        Assert.Equal([5.0, 0.0, 9.0], m.Row(0).ToArray());
    }

    // ---- properties: integer scale 0..10 on every driver ----

    private static readonly RatingScale Ten = RatingScale.Create(Enumerable.Range(0, 11).Select(k => new RatingLevel($"L{k}", k)));

    private static readonly Gen<(int[] W, int[][] X)> Cards =
        Gen.Choose(1, 6).SelectMany(m =>
            Gen.Choose(1, 20).SelectMany(n =>
                Gen.Choose(1, 100).ArrayOf(m).SelectMany(w =>
                    Gen.Choose(0, 10).ArrayOf(m).ArrayOf(n).Select(x => (w, x)))));

    private static (WeightedScorecard Card, DecisionMatrix Matrix) Build((int[] W, int[][] X) c)
    {
        var card = new WeightedScorecard(
            c.W.Select((_, j) => new BusinessDriver($"d{j}", Ten)),
            CriteriaWeights.Create([.. c.W.Select(w => (double)w)], WeightPolicy.Normalize));
        DecisionMatrix m = card.ToDecisionMatrix(c.X.Select((_, i) => $"p{i}"), c.X.Select(r => (IReadOnlyList<double>)[.. r.Select(v => (double)v)]));
        return (card, m);
    }

    [Fact]
    public void Total_is_linear_in_the_ratings() =>
        Prop.ForAll(Cards.ToArbitrary(), c =>
        {
            (WeightedScorecard card, DecisionMatrix m) = Build(c);
            ScorecardResult r = card.Evaluate(m);
            double sumW = c.W.Sum();

            // Independent oracle: Σ_j (W_j / ΣW) · x_ij with the integer weights as given.
            return c.X.Select((row, i) => Math.Abs(r.Totals[i] - row.Select((x, j) => c.W[j] * x / sumW).Sum()) <= 1e-12 * 10).All(ok => ok)
                && c.X.Select((row, i) => Math.Abs(r.Totals[i] - Enumerable.Range(0, c.W.Length).Sum(j => r.Contribution(i, j))) <= 1e-12).All(ok => ok);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Difference_of_totals_is_the_weighted_difference_of_ratings() =>
        Prop.ForAll(Cards.ToArbitrary(), c =>
        {
            (WeightedScorecard card, DecisionMatrix m) = Build(c);
            ScorecardResult r = card.Evaluate(m);
            double sumW = c.W.Sum();
            double expected = c.X[0].Select((x, j) => c.W[j] * (x - c.X[^1][j]) / sumW).Sum();
            return Math.Abs((r.Totals[0] - r.Totals[^1]) - expected) <= 1e-10;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Ranking_equals_the_weighted_sum_of_the_raw_matrix() =>
        Prop.ForAll(Cards.ToArbitrary(), c =>
        {
            (WeightedScorecard card, DecisionMatrix m) = Build(c);
            ScorecardResult r = card.Evaluate(m);

            // Oracle: the exact integer weighted sum Σ_j W_j · x_ij over the matrix's raw values (no max-normalisation).
            // Mathematically equal sums may differ in the last bit after normalising the weights, so only strict
            // differences of the exact sums are required to be ranked strictly.
            long[] s = [.. Enumerable.Range(0, m.AlternativeCount).Select(i => Enumerable.Range(0, m.CriterionCount).Sum(j => (long)c.W[j] * (long)m[i, j]))];
            return Enumerable.Range(0, s.Length).All(a => Enumerable.Range(0, s.Length).All(b => s[a] <= s[b] || r.Ranking.Ranks[a] < r.Ranking.Ranks[b]));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Improving_one_rating_never_lowers_the_total() =>
        Prop.ForAll(Cards.ToArbitrary(), c =>
        {
            (WeightedScorecard card, DecisionMatrix m) = Build(c);
            double before = card.Evaluate(m).Totals[0];
            int[][] up = [.. c.X.Select(r => r.ToArray())];
            up[0][0] = Math.Min(10, up[0][0] + 1);
            return Build((c.W, up)).Card.Evaluate(Build((c.W, up)).Matrix).Totals[0] >= before;
        }).QuickCheckThrowOnFailure();

    // ---- validation ----

    private static void Throws<T>(string param, Action action)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(action).ParamName);

    [Fact]
    public void Level_name_blank() => Throws<ArgumentException>("name", () => _ = new RatingLevel("", 1));

    [Fact]
    public void Level_value_not_finite() => Throws<ArgumentOutOfRangeException>("value", () => _ = new RatingLevel("x", double.NaN));

    [Fact]
    public void Scale_fewer_than_two_levels() => Throws<ArgumentException>("levels", () => RatingScale.Create(("only", 1.0)));

    [Fact]
    public void Scale_repeated_name() => Throws<ArgumentException>("levels", () => RatingScale.Create(("Low", 1.0), ("low", 2.0)));

    [Fact]
    public void Scale_values_not_increasing() => Throws<ArgumentException>("levels", () => RatingScale.ProjectImpactLevels(0, 1, 1, 5, 9));

    [Fact]
    public void Scale_null_level() => Throws<ArgumentNullException>("levels", () => RatingScale.Create([new RatingLevel("a", 1), null!]));

    [Fact]
    public void Scale_unknown_level() => Assert.Throws<KeyNotFoundException>(() => Impact.ValueOf("Huge"));

    [Fact]
    public void Driver_id_blank() => Throws<ArgumentException>("id", () => _ = new BusinessDriver(" ", Impact));

    [Fact]
    public void Driver_scale_null() => Throws<ArgumentNullException>("scale", () => _ = new BusinessDriver("d", null!));

    [Fact]
    public void Scorecard_no_driver() => Throws<ArgumentException>("drivers", () => _ = new WeightedScorecard([], CriteriaWeights.Equal(1)));

    [Fact]
    public void Scorecard_repeated_driver() =>
        Throws<ArgumentException>("drivers", () => _ = new WeightedScorecard([new BusinessDriver("d", Impact), new BusinessDriver("d", Impact)], CriteriaWeights.Equal(2)));

    [Fact]
    public void Scorecard_weight_count_mismatch() =>
        Throws<ArgumentException>("weights", () => _ = new WeightedScorecard([new BusinessDriver("d", Impact)], CriteriaWeights.Equal(2)));

    [Fact]
    public void Scorecard_tie_policy_undefined() =>
        Throws<ArgumentOutOfRangeException>("tiePolicy", () => _ = new WeightedScorecard([new BusinessDriver("d", Impact)], CriteriaWeights.Equal(1), (TiePolicy)7));

    [Fact]
    public void Levels_row_count_mismatch() => Throws<ArgumentException>("levels", () => Card().ToDecisionMatrix(["A", "B"], [["None", "None", "None"]]));

    [Fact]
    public void Levels_row_length_mismatch() => Throws<ArgumentException>("levels", () => Card().ToDecisionMatrix(["A"], [["None", "None"]]));

    [Fact]
    public void Levels_unknown_name() => Throws<ArgumentException>("levels", () => Card().ToDecisionMatrix(["A"], [["None", "Huge", "None"]]));

    [Fact]
    public void Ratings_not_a_level_value() => Throws<ArgumentOutOfRangeException>("ratings", () => Card().ToDecisionMatrix(["A"], [[0.0, 2.0, 0.0]]));

    [Fact]
    public void Ratings_row_null() => Throws<ArgumentNullException>("ratings", () => Card().ToDecisionMatrix(["A"], [(IReadOnlyList<double>)null!]));

    [Fact]
    public void Evaluate_matrix_with_other_criteria() =>
        Throws<ArgumentException>("matrix", () => Card().Evaluate(DecisionMatrix.FromRows(["A"], [Criterion.Benefit("x")], [[1.0]])));

    [Fact]
    public void Evaluate_matrix_with_a_value_off_the_scale_levels()
    {
        WeightedScorecard card = Card();
        DecisionMatrix m = DecisionMatrix.FromRows(["A"], card.Criteria, [[2.0, 0.0, 0.0]]);
        Throws<ArgumentOutOfRangeException>("matrix", () => card.Evaluate(m));
    }
}
