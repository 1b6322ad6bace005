using Pmo.Core.Common;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Tests.Risk.Simulation.Correlation;

/// <summary>
/// Iman–Conover: achieved rank correlation, preserved marginals, determinism, and the internal block kernel.
/// Tolerance 0.05 for n = 1024: the E-corrected scores have Pearson correlation exactly C, and the Spearman correlation of
/// normal scores is (6/π) arcsin(r/2), at most ≈ 0.018 below r (K. Pearson 1907); the rest is the sampling gap between
/// Spearman and Pearson within one sample (a few hundredths at most for n = 1024).
/// </summary>
public class ImanConoverTests
{
    private const int N = 1024;
    private const double Tolerance = 0.05;

    public static TheoryData<string> Targets => ["pair08", "pairNeg06", "three", "five", "singular"];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Achieved_rank_correlation_is_close_to_the_target(string name)
    {
        CorrelationMatrix target = Target(name);
        double[][] samples = Marginals(target.Count, N, seed: 11);
        ImanConoverResult r = ImanConover.Induce(samples, target, seed: 42);
        for (int i = 0; i < target.Count; i++)
        {
            for (int j = 0; j < target.Count; j++)
            {
                double achieved = r.AchievedRankCorrelation(i, j)!.Value;
                Assert.True(Math.Abs(achieved - target[i, j]) <= Tolerance, $"{name} ({i},{j}): achieved {achieved}, target {target[i, j]}");
            }
        }

        Assert.NotNull(r.MaximumAbsoluteDeviation);
        Assert.InRange(r.MaximumAbsoluteDeviation!.Value, 0, Tolerance);
        Assert.Empty(r.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Each_column_is_a_permutation_of_its_input(string name)
    {
        CorrelationMatrix target = Target(name);
        double[][] samples = Marginals(target.Count, N, seed: 5);
        double[][] before = [.. samples.Select(s => (double[])s.Clone())];
        ImanConoverResult r = ImanConover.Induce(samples, target, seed: 7);
        for (int c = 0; c < target.Count; c++)
        {
            Assert.Equal(before[c], samples[c]); // input not modified
            double[] expected = [.. before[c].Order()];
            double[] actual = [.. r.Samples[c].Order()];
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void The_same_seed_gives_identical_results_and_another_seed_does_not()
    {
        CorrelationMatrix target = Target("five");
        double[][] samples = Marginals(5, N, seed: 3);
        ImanConoverResult a = ImanConover.Induce(samples, target, seed: 99);
        ImanConoverResult b = ImanConover.Induce(samples, target, seed: 99);
        ImanConoverResult c = ImanConover.Induce(samples, target, seed: 100);
        for (int k = 0; k < 5; k++)
        {
            Assert.Equal(a.Samples[k], b.Samples[k]);
        }

        Assert.NotEqual(a.Samples[0], c.Samples[0]);
    }

    /// <summary>
    /// Deterministic: both seeds are fixed (marginals 8, reordering 1), so the verdict never changes between runs. It is
    /// seed-fragile, though: 0.02 is a regression threshold, not a bound. With an identity target the reordered scores have
    /// Pearson correlation exactly 0, and the residual Spearman correlation is approximately normal with standard deviation
    /// √((1 − 9/π²)/n) ≈ 0.0093 at n = 1,024 (Spearman's ρ has asymptotic efficiency 9/π² relative to Pearson's r at the
    /// normal, hence asymptotic correlation 3/π between the two). The largest of the 6 pairs then exceeds 0.02 = 2.16 σ
    /// with probability 1 − (1 − 2Φ(−2.16))⁶ ≈ 0.17; over 400 other seed pairs 69 exceeded it (largest 0.033), see
    /// docs/_flaky-audit.md. So a change in how Induce or Marginals consume random numbers can fail this test without a
    /// defect: re-check the threshold then (a bound with per-seed false alarms ≤ 1e-9 would be 6.1 σ ≈ 0.057). What it
    /// catches as written: a reordering that leaves the input order alone (independent columns give σ = 1/√n ≈ 0.031, and
    /// the largest of 6 pairs stays below 0.02 with probability ≈ 0.01) or that induces any spurious correlation.
    /// </summary>
    [Fact]
    public void A_zero_target_gives_near_zero_rank_correlation()
    {
        CorrelationMatrix target = CorrelationMatrix.Identity(["a", "b", "c", "d"]);
        ImanConoverResult r = ImanConover.Induce(Marginals(4, N, seed: 8), target, seed: 1);
        Assert.InRange(r.MaximumAbsoluteDeviation!.Value, 0, 0.02);
    }

    [Fact]
    public void Perfect_correlation_gives_identical_ranks_via_the_eigen_factor()
    {
        // C = [[1, 1, −1], [1, 1, −1], [−1, −1, 1]] is PSD of rank 1 (C = u uᵀ, u = (1, 1, −1)), so Cholesky breaks down and
        // the eigen factor is used; T's columns are ±the same vector, so the ranks agree (or reverse) exactly.
        CorrelationMatrix target = CorrelationMatrix.FromPairs(["a", "b", "c"], [("a", "b", 1.0), ("a", "c", -1.0), ("b", "c", -1.0)]);
        ImanConoverResult r = ImanConover.Induce(Marginals(3, 200, seed: 2), target, seed: 4);
        Assert.False(r.UsesCholeskyFactor);
        Assert.Equal(1.0, r.AchievedRankCorrelation("a", "b")!.Value, 12);
        Assert.Equal(-1.0, r.AchievedRankCorrelation("a", "c")!.Value, 12);
        Assert.Equal(-1.0, r.AchievedRankCorrelation("b", "c")!.Value, 12);
    }

    [Fact]
    public void A_constant_variable_is_reported_as_undefined()
    {
        CorrelationMatrix target = CorrelationMatrix.FromPairs(["a", "b"], [("a", "b", 0.5)]);
        double[][] samples = [[.. Enumerable.Repeat(3.0, 50)], [.. Enumerable.Range(0, 50).Select(i => (double)i)]];
        ImanConoverResult r = ImanConover.Induce(samples, target, seed: 4);
        Assert.Null(r.AchievedRankCorrelation(0, 1));
        Assert.Null(r.MaximumAbsoluteDeviation);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticKind.Undefined, d.Kind);
        Assert.Contains("'a'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_block_kernel_matches_the_public_call_and_allocates_nothing()
    {
        CorrelationMatrix target = Target("five");
        double[][] samples = Marginals(5, N, seed: 21);
        ImanConoverResult expected = ImanConover.Induce(samples, target, seed: 77);

        var plan = new ImanConoverPlan(target, N);
        ImanConoverWorkspace workspace = plan.CreateWorkspace();
        double[] columns = new double[5 * N];
        for (int c = 0; c < 5; c++)
        {
            samples[c].CopyTo(columns, c * N);
        }

        var rng = Xoshiro256StarStar.FromSeed(77);
        plan.Apply(columns, ref rng, workspace);
        for (int c = 0; c < 5; c++)
        {
            Assert.Equal(expected.Samples[c], columns.AsSpan(c * N, N).ToArray());
        }

        // Warm, then measure one more call.
        plan.Apply(columns, ref rng, workspace);
        long before = GC.GetAllocatedBytesForCurrentThread();
        plan.Apply(columns, ref rng, workspace);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Pre_sorted_columns_can_skip_the_sort_with_the_same_result()
    {
        CorrelationMatrix target = Target("three");
        double[][] samples = Marginals(3, N, seed: 13);
        var plan = new ImanConoverPlan(target, N);
        double[] unsorted = new double[3 * N];
        double[] sorted = new double[3 * N];
        for (int c = 0; c < 3; c++)
        {
            samples[c].CopyTo(unsorted, c * N);
            samples[c].Order().ToArray().CopyTo(sorted, c * N);
        }

        var rng1 = Xoshiro256StarStar.FromSeed(9);
        var rng2 = Xoshiro256StarStar.FromSeed(9);
        plan.Apply(unsorted, ref rng1, plan.CreateWorkspace());
        plan.Apply(sorted, ref rng2, plan.CreateWorkspace(), columnsAreSorted: true);
        Assert.Equal(unsorted, sorted);
    }

    [Fact]
    public void The_kernel_rejects_mismatched_buffers()
    {
        var plan = new ImanConoverPlan(Target("three"), 10);
        var rng = Xoshiro256StarStar.FromSeed(1);
        Assert.Equal("columns", Assert.Throws<ArgumentException>(() => plan.Apply(new double[29], ref rng, plan.CreateWorkspace())).ParamName);
        var rng2 = Xoshiro256StarStar.FromSeed(1);
        Assert.Equal("workspace", Assert.Throws<ArgumentException>(() => plan.Apply(new double[30], ref rng2, new ImanConoverWorkspace(3, 11))).ParamName);
        Assert.Equal("sampleSize", Assert.Throws<ArgumentOutOfRangeException>(() => new ImanConoverPlan(Target("three"), 1)).ParamName);
    }

    internal static CorrelationMatrix Target(string name) => name switch
    {
        "pair08" => CorrelationMatrix.FromPairs(["a", "b"], [("a", "b", 0.8)]),
        "pairNeg06" => CorrelationMatrix.FromPairs(["a", "b"], [("a", "b", -0.6)]),
        "three" => CorrelationMatrix.FromPairs(["a", "b", "c"], [("a", "b", 0.7), ("a", "c", 0.3), ("b", "c", 0.5)]),
        "five" => CorrelationMatrix.FromPairs(["a", "b", "c", "d", "e"], [("a", "b", 0.5), ("a", "c", 0.5), ("b", "c", 0.5), ("c", "d", -0.3), ("d", "e", 0.9), ("a", "e", 0.2)]),

        // Rank 2 (a and b perfectly correlated): the eigen factor path.
        "singular" => CorrelationMatrix.FromPairs(["a", "b", "c"], [("a", "b", 1.0), ("a", "c", 0.4), ("b", "c", 0.4)]),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>k columns with different marginals (uniform, exponential, skewed, discrete with ties), from xoshiro256**.</summary>
    internal static double[][] Marginals(int k, int n, ulong seed)
    {
        var rng = Xoshiro256StarStar.FromSeed(seed);
        var result = new double[k][];
        for (int c = 0; c < k; c++)
        {
            result[c] = new double[n];
            for (int i = 0; i < n; i++)
            {
                double u = ((rng.NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));
                result[c][i] = (c % 3) switch
                {
                    0 => 10 + (5 * u),
                    1 => -Math.Log(1 - u) * 3,
                    _ => Math.Floor(u * 400) + (u * u),
                };
            }
        }

        return result;
    }
}
