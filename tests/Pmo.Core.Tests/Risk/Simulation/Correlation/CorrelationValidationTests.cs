using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Tests.Risk.Simulation.Correlation;

/// <summary>Layer 3: one test per validation rule of the correlation types (exception type and ParamName).</summary>
public class CorrelationValidationTests
{
    private static readonly string[] Ab = ["A", "B"];

    private static CorrelationMatrix Valid2(double r = 0.5) => CorrelationMatrix.FromMatrix(Ab, new double[,] { { 1, r }, { r, 1 } });

    // ---- CorrelationMatrix.FromMatrix ----
    [Fact]
    public void Null_ids_are_rejected() =>
        Assert.Equal("ids", Assert.Throws<ArgumentNullException>(() => CorrelationMatrix.FromMatrix(null!, new double[1, 1])).ParamName);

    [Fact]
    public void No_ids_are_rejected() =>
        Assert.Equal("ids", Assert.Throws<ArgumentException>(() => CorrelationMatrix.FromMatrix([], new double[0, 0])).ParamName);

    [Fact]
    public void A_null_id_is_rejected() =>
        Assert.Equal("ids", Assert.Throws<ArgumentNullException>(() => CorrelationMatrix.FromMatrix(["A", null!], new double[,] { { 1, 0 }, { 0, 1 } })).ParamName);

