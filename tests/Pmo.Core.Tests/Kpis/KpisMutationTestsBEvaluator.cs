using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Kpis;
using static Pmo.Core.Tests.Kpis.KpiB;

namespace Pmo.Core.Tests.Kpis;

/// <summary>
/// Mutation-driven tests of <see cref="KpiEvaluator"/>: guards with ParamName and rule text, the documented value /
/// target / trend / forecast rules at their boundaries. Every expected value is worked by hand in the comments.
/// </summary>
public class KpisMutationTestsBEvaluator
{
    private static readonly StatusLevel Red = StatusScale.Red;
    private static readonly StatusLevel Amber = StatusScale.Amber;
    private static readonly StatusLevel Green = StatusScale.Green;

    // ---- Evaluate: guards ----

    [Fact]
    public void Evaluate_null_history_is_ArgumentNull_history() =>
        Throws<ArgumentNullException>("history", () => KpiEvaluator.Evaluate(MaxAbs(), "s", null!, D));

    [Fact]
    public void Evaluate_null_observation_names_its_index() =>
        Throws<ArgumentNullException>("history", () => KpiEvaluator.Evaluate(MaxAbs(), "s", [Obs(D1, 1), null!], D), "history[1] is null");

    [Fact]
    public void Evaluate_observation_of_other_kpi_names_both_ids() =>
        Throws<ArgumentException>("history", () => KpiEvaluator.Evaluate(MaxAbs(), "s", [Obs(D1, 1, kpi: "x")], D), "history[0] is of the KPI 'x', not 'k'");

    [Fact]
    public void Evaluate_observation_of_other_subject_names_both_ids() =>
        Throws<ArgumentException>("history", () => KpiEvaluator.Evaluate(MaxAbs(), "s", [Obs(D1, 1), Obs(D2, 1, subject: "t")], D), "history[1] is of the subject 't', not 's'");

    [Fact]
    public void Evaluate_duplicate_date_names_kpi_subject_and_date() =>
        Throws<ArgumentException>("history", () => KpiEvaluator.Evaluate(MaxAbs(), "s", [Obs(D, 1), Obs(D1, 2), Obs(D, 3)], D),
            "two observations of 'k' for 's' on 2025-01-31", "unique");

    // ---- Evaluate: value in force, previous value ----

    [Fact]
    public void Evaluate_sorts_history_given_in_any_order()
    {
        // Latest on or before D is 0.8 (green, ≥ 0.75); previous reported is 0.3 (red, < 0.5): improving, change 0.5.
        KpiEvaluation e = KpiEvaluator.Evaluate(MaxAbs(), "s", [Obs(D, 0.8), Obs(D2, 0.3)], D);
        Assert.Equal(0.8, e.Value);
        Assert.Equal(D, e.ValueDate);
        Assert.Equal(0.3, e.PreviousValue);
        Assert.Same(Green, e.Status);
        Assert.Same(Red, e.PreviousStatus);
        Assert.Equal(KpiTrend.Improving, e.Trend);
        Assert.Equal(0.5, e.Change!.Value, 12);
    }

    [Fact]
    public void Previous_value_is_the_latest_before_the_value_date_not_the_earliest()
    {
        KpiEvaluation e = KpiEvaluator.Evaluate(MaxAbs(), "s", [Obs(D1, 0.1), Obs(D2, 0.6), Obs(D, 0.8)], D);
        Assert.Equal(0.6, e.PreviousValue);
        Assert.Equal(D2, e.PreviousDate);
        Assert.Same(Amber, e.PreviousStatus);
    }

    [Fact]
    public void Missing_value_at_first_position_is_reported_as_missing_not_as_absent()
    {
        // The only observation (index 0) is dated D with no value: "reported ... is missing", not "No value ... reported".
        KpiEvaluation e = KpiEvaluator.Evaluate(MaxAbs(), "s", [KpiObservation.Missing("k", "s", D)], D);
        Assert.Equal(KpiValueSource.Missing, e.ValueSource);
        Has(e.Diagnostics, DiagnosticKind.Undefined, "The value of 'k' reported for 2025-01-31 is missing.");
        HasNo(e.Diagnostics, "No value of");
    }

    [Fact]
    public void Carry_forward_at_exactly_the_age_limit_is_allowed()
    {
        // D2 → D is 20 days; limit 20: age ≤ limit, carried forward.
        KpiEvaluation e = KpiEvaluator.Evaluate(MaxAbs(missing: MissingDataPolicy.CarryForwardLast(20)), "s", [Obs(D2, 0.8), KpiObservation.Missing("k", "s", D)], D);
        Assert.Equal(KpiValueSource.CarriedForward, e.ValueSource);
        Assert.Equal(0.8, e.Value);
        Has(e.Diagnostics, DiagnosticKind.Information, "The value of 2025-01-11 (20 days old) was carried forward (limit 20 days).");
    }

