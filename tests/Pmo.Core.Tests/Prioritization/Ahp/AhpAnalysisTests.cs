using MathNet.Numerics.LinearAlgebra;
using Pmo.Core.Common;
using Pmo.Core.Prioritization.Ahp;

namespace Pmo.Core.Tests.Prioritization.Ahp;

/// <summary>Hand-computed worked examples and cross-checks against MathNet's dense eigen decomposition (an independent oracle).</summary>
public class AhpAnalysisTests
{
    [Fact]
    public void Two_by_two_gives_a_over_one_plus_a_and_is_consistent()
    {
        // [1 3; 1/3 1]: w = (3/4, 1/4) by every method; λmax = 2; n ≤ 2 is consistent by definition.
        PairwiseMatrix m = PairwiseMatrix.FromUpperTriangle([3.0]);
        foreach (AhpPriorityMethod method in Enum.GetValues<AhpPriorityMethod>())
        {
            AhpResult r = AhpAnalysis.Analyze(m, new AhpOptions(method));
            Assert.Equal(0.75, r.Priorities[0], 12);
            Assert.Equal(0.25, r.Priorities[1], 12);
            Assert.Equal(2.0, r.LambdaMax, 12);
            Assert.Equal(0.0, r.ConsistencyIndex);
            Assert.Equal(0.0, r.ConsistencyRatio);
            Assert.Equal(0.0, r.GeometricConsistencyIndex);
            Assert.Null(r.GeometricConsistencyThreshold);
            Assert.True(r.IsAcceptable);
        }
    }

    [Fact]
    public void One_by_one_has_priority_one()
    {
        AhpResult r = AhpAnalysis.Analyze(PairwiseMatrix.FromUpperTriangle([], ["only"]));
        Assert.Equal(1.0, r.Priorities[0]);
        Assert.Equal(0.0, r.ConsistencyRatio);
        Assert.Empty(r.InconsistencyHints);
    }

    [Fact]
    public void Three_by_three_matches_the_closed_form()
    {
        // For n = 3 the eigenvector equals the row geometric mean (Crawford & Williams 1985) and
        // λmax = 1 + c + 1/c with c = (a12·a23/a13)^(1/3) (a standard closed form, derived from det(A − λI) = 0).
        // A = [1 2 6; 1/2 1 4; 1/6 1/4 1]: c = (2·4/6)^(1/3) = (4/3)^(1/3) = 1.100642;
        // λmax = 1 + 1.1006424 + 0.9085603 = 3.0092027; CI = 0.0046014; CR (RI 0.58) = 0.0079334.
        // RGM: (12^(1/3), 2^(1/3), (1/24)^(1/3)) = (2.2894285, 1.2599210, 0.3466806) / 3.8960302 = (0.5876311, 0.3233859, 0.0889830).
        PairwiseMatrix m = PairwiseMatrix.FromUpperTriangle([2.0, 6, 4]);
        AhpResult r = AhpAnalysis.Analyze(m);
        Assert.Equal(0.5876311, r.Priorities[0], 7);
        Assert.Equal(0.3233859, r.Priorities[1], 7);
        Assert.Equal(0.0889830, r.Priorities[2], 7);
        Assert.Equal(3.0092027, r.LambdaMax, 7);
        Assert.Equal(0.0046014, r.ConsistencyIndex, 7);
        Assert.Equal(0.0079334, r.ConsistencyRatio!.Value, 7);
        Assert.Equal(0.58, r.RandomIndex);
        double c = Math.Cbrt(4.0 / 3);
        Assert.Equal(1 + c + (1 / c), r.LambdaMax, 12);
    }

    [Fact]
    public void Normalized_column_mean_by_hand()
    {
        // A = [1 2 6; 1/2 1 4; 1/6 1/4 1]; column sums 5/3, 13/4, 11.
        // row 1: (0.6 + 8/13 + 6/11)/3 = (0.6 + 0.615385 + 0.545455)/3 = 0.586946
        // row 2: (0.3 + 4/13 + 4/11)/3 = (0.3 + 0.307692 + 0.363636)/3 = 0.323776
        // row 3: (0.1 + 1/13 + 1/11)/3 = (0.1 + 0.076923 + 0.090909)/3 = 0.089277
        AhpResult r = AhpAnalysis.Analyze(PairwiseMatrix.FromUpperTriangle([2.0, 6, 4]), new AhpOptions(AhpPriorityMethod.NormalizedColumnMean));
        Assert.Equal(0.586946, r.Priorities[0], 6);
        Assert.Equal(0.323776, r.Priorities[1], 6);
        Assert.Equal(0.089277, r.Priorities[2], 6);
    }

