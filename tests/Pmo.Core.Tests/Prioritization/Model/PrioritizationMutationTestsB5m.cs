using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Model;

/// <summary>
/// Issue 9 §6, Stryker survivors list B5 (Prioritization root files): the validation messages and guards of
/// <see cref="DecisionMatrix"/>, <see cref="Criterion"/> (one-sided scale, infinite bound, equality),
/// <see cref="CriteriaWeights"/>, <see cref="McdaResult"/> and <see cref="Ranking"/>.
/// </summary>
public class PrioritizationMutationTestsB5m
{
    private static readonly Criterion X = Criterion.Benefit("x");
    private static readonly Criterion Y = Criterion.Cost("y");

    // 2 × 2: a (1, 2), b (3, 4).
    private static DecisionMatrix M22() => DecisionMatrix.FromRowMajor(["a", "b"], [X, Y], [1, 2, 3, 4]);

    // ---------- CriteriaWeights ----------
    [Fact]
    public void CriteriaWeights_Create_messages_state_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => CriteriaWeights.Create([0.5, 0.5], (WeightPolicy)9), "policy", "policy must be Reject or Normalize.");
        Reject.Rule<ArgumentException>(() => CriteriaWeights.Create([]), "weights", "At least one weight is needed.");
        Reject.Rule<ArgumentException>(() => CriteriaWeights.Create([], WeightPolicy.Normalize), "weights", "At least one weight is needed.");
        Reject.Rule<ArgumentOutOfRangeException>(() => CriteriaWeights.Create([0.5, -0.5]), "weights", "weights[1] must be a finite number greater than zero (got -0.5)");
    }

    [Fact]
    public void CriteriaWeights_EnsureMatches_rejects_a_null_matrix()
    {
        Reject.Rule<ArgumentNullException>(() => CriteriaWeights.EnsureMatches(CriteriaWeights.Equal(1), null!), "matrix");
    }

    // ---------- Criterion ----------
    [Fact]
    public void Criterion_one_sided_scale_names_the_missing_bound()
    {
        Reject.Rule<ArgumentException>(() => _ = new Criterion("c", scaleMin: 1), "scaleMax", "A criterion's fixed scale needs both scaleMin and scaleMax (criterion 'c' has only scaleMin).");
        Reject.Rule<ArgumentException>(() => _ = new Criterion("c", scaleMax: 1), "scaleMin", "A criterion's fixed scale needs both scaleMin and scaleMax (criterion 'c' has only scaleMax).");
    }

    [Fact]
    public void Criterion_rejects_an_infinite_upper_bound()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new Criterion("c", scaleMin: 0, scaleMax: double.PositiveInfinity), "scaleMax", "scaleMax must be a finite number");
    }

    [Fact]
    public void Criterion_equality_compares_every_field()
    {
        var c = new Criterion("c", CriterionDirection.Benefit, 1, 5, "pts", "Name");
        Assert.True(c.Equals(new Criterion("c", CriterionDirection.Benefit, 1, 5, "pts", "Name")));
        Assert.False(c.Equals(null));
        Assert.False(c.Equals(new Criterion("d", CriterionDirection.Benefit, 1, 5, "pts", "Name")));
        Assert.False(c.Equals(new Criterion("c", CriterionDirection.Cost, 1, 5, "pts", "Name")));
        Assert.False(c.Equals(new Criterion("c", CriterionDirection.Benefit, 0, 5, "pts", "Name")));
        Assert.False(c.Equals(new Criterion("c", CriterionDirection.Benefit, 1, 6, "pts", "Name")));
        Assert.False(c.Equals(new Criterion("c", CriterionDirection.Benefit, 1, 5, "EUR", "Name")));
        Assert.False(c.Equals(new Criterion("c", CriterionDirection.Benefit, 1, 5, "pts", "Other")));
        Assert.False(c.Equals(new Criterion("c", CriterionDirection.Benefit, null, null, "pts", "Name")));
    }

    [Fact]
    public void Criterion_ToString_is_id_and_direction()
    {
        Assert.Equal("x (Benefit)", X.ToString());
        Assert.Equal("y (Cost)", Y.ToString());
    }

    // ---------- DecisionMatrix construction ----------
    [Fact]
    public void DecisionMatrix_construction_messages_state_the_rule()
    {
        Reject.Rule<ArgumentException>(() => _ = new DecisionMatrix([], [X], new double[0, 1]), "alternatives", "A decision matrix needs at least one alternative.");
        Reject.Rule<ArgumentException>(() => _ = new DecisionMatrix(["a"], [], new double[1, 0]), "criteria", "A decision matrix needs at least one criterion.");
        Reject.Rule<ArgumentException>(() => _ = new DecisionMatrix(["a", " "], [X], new double[2, 1]), "alternatives", "alternatives[1] must be a non-blank id.");
        Reject.Rule<ArgumentException>(() => _ = new DecisionMatrix(["a", "a"], [X], new double[2, 1]), "alternatives", "alternatives[1] repeats the id 'a' (ids must be unique).");
        Reject.Rule<ArgumentNullException>(() => _ = new DecisionMatrix(["a"], [X, null!], new double[1, 2]), "criteria", "criteria[1] is null.");
        Reject.Rule<ArgumentException>(() => _ = new DecisionMatrix(["a"], [X, Criterion.Cost("x")], new double[1, 2]), "criteria", "criteria[1] repeats the id 'x' (ids must be unique).");
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = new DecisionMatrix(["a"], [X, Y], new double[,] { { 1, double.NaN } }),
            "values",
            "values[0, 1] (alternative 'a', criterion 'y') must be a finite number (got NaN).");
        Reject.Rule<ArgumentNullException>(() => _ = new DecisionMatrix(["a"], [X], (double[,])null!), "values");
    }

    [Fact]
    public void FromRows_names_a_null_row()
    {
        Reject.Rule<ArgumentNullException>(() => DecisionMatrix.FromRows(["a", "b"], [X], [[1.0], null!]), "rows", "rows[1] is null.");
    }

    [Fact]
    public void FromRowMajor_without_criteria_blames_the_criteria_not_the_values()
    {
        Reject.Rule<ArgumentException>(() => DecisionMatrix.FromRowMajor(["a"], [], [1.0]), "criteria", "A decision matrix needs at least one criterion.");
    }

    [Fact]
    public void FromRowMajor_length_message_states_the_product()
    {
        Reject.Rule<ArgumentException>(
            () => DecisionMatrix.FromRowMajor(["a", "b"], [X, Y, Criterion.Benefit("z")], [1, 2, 3, 4, 5]),
            "values",
            "values must have alternatives × criteria = 2 × 3 = 6 entries; got 5.");
    }

    // ---------- DecisionMatrix access ----------
    [Fact]
    public void Row_and_Column_check_their_index()
    {
        DecisionMatrix m = M22();
        Assert.Equal([3.0, 4.0], m.Row(1).ToArray());
        Assert.Equal([2.0, 4.0], m.Column(1));
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = m.Row(-1).Length, "alternative");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = m.Row(2).Length, "alternative");
        Reject.Rule<ArgumentOutOfRangeException>(() => m.Column(-1), "criterion");
        Reject.Rule<ArgumentOutOfRangeException>(() => m.Column(2), "criterion");
    }

    [Fact]
    public void Unknown_ids_throw_KeyNotFound_naming_the_id()
    {
        DecisionMatrix m = M22();
        Assert.Contains("No alternative has the id 'zz'.", Assert.Throws<KeyNotFoundException>(() => m.IndexOfAlternative("zz")).Message, StringComparison.Ordinal);
        Assert.Contains("No criterion has the id 'zz'.", Assert.Throws<KeyNotFoundException>(() => m.IndexOfCriterion("zz")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SelectAlternatives_and_WithoutAlternative_reject_with_messages()
    {
        DecisionMatrix m = M22();
        Reject.Rule<ArgumentNullException>(() => m.SelectAlternatives(null!), "alternativeIndices");
        Reject.Rule<ArgumentException>(() => m.SelectAlternatives([0, 0]), "alternativeIndices", "alternativeIndices[1] repeats the index 0.");
        Reject.Rule<ArgumentException>(() => m.SelectAlternatives([]), "alternativeIndices", "At least one alternative must be kept.");
        Reject.Rule<ArgumentOutOfRangeException>(() => m.WithoutAlternative(2), "alternative");
        Reject.Rule<ArgumentException>(() => m.SelectAlternatives([1]).WithoutAlternative(0), "alternative", "Cannot drop the only alternative of a matrix.");
        Assert.Equal(["b"], m.WithoutAlternative(0).Alternatives.ToArray());
    }

    // ---------- McdaResult ----------
    [Fact]
    public void McdaResult_rejects_null_preferences_and_mismatched_counts()
    {
        DecisionMatrix m = M22();
        CriteriaWeights w = CriteriaWeights.Equal(2);
        Reject.Rule<ArgumentNullException>(() => _ = new McdaResult("m", m, w, null!, true), "preferences");
        Reject.Rule<ArgumentException>(() => _ = new McdaResult("m", m, CriteriaWeights.Equal(3), [1.0, 2.0], true), "weights", "weights has 3 weights but the matrix has 2 criteria.");
        Reject.Rule<ArgumentException>(() => _ = new McdaResult("m", m, w, [1.0], true), "preferences", "preferences must have one value per alternative (2); got 1.");
    }

    // ---------- Ranking ----------
    [Fact]
    public void Ranking_FromPreferences_messages_state_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => Ranking.FromPreferences([1.0], true, (TiePolicy)9), "policy", "policy must be a defined TiePolicy.");
        Reject.Rule<ArgumentOutOfRangeException>(() => Ranking.FromPreferences([1.0], true, TiePolicy.Min, -1), "tieTolerance", "tieTolerance must be a finite number, zero or positive (got -1).");
        Reject.Rule<ArgumentException>(() => Ranking.FromPreferences([], true), "preferences", "At least one preference value is needed.");
        Reject.Rule<ArgumentOutOfRangeException>(() => Ranking.FromPreferences([1.0, double.NaN], true), "preferences", "preferences[1] must be a finite number (got NaN).");
    }
}
