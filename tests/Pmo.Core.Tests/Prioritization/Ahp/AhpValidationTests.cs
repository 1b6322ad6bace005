using Pmo.Core.Prioritization.Ahp;

namespace Pmo.Core.Tests.Prioritization.Ahp;

/// <summary>Layer 3: one test per validation rule, asserting the exception type and the parameter name.</summary>
public class AhpValidationTests
{
    private static readonly PairwiseMatrix Two = PairwiseMatrix.FromUpperTriangle([2.0], ["A", "B"]);

    [Fact]
    public void Matrix_must_not_be_null() =>
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => PairwiseMatrix.FromArray(null!)).ParamName);

    [Fact]
    public void Matrix_must_not_be_empty() =>
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromArray(new double[0, 0])).ParamName);

    [Fact]
    public void Matrix_must_be_square() =>
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromArray(new double[2, 3])).ParamName);

    [Fact]
    public void Diagonal_must_be_one()
    {
        var e = Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromArray(new double[,] { { 1, 2 }, { 0.5, 2 } }));
        Assert.Equal("values", e.ParamName);
        Assert.Contains("values[1,1]", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-2.0)]
    [InlineData(double.PositiveInfinity)]
    public void Entries_must_be_positive_and_finite(double bad)
    {
        var e = Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromArray(new double[,] { { 1, bad }, { 0.5, 1 } }));
        Assert.Equal("values", e.ParamName);
        Assert.Contains("values[0,1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NaN_entries_are_rejected_in_a_complete_matrix() =>
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromArray(new double[,] { { 1, double.NaN }, { double.NaN, 1 } })).ParamName);

    [Fact]
    public void NaN_entries_are_rejected_in_an_incomplete_matrix() =>
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromIncompleteArray(new double?[,] { { 1, double.NaN }, { null, 1 } })).ParamName);

    [Fact]
    public void Reciprocity_is_required_and_the_cell_is_named()
    {
        var e = Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromArray(new double[,] { { 1, 3, 1 }, { 1.0 / 3, 1, 2 }, { 1, 0.4, 1 } }));
        Assert.Equal("values", e.ParamName);
        Assert.Contains("values[2,1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_judgement_must_be_missing_in_both_triangles() =>
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromIncompleteArray(new double?[,] { { 1, null }, { 2, 1 } })).ParamName);

    [Fact]
    public void Saaty_scale_restriction_rejects_other_values()
    {
        Assert.Equal("upper", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromUpperTriangle([2.5], saatyScaleOnly: true)).ParamName);
        Assert.Equal(1.0 / 9, PairwiseMatrix.FromUpperTriangle([1.0 / 9], saatyScaleOnly: true)[0, 1]);
    }

    [Fact]
    public void Labels_must_match_the_size() =>
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromArray(new double[,] { { 1 } }, ["a", "b"])).ParamName);

    [Fact]
    public void Labels_must_be_unique() =>
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromUpperTriangle([2.0, 3, 4], ["a", "b", "a"])).ParamName);

    [Fact]
    public void Labels_must_not_be_blank() =>
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromUpperTriangle([2.0], ["a", " "])).ParamName);

    [Fact]
    public void Upper_triangle_length_must_be_triangular() =>
        Assert.Equal("upper", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromUpperTriangle([2.0, 3])).ParamName);

    [Fact]
    public void Upper_triangle_length_must_match_the_labels() =>
        Assert.Equal("upper", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromUpperTriangle([2.0], ["a", "b", "c"])).ParamName);

    [Fact]
    public void Upper_triangle_entries_must_be_positive() =>
        Assert.Equal("upper", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromUpperTriangle([2.0, -1, 3])).ParamName);

    [Fact]
    public void Upper_triangle_must_not_be_null() =>
        Assert.Equal("upper", Assert.Throws<ArgumentNullException>(() => PairwiseMatrix.FromUpperTriangle(null!)).ParamName);

    [Fact]
    public void Judgement_indices_must_differ() =>
        Assert.Equal("column", Assert.Throws<ArgumentOutOfRangeException>(() => new PairwiseJudgement(1, 1, 2)).ParamName);

    [Fact]
    public void Judgement_index_must_not_be_negative() =>
        Assert.Equal("row", Assert.Throws<ArgumentOutOfRangeException>(() => new PairwiseJudgement(-1, 1, 2)).ParamName);

    [Fact]
    public void Judgement_value_must_be_positive() =>
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new PairwiseJudgement(0, 1, 0)).ParamName);

    [Fact]
    public void Judgement_must_be_inside_the_matrix() =>
        Assert.Equal("judgements", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromJudgements(2, [new PairwiseJudgement(0, 2, 3)])).ParamName);

    [Fact]
    public void A_pair_may_be_judged_once() =>
        Assert.Equal("judgements", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromJudgements(2, [new PairwiseJudgement(0, 1, 3), new PairwiseJudgement(1, 0, 0.5)])).ParamName);

    [Fact]
    public void A_default_judgement_is_rejected() =>
        Assert.Equal("judgements", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromJudgements(2, [default(PairwiseJudgement)])).ParamName);

    [Fact]
    public void Labelled_judgements_must_name_known_distinct_items_with_positive_values()
    {
        string[] labels = ["a", "b", "c"];
        Assert.Equal("judgements", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromLabelledJudgements(labels, [("a", "z", 2.0)])).ParamName);
        Assert.Equal("judgements", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromLabelledJudgements(labels, [("z", "a", 2.0)])).ParamName);
        Assert.Equal("judgements", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromLabelledJudgements(labels, [("a", "a", 2.0)])).ParamName);
        Assert.Equal("judgements", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromLabelledJudgements(labels, [("a", "b", 0.0)])).ParamName);
        Assert.Equal("judgements", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromLabelledJudgements(labels, [("a", "b", 2.0), ("b", "a", 0.5)])).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromLabelledJudgements([], [])).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromLabelledJudgements(["a", "a"], [])).ParamName);
        PairwiseMatrix m = PairwiseMatrix.FromLabelledJudgements(labels, [("b", "a", 2.0), ("a", "c", 4.0)]);
        Assert.Equal(0.5, m[0, 1]);
        Assert.Equal(4, m[0, 2]);
        Assert.Null(m[1, 2]);
    }

    [Fact]
    public void Size_must_be_positive() =>
        Assert.Equal("size", Assert.Throws<ArgumentOutOfRangeException>(() => PairwiseMatrix.FromJudgements(0, [])).ParamName);

    [Fact]
    public void Indexer_checks_bounds() =>
        Assert.Equal("row", Assert.Throws<ArgumentOutOfRangeException>(() => Two[2, 0]).ParamName);

    [Fact]
    public void ToArray_needs_a_complete_matrix() =>
        Assert.Throws<InvalidOperationException>(() => PairwiseMatrix.FromJudgements(3, [new PairwiseJudgement(0, 1, 2), new PairwiseJudgement(1, 2, 2)]).ToArray());

    [Fact]
    public void A_matrix_beyond_the_random_index_table_is_an_error_naming_n_and_the_range()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => AhpAnalysis.Analyze(AhpGenerators.RandomSaatyMatrix(16, 1)));
        Assert.Equal("matrix", e.ParamName);
        Assert.Contains("n = 16", e.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 15", e.Message, StringComparison.Ordinal);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => RandomIndexTable.DoneganDodd1991.RandomIndex(21)).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => RandomIndexTable.Saaty1980.RandomIndex(0)).ParamName);
    }

    [Fact]
    public void A_disconnected_incomplete_matrix_names_the_cut_off_items()
    {
        PairwiseMatrix m = PairwiseMatrix.FromJudgements(4, [new PairwiseJudgement(0, 1, 2), new PairwiseJudgement(2, 3, 2)], ["a", "b", "c", "d"]);
        foreach (AhpIncompleteMethod method in Enum.GetValues<AhpIncompleteMethod>())
        {
            var e = Assert.Throws<ArgumentException>(() => AhpAnalysis.Analyze(m, new AhpOptions(incompleteMethod: method)));
            Assert.Equal("matrix", e.ParamName);
            Assert.Contains("'c', 'd'", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Analyze_needs_a_matrix() =>
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => AhpAnalysis.Analyze(null!)).ParamName);

    [Fact]
    public void Options_are_validated()
    {
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => new AhpOptions((AhpPriorityMethod)9)).ParamName);
        Assert.Equal("lambdaMaxMethod", Assert.Throws<ArgumentOutOfRangeException>(() => new AhpOptions(lambdaMaxMethod: (AhpLambdaMaxMethod)9)).ParamName);
        Assert.Equal("incompleteMethod", Assert.Throws<ArgumentOutOfRangeException>(() => new AhpOptions(incompleteMethod: (AhpIncompleteMethod)9)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => new AhpOptions(tolerance: 0)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => new AhpOptions(tolerance: double.NaN)).ParamName);
        Assert.Equal("maxIterations", Assert.Throws<ArgumentOutOfRangeException>(() => new AhpOptions(maxIterations: 0)).ParamName);
        Assert.Equal("consistencyRatioThreshold", Assert.Throws<ArgumentOutOfRangeException>(() => new AhpOptions(consistencyRatioThreshold: 0)).ParamName);
    }

    [Fact]
    public void Span_kernel_is_validated()
    {
        double[] a = [1, 2, 0.5, 1];
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => AhpAnalysis.PrincipalEigenvector(a, 0, new double[2], new double[2], out _, out _)).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentOutOfRangeException>(() => AhpAnalysis.PrincipalEigenvector(a, 3, new double[3], new double[3], out _, out _)).ParamName);
        Assert.Equal("priorities", Assert.Throws<ArgumentOutOfRangeException>(() => AhpAnalysis.PrincipalEigenvector(a, 2, new double[3], new double[2], out _, out _)).ParamName);
        Assert.Equal("scratch", Assert.Throws<ArgumentOutOfRangeException>(() => AhpAnalysis.PrincipalEigenvector(a, 2, new double[2], new double[1], out _, out _)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => AhpAnalysis.PrincipalEigenvector(a, 2, new double[2], new double[2], out _, out _, tolerance: 1)).ParamName);
        Assert.Equal("maxIterations", Assert.Throws<ArgumentOutOfRangeException>(() => AhpAnalysis.PrincipalEigenvector(a, 2, new double[2], new double[2], out _, out _, maxIterations: 0)).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentOutOfRangeException>(() => AhpAnalysis.PrincipalEigenvector([1, -2, 0.5, 1], 2, new double[2], new double[2], out _, out _)).ParamName);
    }

    [Fact]
    public void Random_index_table_creation_is_validated()
    {
        Assert.Equal("valuesFromSize3", Assert.Throws<ArgumentException>(() => RandomIndexTable.Create("x", "y", [0.5, -1])).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => RandomIndexTable.Create(" ", "y", [0.5])).ParamName);
        Assert.Equal("citation", Assert.Throws<ArgumentException>(() => RandomIndexTable.Create("x", "", [0.5])).ParamName);
        Assert.Equal("valuesFromSize3", Assert.Throws<ArgumentNullException>(() => RandomIndexTable.Create("x", "y", null!)).ParamName);
    }

    [Fact]
    public void Verbal_scales_are_validated()
    {
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => VerbalScale.Saaty.Value(10)).ParamName);
        Assert.Equal("gamma", Assert.Throws<ArgumentOutOfRangeException>(() => VerbalScale.LootsmaGeometric(0)).ParamName);
        Assert.Equal("levels", Assert.Throws<ArgumentException>(() => VerbalScale.Create("s", "c", [("equal", 1)])).ParamName);
        Assert.Equal("levels", Assert.Throws<ArgumentException>(() => VerbalScale.Create("s", "c", [("equal", 2), ("more", 3)])).ParamName);
        Assert.Equal("levels", Assert.Throws<ArgumentException>(() => VerbalScale.Create("s", "c", [("equal", 1), ("more", 3), ("less", 2)])).ParamName);
        Assert.Equal("levels", Assert.Throws<ArgumentException>(() => VerbalScale.Create("s", "c", [("equal", 1), ("equal", 3)])).ParamName);
    }

    [Fact]
    public void Criterion_rules()
    {
        AhpAlternativeEvaluation rated = AhpAlternativeEvaluation.Rated([1.0, 2]);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new AhpCriterion(" ", alternatives: rated)).ParamName);
        Assert.Equal("parentId", Assert.Throws<ArgumentException>(() => new AhpCriterion("c", " ", alternatives: rated)).ParamName);
        Assert.Equal("alternatives", Assert.Throws<ArgumentException>(() => new AhpCriterion("c")).ParamName);
        Assert.Equal("subCriteriaComparison", Assert.Throws<ArgumentException>(() => new AhpCriterion("c", subCriteriaComparison: Two, alternatives: rated)).ParamName);
    }

    [Fact]
    public void Ratings_rules()
    {
        Assert.Equal("ratings", Assert.Throws<ArgumentException>(() => AhpAlternativeEvaluation.Rated([])).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentException>(() => AhpAlternativeEvaluation.Rated([1.0, -1])).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentException>(() => AhpAlternativeEvaluation.Rated([0.0, 0])).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentNullException>(() => AhpAlternativeEvaluation.Rated(null!)).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => AhpAlternativeEvaluation.Pairwise(null!)).ParamName);
    }

    [Fact]
    public void Hierarchy_needs_alternatives_unique_and_non_blank()
    {
        AhpCriterion c = new("c", alternatives: AhpAlternativeEvaluation.Rated([1.0]));
        PairwiseMatrix one = PairwiseMatrix.FromUpperTriangle([]);
        Assert.Equal("alternatives", Assert.Throws<ArgumentException>(() => AhpHierarchy.Create(one, [c], [])).ParamName);
        Assert.Equal("alternatives", Assert.Throws<ArgumentException>(() => AhpHierarchy.Create(one, [c], ["x", "x"])).ParamName);
        Assert.Equal("alternatives", Assert.Throws<ArgumentException>(() => AhpHierarchy.Create(one, [c], [" "])).ParamName);
    }

    [Fact]
    public void Hierarchy_needs_criteria() =>
        Assert.Equal("criteria", Assert.Throws<ArgumentException>(() => AhpHierarchy.Create(PairwiseMatrix.FromUpperTriangle([]), [], ["x"])).ParamName);

    [Fact]
    public void Hierarchy_criterion_ids_are_unique() =>
        Assert.Equal("criteria", Assert.Throws<ArgumentException>(() => AhpHierarchy.Create(Two, [Leaf("c", 1), Leaf("c", 1)], ["x"])).ParamName);

    [Fact]
    public void Hierarchy_parents_must_exist() =>
        Assert.Equal("criteria", Assert.Throws<ArgumentException>(() => AhpHierarchy.Create(PairwiseMatrix.FromUpperTriangle([]), [Leaf("a", 1), Leaf("b", 1, "nope")], ["x"])).ParamName);

    [Fact]
    public void Hierarchy_cycles_are_named()
    {
        var e = Assert.Throws<ArgumentException>(() => AhpHierarchy.Create(
            PairwiseMatrix.FromUpperTriangle([]),
            [Leaf("root", 1), new AhpCriterion("p", "q", subCriteriaComparison: PairwiseMatrix.FromUpperTriangle([])), new AhpCriterion("q", "p", subCriteriaComparison: PairwiseMatrix.FromUpperTriangle([]))],
            ["x"]));
        Assert.Equal("criteria", e.ParamName);
        Assert.Contains("cycle", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Goal_matrix_size_must_match_the_top_level_criteria() =>
        Assert.Equal("goalComparison", Assert.Throws<ArgumentException>(() => AhpHierarchy.Create(Two, [Leaf("A", 1)], ["x"])).ParamName);

    [Fact]
    public void Goal_matrix_labels_must_match_the_top_level_criteria() =>
        Assert.Equal("goalComparison", Assert.Throws<ArgumentException>(() => AhpHierarchy.Create(Two, [Leaf("B", 1), Leaf("A", 1)], ["x"])).ParamName);

    [Fact]
    public void Inner_criterion_matrix_size_must_match_its_children() =>
        Assert.Equal("criteria", Assert.Throws<ArgumentException>(() => AhpHierarchy.Create(
            PairwiseMatrix.FromUpperTriangle([]),
            [new AhpCriterion("p", subCriteriaComparison: PairwiseMatrix.FromUpperTriangle([2.0, 3, 4])), Leaf("a", 1, "p"), Leaf("b", 1, "p")],
            ["x"])).ParamName);

    [Fact]
    public void Inner_criterion_must_not_be_a_leaf() =>
        Assert.Equal("criteria", Assert.Throws<ArgumentException>(() => AhpHierarchy.Create(PairwiseMatrix.FromUpperTriangle([]), [new AhpCriterion("p", subCriteriaComparison: Two)], ["x"])).ParamName);

    [Fact]
    public void Leaf_criterion_must_not_have_children() =>
        Assert.Equal("criteria", Assert.Throws<ArgumentException>(() => AhpHierarchy.Create(PairwiseMatrix.FromUpperTriangle([]), [Leaf("p", 1), Leaf("c", 1, "p")], ["x"])).ParamName);

    [Fact]
    public void Leaf_must_evaluate_every_alternative() =>
        Assert.Equal("criteria", Assert.Throws<ArgumentException>(() => AhpHierarchy.Create(PairwiseMatrix.FromUpperTriangle([]), [Leaf("p", 1)], ["x", "y"])).ParamName);

    [Fact]
    public void Leaf_matrix_labels_must_match_the_alternatives() =>
        Assert.Equal("criteria", Assert.Throws<ArgumentException>(() => AhpHierarchy.Create(
            PairwiseMatrix.FromUpperTriangle([]),
            [new AhpCriterion("p", alternatives: AhpAlternativeEvaluation.Pairwise(Two))],
            ["B", "A"])).ParamName);

    [Fact]
    public void Synthesis_mode_must_be_defined() =>
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => AhpHierarchy.Create(PairwiseMatrix.FromUpperTriangle([]), [Leaf("p", 1)], ["x"]).Synthesize((AhpSynthesisMode)5)).ParamName);

    [Fact]
    public void Group_needs_matrices() =>
        Assert.Equal("matrices", Assert.Throws<ArgumentException>(() => AhpGroup.AggregateJudgements([])).ParamName);

    [Fact]
    public void Group_matrices_must_have_one_size() =>
        Assert.Equal("matrices", Assert.Throws<ArgumentException>(() => AhpGroup.AggregateJudgements([Two, PairwiseMatrix.FromUpperTriangle([2.0, 3, 4])])).ParamName);

    [Fact]
    public void Group_matrices_must_have_the_same_labels() =>
        Assert.Equal("matrices", Assert.Throws<ArgumentException>(() => AhpGroup.AggregateJudgements([Two, PairwiseMatrix.FromUpperTriangle([2.0], ["A", "C"])])).ParamName);

    [Fact]
    public void Group_matrices_must_miss_the_same_judgements() =>
        Assert.Equal("matrices", Assert.Throws<ArgumentException>(() => AhpGroup.AggregateJudgements([
            PairwiseMatrix.FromUpperTriangle([2.0, 3, 4]),
            PairwiseMatrix.FromJudgements(3, [new PairwiseJudgement(0, 1, 2), new PairwiseJudgement(1, 2, 2)])])).ParamName);

    [Fact]
    public void Group_weights_must_sum_to_one_and_are_never_rescaled_silently()
    {
        var e = Assert.Throws<ArgumentException>(() => AhpGroup.AggregateJudgements([Two, Two], [1.0, 1]));
        Assert.Equal("weights", e.ParamName);
        Assert.Contains("NormalizeWeights", e.Message, StringComparison.Ordinal);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => AhpGroup.AggregatePriorities([[0.5, 0.5], [0.5, 0.5]], [0.5, 0.6])).ParamName);
    }

    [Fact]
    public void Group_weights_must_be_one_per_expert() =>
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => AhpGroup.AggregateJudgements([Two, Two], [1.0])).ParamName);

    [Fact]
    public void Group_weights_must_be_non_negative() =>
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => AhpGroup.AggregateJudgements([Two, Two], [1.5, -0.5])).ParamName);

    [Fact]
    public void Group_priorities_rules()
    {
        Assert.Equal("priorities", Assert.Throws<ArgumentException>(() => AhpGroup.AggregatePriorities([])).ParamName);
        Assert.Equal("priorities", Assert.Throws<ArgumentException>(() => AhpGroup.AggregatePriorities([[]])).ParamName);
        Assert.Equal("priorities", Assert.Throws<ArgumentException>(() => AhpGroup.AggregatePriorities([[0.5, 0.5], [1.0]])).ParamName);
        Assert.Equal("priorities", Assert.Throws<ArgumentException>(() => AhpGroup.AggregatePriorities([[1.0, 0]])).ParamName);
        Assert.Equal("rawWeights", Assert.Throws<ArgumentException>(() => AhpGroup.NormalizeWeights([0.0, 0])).ParamName);
        Assert.Equal("rawWeights", Assert.Throws<ArgumentException>(() => AhpGroup.NormalizeWeights([1.0, double.NaN])).ParamName);
    }

    [Fact]
    public void Result_lookups_throw_for_unknown_ids()
    {
        Assert.Throws<KeyNotFoundException>(() => AhpAnalysis.Analyze(Two)["Z"]);
        AhpHierarchyResult r = AhpHierarchy.Create(PairwiseMatrix.FromUpperTriangle([]), [Leaf("p", 1)], ["x"]).Synthesize();
        Assert.Throws<KeyNotFoundException>(() => r["nope"]);
        Assert.Throws<KeyNotFoundException>(() => r.ScoreOf("nope"));
    }

    private static AhpCriterion Leaf(string id, int alternatives, string? parent = null) =>
        new(id, parent, alternatives: AhpAlternativeEvaluation.Rated([.. Enumerable.Repeat(1.0, alternatives)]));
}