    [Fact]
    public void Geometric_consistency_index_by_hand()
    {
        // A = [1 2 6; 1/2 1 4; 1/6 1/4 1], RGM w as above. e12 = 2·w2/w1 = 2·2^(1/3)/12^(1/3) = 2·(1/6)^(1/3),
        // e13 = 6·w3/w1 = 6·(1/24)^(1/3)/12^(1/3) = 6/288^(1/3), e23 = 4·w3/w2 = 4/(48)^(1/3).
        // ln e12 = ln 2 − (ln 6)/3 = 0.095894; ln e13 = ln 6 − (ln 288)/3 = −0.095894; ln e23 = ln 4 − (ln 48)/3 = 0.095894.
        // GCI = 2/((n−1)(n−2)) · Σ ln² = 1 · 3 · 0.095894² = 0.027587.
        AhpResult r = AhpAnalysis.Analyze(PairwiseMatrix.FromUpperTriangle([2.0, 6, 4]));
        double l = Math.Log(2) - (Math.Log(6) / 3);
        Assert.Equal(3 * l * l, r.GeometricConsistencyIndex, 12);
        Assert.Equal(0.027587, r.GeometricConsistencyIndex, 6);
        Assert.Equal(0.31, r.GeometricConsistencyThreshold);
    }

    [Fact]
    public void Approximate_lambda_is_the_mean_of_Aw_over_w()
    {
        // With the NCM vector of the matrix above, λ ≈ mean((Aw)ᵢ/wᵢ), computed independently here.
        PairwiseMatrix m = PairwiseMatrix.FromUpperTriangle([2.0, 6, 4]);
        AhpResult r = AhpAnalysis.Analyze(m, new AhpOptions(AhpPriorityMethod.NormalizedColumnMean, AhpLambdaMaxMethod.Approximate));
        double[,] a = m.ToArray();
        double s = 0;
        for (int i = 0; i < 3; i++)
        {
            double row = 0;
            for (int j = 0; j < 3; j++)
            {
                row += a[i, j] * r.Priorities[j];
            }

            s += row / r.Priorities[i];
        }

        Assert.Equal(s / 3, r.LambdaMax, 12);
        Assert.Equal(AhpLambdaMaxMethod.Approximate, r.LambdaMaxMethod);
    }

    [Theory]
    [InlineData(4, 1)]
    [InlineData(7, 2)]
    [InlineData(15, 3)]
    [InlineData(20, 4)]
    public void Eigenvector_and_lambda_match_MathNet_dense_evd(int n, ulong seed)
    {
        PairwiseMatrix m = AhpGenerators.RandomSaatyMatrix(n, seed);
        AhpResult r = AhpAnalysis.Analyze(m, new AhpOptions(randomIndexTable: RandomIndexTable.DoneganDodd1991));
        (double lambda, double[] w) = AhpGenerators.OracleEigen(m);
        Assert.True(r.Converged);
        Assert.Equal(lambda, r.LambdaMax, 9);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(w[i], r.Priorities[i], 9);
        }

