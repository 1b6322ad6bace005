using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>
/// Issue 9 §6: tests written against mutants of <see cref="EarnedValueAnalyzer"/> that survived the EarnedValue Stryker
/// run (74.9 %): the reasons given when a forecast is undefined, the overflow guards of the EAC family, boundaries of
/// TCPI, TSPI and the CPI-stability test, and the warning for a duration forecast that ends before AT. Every number is
/// worked by hand from the linear baseline (BAC 100,000 over 10 months, 10,000 a month) unless stated.
/// </summary>
public sealed class AnalyzerMutationTests
{
    private static string Message(EarnedValueAnalysis a, string metric) =>
        Assert.Single(a.Diagnostics, d => d.Metric == metric).Message;

    private static EacForecast Eac(EarnedValueAnalysis a, EacMethod m) => a.EacForecasts.Single(e => e.Method == m);

    private static DurationForecast Duration(EarnedValueAnalysis a, DurationForecastMethod m) => a.Schedule.Forecasts.Single(f => f.Method == m);

    [Fact]
    public void Each_undefined_eac_states_why_when_no_cost_has_been_incurred()
    {
        // AT 5, EV 40,000, AC 0: CPI = EV / AC is undefined, so every EAC whose factor contains CPI is too; no history.
        EarnedValueAnalysis a = Ev.Analyze(Ev.Linear10(), 5, 40_000, 0);
        Assert.Equal("EAC with PF = Cpi is undefined: CPI undefined (AC = 0).", Message(a, "EAC(Cpi)"));
        Assert.Equal("EAC with PF = CpiTimesSpi is undefined: CPI or SPI undefined.", Message(a, "EAC(CpiTimesSpi)"));
        Assert.Equal("EAC with PF = CpiTimesSpiT is undefined: CPI or SPI(t) undefined.", Message(a, "EAC(CpiTimesSpiT)"));
        Assert.Equal("EAC with PF = WeightedCpiSpi is undefined: CPI or SPI undefined.", Message(a, "EAC(WeightedCpiSpi)"));
        Assert.Equal("EAC with PF = MovingCpi is undefined: no status history.", Message(a, "EAC(MovingCpi)"));
        Assert.Null(Eac(a, EacMethod.Cpi).PerformanceFactor);
    }

    [Fact]
    public void Each_undefined_eac_states_why_before_the_baseline_starts()
    {
        // Status the day before the baseline starts: AT = 0, PV = 0, so SPI = EV / PV and SPI(t) = ES / AT are undefined.
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(Ev.Linear10(), new ProjectStatus(Ev.Start.PlusDays(-1), 0, 0));
        Assert.Equal("EAC with PF = Spi is undefined: SPI undefined (PV = 0).", Message(a, "EAC(Spi)"));
        Assert.Equal("EAC with PF = SpiT is undefined: SPI(t) undefined (AT = 0).", Message(a, "EAC(SpiT)"));
        Assert.Equal("The EarnedScheduleSpiT duration forecast is undefined: its performance factor is undefined.", Message(a, "EAC(t)(EarnedScheduleSpiT)"));
    }

    [Fact]
    public void A_zero_performance_factor_is_reported_as_such_for_cost_and_duration()
    {
        // AT 5, EV 0, AC 10,000: CPI = 0 and SPI = 0 / 50,000 = 0; ES = 0 so SPI(t) = 0 / 5 = 0.
        EarnedValueAnalysis a = Ev.Analyze(Ev.Linear10(), 5, 0, 10_000);
        Assert.Equal("EAC with PF = Cpi is undefined: the performance factor is 0, so the remaining work would never be finished.", Message(a, "EAC(Cpi)"));
        Assert.Equal(0, Eac(a, EacMethod.Cpi).PerformanceFactor);
        Assert.Equal("The PlannedValueSpi duration forecast is undefined: its performance factor is 0.", Message(a, "EAC(t)(PlannedValueSpi)"));
        Assert.Equal("The EarnedScheduleSpiT duration forecast is undefined: its performance factor is 0.", Message(a, "EAC(t)(EarnedScheduleSpiT)"));
        DurationForecast pvSpi = Duration(a, DurationForecastMethod.PlannedValueSpi);
        Assert.Equal(0, pvSpi.PerformanceFactor);
        Assert.Null(pvSpi.Duration);
    }

    [Fact]
    public void A_composite_weight_of_zero_uses_spi_alone_even_when_cpi_is_undefined()
    {
        // w = 0: PF = SPI = 40,000 / 50,000 = 0.8 although CPI (AC = 0) is undefined; EAC = 0 + 60,000 / 0.8 = 75,000.
        EarnedValueAnalysis a = Ev.Analyze(Ev.Linear10(), 5, 40_000, 0, new EarnedValueOptions { CompositeCpiWeight = 0 });
        EacForecast w = Eac(a, EacMethod.WeightedCpiSpi);
        Assert.Equal(0.8, w.PerformanceFactor);
        Assert.Equal(75_000, w.EstimateAtCompletion!.Value, 9);
    }

