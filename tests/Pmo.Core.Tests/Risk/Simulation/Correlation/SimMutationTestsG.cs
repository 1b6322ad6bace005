using System.Reflection;
using MathNet.Numerics.Distributions;
using Pmo.Core.Common;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Tests.Risk.Simulation.Correlation;

/// <summary>
/// Pins down the correlation layer of the risk simulation (issue 9 §6, Stryker survivors list G): the validation
/// messages of <see cref="CorrelationMatrix"/>, <see cref="NearestCorrelation"/>, <see cref="ImanConover"/> and the
/// internal <see cref="ImanConoverPlan"/>; the boundaries of the repair's tolerance, iteration cap and weights; the
/// weighted Frobenius distance and the repair diagnostics; the Iman–Conover score matrix, its sample correlation E and
/// the target scores T (Pearson correlation exactly C); the Cholesky kernel; and the eight-lane xoshiro256** generator
/// against the reference generator, on both its vector and its scalar path.
/// </summary>
public class SimMutationTestsG
{
    private static readonly string[] Ab = ["A", "B"];
    private static readonly string[] Abc = ["A", "B", "C"];

    /// <summary>Higham (2002)'s 3 × 3 example [[1,1,0],[1,1,1],[0,1,1]]: eigenvalues 1, 1 ± √2, so not PSD.</summary>
    private static CorrelationMatrix Higham() =>
        CorrelationMatrix.FromMatrix(Abc, new double[,] { { 1, 1, 0 }, { 1, 1, 1 }, { 0, 1, 1 } });

    /// <summary>C = [[1, 0.7, 0.3], [0.7, 1, 0.5], [0.3, 0.5, 1]] (positive definite: leading minors 1, 0.51, 0.38).</summary>
    private static CorrelationMatrix Three() =>
        CorrelationMatrix.FromPairs(Abc, [("A", "B", 0.7), ("A", "C", 0.3), ("B", "C", 0.5)]);

    /// <summary>
    /// The Cholesky factor of <see cref="Three"/>, by hand: L₀₀ = 1; L₁₀ = 0.7, L₁₁ = √(1 − 0.49) = √0.51;
    /// L₂₀ = 0.3, L₂₁ = (0.5 − 0.3·0.7)/√0.51 = 0.29/√0.51, L₂₂ = √(1 − 0.09 − 0.29²/0.51) = √(0.91 − 0.0841/0.51).
    /// </summary>
    private static double[] ThreeCholesky() =>
    [
        1, 0, 0,
        0.7, Math.Sqrt(0.51), 0,
        0.3, 0.29 / Math.Sqrt(0.51), Math.Sqrt(0.91 - (0.0841 / 0.51)),
    ];

    // ---------------------------------------------------------------- CorrelationMatrix

