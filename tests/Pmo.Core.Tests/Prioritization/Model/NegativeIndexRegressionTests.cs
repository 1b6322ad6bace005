using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Model;

/// <summary>
/// Regression (issue 9 §1): the range checks were written <c>(uint)i &gt;= (uint)n</c>, which under the project's
/// checked arithmetic throws <see cref="OverflowException"/> for a negative index instead of the documented
/// <see cref="ArgumentOutOfRangeException"/> naming the index (found for <c>RcpspHeuristics.Decode</c> by the
/// Scheduling mutation helper; these are the same pattern elsewhere).
/// </summary>
public sealed class NegativeIndexRegressionTests
{
    private static DecisionMatrix Matrix() => new(
        ["A", "B"], [new Criterion("C1", CriterionDirection.Benefit), new Criterion("C2", CriterionDirection.Cost)],
        new double[,] { { 1, 2 }, { 3, 4 } });

    [Theory]
    [InlineData(-1, 0, "alternative")]
    [InlineData(0, -1, "criterion")]
    [InlineData(int.MinValue, 0, "alternative")]
    [InlineData(2, 0, "alternative")]
    [InlineData(0, 2, "criterion")]
    public void Decision_matrix_indexer_rejects_an_index_outside_the_matrix(int alternative, int criterion, string param)
    {
        DecisionMatrix m = Matrix();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => m[alternative, criterion]);
        Assert.Equal(param, e.ParamName);
        Assert.Contains("outside the 2 × 2 matrix", e.Message);
    }

    [Fact]
    public void Selecting_a_negative_alternative_index_is_rejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Matrix().SelectAlternatives([0, -1]));
        Assert.Equal("alternativeIndices", e.ParamName);
        Assert.Contains("alternativeIndices[1] must lie in [0, 1] (got -1)", e.Message);
    }

    [Theory]
    [InlineData(-1, 0, "row")]
    [InlineData(0, -1, "column")]
    [InlineData(2, 0, "row")]
    [InlineData(0, 2, "column")]
    public void Normalized_matrix_indexer_rejects_an_index_outside_the_matrix(int row, int column, string param)
    {
        McdaMatrix m = Normalization.Normalize(Matrix(), NormalizationMethod.Vector);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => m[row, column]);
        Assert.Equal(param, e.ParamName);
        Assert.Contains($"{param} must lie in [0, 1]", e.Message);
    }
}
