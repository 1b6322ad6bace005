using Pmo.Core.Common;
using Pmo.Core.Kpis.Spc;

namespace Pmo.Core.Tests.Kpis.Spc;

/// <summary>Specification of the XmR chart: formulas, options and edge cases, with hand-derived values.</summary>
public class XmrChartTests
{
    private static void Close(double expected, double? actual, double tol = 1e-12) =>
        Assert.True(actual is { } a && Math.Abs(a - expected) <= tol, $"{expected} vs {actual}");

    [Fact]
    public void Wheeler_limits_from_the_average_moving_range()
    {
        // Baseline: mean 10, mR̄ = 1.4 → 10 ± 2.66 × 1.4 = 10 ± 3.724; URL = 3.268 × 1.4 = 4.5752; σ̂ = 3.724 / 3.
        XmrPhase p = Assert.Single(XmrChart.Compute(Spc.Baseline).Phases);
        Close(10, p.Centre);
        Close(1.4, p.Dispersion);
        Close(13.724, p.UpperLimit);
        Close(6.276, p.LowerLimit);
        Close(4.5752, p.UpperRangeLimit);
        Close(3.724 / 3, p.Sigma);
        Assert.Equal(5, p.MovingRangesUsed);
    }

    [Fact]
    public void Moving_ranges_are_NaN_at_each_phase_start()
    {
        XmrChartResult c = XmrChart.Compute([1, 3, 2, 10, 14], new XmrOptions { PhaseStarts = [3] });
        Assert.True(double.IsNaN(c.MovingRanges[0]));
        Assert.True(double.IsNaN(c.MovingRanges[3]));
        Assert.Equal([2.0, 1.0], [c.MovingRanges[1], c.MovingRanges[2]]);
        Assert.Equal(4.0, c.MovingRanges[4]);
        Assert.Equal(2, c.Phases.Length);
        Close(2, c.Phases[0].Centre);
        Close(1.5, c.Phases[0].Dispersion);
        Close(12, c.Phases[1].Centre);
        Close(4, c.Phases[1].Dispersion);
        Assert.Same(c.Phases[1], c.PhaseOf(4));
        Assert.Same(c.Phases[0], c.PhaseOf(2));
    }

    [Fact]
    public void Baseline_length_fixes_the_limits()
    {
        // Limits from 1, 2, 1, 2 only (mean 1.5, mR̄ 1): 100 is judged against 1.5 ± 2.66.
        XmrChartResult c = XmrChart.Compute([1, 2, 1, 2, 100], new XmrOptions { BaselineLength = 4 });
        Close(1.5, c.Phases[0].Centre);
        Close(4.16, c.Phases[0].UpperLimit);
        Assert.Equal(4, c.Phases[0].BaselineLength);
        Assert.Equal([4], SpcRules.Evaluate(c, SpcRuleSets.Nelson).Signals.Where(s => s.RuleId == SpcRuleIds.Nelson1).Select(s => s.Index));
    }

    [Fact]
    public void Baseline_longer_than_the_phase_uses_the_whole_phase()
    {
        XmrChartResult c = XmrChart.Compute([1, 2, 3], new XmrOptions { BaselineLength = 50 });
        Assert.Equal(3, c.Phases[0].BaselineLength);
    }

    [Fact]
    public void Zero_floor_for_counts()
    {
        // Counts 0, 1, 0, 2, 0, 1: mean 2/3, mR̄ = 7/5 = 1.4, LNPL = 0.667 − 3.724 < 0 → 0.
        XmrPhase p = XmrChart.Compute([0, 1, 0, 2, 0, 1], new XmrOptions { FloorLowerLimitAtZero = true }).Phases[0];
        Assert.Equal(0, p.LowerLimit);
        Assert.True(p.IsLowerLimitFloored);
        Close(2.0 / 3 + 3.724, p.UpperLimit);
        Close(3.724 / 3, p.Sigma);
        XmrPhase unfloored = XmrChart.Compute([0, 1, 0, 2, 0, 1]).Phases[0];
        Close(2.0 / 3 - 3.724, unfloored.LowerLimit);
        Assert.False(unfloored.IsLowerLimitFloored);
    }

    [Fact]
    public void Zero_floor_leaves_a_positive_lower_limit_alone()
    {
        XmrPhase p = XmrChart.Compute([100, 101, 100, 101], new XmrOptions { FloorLowerLimitAtZero = true }).Phases[0];
        Assert.False(p.IsLowerLimitFloored);
        Close(100.5 - 2.66, p.LowerLimit);
    }

    [Fact]
    public void Median_centre_and_median_moving_range()
    {
        // 1, 2, 3, 4, 100: median 3; moving ranges 1, 1, 1, 96 → median 1; Wheeler: 3 ± 3.145, URL = 3.865.
        XmrPhase p = XmrChart.Compute([1, 2, 3, 4, 100], new XmrOptions { CentreLine = CentreLine.Median, Dispersion = DispersionStatistic.MedianMovingRange }).Phases[0];
        Close(3, p.Centre);
        Close(1, p.Dispersion);
        Close(6.145, p.UpperLimit);
        Close(3.865, p.UpperRangeLimit);
    }

    [Fact]
    public void Median_of_an_even_count_is_the_midpoint()
    {
        XmrPhase p = XmrChart.Compute([1, 4, 2, 10], new XmrOptions { CentreLine = CentreLine.Median }).Phases[0];
        Close(3, p.Centre);
    }

