using Pmo.Core.Kpis;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.Scoring;

/// <summary>Layer 3 error tests: one per validation rule of the risk scales, matrices and models, with exception type and ParamName.</summary>
public class RiskScoringValidationTests
{
    private static readonly StatusScale Bands = RiskMatrixPresets.HighModerateLow;

    private static void Throws<T>(string param, Func<object?> create)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(() => create()).ParamName);

    private static RiskScaleException ScaleError(RiskScaleProblem problem, Func<object?> create)
    {
        RiskScaleException e = Assert.Throws<RiskScaleException>(() => create());
        Assert.Equal(problem, e.Problem);
        Assert.Equal("levels", e.ParamName);
        return e;
    }

    private static RiskMatrixException MatrixError(RiskMatrixProblem problem, string param, Func<object?> create)
    {
        RiskMatrixException e = Assert.Throws<RiskMatrixException>(() => create());
        Assert.Equal(problem, e.Problem);
        Assert.Equal(param, e.ParamName);
        return e;
    }

    private static ScaleLevel[] Ranges(params double[] cuts) =>
        [.. Enumerable.Range(0, cuts.Length + 1).Select(k => ScaleLevel.HalfOpen($"L{k}", k + 1, k == 0 ? 0 : cuts[k - 1], k == cuts.Length ? double.PositiveInfinity : cuts[k]))];

    private static ImpactScale Cost(params double[] cuts) => new(RiskDimensions.Cost, "USD", ThresholdBasis.Absolute, Ranges(cuts));

    private static double[][] Products(int n, int m) => [.. Enumerable.Range(1, n).Select(p => Enumerable.Range(1, m).Select(i => (double)(p * i)).ToArray())];

    // ---- ScaleLevel ----

    [Fact] public void Level_blank_label() => Throws<ArgumentException>("label", () => ScaleLevel.Point(" ", 1));
    [Fact] public void Level_negative_point() => Throws<ArgumentOutOfRangeException>("value", () => ScaleLevel.Point("a", -1));
    [Fact] public void Level_NaN_lower() => Throws<ArgumentOutOfRangeException>("lower", () => ScaleLevel.HalfOpen("a", 1, double.NaN, 1));
    [Fact] public void Level_upper_minus_infinity() => Throws<ArgumentOutOfRangeException>("upper", () => ScaleLevel.Range("a", 1, 0, true, double.NegativeInfinity, false));
    [Fact] public void Level_inclusive_infinity() => Throws<ArgumentOutOfRangeException>("upperInclusive", () => ScaleLevel.Range("a", 1, 0, true, double.PositiveInfinity, true));
    [Fact] public void Level_empty_range() => Throws<ArgumentException>("upper", () => ScaleLevel.Range("a", 1, 2, true, 2, false));

    // ---- Scales: one per partition rule ----

    [Fact] public void Scale_too_few_levels() => ScaleError(RiskScaleProblem.LevelCount, () => Cost(10));
    [Fact] public void Scale_too_many_levels() => ScaleError(RiskScaleProblem.LevelCount, () => Cost(1, 2, 3, 4, 5, 6, 7, 8, 9));
    [Fact] public void Scale_mixed_kinds() => ScaleError(RiskScaleProblem.MixedLevelKinds, () => new ProbabilityScale([ScaleLevel.Point("a", 0.1), ScaleLevel.HalfOpen("b", 2, 0.2, 0.5), ScaleLevel.Point("c", 0.9)]));
    [Fact] public void Scale_values_not_increasing() => ScaleError(RiskScaleProblem.ValuesNotIncreasing, () => new ProbabilityScale([ScaleLevel.Point("a", 0.1), ScaleLevel.Point("b", 0.5), ScaleLevel.Point("c", 0.5)]));
    [Fact] public void Scale_probability_point_above_one() => ScaleError(RiskScaleProblem.OutOfDomain, () => new ProbabilityScale([ScaleLevel.Point("a", 0.1), ScaleLevel.Point("b", 0.5), ScaleLevel.Point("c", 1.2)]));
    [Fact] public void Scale_probability_range_above_one() => ScaleError(RiskScaleProblem.OutOfDomain, () => new ProbabilityScale([ScaleLevel.HalfOpen("a", 1, 0, 0.3), ScaleLevel.HalfOpen("b", 2, 0.3, 0.6), ScaleLevel.HalfOpen("c", 3, 0.6, 1.5)]));
    [Fact] public void Scale_probability_not_reaching_one_inclusive() => ScaleError(RiskScaleProblem.DoesNotCoverTop, () => new ProbabilityScale([ScaleLevel.HalfOpen("a", 1, 0, 0.3), ScaleLevel.HalfOpen("b", 2, 0.3, 0.6), ScaleLevel.HalfOpen("c", 3, 0.6, 1)]));
    [Fact] public void Scale_impact_not_reaching_infinity() => ScaleError(RiskScaleProblem.DoesNotCoverTop, () => new ImpactScale("cost", "", ThresholdBasis.Absolute, [ScaleLevel.HalfOpen("a", 1, 0, 1), ScaleLevel.HalfOpen("b", 2, 1, 2), ScaleLevel.HalfOpen("c", 3, 2, 3)]));
    [Fact] public void Scale_not_starting_at_zero() => ScaleError(RiskScaleProblem.DoesNotStartAtZero, () => new ImpactScale("cost", "", ThresholdBasis.Absolute, [ScaleLevel.HalfOpen("a", 1, 1, 2), ScaleLevel.HalfOpen("b", 2, 2, 3), ScaleLevel.HalfOpen("c", 3, 3, double.PositiveInfinity)]));

    [Fact]
    public void Scale_gap_between_ranges()
    {
        RiskScaleException e = ScaleError(RiskScaleProblem.Gap, () => new ImpactScale("cost", "", ThresholdBasis.Absolute, [ScaleLevel.HalfOpen("a", 1, 0, 1), ScaleLevel.HalfOpen("b", 2, 1.5, 3), ScaleLevel.HalfOpen("c", 3, 3, double.PositiveInfinity)]));
        Assert.Equal((0, 1), (e.FirstLevelIndex, e.SecondLevelIndex));
    }

    [Fact] public void Scale_gap_at_shared_end_neither_includes() => ScaleError(RiskScaleProblem.Gap, () => new ImpactScale("cost", "", ThresholdBasis.Absolute, [ScaleLevel.HalfOpen("a", 1, 0, 1), ScaleLevel.Range("b", 2, 1, false, 3, false), ScaleLevel.HalfOpen("c", 3, 3, double.PositiveInfinity)]));
    [Fact] public void Scale_overlap_of_ranges() => ScaleError(RiskScaleProblem.Overlap, () => new ImpactScale("cost", "", ThresholdBasis.Absolute, [ScaleLevel.HalfOpen("a", 1, 0, 2), ScaleLevel.HalfOpen("b", 2, 1, 3), ScaleLevel.HalfOpen("c", 3, 3, double.PositiveInfinity)]));
    [Fact] public void Scale_overlap_at_shared_end_both_include() => ScaleError(RiskScaleProblem.Overlap, () => new ImpactScale("cost", "", ThresholdBasis.Absolute, [ScaleLevel.Range("a", 1, 0, true, 1, true), ScaleLevel.Range("b", 2, 1, true, 3, false), ScaleLevel.HalfOpen("c", 3, 3, double.PositiveInfinity)]));
    [Fact] public void Scale_null_level() => Throws<ArgumentNullException>("levels", () => new ProbabilityScale([ScaleLevel.Point("a", 0.1), null!, ScaleLevel.Point("c", 0.9)]));
    [Fact] public void Impact_scale_blank_dimension() => Throws<ArgumentException>("dimension", () => new ImpactScale(" ", "", ThresholdBasis.Absolute, Ranges(1, 2)));
    [Fact] public void Impact_scale_undefined_basis() => Throws<ArgumentOutOfRangeException>("basis", () => new ImpactScale("cost", "", (ThresholdBasis)9, Ranges(1, 2)));

    // ---- LevelOf and context ----

    [Fact] public void LevelOf_probability_above_one() => Throws<ArgumentOutOfRangeException>("probability", () => RiskMatrixPresets.PmbokProbability().LevelOf(1.01));
    [Fact] public void LevelOf_probability_NaN() => Throws<ArgumentOutOfRangeException>("probability", () => RiskMatrixPresets.PmbokProbability().LevelOf(double.NaN));
    [Fact] public void LevelOf_negative_impact() => Throws<ArgumentOutOfRangeException>("raw", () => Cost(1, 2).LevelOf(-1));
    [Fact] public void LevelOf_relative_without_budget() => Throws<ArgumentException>("context", () => new ImpactScale("cost", "", ThresholdBasis.FractionOfBudget, Ranges(0.1, 0.2)).LevelOf(5, new ScaleContext(duration: 10)));
    [Fact] public void Resolve_relative_without_context() => Throws<ArgumentException>("context", () => new ImpactScale("schedule", "", ThresholdBasis.FractionOfDuration, Ranges(0.1, 0.2)).Resolve(null));
    [Fact] public void Context_zero_budget() => Throws<ArgumentOutOfRangeException>("budget", () => new ScaleContext(budget: 0));
    [Fact] public void Context_infinite_duration() => Throws<ArgumentOutOfRangeException>("duration", () => new ScaleContext(duration: double.PositiveInfinity));
    [Fact] public void Level_number_out_of_range() => Throws<ArgumentOutOfRangeException>("level", () => Cost(1, 2).Level(4));

    // ---- Matrices ----

    [Fact] public void Cell_NaN_score() => Throws<ArgumentOutOfRangeException>("score", () => new RiskMatrixCell(double.NaN, Bands["low"]));
    [Fact] public void Cell_blank_colour() => Throws<ArgumentException>("colour", () => new RiskMatrixCell(1, Bands["low"], " "));
    [Fact] public void Matrix_too_small() => MatrixError(RiskMatrixProblem.Size, "threatCells", () => RiskMatrix.FromScores("m", Products(2, 3), RiskMatrixPresets.Bands(3, 6)));
    [Fact] public void Matrix_too_large() => MatrixError(RiskMatrixProblem.Size, "threatCells", () => RiskMatrix.FromScores("m", Products(3, 10), RiskMatrixPresets.Bands(3, 6)));

    [Fact]
    public void Matrix_ragged_row()
    {
        double[][] s = Products(3, 3);
        s[1] = [2, 4];
        RiskMatrixException e = MatrixError(RiskMatrixProblem.Ragged, "threatCells", () => RiskMatrix.FromScores("m", s, RiskMatrixPresets.Bands(3, 6)));
        Assert.Equal(1, e.Row);
    }

    [Fact] public void Matrix_opportunity_half_of_other_shape() => MatrixError(RiskMatrixProblem.Ragged, "opportunityCells", () => RiskMatrix.FromScores("m", Products(3, 3), RiskMatrixPresets.Bands(3, 6), Products(3, 4)));

    [Fact]
    public void Matrix_not_monotone_in_impact()
    {
        double[][] s = Products(3, 3);
        s[2][2] = 5;
        RiskMatrixException e = MatrixError(RiskMatrixProblem.NotMonotone, "threatCells", () => RiskMatrix.FromScores("m", s, RiskMatrixPresets.Bands(3, 6)));
        Assert.Equal((2, 2), (e.Row, e.Column));
    }

    [Fact]
    public void Matrix_not_monotone_in_probability()
    {
        double[][] s = Products(3, 3);
        s[1][0] = 0.5;
        MatrixError(RiskMatrixProblem.NotMonotone, "threatCells", () => RiskMatrix.FromScores("m", s, RiskMatrixPresets.Bands(3, 6)));
    }

    [Fact]
    public void Matrix_band_not_in_scale()
    {
        RiskMatrixCell[][] cells = [.. Products(3, 3).Select(r => r.Select(x => new RiskMatrixCell(x, Bands["low"])).ToArray())];
        cells[0][0] = new RiskMatrixCell(1, StatusScale.Red);
        MatrixError(RiskMatrixProblem.BandNotInScale, "threatCells", () => new RiskMatrix("m", Bands, cells));
    }

    [Fact]
    public void Matrix_bands_not_covering_the_score_range()
    {
        // A band set must cover every score: here nothing covers scores below 3.
        BandSetException e = Assert.Throws<BandSetException>(() => (object)new BandSet(Bands, [ToleranceBand.Between(3, true, 6, false, Bands["moderate"]), ToleranceBand.AtLeast(6, Bands["high"])]));
        Assert.Equal(BandSetProblem.DoesNotStartAtNegativeInfinity, e.Problem);
        Assert.Equal("bands", e.ParamName);
    }

    [Fact] public void Matrix_blank_name() => Throws<ArgumentException>("name", () => RiskMatrix.FromScores(" ", Products(3, 3), RiskMatrixPresets.Bands(3, 6)));
    [Fact] public void Matrix_cell_level_out_of_range() => Throws<ArgumentOutOfRangeException>("impactLevel", () => RiskMatrixPresets.Simple3x3().Cell(1, 4));
    [Fact] public void Matrix_definition_unknown_band() => Throws<ArgumentException>("definition", () => RiskMatrix.FromDefinition(RiskMatrixPresets.Simple3x3().ToDefinition() with { Bands = [new RiskBandDefinition { Id = "x", Label = "X", Colour = "#000", Rank = 0 }, new RiskBandDefinition { Id = "y", Label = "Y", Colour = "#111", Rank = 1 }] }));

    // ---- Models ----

    private static readonly ProbabilityScale P5 = RiskMatrixPresets.PmbokProbability();

    [Fact] public void Model_matrix_rows_do_not_match_probability_scale() => MatrixError(RiskMatrixProblem.ScaleMismatch, "matrix", () => RiskScoringModel.WithMatrix(P5, [RiskMatrixPresets.PmbokImpact("cost")], RiskMatrixPresets.Simple3x3()));
    [Fact] public void Model_matrix_columns_do_not_match_impact_scales() => MatrixError(RiskMatrixProblem.ScaleMismatch, "matrix", () => RiskScoringModel.WithMatrix(P5, [Cost(1, 2)], RiskMatrixPresets.Pmbok5x5()));
    [Fact] public void Model_no_impact_scale() => Throws<ArgumentException>("impactScales", () => RiskScoringModel.NumericProduct(P5, []));
    [Fact] public void Model_duplicate_dimension() => Throws<ArgumentException>("impactScales", () => RiskScoringModel.NumericProduct(P5, [Cost(1, 2), Cost(1, 3)]));
    [Fact] public void Model_impact_scales_with_different_level_counts() => Throws<ArgumentException>("impactScales", () => RiskScoringModel.NumericProduct(P5, [Cost(1, 2), RiskMatrixPresets.PmbokImpact("schedule")]));
    [Fact] public void Model_relative_scale_without_context() => Throws<ArgumentException>("context", () => RiskScoringModel.NumericProduct(P5, [new ImpactScale("cost", "", ThresholdBasis.FractionOfBudget, Ranges(0.1, 0.2, 0.3, 0.4))]));
    [Fact] public void Model_weights_name_unknown_dimension() => Throws<ArgumentException>("aggregation", () => RiskScoringModel.NumericProduct(P5, [RiskMatrixPresets.PmbokImpact("cost")], aggregation: ImpactAggregation.WeightedMean([new("cost", 1), new("safty", 1)])));
    [Fact] public void Model_weights_miss_a_dimension() => Throws<ArgumentException>("aggregation", () => RiskScoringModel.NumericProduct(P5, [RiskMatrixPresets.PmbokImpact("cost"), RiskMatrixPresets.PmbokImpact("schedule")], aggregation: ImpactAggregation.WeightedMean([new("cost", 1)])));
    [Fact] public void Model_undefined_formula() => Throws<ArgumentOutOfRangeException>("formula", () => RiskScoringModel.WithFormula(P5, [RiskMatrixPresets.PmbokImpact("cost")], (ScoreFormula)42));
    [Fact] public void Model_assessment_with_unknown_dimension() => Throws<ArgumentException>("assessment", () => RiskScoringModel.NumericProduct(P5, [RiskMatrixPresets.PmbokImpact("cost")]).Score(RiskAssessment.Create(0.5, 0.1, 0.1), RiskKind.Threat));
    [Fact] public void Model_null_assessment() => Throws<ArgumentNullException>("assessment", () => RiskScoringModel.NumericProduct(P5, [RiskMatrixPresets.PmbokImpact("cost")]).Score(null!, RiskKind.Threat));
    [Fact] public void Weights_all_zero() => Throws<ArgumentException>("weights", () => ImpactAggregation.WeightedMean([new("cost", 0)]));
    [Fact] public void Weights_negative() => Throws<ArgumentOutOfRangeException>("weights", () => ImpactAggregation.WeightedMean([new("cost", -1)]));
    [Fact] public void Weights_blank_dimension() => Throws<ArgumentException>("weights", () => ImpactAggregation.WeightedMean([new(" ", 1)]));

    [Fact]
    public void Batch_impacts_of_wrong_length()
    {
        RiskScoringModel m = RiskScoringModel.NumericProduct(P5, [RiskMatrixPresets.PmbokImpact("cost")]);
        Throws<ArgumentException>("impacts", () => { m.ScoreBatch([0.5, 0.5], [0.1], new double[2], new int[2]); return null; });
    }

    [Fact]
    public void Batch_probability_out_of_range()
    {
        RiskScoringModel m = RiskScoringModel.NumericProduct(P5, [RiskMatrixPresets.PmbokImpact("cost")]);
        Throws<ArgumentOutOfRangeException>("probabilities", () => { m.ScoreBatch([1.5], [0.1], new double[1], new int[1]); return null; });
    }

    // ---- Modifiers ----

    [Fact] public void Factors_outside_unit_interval() => Throws<ArgumentOutOfRangeException>("velocity", () => new RiskFactors(velocity: 1.5));
    [Fact] public void Modifiers_negative_weight() => Throws<ArgumentOutOfRangeException>("weights", () => new RiskModifiers(ModifierMode.Additive, [new(RiskFactor.Urgency, -1)]));
    [Fact] public void Modifiers_factor_twice() => Throws<ArgumentException>("weights", () => new RiskModifiers(ModifierMode.Additive, [new(RiskFactor.Urgency, 1), new(RiskFactor.Urgency, 2)]));
    [Fact] public void Modifiers_undefined_mode() => Throws<ArgumentOutOfRangeException>("mode", () => new RiskModifiers((ModifierMode)7, []));
}
