using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Model;

/// <summary>Decision matrix and criterion: construction, access, sub-matrices and one test per validation rule.</summary>
public class DecisionMatrixTests
{
    private static readonly Criterion[] Two = [Criterion.Benefit("npv"), Criterion.Cost("risk", 1, 5)];

    private static DecisionMatrix Sample() => DecisionMatrix.FromRows(["a", "b", "c"], Two, [[10.0, 2], [20, 4], [30, 1]]);

    [Fact]
    public void Access_by_index_row_column_and_id()
    {
        DecisionMatrix m = Sample();
        Assert.Equal(3, m.AlternativeCount);
        Assert.Equal(2, m.CriterionCount);
        Assert.Equal(4, m[1, 1]);
        Assert.Equal([20.0, 4], m.Row(1).ToArray());
        Assert.Equal([2.0, 4, 1], m.Column(1));
        Assert.Equal(2, m.IndexOfAlternative("c"));
        Assert.Equal(1, m.IndexOfCriterion("risk"));
        Assert.Equal([10.0, 2, 20, 4, 30, 1], m.Values.ToArray());
        Assert.Throws<KeyNotFoundException>(() => m.IndexOfAlternative("zz"));
        Assert.Throws<KeyNotFoundException>(() => m.IndexOfCriterion("zz"));
        Assert.Equal("alternative", Assert.Throws<ArgumentOutOfRangeException>(() => m[3, 0]).ParamName);
        Assert.Equal("criterion", Assert.Throws<ArgumentOutOfRangeException>(() => m[0, 2]).ParamName);
    }

    [Fact]
    public void Two_dimensional_and_row_major_constructors_agree()
    {
        var a = new DecisionMatrix(["a", "b"], Two, new double[,] { { 1, 2 }, { 3, 4 } });
        DecisionMatrix b = DecisionMatrix.FromRowMajor(["a", "b"], Two, [1.0, 2, 3, 4]);
        Assert.Equal(a.Values.ToArray(), b.Values.ToArray());
    }

    [Fact]
    public void SelectAlternatives_keeps_the_given_rows_in_the_given_order()
    {
        DecisionMatrix s = Sample().SelectAlternatives([2, 0]);
        Assert.Equal(["c", "a"], s.Alternatives.ToArray());
        Assert.Equal([30.0, 1, 10, 2], s.Values.ToArray());
        Assert.Equal(Two, s.Criteria.ToArray());
    }

    [Fact]
    public void WithoutAlternative_drops_one_row()
    {
        DecisionMatrix s = Sample().WithoutAlternative(1);
        Assert.Equal(["a", "c"], s.Alternatives.ToArray());
        Assert.Equal([10.0, 2, 30, 1], s.Values.ToArray());
    }

    [Fact]
    public void SelectAlternatives_rejects_repeats_range_and_empty()
    {
        DecisionMatrix m = Sample();
        Assert.Equal("alternativeIndices", Assert.Throws<ArgumentException>(() => m.SelectAlternatives([0, 0])).ParamName);
        Assert.Equal("alternativeIndices", Assert.Throws<ArgumentOutOfRangeException>(() => m.SelectAlternatives([3])).ParamName);
        Assert.Equal("alternativeIndices", Assert.Throws<ArgumentException>(() => m.SelectAlternatives([])).ParamName);
        Assert.Throws<ArgumentNullException>(() => m.SelectAlternatives(null!));
    }

    [Fact]
    public void WithoutAlternative_rejects_range_and_the_only_row()
    {
        Assert.Equal("alternative", Assert.Throws<ArgumentOutOfRangeException>(() => Sample().WithoutAlternative(-1)).ParamName);
        DecisionMatrix one = DecisionMatrix.FromRows(["a"], Two, [[1.0, 1]]);
        Assert.Equal("alternative", Assert.Throws<ArgumentException>(() => one.WithoutAlternative(0)).ParamName);
    }

    [Fact]
    public void No_alternative_is_rejected() =>
        Assert.Equal("alternatives", Assert.Throws<ArgumentException>(() => DecisionMatrix.FromRowMajor([], Two, [])).ParamName);