    [Fact]
    public void An_eac_that_overflows_is_undefined_number_by_number()
    {
        // EV 1e-300, AC 1e10: CPI = 1e-310 (a finite, non-zero subnormal), EAC = 1e10 + (100,000 − 1e-300) / 1e-310 ≈ 1e315,
        // beyond the double range: EAC, ETC, VAC and VAC% are each undefined, with one note; the factor itself is kept.
        EarnedValueAnalysis a = Ev.Analyze(Ev.Linear10(), 5, 1e-300, 1e10);
        EacForecast cpi = Eac(a, EacMethod.Cpi);
        Assert.Equal(1e-300 / 1e10, cpi.PerformanceFactor);
        Assert.Null(cpi.EstimateAtCompletion);
        Assert.Null(cpi.EstimateToComplete);
        Assert.Null(cpi.VarianceAtCompletion);
        Assert.Null(cpi.VarianceAtCompletionPercent);
        Assert.Equal("EAC with PF = Cpi overflows the double range for these inputs: the numbers that overflow are undefined.", Message(a, "EAC(Cpi)"));

        // The budget-rate EAC of the same status is ordinary: AC + (BAC − EV) = 1e10 + 100,000.
        EacForecast budget = Eac(a, EacMethod.BudgetRate);
        Assert.Equal(1e10 + 100_000, budget.EstimateAtCompletion!.Value, 0);
        Assert.Equal(100_000 - (1e10 + 100_000), budget.VarianceAtCompletion!.Value, 0);
        Assert.Equal((100_000 - (1e10 + 100_000)) / 100_000, budget.VarianceAtCompletionPercent!.Value, 9);
    }