    [Fact]
    public void Too_old_value_is_reported_once_and_older_values_are_not_considered()
    {
        // Limit 5 days: the last value (D3, 10 days old) is too old; the search stops there (one diagnostic, not one per older value).
        KpiEvaluation e = KpiEvaluator.Evaluate(MaxAbs(missing: MissingDataPolicy.CarryForwardLast(5)), "s",
            [Obs(D1, 0.2), Obs(D2, 0.3), Obs(D3, 0.8), KpiObservation.Missing("k", "s", D)], D);
        Assert.Equal(KpiValueSource.Missing, e.ValueSource);
        Assert.Equal(1, Count(e.Diagnostics, DiagnosticKind.Information, "too old to carry forward"));
        Has(e.Diagnostics, DiagnosticKind.Information, "of 2025-01-21, is 10 days old");
    }

    // ---- Target and band input ----

    [Fact]
    public void Target_is_the_one_in_force_at_the_value_date()
    {
        // Value 9 dated D2: target then is 10 (from D1), not 20 (from D3, in force at asOf): 9 / 10 = 0.9 → amber.
        KpiEvaluation e = KpiEvaluator.Evaluate(PercentOfTarget(), "s", [Obs(D2, 9)], D);
        Assert.Equal(10, e.Target!.Value.Value);
        Assert.Equal(0.9, e.BandInput!.Value, 12);
        Assert.Same(Amber, e.Status);
    }

    [Fact]
    public void Zero_target_is_unknown_even_under_treat_as_worst()
    {
        // Treat-as-worst covers a missing target only; a zero target is an undefined ratio: unknown, no worst level.
        var d = new KpiDefinition("k", "K", KpiDirection.Maximise, BandSet.HigherIsBetter(StatusScale.Rag, 0.9, 1.0), BandMode.PercentOfTarget,
            TargetSeries.Constant(0), missingData: MissingDataPolicy.TreatAsWorst);
        KpiEvaluation e = KpiEvaluator.Evaluate(d, "s", [Obs(D, 5)], D);
        Assert.Equal(KpiStatusKind.Unknown, e.StatusKind);
        Assert.Null(e.Status);
        Has(e.Diagnostics, DiagnosticKind.Undefined, "the target is 0");
        Assert.DoesNotContain(e.Diagnostics, x => x.Kind == DiagnosticKind.Warning);
    }

    [Fact]
    public void Overflowing_band_input_is_undefined()
    {
        // 1e300 / 1e-300 = 1e600 overflows to +∞: undefined, not green.
        var d = new KpiDefinition("k", "K", KpiDirection.Maximise, BandSet.HigherIsBetter(StatusScale.Rag, 0.9, 1.0), BandMode.PercentOfTarget, TargetSeries.Constant(1e-300));
        KpiEvaluation e = KpiEvaluator.Evaluate(d, "s", [Obs(D, 1e300)], D);
        Assert.Equal(KpiStatusKind.Unknown, e.StatusKind);
        Has(e.Diagnostics, DiagnosticKind.Undefined, "The band input of 'k' overflowed.");
    }

    [Fact]
    public void Achievement_target_on_the_worse_side_warns_for_minimise_and_maximise()
    {
        BandSet bands = BandSet.HigherIsBetter(StatusScale.Rag, 0.5, 0.75);

        // Minimise, start 10, target 20 (> start: worse side). x = 15: (15 − 10)/(20 − 10) = 0.5.
        var min = new KpiDefinition("k", "K", KpiDirection.Minimise, bands, BandMode.Achievement, TargetSeries.Constant(20, start: 10));
        Has(KpiEvaluator.Evaluate(min, "s", [Obs(D, 15)], D).Diagnostics, DiagnosticKind.Warning, "worse side");

        // Minimise, start 10, target 5 (< start: right side): no warning.
        var minOk = new KpiDefinition("k", "K", KpiDirection.Minimise, bands, BandMode.Achievement, TargetSeries.Constant(5, start: 10));
        HasNo(KpiEvaluator.Evaluate(minOk, "s", [Obs(D, 7)], D).Diagnostics, "worse side");

        // Maximise, start 10, target 5 (< start: worse side).
        var max = new KpiDefinition("k", "K", KpiDirection.Maximise, bands, BandMode.Achievement, TargetSeries.Constant(5, start: 10));
        Has(KpiEvaluator.Evaluate(max, "s", [Obs(D, 7)], D).Diagnostics, DiagnosticKind.Warning, "worse side");

        // Maximise, start 10, target 20: no warning.
        var maxOk = new KpiDefinition("k", "K", KpiDirection.Maximise, bands, BandMode.Achievement, TargetSeries.Constant(20, start: 10));
        HasNo(KpiEvaluator.Evaluate(maxOk, "s", [Obs(D, 15)], D).Diagnostics, "worse side");
    }

