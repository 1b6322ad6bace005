using Pmo.Core.Common;
using Pmo.Core.Prioritization.Ahp;

namespace Pmo.Core.Tests.Prioritization.Ahp;

/// <summary>
/// Pins down AhpAnalysis (iteration counts, convergence flags, diagnostics, CI for n ≤ 2, the CR boundary, the span fast
/// path's validation), AhpOptions, AhpResult's indexer and RandomIndexTable (issue 9 §6, Stryker survivors list P1).
/// </summary>
public class PrioritizationMutationTestsP1
{
    // w = (4, 2, 1)/7 and aᵢⱼ = wᵢ/wⱼ: a consistent 3 × 3 matrix whose priority vector is known exactly.
    private static readonly PairwiseMatrix Consistent3 = PairwiseMatrix.FromArray(new double[,] { { 1, 2, 4 }, { 0.5, 1, 2 }, { 0.25, 0.5, 1 } });

    // The 4 × 4 circulant aᵢ,ᵢ₊₁ = 2 (indices mod 4), aᵢ,ᵢ₊₂ = 1: every row is a permutation of (1, 2, 1, 1/2) with sum 4.5,
    // so the uniform vector is the Perron vector and λmax = 4.5 (Saaty 1980: λmax = the common row sum when w is uniform).
    // CI = (4.5 − 4)/3 = 1/6; with Saaty's RI(4) = 0.90, CR = 0.1852 > 0.10 (not acceptable).
    private static readonly PairwiseMatrix Circulant4 = PairwiseMatrix.FromArray(new double[,]
    {
        { 1, 2, 1, 0.5 },
        { 0.5, 1, 2, 1 },
        { 1, 0.5, 1, 2 },
        { 2, 1, 0.5, 1 },
    });

    // ---- Convergence flag and iteration count of the complete-matrix path with a separate λmax power iteration ----

