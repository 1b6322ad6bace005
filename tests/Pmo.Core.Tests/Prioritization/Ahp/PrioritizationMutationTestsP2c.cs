using Pmo.Core.Prioritization.Ahp;

namespace Pmo.Core.Tests.Prioritization.Ahp;

/// <summary>
/// Pins down the AHP numerical kernels (<c>AhpKernels</c>) on small matrices whose answers are worked by hand: column
/// mean and row geometric mean of a consistent matrix, power iteration stopping rule and cap, GCI for n = 4, logarithmic
/// least squares and the λmax-optimal completion of incomplete matrices with a consistent completion (issue 9 §6,
/// Stryker survivors list P2, AhpKernels.cs).
/// </summary>
public class PrioritizationMutationTestsP2c
{
    // Consistent matrix a(i,j) = w(i)/w(j) with w = (4, 2, 1)/7: every priority method must return w (Saaty 1980, ch. 1).
    private static readonly double[] Consistent421 = [1, 2, 4, 0.5, 1, 2, 0.25, 0.5, 1];
    private static readonly double[] W421 = [4.0 / 7, 2.0 / 7, 1.0 / 7];

    [Fact]
    public void Normalized_column_mean_ignores_whatever_the_column_sum_scratch_held()
    {
        // A = [[1,2,2],[1/2,1,2],[1/2,1/2,1]] (inconsistent): column sums 2, 3.5, 5; normalised columns (1/2, 1/4, 1/4),
        // (4/7, 2/7, 1/7), (2/5, 2/5, 1/5); their row means are w = (206, 131, 83)/420 (Saaty 1980, the normalised
        // column average). A consistent matrix would not do here: its rows are proportional, so any column scaling gives w.
        double[] a = [1, 2, 2, 0.5, 1, 2, 0.5, 0.5, 1];
        double[] w = new double[3];
        double[] scratch = [100, 100, 100];
        AhpKernels.NormalizedColumnMean(a, 3, w, scratch);
        Assert.Equal(206.0 / 420, w[0], 1e-15);
        Assert.Equal(131.0 / 420, w[1], 1e-15);
        Assert.Equal(83.0 / 420, w[2], 1e-15);
    }

    [Fact]
    public void Gci_for_n_4_with_one_perturbed_judgement_is_ln2_squared_over_6()
    {
        // a(0,1) = 2, every other entry 1 (n = 4). RGM logs r = (ln2, −ln2, 0, 0); ln e(i,j) = ln a(i,j) − (r_i − r_j)/4:
        // e01 = L − 2L/4 = L/2, e02 = e03 = −L/4, e12 = e13 = L/4, e23 = 0 (L = ln 2). Σ = L²/4 + 4·L²/16 = L²/2.
        // GCI = 2/((n−1)(n−2)) · Σ = 2/6 · L²/2 = L²/6 (Aguarón & Moreno-Jiménez 2003).
        double expected = Math.Log(2) * Math.Log(2) / 6;
        PairwiseMatrix m = PairwiseMatrix.FromUpperTriangle([2.0, 1, 1, 1, 1, 1]);
        Assert.Equal(expected, AhpAnalysis.Analyze(m).GeometricConsistencyIndex, 1e-14);
        double[] dirty = [5, 5, 5, 5]; // the row-log-sum scratch must be cleared by the kernel
        Assert.Equal(expected, AhpKernels.GeometricConsistencyIndex(m.Raw, 4, dirty), 1e-14);
    }

    [Fact]
    public void Gci_of_a_large_matrix_does_not_need_a_large_stack()
    {
        // n = 2000 needs n(n−1)/2 = 1,999,000 log-entries (16 MB), far beyond any thread's stack; all-ones is consistent: GCI 0.
        const int n = 2000;
        double[] ones = new double[n * n];
        Array.Fill(ones, 1.0);
        Assert.Equal(0.0, AhpKernels.GeometricConsistencyIndex(ones, n, new double[n]));
    }

