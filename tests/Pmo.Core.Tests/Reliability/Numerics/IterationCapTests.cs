using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Finance;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Ahp;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Tests.Prioritization.Sensitivity;

namespace Pmo.Core.Tests.Reliability.Numerics;

/// <summary>
/// Issue 9 §4: iterative methods have caps and report non-convergence (a status, a null with a diagnostic, or a
/// documented exception) instead of looping. Each test forces the non-converging path: an input with no solution or a
/// cap too small to reach the tolerance.
/// </summary>
public sealed class IterationCapTests
{
    // A hang guard, not a timing assertion: a correct call returns in milliseconds, a looping one never does.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static T Terminates<T>(Func<T> call)
    {
        Task<T> task = Task.Run(call);
        Assert.True(task.Wait(HangGuard), "the call did not return: it loops");
        return task.Result;
    }

    [Fact]
    public void Irr_without_a_real_root_is_null_with_an_undefined_diagnostic()
    {
        // By hand: with x = 1/(1+r) the NPV of (1, −3, 3) is 1 − 3x + 3x², whose discriminant 9 − 12 = −3 is negative:
        // no real zero at any rate, although the amounts change sign twice.
        IrrResult r = Terminates(() => CashFlowMetrics.InternalRateOfReturn(new CashFlowSeries([1.0, -3.0, 3.0])));
        Assert.Null(r.Rate);
        Assert.Empty(r.Roots);
        Assert.Equal(2, r.SignChanges);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "IRR");
    }

    [Fact]
    public void Xirr_without_a_real_root_reports_NoRootFound()
    {
        // By hand: flows −100, +300, −300 one 365-day year apart; with v = 1.0/(1+r) the NPV is −100 + 300v − 300v²,
        // a downward parabola whose maximum (at v = 0.5) is −100 + 150 − 75 = −25 < 0: no rate gives NPV = 0.
        var flows = DatedCashFlowSeries.FromDatesAndAmounts(
            [new LocalDate(2025, 1, 1), new LocalDate(2026, 1, 1), new LocalDate(2027, 1, 1)],
            [-100.0, 300.0, -300.0]);
        XirrResult r = Terminates(() => CashFlowMetrics.InternalRateOfReturn(flows));
        Assert.Equal(RootSearchStatus.NoRootFound, r.Status);
        Assert.Null(r.Rate);
        Assert.True(r.Evaluations < 10_000, $"evaluations {r.Evaluations}");
    }

    [Fact]
    public void Ahp_power_iteration_capped_at_one_iteration_reports_not_converged()
    {
        // An inconsistent 4×4 matrix (a13 ≠ a12·a23), so one power step from the uniform start cannot be the eigenvector.
        PairwiseMatrix m = PairwiseMatrix.FromUpperTriangle([3.0, 1.0 / 5, 7, 5, 1.0 / 3, 9]);
        AhpResult capped = Terminates(() => AhpAnalysis.Analyze(m, new AhpOptions(maxIterations: 1)));
        Assert.False(capped.Converged);
        Assert.Equal(1, capped.Iterations);
        Assert.Contains(capped.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Metric == "LambdaMax");

        AhpResult free = AhpAnalysis.Analyze(m);
        Assert.True(free.Converged);
        Assert.True(free.Iterations <= AhpOptions.DefaultMaxIterations);
    }

    [Fact]
    public void NearestCorrelation_capped_at_one_iteration_reports_not_converged()
    {
        // By hand: for v = (1, −1, 1), A·v = (1 − 0.9 − 0.9, 0.9 − 1 + 0.9, −0.9 − 0.9 + 1) = −0.8·v, so A has the
        // eigenvalue −0.8 and is not a correlation matrix: a repair is needed and cannot finish in one projection.
        CorrelationMatrix a = CorrelationMatrix.FromMatrix(["x", "y", "z"], new double[,] { { 1, 0.9, -0.9 }, { 0.9, 1, 0.9 }, { -0.9, 0.9, 1 } });
        CorrelationRepair capped = Terminates(() => NearestCorrelation.Repair(a, maxIterations: 1));
        Assert.True(capped.RepairNeeded);
        Assert.False(capped.Converged);
        Assert.Equal(1, capped.Iterations);
        Assert.Contains(capped.Diagnostics, d => d.Kind == DiagnosticKind.Warning);

        CorrelationRepair free = NearestCorrelation.Repair(a);
        Assert.True(free.Converged);
        Assert.True(free.Iterations <= NearestCorrelation.DefaultMaxIterations);
    }

    [Fact]
    public void WeightStability_bisection_with_a_tolerance_below_the_double_spacing_terminates()
    {
        // Before the fix this looped for ever: once the bracket is two adjacent doubles, (inside + outside)/2 equals one
        // of them and |outside − inside| never falls below 1e-300. Hand example (see WeightStabilityTests): A = (1, 0),
        // B = (0, 1), C = (0.6, 0.6), w = (0.7, 0.3); on criterion 0's path A = t meets C = 0.6 at t = 0.6.
        DecisionMatrix abc = Matrices.Benefit(new double[,] { { 1, 0 }, { 0, 1 }, { 0.6, 0.6 } });
        CriteriaWeights w = CriteriaWeights.Create([0.7, 0.3]);
        WeightStabilityResult r = Terminates(() => WeightStability.Intervals(new TestWeightedSum(), abc, w, search: CrossingSearch.Bisection, tolerance: 1e-300));
        Assert.Equal(0.6, r.Intervals[0].Lower, 1e-12);
    }

    [Fact]
    public void Smaa_rejection_sampling_cap_throws_the_documented_exception()
    {
        // Bounds that leave a sliver of the simplex: one draw per sample cannot hit it (almost surely), and the cap of
        // one draw ends the run with the documented ArgumentException instead of drawing for ever.
        DecisionMatrix abc = Matrices.Benefit(new double[,] { { 1, 0, 0.5 }, { 0, 1, 0.5 }, { 0.6, 0.6, 0.1 } });
        var options = new SmaaOptions
        {
            Samples = 1000,
            Seed = 7,
            Weights = SmaaWeightDistribution.Bounded([0.333, 0.333, 0.333], [0.334, 0.334, 0.334]),
            MaxRejectionsPerSample = 1,
        };
        ArgumentException e = Terminates(() => Assert.Throws<ArgumentException>(() => Smaa.Run(new TestWeightedSum(), abc, options)));
        Assert.Equal("options", e.ParamName);
    }
}