    [Theory]
    [InlineData(ScalingConstant.Wheeler, 2.66, 3.268)]
    [InlineData(ScalingConstant.ThreeOverD2Tabulated, 3 / 1.128, 3.267)]
    [InlineData(ScalingConstant.ThreeOverD2Exact, 2.6586807763582740, 3.2665319192886013)]
    public void Scaling_constants(ScalingConstant constant, double k, double d4)
    {
        // 0, 1 → mean 0.5, mR̄ 1: limits 0.5 ± K, URL = D4.
        XmrPhase p = XmrChart.Compute([0, 1], new XmrOptions { Constant = constant }).Phases[0];
        Close(0.5 + k, p.UpperLimit, 1e-12);
        Close(d4, p.UpperRangeLimit, 1e-12);
    }

    [Fact]
    public void Screening_excludes_moving_ranges_above_the_upper_range_limit()
    {
        // 10, 11 eight times, then 40: fifteen ranges of 1 and one of 29; mR̄ = 44/16 = 2.75, URL = 3.268 × 2.75 = 8.987:
        // the 29 is dropped and mR̄ = 1.
        double[] x = [.. Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? 10.0 : 11.0), 40];
        XmrChartResult c = XmrChart.Compute(x, new XmrOptions { Screening = MovingRangeScreening.ExcludeAboveUpperRangeLimit });
        Close(1, c.Phases[0].Dispersion);
        Assert.Equal(15, c.Phases[0].MovingRangesUsed);
        Assert.Contains(c.Diagnostics, d => d.Kind == DiagnosticKind.Information);
        Close(2.75, XmrChart.Compute(x).Phases[0].Dispersion);
    }

    // ---- Edge cases ----

    [Fact]
    public void One_point_has_a_centre_but_undefined_limits()
    {
        XmrChartResult c = XmrChart.Compute([5.0]);
        XmrPhase p = Assert.Single(c.Phases);
        Assert.Equal(5, p.Centre);
        Assert.Null(p.Dispersion);
        Assert.Null(p.Sigma);
        Assert.Null(p.UpperLimit);
        Assert.Null(p.LowerLimit);
        Assert.Null(p.UpperRangeLimit);
        Assert.Contains(c.Diagnostics, d => d.Kind == DiagnosticKind.Undefined);
        SpcEvaluation e = SpcRules.Evaluate(c, SpcRuleSets.All);
        Assert.Empty(e.Signals);
        Assert.NotEmpty(e.Diagnostics);
        Assert.Equal(AssuranceStatus.Undefined, Assurance.Evaluate(c, 3, ImprovementDirection.Increase));
    }

    [Fact]
    public void A_one_point_phase_is_undefined_but_the_others_are_not()
    {
        XmrChartResult c = XmrChart.Compute([1, 2, 1, 50], new XmrOptions { PhaseStarts = [3] });
        Assert.NotNull(c.Phases[0].UpperLimit);
        Assert.Null(c.Phases[1].UpperLimit);
    }

    [Fact]
    public void Two_points_are_enough()
    {
        XmrPhase p = XmrChart.Compute([1, 3]).Phases[0];
        Close(2, p.Centre);
        Close(2, p.Dispersion);
        Close(2 + 5.32, p.UpperLimit);
    }

    [Fact]
    public void Constant_data_collapse_the_limits_and_skip_zone_rules()
    {
        XmrChartResult c = XmrChart.Compute([3, 3, 3, 3, 3]);
        XmrPhase p = c.Phases[0];
        Assert.Equal(0, p.Dispersion);
        Assert.Equal(0, p.Sigma);
        Assert.Equal(3, p.UpperLimit);
        Assert.Equal(3, p.LowerLimit);
        Assert.Equal(0, p.UpperRangeLimit);
        Assert.Contains(c.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
        SpcEvaluation e = SpcRules.Evaluate(c, SpcRuleSets.All);
        Assert.Empty(e.Signals); // every point is on the centre line: no run, no trend, nothing beyond
        Assert.Contains(e.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
    }

    [Fact]
    public void After_a_constant_baseline_any_change_is_beyond_the_limits()
    {
        XmrChartResult c = XmrChart.Compute([3, 3, 3, 3, 4], new XmrOptions { BaselineLength = 4 });
        SpcSignal s = Assert.Single(SpcRules.Evaluate(c, SpcRuleSets.WesternElectric).Signals);
        Assert.Equal((4, SpcRuleIds.WesternElectric1), (s.Index, s.RuleId));
    }

    [Fact]
    public void Ties_in_the_data_give_zero_moving_ranges()
    {
        XmrChartResult c = XmrChart.Compute([2, 2, 4, 4]);
        Assert.Equal([0.0, 2.0, 0.0], c.MovingRanges.Skip(1));
        Close(2.0 / 3, c.Phases[0].Dispersion);
    }

    [Fact]
    public void Values_are_copied()
    {
        double[] x = [1, 2, 3];
        XmrChartResult c = XmrChart.Compute(x);
        x[0] = 99;
        Assert.Equal(1, c.Values[0]);
    }

    // ---- Assurance (see also the golden NHSRplotthedots rule) ----

    [Fact]
    public void Assurance_uses_the_last_phase()
    {
        // Phase 0 around 1.5, phase 1 around 100.5 (limits 100.5 ± 2.66): a target of 90 is consistently passed when higher is better.
        XmrChartResult c = XmrChart.Compute([1, 2, 1, 2, 100, 101, 100, 101], new XmrOptions { PhaseStarts = [4] });
        Assert.Equal(AssuranceStatus.ConsistentlyPass, Assurance.Evaluate(c, 90, ImprovementDirection.Increase));
        Assert.Equal(AssuranceStatus.Undefined, Assurance.Evaluate(c, null, ImprovementDirection.Increase));
    }
}
