using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Weights;

/// <summary>Hand-computed examples (arithmetic in the comments) of the objective weights and their combination.</summary>
public class ObjectiveWeightsTests
{
    /// <summary>Alternatives A1…, criteria C1… (benefit unless <paramref name="directions"/> says otherwise): shared by the Weights tests.</summary>
    internal static DecisionMatrix Matrix(double[,] values, params CriterionDirection[] directions) =>
        new(
            Enumerable.Range(1, values.GetLength(0)).Select(i => "A" + i),
            Enumerable.Range(0, values.GetLength(1)).Select(j => new Criterion("C" + (j + 1), directions.Length == 0 ? CriterionDirection.Benefit : directions[j])),
            values);

    [Fact]
    public void Equal_weights_are_one_over_n()
    {
        ObjectiveWeightsResult r = ObjectiveWeights.Equal(Matrix(new double[,] { { 1, 2, 3, 5 }, { 2, 3, 4, 8 } }));
        Assert.Equal(new[] { 0.25, 0.25, 0.25, 0.25 }, r.Weights.Values.ToArray());
        Assert.Equal(ObjectiveWeighting.Equal, r.Method);
    }

    /// <summary>
    /// Zeros follow 0·ln 0 = 0. C1 = (0, 1): p = (0, 1), H = 0, E = 0, d = 1.
    /// C2 = (1, 3): p = (0.25, 0.75), H = 0.25 ln 4 + 0.75 ln(4/3) = 0.3465736 + 0.2157616 = 0.5623351,
    /// E = H / ln 2 = 0.5623351 / 0.6931472 = 0.8112781, d = 0.1887219.
    /// w = (1, 0.1887219) / 1.1887219 = (0.8412397, 0.1587603).
    /// </summary>
    [Fact]
    public void Entropy_treats_zero_as_zero_log_zero()
    {
        ObjectiveWeightsResult r = ObjectiveWeights.Entropy(Matrix(new double[,] { { 0, 1 }, { 1, 3 } }));
        Assert.Equal(0, r.Entropies[0], 12);
        Assert.Equal(0.8112781, r.Entropies[1], 6);
        Assert.Equal(0.8412397, r.Weights[0], 6);
        Assert.Equal(0.1587603, r.Weights[1], 6);
    }

    /// <summary>
    /// C1 = (0, 1, 2) → r = (0, 0.5, 1), σ = 0.5; C2 = (0, 0, 3) → r = (0, 0, 1), mean 1/3, squares 1/9 + 1/9 + 4/9 = 2/3,
    /// σ = √(2/3 / 2) = 0.5773503. w = (0.5, 0.5773503) / 1.0773503 = (0.4641016, 0.5358984).
    /// </summary>
    [Fact]
    public void Standard_deviation_hand_example()
    {
        ObjectiveWeightsResult r = ObjectiveWeights.StandardDeviation(Matrix(new double[,] { { 0, 0 }, { 1, 0 }, { 2, 3 } }));
        Assert.Equal(0.5, r.StandardDeviations[0], 12);
        Assert.Equal(0.5773503, r.StandardDeviations[1], 6);
        Assert.Equal(0.4641016, r.Weights[0], 6);
    }

    /// <summary>
    /// Three criteria over three alternatives: C1 = (0, 1, 2), C2 = (2, 1, 0) as a benefit, C3 = (0, 1, 2) as a cost.
    /// Direction-aware min-max: r1 = (0, .5, 1), r2 = (1, .5, 0), r3 = (1, .5, 0); σ = 0.5 for all.
    /// ρ12 = −1, ρ13 = −1, ρ23 = +1. C1 = 0.5 (0 + 2 + 2) = 2; C2 = 0.5 (2 + 0 + 0) = 1; C3 = 1. w = (0.5, 0.25, 0.25).
    /// Marking C3 as a benefit instead gives r3 = r1, so ρ13 = +1 and ρ23 = −1: C1 = 0.5 (0 + 2 + 0) = 1, C2 = 0.5 (2 + 0 + 2) = 2,
    /// C3 = 1, w = (0.25, 0.5, 0.25).
    /// </summary>
    [Fact]
    public void Critic_uses_the_criterion_direction()
    {
        double[,] x = { { 0, 2, 0 }, { 1, 1, 1 }, { 2, 0, 2 } };
        ObjectiveWeightsResult cost = ObjectiveWeights.Critic(Matrix(x, CriterionDirection.Benefit, CriterionDirection.Benefit, CriterionDirection.Cost));
        Assert.Equal([0.5, 0.25, 0.25], cost.Weights.Values.Select(v => Math.Round(v, 12)));
        Assert.Equal(-1, cost.CorrelationMatrix[1], 12);
        ObjectiveWeightsResult benefit = ObjectiveWeights.Critic(Matrix(x));
        Assert.Equal([0.25, 0.5, 0.25], benefit.Weights.Values.Select(v => Math.Round(v, 12)));
    }

    /// <summary>
    /// Two alternatives, C1 benefit (1, 2), C2 cost (1, 4). n: C1 = min/x = (1, 0.5); C2 = x/max = (0.25, 1).
    /// |ln n|: A1 = (0, ln 4), A2 = (ln 2, 0). S = ln(1 + (ln4)/2) = ln(1.6931472) = 0.5265890, S2 = ln(1 + ln2/2) = ln(1.3465736) = 0.2975633.
    /// Removing C1: A1 keeps ln 4 → S' = S1 (effect 0); A2 → ln 1 = 0, effect 0.2975633. E1 = 0.2975633.
    /// Removing C2: A1 → 0, effect 0.5265890; A2 keeps ln 2 → effect 0. E2 = 0.5265890.
    /// w = (0.2975633, 0.5265890) / 0.8241523 = (0.3610537, 0.6389463).
    /// </summary>
    [Fact]
    public void Merec_hand_example()
    {
        ObjectiveWeightsResult r = ObjectiveWeights.Merec(Matrix(new double[,] { { 1, 1 }, { 2, 4 } }, CriterionDirection.Benefit, CriterionDirection.Cost));
        Assert.Equal(0.5265890, r.OverallPerformance[0], 6);
        Assert.Equal(0.2975633, r.Scores[0], 6);
        Assert.Equal(0.3610537, r.Weights[0], 6);
    }

    /// <summary>s = (0.5, 0.3, 0.2), o = (0.2, 0.3, 0.5): s·o = (0.1, 0.09, 0.1), Σ = 0.29 → (0.3448276, 0.3103448, 0.3448276); α = 0.25: (0.275, 0.3, 0.425).</summary>
    [Fact]
    public void Combinations_hand_example()
    {
        CriteriaWeights s = CriteriaWeights.Create([0.5, 0.3, 0.2]);
        CriteriaWeights o = CriteriaWeights.Create([0.2, 0.3, 0.5]);
        CombinedWeights product = WeightCombination.Multiplicative(s, o);
        Assert.Equal(0.3448276, product.Weights[0], 6);
        Assert.Equal(0.3103448, product.Weights[1], 6);
        Assert.Null(product.Alpha);
        CombinedWeights linear = WeightCombination.Linear(s, o, 0.25);
        Assert.Equal(0.275, linear.Weights[0], 12);
        Assert.Equal(0.3, linear.Weights[1], 12);
        Assert.Equal(0.425, linear.Weights[2], 12);
        Assert.Same(s, linear.Subjective);
        Assert.Same(o, linear.Objective);
    }
}