        // Exact λmax for other methods is the same eigenvalue.
        AhpResult g = AhpAnalysis.Analyze(m, new AhpOptions(AhpPriorityMethod.RowGeometricMean, randomIndexTable: RandomIndexTable.DoneganDodd1991));
        Assert.Equal(lambda, g.LambdaMax, 9);
    }

    [Fact]
    public void Span_kernel_matches_the_analysis()
    {
        PairwiseMatrix m = AhpGenerators.RandomSaatyMatrix(15, 9);
        double[] flat = [.. m.ToArray().Cast<double>()];
        double[] w = new double[15];
        double[] scratch = new double[15];
        bool ok = AhpAnalysis.PrincipalEigenvector(flat, 15, w, scratch, out double lambda, out int iterations);
        AhpResult r = AhpAnalysis.Analyze(m);
        Assert.True(ok);
        Assert.Equal(r.LambdaMax, lambda, 12);
        Assert.Equal(r.Iterations, iterations);
        Assert.Equal([.. r.Priorities], w);
    }

    [Fact]
    public void Iteration_cap_reports_non_convergence_instead_of_looping()
    {
        PairwiseMatrix m = AhpGenerators.RandomSaatyMatrix(9, 5);
        AhpResult r = AhpAnalysis.Analyze(m, new AhpOptions(maxIterations: 1));
        Assert.False(r.Converged);
        Assert.Equal(1, r.Iterations);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Metric == "LambdaMax");
        Assert.False(AhpAnalysis.PrincipalEigenvector([.. m.ToArray().Cast<double>()], 9, new double[9], new double[9], out _, out int it, maxIterations: 1));
        Assert.Equal(1, it);
    }

    [Fact]
    public void Hints_put_the_planted_error_first_with_its_consistent_value()
    {
        // Consistent w = (0.4, 0.3, 0.2, 0.1) except a14 is 1/4 instead of 4: that judgement must be the top hint.
        double[] w = [0.4, 0.3, 0.2, 0.1];
        var a = new double[4, 4];
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                a[i, j] = w[i] / w[j];
            }
        }

        a[0, 3] = 0.25;
        a[3, 0] = 4;
        AhpResult r = AhpAnalysis.Analyze(PairwiseMatrix.FromArray(a, ["A", "B", "C", "D"]));
        AhpInconsistencyHint top = r.InconsistencyHints[0];
        Assert.Equal((0, 3), (top.Row, top.Column));
        Assert.Equal("A", top.RowLabel);
        Assert.Equal("D", top.ColumnLabel);
        Assert.Equal(0.25, top.Judgement);
        Assert.Equal(r.Priorities[0] / r.Priorities[3], top.ConsistentValue, 12);
        Assert.Equal(6, r.InconsistencyHints.Length);
        Assert.True(r.InconsistencyHints.Zip(r.InconsistencyHints.Skip(1)).All(p => p.First.LogError >= p.Second.LogError));
    }

    [Fact]
    public void Saaty_size_dependent_threshold_applies_to_n_3_and_4()
    {
        var options = new AhpOptions(sizeDependentThreshold: true);
        Assert.Equal(0.05, options.ThresholdFor(3));
        Assert.Equal(0.08, options.ThresholdFor(4));
        Assert.Equal(0.10, options.ThresholdFor(5));
        Assert.Equal(0.10, new AhpOptions().ThresholdFor(3));
    }

    [Fact]
    public void Without_consistency_ratio_reports_null_and_a_diagnostic()
    {
        PairwiseMatrix m = AhpGenerators.RandomSaatyMatrix(16, 3);
        AhpResult r = AhpAnalysis.Analyze(m, AhpOptions.Default.WithoutConsistencyRatio());
        Assert.Null(r.ConsistencyRatio);
        Assert.Null(r.IsAcceptable);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "ConsistencyRatio");
    }

    [Fact]
    public void Random_index_tables_have_their_published_sizes_and_values()
    {
        Assert.Equal(15, RandomIndexTable.Saaty1980.MaxSize);
        Assert.Equal(1.59, RandomIndexTable.Saaty1980.RandomIndex(15));
        Assert.Equal(1.48, RandomIndexTable.Saaty1980.RandomIndex(12));
        Assert.Equal(0.52, RandomIndexTable.Saaty2005.RandomIndex(3));
        Assert.Equal(20, RandomIndexTable.DoneganDodd1991.MaxSize);
        Assert.Equal(1.5371, RandomIndexTable.DoneganDodd1991.RandomIndex(20));
        Assert.Equal(0.5245, RandomIndexTable.AlonsoLamata2006.RandomIndex(3));
        Assert.Equal(1.4499, RandomIndexTable.AlonsoLamata2006.RandomIndex(9));
        Assert.Equal(0, RandomIndexTable.AlonsoLamata2006.RandomIndex(2));
        Assert.Equal(0, RandomIndexTable.AlonsoLamata2006.RandomIndex(1));
        RandomIndexTable custom = RandomIndexTable.Create("mine", "my simulation", [0.5, 0.9]);
        Assert.Equal(4, custom.MaxSize);
        Assert.Equal(0.9, custom.RandomIndex(4));
    }

    [Fact]
    public void Verbal_scales()
    {
        Assert.Equal(5, VerbalScale.Saaty.Value(5));
        Assert.Equal("strong importance", VerbalScale.Saaty.Levels[4].Label);
        Assert.Equal(1.0 / 7, VerbalScale.Saaty.Reverse(7));

        // Balanced scale: w = 0.45 + 0.05k, a = w/(1−w): 1, 1.2222, 1.5, 1.8571, 2.3333, 3, 4, 5.6667, 9 (Salo & Hämäläinen 1997).
        double[] balanced = [1, 11.0 / 9, 1.5, 13.0 / 7, 7.0 / 3, 3, 4, 17.0 / 3, 9];
        for (int k = 1; k <= 9; k++)
        {
            Assert.Equal(balanced[k - 1], VerbalScale.Balanced.Value(k), 12);
        }

        // Lootsma with γ = ln 2: δ = 0, 2, 4, 6, 8 → 1, 4, 16, 64, 256.
        VerbalScale lootsma = VerbalScale.LootsmaGeometric(Math.Log(2));
        Assert.Equal(4, lootsma.Value(3), 12);
        Assert.Equal(256, lootsma.Value(9), 9);

        VerbalScale seven = VerbalScale.Create("7-level survey", "example", [("equal", 1), ("slightly", 2), ("moderately", 3), ("clearly", 5), ("strongly", 7), ("very strongly", 8), ("extremely", 9)]);
        Assert.Equal(7, seven.Levels.Length);
        Assert.Equal(5, seven.Value(4));
    }

    [Fact]
    public void Seven_level_scale_mirrors_three_statements_around_equal()
    {
        // Project Server's seven statements: three "more", "as important as", three "less" (the reciprocals).
        VerbalScale scale = VerbalScale.SevenLevel();
        Assert.Equal(4, scale.Levels.Length);
        Assert.Equal("is as important as", scale.Levels[0].Label);
        Assert.Equal([1.0, 3, 5, 9], scale.Levels.Select(l => l.Value));
        Assert.Equal(1.0 / 9, scale.Reverse(4));
        VerbalScale custom = VerbalScale.SevenLevel(2, 4, 8);
        Assert.Equal(1.0 / 4, custom.Reverse(3));
    }

    [Theory]
    [InlineData(1.0, 5.0, 9.0, "more")]
    [InlineData(double.NaN, 5.0, 9.0, "more")]
    [InlineData(3.0, 3.0, 9.0, "muchMore")]
    [InlineData(3.0, 5.0, 5.0, "extremelyMore")]
    [InlineData(3.0, 5.0, double.PositiveInfinity, "extremelyMore")]
    public void Seven_level_scale_rejects_ratios_that_do_not_increase(double more, double muchMore, double extremelyMore, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => VerbalScale.SevenLevel(more, muchMore, extremelyMore));
        Assert.Equal(parameter, ex.ParamName);
    }
}

