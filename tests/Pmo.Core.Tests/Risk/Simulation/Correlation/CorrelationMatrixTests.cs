using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Tests.Risk.Simulation.Correlation;

/// <summary>Layer 1: worked examples of <see cref="CorrelationMatrix"/> with hand-computed eigenvalues.</summary>
public class CorrelationMatrixTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(-0.7)]
    [InlineData(1.0)]
    [InlineData(-1.0)]
    public void Two_by_two_minimum_eigenvalue_is_one_minus_abs_r(double r)
    {
        // [[1, r], [r, 1]] has eigenvectors (1, 1) and (1, −1) with eigenvalues 1 + r and 1 − r: λ_min = 1 − |r| ≥ 0.
        CorrelationMatrix m = CorrelationMatrix.FromMatrix(["A", "B"], new double[,] { { 1, r }, { r, 1 } });
        Assert.Equal(1 - Math.Abs(r), m.MinimumEigenvalue, 12);
        Assert.True(m.IsPositiveSemiDefinite);
    }

    [Fact]
    public void The_inconsistent_three_by_three_is_not_PSD_with_minimum_eigenvalue_minus_0_8()
    {
        // C = I + 0.9 B with B = [[0,1,1],[1,0,−1],[1,−1,0]]. det(B − λI) = −λ³ + 3λ − 2 = −(λ − 1)²(λ + 2), so B has
        // eigenvalues 1, 1, −2 (eigenvector (1, −1, −1) for −2) and C has 1.9, 1.9 and 1 − 1.8 = −0.8 (trace 3 ✓).
        // "A and B move together, A and C move together, but B and C move oppositely" cannot all hold strongly.
        CorrelationMatrix m = CorrelationMatrix.FromPairs(["A", "B", "C"], [("A", "B", 0.9), ("A", "C", 0.9), ("B", "C", -0.9)]);
        Assert.Equal(-0.8, m.MinimumEigenvalue, 12);
        Assert.False(m.IsPositiveSemiDefinite);
    }

    [Fact]
    public void A_PSD_but_singular_matrix_counts_as_PSD()
    {
        // r = 1 between A and B: eigenvalues of [[1,1,0],[1,1,0],[0,0,1]] are 2, 1, 0.
        CorrelationMatrix m = CorrelationMatrix.FromPairs(["A", "B", "C"], [("A", "B", 1.0)]);
        Assert.Equal(0.0, m.MinimumEigenvalue, 12);
        Assert.True(m.IsPositiveSemiDefinite);
    }

    [Fact]
    public void Pairs_fill_both_triangles_and_unspecified_pairs_are_zero()
    {
        CorrelationMatrix m = CorrelationMatrix.FromPairs(["X", "Y", "Z"], [("Z", "X", -0.25)]);
        Assert.Equal(-0.25, m["X", "Z"]);
        Assert.Equal(-0.25, m[2, 0]);
        Assert.Equal(0.0, m["X", "Y"]);
        Assert.Equal(1.0, m["Y", "Y"]);
        Assert.Equal(3, m.Count);
        Assert.Equal(["X", "Y", "Z"], m.Ids);
        Assert.Equal(2, m.IndexOf("Z"));
    }

    [Fact]
    public void ToArray_returns_a_copy_equal_to_the_input()
    {
        var input = new double[,] { { 1, 0.2, -0.1 }, { 0.2, 1, 0.4 }, { -0.1, 0.4, 1 } };
        CorrelationMatrix m = CorrelationMatrix.FromMatrix(["a", "b", "c"], input);
        double[,] copy = m.ToArray();
        Assert.Equal(input, copy);
        copy[0, 1] = 0.9;
        Assert.Equal(0.2, m[0, 1]);
        input[0, 1] = 0.9;
        Assert.Equal(0.2, m[0, 1]);
    }

    [Fact]
    public void Identity_has_unit_minimum_eigenvalue()
    {
        CorrelationMatrix m = CorrelationMatrix.Identity(["a", "b", "c", "d"]);
        Assert.Equal(1.0, m.MinimumEigenvalue, 12);
        Assert.Equal(0.0, m["a", "d"]);
    }
}
