using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>
/// Layer 2: every <see cref="EacMethod"/> and every <see cref="DurationForecastMethod"/> on one worked example,
/// derived by hand (duration formulas per Vandevoorde, S. and Vanhoucke, M. (2006), <i>International Journal of
/// Project Management</i> 24(4), 289–302).
/// </summary>
/// <remarks>
/// Baseline: monthly PV 5 000, 10 000, 15 000, 20 000, 20 000, 15 000, 10 000, 5 000 (January–August 2025):
/// BAC = 100 000, PD = 8, curve [0, 5 000, 15 000, 30 000, 50 000, 70 000, 85 000, 95 000, 100 000].
/// Status at the end of April: AT = 4, PV = 50 000; EV = 40 000, AC = 62 500.
/// <list type="bullet">
/// <item>CPI = 40 000/62 500 = 0.64; SPI = 40 000/50 000 = 0.8; CSI = SCI = 0.512.</item>
/// <item>ES: C = 3 (30 000 ≤ 40 000 &lt; 50 000), I = 10 000/20 000 = 0.5, ES = 3.5; SPI(t) = 3.5/4 = 0.875;
///   SV(t) = −0.5; SCI(t) = CPI·SPI(t) = 0.56.</item>
/// <item>BAC − EV = 60 000; TCPI(BAC) = 60 000/37 500 = 1.6.</item>
/// </list>
/// </remarks>
public class ForecastSpecificationTests
{
    private static readonly TimePhasedBaseline B = Ev.Monthly(5_000, 10_000, 15_000, 20_000, 20_000, 15_000, 10_000, 5_000);

    private static EarnedValueAnalysis Analyze(EarnedValueOptions? options = null) => Ev.Analyze(B, 4, 40_000, 62_500, options);

    [Fact]
    public void Cumulative_indices_of_the_worked_example()
    {
        EarnedValueAnalysis a = Analyze();
        Assert.Equal(50_000, a.PlannedValue);
        Assert.Equal(-22_500, a.CostVariance);
        Assert.Equal(-10_000, a.ScheduleVariance);
        Assert.Equal(-22_500.0 / 40_000, a.CostVariancePercent);
        Assert.Equal(-0.2, a.ScheduleVariancePercent!.Value, 15);
        Assert.Equal(0.64, a.CostPerformanceIndex);
        Assert.Equal(0.8, a.SchedulePerformanceIndex);
        Assert.Equal(0.512, a.CostScheduleIndex!.Value, 15);
        Assert.Equal(0.4, a.PercentComplete);
        Assert.Equal(0.625, a.PercentSpent);
        Assert.Equal(0.5, a.PercentScheduled);
        Assert.Equal(60_000, a.BudgetedCostOfWorkRemaining);
        Assert.Equal(1.6, a.ToCompletePerformanceIndexToBac!.Value, 15);
        Assert.Equal(1.6, a.ToCompletePerformanceIndexToTab!.Value, 15); // no MR: TAB = BAC
        Assert.Equal(3.5, a.Schedule.EarnedSchedule);
        Assert.Equal(3, a.Schedule.CompletedPeriods);
        Assert.Equal(0.5, a.Schedule.Interpolation);
        Assert.Equal(30_000, a.Schedule.PlannedValueAtCompleted);
        Assert.Equal(50_000, a.Schedule.PlannedValueAtNext);
        Assert.Equal(-0.5, a.Schedule.ScheduleVariance);
        Assert.Equal(0.875, a.Schedule.SchedulePerformanceIndex);
        Assert.Equal(8, a.Schedule.PlannedDuration);
        Assert.Equal(4, a.Schedule.ActualTime);
        // ES = 3.5: half of April (30 days) = 15 days → 15 April 2025.
        Assert.Equal(new NodaTime.LocalDate(2025, 4, 15), a.Schedule.EarnedScheduleDate);
        // TSPI = (PD − ES)/(PD − AT) = 4.5/4 = 1.125.
        Assert.Equal(1.125, a.Schedule.ToCompleteSchedulePerformanceIndex!.Value, 15);
        // TSPI to the headline forecast ED = PD/SPI(t) = 9.142857…: (PD − ES)/(ED − AT) = 4.5/5.142857… = 0.875.
        Assert.Equal(0.875, a.Schedule.ToCompleteSchedulePerformanceIndexToEstimate!.Value, 12);
    }

