using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Kpis;

namespace Pmo.Core.Tests.Kpis;

/// <summary>Hand-derived examples of every band mode, direction, missing-data policy, trend and forecast rule.</summary>
public class KpiEvaluationTests
{
    internal static readonly LocalDate D0 = new(2025, 1, 31);
    internal static readonly LocalDate D1 = new(2025, 2, 28);
    internal static readonly LocalDate D2 = new(2025, 3, 31);
    private static readonly StatusScale Rag = StatusScale.Rag;

    private static KpiObservation Obs(string kpi, LocalDate date, double? value, string subject = "P1") => new(kpi, subject, date, value);

    private static KpiDefinition Cpi() => KpiLibrary.CostPerformanceIndex();

    // ---- Bands ----

    [Theory]
    // HigherIsBetter(0.90, 0.95): (−∞, 0.90) red, [0.90, 0.95) amber, [0.95, +∞) green; thresholds go to the better band.
    [InlineData(0.8999999, "red")]
    [InlineData(0.90, "amber")]
    [InlineData(0.9499999, "amber")]
    [InlineData(0.95, "green")]
    [InlineData(1.30, "green")]
    public void HigherIsBetter_boundaries(double value, string expected) =>
        Assert.Equal(expected, BandSet.HigherIsBetter(Rag, 0.90, 0.95).Classify(value)!.Id);

    [Theory]
    // LowerIsBetter(0.05, 0.10): (−∞, 0.05] green, (0.05, 0.10] amber, (0.10, +∞) red.
    [InlineData(-1.0, "green")]
    [InlineData(0.05, "green")]
    [InlineData(0.0500001, "amber")]
    [InlineData(0.10, "amber")]
    [InlineData(0.1000001, "red")]
    public void LowerIsBetter_boundaries(double value, string expected) =>
        Assert.Equal(expected, BandSet.LowerIsBetter(Rag, 0.05, 0.10).Classify(value)!.Id);

    [Theory]
    // Around(0.70, 0.90, 0.10): [0.70, 0.90] green; [0.60, 0.70) and (0.90, 1.00] amber; else red.
    [InlineData(0.5999, "red")]
    [InlineData(0.60, "amber")]
    [InlineData(0.70, "green")]
    [InlineData(0.90, "green")]
    [InlineData(0.9001, "amber")]
    [InlineData(1.00, "amber")]
    [InlineData(1.0001, "red")]
    public void Around_boundaries(double value, string expected) =>
        Assert.Equal(expected, BandSet.Around(Rag, 0.70, 0.90, 0.10).Classify(value)!.Id);

    [Fact]
    public void Five_level_scale_works_like_RAG()
    {
        // 4 thresholds for 5 levels: < 0.8 red, [0.8, 0.9) amber-red, [0.9, 0.95) amber, [0.95, 1) amber-green, ≥ 1 green.
        BandSet b = BandSet.HigherIsBetter(StatusScale.FiveLevel, 0.8, 0.9, 0.95, 1.0);
        Assert.Equal(["red", "amber-red", "amber", "amber-green", "green"], new[] { 0.7, 0.85, 0.92, 0.99, 1.0 }.Select(v => b.Classify(v)!.Id));
    }

    [Fact]
    public void Explicit_bands_with_a_single_point_band()
    {
        // (−∞, 1) red, [1, 1] green, (1, +∞) amber: exactly on target is green.
        var b = new BandSet(Rag, [ToleranceBand.Above(1, StatusScale.Amber), ToleranceBand.Between(1, true, 1, true, StatusScale.Green), ToleranceBand.Below(1, StatusScale.Red)]);
        Assert.Equal("red", b.Classify(0.999)!.Id);
        Assert.Equal("green", b.Classify(1)!.Id);
        Assert.Equal("amber", b.Classify(1.001)!.Id);
        Assert.False(b.IsNonDecreasing);
        Assert.Null(b.Classify(double.NaN));
        Assert.Equal(-1, b.ClassifyRank(double.PositiveInfinity));
    }

    // ---- Band modes ----

    [Fact]
    public void Absolute_maximise()
    {
        // CPI 0.92 in [0.90, 0.95) → amber; band input = the value.
        KpiEvaluation e = KpiEvaluator.EvaluateValue(Cpi(), "P1", 0.92, D0);
        Assert.Equal(0.92, e.BandInput);
        Assert.Equal(StatusScale.Amber, e.Status);
        Assert.Equal(KpiStatusKind.Rated, e.StatusKind);
    }