    [Theory]
    [InlineData(AhpPriorityMethod.RowGeometricMean)]
    [InlineData(AhpPriorityMethod.NormalizedColumnMean)]
    public void Consistent_matrix_with_a_non_eigenvector_method_converges_in_one_lambda_iteration(AhpPriorityMethod method)
    {
        // RGM: row log means (ln 2, 0, −ln 2) → (2, 1, 1/2)/3.5 = (4, 2, 1)/7; NCM: every normalised column is (4, 2, 1)/7.
        // That is already the Perron vector, so the exact-λ power iteration started from it stops after 1 step:
        // Iterations = 1, Converged = true, λmax = 3, no warning.
        AhpResult r = AhpAnalysis.Analyze(Consistent3, new AhpOptions(method));
        Assert.Equal(4.0 / 7, r.Priorities[0], 12);
        Assert.Equal(2.0 / 7, r.Priorities[1], 12);
        Assert.Equal(1.0 / 7, r.Priorities[2], 12);
        Assert.Equal(3, r.LambdaMax, 12);
        Assert.Equal(1, r.Iterations);
        Assert.True(r.Converged);
        Assert.DoesNotContain(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
    }

    [Fact]
    public void Exact_lambda_iteration_hitting_the_cap_reports_non_convergence()
    {
        // A = [1 9 1 1; 1/9 1 1 1; 1 1 1 1; 1 1 1 1]. RGM: w ∝ (9^¼, 9^−¼, 1, 1) = (√3, 1/√3, 1, 1).
        // (Aw)₀/w₀ = (√3 + 9/√3 + 2)/√3 = 4 + 2/√3 ≈ 5.155 but (Aw)₂/w₂ = √3 + 1/√3 + 2 ≈ 4.309: w is not an eigenvector,
        // so one power step moves it by far more than 1e-12. With MaxIterations = 1 the cap is hit:
        // Iterations = 1, Converged = false and a LambdaMax warning (class remarks: "never by looping or by an exception").
        PairwiseMatrix m = PairwiseMatrix.FromUpperTriangle([9.0, 1, 1, 1, 1, 1]);
        AhpResult r = AhpAnalysis.Analyze(m, new AhpOptions(AhpPriorityMethod.RowGeometricMean, maxIterations: 1));
        Assert.Equal(1, r.Iterations);
        Assert.False(r.Converged);
        Diagnostic d = Assert.Single(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
        Assert.Equal("LambdaMax", d.Metric);
        Assert.Contains("within 1 iterations", d.Message, StringComparison.Ordinal);
    }

    // ---- Harker: start vector, iteration count ----

    [Fact]
    public void Harker_power_iteration_starts_from_the_uniform_vector()
    {
        // a01 = a12 = 1, a02 missing. Harker (1987): H = [2 1 0; 1 1 1; 0 1 2] (diagonal 1 + missing count).
        // H·(1,1,1) = (3,3,3): the uniform start 1/n is already the Perron vector, so one step suffices:
        // Iterations = 1, priorities 1/3 each, λ = 3, CI = 0.
        PairwiseMatrix m = PairwiseMatrix.FromJudgements(3, [new PairwiseJudgement(0, 1, 1), new PairwiseJudgement(1, 2, 1)]);
        AhpResult r = AhpAnalysis.Analyze(m);
        Assert.Equal(1, r.Iterations);
        Assert.True(r.Converged);
        Assert.All(r.Priorities, p => Assert.Equal(1.0 / 3, p, 12));
        Assert.Equal(3, r.LambdaMax, 12);
        Assert.Equal(1, r.CompletedMatrix[0, 2]!.Value, 12);
    }

    // ---- Information diagnostic of the incomplete path ----

    [Theory]
    [InlineData(AhpIncompleteMethod.Harker, "Harker's method (1987)")]
    [InlineData(AhpIncompleteMethod.LogarithmicLeastSquares, "logarithmic least squares (Bozóki, Fülöp & Rónyai 2010)")]
    [InlineData(AhpIncompleteMethod.LambdaMaxOptimalCompletion, "the λmax-optimal completion (Bozóki, Fülöp & Rónyai 2010)")]
    public void Incomplete_matrix_records_the_substituted_method(AhpIncompleteMethod method, string source)
    {
        // Class remarks: "an information diagnostic records the substitution". The spanning tree a01 = 2, a12 = 3 is
        // completed consistently (a02 = 6) by all three methods, so no warning is due.
        PairwiseMatrix m = PairwiseMatrix.FromJudgements(3, [new PairwiseJudgement(0, 1, 2), new PairwiseJudgement(1, 2, 3)]);
        AhpResult r = AhpAnalysis.Analyze(m, new AhpOptions(incompleteMethod: method));
        Diagnostic d = Assert.Single(r.Diagnostics, d => d.Kind == DiagnosticKind.Information);
        Assert.Equal("Priorities", d.Metric);
        Assert.Contains("The matrix has 1 missing judgement(s); priorities come from " + source + " rather than the Eigenvector method", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(r.Diagnostics, x => x.Kind == DiagnosticKind.Warning);
        Assert.True(r.Converged);
    }

    // ---- λmax-optimal completion: sweeps + power iterations, convergence ----

    [Fact]
    public void Lambda_optimal_completion_counts_sweeps_plus_power_iterations()
    {
        // AhpResult.Iterations: "for the λmax-optimal completion, sweeps plus final power iterations". With
        // MaxIterations = 1 both are capped at 1 and each is at least 1, so Iterations = 1 + 1 = 2.
        PairwiseMatrix m = PairwiseMatrix.FromJudgements(3, [new PairwiseJudgement(0, 1, 2), new PairwiseJudgement(1, 2, 3)]);
        AhpResult r = AhpAnalysis.Analyze(m, new AhpOptions(maxIterations: 1, incompleteMethod: AhpIncompleteMethod.LambdaMaxOptimalCompletion));
        Assert.Equal(2, r.Iterations);
    }

    [Fact]
    public void Lambda_optimal_completion_that_does_not_settle_warns()
    {
        // 5 × 5 with (0,3) and (1,4) missing. Precondition, checked with MathNet's eigen decomposition (an independent
        // oracle): moving the LLSM start's entry a03 by a factor e^±0.01 lowers λmax on one side, so the LLSM start is not
        // λmax-optimal along that coordinate and the first sweep must move it. With a cap of 1 sweep the completion
        // therefore does not settle (AhpIncompleteMethod docs: "after MaxIterations sweeps (then Converged is false)").
        PairwiseMatrix m = PairwiseMatrix.FromJudgements(5, [new(0, 1, 3), new(0, 2, 1.0 / 5), new(1, 2, 7), new(1, 3, 1.0 / 3), new(2, 3, 9), new(2, 4, 1.0 / 2), new(3, 4, 5), new(0, 4, 9)]);
        PairwiseMatrix start = AhpAnalysis.Analyze(m, new AhpOptions(incompleteMethod: AhpIncompleteMethod.LogarithmicLeastSquares)).CompletedMatrix;
        double at = AhpGenerators.OracleEigen(start).Lambda;
        double lower = Math.Min(AhpGenerators.OracleEigen(Scale03(start, Math.Exp(0.01))).Lambda, AhpGenerators.OracleEigen(Scale03(start, Math.Exp(-0.01))).Lambda);
        Assert.True(lower < at - 1e-9, $"precondition: LLSM start not optimal ({lower} vs {at})");

        AhpResult r = AhpAnalysis.Analyze(m, new AhpOptions(maxIterations: 1, incompleteMethod: AhpIncompleteMethod.LambdaMaxOptimalCompletion));
        Assert.False(r.Converged);
        Diagnostic d = Assert.Single(r.Diagnostics, d => d.Metric == "Completion");
        Assert.Equal(DiagnosticKind.Warning, d.Kind);
        Assert.Contains("The λmax-optimal completion did not settle within 1 sweeps; the last completion is used.", d.Message, StringComparison.Ordinal);

        static PairwiseMatrix Scale03(PairwiseMatrix c, double f)
        {
            double[,] a = c.ToArray();
            a[0, 3] *= f;
            a[3, 0] = 1 / a[0, 3];
            return PairwiseMatrix.FromArray(a);
        }
    }

    [Fact]
    public void Lambda_optimal_completion_that_settles_but_whose_power_iteration_is_capped_is_not_converged()
    {
        // a01 = 2, a03 = 3, a12 = 1/2, a23 = 3, a13 = 1, a02 missing. Swapping items 0 and 2 maps every known judgement
        // onto itself and t = ln a02 onto −t, so λmax(t) = λmax(−t); λmax is convex in t (Bozóki, Fülöp & Rónyai 2010,
        // Theorem 2), hence the optimum is t = 0, which is also the (symmetric) LLSM start: the first sweep settles.
        // Completed: rows (1, 2, 1, 3), (1/2, 1, 1/2, 1), (1, 2, 1, 3), (1/3, 1, 1/3, 1). With w = (p, q, p, s):
        // λp = 2p + 2q + 3s, λq = p + q + s, λs = 2p/3 + q + s, whose characteristic polynomial is λ³ − 4λ² − 1/3 = 0
        // (λmax ≈ 4.0206); the other roots have modulus √(1/(3·4.0206)) ≈ 0.29 (and 0 on (1, 0, −1, 0)), so the error
        // shrinks by ≈ 0.07 per step: from the row sums (7, 3, 7, 8/3) the start is ~1e-2 off and 5 steps leave ~1e-8 > 1e-12.
        // Converged = settled (true) AND power iteration met the tolerance (false) = false.
        PairwiseMatrix m = PairwiseMatrix.FromJudgements(4, [new(0, 1, 2), new(0, 3, 3), new(1, 2, 0.5), new(2, 3, 3), new(1, 3, 1)]);
        AhpResult r = AhpAnalysis.Analyze(m, new AhpOptions(maxIterations: 5, incompleteMethod: AhpIncompleteMethod.LambdaMaxOptimalCompletion));
        Assert.DoesNotContain(r.Diagnostics, d => d.Metric == "Completion");
        Assert.False(r.Converged);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Metric == "LambdaMax");
        Assert.Equal(1 + 5, r.Iterations);
        Assert.Equal(1, r.CompletedMatrix[0, 2]!.Value, 9);
        double l = r.LambdaMax;
        Assert.Equal(0, (l * l * l) - (4 * l * l) - (1.0 / 3), 5);
        Assert.InRange(l, 4.02, 4.021);
        Assert.Equal(r.Priorities[0], r.Priorities[2], 9);
    }

    // ---- CI for n ≤ 2 ----

    [Fact]
    public void One_by_one_matrix_has_consistency_index_zero()
    {
        // Class remarks: "matrices with n ≤ 2 are consistent (CI = CR = GCI = 0)"; (λ − n)/(n − 1) would be 0/0 here.
        AhpResult r = AhpAnalysis.Analyze(PairwiseMatrix.FromArray(new double[,] { { 1 } }));
        Assert.Equal(0.0, r.ConsistencyIndex);
        Assert.Equal(0.0, r.ConsistencyRatio);
    }

    [Theory]
    [InlineData(1.7, AhpPriorityMethod.Eigenvector, AhpLambdaMaxMethod.Exact)]
    [InlineData(1.0 / 7, AhpPriorityMethod.Eigenvector, AhpLambdaMaxMethod.Exact)]
    [InlineData(Math.PI, AhpPriorityMethod.RowGeometricMean, AhpLambdaMaxMethod.Approximate)]
    [InlineData(1.0 / 9, AhpPriorityMethod.RowGeometricMean, AhpLambdaMaxMethod.Approximate)]
    [InlineData(6.3, AhpPriorityMethod.NormalizedColumnMean, AhpLambdaMaxMethod.Approximate)]
    [InlineData(0.3, AhpPriorityMethod.NormalizedColumnMean, AhpLambdaMaxMethod.Exact)]
    public void Two_by_two_matrix_has_consistency_index_exactly_zero(double a, AhpPriorityMethod method, AhpLambdaMaxMethod lambda)
    {
        // Class remarks: n ≤ 2 is consistent by definition, CI = 0 exactly (not λ − 2 with rounding).
        AhpResult r = AhpAnalysis.Analyze(PairwiseMatrix.FromUpperTriangle([a]), new AhpOptions(method, lambda));
        Assert.Equal(0.0, r.ConsistencyIndex);
    }

    // ---- Random-index table name, CR boundary ----

    [Fact]
    public void Result_names_the_random_index_table_only_when_CR_was_requested()
    {
        // AhpResult.RandomIndexTable: "the name of the random-index table used, or null".
        Assert.Equal("Saaty (1980)", AhpAnalysis.Analyze(Consistent3).RandomIndexTable);
        Assert.Equal("Donegan & Dodd (1991)", AhpAnalysis.Analyze(Consistent3, new AhpOptions(randomIndexTable: RandomIndexTable.DoneganDodd1991)).RandomIndexTable);
        AhpResult none = AhpAnalysis.Analyze(Consistent3, AhpOptions.Default.WithoutConsistencyRatio());
        Assert.Null(none.RandomIndexTable);
        Assert.Null(none.ConsistencyRatio);
        Assert.Null(none.IsAcceptable);
    }

    [Fact]
    public void Circulant_matrix_is_not_acceptable_under_Saaty_1980()
    {
        // λmax = 4.5, CI = 1/6, CR = (1/6)/0.90 = 0.185185 > 0.10.
        AhpResult r = AhpAnalysis.Analyze(Circulant4);
        Assert.Equal(4.5, r.LambdaMax, 12);
        Assert.Equal(1.0 / 6, r.ConsistencyIndex, 12);
        Assert.Equal(1.0 / 6 / 0.90, r.ConsistencyRatio!.Value, 12);
        Assert.False(r.IsAcceptable);
    }

    [Fact]
    public void CR_equal_to_the_threshold_is_acceptable()
    {
        // AhpOptions: "The CR at or below which a matrix is acceptable". A custom table with RI(4) = CI of the circulant
        // gives CR = CI/RI = 1 exactly; threshold 1 (the top of its allowed range (0, 1]) → acceptable.
        double ci = AhpAnalysis.Analyze(Circulant4).ConsistencyIndex;
        Assert.Equal(1.0 / 6, ci, 12);
        RandomIndexTable table = RandomIndexTable.Create("Boundary", "hand-made for the CR = threshold boundary", [0.58, ci]);
        AhpResult r = AhpAnalysis.Analyze(Circulant4, new AhpOptions(randomIndexTable: table, consistencyRatioThreshold: 1));
        Assert.Equal(1.0, r.ConsistencyRatio);
        Assert.Equal(1.0, r.ConsistencyRatioThreshold);
        Assert.True(r.IsAcceptable);
        Assert.Equal("Boundary", r.RandomIndexTable);
    }

    // ---- PrincipalEigenvector (span fast path) validation ----

    [Fact]
    public void PrincipalEigenvector_names_the_required_matrix_length()
    {
        double[] p = new double[2];
        double[] s = new double[2];
        Reject.Rule<ArgumentOutOfRangeException>(() => AhpAnalysis.PrincipalEigenvector(new double[] { 1, 2, 0.5 }, 2, p, s, out _, out _), "matrix", "matrix must hold n² = 4 entries (got 3).");
    }

    [Fact]
    public void PrincipalEigenvector_names_the_required_priorities_and_scratch_lengths()
    {
        double[] a = [1, 2, 0.5, 1];
        Reject.Rule<ArgumentOutOfRangeException>(() => AhpAnalysis.PrincipalEigenvector(a, 2, new double[3], new double[2], out _, out _), "priorities", "priorities must have length n = 2 (got 3).");
        Reject.Rule<ArgumentOutOfRangeException>(() => AhpAnalysis.PrincipalEigenvector(a, 2, new double[2], new double[1], out _, out _), "scratch", "scratch must have length at least n = 2 (got 1).");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(0.0011)]
    [InlineData(-1e-6)]
    public void PrincipalEigenvector_rejects_a_tolerance_outside_zero_to_one_thousandth(double bad)
    {
        double[] a = [1, 2, 0.5, 1];
        Reject.Rule<ArgumentOutOfRangeException>(() => AhpAnalysis.PrincipalEigenvector(a, 2, new double[2], new double[2], out _, out _, bad), "tolerance", "tolerance must lie in (0, 0.001].");
    }

    [Fact]
    public void PrincipalEigenvector_accepts_the_tolerance_one_thousandth()
    {
        // (0, 1e-3] is closed at 1e-3. [1 2; 1/2 1] → w = (2/3, 1/3), λ = 2 (row sums already the eigenvector).
        double[] a = [1, 2, 0.5, 1];
        double[] w = new double[2];
        Assert.True(AhpAnalysis.PrincipalEigenvector(a, 2, w, new double[2], out double lambda, out int iterations, 1e-3));
        Assert.Equal(2.0 / 3, w[0], 12);
        Assert.Equal(2, lambda, 12);
        Assert.Equal(1, iterations);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-2.0)]
    [InlineData(double.PositiveInfinity)]
    public void PrincipalEigenvector_rejects_a_non_positive_entry_and_names_its_cell(double bad)
    {
        // Entry k = 1 of a 2 × 2 matrix is the cell (k / n, k % n) = (0, 1).
        double[] a = [1, bad, 0.5, 1];
        Reject.Rule<ArgumentOutOfRangeException>(() => AhpAnalysis.PrincipalEigenvector(a, 2, new double[2], new double[2], out _, out _), "matrix", "matrix[0,1] must be a positive finite number");
    }

    // ---- AhpOptions ----

    [Fact]
    public void Options_reject_undefined_enums_with_their_names()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new AhpOptions((AhpPriorityMethod)99), "method", "method is not a defined AhpPriorityMethod.");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new AhpOptions(lambdaMaxMethod: (AhpLambdaMaxMethod)99), "lambdaMaxMethod", "lambdaMaxMethod is not a defined AhpLambdaMaxMethod.");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new AhpOptions(incompleteMethod: (AhpIncompleteMethod)99), "incompleteMethod", "incompleteMethod is not a defined AhpIncompleteMethod.");
    }

    [Fact]
    public void Options_tolerance_range_is_closed_at_one_thousandth()
    {
        Assert.Equal(1e-3, new AhpOptions(tolerance: 1e-3).Tolerance);
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new AhpOptions(tolerance: 0.0011), "tolerance", "tolerance must lie in (0, 0.001] (got 0.0011).");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new AhpOptions(tolerance: 0), "tolerance", "tolerance must lie in (0, 0.001] (got 0).");
    }

    [Fact]
    public void Options_reject_a_zero_iteration_cap()
    {
        Assert.Equal(1, new AhpOptions(maxIterations: 1).MaxIterations);
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new AhpOptions(maxIterations: 0), "maxIterations", "maxIterations must be at least 1 (got 0).");
    }

    [Fact]
    public void Options_threshold_range_is_closed_at_one()
    {
        Assert.Equal(1.0, new AhpOptions(consistencyRatioThreshold: 1).ConsistencyRatioThreshold);
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new AhpOptions(consistencyRatioThreshold: 1.5), "consistencyRatioThreshold", "consistencyRatioThreshold must lie in (0, 1] (got 1.5).");
    }

    // ---- AhpResult indexer ----

    [Fact]
    public void Result_indexer_names_an_unknown_label()
    {
        AhpResult r = AhpAnalysis.Analyze(PairwiseMatrix.FromUpperTriangle([3.0], ["A", "B"]));
        Assert.Equal(0.75, r["A"], 12);
        var e = Assert.Throws<KeyNotFoundException>(() => r["Z"]);
        Assert.Equal("No item of the pairwise matrix is labelled 'Z'.", e.Message);
    }

    // ---- RandomIndexTable ----

    [Theory]
    [InlineData(0.0, "got 0")]
    [InlineData(-0.5, "got -0.5")]
    [InlineData(double.NaN, "got NaN")]
    public void Custom_table_rejects_a_non_positive_value_and_names_its_size(double bad, string got)
    {
        // valuesFromSize3[1] is RI(4).
        Reject.Rule<ArgumentException>(() => RandomIndexTable.Create("t", "c", [0.58, bad]), "valuesFromSize3", "valuesFromSize3[1] (RI for n = 4) must be a positive finite number (" + got + ").");
    }

    [Fact]
    public void Table_lookup_beyond_its_range_names_the_table_and_the_range()
    {
        Assert.Equal(1.59, RandomIndexTable.Saaty1980.RandomIndex(15));
        Reject.Rule<ArgumentOutOfRangeException>(() => RandomIndexTable.Saaty1980.RandomIndex(16), "n", "The random-index table 'Saaty (1980)' covers matrix sizes 1 to 15; n = 16 is outside it.");
        Reject.Rule<ArgumentOutOfRangeException>(() => RandomIndexTable.Saaty1980.RandomIndex(0), "n", "n = 0 is outside it");
    }
}
