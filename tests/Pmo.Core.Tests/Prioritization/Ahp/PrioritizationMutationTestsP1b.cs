using Pmo.Core.Prioritization.Ahp;

namespace Pmo.Core.Tests.Prioritization.Ahp;

/// <summary>
/// Pins down AhpGroup (validation messages, missing-judgement pattern, overflow-safe AIP, weight rules) and AhpHierarchy
/// (validation messages, a first criterion with sub-criteria, overflowing ratings, AllAcceptable, options, lookups)
/// (issue 9 §6, Stryker survivors list P1).
/// </summary>
public class PrioritizationMutationTestsP1b
{
    private static readonly PairwiseMatrix TwoA = PairwiseMatrix.FromUpperTriangle([2.0]);
    private static readonly PairwiseMatrix TwoB = PairwiseMatrix.FromUpperTriangle([8.0]);

    // Same 4 × 4 circulant as in PrioritizationMutationTestsP1: λmax = 4.5, CI = 1/6, CR (Saaty 1980) = 0.185 > 0.10.
    private static readonly double[,] Circulant = { { 1, 2, 1, 0.5 }, { 0.5, 1, 2, 1 }, { 1, 0.5, 1, 2 }, { 2, 1, 0.5, 1 } };

    // ================= AhpGroup.AggregateJudgements =================

    [Fact]
    public void Judgements_reject_a_null_or_empty_list_and_null_members()
    {
        Reject.Rule<ArgumentNullException>(() => AhpGroup.AggregateJudgements(null!), "matrices");
        Reject.Rule<ArgumentException>(() => AhpGroup.AggregateJudgements([]), "matrices", "matrices is empty; aggregate at least one expert's matrix.");
        Reject.Rule<ArgumentNullException>(() => AhpGroup.AggregateJudgements([null!, TwoA]), "matrices", "matrices[0] is null.");
        Reject.Rule<ArgumentNullException>(() => AhpGroup.AggregateJudgements([TwoA, null!]), "matrices", "matrices[1] is null.");
    }

    [Fact]
    public void Judgements_of_different_sizes_are_rejected_with_both_sizes()
    {
        PairwiseMatrix three = PairwiseMatrix.FromUpperTriangle([2.0, 4, 2]);
        Reject.Rule<ArgumentException>(() => AhpGroup.AggregateJudgements([TwoA, three]), "matrices", "matrices[1] compares 3 items but matrices[0] compares 2.");
    }

    [Fact]
    public void Judgements_with_different_labels_are_rejected_with_both_label_lists()
    {
        PairwiseMatrix xy = PairwiseMatrix.FromUpperTriangle([2.0], ["X", "Y"]);
        PairwiseMatrix ab = PairwiseMatrix.FromUpperTriangle([3.0], ["A", "B"]);
        Reject.Rule<ArgumentException>(() => AhpGroup.AggregateJudgements([xy, ab]), "matrices", "matrices[1] has labels (A, B) different from matrices[0] (X, Y).");
    }

    [Fact]
    public void Judgements_with_a_different_missing_pattern_name_the_cell_both_ways()
    {
        // The first differing cell in row-major order is (0,2) (index c = 2: c / 3 = 0, c % 3 = 2).
        PairwiseMatrix complete = PairwiseMatrix.FromUpperTriangle([2.0, 6, 3]);
        PairwiseMatrix gap = PairwiseMatrix.FromJudgements(3, [new PairwiseJudgement(0, 1, 2), new PairwiseJudgement(1, 2, 3)]);
        Reject.Rule<ArgumentException>(() => AhpGroup.AggregateJudgements([complete, gap]), "matrices", "matrices[1] has the judgement (0,2) missing but matrices[0] has it present; all experts must judge the same pairs.");
        Reject.Rule<ArgumentException>(() => AhpGroup.AggregateJudgements([gap, complete]), "matrices", "matrices[1] has the judgement (0,2) present but matrices[0] has it missing;");
    }

