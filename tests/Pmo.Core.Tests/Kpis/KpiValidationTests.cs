using NodaTime;
using Pmo.Core.Kpis;

namespace Pmo.Core.Tests.Kpis;

/// <summary>Layer 3 error tests: one per validation rule in <c>Pmo.Core.Kpis</c>, asserting the exact exception type and ParamName.</summary>
public class KpiValidationTests
{
    private static readonly LocalDate D = new(2025, 1, 31);
    private static readonly StatusLevel R = StatusScale.Red;
    private static readonly StatusLevel A = StatusScale.Amber;
    private static readonly StatusLevel G = StatusScale.Green;
    private static readonly BandSet Bands = BandSet.HigherIsBetter(StatusScale.Rag, 0.9, 0.95);

    private static void Throws<T>(string param, Action action)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(action).ParamName);

    private static void Throws<T>(string param, Func<object?> create)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(() => create()).ParamName);

    private static BandSetException BandError(params ToleranceBand[] bands) =>
        Assert.Throws<BandSetException>(() => (object)new BandSet(StatusScale.Rag, bands));

    // ---- StatusLevel / StatusScale ----

    [Fact] public void Level_blank_id() => Throws<ArgumentException>("id", () => new StatusLevel(" ", "L", "#000", 0));
    [Fact] public void Level_null_label() => Throws<ArgumentNullException>("label", () => new StatusLevel("x", null!, "#000", 0));
    [Fact] public void Level_blank_colour() => Throws<ArgumentException>("colour", () => new StatusLevel("x", "X", "", 0));
    [Fact] public void Level_negative_rank() => Throws<ArgumentOutOfRangeException>("rank", () => new StatusLevel("x", "X", "#000", -1));
    [Fact] public void Scale_one_level() => Throws<ArgumentException>("levels", () => new StatusScale("s", [R]));
    [Fact] public void Scale_null_level() => Throws<ArgumentNullException>("levels", () => new StatusScale("s", [R, null!]));
    [Fact] public void Scale_rank_gap() => Throws<ArgumentException>("levels", () => new StatusScale("s", [R, G]));
    [Fact] public void Scale_duplicate_id() => Throws<ArgumentException>("levels", () => new StatusScale("s", [R, new StatusLevel("red", "Other", "#111", 1)]));
    [Fact] public void Scale_level_rank_out_of_range() => Throws<ArgumentOutOfRangeException>("rank", () => StatusScale.Rag.Level(3));
    [Fact] public void Scale_score_of_foreign_level() => Throws<ArgumentException>("level", () => StatusScale.Rag.Score(StatusScale.FiveLevel["amber"]));

    // ---- ToleranceBand ----

    [Fact] public void Band_lower_NaN() => Throws<ArgumentOutOfRangeException>("lower", () => new ToleranceBand(double.NaN, false, 1, false, G));
    [Fact] public void Band_lower_plus_infinity() => Throws<ArgumentOutOfRangeException>("lower", () => new ToleranceBand(double.PositiveInfinity, false, double.PositiveInfinity, false, G));
    [Fact] public void Band_upper_minus_infinity() => Throws<ArgumentOutOfRangeException>("upper", () => new ToleranceBand(double.NegativeInfinity, false, double.NegativeInfinity, false, G));
    [Fact] public void Band_inclusive_minus_infinity() => Throws<ArgumentOutOfRangeException>("lowerInclusive", () => new ToleranceBand(double.NegativeInfinity, true, 1, false, G));
    [Fact] public void Band_inclusive_plus_infinity() => Throws<ArgumentOutOfRangeException>("upperInclusive", () => new ToleranceBand(0, false, double.PositiveInfinity, true, G));
    [Fact] public void Band_empty_reversed() => Throws<ArgumentException>("upper", () => new ToleranceBand(2, true, 1, true, G));
    [Fact] public void Band_empty_point() => Throws<ArgumentException>("upper", () => new ToleranceBand(1, true, 1, false, G));
    [Fact] public void Band_null_level() => Throws<ArgumentNullException>("level", () => new ToleranceBand(0, true, 1, false, null!));
    [Fact] public void Band_between_infinite() => Throws<ArgumentOutOfRangeException>("upper", () => ToleranceBand.Between(0, true, double.PositiveInfinity, false, G));
    [Fact] public void Band_at_least_NaN() => Throws<ArgumentOutOfRangeException>("threshold", () => ToleranceBand.AtLeast(double.NaN, G));

    // ---- BandSet: partition rules, each naming the offending bands ----

    [Fact]
    public void BandSet_empty()
    {
        BandSetException e = BandError();
        Assert.Equal(BandSetProblem.Empty, e.Problem);
        Assert.Equal("bands", e.ParamName);
    }

    [Fact]
    public void BandSet_does_not_start_at_minus_infinity()
    {
        BandSetException e = BandError(ToleranceBand.AtLeast(0, G));
        Assert.Equal((BandSetProblem.DoesNotStartAtNegativeInfinity, 0, "bands"), (e.Problem, e.FirstBandIndex, e.ParamName));
    }

    [Fact]
    public void BandSet_does_not_end_at_plus_infinity()
    {
        BandSetException e = BandError(ToleranceBand.Below(0, R), ToleranceBand.Between(0, true, 1, false, G));
        Assert.Equal((BandSetProblem.DoesNotEndAtPositiveInfinity, 1), (e.Problem, e.FirstBandIndex));
    }

    [Fact]
    public void BandSet_open_gap()
    {
        // (−∞, 0.9) and [0.95, +∞): nothing covers [0.9, 0.95). Indices are the caller's.
        BandSetException e = BandError(ToleranceBand.AtLeast(0.95, G), ToleranceBand.Below(0.9, R));
        Assert.Equal((BandSetProblem.Gap, 1, 0), (e.Problem, e.FirstBandIndex, e.SecondBandIndex));
        Assert.Contains("bands[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BandSet_shared_end_included_by_neither_is_a_gap()
    {
        BandSetException e = BandError(ToleranceBand.Below(0.9, R), ToleranceBand.Above(0.9, G));
        Assert.Equal(BandSetProblem.Gap, e.Problem);
    }

    [Fact]
    public void BandSet_shared_end_included_by_both_is_an_overlap()
    {
        BandSetException e = BandError(ToleranceBand.AtMost(0.9, R), ToleranceBand.AtLeast(0.9, G));
        Assert.Equal((BandSetProblem.Overlap, 0, 1), (e.Problem, e.FirstBandIndex, e.SecondBandIndex));
    }

    [Fact]
    public void BandSet_interval_overlap()
    {
        BandSetException e = BandError(ToleranceBand.Below(1.0, R), ToleranceBand.AtLeast(0.9, G));
        Assert.Equal(BandSetProblem.Overlap, e.Problem);
    }

    [Fact]
    public void BandSet_level_not_in_scale()
    {
        BandSetException e = BandError(ToleranceBand.Below(0, StatusScale.FiveLevel["amber-red"]), ToleranceBand.AtLeast(0, G));
        Assert.Equal((BandSetProblem.LevelNotInScale, 0), (e.Problem, e.FirstBandIndex));
    }

    [Fact] public void BandSet_null_band() => Throws<ArgumentNullException>("bands", () => new BandSet(StatusScale.Rag, [null!]));
    [Fact] public void BandSet_null_scale() => Throws<ArgumentNullException>("scale", () => new BandSet(null!, [ToleranceBand.AtLeast(0, G)]));
    [Fact] public void HigherIsBetter_wrong_count() => Throws<ArgumentException>("thresholds", () => BandSet.HigherIsBetter(StatusScale.Rag, 0.9));
    [Fact] public void HigherIsBetter_not_increasing() => Throws<ArgumentException>("thresholds", () => BandSet.HigherIsBetter(StatusScale.Rag, 0.95, 0.9));
    [Fact] public void LowerIsBetter_NaN() => Throws<ArgumentOutOfRangeException>("thresholds", () => BandSet.LowerIsBetter(StatusScale.Rag, double.NaN, 1));
    [Fact] public void Around_wrong_margin_count() => Throws<ArgumentException>("margins", () => BandSet.Around(StatusScale.Rag, 0, 1));
    [Fact] public void Around_high_below_low() => Throws<ArgumentException>("high", () => BandSet.Around(StatusScale.Rag, 1, 0, 0.1));
    [Fact] public void Around_margin_not_positive() => Throws<ArgumentOutOfRangeException>("margins", () => BandSet.Around(StatusScale.Rag, 0, 1, 0));
    [Fact] public void Around_margins_not_increasing() => Throws<ArgumentException>("margins", () => BandSet.Around(StatusScale.FiveLevel, 0, 1, 0.2, 0.1, 0.3));
    [Fact] public void ClassifyRanks_destination_too_short() => Throws<ArgumentException>("ranks", () => Bands.ClassifyRanks(new double[3], new int[2]));

    // ---- Direction, targets, policies, forecast tolerance ----

    [Fact] public void TargetBand_high_not_above_low() => Throws<ArgumentException>("high", () => KpiDirection.TargetBand(1, 1));
    [Fact] public void TargetBand_low_NaN() => Throws<ArgumentOutOfRangeException>("low", () => KpiDirection.TargetBand(double.NaN, 1));
    [Fact] public void Target_value_infinite() => Throws<ArgumentOutOfRangeException>("value", () => new KpiTarget(D, double.PositiveInfinity));
    [Fact] public void TargetSeries_null() => Throws<ArgumentNullException>("targets", () => new TargetSeries(null!));
    [Fact] public void TargetSeries_duplicate_date() => Throws<ArgumentException>("targets", () => new TargetSeries([new KpiTarget(D, 1), new KpiTarget(D, 2)]));
    [Fact] public void TargetSeries_start_NaN() => Throws<ArgumentOutOfRangeException>("start", () => new TargetSeries([], double.NaN));
    [Fact] public void TargetSeries_constant_NaN() => Throws<ArgumentOutOfRangeException>("target", () => TargetSeries.Constant(double.NaN));
    [Fact] public void CarryForward_max_age_not_positive() => Throws<ArgumentOutOfRangeException>("maxAgeDays", () => MissingDataPolicy.CarryForwardLast(0));
    [Fact] public void ForecastTolerance_horizon_not_positive() => Throws<ArgumentException>("horizonDays", () => new ForecastTolerance(0));
    [Fact] public void ForecastTolerance_one_point() => Throws<ArgumentException>("trendPoints", () => new ForecastTolerance(30, 1));
    [Fact] public void Forecast_value_NaN() => Throws<ArgumentOutOfRangeException>("value", () => new KpiForecast(D, double.NaN));

    // ---- KpiDefinition ----

    [Fact] public void Definition_blank_id() => Throws<ArgumentException>("id", () => new KpiDefinition("", "N", KpiDirection.Maximise, Bands));
    [Fact] public void Definition_null_name() => Throws<ArgumentNullException>("name", () => new KpiDefinition("k", null!, KpiDirection.Maximise, Bands));
    [Fact] public void Definition_null_direction() => Throws<ArgumentNullException>("direction", () => new KpiDefinition("k", "N", null!, Bands));
    [Fact] public void Definition_null_unit() => Throws<ArgumentNullException>("unit", () => new KpiDefinition("k", "N", KpiDirection.Maximise, Bands, unit: null!));
    [Fact] public void Definition_undefined_band_mode() => Throws<ArgumentOutOfRangeException>("bandMode", () => new KpiDefinition("k", "N", KpiDirection.Maximise, Bands, (BandMode)9));
    [Fact] public void Definition_undefined_aggregation() => Throws<ArgumentOutOfRangeException>("aggregation", () => new KpiDefinition("k", "N", KpiDirection.Maximise, Bands, aggregation: (AggregationRule)9));
    [Fact] public void Definition_precision_out_of_range() => Throws<ArgumentOutOfRangeException>("displayPrecision", () => new KpiDefinition("k", "N", KpiDirection.Maximise, Bands, displayPrecision: 16));
    [Fact] public void Definition_neutral_with_bands() => Throws<ArgumentException>("bands", () => new KpiDefinition("k", "N", KpiDirection.Neutral, Bands));
    [Fact] public void Definition_neutral_with_forecast() => Throws<ArgumentException>("forecastTolerance", () => new KpiDefinition("k", "N", KpiDirection.Neutral, null, forecastTolerance: new ForecastTolerance(10)));
    [Fact] public void Definition_rated_without_bands() => Throws<ArgumentNullException>("bands", () => new KpiDefinition("k", "N", KpiDirection.Minimise, null));
    [Fact] public void Definition_percent_of_target_without_target() => Throws<ArgumentException>("targets", () => new KpiDefinition("k", "N", KpiDirection.Maximise, Bands, BandMode.PercentOfTarget));
    [Fact] public void Definition_achievement_for_target_band() => Throws<ArgumentException>("bandMode", () => new KpiDefinition("k", "N", KpiDirection.TargetBand(0, 1), Bands, BandMode.Achievement, TargetSeries.Constant(1, 0)));
    [Fact] public void Definition_achievement_without_start() => Throws<ArgumentException>("targets", () => new KpiDefinition("k", "N", KpiDirection.Maximise, Bands, BandMode.Achievement, TargetSeries.Constant(1)));
    [Fact] public void Definition_percent_of_range_without_target_band() => Throws<ArgumentException>("bandMode", () => new KpiDefinition("k", "N", KpiDirection.Maximise, Bands, BandMode.PercentOfRange));
    [Fact] public void Definition_with_null_targets() => Throws<ArgumentNullException>("targets", () => KpiLibrary.CostPerformanceIndex().WithTargets(null!));

    // ---- Observations ----

    [Fact] public void Observation_blank_kpi() => Throws<ArgumentException>("kpiId", () => new KpiObservation(" ", "P", D, 1));
    [Fact] public void Observation_null_subject() => Throws<ArgumentNullException>("subjectId", () => new KpiObservation("k", null!, D, 1));
    [Fact] public void Observation_value_NaN() => Throws<ArgumentOutOfRangeException>("value", () => new KpiObservation("k", "P", D, double.NaN));
    [Fact] public void Observation_numerator_without_denominator() => Throws<ArgumentException>("denominator", () => new KpiObservation("k", "P", D, 1, 1, null));
    [Fact] public void Observation_denominator_without_numerator() => Throws<ArgumentException>("numerator", () => new KpiObservation("k", "P", D, 1, null, 1));
    [Fact] public void Observation_denominator_infinite() => Throws<ArgumentOutOfRangeException>("denominator", () => new KpiObservation("k", "P", D, 1, 1, double.PositiveInfinity));
    [Fact] public void Ratio_numerator_NaN() => Throws<ArgumentOutOfRangeException>("numerator", () => KpiObservation.Ratio("k", "P", D, double.NaN, 1));

    // ---- Evaluator ----

    [Fact] public void Evaluate_null_definition() => Throws<ArgumentNullException>("definition", () => KpiEvaluator.Evaluate(null!, "P", [], D));
    [Fact] public void Evaluate_blank_subject() => Throws<ArgumentException>("subjectId", () => KpiEvaluator.Evaluate(KpiLibrary.CostPerformanceIndex(), "", [], D));
    [Fact] public void Evaluate_null_observation() => Throws<ArgumentNullException>("history", () => KpiEvaluator.Evaluate(KpiLibrary.CostPerformanceIndex(), "P", [null!], D));
    [Fact] public void Evaluate_other_kpi() => Throws<ArgumentException>("history", () => KpiEvaluator.Evaluate(KpiLibrary.CostPerformanceIndex(), "P", [new("spi", "P", D, 1)], D));
    [Fact] public void Evaluate_other_subject() => Throws<ArgumentException>("history", () => KpiEvaluator.Evaluate(KpiLibrary.CostPerformanceIndex(), "P", [new("cpi", "Q", D, 1)], D));
    [Fact] public void Evaluate_duplicate_date() => Throws<ArgumentException>("history", () => KpiEvaluator.Evaluate(KpiLibrary.CostPerformanceIndex(), "P", [new("cpi", "P", D, 1), new("cpi", "P", D, 2)], D));
    [Fact] public void EvaluateAll_other_kpi() => Throws<ArgumentException>("observations", () => KpiEvaluator.EvaluateAll(KpiLibrary.CostPerformanceIndex(), [new("spi", "P", D, 1)], D));
    [Fact] public void EvaluateValue_NaN() => Throws<ArgumentOutOfRangeException>("value", () => KpiEvaluator.EvaluateValue(KpiLibrary.CostPerformanceIndex(), "P", double.NaN, D));
    [Fact] public void ClassifyBatch_neutral() => Throws<ArgumentException>("definition", () => KpiEvaluator.ClassifyBatch(KpiLibrary.BurnRate(), new double[1], D, new int[1]));
    [Fact] public void ClassifyBatch_targets_length() => Throws<ArgumentException>("targets", () => KpiEvaluator.ClassifyBatch(KpiLibrary.CostPerformanceIndex(), new double[2], new double[1], new int[2]));
    [Fact] public void ClassifyBatch_ranks_too_short() => Throws<ArgumentException>("ranks", () => KpiEvaluator.ClassifyBatch(KpiLibrary.CycleTime(TargetSeries.Constant(1)), new double[2], D, new int[1]));

    // ---- Formula KPIs ----

    private static KpiDefinition Neutral(string id) => new(id, id, KpiDirection.Neutral, null);

    [Fact] public void Formula_no_inputs() => Throws<ArgumentException>("inputIds", () => new FormulaKpi(Neutral("f"), [], x => 1));
    [Fact] public void Formula_duplicate_input() => Throws<ArgumentException>("inputIds", () => new FormulaKpi(Neutral("f"), ["a", "a"], x => 1));
    [Fact] public void Formula_self_input() => Throws<ArgumentException>("inputIds", () => new FormulaKpi(Neutral("f"), ["f"], x => 1));
    [Fact] public void Formula_null_delegate() => Throws<ArgumentNullException>("formula", () => new FormulaKpi(Neutral("f"), ["a"], null!));
    [Fact] public void Formula_compute_wrong_arity() => Throws<ArgumentException>("inputs", () => new FormulaKpi(Neutral("f"), ["a"], x => 1).Compute([1.0, 2.0]));
    [Fact] public void Formula_duplicate_output() => Throws<ArgumentException>("formulas", () => FormulaKpi.Apply([new FormulaKpi(Neutral("f"), ["a"], x => 1), new FormulaKpi(Neutral("f"), ["b"], x => 1)], []));
    [Fact] public void Formula_output_already_observed() => Throws<ArgumentException>("observations", () => FormulaKpi.Apply([new FormulaKpi(Neutral("f"), ["a"], x => 1)], [new("f", "P", D, 1)]));

    [Fact]
    public void Formula_cycle_is_named()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => FormulaKpi.Apply(
            [new FormulaKpi(Neutral("a"), ["b"], x => 1), new FormulaKpi(Neutral("b"), ["c"], x => 1), new FormulaKpi(Neutral("c"), ["a", "x"], x => 1)], []));
        Assert.Equal("formulas", e.ParamName);
        Assert.Contains("→", e.Message, StringComparison.Ordinal);
    }

    // ---- Hierarchy and roll-ups ----

    [Fact] public void Node_own_parent() => Throws<ArgumentException>("parentId", () => new KpiHierarchyNode("a", "a"));
    [Fact] public void Node_negative_weight() => Throws<ArgumentOutOfRangeException>("weight", () => new KpiHierarchyNode("a", null, -1));
    [Fact] public void Hierarchy_empty() => Throws<ArgumentException>("nodes", () => new KpiHierarchy([]));
    [Fact] public void Hierarchy_duplicate_id() => Throws<ArgumentException>("nodes", () => new KpiHierarchy([new("a"), new("a")]));
    [Fact] public void Hierarchy_unknown_parent() => Throws<ArgumentException>("nodes", () => new KpiHierarchy([new("a", "z")]));

    [Fact]
    public void Hierarchy_cycle_is_named()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => (object)new KpiHierarchy([new("root"), new("a", "b"), new("b", "a")]));
        Assert.Equal("nodes", e.ParamName);
        Assert.Contains("a → b → a", e.Message, StringComparison.Ordinal);
    }

    [Fact] public void Aggregate_undefined_rule() => Throws<ArgumentOutOfRangeException>("rule", () => KpiRollup.Aggregate((AggregationRule)42, []));
    [Fact] public void Aggregate_weighted_mean_without_weights() => Throws<ArgumentNullException>("weight", () => KpiRollup.Aggregate(AggregationRule.WeightedMean, []));
    [Fact] public void Aggregate_negative_weight() => Throws<ArgumentOutOfRangeException>("weight", () => KpiRollup.Aggregate(AggregationRule.WeightedMean, [new("k", "P", D, 1)], _ => -1));
    [Fact] public void Values_null_hierarchy() => Throws<ArgumentNullException>("hierarchy", () => KpiRollup.Values(KpiLibrary.CostPerformanceIndex(), null!, [], D));
    [Fact] public void Values_percent_best_wrong_size() => Throws<ArgumentException>("statusRule", () => KpiRollup.Values(KpiLibrary.CostPerformanceIndex(), KpiHierarchy.Flat("g", ["p"]), [], D, StatusRollupRule.PercentBest(0.9)));
    [Fact] public void Scorecards_duplicate_kpi() => Throws<ArgumentException>("definitions", () => KpiRollup.Scorecards([KpiLibrary.CostPerformanceIndex(), KpiLibrary.CostPerformanceIndex()], KpiHierarchy.Flat("g", ["p"]), [], D));
    [Fact] public void Scorecard_blank_subject() => Throws<ArgumentException>("subjectId", () => KpiScorecard.Evaluate(" ", [], [], D));

    // ---- Status roll-ups ----

    [Fact] public void PercentBest_empty() => Throws<ArgumentException>("minimumBestFractions", () => StatusRollupRule.PercentBest());
    [Fact] public void PercentBest_out_of_range() => Throws<ArgumentOutOfRangeException>("minimumBestFractions", () => StatusRollupRule.PercentBest(1.2, 0.5));
    [Fact] public void PercentBest_not_decreasing() => Throws<ArgumentException>("minimumBestFractions", () => StatusRollupRule.PercentBest(0.5, 0.8));
    [Fact] public void Combine_wrong_fraction_count() => Throws<ArgumentException>("rule", () => StatusRollup.Combine(StatusScale.FiveLevel, [], StatusRollupRule.PercentGreen));
    [Fact] public void Combine_foreign_level() => Throws<ArgumentException>("inputs", () => StatusRollup.Combine(StatusScale.Rag, [new StatusInput(StatusScale.FiveLevel["amber-green"])], StatusRollupRule.WorstWins));

    [Fact]
    public void Combine_mixed_scales()
    {
        var five = new KpiDefinition("f", "F", KpiDirection.Maximise, BandSet.HigherIsBetter(StatusScale.FiveLevel, 1, 2, 3, 4));
        KpiEvaluation[] evals = [KpiEvaluator.EvaluateValue(KpiLibrary.CostPerformanceIndex(), "P", 1, D), KpiEvaluator.EvaluateValue(five, "P", 1, D)];
        Throws<ArgumentException>("evaluations", () => StatusRollup.Combine(evals, StatusRollupRule.WorstWins));
    }

    // ---- Composites ----

    [Fact] public void Component_weight_zero() => Throws<ArgumentOutOfRangeException>("weight", () => new CompositeComponent("c", 0));
    [Fact] public void Component_weight_NaN() => Throws<ArgumentOutOfRangeException>("weight", () => new CompositeComponent("c", double.NaN));
    [Fact] public void Composite_no_components() => Throws<ArgumentException>("components", () => new CompositeIndex("h", "H", []));
    [Fact] public void Composite_duplicate_component() => Throws<ArgumentException>("components", () => new CompositeIndex("h", "H", [new("c", 1), new("c", 2)]));
    [Fact] public void Composite_coverage_out_of_range() => Throws<ArgumentOutOfRangeException>("minimumCoverage", () => new CompositeIndex("h", "H", [new("c", 1)], minimumCoverage: 1.5));
    [Fact] public void Composite_veto_foreign_level() => Throws<ArgumentException>("veto", () => new CompositeIndex("h", "H", [new("c", 1)], veto: new CompositeVeto(StatusScale.FiveLevel["amber-red"], A)));
    [Fact] public void CompositeInput_score_above_one() => Throws<ArgumentOutOfRangeException>("score", () => new CompositeInput("c", 1.5));
    [Fact] public void Composite_unknown_component() => Throws<ArgumentException>("inputs", () => new CompositeIndex("h", "H", [new("c", 1)]).Evaluate([new CompositeInput("z", 1)]));
    [Fact] public void Composite_repeated_component() => Throws<ArgumentException>("inputs", () => new CompositeIndex("h", "H", [new("c", 1)]).Evaluate([new CompositeInput("c", 1), new CompositeInput("c", 0)]));
}
