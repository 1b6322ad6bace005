using Pmo.Core.Common;
using Pmo.Core.Kpis;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.Scoring;

/// <summary>
/// Documented behaviour of <see cref="RiskScoringModel"/> that the earlier tests did not pin down (issue 9 §6, Stryker
/// survivors list A): typed rejections with the rule in the message, the driving dimension and its ties, the mean-level
/// diagnostics, cell colours, the overflow-safe weighted mean and the batch contract. Expected values are hand-worked
/// (arithmetic in the comments); none was produced by running the code.
/// </summary>
public class RiskMutationTestsA
{
    /// <summary>PMBOK 5th ed. probability points 0.1/0.3/0.5/0.7/0.9: p = 0.5 → level 3 (value 0.5), p = 0.9 → level 5 (0.9).</summary>
    private static readonly ProbabilityScale P = RiskMatrixPresets.PmbokProbability();

    /// <summary>PMBOK impact points 0.05/0.10/0.20/0.40/0.80 (levels 1 … 5): a raw 0.2 is level 3, 0.8 is level 5, 0 is level 1.</summary>
    private static ImpactScale Pmbok(string dim) => RiskMatrixPresets.PmbokImpact(dim);

    /// <summary>Five ranges [k − 1, k) (the last [4, ∞)) with value k × <paramref name="step"/>: a raw x &lt; 4 is level ⌊x⌋ + 1.</summary>
    private static ImpactScale Ranges(string dim, double step = 1) => new(dim, "", ThresholdBasis.Absolute,
        Enumerable.Range(1, 5).Select(k => ScaleLevel.HalfOpen($"I{k}", k * step, k - 1, k == 5 ? double.PositiveInfinity : k)));

    /// <summary>Three ranges [0, 1), [1, 2), [2, ∞) with values 1, 2, 3.</summary>
    private static ImpactScale Three(string dim) => new(dim, "", ThresholdBasis.Absolute,
        Enumerable.Range(1, 3).Select(k => ScaleLevel.HalfOpen($"I{k}", k, k - 1, k == 3 ? double.PositiveInfinity : k)));

    private static RiskAssessment Assess(double p, params (string Dim, double Raw)[] impacts) =>
        new(p, impacts.Select(x => new KeyValuePair<string, double>(x.Dim, x.Raw)));

    // ---------------------------------------------------------------- construction: arguments and messages

    [Fact]
    public void Model_rejects_null_scales_and_matrix_as_ArgumentNullException()
    {
        Reject.Rule<ArgumentNullException>(() => RiskScoringModel.NumericProduct(null!, [Pmbok("cost")]), "probabilityScale");
        Reject.Rule<ArgumentNullException>(() => RiskScoringModel.NumericProduct(P, null!), "impactScales");
        Reject.Rule<ArgumentNullException>(() => RiskScoringModel.NumericProduct(P, [Pmbok("cost"), null!]), "impactScales", "impactScales[1] is null");
        Reject.Rule<ArgumentNullException>(() => RiskScoringModel.WithMatrix(P, [Pmbok("cost")], null!), "matrix");
    }

    [Fact]
    public void Model_impact_scale_rules_state_the_rule()
    {
        Reject.Rule<ArgumentException>(() => RiskScoringModel.NumericProduct(P, []), "impactScales", "impactScales must contain at least one impact scale");
        Reject.Rule<ArgumentException>(() => RiskScoringModel.NumericProduct(P, [Pmbok("cost"), Pmbok("cost")]), "impactScales", "impactScales[0] and [1] are both for the dimension 'cost'; one scale per dimension");
        Reject.Rule<ArgumentException>(() => RiskScoringModel.NumericProduct(P, [Three("cost"), Pmbok("schedule")]), "impactScales", "impactScales[1] ('schedule') has 5 levels but [0] ('cost') has 3", "share the number of levels");
    }

    [Fact]
    public void Model_rejects_a_matrix_with_too_few_rows_even_when_the_columns_match()
    {
        // Simple 3×3 against the 5-level probability scale and a 3-level impact scale: only the rows disagree.
        RiskMatrixException e = Reject.Rule<RiskMatrixException>(() => RiskScoringModel.WithMatrix(P, [Three("cost")], RiskMatrixPresets.Simple3x3()), "matrix", "matrix 'Simple 3×3' has 3 rows but the probability scale has 5 levels");
        Assert.Equal(RiskMatrixProblem.ScaleMismatch, e.Problem);
        Assert.Equal((-1, -1), (e.Row, e.Column)); // "The 0-based row, or −1": a size mismatch is no single cell
    }