    [Fact]
    public void Judgements_keep_a_missing_pair_below_the_first_row_missing()
    {
        // Experts: a01 = 2, a02 = 4 and a01 = 8, a02 = 16; a12 missing for both. Equal weights (Aczél & Saaty 1983):
        // a01 = √(2·8) = 4, a02 = √(4·16) = 8, lower triangle the reciprocals; (1,2) and (2,1) stay missing.
        PairwiseMatrix e1 = PairwiseMatrix.FromJudgements(3, [new PairwiseJudgement(0, 1, 2), new PairwiseJudgement(0, 2, 4)]);
        PairwiseMatrix e2 = PairwiseMatrix.FromJudgements(3, [new PairwiseJudgement(0, 1, 8), new PairwiseJudgement(0, 2, 16)]);
        PairwiseMatrix g = AhpGroup.AggregateJudgements([e1, e2]);
        Assert.Equal(1, g.MissingJudgementCount);
        Assert.Equal(4, g[0, 1]!.Value, 12);
        Assert.Equal(8, g[0, 2]!.Value, 12);
        Assert.Equal(0.25, g[1, 0]!.Value, 12);
        Assert.Equal(0.125, g[2, 0]!.Value, 12);
        Assert.Null(g[1, 2]);
        Assert.Null(g[2, 1]);
        Assert.Equal(1, g[1, 1]!.Value);
    }

    [Fact]
    public void Judgements_accept_a_zero_expert_weight()
    {
        // Weights "non-negative, summing to 1": (0, 1) gives expert 2's matrix: 2⁰ · 8¹ = 8.
        PairwiseMatrix g = AhpGroup.AggregateJudgements([TwoA, TwoB], [0.0, 1]);
        Assert.Equal(8, g[0, 1]!.Value, 12);
    }

    [Fact]
    public void Judgement_weights_break_their_rules_with_named_messages()
    {
        Reject.Rule<ArgumentException>(() => AhpGroup.AggregateJudgements([TwoA, TwoB], [1.0]), "weights", "weights has 1 entries but there are 2 experts.");
        Reject.Rule<ArgumentException>(() => AhpGroup.AggregateJudgements([TwoA, TwoB], [-0.5, 1.5]), "weights", "weights[0] must be a finite number, zero or positive (got -0.5).");
        Reject.Rule<ArgumentException>(() => AhpGroup.AggregateJudgements([TwoA, TwoB], [0.5, 0.4]), "weights", "weights sum to 0.9, not 1", "never rescaled silently");
    }

    // ================= AhpGroup.AggregatePriorities =================

    [Fact]
    public void Priorities_reject_null_empty_and_ragged_input_with_named_messages()
    {
        Reject.Rule<ArgumentNullException>(() => AhpGroup.AggregatePriorities(null!), "priorities");
        Reject.Rule<ArgumentException>(() => AhpGroup.AggregatePriorities([]), "priorities", "priorities is empty; aggregate at least one expert's priorities.");
        Reject.Rule<ArgumentNullException>(() => AhpGroup.AggregatePriorities([null!]), "priorities", "priorities[0] is null.");
        Reject.Rule<ArgumentNullException>(() => AhpGroup.AggregatePriorities([[0.5, 0.5], null!]), "priorities", "priorities[1] is null.");
        Reject.Rule<ArgumentException>(() => AhpGroup.AggregatePriorities([[]]), "priorities", "priorities[0] is empty.");
        Reject.Rule<ArgumentException>(() => AhpGroup.AggregatePriorities([[0.5, 0.5], [0.2, 0.3, 0.5]]), "priorities", "priorities[1] has 3 entries but priorities[0] has 2.");
        Reject.Rule<ArgumentException>(() => AhpGroup.AggregatePriorities([[0.5, 0]]), "priorities", "priorities[0][1] must be a positive finite number (got 0); a geometric mean needs positive priorities.");
    }

    [Fact]
    public void Priorities_spanning_the_whole_double_range_do_not_overflow()
    {
        // One expert, (1e-300, 1e300): the renormalised vector is (1e-600, 1 − 1e-600), i.e. (0, 1) in doubles. The result
        // must "sum to 1" (method docs), never NaN, although e^(ln 1e300 − ln 1e-300) = e^1381.6 overflows.
        var p = AhpGroup.AggregatePriorities([[1e-300, 1e300]]);
        Assert.Equal(0.0, p[0]);
        Assert.Equal(1.0, p[1]);
    }

    // ================= AhpGroup.NormalizeWeights =================

    [Fact]
    public void NormalizeWeights_rules_and_zero_entries()
    {
        Assert.Equal([0.0, 1.0], [.. AhpGroup.NormalizeWeights([0.0, 2])]);
        Reject.Rule<ArgumentNullException>(() => AhpGroup.NormalizeWeights(null!), "rawWeights");
        Reject.Rule<ArgumentException>(() => AhpGroup.NormalizeWeights([]), "rawWeights", "rawWeights is empty.");
        Reject.Rule<ArgumentException>(() => AhpGroup.NormalizeWeights([1.0, -1]), "rawWeights", "rawWeights[1] must be a finite number, zero or positive (got -1).");
        Reject.Rule<ArgumentException>(() => AhpGroup.NormalizeWeights([0.0, 0]), "rawWeights", "rawWeights are all zero.");
    }