    // ---- Forecast ----

    [Fact]
    public void Neutral_kpi_has_no_forecast_check_even_when_a_forecast_is_supplied()
    {
        KpiEvaluation e = KpiEvaluator.Evaluate(Neutral(), "s", [Obs(D, 5)], D, new KpiForecast(D.PlusDays(30), 7));
        Assert.Null(e.Forecast);
        Assert.Equal(KpiStatusKind.Neutral, e.StatusKind);
    }

    [Fact]
    public void Trend_forecast_is_the_least_squares_line()
    {
        // d = −20, −10, 0 (days to D), y = 1, 2, 4. d̄ = −10, ȳ = 7/3.
        // Σ(d − d̄)(y − ȳ) = (−10)(−4/3) + 0 + (10)(5/3) = 30; Σ(d − d̄)² = 200; b = 0.15.
        // ŷ(10) = 7/3 + 0.15·(10 − (−10)) = 7/3 + 3 = 16/3.
        KpiEvaluation e = KpiEvaluator.Evaluate(MaxAbs(new ForecastTolerance(10, 3)), "s", [Obs(D2, 1), Obs(D3, 2), Obs(D, 4)], D);
        KpiForecastCheck f = e.Forecast!;
        Assert.Equal(KpiForecastMethod.LinearTrend, f.Method);
        Assert.Equal(3, f.PointsUsed);
        Assert.Equal(D.PlusDays(10), f.Date);
        Assert.Equal(0.15, f.SlopePerDay!.Value, 12);
        Assert.Equal(16.0 / 3.0, f.Value, 12);
        Assert.Equal(16.0 / 3.0, f.BandInput!.Value, 12);
        Assert.False(f.Breach);
    }

    [Fact]
    public void Overflowing_trend_forecast_is_undefined()
    {
        // d = −1, 0; y = 1e308, −1e308: b = −1e308 / 0.5 = −2e308 → −∞; ŷ = −∞.
        KpiEvaluation e = KpiEvaluator.Evaluate(MaxAbs(new ForecastTolerance(10, 2)), "s", [Obs(D.PlusDays(-1), 1e308), Obs(D, -1e308)], D);
        Assert.Null(e.Forecast);
        Has(e.Diagnostics, DiagnosticKind.Undefined, "The trend forecast overflowed.");
    }

    [Fact]
    public void Forecast_without_a_target_is_undefined_and_not_a_breach()
    {
        // Actual: 20 at D against 20 → 1.0 → green. Forecast dated 2024-12-01, before the first target: undefined.
        KpiEvaluation e = KpiEvaluator.Evaluate(PercentOfTarget(), "s", [Obs(D, 20)], D, new KpiForecast(new LocalDate(2024, 12, 1), 20));
        Assert.Same(Green, e.Status);
        KpiForecastCheck f = e.Forecast!;
        Assert.Null(f.Status);
        Assert.Null(f.BandInput);
        Assert.Null(f.Target);
        Assert.False(f.Breach);
        Has(e.Diagnostics, DiagnosticKind.Undefined, "Forecast at 2024-12-01: No target of 'k'");
    }

    [Fact]
    public void Supplied_forecast_worse_than_actual_is_a_breach_with_a_warning()
    {
        // Actual 0.8 → green; forecast 0.3 → red: worse, breach.
        KpiEvaluation e = KpiEvaluator.Evaluate(MaxAbs(), "s", [Obs(D, 0.8)], D, new KpiForecast(D.PlusDays(30), 0.3));
        KpiForecastCheck f = e.Forecast!;
        Assert.Equal(KpiForecastMethod.Supplied, f.Method);
        Assert.Equal(0.3, f.BandInput);
        Assert.Same(Red, f.Status);
        Assert.True(f.Breach);
        Has(e.Diagnostics, DiagnosticKind.Warning, "Forecast exception: the forecast 0.3 at 2025-03-02 is Red, worse than the actual Green.");
        HasNo(e.Diagnostics, "Forecast at");
    }

    // ---- EvaluateAll ----

    [Fact]
    public void EvaluateAll_null_definition_and_observations()
    {
        Throws<ArgumentNullException>("definition", () => KpiEvaluator.EvaluateAll(null!, [Obs(D, 1)], D));
        Throws<ArgumentNullException>("observations", () => KpiEvaluator.EvaluateAll(MaxAbs(), null!, D));
    }

    [Fact]
    public void EvaluateAll_null_observation_names_its_index() =>
        Throws<ArgumentNullException>("observations", () => KpiEvaluator.EvaluateAll(MaxAbs(), [Obs(D, 1), Obs(D, 1, "t"), null!], D), "observations[2] is null");