    [Fact]
    public void Model_rejects_a_matrix_with_the_wrong_column_count()
    {
        RiskMatrixException e = Reject.Rule<RiskMatrixException>(() => RiskScoringModel.WithMatrix(RiskMatrixPresets.EqualProbabilityRanges(3), [Pmbok("cost")], RiskMatrixPresets.Simple3x3()), "matrix", "matrix 'Simple 3×3' has 3 columns but the impact scales have 5 levels");
        Assert.Equal(RiskMatrixProblem.ScaleMismatch, e.Problem);
        Assert.Equal((-1, -1), (e.Row, e.Column));
    }

    [Fact]
    public void Model_weight_rules_state_the_rule_and_list_the_scales()
    {
        Reject.Rule<ArgumentException>(
            () => RiskScoringModel.NumericProduct(P, [Pmbok("cost"), Pmbok("schedule")], aggregation: ImpactAggregation.WeightedMean([new("cost", 1), new("safty", 1)])),
            "aggregation",
            "aggregation weights the dimension 'safty', which has no impact scale (scales: cost, schedule)");
        Reject.Rule<ArgumentException>(
            () => RiskScoringModel.NumericProduct(P, [Pmbok("cost"), Pmbok("schedule")], aggregation: ImpactAggregation.WeightedMean([new("cost", 1)])),
            "aggregation",
            "aggregation has no weight for the dimension 'schedule'");
    }

    [Fact]
    public void Model_rejects_an_undefined_formula_naming_the_value()
    {
        // The shared guard's message names the parameter, the value and the rule (Guards.cs house style).
        Reject.Rule<ArgumentOutOfRangeException>(() => RiskScoringModel.WithFormula(P, [Pmbok("cost")], (ScoreFormula)42), "formula", "formula (42) is not a defined ScoreFormula");
    }

    [Fact]
    public void Impact_scales_are_kept_in_ordinal_order_of_their_dimensions()
    {
        RiskScoringModel m = RiskScoringModel.NumericProduct(P, [Pmbok("schedule"), Pmbok("cost")]);
        Assert.Equal(["cost", "schedule"], m.ImpactScales.Select(s => s.Dimension).ToArray());
    }

    [Fact]
    public void Formula_is_normalised_by_the_highest_top_value_over_the_impact_scales()
    {
        // cost values 0.1 … 0.5, safety 0.3 … 1.5; I_max = max(0.5, 1.5) = 1.5, p_max = 0.9: f_max = 0.9 × 1.5 = 1.35.
        RiskScoringModel m = RiskScoringModel.WithFormula(P, [Ranges("cost", 0.1), Ranges("safety", 0.3)], ScoreFormula.ProbabilityTimesImpact);
        Assert.Equal(1.0, m.ScoreDetail(Assess(0.9, ("safety", 4.5))).Score!.Value, 12); // 0.9 × 1.5 / 1.35
        Assert.Equal(1.0 / 3, m.ScoreDetail(Assess(0.9, ("cost", 4.5))).Score!.Value, 12); // 0.9 × 0.5 / 1.35
    }

    // ---------------------------------------------------------------- ScoreDetail: arguments and messages

    [Fact]
    public void ScoreDetail_rejects_an_undefined_kind_even_where_the_method_ignores_it()
    {
        RiskScoringModel m = RiskScoringModel.NumericProduct(P, [Pmbok("cost")]);
        Reject.Rule<ArgumentOutOfRangeException>(() => m.ScoreDetail(Assess(0.5, ("cost", 0.2)), (RiskKind)9), "kind", "kind (9) is not a defined RiskKind");
        Reject.Rule<ArgumentOutOfRangeException>(() => m.Score(Assess(0.5, ("cost", 0.2)), (RiskKind)9), "kind");
    }

    [Fact]
    public void ScoreDetail_rejects_an_unknown_dimension_listing_the_scales()
    {
        RiskScoringModel m = RiskScoringModel.NumericProduct(P, [Pmbok("cost"), Pmbok("safety")]);
        Reject.Rule<ArgumentException>(() => m.ScoreDetail(Assess(0.5, ("schedule", 0.1))), "assessment", "assessment has an impact on the dimension 'schedule', which this model has no scale for (scales: cost, safety)");
    }