    [Fact]
    public void PercentOfTarget_minimise()
    {
        // Cycle time 12 days against target 10: 12 / 10 = 1.2 ∈ (1.00, 1.25] → amber.
        KpiDefinition d = KpiLibrary.CycleTime(TargetSeries.Constant(10));
        KpiEvaluation e = KpiEvaluator.EvaluateValue(d, "T1", 12, D0);
        Assert.Equal(1.2, e.BandInput!.Value, 12);
        Assert.Equal(StatusScale.Amber, e.Status);
    }

    [Fact]
    public void PercentOfTarget_with_zero_target_is_unknown_not_green()
    {
        KpiDefinition d = KpiLibrary.CycleTime(TargetSeries.Constant(0));
        KpiEvaluation e = KpiEvaluator.EvaluateValue(d, "T1", 0, D0);
        Assert.Equal(KpiStatusKind.Unknown, e.StatusKind);
        Assert.Null(e.Status);
        Assert.Contains(e.Diagnostics, x => x.Kind == DiagnosticKind.Undefined && x.Message.Contains("target is 0", StringComparison.Ordinal));
    }

    private static KpiDefinition Benefits(KpiDirection direction, double start, double target) => new(
        "benefits", "Benefits", direction, BandSet.HigherIsBetter(Rag, 0.5, 0.9), BandMode.Achievement, TargetSeries.Constant(target, start));

    [Fact]
    public void Achievement_maximise()
    {
        // start 100, target 200, actual 170: (170 − 100) / (200 − 100) = 0.7 ∈ [0.5, 0.9) → amber.
        KpiEvaluation e = KpiEvaluator.EvaluateValue(Benefits(KpiDirection.Maximise, 100, 200), "P1", 170, D0);
        Assert.Equal(0.7, e.BandInput!.Value, 12);
        Assert.Equal(StatusScale.Amber, e.Status);
    }

    [Fact]
    public void Achievement_minimise_is_mirrored()
    {
        // Defects: start 50, target 10, actual 12: (50 − 12) / (50 − 10) = 38 / 40 = 0.95 ≥ 0.9 → green.
        KpiEvaluation e = KpiEvaluator.EvaluateValue(Benefits(KpiDirection.Minimise, 50, 10), "P1", 12, D0);
        Assert.Equal(0.95, e.BandInput!.Value, 12);
        Assert.Equal(StatusScale.Green, e.Status);
    }

    [Fact]
    public void Achievement_with_target_equal_to_start_is_unknown_never_green()
    {
        KpiEvaluation e = KpiEvaluator.EvaluateValue(Benefits(KpiDirection.Maximise, 100, 100), "P1", 150, D0);
        Assert.Equal(KpiStatusKind.Unknown, e.StatusKind);
        Assert.Null(e.Status);
        Assert.Null(e.BandInput);
        Assert.Contains(e.Diagnostics, x => x.Kind == DiagnosticKind.Undefined && x.Message.Contains("target equals the start", StringComparison.Ordinal));
    }

    [Fact]
    public void Achievement_target_on_the_wrong_side_warns()
    {
        // Maximise with target 50 below start 100: achievement of 80 = (80 − 100) / (50 − 100) = 0.4, flagged.
        KpiEvaluation e = KpiEvaluator.EvaluateValue(Benefits(KpiDirection.Maximise, 100, 50), "P1", 80, D0);
        Assert.Equal(0.4, e.BandInput!.Value, 12);
        Assert.Contains(e.Diagnostics, x => x.Kind == DiagnosticKind.Warning);
    }

    [Fact]
    public void PercentOfRange_target_band()
    {
        // Range [70, 90]; actual 95 → (95 − 70) / 20 = 1.25; bands Around(0, 1, 0.25): (1, 1.25] amber.
        var d = new KpiDefinition("util", "Utilisation", KpiDirection.TargetBand(70, 90), BandSet.Around(Rag, 0, 1, 0.25), BandMode.PercentOfRange);
        KpiEvaluation e = KpiEvaluator.EvaluateValue(d, "R1", 95, D0);
        Assert.Equal(1.25, e.BandInput!.Value, 12);
        Assert.Equal(StatusScale.Amber, e.Status);
        Assert.Equal(StatusScale.Green, KpiEvaluator.EvaluateValue(d, "R1", 80, D0).Status); // 0.5
        Assert.Equal(StatusScale.Red, KpiEvaluator.EvaluateValue(d, "R1", 60, D0).Status);   // −0.5
    }

