using Pmo.Core.Prioritization.Ahp;

namespace Pmo.Core.Tests.Prioritization.Ahp;

/// <summary>Incomplete matrices (Harker, LLSM), hierarchies and group aggregation: hand-computed examples.</summary>
public class AhpIncompleteHierarchyGroupTests
{
    [Theory]
    [InlineData(AhpIncompleteMethod.Harker)]
    [InlineData(AhpIncompleteMethod.LogarithmicLeastSquares)]
    [InlineData(AhpIncompleteMethod.LambdaMaxOptimalCompletion)]
    public void A_spanning_tree_of_judgements_is_completed_consistently(AhpIncompleteMethod method)
    {
        // Only a12 = 2 and a23 = 3 are known (a path): the unique consistent completion is a13 = 6, w = (6, 3, 1)/10.
        // Harker: (Hw)ᵢ = Σ_known aᵢⱼwⱼ + (1 + mᵢ)wᵢ = n·wᵢ for the consistent w, so λ = 3 and CR = 0.
        PairwiseMatrix m = PairwiseMatrix.FromJudgements(3, [new PairwiseJudgement(0, 1, 2), new PairwiseJudgement(1, 2, 3)]);
        Assert.False(m.IsComplete);
        Assert.Equal(1, m.MissingJudgementCount);
        Assert.Null(m[0, 2]);
        AhpResult r = AhpAnalysis.Analyze(m, new AhpOptions(incompleteMethod: method));
        Assert.Equal(0.6, r.Priorities[0], 10);
        Assert.Equal(0.3, r.Priorities[1], 10);
        Assert.Equal(0.1, r.Priorities[2], 10);
        Assert.Equal(6, r.CompletedMatrix[0, 2]!.Value, 9);
        Assert.Equal(3, r.LambdaMax, 9);
        Assert.Equal(0, r.ConsistencyRatio!.Value, 9);
        Assert.Equal(method, r.IncompleteMethod);
    }

