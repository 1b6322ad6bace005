using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Weights;

/// <summary>
/// Issue 9 §6, Stryker survivors list P5 (objective weights and weight combination): the methods' rule messages, the
/// equal-weight scores, CRITIC's direction-aware normalisation, MEREC's S'_ij and the α boundaries of the linear rule.
/// Every expected number is derived in the comment beside it.
/// </summary>
public class PrioritizationMutationTestsP5w
{
    private const double Tol = 1e-12;

    [Fact]
    public void Equal_weights_score_every_criterion_one()
    {
        ObjectiveWeightsResult r = ObjectiveWeights.Equal(ObjectiveWeightsTests.Matrix(new double[,] { { 1, 2, 3 } }));
        Assert.Equal([1.0, 1, 1], r.Scores.ToArray());
    }

    [Fact]
    public void Every_method_names_itself_when_there_are_too_few_alternatives()
    {
        DecisionMatrix one = ObjectiveWeightsTests.Matrix(new double[,] { { 1, 2 } });
        Reject.Rule<ArgumentException>(() => ObjectiveWeights.Entropy(one), "matrix", "The entropy method needs at least two alternatives (the matrix has 1)");
        Reject.Rule<ArgumentException>(() => ObjectiveWeights.StandardDeviation(one), "matrix", "The standard-deviation method needs at least two alternatives");
        Reject.Rule<ArgumentException>(() => ObjectiveWeights.Critic(one), "matrix", "The CRITIC method needs at least two alternatives");
        Reject.Rule<ArgumentException>(() => ObjectiveWeights.Merec(one), "matrix", "The MEREC method needs at least two alternatives");
    }

    [Fact]
    public void A_constant_column_is_refused_naming_the_method_and_the_criterion()
    {
        // C2 is constant (4, 4): its min-max range is 0.
        DecisionMatrix m = ObjectiveWeightsTests.Matrix(new double[,] { { 1, 4 }, { 2, 4 } });
        Reject.Rule<ArgumentException>(() => ObjectiveWeights.StandardDeviation(m), "matrix", "The standard-deviation method gives criterion 'C2' weight 0 because the column is constant");
        Reject.Rule<ArgumentException>(() => ObjectiveWeights.Critic(m), "matrix", "The CRITIC method gives criterion 'C2' weight 0 because the column is constant");
    }

    [Fact]
    public void Critic_normalises_a_cost_column_by_its_direction()
    {
        // C1 benefit (0, 1, 2) → r = (0, .5, 1); C2 cost (0, 1, 2) → r = (max − x)/range = (1, .5, 0).
        // σ = √((.25 + 0 + .25)/2) = .5 each; ρ = Σdxdy/√(ΣdxΣdy) = −.5/.5 = −1;
        // C_j = σ_j · ((1 − 1) + (1 − (−1))) = .5 · 2 = 1; w = (.5, .5) (Diakoulaki et al. 1995 eq. 1–3).
        DecisionMatrix m = ObjectiveWeightsTests.Matrix(new double[,] { { 0, 0 }, { 1, 1 }, { 2, 2 } }, CriterionDirection.Benefit, CriterionDirection.Cost);
        ObjectiveWeightsResult r = ObjectiveWeights.Critic(m);
        Assert.Equal(-1, r.CorrelationMatrix[1], Tol);
        Assert.Equal(-1, r.CorrelationMatrix[2], Tol);
        Assert.Equal(0.5, r.StandardDeviations[0], Tol);
        Assert.Equal(1, r.Scores[0], Tol);
        Assert.Equal(1, r.Scores[1], Tol);
        Assert.Equal(0.5, r.Weights[0], Tol);
    }

