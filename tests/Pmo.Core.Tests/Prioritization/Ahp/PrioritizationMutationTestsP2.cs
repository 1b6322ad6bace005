using Pmo.Core.Prioritization.Ahp;

namespace Pmo.Core.Tests.Prioritization.Ahp;

/// <summary>
/// Pins down <see cref="PairwiseJudgement"/> and <see cref="PairwiseMatrix"/>: every validation rule with its exact
/// exception type, parameter name and the message text that states the rule, the index/label look-ups and the
/// missing-judgement count (issue 9 §6, Stryker survivors list P2, PairwiseMatrix.cs).
/// </summary>
public class PrioritizationMutationTestsP2
{
    private static readonly PairwiseMatrix Two = PairwiseMatrix.FromUpperTriangle([2.0]);

    // ---- PairwiseJudgement ---------------------------------------------------------------------------------

    [Fact]
    public void Judgement_rejects_a_negative_column() =>
        Assert.Equal(-1, Reject.Rule<ArgumentOutOfRangeException>(() => _ = new PairwiseJudgement(0, -1, 2), "column").ActualValue);

    [Fact]
    public void Judgement_rejects_the_diagonal_and_says_why() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new PairwiseJudgement(1, 1, 2), "column", "column must differ from row (both are 1)", "the diagonal of a pairwise matrix is always 1");

    [Fact]
    public void Judgement_rejects_a_non_positive_value_and_says_why() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new PairwiseJudgement(0, 1, 0), "value", "value must be a positive finite number (got 0)");

    [Fact]
    public void Judgement_equality_compares_row_column_and_value()
    {
        var a = new PairwiseJudgement(0, 1, 2);
        var same = new PairwiseJudgement(0, 1, 2);
        Assert.True(a.Equals(same));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());

        PairwiseJudgement[] others = [new(2, 1, 2), new(0, 2, 2), new(0, 1, 3)]; // row, column, value differ in turn
        foreach (PairwiseJudgement other in others)
        {
            Assert.False(a.Equals(other));
            Assert.False(a == other);
            Assert.True(a != other);
        }
    }

    // ---- indexer, IndexOf, ToArray ---------------------------------------------------------------------------

    [Fact]
    public void Indexer_rejects_a_negative_row() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = Two[-1, 0], "row");

    [Fact]
    public void Indexer_rejects_a_negative_column() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = Two[1, -1], "column"); // row-major 1·2 − 1 = 1 would silently read a(0,1)

    [Fact]
    public void Indexer_rejects_a_column_equal_to_the_size() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = Two[0, 2], "column"); // 0·2 + 2 = 2 would silently read a(1,0)

    [Fact]
    public void IndexOf_without_labels_finds_the_one_based_default_labels()
    {
        // Labels doc: "1", "2", … (one-based positions) when none were given.
        PairwiseMatrix m = PairwiseMatrix.FromUpperTriangle([2.0, 3, 4]);
        Assert.False(m.HasLabels);
        Assert.Equal(0, m.IndexOf("1"));
        Assert.Equal(2, m.IndexOf("3"));
        Assert.Equal(-1, m.IndexOf("4"));
        Assert.Equal(-1, m.IndexOf("a"));
    }

    [Fact]
    public void IndexOf_with_labels_is_ordinal()
    {
        PairwiseMatrix m = PairwiseMatrix.FromUpperTriangle([2.0, 3, 4], ["a", "b", "c"]);
        Assert.Equal(1, m.IndexOf("b"));
        Assert.Equal(-1, m.IndexOf("B"));
    }

    [Fact]
    public void ToArray_of_an_incomplete_matrix_names_the_missing_count()
    {
        PairwiseMatrix m = PairwiseMatrix.FromIncompleteArray(new double?[,] { { 1, null, 2 }, { null, 1, 4 }, { 0.5, 0.25, 1 } });
        var e = Assert.Throws<InvalidOperationException>(() => m.ToArray());
        Assert.Contains("The pairwise matrix has 1 missing judgement(s); ToArray needs a complete matrix.", e.Message, StringComparison.Ordinal);
    }

    // ---- FromArray / FromIncompleteArray / CheckSquare --------------------------------------------------------

    [Fact]
    public void FromArray_NaN_message_points_to_FromIncompleteArray() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromArray(new double[,] { { 1, double.NaN }, { double.NaN, 1 } }), "values", "values[0,1] is NaN", "use FromIncompleteArray for missing judgements");

    [Fact]
    public void FromIncompleteArray_rejects_null() =>
        Reject.Rule<ArgumentNullException>(() => PairwiseMatrix.FromIncompleteArray(null!), "values");

    [Fact]
    public void FromIncompleteArray_NaN_message_asks_for_null() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromIncompleteArray(new double?[,] { { 1, double.NaN }, { null, 1 } }), "values", "values[0,1] is NaN; use null for a missing judgement.");

    [Fact]
    public void An_array_with_zero_rows_but_some_columns_is_empty_not_merely_non_square() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromArray(new double[0, 3]), "values", "values is empty; a pairwise matrix compares at least one item.");

    [Fact]
    public void A_non_square_array_is_rejected_with_its_shape() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromArray(new double[2, 3]), "values", "values must be square (got 2 × 3).");

    // ---- FromUpperTriangle ------------------------------------------------------------------------------------

    [Fact]
    public void FromUpperTriangle_with_labels_states_the_needed_count()
    {
        // 3 labels need 3·2/2 = 3 judgements.
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromUpperTriangle([2.0], ["a", "b", "c"]), "upper", "upper has 1 judgement(s) but 3 label(s) need n(n−1)/2 = 3.");
    }

    [Fact]
    public void FromUpperTriangle_without_labels_rejects_a_non_triangular_count() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromUpperTriangle([2.0, 3]), "upper", "upper has 2 judgement(s); the upper triangle of an n × n matrix has n(n−1)/2 (1, 3, 6, 10, …).");

    [Theory]
    [InlineData(0.0, "got 0")]
    [InlineData(-1.0, "got -1")]
    [InlineData(double.PositiveInfinity, "got Infinity")]
    [InlineData(double.NaN, "got NaN")]
    public void FromUpperTriangle_names_the_bad_judgement_by_list_position_and_cell(double bad, string got)
    {
        // upper = [a(0,1), a(0,2), a(1,2)]: position 1 is the judgement a(0,2).
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromUpperTriangle([2.0, bad, 3]), "upper", "upper[1] (the judgement a(0,2)) must be a positive finite number", got);
    }

    // ---- FromJudgements ---------------------------------------------------------------------------------------

    [Fact]
    public void FromJudgements_rejects_null_judgements() =>
        Reject.Rule<ArgumentNullException>(() => PairwiseMatrix.FromJudgements(2, null!), "judgements");

    [Fact]
    public void FromJudgements_rejects_a_default_judgement_as_unset() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromJudgements(2, [default]), "judgements", "judgements[0] is an unset (default) judgement; create judgements with the constructor.");

    [Fact]
    public void FromJudgements_rejects_a_row_equal_to_the_size() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromJudgements(2, [new PairwiseJudgement(2, 0, 3)]), "judgements", "judgements[0] (a(2,0) = 3) refers to an item outside [0, 2).");

    [Fact]
    public void FromJudgements_rejects_a_column_equal_to_the_size() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromJudgements(2, [new PairwiseJudgement(0, 2, 3)]), "judgements", "judgements[0] (a(0,2) = 3) refers to an item outside [0, 2).");

    [Fact]
    public void FromJudgements_names_the_position_of_a_repeated_pair()
    {
        // The third judgement (position 2) re-judges the pair {0, 2}, already set by position 1 in the other orientation.
        Reject.Rule<ArgumentException>(
            () => PairwiseMatrix.FromJudgements(3, [new PairwiseJudgement(0, 1, 2), new PairwiseJudgement(0, 2, 4), new PairwiseJudgement(2, 0, 0.25)]),
            "judgements",
            "judgements[2] (a(2,0) = 0.25) judges the pair (2, 0) a second time; each pair may be judged once.");
    }

    // ---- FromLabelledJudgements -------------------------------------------------------------------------------

    private static readonly string[] Abc = ["A", "B", "C"];

    [Fact]
    public void FromLabelledJudgements_rejects_null_labels() =>
        Reject.Rule<ArgumentNullException>(() => PairwiseMatrix.FromLabelledJudgements(null!, [("A", "B", 2.0)]), "labels");

    [Fact]
    public void FromLabelledJudgements_rejects_null_judgements() =>
        Reject.Rule<ArgumentNullException>(() => PairwiseMatrix.FromLabelledJudgements(Abc, null!), "judgements");

    [Fact]
    public void FromLabelledJudgements_rejects_empty_labels() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromLabelledJudgements([], [("A", "B", 2.0)]), "labels", "labels is empty; a pairwise matrix compares at least one item.");

    [Fact]
    public void FromLabelledJudgements_names_an_unknown_row_with_its_position() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromLabelledJudgements(Abc, [("A", "B", 2.0), ("X", "C", 3.0)]), "judgements", "judgements[1] names the row 'X', which is not in labels.");

    [Fact]
    public void FromLabelledJudgements_names_an_unknown_column() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromLabelledJudgements(Abc, [("A", "Y", 2.0)]), "judgements", "judgements[0] names the column 'Y', which is not in labels.");

    [Fact]
    public void FromLabelledJudgements_rejects_comparing_an_item_with_itself() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromLabelledJudgements(Abc, [("B", "B", 1.0)]), "judgements", "judgements[0] compares 'B' with itself; the diagonal is always 1.");

    [Fact]
    public void FromLabelledJudgements_rejects_a_non_positive_value() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromLabelledJudgements(Abc, [("A", "B", 0.0)]), "judgements", "judgements[0] ('A' vs 'B') must be a positive finite number (got 0).");

    // ---- IsSaatyScaleValue ------------------------------------------------------------------------------------

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void IsSaatyScaleValue_is_false_for_non_positive_or_non_finite(double v) =>
        Assert.False(PairwiseMatrix.IsSaatyScaleValue(v));

    [Fact]
    public void IsSaatyScaleValue_tolerance_is_relative_to_the_scale_value()
    {
        // Doc: within a relative 1e-9. For 9 that is ±9e-9; for 1/9 it is ±1.1e-10.
        Assert.True(PairwiseMatrix.IsSaatyScaleValue(9 + 5e-9));        // |Δ| = 5e-9 ≤ 9e-9
        Assert.False(PairwiseMatrix.IsSaatyScaleValue(9 + 2e-8));       // |Δ| = 2e-8 > 9e-9
        Assert.True(PairwiseMatrix.IsSaatyScaleValue((1.0 / 9) + 5e-11)); // |Δ| = 5e-11 ≤ 1.1e-10
        Assert.False(PairwiseMatrix.IsSaatyScaleValue((1.0 / 9) + 5e-9)); // |Δ| = 5e-9 > 1.1e-10 (but ≤ 9e-9)
    }

    // ---- Validate ---------------------------------------------------------------------------------------------

    [Fact]
    public void A_zero_entry_is_reported_as_not_positive_rather_than_as_non_reciprocal() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromArray(new double[,] { { 1, 0 }, { 2, 1 } }), "values", "values[0,1] must be a positive finite number (got 0).");

    [Fact]
    public void An_infinite_entry_is_reported_as_not_finite_rather_than_as_non_reciprocal() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromArray(new double[,] { { 1, double.PositiveInfinity }, { 0.5, 1 } }), "values", "values[0,1] must be a positive finite number");

    [Fact]
    public void A_zero_lower_entry_is_reported_in_its_own_cell() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromArray(new double[,] { { 1, 2 }, { 0, 1 } }), "values", "values[1,0] must be a positive finite number (got 0).");

    [Fact]
    public void An_infinite_lower_entry_is_reported_in_its_own_cell() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromArray(new double[,] { { 1, 2 }, { double.PositiveInfinity, 1 } }), "values", "values[1,0] must be a positive finite number");

    [Fact]
    public void Reciprocity_message_names_the_lower_cell_and_the_expected_reciprocal()
    {
        // a(0,1) = 2, so a(1,0) must be 1/2 = 0.5; 0.4 · 2 = 0.8 ≠ 1.
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromArray(new double[,] { { 1, 2 }, { 0.4, 1 } }), "values", "values[1,0] = 0.4 is not the reciprocal of values[0,1] = 2 (1/2 = 0.5)", "must be reciprocal");
    }

    [Fact]
    public void A_judgement_missing_in_one_triangle_only_names_both_cells() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromIncompleteArray(new double?[,] { { 1, null }, { 2, 1 } }), "values", "values[0,1] is missing but values[1,0] = 2; a missing judgement must be missing in both triangles.");

    [Fact]
    public void Saaty_scale_message_names_the_cell_and_the_scale() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromUpperTriangle([2.5], saatyScaleOnly: true), "upper", "upper[0,1] = 2.5 is not on Saaty's 1–9 scale (1/9, 1/8, …, 1/2, 1, 2, …, 9).");

    [Fact]
    public void Label_count_message_names_both_counts() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromArray(new double[,] { { 1 } }, ["a", "b"]), "labels", "labels has 2 entries but the matrix compares 1 items.");

    [Fact]
    public void Blank_label_message_names_the_position() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromUpperTriangle([2.0], ["a", " "]), "labels", "labels[1] is null or blank.");

    [Fact]
    public void Duplicate_label_message_names_the_label() =>
        Reject.Rule<ArgumentException>(() => PairwiseMatrix.FromUpperTriangle([2.0, 3, 4], ["a", "b", "a"]), "labels", "labels contains 'a' more than once; labels must be unique.");

    // ---- CreateTrusted (through group aggregation of incomplete matrices) -------------------------------------

    [Fact]
    public void Aggregating_incomplete_matrices_keeps_the_missing_count()
    {
        // The pair (1, 2) is missing, outside row 0; AggregateJudgements keeps the missing pattern (doc), so the group
        // matrix has exactly one missing judgement above the diagonal.
        PairwiseMatrix m = PairwiseMatrix.FromJudgements(3, [new PairwiseJudgement(0, 1, 2), new PairwiseJudgement(0, 2, 4)]);
        Assert.Equal(1, m.MissingJudgementCount);
        PairwiseMatrix g = AhpGroup.AggregateJudgements([m, m]);
        Assert.Equal(1, g.MissingJudgementCount);
        Assert.False(g.IsComplete);
        Assert.Null(g[1, 2]);
        Assert.Equal(2.0, g[0, 1]!.Value, 12); // geometric mean of 2 and 2
    }
}