    [Theory]
    // EAC = AC + (BAC − EV)/PF = 62 500 + 60 000/PF.
    [InlineData(EacMethod.BudgetRate, 1.0, 122_500.0)]                 // PF = 1
    [InlineData(EacMethod.Cpi, 0.64, 156_250.0)]                       // = BAC/CPI
    [InlineData(EacMethod.Spi, 0.8, 137_500.0)]
    [InlineData(EacMethod.SpiT, 0.875, 131_071.42857142857)]           // 60 000/0.875 = 68 571.428…
    [InlineData(EacMethod.CpiTimesSpi, 0.512, 179_687.5)]              // 60 000/0.512 = 117 187.5
    [InlineData(EacMethod.CpiTimesSpiT, 0.56, 169_642.85714285713)]    // 60 000/0.56 = 107 142.857…
    [InlineData(EacMethod.WeightedCpiSpi, 0.672, 151_785.71428571429)] // 0.8·0.64 + 0.2·0.8 = 0.672
    public void Every_EAC_method(EacMethod method, double pf, double eac)
    {
        EacForecast f = Analyze().Eac(method)!;
        Assert.Equal(pf, f.PerformanceFactor!.Value, 14);
        Assert.Equal(eac, f.EstimateAtCompletion!.Value, 8);
        Assert.Equal(eac - 62_500, f.EstimateToComplete!.Value, 8);
        Assert.Equal(100_000 - eac, f.VarianceAtCompletion!.Value, 8);
        Assert.Equal((100_000 - eac) / 100_000, f.VarianceAtCompletionPercent!.Value, 12);
        // TCPI(EAC) = (BAC − EV)/(EAC − AC) = 60 000/(60 000/PF) = PF.
        Assert.Equal(pf, f.ToCompletePerformanceIndex!.Value, 12);
        // Realistic when |TCPI(EAC) − CPI| ≤ 0.10, i.e. |PF − 0.64| ≤ 0.10.
        Assert.Equal(Math.Abs(pf - 0.64) <= 0.10, f.IsRealistic);
    }

    [Fact]
    public void EAC_realism_flags_of_the_example()
    {
        EarnedValueAnalysis a = Analyze();
        Assert.True(a.Eac(EacMethod.Cpi)!.IsRealistic);             // TCPI(EAC) = CPI exactly
        Assert.True(a.Eac(EacMethod.WeightedCpiSpi)!.IsRealistic);  // |0.672 − 0.64| = 0.032
        Assert.False(a.Eac(EacMethod.Spi)!.IsRealistic);            // |0.8 − 0.64| = 0.16
        Assert.False(a.Eac(EacMethod.BudgetRate)!.IsRealistic);     // |1 − 0.64| = 0.36
        // A wider threshold 0.2 makes the SPI forecast realistic.
        Assert.True(Analyze(new EarnedValueOptions { EacRealismThreshold = 0.2 }).Eac(EacMethod.Spi)!.IsRealistic);
    }

    [Fact]
    public void Composite_weight_is_an_option()
    {
        // w = 0.5: PF = 0.5·0.64 + 0.5·0.8 = 0.72; EAC = 62 500 + 60 000/0.72 = 145 833.33…
        EacForecast f = Analyze(new EarnedValueOptions { CompositeCpiWeight = 0.5 }).Eac(EacMethod.WeightedCpiSpi)!;
        Assert.Equal(0.72, f.PerformanceFactor!.Value, 15);
        Assert.Equal(62_500 + (60_000 / 0.72), f.EstimateAtCompletion!.Value, 8);
    }