    [Fact]
    public void Merec_reports_the_performance_without_each_criterion()
    {
        // C1 benefit (2, 1): n = min/x = (1/2, 1), |ln n| = (ln 2, 0). C2 benefit (1, 4): n = (1, 1/4), |ln n| = (0, 2 ln 2).
        // m = 2 criteria. S'_ij = ln(1 + (1/m) Σ_{k≠j} |ln n_ik|):
        // A1: without C1 → ln(1 + 0) = 0; without C2 → ln(1 + ln2/2). A2: without C1 → ln(1 + ln 2); without C2 → 0.
        DecisionMatrix m = ObjectiveWeightsTests.Matrix(new double[,] { { 2, 1 }, { 1, 4 } });
        ObjectiveWeightsResult r = ObjectiveWeights.Merec(m);
        double ln2 = Math.Log(2);
        double[] expected = [0, Math.Log(1 + (ln2 / 2)), Math.Log(1 + ln2), 0];
        Assert.Equal(expected, r.PerformanceWithout.ToArray(), (x, y) => Math.Abs(x - y) <= Tol);

        // S_i = ln(1 + (1/2) Σ_j |ln n_ij|): A1 ln(1 + ln2/2), A2 ln(1 + ln 2).
        Assert.Equal(Math.Log(1 + (ln2 / 2)), r.OverallPerformance[0], Tol);
        Assert.Equal(Math.Log(1 + ln2), r.OverallPerformance[1], Tol);
    }

    [Fact]
    public void Merec_refuses_a_criterion_whose_removal_changes_nothing()
    {
        // C1 (1, 1 + 2⁻⁵²) is not constant, but its only non-zero |ln n| (≈ 2.2e-16, for A2) is lost when added to A2's
        // |ln n| on C2 (ln 1e10 ≈ 23.03, whose ulp is ≈ 3.6e-15): S'_A2,C1 = S_A2 exactly, and A1 has |ln n| = 0 on both.
        // Its removal effect E_1 is exactly 0, so its weight would be 0: refused, naming the criterion (class remarks).
        DecisionMatrix m = ObjectiveWeightsTests.Matrix(new double[,] { { 1, 1 }, { 1 + Math.Pow(2, -52), 1e10 } });
        Reject.Rule<ArgumentException>(
            () => ObjectiveWeights.Merec(m),
            "matrix",
            "The Merec method gives criterion 'C1' weight 0 because removing it changes no alternative's performance");
    }

    [Fact]
    public void Linear_combination_accepts_alpha_one_and_refuses_just_above()
    {
        CriteriaWeights s = CriteriaWeights.Create([0.75, 0.25]);
        CriteriaWeights o = CriteriaWeights.Create([0.25, 0.75]);

        // α = 1: w = 1·s + 0·o = s.
        CombinedWeights one = WeightCombination.Linear(s, o, 1);
        Assert.Equal(0.75, one.Weights[0], Tol);
        Assert.Equal(0.25, one.Weights[1], Tol);
        Assert.Equal(1.0, one.Alpha);

        // α = 0: w = o.
        Assert.Equal(0.25, WeightCombination.Linear(s, o, 0).Weights[0], Tol);

        Reject.Rule<ArgumentOutOfRangeException>(() => WeightCombination.Linear(s, o, Math.BitIncrement(1.0)), "alpha", "alpha must be a finite number in [0, 1]");
        Reject.Rule<ArgumentOutOfRangeException>(() => WeightCombination.Linear(s, o, -double.Epsilon), "alpha", "alpha must be a finite number in [0, 1]");
    }

    [Fact]
    public void Combination_refuses_weights_of_different_lengths()
    {
        CriteriaWeights two = CriteriaWeights.Equal(2);
        CriteriaWeights three = CriteriaWeights.Equal(3);
        Reject.Rule<ArgumentException>(() => WeightCombination.Linear(two, three, 0.5), "objective", "objective has 3 weights but subjective has 2; both must weight the same criteria");
        Reject.Rule<ArgumentException>(() => WeightCombination.Multiplicative(two, three), "objective", "both must weight the same criteria");
    }
}
