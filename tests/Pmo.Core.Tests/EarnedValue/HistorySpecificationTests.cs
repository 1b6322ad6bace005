using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>
/// Layer 2: period and moving indices and the CPI stability test, derived by hand from a status history.
/// </summary>
/// <remarks>
/// Baseline <see cref="Ev.Linear10"/> (BAC = 100 000, PV(t) = 10 000·t). Cumulative status at the end of each month:
/// <code>
/// month   EV      AC      cumulative CPI
///   1   10 000  12 000    0.8333
///   2   20 000  22 000    0.9091
///   3   28 000  33 000    0.8485
///   4   36 000  44 000    0.8182
///   5   45 000  54 000    0.8333   (current)
/// </code>
/// Moving CPI = ΣΔEV/ΣΔAC over the last n periods (Christensen 1993), a ratio of sums.
/// </remarks>
public class HistorySpecificationTests
{
    private static readonly TimePhasedBaseline B = Ev.Linear10();

    private static ProjectStatus Status(params (int Month, double Ev, double Ac)[] points)
    {
        StatusPoint[] all = [.. points.Select(p => new StatusPoint(B.PeriodEnd(p.Month), p.Ev, p.Ac))];
        return new ProjectStatus(all[^1], all[..^1]);
    }

    private static readonly ProjectStatus Five = Status((1, 10_000, 12_000), (2, 20_000, 22_000), (3, 28_000, 33_000), (4, 36_000, 44_000), (5, 45_000, 54_000));

    [Fact]
    public void Period_indices_of_the_latest_period()
    {
        // ΔEV = 9 000, ΔAC = 10 000, ΔPV = 50 000 − 40 000 = 10 000: period CPI = 0.9, period SPI = 0.9.
        // ES(45 000) = 4.5, ES(36 000) = 3.6, ΔAT = 1: period SPI(t) = 0.9.
        PeriodIndices p = EarnedValueAnalyzer.Analyze(B, Five).PeriodIndices!;
        Assert.Equal(5, p.PeriodCount);
        Assert.Equal(3, p.Window);
        Assert.Equal(0.9, p.PeriodCpi);
        Assert.Equal(0.9, p.PeriodSpi);
        Assert.Equal(0.9, p.PeriodSpiT!.Value, 12);
    }

    [Fact]
    public void Moving_CPI_is_a_ratio_of_sums_over_the_window()
    {
        // n = 3: base = month 2 (20 000, 22 000). ΣΔEV = 25 000, ΣΔAC = 32 000: moving CPI = 0.78125
        // (the mean of the three period CPIs 8/11, 8/11, 0.9 would be 0.7848…). ΣΔPV = 50 000 − 20 000: moving SPI = 0.8333…
        // EAC(moving CPI) = 54 000 + 55 000/0.78125 = 54 000 + 70 400 = 124 400.
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(B, Five);
        Assert.Equal(0.78125, a.PeriodIndices!.MovingCpi);
        Assert.Equal(25_000.0 / 30_000.0, a.PeriodIndices.MovingSpi!.Value, 15);
        EacForecast f = a.Eac(EacMethod.MovingCpi)!;
        Assert.Equal(0.78125, f.PerformanceFactor);
        Assert.Equal(124_400, f.EstimateAtCompletion!.Value, 9);
    }

    [Fact]
    public void Moving_window_equal_to_the_series_length_starts_at_the_origin()
    {
        // n = 5 = number of points: base = origin (0, 0): moving CPI = 45 000/54 000 = cumulative CPI.
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(B, Five, default, new EarnedValueOptions { MovingWindow = 5 });
        Assert.Equal(45_000.0 / 54_000.0, a.PeriodIndices!.MovingCpi!.Value, 15);
        Assert.Equal(a.CostPerformanceIndex!.Value, a.PeriodIndices.MovingCpi!.Value, 15);
        Assert.Equal(45_000.0 / 50_000.0, a.PeriodIndices.MovingSpi!.Value, 15);
    }

    [Fact]
    public void Moving_CPI_is_undefined_with_fewer_points_than_the_window()
    {
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(B, Five, default, new EarnedValueOptions { MovingWindow = 6 });
        Assert.Null(a.PeriodIndices!.MovingCpi);
        Assert.Null(a.PeriodIndices.MovingSpi);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "Moving CPI"));
        Assert.Null(a.Eac(EacMethod.MovingCpi)!.EstimateAtCompletion);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "EAC(MovingCpi)"));
    }

    [Fact]
    public void Without_history_there_are_no_period_indices_and_no_stability_test()
    {
        EarnedValueAnalysis a = Ev.Analyze(B, 5, 45_000, 54_000);
        Assert.Null(a.PeriodIndices);
        Assert.Null(a.CpiStability);
        Assert.Null(a.StatisticalForecast);
        Assert.Null(a.Eac(EacMethod.MovingCpi)!.EstimateAtCompletion);
    }

    [Fact]
    public void Period_CPI_is_undefined_when_no_cost_was_booked_in_the_period()
    {
        ProjectStatus s = Status((1, 10_000, 12_000), (2, 20_000, 12_000));
        Assert.Null(EarnedValueAnalyzer.Analyze(B, s).PeriodIndices!.PeriodCpi);
    }

    [Fact]
    public void A_history_point_equal_to_the_current_one_is_dropped_as_a_duplicate()
    {
        var current = new StatusPoint(B.PeriodEnd(2), 20_000, 22_000);
        var s = new ProjectStatus(current, [new StatusPoint(B.PeriodEnd(1), 10_000, 12_000), current]);
        Assert.Single(s.History);
        Assert.Equal(2, s.Series.Length);
        Assert.Equal(current.Date, s.StatusDate);
    }

    [Fact]
    public void CPI_stability_is_measured_from_the_first_point_at_20_percent_complete()
    {
        // Reference: month 2 (EV/BAC = 0.2): CPI = 20 000/22 000 = 0.90909…
        // Later CPIs: 0.84848…, 0.81818…, 0.83333…: max |ΔCPI| = 0.90909 − 0.81818 = 0.0909… ≤ 0.10 → stable.
        CpiStability c = EarnedValueAnalyzer.Analyze(B, Five).CpiStability!;
        Assert.Equal(0.2, c.ReferencePercentComplete);
        Assert.Equal(20_000.0 / 22_000.0, c.ReferenceCpi, 15);
        Assert.Equal((20_000.0 / 22_000.0) - (36_000.0 / 44_000.0), c.MaximumDeviation, 12);
        Assert.Equal(0.10, c.Band);
        Assert.True(c.IsStable);

        // A band of 0.05 makes it unstable.
        CpiStability narrow = EarnedValueAnalyzer.Analyze(B, Five, default, new EarnedValueOptions { CpiStabilityBand = 0.05 }).CpiStability!;
        Assert.False(narrow.IsStable);
    }

    [Fact]
    public void CPI_stability_fails_on_a_large_swing_and_is_null_before_20_percent()
    {
        // Reference month 2 CPI = 0.8 (20 000/25 000); month 3 CPI = 30 000/30 000 = 1.0: deviation 0.2 > 0.1.
        CpiStability c = EarnedValueAnalyzer.Analyze(B, Status((1, 10_000, 12_000), (2, 20_000, 25_000), (3, 30_000, 30_000))).CpiStability!;
        Assert.Equal(0.2, c.MaximumDeviation, 12);
        Assert.False(c.IsStable);

        Assert.Null(EarnedValueAnalyzer.Analyze(B, Status((1, 5_000, 6_000), (2, 15_000, 17_000))).CpiStability);
    }
}