    // ================= AhpAlternativeEvaluation / AhpCriterion =================

    [Fact]
    public void Ratings_rules_and_zero_entries()
    {
        Assert.Equal([0.0, 2.0], [.. AhpAlternativeEvaluation.Rated([0.0, 2]).Ratings]);
        Reject.Rule<ArgumentException>(() => AhpAlternativeEvaluation.Rated([]), "ratings", "ratings is empty.");
        Reject.Rule<ArgumentException>(() => AhpAlternativeEvaluation.Rated([1.0, -1]), "ratings", "ratings[1] must be a finite number, zero or positive (got -1).");
        Reject.Rule<ArgumentException>(() => AhpAlternativeEvaluation.Rated([0.0, 0]), "ratings", "ratings are all zero; at least one alternative must have a positive rating.");
    }

    [Fact]
    public void Criterion_rules_and_IsLeaf()
    {
        AhpAlternativeEvaluation rated = AhpAlternativeEvaluation.Rated([1.0, 2]);
        Assert.True(new AhpCriterion("A", alternatives: rated).IsLeaf);
        Assert.False(new AhpCriterion("B", subCriteriaComparison: TwoA).IsLeaf);
        Reject.Rule<ArgumentException>(() => _ = new AhpCriterion("A", " ", alternatives: rated), "parentId", "parentId of 'A' is blank; use null for a criterion under the goal.");
        Reject.Rule<ArgumentException>(() => _ = new AhpCriterion("A", subCriteriaComparison: TwoA, alternatives: rated), "subCriteriaComparison", "Criterion 'A' must have exactly one of subCriteriaComparison (it has sub-criteria) or alternatives (it is a leaf).");
        Reject.Rule<ArgumentException>(() => _ = new AhpCriterion("A"), "alternatives", "Criterion 'A' must have exactly one of");
    }

    // ================= AhpHierarchy.Create =================

    private static AhpCriterion Leaf(string id, string? parent = null) => new(id, parent, alternatives: AhpAlternativeEvaluation.Rated([1.0, 2]));

    [Fact]
    public void Create_rejects_null_arguments_by_name()
    {
        Reject.Rule<ArgumentNullException>(() => AhpHierarchy.Create(null!, [Leaf("A"), Leaf("B")], ["X", "Y"]), "goalComparison");
        Reject.Rule<ArgumentNullException>(() => AhpHierarchy.Create(TwoA, null!, ["X", "Y"]), "criteria");
        Reject.Rule<ArgumentNullException>(() => AhpHierarchy.Create(TwoA, [Leaf("A"), Leaf("B")], null!), "alternatives");
    }

    [Fact]
    public void Create_names_the_alternative_rules()
    {
        Reject.Rule<ArgumentException>(() => AhpHierarchy.Create(TwoA, [Leaf("A"), Leaf("B")], []), "alternatives", "alternatives is empty; a hierarchy ranks at least one alternative.");
        Reject.Rule<ArgumentException>(() => AhpHierarchy.Create(TwoA, [Leaf("A"), Leaf("B")], ["X", " "]), "alternatives", "alternatives[1] is null or blank.");
        Reject.Rule<ArgumentException>(() => AhpHierarchy.Create(TwoA, [Leaf("A"), Leaf("B")], ["X", "X"]), "alternatives", "alternatives contains 'X' more than once; ids must be unique.");
    }

    [Fact]
    public void Create_names_the_criteria_rules()
    {
        Reject.Rule<ArgumentException>(() => AhpHierarchy.Create(TwoA, [], ["X", "Y"]), "criteria", "criteria is empty; a hierarchy has at least one criterion.");
        Reject.Rule<ArgumentException>(() => AhpHierarchy.Create(TwoA, [Leaf("A"), Leaf("B"), Leaf("C", "Zed")], ["X", "Y"]), "criteria", "criteria: the parent 'Zed' of 'C' is not in the hierarchy.");
        Reject.Rule<ArgumentException>(
            () => AhpHierarchy.Create(TwoA, [Leaf("A"), Leaf("B"), Leaf("C")], ["X", "Y"]),
            "goalComparison",
            "The pairwise matrix of the goal compares 2 item(s) but the goal has 3 (A, B, C).");
        Reject.Rule<ArgumentException>(
            () => AhpHierarchy.Create(PairwiseMatrix.FromUpperTriangle([2.0], ["B", "A"]), [Leaf("A"), Leaf("B")], ["X", "Y"]),
            "goalComparison",
            "The pairwise matrix of the goal is labelled 'B' at position 0 where 'A' is expected; labels must match the ids in order.");
    }