    [Fact]
    public void EvaluateAll_observation_of_other_kpi_names_both_ids() =>
        Throws<ArgumentException>("observations", () => KpiEvaluator.EvaluateAll(MaxAbs(), [Obs(D, 1), Obs(D, 1, kpi: "x")], D), "observations[1] is of the KPI 'x', not 'k'");

    [Fact]
    public void EvaluateAll_duplicate_date_per_subject() =>
        Throws<ArgumentException>("observations", () => KpiEvaluator.EvaluateAll(MaxAbs(), [Obs(D, 1, "b"), Obs(D, 1, "a"), Obs(D, 2, "b")], D), "two observations of 'k' for 'b'");

    [Fact]
    public void EvaluateAll_groups_by_subject_sorted_ordinally_with_full_history()
    {
        // b: 0.3 at D2, 0.8 at D (given out of order) → 0.8 green, previous 0.3. a: 0.6 → amber. B (upper case) sorts first.
        var results = KpiEvaluator.EvaluateAll(MaxAbs(), [Obs(D, 0.8, "b"), Obs(D, 0.6, "a"), Obs(D2, 0.3, "b"), Obs(D, 0.1, "B")], D);
        Assert.Equal(["B", "a", "b"], results.Select(r => r.SubjectId));
        Assert.Same(Red, results[0].Status);
        Assert.Equal(0.6, results[1].Value);
        Assert.Same(Amber, results[1].Status);
        Assert.Equal(0.8, results[2].Value);
        Assert.Equal(0.3, results[2].PreviousValue);
        Assert.Same(Green, results[2].Status);
    }

    // ---- EvaluateValue / ClassifyBatch ----

    [Fact]
    public void EvaluateValue_null_definition() =>
        Throws<ArgumentNullException>("definition", () => KpiEvaluator.EvaluateValue(null!, "s", 1, D));

    [Fact]
    public void ClassifyBatch_null_definition() =>
        Throws<ArgumentNullException>("definition", () => KpiEvaluator.ClassifyBatch(null!, [1.0], D, new int[1]));

    [Fact]
    public void ClassifyBatch_percent_of_target_uses_the_target_at_the_date()
    {
        // Target at D is 20: 20/20 = 1 → green (2); 18/20 = 0.9 → amber (1); 10/20 = 0.5 → red (0); NaN → −1.
        int[] ranks = new int[4];
        KpiEvaluator.ClassifyBatch(PercentOfTarget(), [20, 18, 10, double.NaN], D, ranks);
        Assert.Equal([2, 1, 0, -1], ranks);

        // Before the first target: all undefined.
        KpiEvaluator.ClassifyBatch(PercentOfTarget(), [20, 18], new LocalDate(2024, 12, 31), ranks);
        Assert.Equal(-1, ranks[0]);
        Assert.Equal(-1, ranks[1]);
    }

    [Fact]
    public void ClassifyBatch_achievement_uses_the_common_target_and_start()
    {
        // Start 0, target 100: (x − 0)/100 → 0.8 green, 0.6 amber, 0.1 red.
        var d = new KpiDefinition("k", "K", KpiDirection.Maximise, BandSet.HigherIsBetter(StatusScale.Rag, 0.5, 0.75), BandMode.Achievement, TargetSeries.Constant(100, start: 0));
        int[] ranks = new int[3];
        KpiEvaluator.ClassifyBatch(d, [80, 60, 10], D, ranks);
        Assert.Equal([2, 1, 0], ranks);
    }

    [Fact]
    public void ClassifyBatch_percent_of_range_divides_by_the_range_width()
    {
        // Range [0, 10]: (6 − 0)/10 = 0.6 amber, 0.8 green, 0.2 red.
        var d = new KpiDefinition("k", "K", KpiDirection.TargetBand(0, 10), BandSet.HigherIsBetter(StatusScale.Rag, 0.5, 0.75), BandMode.PercentOfRange);
        int[] ranks = new int[3];
        KpiEvaluator.ClassifyBatch(d, [6, 8, 2], D, ranks);
        Assert.Equal([1, 2, 0], ranks);
    }

    [Fact]
    public void ClassifyBatch_messages_state_the_rule()
    {
        Throws<ArgumentException>("targets", () => KpiEvaluator.ClassifyBatch(MaxAbs(), [1.0, 2.0], [1.0], new int[2]), "targets (length 1) must be as long as values (length 2)");
        Throws<ArgumentException>("definition", () => KpiEvaluator.ClassifyBatch(Neutral(), [1.0], D, new int[1]), "The KPI 'k' is neutral and has no status to classify.");
        Throws<ArgumentException>("ranks", () => KpiEvaluator.ClassifyBatch(MaxAbs(), [1.0, 2.0], D, new int[1]), "ranks (length 1) must be at least as long as values (length 2)");
    }
}