    [Fact]
    public void Power_iteration_stops_when_the_change_is_exactly_the_tolerance()
    {
        // a = [[1.50390625, 1.49609375], [0.49609375, 0.50390625]] (dyadic, all arithmetic exact). Row sums 3 and 1 give the
        // start w0 = (0.75, 0.25). A·w0 = (1.501953125, 0.498046875), λ = 2, w1 = (0.7509765625, 0.2490234375): the change
        // is 2^-10 = 0.0009765625, which is "at most" the tolerance 2^-10, so one iteration suffices.
        double[] a = [1.50390625, 1.49609375, 0.49609375, 0.50390625];
        double[] p = new double[2];
        double[] scratch = new double[2];
        bool ok = AhpAnalysis.PrincipalEigenvector(a, 2, p, scratch, out double lambda, out int iterations, tolerance: 0.0009765625, maxIterations: 1);
        Assert.True(ok);
        Assert.Equal(1, iterations);
        Assert.Equal(2.0, lambda);
        Assert.Equal(new[] { 0.7509765625, 0.2490234375 }, p);
    }

    [Fact]
    public void Power_iteration_starts_from_the_row_sums_so_a_consistent_matrix_needs_one_step()
    {
        // Row sums of a consistent matrix are proportional to w (row i = w_i·Σ 1/w_j), so the start is the eigenvector:
        // one step gives A·w = 3·w, λ = 3 and no change.
        double[] p = new double[3];
        bool ok = AhpAnalysis.PrincipalEigenvector(Consistent421, 3, p, new double[3], out double lambda, out int iterations, maxIterations: 1);
        Assert.True(ok);
        Assert.Equal(1, iterations);
        Assert.Equal(3.0, lambda, 1e-12);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(W421[i], p[i], 1e-15);
        }
    }

    [Fact]
    public void Power_iteration_reports_the_cap_it_hit()
    {
        // A = [[1,2,2],[1/2,1,2],[1/2,1/2,1]]: start w0 = (5, 3.5, 2)/10.5 ≈ (0.476, 0.333, 0.190); w1 ≈ (0.496, 0.310, 0.194);
        // w2 ≈ (0.4936, 0.3105, 0.1959): the last change ≈ 2.4e-3 is far above the default tolerance 1e-12.
        double[] a = [1, 2, 2, 0.5, 1, 2, 0.5, 0.5, 1];
        double[] p = new double[3];
        Assert.False(AhpAnalysis.PrincipalEigenvector(a, 3, p, new double[3], out _, out int capped, maxIterations: 2));
        Assert.Equal(2, capped);
        Assert.True(AhpAnalysis.PrincipalEigenvector(a, 3, p, new double[3], out _, out int used, maxIterations: 10_000));
        Assert.InRange(used, 3, 10_000); // not converged after 2 (above), and "the iterations used" cannot exceed the cap
    }

    [Fact]
    public void Row_geometric_mean_does_not_overflow_for_extreme_but_valid_judgements()
    {
        // a(0,1) = a(0,2) = 1e300, a(1,2) = 1: consistent with w ∝ (1e300, 1, 1), so w = (1, 1e-300, 1e-300) to double
        // precision (1 + 2e-300 = 1). Row log means are 460.5, −230.3, −230.3: shifting by the largest keeps exp finite.
        PairwiseMatrix m = PairwiseMatrix.FromUpperTriangle([1e300, 1e300, 1.0]);
        AhpResult r = AhpAnalysis.Analyze(m, new AhpOptions(method: AhpPriorityMethod.RowGeometricMean));
        Assert.Equal(1.0, r.Priorities[0]);
        Assert.Equal(1e-300, r.Priorities[1], 1e-310);
        Assert.Equal(1e-300, r.Priorities[2], 1e-310);
    }

    [Fact]
    public void Log_least_squares_recovers_the_weights_from_a_consistent_spanning_tree()
    {
        // w = (8, 4, 2, 1)/15 and the known judgements a(0,3) = 8, a(1,2) = 2, a(2,3) = 2 (a path 0–3–2–1) are consistent
        // with it, so the least-squares residual is 0 and LLSM returns w exactly (Bozóki, Fülöp & Rónyai 2010). The missing
        // pairs (0,1), (0,2), (1,3) make every Cholesky update of (L + J) non-trivial.
        PairwiseMatrix m = PairwiseMatrix.FromJudgements(4, [new PairwiseJudgement(0, 3, 8), new PairwiseJudgement(1, 2, 2), new PairwiseJudgement(2, 3, 2)]);
        AhpResult r = AhpAnalysis.Analyze(m, new AhpOptions(incompleteMethod: AhpIncompleteMethod.LogarithmicLeastSquares));
        double[] expected = [8.0 / 15, 4.0 / 15, 2.0 / 15, 1.0 / 15];
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(expected[i], r.Priorities[i], 1e-13);
        }
    }

    [Fact]
    public void Lambda_optimal_completion_reaches_a_completion_below_1_over_the_largest_judgement()
    {
        // a(0,1) = a(1,2) = 1/4, a(0,2) missing. The consistent completion a(0,2) = 1/16 gives λmax = n = 3, the minimum
        // (Bozóki, Fülöp & Rónyai 2010); its log, ln(1/16) ≈ −2.77, lies beyond ln 4 ≈ 1.39, so the search bracket must
        // use the reciprocal ratio 4 over the whole chain of n − 1 = 2 judgements.
        PairwiseMatrix m = PairwiseMatrix.FromJudgements(3, [new PairwiseJudgement(0, 1, 0.25), new PairwiseJudgement(1, 2, 0.25)]);
        AhpResult r = AhpAnalysis.Analyze(m, new AhpOptions(incompleteMethod: AhpIncompleteMethod.LambdaMaxOptimalCompletion));
        Assert.Equal(1.0 / 16, r.CompletedMatrix[0, 2]!.Value, 1e-9 / 16);
        Assert.Equal(3.0, r.LambdaMax, 1e-9);
        double[] expected = [1.0 / 21, 4.0 / 21, 16.0 / 21];
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i], r.Priorities[i], 1e-9);
        }
    }

    [Fact]
    public void Lambda_optimal_completion_starting_from_the_exact_llsm_completion_settles_in_one_sweep()
    {
        // For a spanning tree the LLSM completion is the consistent one, already λmax-optimal, so the first sweep moves
        // no entry by more than the bisection precision (1e-9 · 0.01): converged after 1 sweep even with a cap of 1.
        double[] a = [1, 0.25, double.NaN, 4, 1, 0.25, double.NaN, 4, 1];
        (int sweeps, bool converged) = AhpKernels.LambdaOptimalCompletion(a, 3, 1e-9, 1, 1e-12, 10_000);
        Assert.True(converged);
        Assert.Equal(1, sweeps);
        Assert.Equal(1.0 / 16, a[2], 1e-9 / 16);
        Assert.Equal(16.0, a[6], 16e-9);
    }

    [Fact]
    public void Lambda_optimal_completion_terminates_when_the_tolerance_is_below_double_resolution()
    {
        // tolerance · 0.01 = 1e-302 is far below the spacing of doubles near ln(1/16): the bisection must stop when the
        // midpoint equals an end of the bracket instead of looping for ever; the result is still the consistent completion.
        double[] a = [1, 0.25, double.NaN, 4, 1, 0.25, double.NaN, 4, 1];
        (int sweeps, _) = AhpKernels.LambdaOptimalCompletion(a, 3, 1e-300, 1, 1e-12, 10_000);
        Assert.Equal(1, sweeps);
        Assert.Equal(1.0 / 16, a[2], 1e-9 / 16);
    }

    // 5 × 5, a(0,1) and a(1,4) missing, the other eight judgements inconsistent (CR well above 0.1).
    private static PairwiseMatrix FiveWithTwoMissing() => PairwiseMatrix.FromJudgements(
        5,
        [
            new PairwiseJudgement(0, 2, 3), new PairwiseJudgement(0, 3, 5), new PairwiseJudgement(0, 4, 9),
            new PairwiseJudgement(1, 2, 1), new PairwiseJudgement(1, 3, 7), new PairwiseJudgement(2, 3, 0.5),
            new PairwiseJudgement(2, 4, 2), new PairwiseJudgement(3, 4, 1.0 / 3),
        ]);

    [Fact]
    public void Lambda_optimal_completion_needs_several_sweeps_when_llsm_is_not_optimal_and_reports_the_cap()
    {
        // Here the LLSM start, ln a(1,4) ≈ 1.0317, is not λmax-optimal: the first sweep moves it to ≈ 0.979 (a change of
        // ≈ 0.05, far above the 1e-9 tolerance), so a cap of 1 sweep is hit (Converged false, Sweeps = the cap) and an
        // uncapped run needs at least 2 sweeps. The optimum comes from an independent oracle (LambdaMaxOracle below:
        // MathNet's eigenvalues and a nested golden-section search; λmax is convex in the log-judgements, Bozóki, Fülöp
        // & Rónyai 2010, so the search finds the global minimum): ln a(0,1) ≈ 0.64277, ln a(1,4) ≈ 0.97484.
        double[] capped = FiveWithTwoMissing().Raw.ToArray();
        (int sweeps, bool converged) = AhpKernels.LambdaOptimalCompletion(capped, 5, 1e-9, 1, 1e-12, 10_000);
        Assert.False(converged);
        Assert.Equal(1, sweeps);

        double[] free = FiveWithTwoMissing().Raw.ToArray();
        (sweeps, converged) = AhpKernels.LambdaOptimalCompletion(free, 5, 1e-9, 10_000, 1e-12, 10_000);
        Assert.True(converged);
        Assert.InRange(sweeps, 2, 10_000);
        (double x, double y, _) = LambdaMaxOracle();
        Assert.Equal(x, Math.Log(free[1]), 1e-6);
        Assert.Equal(y, Math.Log(free[9]), 1e-6);
    }

    [Fact]
    public void Lambda_optimal_completion_has_a_lambda_max_no_larger_than_the_llsm_completion()
    {
        // Optimality (the method's definition): λmax of the λ-optimal completion ≤ λmax of any other completion, the
        // LLSM one included; the minimum itself from the oracle below.
        AhpResult opt = AhpAnalysis.Analyze(FiveWithTwoMissing(), new AhpOptions(incompleteMethod: AhpIncompleteMethod.LambdaMaxOptimalCompletion));
        AhpResult llsm = AhpAnalysis.Analyze(FiveWithTwoMissing(), new AhpOptions(incompleteMethod: AhpIncompleteMethod.LogarithmicLeastSquares));
        Assert.True(opt.Converged);
        Assert.Equal(LambdaMaxOracle().LambdaMax, opt.LambdaMax, 1e-9);
        Assert.True(opt.LambdaMax <= llsm.LambdaMax);
    }

    /// <summary>
    /// The λmax-optimal completion of <see cref="FiveWithTwoMissing"/> found independently of <c>AhpKernels</c>: λmax of the
    /// completed matrix (a(0,1) = eˣ, a(1,4) = eʸ, reciprocals below) from MathNet's eigenvalue decomposition, minimised by
    /// golden-section search in y nested in golden-section search in x over [−5, 5]² (λmax is convex in (x, y)).
    /// </summary>
    private static (double X, double Y, double LambdaMax) LambdaMaxOracle()
    {
        static double Lambda(double x, double y)
        {
            var a = new double[5, 5];
            for (int i = 0; i < 5; i++)
            {
                a[i, i] = 1;
            }

            foreach ((int i, int j, double v) in new[] { (0, 2, 3.0), (0, 3, 5.0), (0, 4, 9.0), (1, 2, 1.0), (1, 3, 7.0), (2, 3, 0.5), (2, 4, 2.0), (3, 4, 1.0 / 3), (0, 1, Math.Exp(x)), (1, 4, Math.Exp(y)) })
            {
                a[i, j] = v;
                a[j, i] = 1 / v;
            }

            return MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(a).Evd().EigenValues.Max(e => e.Real);
        }

        static double Golden(Func<double, double> f, double lo, double hi)
        {
            double r = (Math.Sqrt(5) - 1) / 2;
            for (int k = 0; k < 70; k++)
            {
                double c = hi - (r * (hi - lo));
                double d = lo + (r * (hi - lo));
                if (f(c) < f(d))
                {
                    hi = d;
                }
                else
                {
                    lo = c;
                }
            }

            return (lo + hi) / 2;
        }

        double bestX = Golden(x => Lambda(x, Golden(y => Lambda(x, y), -5, 5)), -5, 5);
        double bestY = Golden(y => Lambda(bestX, y), -5, 5);
        return (bestX, bestY, Lambda(bestX, bestY));
    }
}
