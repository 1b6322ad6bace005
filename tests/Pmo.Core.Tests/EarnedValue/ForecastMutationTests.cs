using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>
/// Behaviour of <see cref="StatisticalForecast"/> that the published-method test does not reach: which periods enter
/// the statistics, the diagnostics, and the undefined cases. Method: Lipke, Zwikael, Henderson and Anbari (2009),
/// "Prediction of project outcome: the application of statistical methods to earned value management and earned
/// schedule performance indexes", IJPM 27(4), 400–407: periodic CPI = ΔEV/ΔAC and SPI(t) = ΔES/ΔAT, log-transformed;
/// σ the sample standard deviation (divisor n − 1); limits exp(ln I_cum ± Z·σ/√n·AF), AF = √((N − n)/(N − 1)),
/// N = max(PD, PD/SPI(t)). Every expected number below is worked by hand from those formulas (a calculator — Python's
/// math/statistics — for the logarithms and the normal quantile), never by running Pmo.Core.
/// </summary>
public class ForecastMutationTests
{
    // BAC 1000 over 10 months (100 a month) from 1 January 2026: PD = 10, cumulative PV at the end of month k = 100 k,
    // so ES = EV / 100 while EV ≤ BAC, and AT at the end of month k is k.
    private static readonly TimePhasedBaseline TenMonths = TimePhasedBaseline.Monthly(new LocalDate(2026, 1, 1), Enumerable.Repeat(100.0, 10));

    private static LocalDate MonthEnd(int month) => new LocalDate(2026, 1, 1).PlusMonths(month).PlusDays(-1);

    private static StatusPoint P(int month, double ev, double ac) => new(MonthEnd(month), ev, ac);

    private static EarnedValueAnalysis Run(TimePhasedBaseline baseline, StatusPoint[] series, double confidence = 0.90) =>
        EarnedValueAnalyzer.Analyze(baseline, new ProjectStatus(series[^1], series[..^1]), default, new EarnedValueOptions { ConfidenceLevel = confidence });

    private static Diagnostic? Find(EarnedValueAnalysis a, DiagnosticKind kind, string metric) =>
        a.Diagnostics.FirstOrDefault(d => d.Kind == kind && d.Metric == metric);

    [Fact]
    public void Unequal_status_intervals_divide_the_schedule_gain_by_the_elapsed_time()
    {
        // Status points at the end of months 1, 3 and 4 (ΔAT = 1, 2, 1). EV 90, 270, 370 → ES 0.9, 2.7, 3.7.
        // Periodic SPI(t) = ΔES/ΔAT = 0.9/1, 1.8/2, 1.0/1 = 0.9, 0.9, 1.0.
        // AC 100, 300, 400 → periodic CPI = 90/100, 180/200, 100/100 = 0.9, 0.9, 1.0 (the same three values).
        // logs a, a, 0 with a = ln 0.9 = −0.1053605156578263: mean 2a/3, deviations a/3, a/3, −2a/3,
        // Σ = 6a²/9, σ = √(Σ/2) = |a|/√3 = 0.0608299220770038.
        // Cumulative indices: CPI = 370/400 = 0.925, SPI(t) = 3.7/4 = 0.925. N = max(10, 10/0.925) = 10.8108108108;
        // n = 3: AF = √(7.8108108/9.8108108) = 0.8922685978; Z(0.95) = 1.6448536270;
        // half = Z·σ/√3·AF = 0.0515441638; limits 0.925·e^(∓half) = 0.8785295762 and 0.9739285087;
        // EAC = 1000/limit: 1026.7694097 (low) and 1138.2656056 (high); IEAC(t) = 10/limit: 10.2676941 and 11.3826561.
        EarnedValueAnalysis a = Run(TenMonths, [P(1, 90, 100), P(3, 270, 300), P(4, 370, 400)]);
        StatisticalForecast s = a.StatisticalForecast!;
        Assert.Equal(3, s.SchedulePeriods);
        Assert.Equal(0, s.ExcludedSchedulePeriods);
        Ev.Near(0.0608299220770038, s.ScheduleLogStandardDeviation, 1e-12, "σ ln SPI(t)");
        Ev.Near(0.8922685978385125, s.ScheduleAdjustmentFactor, 1e-10, "AF");
        Ev.Near(0.878529576157917, s.SpiTLow, 1e-10, "SPI(t) low");
        Ev.Near(0.9739285087497159, s.SpiTHigh, 1e-10, "SPI(t) high");
        Ev.Near(10.267694096805457, s.DurationLow, 1e-8, "IEAC(t) low");
        Ev.Near(11.382656055511653, s.DurationHigh, 1e-8, "IEAC(t) high");
        Ev.Near(0.0608299220770038, s.CostLogStandardDeviation, 1e-12, "σ ln CPI");
        Ev.Near(1026.7694096805458, s.EacLow, 1e-7, "EAC low");
        Ev.Near(1138.2656055511652, s.EacHigh, 1e-7, "EAC high");

        // Nothing was left out and both bounds are defined: no information note, no undefined-bounds diagnostics.
        Assert.Null(Find(a, DiagnosticKind.Information, "Statistical forecast"));
        Assert.Null(Find(a, DiagnosticKind.Undefined, "CPI bounds"));
        Assert.Null(Find(a, DiagnosticKind.Undefined, "SPI(t) bounds"));
    }

