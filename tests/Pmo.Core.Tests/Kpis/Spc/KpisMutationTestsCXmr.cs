using Pmo.Core.Common;
using Pmo.Core.Kpis.Spc;
using Pmo.Core.Tests.Kpis.Flow;

namespace Pmo.Core.Tests.Kpis.Spc;

/// <summary>Mutation-driven tests (helper C) for the XmR chart, its options and constants, and assurance.</summary>
public class KpisMutationTestsCXmr
{
    // ---- XmrChart ----

    [Fact]
    public void Compute_non_finite_value_message() =>
        KpiC.Throws<ArgumentOutOfRangeException>("values", () => XmrChart.Compute([1, double.PositiveInfinity]), "values[1] must be a finite number");

    [Fact]
    public void Compute_phase_start_beyond_values_message() =>
        KpiC.Throws<ArgumentOutOfRangeException>("options", () => XmrChart.Compute([1, 2, 3], new XmrOptions { PhaseStarts = [5] }), "options.PhaseStarts contains 5", "not less than the number of values (3)");

    [Fact]
    public void Screening_excludes_a_moving_range_above_the_upper_range_limit()
    {
        // Moving ranges 2, 2, 2, 2, 20: average 5.6, URL = 3.268 × 5.6 = 18.3008, so 20 is excluded and the
        // screened average is (2 + 2 + 2 + 2) / 4 = 2.
        XmrChartResult r = XmrChart.Compute([0, 2, 0, 2, 0, 20], new XmrOptions { Screening = MovingRangeScreening.ExcludeAboveUpperRangeLimit });
        XmrPhase p = r.Phases[0];
        Assert.Equal(2.0, p.Dispersion);
        Assert.Equal(4, p.MovingRangesUsed);
        Diagnostic d = KpiC.Single(r.Diagnostics, DiagnosticKind.Information, "XmR phase 0");
        Assert.StartsWith("1 moving range(s) above the upper range limit", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Screening_without_exclusion_reports_nothing()
    {
        XmrChartResult r = XmrChart.Compute([0, 2, 0, 2, 0, 2], new XmrOptions { Screening = MovingRangeScreening.ExcludeAboveUpperRangeLimit });
        Assert.Equal(2.0, r.Phases[0].Dispersion);
        Assert.Equal(5, r.Phases[0].MovingRangesUsed);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Screening_keeps_a_moving_range_exactly_on_the_upper_range_limit()
    {
        // Moving ranges 3.268, 1.732, 0, 0, 0: their binary64 sum is exactly 5, the average exactly 1, so the Wheeler URL
        // is 3.268 × 1 = 3.268 — the first range lies exactly on it and is kept (only ranges above the URL are excluded).
        const double Low = 3.268 - 1.732;
        XmrChartResult r = XmrChart.Compute([0, 3.268, Low, Low, Low, Low], new XmrOptions { Screening = MovingRangeScreening.ExcludeAboveUpperRangeLimit });
        Assert.Equal(5, r.Phases[0].MovingRangesUsed);
        Assert.Equal(1.0, r.Phases[0].Dispersion);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Median_centre_line_of_unsorted_values()
    {
        // Median of {5, 1, 3} = 3 (the middle of the sorted values 1, 3, 5).
        XmrChartResult r = XmrChart.Compute([5, 1, 3], new XmrOptions { CentreLine = CentreLine.Median });
        Assert.Equal(3.0, r.Phases[0].Centre);
    }

    [Fact]
    public void Lower_limit_exactly_zero_is_not_floored()
    {
        // Values 108, 158: mean 133, average moving range 50, lower limit 133 − 2.66 × 50 = 0 exactly
        // (2.66 × 50 rounds to exactly 133 in binary64). Only a limit below zero is floored.
        XmrChartResult r = XmrChart.Compute([108, 158], new XmrOptions { FloorLowerLimitAtZero = true });
        Assert.Equal(0.0, r.Phases[0].LowerLimit);
        Assert.False(r.Phases[0].IsLowerLimitFloored);
    }

    // ---- XmrChartResult.PhaseOf ----

    [Fact]
    public void PhaseOf_uses_inclusive_phase_starts()
    {
        XmrChartResult r = XmrChart.Compute([1, 2, 3, 4, 5, 6], new XmrOptions { PhaseStarts = [3] });
        Assert.Equal(0, r.PhaseOf(0).Number);
        Assert.Equal(0, r.PhaseOf(2).Number);
        Assert.Equal(1, r.PhaseOf(3).Number);
        Assert.Equal(1, r.PhaseOf(5).Number);
        KpiC.Throws<ArgumentOutOfRangeException>("index", () => r.PhaseOf(6), "index must lie in [0, 6)", "6");
    }

    // ---- XmrOptions ----

    [Fact]
    public void Options_enum_messages()
    {
        KpiC.Throws<ArgumentOutOfRangeException>("CentreLine", () => _ = new XmrOptions { CentreLine = (CentreLine)9 }, "CentreLine must be a defined CentreLine", "9");
        KpiC.Throws<ArgumentOutOfRangeException>("Dispersion", () => _ = new XmrOptions { Dispersion = (DispersionStatistic)9 }, "Dispersion must be a defined DispersionStatistic", "9");
        KpiC.Throws<ArgumentOutOfRangeException>("Constant", () => _ = new XmrOptions { Constant = (ScalingConstant)9 }, "Constant must be a defined ScalingConstant", "9");
        KpiC.Throws<ArgumentOutOfRangeException>("Screening", () => _ = new XmrOptions { Screening = (MovingRangeScreening)9 }, "Screening must be a defined MovingRangeScreening", "9");
    }

    [Fact]
    public void Options_baseline_length_two_is_the_minimum()
    {
        Assert.Equal(2, new XmrOptions { BaselineLength = 2 }.BaselineLength);
        KpiC.Throws<ArgumentOutOfRangeException>("BaselineLength", () => _ = new XmrOptions { BaselineLength = 1 }, "BaselineLength must be at least 2", "1");
    }

    [Fact]
    public void Options_phase_starts_message() =>
        KpiC.Throws<ArgumentException>("PhaseStarts", () => _ = new XmrOptions { PhaseStarts = [3, 3] }, "PhaseStarts must be strictly increasing indices greater than 0", "PhaseStarts[1] = 3");

    // ---- XmrConstants ----

    [Fact]
    public void Tabulated_median_limit_factor_matches_wheeler_3_145()
    {
        // 3 / 0.954 = 3.14465…; Wheeler & Chambers (1992, Understanding Statistical Process Control) tabulate 3.145.
        Assert.Equal(3.145, XmrConstants.LimitFactor(ScalingConstant.ThreeOverD2Tabulated, DispersionStatistic.MedianMovingRange), 3);
    }

    [Fact]
    public void Exact_median_range_factor_is_close_to_wheeler_3_865()
    {
        // (d2 + 3 d3) / d4(median) with exact constants ≈ 3.864; Wheeler's tabulated upper range limit factor for the
        // median moving range is 3.865 (to the printed 3 decimals the exact value differs by rounding of the constants).
        Assert.InRange(XmrConstants.RangeFactor(ScalingConstant.ThreeOverD2Exact, DispersionStatistic.MedianMovingRange), 3.86, 3.87);
    }

    [Fact]
    public void Constants_undefined_enum_messages()
    {
        KpiC.Throws<ArgumentOutOfRangeException>("constant", () => XmrConstants.LimitFactor((ScalingConstant)9, DispersionStatistic.AverageMovingRange), "constant must be a defined ScalingConstant", "9");
        KpiC.Throws<ArgumentOutOfRangeException>("dispersion", () => XmrConstants.RangeFactor(ScalingConstant.Wheeler, (DispersionStatistic)9), "dispersion must be a defined DispersionStatistic", "9");
    }

    // ---- Assurance ----

    [Fact]
    public void Assurance_checks_target_even_when_limits_are_undefined()
    {
        XmrChartResult chart = KpisMutationTestsCSpc.OnePointBaseline([1, 2]);
        Assert.Equal(AssuranceStatus.Undefined, Assurance.Evaluate(chart, 5, ImprovementDirection.Increase));
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => Assurance.Evaluate(chart, double.NaN, ImprovementDirection.Increase));
        Assert.Equal("target", e.ParamName);
        KpiC.Throws<ArgumentOutOfRangeException>("direction", () => Assurance.Evaluate(chart, 5, (ImprovementDirection)9), "direction must be a defined ImprovementDirection", "9");
    }

    [Fact]
    public void Assurance_equal_limits_are_allowed()
    {
        // Limits 1…1, target 2 above them: with "increase is better" every value misses the target.
        Assert.Equal(AssuranceStatus.ConsistentlyFail, Assurance.Evaluate(1, 1, 2, ImprovementDirection.Increase));
    }

    [Fact]
    public void Assurance_reversed_limits_message() =>
        KpiC.Throws<ArgumentException>("upperLimit", () => Assurance.Evaluate(2, 1, 2, ImprovementDirection.Increase), "upperLimit (1) must not be below lowerLimit (2)");
}
