using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>
/// Layer 2 hand-checked specification tests: every edge case with one specified behaviour (design principle 4:
/// an undefined metric is null with a diagnostic naming it). Expected values are derived by hand in the comments.
/// </summary>
/// <remarks>
/// Unless stated otherwise the baseline is <see cref="Ev.Linear10"/>: BAC = 100 000, PD = 10 months (January–October
/// 2025), PV(t) = 10 000·t; a status date at the end of month k gives AT = k.
/// </remarks>
public class EdgeCaseSpecificationTests
{
    private static readonly TimePhasedBaseline Linear = Ev.Linear10();

    [Fact]
    public void AC_zero_makes_CPI_and_its_forecasts_undefined_but_CV_and_TCPI_defined()
    {
        // AT = 4, PV = 40 000, EV = 30 000, AC = 0.
        // CPI = EV/AC: undefined. CV = EV − AC = 30 000. TCPI(BAC) = (100 000 − 30 000)/(100 000 − 0) = 0.7.
        // EAC(PF=1) = AC + BAC − EV = 70 000. SPI = 0.75: EAC(SPI) = 0 + 70 000/0.75 = 93 333.33…
        EarnedValueAnalysis a = Ev.Analyze(Linear, 4, 30_000, 0);

        Assert.Null(a.CostPerformanceIndex);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "CPI"));
        Assert.Equal(30_000, a.CostVariance);
        Assert.Equal(1.0, a.CostVariancePercent); // CV/EV = 30 000/30 000
        Assert.Equal(0.7, a.ToCompletePerformanceIndexToBac!.Value, 15);
        Assert.Null(a.CostScheduleIndex);

        EacForecast cpi = a.Eac(EacMethod.Cpi)!;
        Assert.Null(cpi.EstimateAtCompletion);
        Assert.Null(cpi.PerformanceFactor);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "EAC(Cpi)"));
        Assert.Null(a.Eac(EacMethod.CpiTimesSpi)!.EstimateAtCompletion);
        Assert.Null(a.Eac(EacMethod.CpiTimesSpiT)!.EstimateAtCompletion);
        Assert.Null(a.Eac(EacMethod.WeightedCpiSpi)!.EstimateAtCompletion);
        Assert.Equal(70_000, a.Eac(EacMethod.BudgetRate)!.EstimateAtCompletion);
        Assert.Equal(93_333.333333333333, a.Eac(EacMethod.Spi)!.EstimateAtCompletion!.Value, 9);
        Assert.Null(a.Eac(EacMethod.BudgetRate)!.IsRealistic); // realism compares with CPI, undefined here
        Assert.Null(a.Duration(DurationForecastMethod.EarnedScheduleSciT).Duration);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "EAC(t)(EarnedScheduleSciT)"));
    }

    [Fact]
    public void PV_zero_makes_SPI_and_SV_percent_undefined()
    {
        // Baseline: nothing planned in January, 50 000 in February and March (curve [0, 0, 50 000, 100 000]).
        // Status end of January: AT = 1, PV = 0. EV = 5 000, AC = 4 000.
        // SPI = EV/PV and SV% = SV/PV undefined; SV = 5 000; CPI = 1.25.
        // ES: C = 1 (PV(1) = 0 ≤ 5 000 < PV(2)), I = 5 000/50 000 = 0.1, ES = 1.1; SPI(t) = 1.1/1 = 1.1.
        TimePhasedBaseline b = Ev.Monthly(0, 50_000, 50_000);
        EarnedValueAnalysis a = Ev.Analyze(b, 1, 5_000, 4_000);

        Assert.Equal(0, a.PlannedValue);
        Assert.Null(a.SchedulePerformanceIndex);
        Assert.Null(a.ScheduleVariancePercent);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "SPI"));
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "SV%"));
        Assert.Equal(5_000, a.ScheduleVariance);
        Assert.Equal(1.25, a.CostPerformanceIndex);
        Assert.Null(a.CostScheduleIndex);
        Assert.Null(a.Eac(EacMethod.Spi)!.EstimateAtCompletion);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "EAC(Spi)"));
        Assert.Equal(1.1, a.Schedule.EarnedSchedule, 12);
        Assert.Equal(1.1, a.Schedule.SchedulePerformanceIndex!.Value, 12);
        // ED = AT·SPI is undefined, so every earned-duration forecast is undefined.
        Assert.Null(a.Duration(DurationForecastMethod.EarnedDuration).Duration);
        Assert.Null(a.Duration(DurationForecastMethod.PlannedValueSpi).Duration);
    }

    [Fact]
    public void EV_zero_gives_zero_indices_undefined_CV_percent_and_zero_factor_forecasts_undefined()
    {
        // AT = 4, PV = 40 000, EV = 0, AC = 5 000.
        // CPI = 0, SPI = 0, ES = 0 (C = 0, I = 0), SPI(t) = 0/4 = 0, SV(t) = −4. CV% = CV/EV undefined.
        // TCPI(BAC) = 100 000/95 000. EAC(PF=1) = 5 000 + 100 000 = 105 000.
        // PF = 0 forecasts (CPI, SPI, SPI(t), …) never finish: EAC undefined, PF reported as 0.
        // Duration: ES PF=1: AT + (PD − ES) = 4 + 10 = 14; PV method: PD − SV/(BAC/PD) = 10 − (−40 000/10 000) = 14;
        // ED = AT·SPI = 0, ED PF=1: AT + (max(PD, AT) − ED) = 4 + 10 = 14.
        EarnedValueAnalysis a = Ev.Analyze(Linear, 4, 0, 5_000);

        Assert.Equal(0, a.CostPerformanceIndex);
        Assert.Equal(0, a.SchedulePerformanceIndex);
        Assert.Null(a.CostVariancePercent);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "CV%"));
        Assert.Equal(0, a.Schedule.EarnedSchedule);
        Assert.Equal(0, a.Schedule.SchedulePerformanceIndex);
        Assert.Equal(-4, a.Schedule.ScheduleVariance);
        Assert.Equal(100_000.0 / 95_000.0, a.ToCompletePerformanceIndexToBac!.Value, 15);
        Assert.Equal(105_000, a.Eac(EacMethod.BudgetRate)!.EstimateAtCompletion);

        EacForecast cpi = a.Eac(EacMethod.Cpi)!;
        Assert.Null(cpi.EstimateAtCompletion);
        Assert.Equal(0, cpi.PerformanceFactor);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "EAC(Cpi)"));
        Assert.Null(a.Eac(EacMethod.SpiT)!.EstimateAtCompletion);

        Assert.Equal(14, a.Duration(DurationForecastMethod.EarnedSchedule).Duration);
        Assert.Equal(14, a.Duration(DurationForecastMethod.PlannedValue).Duration);
        Assert.Equal(14, a.Duration(DurationForecastMethod.EarnedDuration).Duration);
        Assert.Null(a.Duration(DurationForecastMethod.EarnedScheduleSpiT).Duration);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "EAC(t)(EarnedScheduleSpiT)"));
    }

    [Fact]
    public void Status_date_before_start_clamps_AT_to_zero_and_SPI_t_is_undefined()
    {
        // Status 15 December 2024, before the start (1 January 2025): AT = 0 (Information diagnostic "AT"), PV = 0.
        // EV = 0, AC = 1 000 (pre-start cost). SPI(t) = ES/AT undefined; SPI undefined (PV = 0); ES = 0, SV(t) = 0.
        // TSPI = (PD − ES)/(PD − AT) = 10/10 = 1. ES PF=1 forecast: AT + (PD − ES) = 10.
        var status = new ProjectStatus(new LocalDate(2024, 12, 15), 0, 1_000);
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(Linear, status);

        Assert.Equal(0, a.Schedule.ActualTime);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Information, "AT"));
        Assert.Equal(0, a.PlannedValue);
        Assert.Null(a.Schedule.SchedulePerformanceIndex);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "SPI(t)"));
        Assert.Null(a.SchedulePerformanceIndex);
        Assert.Equal(0, a.Schedule.EarnedSchedule);
        Assert.Equal(0, a.Schedule.ScheduleVariance);
        Assert.Equal(1, a.Schedule.ToCompleteSchedulePerformanceIndex);
        Assert.Equal(10, a.Duration(DurationForecastMethod.EarnedSchedule).Duration);
        Assert.Null(a.Eac(EacMethod.SpiT)!.EstimateAtCompletion);
    }

    [Fact]
    public void Status_on_the_day_before_start_is_AT_zero_without_the_clamp_note()
    {
        // 31 December 2024 ends at time 0 exactly (TimeAt = 0): AT = 0, SPI(t) undefined, no "AT" clamp note.
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(Linear, new ProjectStatus(new LocalDate(2024, 12, 31), 0, 0));
        Assert.Equal(0, a.Schedule.ActualTime);
        Assert.False(Ev.HasDiagnostic(a, DiagnosticKind.Information, "AT"));
        Assert.Null(a.Schedule.SchedulePerformanceIndex);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "SPI(t)"));
        Assert.Null(a.CostPerformanceIndex);
    }

    [Theory]
    [InlineData(100_000)] // AC = BAC
    [InlineData(120_000)] // AC > BAC
    public void AC_at_or_above_BAC_makes_TCPI_to_BAC_undefined(double ac)
    {
        // AT = 8, EV = 70 000: work remains (30 000) but BAC − AC ≤ 0: TCPI(BAC) undefined, warning on AC.
        // With MR = 30 000, TAB = 130 000: TCPI(TAB) = (BAC − EV)/(TAB − AC) = 30 000/(130 000 − AC).
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(Linear, new ProjectStatus(Linear.PeriodEnd(8), 70_000, ac), new BudgetStructure(30_000));

        Assert.Null(a.ToCompletePerformanceIndexToBac);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "TCPI(BAC)"));
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Warning, "AC"));
        Assert.Equal(130_000, a.TotalAllocatedBudget);
        Assert.Equal(30_000 / (130_000 - ac), a.ToCompletePerformanceIndexToTab!.Value, 15);
    }

    [Fact]
    public void AC_at_TAB_makes_TCPI_to_TAB_undefined()
    {
        // MR = 10 000, OTB 5 000: CBB = 110 000, TAB = 115 000. AC = 115 000 = TAB: TCPI(TAB) undefined.
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(Linear, new ProjectStatus(Linear.PeriodEnd(8), 70_000, 115_000), new BudgetStructure(10_000, 5_000));
        Assert.Equal(10_000, a.ManagementReserve);
        Assert.Equal(110_000, a.ContractBudgetBase);
        Assert.Equal(115_000, a.TotalAllocatedBudget);
        Assert.Null(a.ToCompletePerformanceIndexToTab);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "TCPI(TAB)"));
    }

    [Fact]
    public void TCPI_to_TAB_uses_the_total_allocated_budget()
    {
        // AT = 5, EV = 40 000, AC = 50 000, MR = 10 000, OTB = 5 000: TAB = 115 000.
        // TCPI(BAC) = 60 000/50 000 = 1.2; TCPI(TAB) = 60 000/65 000.
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(Linear, new ProjectStatus(Linear.PeriodEnd(5), 40_000, 50_000), new BudgetStructure(10_000, 5_000));
        Assert.Equal(1.2, a.ToCompletePerformanceIndexToBac!.Value, 15);
        Assert.Equal(60_000.0 / 65_000.0, a.ToCompletePerformanceIndexToTab!.Value, 15);
    }

    [Theory]
    [InlineData(10)] // AT = PD
    [InlineData(12)] // AT > PD
    public void AT_at_or_after_PD_makes_TSPI_to_PD_undefined_and_PV_equals_BAC(int atPeriod)
    {
        // EV = 90 000 (ES = 9 < PD), AC = 95 000. PV(AT ≥ PD) = BAC = 100 000; TSPI = (PD − ES)/(PD − AT) undefined.
        // SPI(t) = 9/AT.
        EarnedValueAnalysis a = Ev.Analyze(Linear, atPeriod, 90_000, 95_000);

        Assert.Equal(atPeriod, a.Schedule.ActualTime);
        Assert.Equal(100_000, a.PlannedValue);
        Assert.Equal(1.0, a.PercentScheduled);
        Assert.Null(a.Schedule.ToCompleteSchedulePerformanceIndex);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "TSPI"));
        Assert.Equal(9, a.Schedule.EarnedSchedule, 12);
        Assert.Equal(9.0 / atPeriod, a.Schedule.SchedulePerformanceIndex!.Value, 12);
    }

    [Fact]
    public void Earned_duration_after_PD_uses_max_of_PD_and_AT()
    {
        // AT = 12 > PD = 10, EV = 90 000, AC = 95 000: SPI = 0.9, ED = AT·SPI = 10.8, max(PD, AT) = 12.
        // ED PF=1: 12 + (12 − 10.8) = 13.2; ED PF=SPI: 12 + 1.2/0.9 = 13.333…
        EarnedValueAnalysis a = Ev.Analyze(Linear, 12, 90_000, 95_000);
        Assert.Equal(13.2, a.Duration(DurationForecastMethod.EarnedDuration).Duration!.Value, 12);
        Assert.Equal(12 + (1.2 / 0.9), a.Duration(DurationForecastMethod.EarnedDurationSpi).Duration!.Value, 12);
    }

    [Fact]
    public void EV_equal_BAC_finished_late_gives_ES_equal_PD_and_SPI_t_below_one()
    {
        // Finished at AT = 12 (two months late): EV = BAC = 100 000, AC = 110 000.
        // ES = PD = 10 (C = 10, I = 0), SPI(t) = PD/AT = 10/12 (NOT 1), SV(t) = −2, while SPI = EV/PV = 1.
        // IEAC(t) = PD/SPI(t) = AT = 12. No work remains: TCPI(BAC) undefined; TSPI undefined.
        EarnedValueAnalysis a = Ev.Analyze(Linear, 12, 100_000, 110_000);

        Assert.Equal(10, a.Schedule.EarnedSchedule);
        Assert.Equal(10, a.Schedule.CompletedPeriods);
        Assert.Equal(0, a.Schedule.Interpolation);
        Assert.Null(a.Schedule.PlannedValueAtNext);
        Assert.Equal(100_000, a.Schedule.PlannedValueAtCompleted);
        Assert.Equal(10.0 / 12.0, a.Schedule.SchedulePerformanceIndex!.Value, 15);
        Assert.Equal(-2, a.Schedule.ScheduleVariance);
        Assert.Equal(1.0, a.SchedulePerformanceIndex);
        Assert.Equal(12, a.Duration(DurationForecastMethod.EarnedScheduleSpiT).Duration!.Value, 12);
        Assert.Null(a.ToCompletePerformanceIndexToBac);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Undefined, "TCPI(BAC)"));
        Assert.Null(a.Schedule.ToCompleteSchedulePerformanceIndex);
        Assert.Equal(Linear.PlannedFinish, a.Schedule.EarnedScheduleDate);
    }

    [Fact]
    public void EV_above_BAC_caps_ES_at_PD_with_a_warning()
    {
        // AT = 6, EV = 105 000 > BAC, AC = 90 000: ES = PD = 10, warning on EV, BCWR = −5 000, % complete = 1.05.
        // EAC(CPI) = AC + (BAC − EV)/CPI = 90 000 − 5 000·90 000/105 000 = BAC/CPI = 100 000·90 000/105 000.
        EarnedValueAnalysis a = Ev.Analyze(Linear, 6, 105_000, 90_000);

        Assert.Equal(10, a.Schedule.EarnedSchedule);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Warning, "EV"));
        Assert.Equal(-5_000, a.BudgetedCostOfWorkRemaining);
        Assert.Equal(1.05, a.PercentComplete, 15);
        Assert.Null(a.ToCompletePerformanceIndexToBac);
        Assert.Equal(100_000.0 * 90_000 / 105_000, a.Eac(EacMethod.Cpi)!.EstimateAtCompletion!.Value, 8);
        Assert.Null(a.Eac(EacMethod.Cpi)!.ToCompletePerformanceIndex); // no work remains
    }

    [Fact]
    public void Flat_PV_segment_at_EV_takes_the_latest_period()
    {
        // Monthly PV 10, 10, 0, 0, 10: curve [0, 10, 20, 20, 20, 30]. EV = 20 = PV(2) = PV(3) = PV(4):
        // C = 4 (latest), I = 0, ES = 4, with an Information note on ES. AT = 5: SPI(t) = 0.8.
        TimePhasedBaseline b = Ev.Monthly(10, 10, 0, 0, 10);
        EarnedValueAnalysis a = Ev.Analyze(b, 5, 20, 25);

        Assert.Equal(4, a.Schedule.CompletedPeriods);
        Assert.Equal(4, a.Schedule.EarnedSchedule);
        Assert.Equal(0, a.Schedule.Interpolation);
        Assert.Equal(20, a.Schedule.PlannedValueAtCompleted);
        Assert.Equal(30, a.Schedule.PlannedValueAtNext);
        Assert.True(Ev.HasDiagnostic(a, DiagnosticKind.Information, "ES"));
        Assert.Equal(0.8, a.Schedule.SchedulePerformanceIndex!.Value, 15);
        Assert.Equal(4, EarnedSchedule.Compute(b.CumulativeCurve, 20));
        Assert.Equal(4, EarnedSchedule.NaiveKernel([0, 10, 20, 20, 20, 30], 20));
        Assert.Equal(4, EarnedSchedule.CompletedPeriods(b.CumulativeCurve, 20));
    }

    [Fact]
    public void EV_below_a_flat_segment_interpolates_normally_without_the_flat_note()
    {
        // Same curve, EV = 15: C = 1, I = (15 − 10)/(20 − 10) = 0.5, ES = 1.5; no flat note.
        TimePhasedBaseline b = Ev.Monthly(10, 10, 0, 0, 10);
        EarnedValueAnalysis a = Ev.Analyze(b, 5, 15, 25);
        Assert.Equal(1.5, a.Schedule.EarnedSchedule);
        Assert.Equal(0.5, a.Schedule.Interpolation);
        Assert.False(Ev.HasDiagnostic(a, DiagnosticKind.Information, "ES"));
    }

    [Fact]
    public void EV_above_a_flat_segment_has_no_flat_note()
    {
        // EV = 25: C = 4 (PV(4) = 20 ≤ 25 < 30), I = 5/10 = 0.5, ES = 4.5. PV is not flat AT EV, so no note.
        TimePhasedBaseline b = Ev.Monthly(10, 10, 0, 0, 10);
        EarnedValueAnalysis a = Ev.Analyze(b, 5, 25, 25);
        Assert.Equal(4.5, a.Schedule.EarnedSchedule);
        Assert.False(Ev.HasDiagnostic(a, DiagnosticKind.Information, "ES"));
    }

    [Fact]
    public void Every_undefined_metric_is_named_by_exactly_one_kind_of_undefined_diagnostic()
    {
        // Design principle 4: null metrics carry a reason. AC = 0 and status before start: CPI, SPI, SV%, SPI(t), CV%.
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(Linear, new ProjectStatus(new LocalDate(2024, 12, 1), 0, 0));
        foreach (string metric in new[] { "CPI", "SPI", "SV%", "CV%", "SPI(t)" })
        {
            Assert.Single(a.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == metric);
        }
    }
}