    [Fact]
    public void Position_indexer_rejects_a_negative_row_and_a_column_equal_to_the_count()
    {
        CorrelationMatrix m = CorrelationMatrix.FromPairs(Ab, [("A", "B", 0.5)]);

        // row −1, column 1 would address cell −1 of the row-major array; column 2 = k would address cell (1, 0).
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = m[-1, 1], "row");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = m[0, 2], "column");
    }

    [Fact]
    public void FromMatrix_of_the_wrong_size_names_both_sizes() =>
        Reject.Rule<ArgumentException>(() => CorrelationMatrix.FromMatrix(Ab, new double[2, 3]), "matrix", "matrix must be 2 × 2 to match ids (got 2 × 3)");

    [Fact]
    public void FromPairs_rejects_a_null_id_in_a_pair_with_its_position() =>
        Reject.Rule<ArgumentNullException>(() => CorrelationMatrix.FromPairs(Ab, [(null!, "B", 0.5)]), "pairs", "pairs[0] has a null id.");

    [Fact]
    public void FromPairs_rejects_an_unknown_first_id() =>
        Reject.Rule<ArgumentException>(() => CorrelationMatrix.FromPairs(Ab, [("Z", "A", 0.5)]), "pairs", "pairs[0] names the unknown id 'Z' (not in ids).");

    [Fact]
    public void FromPairs_rejects_a_pair_of_an_id_with_itself_because_the_diagonal_is_fixed() =>
        Reject.Rule<ArgumentException>(() => CorrelationMatrix.FromPairs(Ab, [("A", "A", 1.0)]), "pairs", "pairs[0] pairs 'A' with itself", "diagonal of a correlation matrix is fixed at 1");

    [Fact]
    public void FromPairs_counts_the_pairs_so_the_second_bad_pair_is_reported_as_pairs_1() =>
        Reject.Rule<ArgumentException>(() => CorrelationMatrix.FromPairs(Ab, [("A", "B", 0.5), ("B", "B", 1.0)]), "pairs", "pairs[1] pairs 'B' with itself");

    [Fact]
    public void IndexOf_an_unknown_id_says_it_is_not_a_variable()
    {
        CorrelationMatrix m = CorrelationMatrix.Identity(Ab);
        var e = Assert.Throws<KeyNotFoundException>(() => m.IndexOf("Z"));
        Assert.Contains("The id 'Z' is not a variable of this correlation matrix", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_ids_are_rejected_with_the_rule() =>
        Reject.Rule<ArgumentException>(() => CorrelationMatrix.Identity([]), "ids", "ids must name at least one variable.");

    [Fact]
    public void A_null_id_is_rejected_with_its_position() =>
        Reject.Rule<ArgumentNullException>(() => CorrelationMatrix.Identity(["A", null!]), "ids", "ids[1] is null.");

    [Fact]
    public void The_default_non_PSD_exception_points_to_the_repair()
    {
        var e = new NonPositiveSemiDefiniteCorrelationException();
        Assert.Contains("not positive semi-definite; repair it with NearestCorrelation.Repair first", e.Message, StringComparison.Ordinal);
        Assert.True(double.IsNaN(e.MinimumEigenvalue));
    }

    // ---------------------------------------------------------------- NearestCorrelation: arguments

    [Fact]
    public void Repair_accepts_the_tolerance_upper_bound_a_tenth()
    {
        // (0, 0.1] includes 0.1.
        CorrelationRepair r = NearestCorrelation.Repair(Higham(), tolerance: 0.1);
        Assert.True(r.RepairNeeded);
        Assert.True(r.Repaired.IsPositiveSemiDefinite);
    }

    [Fact]
    public void Repair_rejects_an_iteration_cap_of_zero_with_the_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => NearestCorrelation.Repair(Higham(), maxIterations: 0), "maxIterations", "maxIterations must be at least 1 (got 0).");

    /// <summary>
    /// maxIterations = 1 is allowed and stops after one iteration. In iteration 1 the previous X is the zero matrix, so
    /// ‖X₁ − X₀‖_F/‖X₁‖_F = ‖X₁‖_F/‖X₁‖_F = 1 exactly. The other two terms are below 1: X₁ = P_S(A) = A − λ v vᵀ with
    /// λ = 1 − √2 (the one negative eigenvalue, unit eigenvector v), so ‖X₁ − A‖_F = √2 − 1 ≈ 0.414; Y₁ differs from A
    /// and from X₁ by parts of that matrix, and ‖Y₁‖_F ≥ ‖I‖_F = √3, so both ratios are ≤ 0.414/1.73 ≈ 0.24.
    /// The last relative change is therefore max(1, &lt;0.24, &lt;0.24) = 1, printed "1" by G6.
    /// </summary>
    [Fact]
    public void Repair_with_an_iteration_cap_of_one_stops_after_one_iteration_with_change_exactly_one()
    {
        CorrelationRepair r = NearestCorrelation.Repair(Higham(), maxIterations: 1);
        Assert.Equal(1, r.Iterations);
        Assert.False(r.Converged);
        Assert.Equal(2, r.Diagnostics.Count);
        Assert.Equal(DiagnosticKind.Warning, r.Diagnostics[1].Kind);
        Assert.Contains("did not converge in 1 iterations (last relative change 1 > tolerance 1E-10)", r.Diagnostics[1].Message, StringComparison.Ordinal);

        // Still a valid correlation matrix (the documented fallback of a capped run).
        Assert.True(r.Repaired.IsPositiveSemiDefinite);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(1.0, r.Repaired[i, i]);
        }
    }

    [Fact]
    public void Repair_rejects_weights_of_the_wrong_length_naming_both_counts() =>
        Reject.Rule<ArgumentException>(() => NearestCorrelation.Repair(Higham(), weights: [1.0, 1.0]), "weights", "weights must have one weight per variable (3), got 2.");

    [Fact]
    public void Repair_rejects_a_zero_weight_as_not_greater_than_zero() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => NearestCorrelation.Repair(Higham(), weights: [1.0, 0.0, 1.0]), "weights", "weights[1] must be a finite number greater than zero (got 0).");

    [Fact]
    public void Repair_accepts_weights_exactly_at_1e_minus_100_and_1e100()
    {
        // The identity is PSD, so it comes back unchanged once the weights pass validation.
        CorrelationMatrix identity = CorrelationMatrix.Identity(Abc);
        CorrelationRepair r = NearestCorrelation.Repair(identity, weights: [1e-100, 1e100, 1.0]);
        Assert.False(r.RepairNeeded);
        Assert.Same(identity, r.Repaired);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Repair_rejects_a_weight_one_ulp_outside_1e_minus_100_to_1e100(int which)
    {
        double w = which == 0 ? Math.BitDecrement(1e-100) : Math.BitIncrement(1e100);
        Reject.Rule<ArgumentOutOfRangeException>(
            () => NearestCorrelation.Repair(CorrelationMatrix.Identity(Abc), weights: [1.0, w, 1.0]),
            "weights",
            "weights[1] must lie in [1e-100, 1e100]");
    }

    // ---------------------------------------------------------------- NearestCorrelation: results

    /// <summary>
    /// The reported distance is the documented ‖W^½ (A − X) W^½‖_F = √(Σᵢⱼ wᵢ wⱼ (aᵢⱼ − xᵢⱼ)²), recomputed here from the
    /// public input and output. Weights 1, 4, 9 make √(wᵢwⱼ) = 2, 3, 6 off the diagonal, so a division by √(wᵢwⱼ) or a
    /// ratio wᵢ/wⱼ instead of the product gives a different number.
    /// </summary>
    [Fact]
    public void Weighted_distance_is_the_W_half_Frobenius_norm_of_the_change()
    {
        double[] w = [1, 4, 9];
        CorrelationMatrix a = Higham();
        CorrelationRepair r = NearestCorrelation.Repair(a, weights: w);
        double s = 0;
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                double d = a[i, j] - r.Repaired[i, j];
                s += w[i] * w[j] * d * d;
            }
        }

        Assert.True(r.FrobeniusDistance > 0.1); // a non-PSD input moves by more than rounding
        Assert.Equal(Math.Sqrt(s), r.FrobeniusDistance, 1e-12);
    }

    /// <summary>
    /// Higham's example converges to a = x₀₁ = x₁₂ = 0.760689… (root of 4a³ − a − 1 = 0, see NearestCorrelationTests),
    /// so the largest change is (A, B): 1 → 0.7607, change a − 1 = −0.239311… printed "-0.2393", and the repair warning
    /// quotes it.
    /// </summary>
    [Fact]
    public void Repair_warning_quotes_the_largest_change()
    {
        CorrelationRepair r = NearestCorrelation.Repair(Higham(), tolerance: 1e-12);
        Assert.True(r.Converged);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticKind.Warning, d.Kind);
        Assert.Contains("largest change (A, B): 1 → 0.7607 (-0.2393).", d.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- ImanConover.Induce

    [Fact]
    public void Induce_rejects_a_sample_count_different_from_the_target_size_naming_both() =>
        Reject.Rule<ArgumentException>(() => ImanConover.Induce([[1.0, 2]], Three(), 1), "samples", "samples must hold one array per variable of target (3), got 1.");

    [Fact]
    public void Induce_rejects_a_null_sample_array_with_its_position() =>
        Reject.Rule<ArgumentNullException>(() => ImanConover.Induce([[1.0, 2], null!], CorrelationMatrix.Identity(Ab), 1), "samples", "samples[1] is null.");

    [Fact]
    public void Induce_rejects_a_single_row_with_the_rule() =>
        Reject.Rule<ArgumentException>(() => ImanConover.Induce([[1.0], [2.0]], CorrelationMatrix.Identity(Ab), 1), "samples", "samples[0] must hold at least two values (got 1).");

    [Fact]
    public void Induce_rejects_arrays_of_different_lengths_naming_both() =>
        Reject.Rule<ArgumentException>(() => ImanConover.Induce([[1.0, 2], [1.0, 2, 3]], CorrelationMatrix.Identity(Ab), 1), "samples", "samples[1] has 3 values but samples[0] has 2; all must have the same length.");

    [Fact]
    public void Induce_rejects_a_non_finite_value_with_its_position() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => ImanConover.Induce([[1.0, double.NaN], [1.0, 2]], CorrelationMatrix.Identity(Ab), 1), "samples", "samples[0][1] must be a finite number (got NaN).");

    [Fact]
    public void Achieved_diagonal_is_one_for_a_varying_variable_and_undefined_for_a_constant_one()
    {
        double[][] samples = [[3.0, 3, 3, 3], [1.0, 2, 3, 4]];
        ImanConoverResult r = ImanConover.Induce(samples, CorrelationMatrix.FromPairs(Ab, [("A", "B", 0.5)]), seed: 4);
        Assert.Null(r.AchievedRankCorrelation(0, 0));
        Assert.Equal(1.0, r.AchievedRankCorrelation(1, 1));
    }

    /// <summary>
    /// C: A–B 0.5, A–C 0.5, B–C 1 (PSD: B and C are the same variable). B and C get identical target-score ranks, so
    /// ρ(B, C) = 1 and that pair (the last one scanned) deviates by 0. With n = 4 distinct values Spearman's
    /// ρ = 1 − 6Σd²/(4·15) = 1 − Σd²/10 with Σd² even, so ρ(A, ·) is a multiple of 0.2 and |ρ − 0.5| ≥ 0.1. The maximum
    /// deviation is the largest over all pairs (documented), hence at least 0.1 and not the last pair's 0.
    /// </summary>
    [Fact]
    public void Maximum_deviation_is_the_largest_over_all_pairs_not_the_last_one()
    {
        CorrelationMatrix target = CorrelationMatrix.FromPairs(Abc, [("A", "B", 0.5), ("A", "C", 0.5), ("B", "C", 1.0)]);
        double[][] samples = [[1.0, 2, 3, 4], [10.0, 20, 30, 40], [5.0, 6, 7, 8]];
        ImanConoverResult r = ImanConover.Induce(samples, target, seed: 12);

        Assert.Equal(1.0, r.AchievedRankCorrelation(1, 2)!.Value, 12);
        double expected = 0;
        for (int i = 0; i < 3; i++)
        {
            for (int j = i + 1; j < 3; j++)
            {
                expected = Math.Max(expected, Math.Abs(r.AchievedRankCorrelation(i, j)!.Value - target[i, j]));
            }
        }

        Assert.True(expected >= 0.1 - 1e-12, $"expected {expected}");
        Assert.Equal(expected, r.MaximumAbsoluteDeviation!.Value, 12);
    }

    [Fact]
    public void A_positive_definite_target_is_factored_by_Cholesky()
    {
        ImanConoverResult r = ImanConover.Induce([[1.0, 2, 3, 4], [4.0, 3, 2, 1]], CorrelationMatrix.FromPairs(Ab, [("A", "B", 0.5)]), seed: 1);
        Assert.True(r.UsesCholeskyFactor);
    }

    [Fact]
    public void Result_indexer_rejects_positions_outside_zero_to_k()
    {
        ImanConoverResult r = ImanConover.Induce([[1.0, 2, 3, 4], [4.0, 3, 2, 1]], CorrelationMatrix.FromPairs(Ab, [("A", "B", 0.5)]), seed: 1);
        Reject.Rule<ArgumentOutOfRangeException>(() => r.AchievedRankCorrelation(-1, 1), "row");
        Reject.Rule<ArgumentOutOfRangeException>(() => r.AchievedRankCorrelation(2, 0), "row");
        Reject.Rule<ArgumentOutOfRangeException>(() => r.AchievedRankCorrelation(1, -1), "column");
        Reject.Rule<ArgumentOutOfRangeException>(() => r.AchievedRankCorrelation(0, 2), "column");
    }

    // ---------------------------------------------------------------- ImanConoverPlan

    [Fact]
    public void Plan_rejects_a_null_target() =>
        Reject.Rule<ArgumentNullException>(() => _ = new ImanConoverPlan(null!, 4), "target");

    [Fact]
    public void Plan_rejects_a_sample_size_below_two_with_the_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ImanConoverPlan(Three(), 1), "sampleSize", "sampleSize must be at least 2 (got 1).");

    [Fact]
    public void Plan_rejects_a_non_PSD_target() =>
        Reject.Rule<NonPositiveSemiDefiniteCorrelationException>(() => _ = new ImanConoverPlan(Higham(), 4), "target", "target is not positive semi-definite");

    [Fact]
    public void Apply_rejects_a_buffer_of_the_wrong_length_naming_the_expected_size()
    {
        var plan = new ImanConoverPlan(Three(), 10);
        var rng = Xoshiro256StarStar.FromSeed(1);
        Reject.Rule<ArgumentException>(() => plan.Apply(new double[29], ref rng, plan.CreateWorkspace()), "columns", "columns must hold 3 columns of 10 values (30), got 29.");
    }

    [Fact]
    public void Apply_rejects_a_null_workspace_and_one_of_another_size()
    {
        var plan = new ImanConoverPlan(Three(), 10);
        var rng = Xoshiro256StarStar.FromSeed(1);
        Reject.Rule<ArgumentNullException>(() => plan.Apply(new double[30], ref rng, null!), "workspace");
        Reject.Rule<ArgumentException>(() => plan.Apply(new double[30], ref rng, new ImanConoverWorkspace(3, 11)), "workspace", "The workspace was created for a different plan size.");
    }

    /// <summary>
    /// The kernel's documented steps on n = 18 rows (not a multiple of the SIMD width, so both the vector body and the
    /// scalar tail of the dot products and axpys are used): (1) each column of S is a Fisher–Yates shuffle (Durstenfeld;
    /// Knuth TAOCP vol. 2 §3.4.2 Algorithm P: for i = n−1 … 1 swap i with a uniform j in [0, i]) of the centred van der
    /// Waerden scores Φ⁻¹(i/(n+1)), consuming exactly those draws; (2) E = SᵀS/Σa² is their sample correlation;
    /// (3) T = S (Q⁻¹)ᵀ Pᵀ has Pearson correlation exactly C (Iman and Conover 1982 §3); (4) each output column is a
    /// permutation of its input in the rank order of T's column.
    /// </summary>
    [Fact]
    public void Apply_builds_S_E_and_T_as_documented()
    {
        const int N = 18;
        const int K = 3;
        CorrelationMatrix c = Three();
        var plan = new ImanConoverPlan(c, N);
        ImanConoverWorkspace ws = plan.CreateWorkspace();
        double[] columns = new double[K * N];
        for (int col = 0; col < K; col++)
        {
            for (int i = 0; i < N; i++)
            {
                columns[(col * N) + i] = (col * 100) + ((i * 7) % N); // distinct values, not sorted
            }
        }

        double[] input = (double[])columns.Clone();
        var rng = Xoshiro256StarStar.FromSeed(31);
        plan.Apply(columns, ref rng, ws);

        // (1) Reference Fisher–Yates on the centred scores, same generator.
        double[] a = new double[N];
        double mean = 0;
        for (int i = 0; i < N; i++)
        {
            a[i] = Normal.InvCDF(0, 1, (i + 1) / (double)(N + 1));
            mean += a[i];
        }

        mean /= N;
        var reference = Xoshiro256StarStar.FromSeed(31);
        double[] s = ws.Scores.ToArray();
        for (int col = 0; col < K; col++)
        {
            double[] expected = [.. a.Select(v => v - mean)];
            for (int i = N - 1; i > 0; i--)
            {
                int j = reference.NextInt(i + 1);
                (expected[i], expected[j]) = (expected[j], expected[i]);
            }

            for (int i = 0; i < N; i++)
            {
                Assert.Equal(expected[i], s[(col * N) + i], 1e-14);
            }
        }

        Assert.Equal(reference.State, rng.State); // no other draws

        // (2) E is the sample correlation of S (columns have mean 0 and equal sums of squares).
        double[] e = ws.Correlation.ToArray();
        for (int i = 0; i < K; i++)
        {
            for (int j = 0; j < K; j++)
            {
                Assert.Equal(Pearson(s.AsSpan(i * N, N), s.AsSpan(j * N, N)), e[(i * K) + j], 1e-12);
            }
        }

        Assert.True(CorrelationLinearAlgebra.TryCholesky(e, new double[K * K], K)); // the E-corrected branch

        // (3) T's Pearson correlation is C.
        double[] t = ws.Target.ToArray();
        for (int i = 0; i < K; i++)
        {
            for (int j = 0; j < K; j++)
            {
                Assert.Equal(c[i, j], Pearson(t.AsSpan(i * N, N), t.AsSpan(j * N, N)), 1e-12);
            }
        }

        // (4) Output column = input values placed in T's rank order.
        for (int col = 0; col < K; col++)
        {
            double[] sortedInput = [.. input.AsSpan(col * N, N).ToArray().Order()];
            int[] order = [.. Enumerable.Range(0, N).OrderBy(i => t[(col * N) + i])];
            for (int r = 0; r < N; r++)
            {
                Assert.Equal(sortedInput[r], columns[(col * N) + order[r]]);
            }
        }
    }

    /// <summary>
    /// With n = 2 rows the centred scores of each column are ±(the same two numbers), so E has rank 1 and, whenever its
    /// Cholesky factorisation breaks down, the kernel skips the E correction: T = S Pᵀ, i.e. T[:, c] = Σⱼ S[:, j] P[c, j]
    /// with P the hand-worked Cholesky factor of C (see <see cref="ThreeCholesky"/>). Several seeds are run so that
    /// the uncorrected branch is certainly taken (two identical columns of S give E₁₀ = 1 exactly and a zero pivot).
    /// </summary>
    [Fact]
    public void Apply_without_the_E_correction_uses_T_equal_to_S_times_P_transposed()
    {
        const int N = 2;
        const int K = 3;
        var plan = new ImanConoverPlan(Three(), N);
        ImanConoverWorkspace ws = plan.CreateWorkspace();
        double[] p = ThreeCholesky();
        int uncorrected = 0;
        for (ulong seed = 1; seed <= 12; seed++)
        {
            var rng = Xoshiro256StarStar.FromSeed(seed);
            plan.Apply(new double[] { 1, 2, 3, 4, 5, 6 }, ref rng, ws);
            if (CorrelationLinearAlgebra.TryCholesky(ws.Correlation, new double[K * K], K))
            {
                continue;
            }

            uncorrected++;
            double[] s = ws.Scores.ToArray();
            double[] t = ws.Target.ToArray();
            for (int col = 0; col < K; col++)
            {
                for (int i = 0; i < N; i++)
                {
                    double expected = 0;
                    for (int j = 0; j < K; j++)
                    {
                        expected += s[(j * N) + i] * p[(col * K) + j];
                    }

                    Assert.Equal(expected, t[(col * N) + i], 1e-12);
                }
            }
        }

        Assert.True(uncorrected > 0);
    }

    // ---------------------------------------------------------------- CorrelationLinearAlgebra.TryCholesky

    [Fact]
    public void TryCholesky_overwrites_a_dirty_buffer_with_the_hand_worked_factor_and_a_zero_upper_part()
    {
        double[] lower = [.. Enumerable.Repeat(99.0, 9)];
        Assert.True(CorrelationLinearAlgebra.TryCholesky(Three().Values, lower, 3));
        double[] expected = ThreeCholesky();
        for (int i = 0; i < 9; i++)
        {
            Assert.Equal(expected[i], lower[i], 1e-15);
        }
    }

    [Fact]
    public void TryCholesky_fails_on_an_exactly_zero_pivot()
    {
        // [[1, 1], [1, 1]]: L₀₀ = 1, L₁₀ = 1, second pivot 1 − 1·1 = 0 exactly, so not positive definite.
        Assert.False(CorrelationLinearAlgebra.TryCholesky(new double[] { 1, 1, 1, 1 }, new double[4], 2));
    }

    // ---------------------------------------------------------------- LaneRandom

    private delegate void SpanFill(Span<double> destination);

    /// <summary>
    /// Output i of a fill is lane i mod 8, and lane l is xoshiro256** seeded (SplitMix64) with the l-th output of the
    /// block generator (class docs); each 64-bit output x becomes u = bits((x &gt;&gt; 12) | 0x3FF0…0) − (1 − 2⁻⁵³), the
    /// 52 high bits as the mantissa of a double in [1, 2) (Vigna, "Generating uniform doubles in the unit interval",
    /// https://prng.di.unimi.it/), shifted by the documented offset. The reference xoshiro256** is itself pinned to the
    /// published reference code in RandomStreamsReferenceTests. Two fills in a row continue the same streams.
    /// </summary>
    [Fact]
    public void Lane_random_fill_is_eight_reference_xoshiro_streams_interleaved()
    {
        var lanes = new LaneRandom();
        var block = Xoshiro256StarStar.FromSeed(2024);
        lanes.Seed(ref block);
        AssertReferenceStreams(lanes.Fill, 2024);
    }

    [Fact]
    public void Lane_random_scalar_path_gives_the_same_reference_streams()
    {
        var lanes = new LaneRandom();
        var block = Xoshiro256StarStar.FromSeed(2024);
        lanes.Seed(ref block);
        SpanFill scalar = typeof(LaneRandom).GetMethod("FillScalar", BindingFlags.NonPublic | BindingFlags.Instance)!.CreateDelegate<SpanFill>(lanes);
        AssertReferenceStreams(scalar, 2024);
    }

    private static void AssertReferenceStreams(SpanFill fill, ulong seed)
    {
        var g = Xoshiro256StarStar.FromSeed(seed);
        var reference = new Xoshiro256StarStar[LaneRandom.Lanes];
        for (int l = 0; l < LaneRandom.Lanes; l++)
        {
            reference[l] = Xoshiro256StarStar.FromSeed(g.NextUInt64());
        }

        const double Offset = 1.0 - (1.0 / 9007199254740992.0);
        foreach (int length in new[] { 24, 16 })
        {
            double[] u = new double[length];
            fill(u);
            for (int i = 0; i < length; i++)
            {
                ulong x = reference[i % LaneRandom.Lanes].NextUInt64();
                double expected = BitConverter.UInt64BitsToDouble((x >> 12) | 0x3FF0000000000000UL) - Offset;
                Assert.Equal(expected, u[i]);
                Assert.InRange(u[i], double.Epsilon, Math.BitDecrement(1.0));
            }
        }
    }

    // Independent oracle: MathNet.Numerics' Pearson correlation (a maintained implementation, not ours).
    private static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y) =>
        MathNet.Numerics.Statistics.Correlation.Pearson(x.ToArray(), y.ToArray());
}
