using Pmo.Core.Common;
using Pmo.Core.Kpis.Spc;

namespace Pmo.Core.Tests.Kpis.Spc;

/// <summary>Anhøj run-chart rules: hand-derived cases, including points on the median.</summary>
public class RunChartTests
{
    [Fact]
    public void Points_on_the_centre_neither_break_nor_extend_runs()
    {
        // Centre 2: sides −, +, −, +, (on), −, +. Useful n = 6; runs all of length 1; crossings between consecutive
        // useful points: 5 (the on-centre point is skipped, so + then − across it is a crossing).
        AnhojResult r = RunChart.Anhoj([1, 3, 1, 3, 2, 1, 3], centre: 2);
        Assert.Equal((7, 6, 1, 5), (r.Observations, r.UsefulObservations, r.LongestRun, r.Crossings));
        Assert.Equal(RunChart.LongestRunLimit(6), r.LongestRunLimit);
        Assert.Equal(RunChart.CrossingsLimit(6), r.CrossingsLimit);
    }

    [Fact]
    public void A_point_on_the_centre_does_not_break_a_run()
    {
        // Centre 0: ten values of 1 with a 0 in the middle: one run of 10 useful points (0 skipped), n = 10, limit 6.
        AnhojResult r = RunChart.Anhoj([1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, -1, -1], centre: 0);
        Assert.Equal(12, r.UsefulObservations);
        Assert.Equal(10, r.LongestRun);
        Assert.True(r.IsRunSignal);
        SpcSignal run = Assert.Single(r.Signals, s => s.RuleId == SpcRuleIds.AnhojRun);
        Assert.Equal((0, 10, SignalSide.Above), (run.StartIndex, run.Index, run.Side));
    }

    [Fact]
    public void Default_centre_is_the_median_and_median_points_are_not_useful()
    {
        // 1..11: median 6 (index 5) is excluded: n = 10; runs 5 below, 5 above; one crossing < qbinom(0.05, 9, 0.5) = 2.
        AnhojResult r = RunChart.Anhoj([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
        Assert.Equal(6, r.Centre);
        Assert.Equal(10, r.UsefulObservations);
        Assert.Equal(1, r.Crossings);
        Assert.Equal(2, r.CrossingsLimit);
        Assert.True(r.IsCrossingsSignal);
        Assert.False(r.IsRunSignal); // 5 ≤ 6
        SpcSignal c = Assert.Single(r.Signals);
        Assert.Equal((SpcRuleIds.AnhojCrossings, 0, 10), (c.RuleId, c.StartIndex, c.Index));
    }

    [Fact]
    public void Random_looking_series_has_no_signal()
    {
        // Centre 0, n = 12, signs alternate in pairs: longest run 2 ≤ 7, crossings 5 ≥ qbinom(0.05, 11, 0.5) = 3.
        AnhojResult r = RunChart.Anhoj([1, 1, -1, -1, 1, 1, -1, -1, 1, 1, -1, -1], centre: 0);
        Assert.Equal((2, 5), (r.LongestRun, r.Crossings));
        Assert.Empty(r.Signals);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void All_points_on_the_centre_is_undefined()
    {
        AnhojResult r = RunChart.Anhoj([4, 4, 4]);
        Assert.Equal(0, r.UsefulObservations);
        Assert.Null(r.LongestRunLimit);
        Assert.Null(r.CrossingsLimit);
        Assert.False(r.IsRunSignal);
        Assert.False(r.IsCrossingsSignal);
        Assert.Empty(r.Signals);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined);
    }

    [Fact]
    public void One_point_is_defined_and_flagged_as_short()
    {
        AnhojResult r = RunChart.Anhoj([4], centre: 0);
        Assert.Equal((1, 1, 0), (r.UsefulObservations, r.LongestRun, r.Crossings));
        Assert.Equal(3, r.LongestRunLimit);
        Assert.Equal(0, r.CrossingsLimit);
        Assert.Empty(r.Signals);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Information);
    }

    [Theory]
    [InlineData(1, 3, 0)]
    [InlineData(2, 4, 0)]
    [InlineData(5, 5, 0)] // qbinom(0.05, 4, ½): P(X ≤ 0) = 1/16 = 0.0625 ≥ 0.05 → 0
    [InlineData(6, 6, 1)] // P(X ≤ 0) = 1/32 < 0.05, P(X ≤ 1) = 6/32 → 1
    public void Small_n_limits_by_hand(int n, int runLimit, int crossingsLimit)
    {
        // round(log2(n) + 3): log2(1) = 0 → 3; log2(2) = 1 → 4; log2(5) = 2.32 → 5; log2(6) = 2.58 → 6.
        Assert.Equal(runLimit, RunChart.LongestRunLimit(n));
        Assert.Equal(crossingsLimit, RunChart.CrossingsLimit(n));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    [InlineData(1_000_000)]
    public void Crossings_limit_is_the_binomial_quantile_for_large_n(int n)
    {
        int q = RunChart.CrossingsLimit(n);
        Assert.True(MathNet.Numerics.Distributions.Binomial.CDF(0.5, n - 1, q) >= 0.05);
        Assert.True(MathNet.Numerics.Distributions.Binomial.CDF(0.5, n - 1, q - 1) < 0.05);
    }
}
