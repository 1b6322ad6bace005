using System.Text.Json;
using Pmo.Core.Common;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.Scoring;

/// <summary>Worked examples of scales, aggregation, formulas, the opportunity half and modifiers (expected values by hand).</summary>
public class RiskScoringTests
{
    private static readonly ProbabilityScale P = RiskMatrixPresets.PmbokProbability();

    private static ImpactScale Ordinal(string dim) => new(dim, "", ThresholdBasis.Absolute,
        Enumerable.Range(1, 5).Select(k => ScaleLevel.HalfOpen($"I{k}", k, k - 1, k == 5 ? double.PositiveInfinity : k)));

    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(0.19, 1)]
    [InlineData(0.2, 2)] // the midpoint belongs to the higher level
    [InlineData(0.3, 2)]
    [InlineData(0.8, 5)]
    [InlineData(1.0, 5)]
    public void Point_scale_maps_to_nearest_point(double p, int level) => Assert.Equal(level, P.LevelOf(p));

    // Every midpoint of the PMBOK impact points (0.05, 0.10, 0.20, 0.40, 0.80) belongs to the higher level, including
    // those whose binary sum is inexact: (0.2 + 0.4) / 2 is 0.30000000000000004 in doubles, so 0.3 went to "Moderate"
    // (found by the docs' snippet run). Decimal midpoints: 0.075, 0.15, 0.3, 0.6.
    [Theory]
    [InlineData(0.075, 2)]
    [InlineData(0.0749, 1)]
    [InlineData(0.15, 3)]
    [InlineData(0.3, 4)]
    [InlineData(0.2999, 3)]
    [InlineData(0.6, 5)]
    [InlineData(0.5999, 4)]
    public void Point_scale_midpoints_belong_to_the_higher_level_as_written(double raw, int level) =>
        Assert.Equal(level, RiskMatrixPresets.PmbokImpact("cost").LevelOf(raw));

    [Fact]
    public void Explicit_inclusive_bounds_decide_the_shared_end()
    {
        var upperOwns = new ImpactScale("cost", "", ThresholdBasis.Absolute, [ScaleLevel.HalfOpen("a", 1, 0, 10), ScaleLevel.HalfOpen("b", 2, 10, 20), ScaleLevel.HalfOpen("c", 3, 20, double.PositiveInfinity)]);
        var lowerOwns = new ImpactScale("cost", "", ThresholdBasis.Absolute, [ScaleLevel.Range("a", 1, 0, true, 10, true), ScaleLevel.Range("b", 2, 10, false, 20, true), ScaleLevel.Range("c", 3, 20, false, double.PositiveInfinity, false)]);
        Assert.Equal(2, upperOwns.LevelOf(10));
        Assert.Equal(1, lowerOwns.LevelOf(10));
        Assert.Equal(3, upperOwns.LevelOf(20));
        Assert.Equal(2, lowerOwns.LevelOf(20));
    }

    [Fact]
    public void Relative_scale_uses_the_budget()
    {
        var scale = new ImpactScale("cost", "fraction", ThresholdBasis.FractionOfBudget, [ScaleLevel.HalfOpen("a", 1, 0, 0.1), ScaleLevel.HalfOpen("b", 2, 0.1, 0.2), ScaleLevel.HalfOpen("c", 3, 0.2, double.PositiveInfinity)]);
        var ctx = new ScaleContext(budget: 1_000_000);
        Assert.Equal(1, scale.LevelOf(99_999, ctx));
        Assert.Equal(2, scale.LevelOf(100_000, ctx));
        Assert.Equal(3, scale.LevelOf(250_000, ctx));
        ImpactScale abs = scale.Resolve(ctx);
        Assert.Equal(ThresholdBasis.Absolute, abs.Basis);
        Assert.Equal(100_000, abs.Levels[1].Lower);
    }

    [Fact]
    public void Aggregations_differ_on_an_asymmetric_matrix()
    {
        // cost at level 1, schedule at level 5, P level 3 (0.5) on the PMBOK matrix.
        RiskAssessment a = RiskAssessment.Create(0.5, costImpact: 0.5, scheduleImpact: 4.5);
        RiskScoreDetail max = RiskScoringModel.WithMatrix(P, [Ordinal("cost"), Ordinal("schedule")], RiskMatrixPresets.Pmbok5x5(), ImpactAggregation.Max).ScoreDetail(a);
        RiskScoreDetail perDim = RiskScoringModel.WithMatrix(P, [Ordinal("cost"), Ordinal("schedule")], RiskMatrixPresets.Pmbok5x5(), ImpactAggregation.PerDimensionMax).ScoreDetail(a);
        RiskScoreDetail mean = RiskScoringModel.WithMatrix(P, [Ordinal("cost"), Ordinal("schedule")], RiskMatrixPresets.Pmbok5x5(), ImpactAggregation.Mean).ScoreDetail(a);
        Assert.Equal(0.40, max.Score);
        Assert.Equal("schedule", max.DrivingDimension);
        Assert.Equal(0.40, perDim.Score);
        Assert.Equal(3, mean.ImpactLevel);
        Assert.Equal(3.0, mean.ImpactLevelMean);
        Assert.Equal(0.10, mean.Score);
        Assert.Equal("high", max.Band!.Id);
        Assert.Equal("moderate", mean.Band!.Id);
        Assert.Equal(new Dictionary<string, int> { ["cost"] = 1, ["schedule"] = 5 }, mean.ImpactLevels);
    }

    [Fact]
    public void Weighted_mean_rounds_half_up()
    {
        RiskScoringModel m = RiskScoringModel.OrdinalProduct(P, [Ordinal("cost"), Ordinal("schedule")], aggregation: ImpactAggregation.WeightedMean([new("cost", 1), new("schedule", 1)]));
        RiskScoreDetail d = m.ScoreDetail(RiskAssessment.Create(0.9, costImpact: 1.5, scheduleImpact: 2.5)); // levels 2 and 3 → 2.5 → 3
        Assert.Equal(3, d.ImpactLevel);
        Assert.Equal(15, d.Score);
    }

    [Fact]
    public void Numeric_max_and_per_dimension_max_agree_when_scale_values_differ()
    {
        var cost = new ImpactScale("cost", "", ThresholdBasis.Absolute, Enumerable.Range(1, 5).Select(k => ScaleLevel.HalfOpen($"c{k}", k * 0.1, k - 1, k == 5 ? double.PositiveInfinity : k)));
        var safety = new ImpactScale("safety", "", ThresholdBasis.Absolute, Enumerable.Range(1, 5).Select(k => ScaleLevel.HalfOpen($"s{k}", k * 0.3, k - 1, k == 5 ? double.PositiveInfinity : k)));
        RiskAssessment a = new(0.5, [new("cost", 2.5), new("safety", 1.5)]); // cost level 3 (0.3), safety level 2 (0.6)
        double? max = RiskScoringModel.NumericProduct(P, [cost, safety], aggregation: ImpactAggregation.Max).ScoreDetail(a).Score;
        double? per = RiskScoringModel.NumericProduct(P, [cost, safety], aggregation: ImpactAggregation.PerDimensionMax).ScoreDetail(a).Score;
        Assert.Equal(0.5 * 0.6, max!.Value, 12); // max value over dimensions, not the value of the highest level
        Assert.Equal(0.5 * 0.6, per!.Value, 12);
    }

    [Theory]
    [InlineData(ScoreFormula.ProbabilityTimesImpact, 0.3 * 0.2 / (0.9 * 0.8))]
    [InlineData(ScoreFormula.PTimesIPlusI, (0.3 * 0.2 + 0.2) / (0.9 * 0.8 + 0.8))]
    [InlineData(ScoreFormula.PTimesIPlus2I, (0.3 * 0.2 + 0.4) / (0.9 * 0.8 + 1.6))]
    [InlineData(ScoreFormula.PTimesIPlusP, (0.3 * 0.2 + 0.3) / (0.9 * 0.8 + 0.9))]
    [InlineData(ScoreFormula.PTimesIPlus2P, (0.3 * 0.2 + 0.6) / (0.9 * 0.8 + 1.8))]
    public void Formulas_are_normalised_to_their_maximum(ScoreFormula f, double expected)
    {
        RiskScoringModel m = RiskScoringModel.WithFormula(P, [RiskMatrixPresets.PmbokImpact("cost")], f, RiskMatrixPresets.Bands(0.2, 0.5));
        RiskScoreDetail d = m.ScoreDetail(RiskAssessment.Create(0.3, costImpact: 0.2));
        Assert.Equal(expected, d.Score!.Value, 12);
        Assert.Equal(1.0, m.ScoreDetail(RiskAssessment.Create(0.9, costImpact: 0.8)).Score!.Value, 12);
        Assert.NotNull(d.Band);
    }

    [Fact]
    public void Opportunity_half_can_differ_from_threats()
    {
        double[][] threats = [[1, 2, 3], [2, 4, 6], [3, 6, 9]];
        double[][] opps = [[1, 1, 2], [1, 2, 4], [2, 4, 8]];
        RiskMatrix m = RiskMatrix.FromScores("asym", threats, RiskMatrixPresets.Bands(3, 6), opps);
        var model = RiskScoringModel.WithMatrix(RiskMatrixPresets.EqualProbabilityRanges(3), [new ImpactScale("cost", "", ThresholdBasis.Absolute, [ScaleLevel.HalfOpen("a", 1, 0, 1), ScaleLevel.HalfOpen("b", 2, 1, 2), ScaleLevel.HalfOpen("c", 3, 2, double.PositiveInfinity)])], m);
        RiskAssessment a = RiskAssessment.Create(0.9, costImpact: 5);
        Assert.Equal(9, model.Score(a, RiskKind.Threat).Score);
        Assert.Equal(8, model.Score(a, RiskKind.Opportunity).Score);
        Assert.True(m.HasSeparateOpportunityHalf);
        Assert.Same(RiskMatrixPresets.Pmbok5x5().Cell(5, 5, RiskKind.Opportunity).Band.Id, "high");
    }

    [Fact]
    public void No_scored_dimension_gives_a_null_score_with_a_diagnostic()
    {
        RiskScoringModel m = RiskScoringModel.NumericProduct(P, [RiskMatrixPresets.PmbokImpact("cost")]);
        RiskScore s = m.Score(RiskAssessment.Create(0.5), RiskKind.Threat);
        Assert.Null(s.Score);
        Assert.Equal(3, s.ProbabilityLevel);
        Assert.Equal(DiagnosticKind.Undefined, Assert.Single(s.Diagnostics).Kind);
    }

    [Fact]
    public void Modifiers_follow_the_documented_formulas_and_sort_keys()
    {
        var factors = new RiskFactors(urgency: 1, velocity: 0.5);
        var mult = new RiskModifiers(ModifierMode.Multiplicative, [new(RiskFactor.Urgency, 0.2), new(RiskFactor.Velocity, 0.4)]);
        var add = new RiskModifiers(ModifierMode.Additive, [new(RiskFactor.Urgency, 0.2), new(RiskFactor.Velocity, 0.4)]);
        Assert.Equal(0.5 * (1 + 0.2 + 0.2), mult.Apply(0.5, factors)!.Value, 12);
        Assert.Equal(0.5 + 0.2 + 0.2, add.Apply(0.5, factors)!.Value, 12);
        Assert.Null(add.Apply(null, factors));

        var keys = new RiskModifiers(ModifierMode.SecondarySortKeys, [new(RiskFactor.Proximity, 2), new(RiskFactor.Urgency, 1)]);
        Assert.Equal([RiskFactor.Proximity, RiskFactor.Urgency], keys.SortKeys.ToArray());
        var items = new (string Id, double? Score, RiskFactors F)[]
        {
            ("a", 0.2, new RiskFactors(proximity: 0.1, urgency: 1)),
            ("b", 0.2, new RiskFactors(proximity: 0.9)),
            ("c", null, RiskFactors.None),
            ("d", 0.5, RiskFactors.None),
        };
        string[] order = [.. items.OrderBy(x => x, keys.Comparer<(string Id, double? Score, RiskFactors F)>(x => x.Score, x => x.F)).Select(x => x.Id)];
        Assert.Equal(["d", "b", "a", "c"], order);
    }

    [Fact]
    public void Scale_definition_round_trips_through_json()
    {
        ProbabilityScale p = RiskMatrixPresets.EqualProbabilityRanges(4);
        string json = JsonSerializer.Serialize(p.ToDefinition());
        Assert.Equal(p, ProbabilityScale.FromDefinition(JsonSerializer.Deserialize<ProbabilityScaleDefinition>(json)!));
        ProbabilityScale points = RiskMatrixPresets.PmbokProbability();
        Assert.Equal(points, ProbabilityScale.FromDefinition(JsonSerializer.Deserialize<ProbabilityScaleDefinition>(JsonSerializer.Serialize(points.ToDefinition()))!));
    }
}