/// <summary>Shared random matrices (Saaty-scale entries from the library's own SplitMix64 stream) and the MathNet oracle.</summary>
internal static class AhpGenerators
{
    private static readonly double[] Scale = [1.0 / 9, 1.0 / 8, 1.0 / 7, 1.0 / 6, 1.0 / 5, 1.0 / 4, 1.0 / 3, 1.0 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];

    public static PairwiseMatrix RandomSaatyMatrix(int n, ulong seed)
    {
        ulong state = seed;
        double[] upper = new double[n * (n - 1) / 2];
        for (int k = 0; k < upper.Length; k++)
        {
            unchecked
            {
                state += 0x9E3779B97F4A7C15UL;
                ulong z = state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
                upper[k] = Scale[(int)(z % (ulong)Scale.Length)];
            }
        }

        return PairwiseMatrix.FromUpperTriangle(upper);
    }

    public static (double Lambda, double[] W) OracleEigen(PairwiseMatrix m)
    {
        Matrix<double> a = Matrix<double>.Build.DenseOfArray(m.ToArray());
        var evd = a.Evd();
        int best = 0;
        for (int k = 1; k < m.Size; k++)
        {
            if (evd.EigenValues[k].Real > evd.EigenValues[best].Real)
            {
                best = k;
            }
        }

        double[] v = [.. evd.EigenVectors.Column(best)];
        double s = v.Sum();
        return (evd.EigenValues[best].Real, [.. v.Select(x => x / s)]);
    }
}