    [Fact]
    public void A_blank_id_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => CorrelationMatrix.FromMatrix(["A", " "], new double[,] { { 1, 0 }, { 0, 1 } }));
        Assert.Equal("ids", e.ParamName);
        Assert.Contains("ids[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => CorrelationMatrix.FromMatrix(["A", "A"], new double[,] { { 1, 0 }, { 0, 1 } }));
        Assert.Equal("ids", e.ParamName);
        Assert.Contains("duplicates ids[0]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_matrix_is_rejected() =>
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => CorrelationMatrix.FromMatrix(Ab, null!)).ParamName);

    [Fact]
    public void A_matrix_of_the_wrong_size_is_rejected() =>
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => CorrelationMatrix.FromMatrix(Ab, new double[,] { { 1, 0, 0 }, { 0, 1, 0 } })).ParamName);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_non_finite_cell_is_rejected(double r)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CorrelationMatrix.FromMatrix(Ab, new double[,] { { 1, r }, { r, 1 } }));
        Assert.Equal("matrix", e.ParamName);
        Assert.Contains("matrix[0,1] (A, B)", e.Message, StringComparison.Ordinal);
        Assert.Contains("finite", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.0000001)]
    [InlineData(-1.5)]
    public void A_cell_outside_minus_one_to_one_is_rejected(double r)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CorrelationMatrix.FromMatrix(Ab, new double[,] { { 1, r }, { r, 1 } }));
        Assert.Equal("matrix", e.ParamName);
        Assert.Contains("[−1, 1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagonal_other_than_exactly_one_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => CorrelationMatrix.FromMatrix(Ab, new double[,] { { 1, 0.2 }, { 0.2, 0.999999 } }));
        Assert.Equal("matrix", e.ParamName);
        Assert.Contains("matrix[1,1] (B)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_asymmetric_matrix_is_rejected_even_by_one_ulp()
    {
        double r = 0.3;
        double r2 = Math.BitIncrement(r);
        var e = Assert.Throws<ArgumentException>(() => CorrelationMatrix.FromMatrix(Ab, new double[,] { { 1, r }, { r2, 1 } }));
        Assert.Equal("matrix", e.ParamName);
        Assert.Contains("symmetric", e.Message, StringComparison.Ordinal);
    }

    // ---- CorrelationMatrix.FromPairs ----
    [Fact]
    public void Null_pairs_are_rejected() =>
        Assert.Equal("pairs", Assert.Throws<ArgumentNullException>(() => CorrelationMatrix.FromPairs(Ab, null!)).ParamName);

    [Fact]
    public void A_pair_with_an_unknown_id_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => CorrelationMatrix.FromPairs(Ab, [("A", "C", 0.5)]));
        Assert.Equal("pairs", e.ParamName);
        Assert.Contains("'C'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_with_a_null_id_is_rejected() =>
        Assert.Equal("pairs", Assert.Throws<ArgumentNullException>(() => CorrelationMatrix.FromPairs(Ab, [("A", null!, 0.5)])).ParamName);

    [Fact]
    public void A_pair_of_an_id_with_itself_is_rejected() =>
        Assert.Equal("pairs", Assert.Throws<ArgumentException>(() => CorrelationMatrix.FromPairs(Ab, [("A", "A", 1.0)])).ParamName);

    [Fact]
    public void A_pair_out_of_range_is_rejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CorrelationMatrix.FromPairs(Ab, [("A", "B", -1.01)]));
        Assert.Equal("pairs", e.ParamName);
        Assert.Contains("pairs[0] (A, B)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_finite_pair_is_rejected() =>
        Assert.Equal("pairs", Assert.Throws<ArgumentOutOfRangeException>(() => CorrelationMatrix.FromPairs(Ab, [("A", "B", double.NaN)])).ParamName);

    [Fact]
    public void A_pair_given_twice_with_different_values_is_rejected_in_either_order()
    {
        var e = Assert.Throws<ArgumentException>(() => CorrelationMatrix.FromPairs(Ab, [("A", "B", 0.5), ("B", "A", 0.4)]));
        Assert.Equal("pairs", e.ParamName);
        Assert.Contains("already given as 0.5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_given_twice_with_the_same_value_is_accepted() =>
        Assert.Equal(0.5, CorrelationMatrix.FromPairs(Ab, [("A", "B", 0.5), ("B", "A", 0.5)])["B", "A"]);

    [Fact]
    public void Indexers_reject_out_of_range_positions_and_unknown_ids()
    {
        CorrelationMatrix m = Valid2();
        Assert.Equal("row", Assert.Throws<ArgumentOutOfRangeException>(() => m[2, 0]).ParamName);
        Assert.Equal("column", Assert.Throws<ArgumentOutOfRangeException>(() => m[0, -1]).ParamName);
        Assert.Throws<KeyNotFoundException>(() => m["A", "Z"]);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => m.IndexOf(null!)).ParamName);
    }

    // ---- NearestCorrelation.Repair ----
    [Fact]
    public void Repair_rejects_a_null_matrix() =>
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => NearestCorrelation.Repair(null!)).ParamName);

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-8)]
    [InlineData(0.2)]
    [InlineData(double.NaN)]
    public void Repair_rejects_a_tolerance_outside_zero_to_a_tenth(double tolerance) =>
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => NearestCorrelation.Repair(Valid2(), tolerance)).ParamName);

    [Fact]
    public void Repair_rejects_an_iteration_cap_below_one() =>
        Assert.Equal("maxIterations", Assert.Throws<ArgumentOutOfRangeException>(() => NearestCorrelation.Repair(Valid2(), maxIterations: 0)).ParamName);

    [Fact]
    public void Repair_rejects_weights_of_the_wrong_length() =>
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => NearestCorrelation.Repair(Valid2(), weights: [1.0])).ParamName);

    [Theory]
    [InlineData(0.0)]
    [InlineData(-2.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Repair_rejects_a_weight_that_is_not_finite_and_positive(double w) =>
        Assert.Equal("weights", Assert.Throws<ArgumentOutOfRangeException>(() => NearestCorrelation.Repair(Valid2(), weights: [1.0, w])).ParamName);

    // ---- ImanConover.Induce ----
    [Fact]
    public void Induce_rejects_null_samples_and_target()
    {
        Assert.Equal("samples", Assert.Throws<ArgumentNullException>(() => ImanConover.Induce(null!, Valid2(), 1)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => ImanConover.Induce([[1.0, 2], [3.0, 4]], null!, 1)).ParamName);
        Assert.Equal("samples", Assert.Throws<ArgumentNullException>(() => ImanConover.Induce([[1.0, 2], null!], Valid2(), 1)).ParamName);
    }

    [Fact]
    public void Induce_rejects_a_sample_count_different_from_the_target_size() =>
        Assert.Equal("samples", Assert.Throws<ArgumentException>(() => ImanConover.Induce([[1.0, 2, 3]], Valid2(), 1)).ParamName);

    [Fact]
    public void Induce_rejects_samples_of_different_lengths() =>
        Assert.Equal("samples", Assert.Throws<ArgumentException>(() => ImanConover.Induce([[1.0, 2, 3], [1.0, 2]], Valid2(), 1)).ParamName);

    [Fact]
    public void Induce_rejects_fewer_than_two_rows() =>
        Assert.Equal("samples", Assert.Throws<ArgumentException>(() => ImanConover.Induce([[1.0], [2.0]], Valid2(), 1)).ParamName);

    [Fact]
    public void Induce_rejects_a_non_finite_sample() =>
        Assert.Equal("samples", Assert.Throws<ArgumentOutOfRangeException>(() => ImanConover.Induce([[1.0, 2, 3], [1.0, double.NaN, 3]], Valid2(), 1)).ParamName);

    [Fact]
    public void Induce_rejects_a_non_PSD_target_and_points_to_the_repair()
    {
        CorrelationMatrix bad = CorrelationMatrix.FromMatrix(["A", "B", "C"], new double[,] { { 1, 0.9, 0.9 }, { 0.9, 1, -0.9 }, { 0.9, -0.9, 1 } });
        double[][] samples = [[1.0, 2, 3], [3.0, 1, 2], [2.0, 3, 1]];
        var e = Assert.Throws<NonPositiveSemiDefiniteCorrelationException>(() => ImanConover.Induce(samples, bad, 1));
        Assert.Equal("target", e.ParamName);
        Assert.Contains("NearestCorrelation.Repair", e.Message, StringComparison.Ordinal);
        Assert.Equal(-0.8, e.MinimumEigenvalue, 12);
    }
}