    [Fact]
    public void Neutral_is_tracked_without_status()
    {
        KpiDefinition d = KpiLibrary.BurnRate();
        KpiEvaluation e = KpiEvaluator.Evaluate(d, "P1", [Obs("burn-rate", D0, 100), Obs("burn-rate", D1, 130)], D1);
        Assert.Equal(KpiStatusKind.Neutral, e.StatusKind);
        Assert.Null(e.Status);
        Assert.Equal(130, e.Value);
        Assert.Equal(30, e.Change);
        Assert.Equal(KpiTrend.NotAssessed, e.Trend);
    }

    // ---- Targets ----

    [Fact]
    public void Effective_dated_targets()
    {
        // Target 10 from Feb 1, 8 from Mar 1: a value of 9 is 0.9 of target in Feb (green) and 1.125 in March (amber).
        var targets = new TargetSeries([new KpiTarget(new LocalDate(2025, 3, 1), 8), new KpiTarget(new LocalDate(2025, 2, 1), 10)]);
        KpiDefinition d = KpiLibrary.CycleTime(targets);
        Assert.Equal(10, targets.TargetAt(D1)!.Value.Value);
        Assert.Equal(StatusScale.Green, KpiEvaluator.EvaluateValue(d, "T", 9, D1).Status);
        Assert.Equal(StatusScale.Amber, KpiEvaluator.EvaluateValue(d, "T", 9, D2).Status);

        // Before the first target: no target → missing-data policy (default: unknown).
        KpiEvaluation before = KpiEvaluator.EvaluateValue(d, "T", 9, D0);
        Assert.Equal(KpiStatusKind.Unknown, before.StatusKind);
        Assert.Null(before.Target);

        // … and with treat-as-worst: red.
        Assert.Equal(StatusScale.Red, KpiEvaluator.EvaluateValue(d.WithMissingData(MissingDataPolicy.TreatAsWorst), "T", 9, D0).Status);
    }

    // ---- Missing data ----

    [Fact]
    public void ReportUnknown_when_the_current_report_is_missing()
    {
        KpiEvaluation e = KpiEvaluator.Evaluate(Cpi(), "P1", [Obs("cpi", D0, 0.97), Obs("cpi", D1, null)], D1);
        Assert.Equal(KpiValueSource.Missing, e.ValueSource);
        Assert.Null(e.Value);
        Assert.Equal(KpiStatusKind.Unknown, e.StatusKind);
        Assert.Contains(e.Diagnostics, x => x.Kind == DiagnosticKind.Undefined);
    }

    [Fact]
    public void ReportUnknown_without_any_observation()
    {
        KpiEvaluation e = KpiEvaluator.Evaluate(Cpi(), "P1", [], D1);
        Assert.Equal(KpiStatusKind.Unknown, e.StatusKind);
        Assert.Equal(KpiTrend.Unknown, e.Trend);
    }

    [Fact]
    public void CarryForwardLast_within_and_beyond_the_age_limit()
    {
        // Last value 0.97 on Jan 31; asOf Feb 28 is 28 days later. Limit 31 → carried (green); limit 20 → unknown.
        KpiObservation[] h = [Obs("cpi", D0, 0.97), Obs("cpi", D1, null)];
        KpiEvaluation carried = KpiEvaluator.Evaluate(Cpi().WithMissingData(MissingDataPolicy.CarryForwardLast(31)), "P1", h, D1);
        Assert.Equal(KpiValueSource.CarriedForward, carried.ValueSource);
        Assert.Equal(0.97, carried.Value);
        Assert.Equal(D0, carried.ValueDate);
        Assert.Equal(StatusScale.Green, carried.Status);

        KpiEvaluation stale = KpiEvaluator.Evaluate(Cpi().WithMissingData(MissingDataPolicy.CarryForwardLast(20)), "P1", h, D1);
        Assert.Equal(KpiStatusKind.Unknown, stale.StatusKind);
        Assert.Contains(stale.Diagnostics, x => x.Message.Contains("too old", StringComparison.Ordinal));
    }

    [Fact]
    public void TreatAsWorst_gives_the_worst_level_with_a_warning()
    {
        KpiEvaluation e = KpiEvaluator.Evaluate(Cpi().WithMissingData(MissingDataPolicy.TreatAsWorst), "P1", [Obs("cpi", D1, null)], D1);
        Assert.Equal(StatusScale.Red, e.Status);
        Assert.Null(e.Value);
        Assert.Contains(e.Diagnostics, x => x.Kind == DiagnosticKind.Warning);
    }

