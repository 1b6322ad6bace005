using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Weights;

/// <summary>Layer 3: one test per validation rule of the objective weights and their combination (type and ParamName).</summary>
public class ObjectiveWeightsValidationTests
{
    private static string Throws<T>(string param, Action action)
        where T : ArgumentException
    {
        T e = Assert.Throws<T>(action);
        Assert.Equal(param, e.ParamName);
        return e.Message;
    }

    public static TheoryData<string> AllMethods => new() { "Entropy", "StandardDeviation", "Critic", "Merec" };

    private static ObjectiveWeightsResult Run(string method, DecisionMatrix m) => method switch
    {
        "Entropy" => ObjectiveWeights.Entropy(m),
        "StandardDeviation" => ObjectiveWeights.StandardDeviation(m),
        "Critic" => ObjectiveWeights.Critic(m),
        _ => ObjectiveWeights.Merec(m),
    };

    [Theory]
    [MemberData(nameof(AllMethods))]
    public void Null_matrix(string method) => Throws<ArgumentNullException>("matrix", () => Run(method, null!));

    [Fact]
    public void Equal_null_matrix() => Throws<ArgumentNullException>("matrix", () => ObjectiveWeights.Equal(null!));

    [Theory]
    [MemberData(nameof(AllMethods))]
    public void One_alternative(string method) =>
        Assert.Contains("at least two alternatives", Throws<ArgumentException>("matrix", () => Run(method, ObjectiveWeightsTests.Matrix(new double[,] { { 1, 2 } }))), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(AllMethods))]
    public void Constant_column_is_named(string method) =>
        Assert.Contains("'C2'", Throws<ArgumentException>("matrix", () => Run(method, ObjectiveWeightsTests.Matrix(new double[,] { { 1, 5, 2 }, { 2, 5, 1 }, { 3, 5, 4 } }))), StringComparison.Ordinal);

    [Fact]
    public void Entropy_negative_value() =>
        Assert.Contains("'C1'", Throws<ArgumentException>("matrix", () => ObjectiveWeights.Entropy(ObjectiveWeightsTests.Matrix(new double[,] { { -1, 2 }, { 2, 3 } }))), StringComparison.Ordinal);

    [Fact]
    public void Entropy_all_zero_column() =>
        Assert.Contains("all zero", Throws<ArgumentException>("matrix", () => ObjectiveWeights.Entropy(ObjectiveWeightsTests.Matrix(new double[,] { { 0, 2 }, { 0, 3 } }))), StringComparison.Ordinal);

    [Fact]
    public void Merec_zero_value() =>
        Assert.Contains("greater than zero", Throws<ArgumentException>("matrix", () => ObjectiveWeights.Merec(ObjectiveWeightsTests.Matrix(new double[,] { { 0, 2 }, { 1, 3 } }))), StringComparison.Ordinal);

    [Fact]
    public void Critic_one_criterion() =>
        Assert.Contains("two criteria", Throws<ArgumentException>("matrix", () => ObjectiveWeights.Critic(ObjectiveWeightsTests.Matrix(new double[,] { { 1 }, { 2 } }))), StringComparison.Ordinal);

    [Fact]
    public void Critic_criterion_perfectly_correlated_with_all_others() =>
        Assert.Contains("perfectly correlated", Throws<ArgumentException>("matrix", () => ObjectiveWeights.Critic(ObjectiveWeightsTests.Matrix(new double[,] { { 1, 10 }, { 2, 20 }, { 3, 30 } }))), StringComparison.Ordinal);

    [Fact]
    public void Combination_null_subjective() => Throws<ArgumentNullException>("subjective", () => WeightCombination.Multiplicative(null!, CriteriaWeights.Equal(2)));

    [Fact]
    public void Combination_null_objective() => Throws<ArgumentNullException>("objective", () => WeightCombination.Linear(CriteriaWeights.Equal(2), null!, 0.5));

    [Fact]
    public void Combination_length_mismatch() => Throws<ArgumentException>("objective", () => WeightCombination.Multiplicative(CriteriaWeights.Equal(2), CriteriaWeights.Equal(3)));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Combination_alpha_outside_0_1(double alpha) =>
        Throws<ArgumentOutOfRangeException>("alpha", () => WeightCombination.Linear(CriteriaWeights.Equal(2), CriteriaWeights.Equal(2), alpha));
}