    [Fact]
    public void Harker_lambda_equals_the_completed_matrix_eigenvalue_from_MathNet()
    {
        // 5 × 5 with two missing pairs; the completed matrix (missing aᵢⱼ = wᵢ/wⱼ) has Harker's w as Perron vector.
        PairwiseMatrix full = AhpGenerators.RandomSaatyMatrix(5, 11);
        double?[,] a = new double?[5, 5];
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 5; j++)
            {
                a[i, j] = full[i, j];
            }
        }

        a[0, 4] = a[4, 0] = null;
        a[1, 3] = a[3, 1] = null;
        AhpResult r = AhpAnalysis.Analyze(PairwiseMatrix.FromIncompleteArray(a));
        (double lambda, double[] w) = AhpGenerators.OracleEigen(r.CompletedMatrix);
        Assert.Equal(lambda, r.LambdaMax, 9);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(w[i], r.Priorities[i], 9);
        }
    }

    [Fact]
    public void Lambda_optimal_completion_matches_the_ahpy_partial_example()
    {
        // AHPy README (P. Griffith), 'partial' example: the 4 × 4 example a-b 1, a-c 5, a-d 2, b-c 3, b-d 4 with c-d missing,
        // completed by Bozóki, Fülöp & Rónyai's (2010) cyclic-coordinates λmax minimisation; printed weights b 0.392 (= 0.3920),
        // a 0.3738, d 0.1357, c 0.0985 and CR 0.0372 (Donegan & Dodd RI). An independent implementation's printed output.
        // AHPy stops the completion when the norm of the change is below 1e-4 and rounds to 4 decimals: tolerance 0.0002.
        PairwiseMatrix m = PairwiseMatrix.FromJudgements(4, [new(0, 1, 1), new(0, 2, 5), new(0, 3, 2), new(1, 2, 3), new(1, 3, 4)], ["a", "b", "c", "d"]);
        AhpResult r = AhpAnalysis.Analyze(m, new AhpOptions(randomIndexTable: RandomIndexTable.DoneganDodd1991, incompleteMethod: AhpIncompleteMethod.LambdaMaxOptimalCompletion));
        Assert.True(r.Converged);
        Assert.Equal(0.3738, r["a"], 0.0002);
        Assert.Equal(0.3920, r["b"], 0.0002);
        Assert.Equal(0.0985, r["c"], 0.0002);
        Assert.Equal(0.1357, r["d"], 0.0002);
        Assert.Equal(0.0372, r.ConsistencyRatio!.Value, 0.0002);
    }

    [Fact]
    public void Lambda_optimal_completion_has_the_smallest_lambda_of_the_three_methods()
    {
        // By definition the λmax-optimal completion minimises λmax over all completions; Harker's and LLSM's completed
        // matrices are completions, so their λmax cannot be smaller. Checked on random 6 × 6 matrices with three missing pairs.
        for (ulong seed = 1; seed <= 20; seed++)
        {
            PairwiseMatrix full = AhpGenerators.RandomSaatyMatrix(6, seed);
            double?[,] a = new double?[6, 6];
            for (int i = 0; i < 6; i++)
            {
                for (int j = 0; j < 6; j++)
                {
                    a[i, j] = full[i, j];
                }
            }

            a[0, 5] = a[5, 0] = a[1, 4] = a[4, 1] = a[2, 3] = a[3, 2] = null;
            PairwiseMatrix m = PairwiseMatrix.FromIncompleteArray(a);
            double optimal = AhpAnalysis.Analyze(m, new AhpOptions(incompleteMethod: AhpIncompleteMethod.LambdaMaxOptimalCompletion)).LambdaMax;
            Assert.True(optimal <= AhpAnalysis.Analyze(m).LambdaMax + 1e-9);
            Assert.True(optimal <= AhpAnalysis.Analyze(m, new AhpOptions(incompleteMethod: AhpIncompleteMethod.LogarithmicLeastSquares)).LambdaMax + 1e-9);
            Assert.True(optimal <= full.Size + (AhpAnalysis.Analyze(full).LambdaMax - full.Size) + 1e-9); // the original entries are a completion too
        }
    }

    [Fact]
    public void Two_level_hierarchy_by_hand_in_both_modes()
    {
        // Goal: Cost vs Quality = 3 → (0.75, 0.25). Quality has sub-criteria Q1 vs Q2 = 1 → (0.5, 0.5) → global 0.125 each.
        // Alternatives X, Y. Cost: pairwise X vs Y = 4 → (0.8, 0.2). Q1: ratings (1, 3) → (0.25, 0.75). Q2: ratings (2, 2) → (0.5, 0.5).
        // Distributive: X = 0.75·0.8 + 0.125·0.25 + 0.125·0.5 = 0.6 + 0.03125 + 0.0625 = 0.69375; Y = 0.30625.
        // Ideal (÷ best per leaf): Cost (1, 0.25), Q1 (1/3, 1), Q2 (1, 1):
        // X = 0.75 + 0.125/3 + 0.125 = 0.9166667; Y = 0.1875 + 0.125 + 0.125 = 0.4375.
        AhpHierarchy h = AhpHierarchy.Create(
            PairwiseMatrix.FromUpperTriangle([3.0], ["Cost", "Quality"]),
            [
                new AhpCriterion("Cost", alternatives: AhpAlternativeEvaluation.Pairwise(PairwiseMatrix.FromUpperTriangle([4.0], ["X", "Y"]))),
                new AhpCriterion("Quality", subCriteriaComparison: PairwiseMatrix.FromUpperTriangle([1.0])),
                new AhpCriterion("Q1", "Quality", alternatives: AhpAlternativeEvaluation.Rated([1.0, 3])),
                new AhpCriterion("Q2", "Quality", alternatives: AhpAlternativeEvaluation.Rated([2.0, 2])),
            ],
            ["X", "Y"]);
        AhpHierarchyResult d = h.Synthesize();
        Assert.Equal(0.69375, d.ScoreOf("X"), 12);
        Assert.Equal(0.30625, d.ScoreOf("Y"), 12);
        Assert.Equal(0.125, d["Q1"].GlobalWeight, 12);
        Assert.Equal(0.5, d["Q1"].LocalWeight, 12);
        Assert.Equal(1, d["Q1"].Depth);
        Assert.Null(d["Q1"].Comparison);
        Assert.NotNull(d["Cost"].Comparison);
        Assert.Equal(["X", "Y"], [.. d.Ranking]);
        Assert.True(d.AllAcceptable);

        AhpHierarchyResult ideal = h.Synthesize(AhpSynthesisMode.Ideal);
        Assert.Equal(0.75 + (0.125 / 3) + 0.125, ideal.ScoreOf("X"), 12);
        Assert.Equal(0.4375, ideal.ScoreOf("Y"), 12);
        Assert.Equal(ideal.Scores[0] / (ideal.Scores[0] + ideal.Scores[1]), ideal.NormalizedScores[0], 12);
    }

    [Fact]
    public void Ideal_mode_keeps_the_rank_of_the_Belton_Gear_example()
    {
        // In the spirit of Belton & Gear (1983), whose point is that adding a copy of an alternative can reverse a distributive
        // ranking; the numbers here are our own hand example, not theirs.
        // Three criteria of equal weight; alternatives A, B, C rated (1, 9, 1), (9, 1, 9), (8, 9, 8).
        // Ideal: A = (1/9 + 1 + 1/9)/3 = 0.407407, B = (1 + 1/9 + 1)/3 = 0.703704, C = (8/9 + 1 + 8/9)/3 = 0.925926.
        // Adding D = copy of B leaves these ideal scores unchanged (B's and D's ideal values are B's), so the order C > B > A holds.
        PairwiseMatrix equal = PairwiseMatrix.FromUpperTriangle([1.0, 1, 1]);
        AhpHierarchy three = Build(equal, [[1, 9, 8], [9, 1, 9], [1, 9, 8]], ["A", "B", "C"]);
        AhpHierarchy four = Build(equal, [[1, 9, 8, 9], [9, 1, 9, 1], [1, 9, 8, 9]], ["A", "B", "C", "D"]);
        AhpHierarchyResult r3 = three.Synthesize(AhpSynthesisMode.Ideal);
        AhpHierarchyResult r4 = four.Synthesize(AhpSynthesisMode.Ideal);
        Assert.Equal(0.407407, r3.ScoreOf("A"), 6);
        Assert.Equal(0.925926, r3.ScoreOf("C"), 6);
        Assert.Equal(r3.ScoreOf("A"), r4.ScoreOf("A"), 12);
        Assert.Equal(r3.ScoreOf("B"), r4.ScoreOf("B"), 12);
        Assert.Equal(r3.ScoreOf("C"), r4.ScoreOf("C"), 12);

        static AhpHierarchy Build(PairwiseMatrix goal, double[][] ratings, string[] alternatives) => AhpHierarchy.Create(
            goal,
            [.. ratings.Select((r, k) => new AhpCriterion($"c{k + 1}", alternatives: AhpAlternativeEvaluation.Rated(r)))],
            alternatives);
    }

    [Fact]
    public void Group_judgements_are_the_weighted_geometric_mean()
    {
        // Expert 1: a12 = 2; expert 2: a12 = 8. Equal weights: √(2·8) = 4. Weights (0.75, 0.25): 2^0.75 · 8^0.25 = 2^(0.75+0.75) = 2^1.5.
        PairwiseMatrix e1 = PairwiseMatrix.FromUpperTriangle([2.0]);
        PairwiseMatrix e2 = PairwiseMatrix.FromUpperTriangle([8.0]);
        Assert.Equal(4, AhpGroup.AggregateJudgements([e1, e2])[0, 1]!.Value, 12);
        PairwiseMatrix g = AhpGroup.AggregateJudgements([e1, e2], [0.75, 0.25]);
        Assert.Equal(Math.Pow(2, 1.5), g[0, 1]!.Value, 12);
        Assert.Equal(1 / Math.Pow(2, 1.5), g[1, 0]!.Value, 12);
    }

    [Fact]
    public void Group_priorities_are_the_renormalised_weighted_geometric_mean()
    {
        // (0.5, 0.5) and (0.8, 0.2), equal weights: √0.4 = 0.632456, √0.1 = 0.316228 → (2/3, 1/3).
        var p = AhpGroup.AggregatePriorities([[0.5, 0.5], [0.8, 0.2]]);
        Assert.Equal(2.0 / 3, p[0], 12);
        Assert.Equal(1.0 / 3, p[1], 12);
        Assert.Equal([0.25, 0.75], [.. AhpGroup.NormalizeWeights([1.0, 3])]);
    }
}