    [Fact]
    public void No_criterion_is_rejected() =>
        Assert.Equal("criteria", Assert.Throws<ArgumentException>(() => DecisionMatrix.FromRowMajor(["a"], [], [])).ParamName);

    [Fact]
    public void Blank_alternative_id_is_rejected() =>
        Assert.Equal("alternatives", Assert.Throws<ArgumentException>(() => DecisionMatrix.FromRows(["a", " "], Two, [[1.0, 1], [1, 1]])).ParamName);

    [Fact]
    public void Repeated_alternative_id_is_rejected() =>
        Assert.Equal("alternatives", Assert.Throws<ArgumentException>(() => DecisionMatrix.FromRows(["a", "a"], Two, [[1.0, 1], [1, 1]])).ParamName);

    [Fact]
    public void Repeated_criterion_id_is_rejected() =>
        Assert.Equal("criteria", Assert.Throws<ArgumentException>(() => DecisionMatrix.FromRows(["a"], [Criterion.Benefit("x"), Criterion.Cost("x")], [[1.0, 1]])).ParamName);

    [Fact]
    public void Shape_mismatch_is_rejected()
    {
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => DecisionMatrix.FromRowMajor(["a", "b"], Two, [1.0, 2, 3])).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => new DecisionMatrix(["a"], Two, new double[2, 2])).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => DecisionMatrix.FromRows(["a"], Two, [[1.0]])).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentNullException>(() => DecisionMatrix.FromRows(["a"], Two, [null!])).ParamName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_value_is_rejected(double bad) =>
        Assert.Equal("values", Assert.Throws<ArgumentOutOfRangeException>(() => DecisionMatrix.FromRows(["a"], Two, [[bad, 1]])).ParamName);

    [Theory]
    [InlineData(0.99)]
    [InlineData(5.01)]
    public void Value_outside_its_fixed_scale_is_rejected(double bad)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => DecisionMatrix.FromRows(["a"], Two, [[1.0, bad]]));
        Assert.Equal("values", e.ParamName);
        Assert.Contains("risk", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixed_scale_bounds_are_inclusive()
    {
        DecisionMatrix m = DecisionMatrix.FromRows(["a", "b"], Two, [[1.0, 1], [2, 5]]);
        Assert.Equal(5, m[1, 1]);
    }

    [Fact]
    public void Criterion_records_its_options()
    {
        var c = new Criterion("cost", CriterionDirection.Cost, 0, 100, "EUR", "Total cost");
        Assert.Equal("cost", c.Id);
        Assert.Equal("Total cost", c.Name);
        Assert.Equal("EUR", c.Unit);
        Assert.True(c.HasFixedScale);
        Assert.Equal(0, c.ScaleMin);
        Assert.Equal(100, c.ScaleMax);
        Assert.Equal(c, new Criterion("cost", CriterionDirection.Cost, 0, 100, "EUR", "Total cost"));
        Assert.False(Criterion.Benefit("x").HasFixedScale);
        Assert.Equal("x", Criterion.Benefit("x").Name);
    }

    [Fact]
    public void Criterion_with_one_bound_is_rejected()
    {
        Assert.Equal("scaleMax", Assert.Throws<ArgumentException>(() => new Criterion("x", scaleMin: 1)).ParamName);
        Assert.Equal("scaleMin", Assert.Throws<ArgumentException>(() => new Criterion("x", scaleMax: 1)).ParamName);
    }

    [Fact]
    public void Criterion_with_max_not_above_min_is_rejected() =>
        Assert.Equal("scaleMax", Assert.Throws<ArgumentOutOfRangeException>(() => new Criterion("x", scaleMin: 5, scaleMax: 5)).ParamName);

    [Fact]
    public void Criterion_with_non_finite_bound_is_rejected() =>
        Assert.Equal("scaleMin", Assert.Throws<ArgumentOutOfRangeException>(() => new Criterion("x", scaleMin: double.NaN, scaleMax: 5)).ParamName);

    [Fact]
    public void Criterion_with_blank_id_is_rejected() =>
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Criterion(" ")).ParamName);

    [Fact]
    public void Criterion_with_undefined_direction_is_rejected() =>
        Assert.Equal("direction", Assert.ThrowsAny<ArgumentException>(() => new Criterion("x", (CriterionDirection)5)).ParamName);
}