    [Fact]
    public void Create_names_the_inner_and_leaf_criterion_rules()
    {
        Reject.Rule<ArgumentException>(
            () => AhpHierarchy.Create(TwoA, [Leaf("Q"), Leaf("C"), Leaf("Q1", "Q"), Leaf("Q2", "Q")], ["X", "Y"]),
            "criteria",
            "Criterion 'Q' has 2 sub-criteria but no sub-criteria comparison; evaluate alternatives only under leaf criteria.");
        Reject.Rule<ArgumentException>(
            () => AhpHierarchy.Create(TwoA, [new AhpCriterion("Q", subCriteriaComparison: PairwiseMatrix.FromUpperTriangle([1.0, 1, 1])), Leaf("C"), Leaf("Q1", "Q"), Leaf("Q2", "Q")], ["X", "Y"]),
            "criteria",
            "The pairwise matrix of criterion 'Q' compares 3 item(s) but criterion 'Q' has 2 (Q1, Q2).");
        Reject.Rule<ArgumentException>(
            () => AhpHierarchy.Create(TwoA, [new AhpCriterion("Q", subCriteriaComparison: TwoB), Leaf("C")], ["X", "Y"]),
            "criteria",
            "Criterion 'Q' has a sub-criteria comparison but no sub-criteria; give a leaf criterion an alternatives evaluation.");
        Reject.Rule<ArgumentException>(
            () => AhpHierarchy.Create(TwoA, [new AhpCriterion("A", alternatives: AhpAlternativeEvaluation.Rated([1.0, 2, 3])), Leaf("B")], ["X", "Y"]),
            "criteria",
            "Criterion 'A' evaluates 3 alternative(s) but the hierarchy has 2.");
        Reject.Rule<ArgumentException>(
            () => AhpHierarchy.Create(TwoA, [new AhpCriterion("A", alternatives: AhpAlternativeEvaluation.Pairwise(PairwiseMatrix.FromUpperTriangle([2.0], ["Y", "X"]))), Leaf("B")], ["X", "Y"]),
            "criteria",
            "The pairwise matrix of the alternatives under criterion 'A' is labelled 'Y' at position 0 where 'X' is expected;");
    }

    // ================= AhpHierarchy.Synthesize =================

    [Fact]
    public void Synthesize_rejects_an_undefined_mode()
    {
        AhpHierarchy h = AhpHierarchy.Create(TwoA, [Leaf("A"), Leaf("B")], ["X", "Y"]);
        Reject.Rule<ArgumentOutOfRangeException>(() => h.Synthesize((AhpSynthesisMode)7), "mode", "mode is not a defined AhpSynthesisMode.");
    }

    [Fact]
    public void Synthesize_uses_the_given_options()
    {
        // WithoutConsistencyRatio: CR and the table name are null for every matrix (AhpResult docs).
        AhpHierarchy h = AhpHierarchy.Create(TwoA, [Leaf("A"), Leaf("B")], ["X", "Y"]);
        AhpHierarchyResult r = h.Synthesize(options: AhpOptions.Default.WithoutConsistencyRatio());
        Assert.Null(r.GoalComparison.ConsistencyRatio);
        Assert.Null(r.GoalComparison.RandomIndexTable);
        Assert.Equal("Saaty (1980)", h.Synthesize().GoalComparison.RandomIndexTable);
    }