    [Fact]
    public void Observations_after_asOf_are_ignored()
    {
        KpiEvaluation e = KpiEvaluator.Evaluate(Cpi(), "P1", [Obs("cpi", D0, 0.97), Obs("cpi", D2, 0.5)], D1);
        Assert.Equal(0.97, e.Value);
        Assert.Equal(D0, e.ValueDate);
    }

    // ---- Trend ----

    [Theory]
    [InlineData(0.90, 0.95, KpiTrend.Improving)]
    [InlineData(0.95, 0.90, KpiTrend.Worsening)]
    [InlineData(0.95, 0.95, KpiTrend.Unchanged)]
    public void Trend_of_a_maximise_KPI(double before, double now, KpiTrend expected)
    {
        KpiEvaluation e = KpiEvaluator.Evaluate(Cpi(), "P1", [Obs("cpi", D0, before), Obs("cpi", D1, now)], D1);
        Assert.Equal(expected, e.Trend);
        Assert.Equal(now - before, e.Change);
        Assert.Equal(before, e.PreviousValue);
        Assert.NotNull(e.PreviousStatus);
    }

    [Fact]
    public void Trend_of_minimise_and_target_band_KPIs()
    {
        KpiDefinition scope = KpiLibrary.ScopeGrowth();
        Assert.Equal(KpiTrend.Improving, KpiEvaluator.Evaluate(scope, "P1", [Obs("scope-growth", D0, 0.08), Obs("scope-growth", D1, 0.04)], D1).Trend);

        // Utilisation [0.70, 0.90]: 0.95 → 0.92 moves closer (distance 0.05 → 0.02): improving; 0.75 → 0.85 stays inside: unchanged.
        KpiDefinition util = KpiLibrary.ResourceUtilisation();
        Assert.Equal(KpiTrend.Improving, KpiEvaluator.Evaluate(util, "P1", [Obs("utilisation", D0, 0.95), Obs("utilisation", D1, 0.92)], D1).Trend);
        Assert.Equal(KpiTrend.Unchanged, KpiEvaluator.Evaluate(util, "P1", [Obs("utilisation", D0, 0.75), Obs("utilisation", D1, 0.85)], D1).Trend);
    }

    // ---- Forecast-based tolerance ----

    [Fact]
    public void Linear_trend_forecast_breaches_before_the_actual_does()
    {
        // CPI 0.99, 0.98, 0.97 on days −20, −10, 0 (asOf = Mar 31): slope −0.001/day exactly; horizon 30 days →
        // 0.97 − 0.03 = 0.94 → amber while the actual 0.97 is green: a PRINCE2-style forecast exception.
        LocalDate asOf = D2;
        KpiDefinition d = Cpi().WithForecastTolerance(new ForecastTolerance(30, 3));
        KpiEvaluation e = KpiEvaluator.Evaluate(d, "P1", [Obs("cpi", asOf.PlusDays(-20), 0.99), Obs("cpi", asOf.PlusDays(-10), 0.98), Obs("cpi", asOf, 0.97)], asOf);
        Assert.Equal(StatusScale.Green, e.Status);
        KpiForecastCheck f = e.Forecast!;
        Assert.Equal(KpiForecastMethod.LinearTrend, f.Method);
        Assert.Equal(asOf.PlusDays(30), f.Date);
        Assert.Equal(3, f.PointsUsed);
        Assert.Equal(-0.001, f.SlopePerDay!.Value, 12);
        Assert.Equal(0.94, f.Value, 12);
        Assert.Equal(StatusScale.Amber, f.Status);
        Assert.True(e.ForecastBreach);
    }

    [Fact]
    public void Trend_forecast_uses_only_the_last_k_points_and_needs_two()
    {
        // k = 2: the line through (−10, 0.90) and (0, 1.00) rises 0.01/day; horizon 10 → 1.10, green like the actual: no breach.
        LocalDate asOf = D2;
        KpiDefinition d = Cpi().WithForecastTolerance(new ForecastTolerance(10, 2));
        KpiEvaluation e = KpiEvaluator.Evaluate(d, "P1", [Obs("cpi", asOf.PlusDays(-20), 0.50), Obs("cpi", asOf.PlusDays(-10), 0.90), Obs("cpi", asOf, 1.00)], asOf);
        Assert.Equal(1.10, e.Forecast!.Value, 12);
        Assert.False(e.ForecastBreach);

        KpiEvaluation one = KpiEvaluator.Evaluate(d, "P1", [Obs("cpi", asOf, 1.00)], asOf);
        Assert.Null(one.Forecast);
        Assert.Contains(one.Diagnostics, x => x.Message.Contains("No trend forecast", StringComparison.Ordinal));
    }