    [Fact]
    public void EAC_range_spans_the_performance_factor_forecasts_only()
    {
        // Defined PF forecasts: 122 500 (PF=1) … 179 687.5 (CSI). Moving CPI is undefined (no history).
        // The bottom-up EAC (ETC 50 000 → 112 500) is NOT part of the range.
        EarnedValueAnalysis a = Analyze(new EarnedValueOptions { BottomUpEstimateToComplete = 50_000 });
        Assert.Equal(122_500, a.EacRangeLow);
        Assert.Equal(179_687.5, a.EacRangeHigh!.Value, 8);
        Assert.Null(a.Eac(EacMethod.MovingCpi)!.EstimateAtCompletion);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "EAC(MovingCpi)"));
        Assert.Equal(9, a.EacForecasts.Length);
    }

    [Fact]
    public void Bottom_up_EAC_is_AC_plus_the_given_ETC()
    {
        // EAC = 62 500 + 50 000 = 112 500; VAC = −12 500; TCPI(EAC) = 60 000/50 000 = 1.2; |1.2 − 0.64| > 0.1.
        EarnedValueAnalysis a = Analyze(new EarnedValueOptions { BottomUpEstimateToComplete = 50_000, PrimaryEacMethod = EacMethod.BottomUp });
        EacForecast f = a.Eac(EacMethod.BottomUp)!;
        Assert.Null(f.PerformanceFactor);
        Assert.Equal(112_500, f.EstimateAtCompletion);
        Assert.Equal(50_000, f.EstimateToComplete);
        Assert.Equal(-12_500, f.VarianceAtCompletion);
        Assert.Equal(1.2, f.ToCompletePerformanceIndex!.Value, 15);
        Assert.False(f.IsRealistic);
        Assert.Same(f, a.PrimaryEac);
    }

    [Fact]
    public void Without_a_bottom_up_ETC_there_is_no_bottom_up_forecast_and_the_primary_falls_back_to_CPI()
    {
        EarnedValueAnalysis a = Analyze(new EarnedValueOptions { PrimaryEacMethod = EacMethod.BottomUp });
        Assert.Null(a.Eac(EacMethod.BottomUp));
        Assert.Equal(8, a.EacForecasts.Length);
        Assert.Equal(EacMethod.Cpi, a.PrimaryEac.Method);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Warning, "EAC"));
        Assert.Equal(EacMethod.Cpi, Analyze().PrimaryEac.Method); // the default
    }

    [Theory]
    // ES method (Lipke 2003): AT + (PD − ES)/PF = 4 + 4.5/PF.
    [InlineData(DurationForecastMethod.EarnedSchedule, 1.0, 8.5)]                         // 4 + 4.5
    [InlineData(DurationForecastMethod.EarnedScheduleSpiT, 0.875, 9.1428571428571423)]    // 4 + 4.5/0.875 = PD/SPI(t) = 8/0.875
    [InlineData(DurationForecastMethod.EarnedScheduleSciT, 0.56, 12.035714285714286)]     // 4 + 4.5/0.56
    // PV method (Anbari 2003): PD − SV/(BAC/PD) = 8 − (−10 000/12 500) = 8.8; PD/SPI = 10; PD/SCI = 8/0.512 = 15.625.
    [InlineData(DurationForecastMethod.PlannedValue, 1.0, 8.8)]
    [InlineData(DurationForecastMethod.PlannedValueSpi, 0.8, 10.0)]
    [InlineData(DurationForecastMethod.PlannedValueSci, 0.512, 15.625)]
    // ED method (Jacob 2003): ED = AT·SPI = 3.2; AT + (max(PD, AT) − ED)/PF = 4 + 4.8/PF.
    [InlineData(DurationForecastMethod.EarnedDuration, 1.0, 8.8)]
    [InlineData(DurationForecastMethod.EarnedDurationSpi, 0.8, 10.0)]
    [InlineData(DurationForecastMethod.EarnedDurationSci, 0.512, 13.375)]                 // 4 + 4.8/0.512 = 4 + 9.375
    public void Every_duration_forecast_method(DurationForecastMethod method, double pf, double duration)
    {
        DurationForecast f = Analyze().Duration(method);
        Assert.Equal(method, f.Method);
        Assert.Equal(pf, f.PerformanceFactor!.Value, 14);
        Assert.Equal(duration, f.Duration!.Value, 12);
        Assert.Equal(8 - duration, f.VarianceAtCompletion!.Value, 12);
        Assert.NotNull(f.FinishDate);
    }

    [Fact]
    public void Duration_forecast_dates()
    {
        EarnedValueAnalysis a = Analyze();
        // 8.5: half of September (30 days, the first month after the August finish) → 15 September 2025.
        Assert.Equal(new NodaTime.LocalDate(2025, 9, 15), a.Duration(DurationForecastMethod.EarnedSchedule).FinishDate);
        // 10.0: end of the second extension month → 31 October 2025.
        Assert.Equal(new NodaTime.LocalDate(2025, 10, 31), a.Duration(DurationForecastMethod.PlannedValueSpi).FinishDate);
        // Headline = EarnedScheduleSpiT by default.
        Assert.Equal(DurationForecastMethod.EarnedScheduleSpiT, a.Schedule.PrimaryForecast.Method);
        Assert.Equal(9, a.Schedule.Forecasts.Length);
        Assert.Equal(DurationForecastMethod.PlannedValue,
            Analyze(new EarnedValueOptions { PrimaryDurationMethod = DurationForecastMethod.PlannedValue }).Schedule.PrimaryForecast.Method);
    }

    [Fact]
    public void Duration_of_an_unknown_method_throws()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Analyze().Duration((DurationForecastMethod)99));
        Assert.Equal("method", e.ParamName);
    }

    [Fact]
    public void Very_long_forecasts_on_monthly_periods_do_not_throw()
    {
        TimePhasedBaseline b = Ev.Linear10();
        EarnedValueAnalysis a = Ev.Analyze(b, 10, 10.1, 10.1);
        DurationForecast f = a.Duration(DurationForecastMethod.EarnedScheduleSpiT);
        Assert.Equal(10 / (0.00101 / 10), f.Duration!.Value, 3);
        Assert.Null(f.FinishDate);
    }
    [Fact]
    public void Poor_cost_performance_on_monthly_periods_does_not_throw()
    {
        TimePhasedBaseline b = Ev.Monthly(303.08, 271.32, 786.82, 912.35, 719.8, 846.81, 169.2, 850.68, 124.13);
        EarnedValueAnalysis a = Ev.Analyze(b, 7, 43.6615044, 5108.1966472);
        Assert.NotNull(a.Duration(DurationForecastMethod.PlannedValueSci).Duration);
    }
}
