using Pmo.Core.Common;
using Pmo.Core.Risk.Simulation;
using Xunit.Abstractions;

namespace Pmo.Core.Tests.Risk.Simulation.Correlation;

/// <summary>Edge cases: fewer rows than variables, one variable, and a 50 × 50 repair within the default cap.</summary>
public class CorrelationEdgeTests(ITestOutputHelper output)
{
    [Fact]
    public void Fewer_rows_than_variables_skips_the_E_correction_and_keeps_the_marginals()
    {
        // n = 2 ≤ k = 3: the scores' sample correlation is singular, so the kernel uses T = S Pᵀ.
        CorrelationMatrix target = CorrelationMatrix.FromPairs(["a", "b", "c"], [("a", "b", 0.5)]);
        ImanConoverResult r = ImanConover.Induce([[1.0, 2], [5.0, 3], [7.0, 9]], target, seed: 3);
        Assert.Equal([1.0, 2], r.Samples[0].Order());
        Assert.Equal([3.0, 5], r.Samples[1].Order());
        Assert.Equal([7.0, 9], r.Samples[2].Order());
    }

    [Fact]
    public void One_variable_is_left_in_place_and_reported()
    {
        CorrelationMatrix target = CorrelationMatrix.Identity(["only"]);
        ImanConoverResult r = ImanConover.Induce([[3.0, 1, 2]], target, seed: 3);
        Assert.Equal([3.0, 1, 2], r.Samples[0]);
        Assert.Null(r.MaximumAbsoluteDeviation);
        Assert.Equal(DiagnosticKind.Undefined, Assert.Single(r.Diagnostics).Kind);
    }

    [Fact]
    public void A_fifty_by_fifty_noisy_matrix_is_repaired_within_the_default_cap()
    {
        // The benchmark's input: equicorrelation 0.5 with ±0.35 noise (uniform from xoshiro256**, seed 5).
        const int K = 50;
        var g = Xoshiro256StarStar.FromSeed(5);
        var raw = new double[K, K];
        for (int i = 0; i < K; i++)
        {
            raw[i, i] = 1;
            for (int j = i + 1; j < K; j++)
            {
                double u = (g.NextUInt64() >> 11) * (1.0 / (1UL << 53));
                raw[i, j] = raw[j, i] = 0.5 + (0.7 * (u - 0.5));
            }
        }

        CorrelationMatrix input = CorrelationMatrix.FromMatrix([.. Enumerable.Range(0, K).Select(i => $"A{i}")], raw);
        Assert.False(input.IsPositiveSemiDefinite);
        CorrelationRepair r = NearestCorrelation.Repair(input);
        output.WriteLine($"λmin before {r.MinimumEigenvalueBefore}, after {r.MinimumEigenvalueAfter}, iterations {r.Iterations}, distance {r.FrobeniusDistance}");
        Assert.True(r.Converged);
        Assert.True(r.Repaired.IsPositiveSemiDefinite);
        Assert.Equal(10, r.LargestChanges.Count);
        Assert.True(Math.Abs(r.LargestChanges[0].Change) >= Math.Abs(r.LargestChanges[9].Change));
    }
}