    [Fact]
    public void Supplied_forecast_is_judged_against_the_target_in_force_then()
    {
        // Actual CPI 0.96 (green); an EAC-implied CPI of 0.89 at completion → red: breach.
        KpiEvaluation e = KpiEvaluator.Evaluate(Cpi(), "P1", [Obs("cpi", D1, 0.96)], D1, new KpiForecast(new LocalDate(2025, 12, 31), 0.89));
        Assert.Equal(KpiForecastMethod.Supplied, e.Forecast!.Method);
        Assert.Equal(StatusScale.Red, e.Forecast.Status);
        Assert.True(e.ForecastBreach);
    }

    // ---- Batch ----

    [Fact]
    public void Batch_equals_scalar_for_every_band_mode()
    {
        var random = new Random(5);
        double[] values = [.. Enumerable.Range(0, 2_000).Select(i => i % 97 == 0 ? double.NaN : random.NextDouble() * 2)];
        double[] targets = [.. Enumerable.Range(0, 2_000).Select(i => i % 89 == 0 ? 0.5 : 0.5 + random.NextDouble())];
        KpiDefinition[] defs =
        [
            Cpi(),
            KpiLibrary.CycleTime(TargetSeries.Constant(1)),
            Benefits(KpiDirection.Maximise, 0.5, 1.5),
            new KpiDefinition("r", "R", KpiDirection.TargetBand(0.5, 1.5), BandSet.Around(Rag, 0, 1, 0.2), BandMode.PercentOfRange),
        ];
        int[] ranks = new int[values.Length];
        foreach (KpiDefinition d in defs)
        {
            KpiEvaluator.ClassifyBatch(d, values, targets, ranks);
            for (int i = 0; i < values.Length; i++)
            {
                int expected = double.IsNaN(values[i]) ? -1 : KpiEvaluator.EvaluateValue(d.WithTargets(d.Targets.IsEmpty ? d.Targets : TargetSeries.Constant(targets[i], d.Targets.Start)), "S", values[i], D0).Status?.Rank ?? -1;
                Assert.True(expected == ranks[i], $"{d.Id}[{i}]: value {values[i]}, target {targets[i]}: expected {expected}, got {ranks[i]}");
            }
        }
    }

    // ---- Formula KPIs ----

    [Fact]
    public void Formula_KPI_CSI_is_CPI_times_SPI_and_undefined_when_an_input_is_missing()
    {
        // P1 Jan: 0.9 × 1.1 = 0.99; P1 Feb: SPI missing → undefined; P2 Jan: CPI reported as missing → undefined.
        FormulaKpi csi = KpiLibrary.CostScheduleIndex();
        FormulaResult r = FormulaKpi.Apply([csi],
        [
            Obs("cpi", D0, 0.9), Obs("spi", D0, 1.1), Obs("cpi", D1, 0.95),
            Obs("cpi", D0, null, "P2"), Obs("spi", D0, 1.0, "P2"),
        ]);
        Assert.Equal(3, r.Observations.Length);
        Assert.Equal(0.99, r.Observations.Single(o => o.SubjectId == "P1" && o.Date == D0).Value!.Value, 12);
        Assert.Null(r.Observations.Single(o => o.SubjectId == "P1" && o.Date == D1).Value);
        Assert.Null(r.Observations.Single(o => o.SubjectId == "P2").Value);
        Assert.Equal(2, r.Diagnostics.Length);
        Assert.Equal(StatusScale.Green, KpiEvaluator.Evaluate(csi.Definition, "P1", r.Observations.Where(o => o.SubjectId == "P1"), D0).Status);
    }

    [Fact]
    public void Formula_KPIs_chain_in_dependency_order()
    {
        var def = new KpiDefinition("b", "B", KpiDirection.Neutral, null);
        var a = new FormulaKpi(new KpiDefinition("a", "A", KpiDirection.Neutral, null), ["x"], x => x[0] * 2);
        var b = new FormulaKpi(def, ["a", "x"], x => x[0] + x[1]);
        FormulaResult r = FormulaKpi.Apply([b, a], [Obs("x", D0, 3)]);
        Assert.Equal(9, r.Observations.Single(o => o.KpiId == "b").Value); // a = 6, b = 6 + 3
    }

    [Fact]
    public void Formula_returning_NaN_is_undefined()
    {
        var f = new FormulaKpi(new KpiDefinition("q", "Q", KpiDirection.Neutral, null), ["x", "y"], x => x[0] / x[1]);
        Assert.Null(f.Compute([0.0, 0.0]));
        Assert.Equal(2, f.Compute([4.0, 2.0]));
    }
}