    // ---------------------------------------------------------------- undefined scores and diagnostics

    [Fact]
    public void No_assessed_dimension_gives_the_no_impact_diagnostic_listing_the_dimensions()
    {
        RiskScoreDetail d = RiskScoringModel.NumericProduct(P, [Pmbok("cost"), Pmbok("schedule")]).ScoreDetail(RiskAssessment.Create(0.5));
        Assert.Null(d.Score);
        Diagnostic diag = Assert.Single(d.Diagnostics);
        Assert.Equal(DiagnosticKind.Undefined, diag.Kind);
        Assert.Equal("RiskScore", diag.Metric);
        Assert.Contains("has no impact on any scored dimension (cost, schedule)", diag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_zero_weighted_dimensions_give_an_undefined_score_with_the_weight_diagnostic()
    {
        // Weights cost 1, schedule 0; only schedule is assessed: Σw = 0, so the weighted mean is 0/0, undefined. The ordinal
        // product would otherwise turn any level into a finite score, so a null score shows the mean was not taken.
        RiskScoringModel m = RiskScoringModel.OrdinalProduct(P, [Ranges("cost"), Ranges("schedule")], aggregation: ImpactAggregation.WeightedMean([new("cost", 1), new("schedule", 0)]));
        RiskScoreDetail d = m.ScoreDetail(Assess(0.5, ("schedule", 2.5)));
        Assert.Null(d.Score);
        Assert.Null(d.ImpactLevel);
        Assert.Null(d.Band);
        Assert.Equal(new Dictionary<string, int> { ["schedule"] = 3 }, d.ImpactLevels);
        Diagnostic diag = Assert.Single(d.Diagnostics);
        Assert.Equal(DiagnosticKind.Undefined, diag.Kind);
        Assert.Contains("all have weight 0", diag.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("no impact on any scored dimension", diag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mean_over_fewer_dimensions_than_the_model_has_adds_an_information_diagnostic()
    {
        // Mean model, only cost assessed (0.2 → level 3, value 0.2): score 0.5 × 0.2 = 0.1, one note "1 … of 2".
        RiskScoreDetail d = RiskScoringModel.NumericProduct(P, [Pmbok("cost"), Pmbok("schedule")], aggregation: ImpactAggregation.Mean).ScoreDetail(Assess(0.5, ("cost", 0.2)));
        Assert.Equal(0.1, d.Score!.Value, 12);
        Diagnostic diag = Assert.Single(d.Diagnostics);
        Assert.Equal(DiagnosticKind.Information, diag.Kind);
        Assert.Equal("ImpactLevel", diag.Metric);
        Assert.Contains("over the 1 assessed dimension(s) of 2", diag.Message, StringComparison.Ordinal);

        RiskScoreDetail w = RiskScoringModel.NumericProduct(P, [Pmbok("cost"), Pmbok("schedule")], aggregation: ImpactAggregation.WeightedMean([new("cost", 1), new("schedule", 3)])).ScoreDetail(Assess(0.5, ("cost", 0.2)));
        Assert.Equal(DiagnosticKind.Information, Assert.Single(w.Diagnostics).Kind);
    }

    [Fact]
    public void Mean_over_every_dimension_and_max_over_fewer_add_no_diagnostic()
    {
        // Both assessed: levels 3 and 5 → mean 4; values 0.2 and 0.8 → mean 0.5; score 0.5 × 0.5 = 0.25.
        RiskScoreDetail all = RiskScoringModel.NumericProduct(P, [Pmbok("cost"), Pmbok("schedule")], aggregation: ImpactAggregation.Mean).ScoreDetail(Assess(0.5, ("cost", 0.2), ("schedule", 0.8)));
        Assert.Empty(all.Diagnostics);
        Assert.Equal(4, all.ImpactLevel);
        Assert.Equal(4.0, all.ImpactLevelMean);
        Assert.Equal(0.5, all.ImpactValue!.Value, 12);
        Assert.Equal(0.25, all.Score!.Value, 12);

        // Max does not average, so a missing dimension needs no note.
        RiskScoreDetail max = RiskScoringModel.NumericProduct(P, [Pmbok("cost"), Pmbok("schedule")]).ScoreDetail(Assess(0.5, ("cost", 0.2)));
        Assert.Empty(max.Diagnostics);
    }

    // ---------------------------------------------------------------- driving dimension under Max

    [Fact]
    public void Matrix_max_is_driven_by_the_highest_level_not_the_highest_value()
    {
        // cost 2.5 → level 3 (value 0.3); safety 1.5 → level 2 (value 0.6). L = 3, I = max value 0.6; P level 3:
        // Ordinal 5×5 cell (3, 3) = 9. The level sets a matrix score, so cost drives it.
        RiskScoringModel m = RiskScoringModel.WithMatrix(P, [Ranges("cost", 0.1), Ranges("safety", 0.3)], RiskMatrixPresets.Ordinal5x5());
        RiskScoreDetail d = m.ScoreDetail(Assess(0.5, ("cost", 2.5), ("safety", 1.5)));
        Assert.Equal(9, d.Score);
        Assert.Equal(3, d.ImpactLevel);
        Assert.Equal(0.6, d.ImpactValue!.Value, 12);
        Assert.Equal("cost", d.DrivingDimension);
        Assert.Null(d.ImpactLevelMean); // "for mean aggregations, otherwise null"
    }

    [Fact]
    public void Numeric_max_is_driven_by_the_highest_value_not_the_highest_level()
    {
        // Same impacts: I = 0.6 from safety; score 0.5 × 0.6 = 0.3, driven by safety.
        RiskScoringModel m = RiskScoringModel.NumericProduct(P, [Ranges("cost", 0.1), Ranges("safety", 0.3)]);
        RiskScoreDetail d = m.ScoreDetail(Assess(0.5, ("cost", 2.5), ("safety", 1.5)));
        Assert.Equal(0.3, d.Score!.Value, 12);
        Assert.Equal("safety", d.DrivingDimension);
        Assert.Null(d.ImpactLevelMean);
    }

    [Fact]
    public void The_first_dimension_can_drive_a_matrix_max()
    {
        // cost 3.5 → level 4, schedule 1.5 → level 2: L = 4, Ordinal 5×5 cell (3, 4) = 12, driven by cost (index 0).
        RiskScoreDetail d = RiskScoringModel.WithMatrix(P, [Ranges("cost"), Ranges("schedule")], RiskMatrixPresets.Ordinal5x5()).ScoreDetail(Assess(0.5, ("cost", 3.5), ("schedule", 1.5)));
        Assert.Equal(12, d.Score);
        Assert.Equal("cost", d.DrivingDimension);
    }

    [Fact]
    public void A_full_tie_names_the_first_dimension_in_ordinal_order()
    {
        // "ties: the first in ordinal order". Matrix: both at level 3, value 3 → cell (3, 3) = 9.
        RiskScoreDetail matrix = RiskScoringModel.WithMatrix(P, [Ranges("schedule"), Ranges("cost")], RiskMatrixPresets.Ordinal5x5()).ScoreDetail(Assess(0.5, ("cost", 2.5), ("schedule", 2.5)));
        Assert.Equal(9, matrix.Score);
        Assert.Equal("cost", matrix.DrivingDimension);

        // Numeric: both 0.2 → score 0.5 × 0.2 = 0.1.
        RiskScoreDetail numeric = RiskScoringModel.NumericProduct(P, [Pmbok("cost"), Pmbok("schedule")]).ScoreDetail(Assess(0.5, ("cost", 0.2), ("schedule", 0.2)));
        Assert.Equal(0.1, numeric.Score!.Value, 12);
        Assert.Equal("cost", numeric.DrivingDimension);
    }

    [Fact]
    public void A_level_tie_keeps_the_first_dimension_when_it_also_has_the_higher_value()
    {
        // cost (values 0.3 k) 2.5 → level 3, value 0.9; safety (values 0.1 k) 2.5 → level 3, value 0.3. Both the ordinal
        // rule and the higher value name cost; I = 0.9.
        RiskScoreDetail d = RiskScoringModel.WithMatrix(P, [Ranges("cost", 0.3), Ranges("safety", 0.1)], RiskMatrixPresets.Ordinal5x5()).ScoreDetail(Assess(0.5, ("cost", 2.5), ("safety", 2.5)));
        Assert.Equal("cost", d.DrivingDimension);
        Assert.Equal(0.9, d.ImpactValue!.Value, 12);
    }

    [Fact]
    public void A_level_tie_goes_to_the_higher_value_even_when_it_comes_later()
    {
        // cost (step 0.1) 2.5 → level 3, value 0.3; safety (step 0.3) 2.5 → level 3, value 0.9. Equal levels: the higher
        // value drives (the documented rule: the driver gives both L = 3 and I = 0.9), although cost is first in ordinal order.
        RiskScoreDetail d = RiskScoringModel.WithMatrix(P, [Ranges("cost", 0.1), Ranges("safety", 0.3)], RiskMatrixPresets.Ordinal5x5()).ScoreDetail(Assess(0.5, ("cost", 2.5), ("safety", 2.5)));
        Assert.Equal(3, d.ImpactLevel);
        Assert.Equal(0.9, d.ImpactValue!.Value, 12);
        Assert.Equal("safety", d.DrivingDimension);
    }

    [Fact]
    public void Numeric_max_takes_the_highest_value_when_it_comes_first()
    {
        // cost 0.8 (level 5), schedule 0.2 (level 3): I = max(0.8, 0.2) = 0.8 — not the last value seen; score 0.5 × 0.8 = 0.4.
        RiskScoreDetail d = RiskScoringModel.NumericProduct(P, [Pmbok("cost"), Pmbok("schedule")]).ScoreDetail(Assess(0.5, ("cost", 0.8), ("schedule", 0.2)));
        Assert.Equal(0.8, d.ImpactValue);
        Assert.Equal(0.4, d.Score!.Value, 12);
        Assert.Equal(5, d.ImpactLevel);
        Assert.Equal("cost", d.DrivingDimension);
    }

    // ---------------------------------------------------------------- PerDimensionMax

    [Fact]
    public void Per_dimension_max_keeps_the_first_dimension_when_it_scores_highest()
    {
        // s_cost = 0.5 × 0.8 = 0.4, s_schedule = 0.5 × 0.2 = 0.1: the score is 0.4, driven by cost, level 5, value 0.8.
        RiskScoreDetail d = RiskScoringModel.NumericProduct(P, [Pmbok("cost"), Pmbok("schedule")], aggregation: ImpactAggregation.PerDimensionMax).ScoreDetail(Assess(0.5, ("cost", 0.8), ("schedule", 0.2)));
        Assert.Equal(0.4, d.Score!.Value, 12);
        Assert.Equal("cost", d.DrivingDimension);
        Assert.Equal(5, d.ImpactLevel);
        Assert.Equal(0.8, d.ImpactValue);
    }

    [Fact]
    public void Per_dimension_max_tie_names_the_first_dimension_in_ordinal_order()
    {
        // Both score 0.5 × 0.2 = 0.1.
        RiskScoreDetail d = RiskScoringModel.NumericProduct(P, [Pmbok("schedule"), Pmbok("cost")], aggregation: ImpactAggregation.PerDimensionMax).ScoreDetail(Assess(0.5, ("cost", 0.2), ("schedule", 0.2)));
        Assert.Equal(0.1, d.Score!.Value, 12);
        Assert.Equal("cost", d.DrivingDimension);
    }

    // ---------------------------------------------------------------- colour

    [Fact]
    public void Matrix_lookup_reports_the_cells_own_colour_not_the_bands()
    {
        // 3×3 products with bands low < 3 ≤ moderate < 6 ≤ high; the top cell (9, high) overrides its colour.
        StatusScale s = RiskMatrixPresets.HighModerateLow;
        StatusLevel Band(double x) => x >= 6 ? s["high"] : x >= 3 ? s["moderate"] : s["low"];
        RiskMatrixCell[][] cells = [.. Enumerable.Range(1, 3).Select(p => Enumerable.Range(1, 3).Select(i => new RiskMatrixCell(p * i, Band(p * i), p == 3 && i == 3 ? "#000000" : null)).ToArray())];
        var matrix = new RiskMatrix("custom colour", s, cells);
        RiskScoringModel m = RiskScoringModel.WithMatrix(RiskMatrixPresets.EqualProbabilityRanges(3), [Three("cost")], matrix);

        // p = 0.9 is in [2/3, 1] → level 3; raw 5 is in [2, ∞) → level 3: cell (3, 3) = 9, band high, colour #000000.
        RiskScoreDetail d = m.ScoreDetail(Assess(0.9, ("cost", 5)));
        Assert.Equal(9, d.Score);
        Assert.Equal("high", d.Band!.Id);
        Assert.Equal("#000000", d.Colour);
    }

    // ---------------------------------------------------------------- weighted mean: plain sums and the overflow path

    [Fact]
    public void Weighted_mean_level_is_the_quotient_of_the_exact_sums()
    {
        // Weights cost 1, schedule 2; levels 1 and 2 (values = levels). Σwℓ = 1 + 4 = 5 and Σw = 3 are exact in doubles,
        // so the unrounded mean is the correctly rounded 5/3; L = round-half-up(1.67) = 2; score ℓp × L = 3 × 2 = 6.
        RiskScoringModel m = RiskScoringModel.OrdinalProduct(P, [Ranges("cost"), Ranges("schedule")], aggregation: ImpactAggregation.WeightedMean([new("cost", 1), new("schedule", 2)]));
        RiskScoreDetail d = m.ScoreDetail(Assess(0.5, ("cost", 0.5), ("schedule", 1.5)));
        Assert.Equal(5.0 / 3.0, d.ImpactLevelMean);
        Assert.Equal(5.0 / 3.0, d.ImpactValue);
        Assert.Equal(2, d.ImpactLevel);
        Assert.Equal(6, d.Score);
    }

    [Fact]
    public void Weighted_mean_with_weights_whose_sum_overflows_is_still_the_weighted_mean_over_the_assessed_dimensions()
    {
        // Weights 1e308 each on cost, safety, schedule (Σ over any two = 2e308 = +∞ in doubles). Safety is not assessed.
        // cost 1.5 → level 2 (value 2), schedule 4.5 → level 5 (value 5): equal weights, so the mean level is
        // (2 + 5)/2 = 3.5 over the two assessed dimensions (not over three: (2 + 5)/3 ≈ 2.33), L = round-half-up(3.5) = 4,
        // I = 3.5. Ordinal product: 3 × 4 = 12; numeric product: 0.5 × 3.5 = 1.75.
        ImpactAggregation w = ImpactAggregation.WeightedMean([new("cost", 1e308), new("safety", 1e308), new("schedule", 1e308)]);
        ImpactScale[] scales = [Ranges("cost"), Ranges("safety"), Ranges("schedule")];
        RiskAssessment a = Assess(0.5, ("cost", 1.5), ("schedule", 4.5));

        RiskScoreDetail ordinal = RiskScoringModel.OrdinalProduct(P, scales, aggregation: w).ScoreDetail(a);
        Assert.Equal(3.5, ordinal.ImpactLevelMean!.Value, 12);
        Assert.Equal(4, ordinal.ImpactLevel);
        Assert.Equal(3.5, ordinal.ImpactValue!.Value, 12);
        Assert.Equal(12, ordinal.Score);
        Assert.Contains("over the 2 assessed dimension(s) of 3", Assert.Single(ordinal.Diagnostics).Message, StringComparison.Ordinal);

        RiskScoreDetail numeric = RiskScoringModel.NumericProduct(P, scales, aggregation: w).ScoreDetail(a);
        Assert.Equal(1.75, numeric.Score!.Value, 12);
    }

    [Fact]
    public void Weighted_mean_level_is_right_when_only_the_level_sum_overflows()
    {
        // Weights cost 1e308, schedule 1. cost 0.2 → level 3 (value 0.2), schedule 0.8 → level 5 (value 0.8).
        // Σw = 1e308 + 1 = 1e308 (finite); Σwℓ = 3e308 + 5 = +∞; Σw·value = 2e307 + 0.8 (finite).
        // Mean level = (3e308 + 5)/(1e308 + 1) = 3 + 2/(1e308 + 1) ≈ 3 → L = 3; I ≈ 0.2; score 0.5 × 0.2 = 0.1.
        RiskScoringModel m = RiskScoringModel.NumericProduct(P, [Pmbok("cost"), Pmbok("schedule")], aggregation: ImpactAggregation.WeightedMean([new("cost", 1e308), new("schedule", 1)]));
        RiskScoreDetail d = m.ScoreDetail(Assess(0.5, ("cost", 0.2), ("schedule", 0.8)));
        Assert.Equal(3.0, d.ImpactLevelMean!.Value, 12);
        Assert.Equal(3, d.ImpactLevel);
        Assert.Equal(0.2, d.ImpactValue!.Value, 12);
        Assert.Equal(0.1, d.Score!.Value, 12);
    }

    // ---------------------------------------------------------------- ScoreBatch

    /// <summary>Numeric P × I over cost and schedule (PMBOK points), no bands; batch dimension order: cost, schedule.</summary>
    private static RiskScoringModel BatchModel() => RiskScoringModel.NumericProduct(P, [Pmbok("schedule"), Pmbok("cost")]);

    [Fact]
    public void Batch_accepts_a_zero_impact_and_destinations_longer_than_count()
    {
        // Dimension-major: [cost r0, cost r1, schedule r0, schedule r1] = [0, 0.8, NaN, 0.2].
        // r0: p 0.5 → 0.5; cost 0 → nearest point 0.05 (level 1), schedule none: 0.5 × 0.05 = 0.025.
        // r1: p 0.9 → 0.9; max(0.8, 0.2) = 0.8: 0.9 × 0.8 = 0.72. No bands → rank −1.
        double[] scores = new double[3];
        int[] ranks = new int[3];
        BatchModel().ScoreBatch([0.5, 0.9], [0, 0.8, double.NaN, 0.2], scores, ranks);
        Assert.Equal(0.025, scores[0], 12);
        Assert.Equal(0.72, scores[1], 12);
        Assert.Equal(-1, ranks[0]);
        Assert.Equal(-1, ranks[1]);
    }

    [Fact]
    public void Batch_rejects_short_destinations_and_a_wrong_impact_count()
    {
        RiskScoringModel m = BatchModel();
        Reject.Rule<ArgumentException>(() => m.ScoreBatch([0.5, 0.5], [0.1, 0.1, 0.1, 0.1], new double[1], new int[2]), "scores", "scores (length 1) must be at least as long as probabilities (2)");
        Reject.Rule<ArgumentException>(() => m.ScoreBatch([0.5, 0.5], [0.1, 0.1, 0.1, 0.1], new double[2], new int[1]), "bandRanks", "bandRanks (length 1) must be at least as long as probabilities (2)");

        // 3 risks × 2 dimensions = 6 impacts; 5 given.
        Reject.Rule<ArgumentException>(() => m.ScoreBatch([0.5, 0.5, 0.5], [0.1, 0.1, 0.1, 0.1, 0.1], new double[3], new int[3]), "impacts", "impacts must hold count × D = 3 × 2 = 6 values, dimension-major (got 5)");
    }

    [Fact]
    public void Batch_rejects_an_undefined_kind_and_a_probability_outside_the_unit_interval()
    {
        RiskScoringModel m = BatchModel();
        Reject.Rule<ArgumentOutOfRangeException>(() => m.ScoreBatch([0.5], [0.1, 0.1], new double[1], new int[1], (RiskKind)9), "kind", "kind (9) is not a defined RiskKind");
        Reject.Rule<ArgumentOutOfRangeException>(() => m.ScoreBatch([0.5, 1.5], [0.1, 0.1, 0.1, 0.1], new double[2], new int[2]), "probabilities", "probabilities[1] must lie in [0, 1]");
    }

    [Fact]
    public void Batch_rejects_a_negative_or_infinite_impact_naming_its_index_risk_and_dimension()
    {
        RiskScoringModel m = BatchModel();

        // −1 at index 3 = d × count + r with count 2: d = 1 (schedule), r = 1.
        Reject.Rule<ArgumentOutOfRangeException>(() => m.ScoreBatch([0.5, 0.5], [0.1, 0.1, 0.1, -1], new double[2], new int[2]), "impacts", "impacts[3] (risk 1, dimension 'schedule') must be zero or positive and finite");

        // +∞ at index 1: d = 0 (cost), r = 1.
        Reject.Rule<ArgumentOutOfRangeException>(() => m.ScoreBatch([0.5, 0.5], [0.1, double.PositiveInfinity, 0.1, 0.1], new double[2], new int[2]), "impacts", "impacts[1] (risk 1, dimension 'cost') must be zero or positive and finite");
    }
}