    [Fact]
    public void A_period_with_cost_but_no_progress_is_left_out_of_both_statistics_and_counted()
    {
        // EV 100, 100, 200, 300; AC 100, 120, 220, 300. Month 2: ΔEV = 0, ΔAC = 20 → periodic CPI 0 (no logarithm);
        // ΔES = 0 → periodic SPI(t) 0 (no logarithm). Months 1, 3, 4: CPI_p = 1, 1, 100/80 = 1.25; SPI(t)_p = 1, 1, 1.
        EarnedValueAnalysis a = Run(TenMonths, [P(1, 100, 100), P(2, 100, 120), P(3, 200, 220), P(4, 300, 300)]);
        StatisticalForecast s = a.StatisticalForecast!;
        Assert.Equal(3, s.CostPeriods);
        Assert.Equal(1, s.ExcludedCostPeriods);
        Assert.Equal(3, s.SchedulePeriods);
        Assert.Equal(1, s.ExcludedSchedulePeriods);

        // logs 0, 0, ln 1.25 = 0.2231435513: σ = ln 1.25 / √3 = 0.1288319894 (same pattern as above).
        Ev.Near(0.12883198941918808, s.CostLogStandardDeviation, 1e-12, "σ ln CPI");
        Ev.Near(0, s.ScheduleLogStandardDeviation, 1e-15, "σ ln SPI(t)");

        Diagnostic info = Find(a, DiagnosticKind.Information, "Statistical forecast")!;
        Assert.NotNull(info);
        Assert.StartsWith("1 period(s) without a positive, finite periodic CPI and 1 without", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correction_period_is_left_out_of_the_cost_statistics()
    {
        // Month 3 is a correction: EV 200 → 150 and AC 200 → 180 (ΔEV = −50, ΔAC = −20). The docs leave corrections
        // out; the quotient of the two negative changes (2.5) is not a periodic CPI. Months 1, 2, 4 count:
        // CPI_p = 100/100, 100/100, 150/120 → 3 used, 1 excluded. ES falls 2 → 1.5 (ΔES < 0): excluded for SPI(t) too.
        EarnedValueAnalysis a = Run(TenMonths, [P(1, 100, 100), P(2, 200, 200), P(3, 150, 180), P(4, 300, 300)]);
        Assert.Equal(3, a.StatisticalForecast!.CostPeriods);
        Assert.Equal(1, a.StatisticalForecast.ExcludedCostPeriods);
        Assert.Equal(1, a.StatisticalForecast.ExcludedSchedulePeriods);
    }

    [Fact]
    public void A_period_with_progress_but_no_cost_is_excluded_for_CPI_only_and_reported()
    {
        // EV 100, 200, 300; AC 100, 100, 200. Month 2: ΔAC = 0 → periodic CPI = 100/0, no finite logarithm.
        // SPI(t)_p = 1, 1, 1: nothing excluded on the schedule side.
        EarnedValueAnalysis a = Run(TenMonths, [P(1, 100, 100), P(2, 200, 100), P(3, 300, 200)]);
        Assert.Equal(1, a.StatisticalForecast!.ExcludedCostPeriods);
        Assert.Equal(0, a.StatisticalForecast.ExcludedSchedulePeriods);
        Diagnostic info = Find(a, DiagnosticKind.Information, "Statistical forecast")!;
        Assert.NotNull(info);
        Assert.StartsWith("1 period(s) without a positive, finite periodic CPI and 0 without", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Earned_value_beyond_BAC_adds_no_earned_schedule_and_is_excluded_for_SPI_t_only()
    {
        // BAC 200 over 2 months. EV 100, 200, 210 (scope beyond the budget): ES 1, 2, 2 (capped at PD) → month 3 has
        // ΔES = 0 → excluded for SPI(t). Cost: CPI_p = 100/100, 100/100, 10/20 → all three used.
        TimePhasedBaseline twoMonths = TimePhasedBaseline.Monthly(new LocalDate(2026, 1, 1), [100, 100]);
        EarnedValueAnalysis a = Run(twoMonths, [P(1, 100, 100), P(2, 200, 200), P(3, 210, 220)]);
        Assert.Equal(0, a.StatisticalForecast!.ExcludedCostPeriods);
        Assert.Equal(3, a.StatisticalForecast.CostPeriods);
        Assert.Equal(1, a.StatisticalForecast.ExcludedSchedulePeriods);
        Assert.Equal(2, a.StatisticalForecast.SchedulePeriods);
        Diagnostic info = Find(a, DiagnosticKind.Information, "Statistical forecast")!;
        Assert.NotNull(info);
        Assert.StartsWith("0 period(s) without a positive, finite periodic CPI and 1 without", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_before_the_baseline_start_have_no_elapsed_time_and_are_not_schedule_periods()
    {
        // A status point on 31 December 2025, the day before the start: AT = 0 (no time has elapsed), so the step
        // from the origin has ΔAT = 0 and is not a schedule period at all (neither used nor excluded). Its cost
        // (EV 0, AC 10) gives periodic CPI 0: excluded for CPI. Then months 1 and 2: EV 100, 200; AC 110, 210.
        // Schedule periods: ΔES/ΔAT = 1/1, 1/1 → 2 used, 0 excluded.
        StatusPoint[] series = [new StatusPoint(new LocalDate(2025, 12, 31), 0, 10), P(1, 100, 110), P(2, 200, 210)];
        StatisticalForecast s = Run(TenMonths, series).StatisticalForecast!;
        Assert.Equal(2, s.SchedulePeriods);
        Assert.Equal(0, s.ExcludedSchedulePeriods);
        Assert.Equal(1, s.ExcludedCostPeriods);
    }

    [Fact]
    public void A_periodic_CPI_that_underflows_to_zero_is_left_out()
    {
        // Month 1: EV = double.Epsilon (4.9e−324, the smallest positive double), AC 4 → ΔEV/ΔAC rounds to 0: no log.
        // Months 2, 3: ΔEV = 100 (100 − 4.9e−324 rounds to 100), ΔAC = 100 → CPI_p = 1, 1.
        EarnedValueAnalysis a = Run(TenMonths, [P(1, double.Epsilon, 4), P(2, 100, 104), P(3, 200, 204)]);
        Assert.Equal(2, a.StatisticalForecast!.CostPeriods);
        Assert.Equal(1, a.StatisticalForecast.ExcludedCostPeriods);
        Ev.Near(0, a.StatisticalForecast.CostLogStandardDeviation, 1e-15, "σ ln CPI");
    }

    [Fact]
    public void A_periodic_CPI_that_overflows_is_left_out()
    {
        // Month 1: ΔEV = 100, ΔAC = 1e−307 → 1e309 overflows to +∞: no finite log. Months 2, 3: ΔAC = 100 − 1e−307
        // (= 100) and 100 → CPI_p = 1, 1.
        EarnedValueAnalysis a = Run(TenMonths, [P(1, 100, 1e-307), P(2, 200, 100), P(3, 300, 200)]);
        Assert.Equal(2, a.StatisticalForecast!.CostPeriods);
        Assert.Equal(1, a.StatisticalForecast.ExcludedCostPeriods);
        Ev.Near(0, a.StatisticalForecast.CostLogStandardDeviation, 1e-15, "σ ln CPI");
    }

    [Fact]
    public void No_earned_value_yet_keeps_N_at_PD_and_reports_both_bounds_undefined()
    {
        // EV 0 at both points (AC 50, 100): SPI(t) = 0/2 = 0, so IEAC(t) = PD/SPI(t) is infinite and N falls back
        // to PD = 10; CPI = 0. No period has a positive periodic index (2 + 2 excluded), so no bounds.
        EarnedValueAnalysis a = Run(TenMonths, [P(1, 0, 50), P(2, 0, 100)]);
        StatisticalForecast s = a.StatisticalForecast!;
        Assert.NotNull(s);
        Assert.Equal(10, s.TotalPeriods);
        Assert.Equal(2, s.ExcludedCostPeriods);
        Assert.Equal(2, s.ExcludedSchedulePeriods);
        Assert.Null(s.SpiTLow);
        Assert.Null(s.DurationHigh);

        Diagnostic spi = Find(a, DiagnosticKind.Undefined, "SPI(t) bounds")!;
        Assert.NotNull(spi);
        Assert.Contains("at least two periods with positive periodic SPI(t)", spi.Message, StringComparison.Ordinal);
        Assert.EndsWith("0 usable.", spi.Message, StringComparison.Ordinal);
        Assert.NotNull(Find(a, DiagnosticKind.Undefined, "CPI bounds"));
    }

    [Fact]
    public void An_overflowing_forecast_duration_makes_the_statistical_forecast_undefined_with_a_reason()
    {
        // PV 1e300 a month: EV 1e−10 at AT = 2 gives ES = 1e−10/1e300 = 1e−310, SPI(t) = 5e−311 and
        // PD/SPI(t) = 10/5e−311 = 2e311, beyond the double range: N is undefined.
        TimePhasedBaseline huge = TimePhasedBaseline.Monthly(new LocalDate(2026, 1, 1), Enumerable.Repeat(1e300, 10));
        EarnedValueAnalysis a = Run(huge, [P(1, 0, 1), P(2, 1e-10, 2)]);
        Assert.Null(a.StatisticalForecast);
        Diagnostic d = Find(a, DiagnosticKind.Undefined, "Statistical forecast")!;
        Assert.NotNull(d);
        Assert.Contains("overflows the double range", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upper_CPI_limit_beyond_the_double_range_is_null()
    {
        // Month 1: ΔEV 100, ΔAC 1e−250 → CPI_p = 1e252, ln = 580.2578; month 2: ΔEV 100, ΔAC 100 → ln 1 = 0.
        // σ = 580.2578/√2 = 410.2997; CPI = 200/100 = 2; SPI(t) = 1 → N = 10; n = 2 → AF = √(8/9).
        // At 99.9 %: Z = 3.2905267; half = Z·σ/√2·√(8/9) = 900.068; ln 2 + 900.068 = 900.76 > ln(double.MaxValue)
        // = 709.78, so the upper limit overflows: undefined (null), and EAC low = BAC / ∞ is undefined as well.
        EarnedValueAnalysis a = Run(TenMonths, [P(1, 100, 1e-250), P(2, 200, 100)], confidence: 0.999);
        StatisticalForecast s = a.StatisticalForecast!;
        Ev.Near(410.299730445817, s.CostLogStandardDeviation, 1e-9, "σ ln CPI");
        Assert.Null(s.CpiHigh);
        Assert.Null(s.EacLow);
    }

    [Fact]
    public void A_cumulative_CPI_of_zero_has_no_logarithm_so_no_bounds()
    {
        // Months 1, 2 earn 100 each at cost 100 (two usable periodic CPIs of 1), then month 3 corrects EV to 0
        // (AC 250). Cumulative CPI = 0/250 = 0 and SPI(t) = 0/3 = 0: ln 0 is undefined, so the bounds are null.
        EarnedValueAnalysis a = Run(TenMonths, [P(1, 100, 100), P(2, 200, 200), P(3, 0, 250)]);
        StatisticalForecast s = a.StatisticalForecast!;
        Assert.Equal(2, s.CostPeriods);
        Assert.Null(s.CostLogStandardDeviation);
        Assert.Null(s.CpiLow);
        Assert.Null(s.CpiHigh);
        Assert.Equal(2, s.SchedulePeriods);
        Assert.Null(s.SpiTLow);
        Assert.NotNull(Find(a, DiagnosticKind.Undefined, "CPI bounds"));
        Assert.NotNull(Find(a, DiagnosticKind.Undefined, "SPI(t) bounds"));
    }

    [Fact]
    public void Steady_periodic_CPI_has_no_spread_and_the_bounds_collapse_onto_CPI()
    {
        // ΔEV 95 and ΔAC 100 in each of three months: every periodic CPI is exactly 0.95, so σ(ln CPI_p) = 0 and
        // both limits equal the cumulative CPI 285/300 = 0.95 (the half-width Z·0/√n·AF is 0).
        StatisticalForecast s = Run(TenMonths, [P(1, 95, 100), P(2, 190, 200), P(3, 285, 300)]).StatisticalForecast!;
        Ev.Near(0, s.CostLogStandardDeviation, 1e-12, "σ ln CPI");
        Ev.Near(0.95, s.CpiLow, 1e-12, "CPI low");
        Ev.Near(0.95, s.CpiHigh, 1e-12, "CPI high");
    }
}

/// <summary>
/// <see cref="ScheduleAdherence"/> (Lipke 2004, "Connecting Earned Value to the Schedule"): the documented status
/// tolerance (<see cref="AdherenceStatus.InSequence"/>: EV_i = PV_i(ES) within 1e−9 of the task's BAC), the EV-over-BAC
/// warning and the validation messages.
/// </summary>
public class ScheduleAdherenceMutationTests
{
    [Fact]
    public void The_in_sequence_tolerance_scales_with_the_task_budget()
    {
        // BAC 1e6: tolerance 1e−9 · 1e6 = 1e−3. At ES = 1, PV_i = 5e5; EV 5e5 ± 1e−4 is within it → in sequence.
        var ahead = new ScheduleAdherenceTask("A", [5e5, 1e6], 5e5 + 1e-4);
        var behind = new ScheduleAdherenceTask("B", [5e5, 1e6], 5e5 - 1e-4);
        ScheduleAdherenceResult r = ScheduleAdherence.Compute([ahead, behind], 1);
        Assert.All(r.Tasks, t => Assert.Equal(AdherenceStatus.InSequence, t.Status));

        // 1e−2 off is outside the tolerance.
        ScheduleAdherenceResult off = ScheduleAdherence.Compute([new ScheduleAdherenceTask("A", [5e5, 1e6], 5e5 + 1e-2), new ScheduleAdherenceTask("B", [5e5, 1e6], 5e5 - 1e-2)], 1);
        Assert.Equal(AdherenceStatus.AheadOfSchedule, off.Tasks[0].Status);
        Assert.Equal(AdherenceStatus.Impeded, off.Tasks[1].Status);
    }

    [Fact]
    public void A_difference_of_exactly_the_tolerance_is_still_in_sequence()
    {
        // BAC 1: tolerance 1e−9 · 1 = 1e−9. At ES = 0, PV_i = 0 and EV 1e−9 is exactly at the tolerance → in sequence.
        ScheduleAdherenceResult atZero = ScheduleAdherence.Compute([new ScheduleAdherenceTask("A", [1], 1e-9)], 0);
        Assert.Equal(AdherenceStatus.InSequence, atZero.Tasks[0].Status);

        // At ES = 1e−9, PV_i = 1e−9 · 1 = 1e−9 and EV 0 is exactly the tolerance below it → in sequence.
        ScheduleAdherenceResult below = ScheduleAdherence.Compute([new ScheduleAdherenceTask("A", [1], 0)], 1e-9);
        Assert.Equal(1e-9, below.Tasks[0].PlannedValueAtEarnedSchedule);
        Assert.Equal(AdherenceStatus.InSequence, below.Tasks[0].Status);
    }

    [Fact]
    public void EV_equal_to_the_budget_is_not_flagged_as_exceeding_it()
    {
        // Tasks with BAC 2 and 3 (total 5), each fully earned: Σ EV = 5 = BAC, complete but not over budget.
        ScheduleAdherenceResult r = ScheduleAdherence.Compute([new ScheduleAdherenceTask("A", [1, 2], 2), new ScheduleAdherenceTask("B", [3, 3], 3)]);
        Assert.Equal(5, r.EarnedValue);
        Assert.DoesNotContain(r.Diagnostics, d => d.Metric == "EV");
    }

    [Fact]
    public void Validation_messages_state_the_rule()
    {
        var a = new ScheduleAdherenceTask("A", [1, 2], 1);
        Ev.Rule<ArgumentException>(() => ScheduleAdherence.Compute([]), "tasks", "must contain at least one task");
        Ev.Rule<ArgumentException>(() => ScheduleAdherence.Compute([a, null!]), "tasks", "tasks[1] is null");
        Ev.Rule<ArgumentException>(() => ScheduleAdherence.Compute([a, a]), "tasks", "must have distinct ids", "'A' appears more than once");
        var untimed = WorkPackageEarning.Evaluate([new WorkPackage("A", "A", 10, EarningTechnique.ZeroHundred)], new Dictionary<string, WorkPackageProgress>(), 1);
        Ev.Rule<ArgumentException>(() => ScheduleAdherence.Compute(untimed), "earning", "needs discrete work with time-phased PV");
    }
}