    [Fact]
    public void First_criterion_with_sub_criteria_composes_global_weights()
    {
        // Criteria in input order: Q (index 0, sub-criteria Q1, Q2), Cost, Q1, Q2. Goal Q vs Cost = 3 → (0.75, 0.25);
        // Q1 vs Q2 = 1 → local (0.5, 0.5), global 0.75·0.5 = 0.375 each (Saaty 1980, hierarchic composition).
        // Leaves: Cost (1, 3) → (0.25, 0.75); Q1 (1, 1) → (0.5, 0.5); Q2 (3, 1) → (0.75, 0.25).
        // X = 0.25·0.25 + 0.375·0.5 + 0.375·0.75 = 0.0625 + 0.1875 + 0.28125 = 0.53125; Y = 1 − X = 0.46875.
        AhpHierarchy h = AhpHierarchy.Create(
            PairwiseMatrix.FromUpperTriangle([3.0], ["Q", "Cost"]),
            [
                new AhpCriterion("Q", subCriteriaComparison: PairwiseMatrix.FromUpperTriangle([1.0], ["Q1", "Q2"])),
                new AhpCriterion("Cost", alternatives: AhpAlternativeEvaluation.Rated([1.0, 3])),
                new AhpCriterion("Q1", "Q", alternatives: AhpAlternativeEvaluation.Rated([1.0, 1])),
                new AhpCriterion("Q2", "Q", alternatives: AhpAlternativeEvaluation.Rated([3.0, 1])),
            ],
            ["X", "Y"]);
        AhpHierarchyResult r = h.Synthesize();
        Assert.Equal(0.75, r["Q"].GlobalWeight, 12);
        Assert.Equal(0.25, r["Cost"].LocalWeight, 12);
        Assert.Equal(0.5, r["Q1"].LocalWeight, 12);
        Assert.Equal(0.375, r["Q1"].GlobalWeight, 12);
        Assert.Equal(0.375, r["Q2"].GlobalWeight, 12);
        Assert.Equal(0.53125, r.ScoreOf("X"), 12);
        Assert.Equal(0.46875, r.ScoreOf("Y"), 12);
    }

    [Theory]
    [InlineData(AhpSynthesisMode.Distributive, 0.5)]
    [InlineData(AhpSynthesisMode.Ideal, 1.0)]
    public void Ratings_whose_sum_overflows_keep_their_ratios(AhpSynthesisMode mode, double top)
    {
        // Ratings (MaxValue, MaxValue, 0): the sum overflows, but the ratios are 1 : 1 : 0, so the distributive priorities
        // are (0.5, 0.5, 0) and the ideal ones (1, 1, 0). One criterion of global weight 1: scores = priorities.
        AhpHierarchy h = AhpHierarchy.Create(
            PairwiseMatrix.FromArray(new double[,] { { 1 } }),
            [new AhpCriterion("C", alternatives: AhpAlternativeEvaluation.Rated([double.MaxValue, double.MaxValue, 0]))],
            ["X", "Y", "Z"]);
        AhpHierarchyResult r = h.Synthesize(mode);
        Assert.Equal([top, top, 0.0], [.. r["C"].AlternativePriorities]);
        Assert.Equal([top, top, 0.0], [.. r.Scores]);
    }

    [Fact]
    public void AllAcceptable_is_false_when_one_criterion_matrix_is_not_acceptable()
    {
        // Goal [1 2; 1/2 1] (n = 2, CR 0); leaf A compares the four alternatives by the circulant (CR 0.185 > 0.10);
        // leaf B is rated (no CR). "every analysed matrix has an acceptable CR" is false because of A.
        AhpHierarchy h = AhpHierarchy.Create(
            TwoA,
            [new AhpCriterion("A", alternatives: AhpAlternativeEvaluation.Pairwise(PairwiseMatrix.FromArray(Circulant))), new AhpCriterion("B", alternatives: AhpAlternativeEvaluation.Rated([1.0, 1, 1, 1]))],
            ["W", "X", "Y", "Z"]);
        AhpHierarchyResult r = h.Synthesize();
        Assert.True(r.GoalComparison.IsAcceptable);
        Assert.False(r["A"].Comparison!.IsAcceptable);
        Assert.False(r.AllAcceptable);
    }

    [Fact]
    public void AllAcceptable_is_false_when_the_goal_matrix_is_not_acceptable()
    {
        // Goal = the circulant over four rated leaves (CR 0.185 > 0.10); the leaves have no matrices.
        AhpHierarchy h = AhpHierarchy.Create(
            PairwiseMatrix.FromArray(Circulant),
            [Leaf("A"), Leaf("B"), Leaf("C"), Leaf("D")],
            ["X", "Y"]);
        AhpHierarchyResult r = h.Synthesize();
        Assert.False(r.GoalComparison.IsAcceptable);
        Assert.False(r.AllAcceptable);
    }

    [Fact]
    public void Lookups_name_an_unknown_id()
    {
        AhpHierarchyResult r = AhpHierarchy.Create(TwoA, [Leaf("A"), Leaf("B")], ["X", "Y"]).Synthesize();
        Assert.Equal("No criterion of the hierarchy has the id 'Zed'.", Assert.Throws<KeyNotFoundException>(() => r["Zed"]).Message);
        Assert.Equal("No alternative of the hierarchy has the id 'Zed'.", Assert.Throws<KeyNotFoundException>(() => r.ScoreOf("Zed")).Message);
    }
}