    [Fact]
    public void Percent_complete_or_spent_that_overflows_is_a_typed_error_naming_the_formula()
    {
        TimePhasedBaseline tiny = Ev.Monthly(1e-300, 1e-300);
        var complete = Assert.Throws<ArgumentOutOfRangeException>(() => Ev.Analyze(tiny, 1, 1e10, 0));
        Assert.Equal("status", complete.ParamName);
        Assert.StartsWith("PercentComplete = EV / BAC overflows the double range", complete.Message, StringComparison.Ordinal);
        var spent = Assert.Throws<ArgumentOutOfRangeException>(() => Ev.Analyze(tiny, 1, 0, 1e10));
        Assert.Equal("status", spent.ParamName);
        Assert.StartsWith("PercentSpent = AC / BAC overflows the double range", spent.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tcpi_is_undefined_with_its_own_name_once_ac_reaches_the_target()
    {
        // AC = BAC = TAB = 100,000 exactly with EV 40,000: no funds remain for the remaining 60,000 of work.
        EarnedValueAnalysis a = Ev.Analyze(Ev.Linear10(), 5, 40_000, 100_000);
        Assert.Null(a.ToCompletePerformanceIndexToBac);
        Assert.Null(a.ToCompletePerformanceIndexToTab);
        Assert.Equal("TCPI(BAC) is undefined: AC has reached BAC, so no funds remain for the remaining work.", Message(a, "TCPI(BAC)"));
        Assert.Equal("TCPI(TAB) is undefined: AC has reached TAB, so no funds remain for the remaining work.", Message(a, "TCPI(TAB)"));
    }

    [Fact]
    public void Tspi_says_which_of_its_two_conditions_failed()
    {
        // EV = BAC at AT 5: ES = PD = 10, TSPI = (PD − ES) / (PD − AT) would be 0 / 5; it is undefined (all earned).
        EarnedValueAnalysis earned = Ev.Analyze(Ev.Linear10(), 5, 100_000, 90_000);
        Assert.Null(earned.Schedule.ToCompleteSchedulePerformanceIndex);
        Assert.Equal("TSPI is undefined: the whole planned schedule is earned (ES = PD).", Message(earned, "TSPI"));

        // AT = PD = 10 with EV 50,000 (ES 5): the planned duration has elapsed.
        EarnedValueAnalysis late = Ev.Analyze(Ev.Linear10(), 10, 50_000, 50_000);
        Assert.Null(late.Schedule.ToCompleteSchedulePerformanceIndex);
        Assert.Equal("TSPI to PD is undefined: the planned duration has elapsed (AT ≥ PD); use TSPI to the estimated duration.", Message(late, "TSPI"));

        // In between: AT 5, EV 40,000 → ES 4, TSPI = (10 − 4) / (10 − 5) = 1.2.
        Ev.Near(1.2, Ev.Analyze(Ev.Linear10(), 5, 40_000, 40_000).Schedule.ToCompleteSchedulePerformanceIndex, 1e-12, "TSPI");
    }

    [Fact]
    public void A_duration_forecast_ending_before_at_is_flagged_while_work_remains()
    {
        // Back-loaded baseline 1, 1, …, 1, 91 (BAC 100, PD 10). AT 8: PV 8; EV 20 → SPI 2.5.
        // PV/SPI: PD / SPI = 10 / 2.5 = 4 < AT 8 with EV < BAC → warning. ES = 9 + (20 − 9) / 91 ≈ 9.12, so the ES
        // forecast AT + (PD − ES) = 8.88 is after AT: no warning for it.
        TimePhasedBaseline back = Ev.Monthly(1, 1, 1, 1, 1, 1, 1, 1, 1, 91);
        EarnedValueAnalysis a = Ev.Analyze(back, 8, 20, 20);
        Ev.Near(4, Duration(a, DurationForecastMethod.PlannedValueSpi).Duration, 1e-12, "PD / SPI");
        Assert.Contains(a.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Metric == "EAC(t)(PlannedValueSpi)" && d.Message.Contains("(4 periods) ends before the status time AT (8)", StringComparison.Ordinal));
        Assert.DoesNotContain(a.Diagnostics, d => d.Metric == "EAC(t)(EarnedSchedule)");

        // The same forecast once all work is earned (EV = BAC = 100 at AT 8, SPI 12.5, PD / SPI = 0.8) is not flagged.
        EarnedValueAnalysis done = Ev.Analyze(back, 8, 100, 100);
        Assert.DoesNotContain(done.Diagnostics, d => d.Metric == "EAC(t)(PlannedValueSpi)");
    }

    [Fact]
    public void The_bottom_up_fallback_warning_appears_only_when_bottom_up_is_asked_for_without_an_etc()
    {
        EarnedValueAnalysis plain = Ev.Analyze(Ev.Linear10(), 5, 40_000, 50_000);
        Assert.DoesNotContain(plain.Diagnostics, d => d.Metric == "EAC");
        EarnedValueAnalysis fallback = Ev.Analyze(Ev.Linear10(), 5, 40_000, 50_000, new EarnedValueOptions { PrimaryEacMethod = EacMethod.BottomUp });
        Assert.Equal(EacMethod.Cpi, fallback.PrimaryEac.Method);
        Assert.Equal(DiagnosticKind.Warning, Assert.Single(fallback.Diagnostics, d => d.Metric == "EAC").Kind);
    }

    [Fact]
    public void Moving_cpi_without_enough_history_says_so()
    {
        // One history point and a window of 3: the moving CPI needs 3 periods.
        TimePhasedBaseline b = Ev.Linear10();
        var status = new ProjectStatus(new StatusPoint(Ev.EndOf(b, 5), 40_000, 50_000), [new StatusPoint(Ev.EndOf(b, 4), 30_000, 35_000)]);
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(b, status, default, new EarnedValueOptions { MovingWindow = 3 });
        Assert.Equal("EAC with PF = MovingCpi is undefined: moving CPI undefined (fewer than 3 periods of history or no cost in them).", Message(a, "EAC(MovingCpi)"));
    }

    [Fact]
    public void Cpi_stability_takes_the_first_costed_status_at_20_percent_and_includes_the_band_edge()
    {
        // Christensen and Heise (1993): once 20 % complete, the cumulative CPI stays within ±band of its value then.
        // History: month 1 EV 20,000 with AC 0 (20 % but no cost: cannot be the reference), month 2 EV 25,000 AC 25,000
        // (the reference, CPI 1); status month 3 EV 37,500 AC 30,000 (CPI 1.25): deviation exactly 0.25 = band → stable.
        TimePhasedBaseline b = Ev.Linear10();
        var status = new ProjectStatus(
            new StatusPoint(Ev.EndOf(b, 3), 37_500, 30_000),
            [new StatusPoint(Ev.EndOf(b, 1), 20_000, 0), new StatusPoint(Ev.EndOf(b, 2), 25_000, 25_000)]);
        CpiStability s = EarnedValueAnalyzer.Analyze(b, status, default, new EarnedValueOptions { CpiStabilityBand = 0.25 }).CpiStability!;
        Assert.Equal(0.25, s.ReferencePercentComplete);
        Assert.Equal(1, s.ReferenceCpi);
        Assert.Equal(0.25, s.MaximumDeviation);
        Assert.True(s.IsStable);
    }

    [Fact]
    public void Cpi_stability_ignores_statuses_before_the_reference()
    {
        // Month 1 EV 10,000 AC 5,000 (10 %, CPI 2) precedes the reference (month 2, 20 %, CPI 1); status month 3 CPI 1.25.
        // Only statuses after the reference count: deviation 0.25, not |2 − 1| = 1.
        TimePhasedBaseline b = Ev.Linear10();
        var status = new ProjectStatus(
            new StatusPoint(Ev.EndOf(b, 3), 30_000, 24_000),
            [new StatusPoint(Ev.EndOf(b, 1), 10_000, 5_000), new StatusPoint(Ev.EndOf(b, 2), 20_000, 20_000)]);
        CpiStability s = EarnedValueAnalyzer.Analyze(b, status).CpiStability!;
        Assert.Equal(0.2, s.ReferencePercentComplete);
        Assert.Equal(0.25, s.MaximumDeviation);
    }
}
