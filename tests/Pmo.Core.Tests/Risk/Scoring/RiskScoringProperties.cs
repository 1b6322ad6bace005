using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.Scoring;

/// <summary>A random range scale: 3–9 levels with cuts on a grid and random inclusive sides at each cut.</summary>
public sealed record ScaleScenario(double[] Cuts, bool[] CutInLower, double[] Probes)
{
    public ImpactScale Build() => new("cost", "USD", ThresholdBasis.Absolute, Enumerable.Range(0, Cuts.Length + 1).Select(k =>
        ScaleLevel.Range($"L{k + 1}", k + 1, k == 0 ? 0 : Cuts[k - 1], k == 0 || !CutInLower[k - 1], k == Cuts.Length ? double.PositiveInfinity : Cuts[k], k < Cuts.Length && CutInLower[k])));

    public override string ToString() => $"cuts=[{string.Join(", ", Cuts)}], inLower=[{string.Join(", ", CutInLower)}]";
}

/// <summary>A random model choice and two assessments differing in one coordinate.</summary>
public sealed record ModelScenario(int Method, int Aggregation, double Probability, double[] Impacts, int Coordinate, double Bump, bool Opportunity);

public static class RiskScoringArbitraries
{
    public static Arbitrary<ScaleScenario> Scales() => Arb.From(
        from n in Gen.Choose(2, 8)
        from cuts in Gen.ArrayOf(Gen.Choose(1, 10_000), n).Where(a => a.Distinct().Count() == n).Select(a => a.Order().Select(i => i / 10.0).ToArray())
        from incl in Gen.ArrayOf(Gen.Elements(true, false), n)
        from probes in Gen.ArrayOf(Gen.Frequency((2, Gen.Choose(0, 11_000).Select(i => i / 10.0)), (1, Gen.Elements(cuts))), 12)
        select new ScaleScenario(cuts, incl, probes));

    public static Arbitrary<ModelScenario> Models() => Arb.From(
        from method in Gen.Choose(0, 8)
        from agg in Gen.Choose(0, 3)
        from p in Gen.Choose(0, 1000).Select(i => i / 1000.0)
        from impacts in Gen.ArrayOf(Gen.Choose(0, 1000).Select(i => i / 1000.0), 3)
        from coordinate in Gen.Choose(0, 3)
        from bump in Gen.Choose(0, 1000).Select(i => i / 1000.0)
        from opp in Gen.Elements(true, false)
        select new ModelScenario(method, agg, p, impacts, coordinate, bump, opp));
}

/// <summary>Layer 2 properties: partition of scales, monotone scores, definitions round-trip through JSON.</summary>
[Properties(Arbitrary = new[] { typeof(RiskScoringArbitraries) }, MaxTest = 300)]
public class RiskScoringProperties
{
    private static readonly string[] Dims = [RiskDimensions.Cost, RiskDimensions.Safety, RiskDimensions.Schedule];

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() }, WriteIndented = false };

    private static ImpactScale Impact(string dim, double scale) => new(dim, "", ThresholdBasis.Absolute,
        Enumerable.Range(0, 5).Select(k => ScaleLevel.HalfOpen($"I{k + 1}", (k + 1) * scale, k * 0.2, k == 4 ? double.PositiveInfinity : (k + 1) * 0.2)));

    internal static RiskScoringModel Model(int method, int aggregation)
    {
        ProbabilityScale p = method % 2 == 0 ? RiskMatrixPresets.PmbokProbability() : RiskMatrixPresets.EqualProbabilityRanges(5);
        ImpactScale[] scales = [Impact(Dims[0], 0.1), Impact(Dims[1], 0.15), Impact(Dims[2], 0.2)];
        ImpactAggregation agg = aggregation switch
        {
            0 => ImpactAggregation.Max,
            1 => ImpactAggregation.Mean,
            2 => ImpactAggregation.WeightedMean([new(Dims[0], 3), new(Dims[1], 1), new(Dims[2], 0.5)]),
            _ => ImpactAggregation.PerDimensionMax,
        };
        return method switch
        {
            0 => RiskScoringModel.WithMatrix(p, scales, RiskMatrixPresets.Pmbok5x5(), agg),
            1 => RiskScoringModel.WithMatrix(p, scales, RiskMatrixPresets.Ordinal5x5(), agg),
            2 => RiskScoringModel.NumericProduct(p, scales, aggregation: agg),
            3 => RiskScoringModel.OrdinalProduct(p, scales, aggregation: agg),
            _ => RiskScoringModel.WithFormula(p, scales, (ScoreFormula)(method - 4), aggregation: agg),
        };
    }

    [Property]
    public void Every_raw_estimate_maps_to_exactly_one_level(ScaleScenario s)
    {
        ImpactScale scale = s.Build();
        var ranges = scale.EffectiveRanges();
        foreach (double x in s.Probes.Concat(s.Cuts.Select(c => Math.BitDecrement(c))).Concat(s.Cuts.Select(c => Math.BitIncrement(c))).Append(0))
        {
            int containing = scale.Levels.Count(l => l.Contains(x));
            Assert.Equal(1, containing);
            int level = scale.LevelOf(x);
            Assert.True(scale.Level(level).Contains(x), $"{x} → level {level}");
            var r = ranges[level - 1];
            Assert.True((r.LowerInclusive ? x >= r.Lower : x > r.Lower) && (r.UpperInclusive ? x <= r.Upper : x < r.Upper));
        }
    }

    [Property]
    public void Levels_are_non_decreasing_in_the_raw_estimate(ScaleScenario s)
    {
        ImpactScale scale = s.Build();
        double[] xs = [.. s.Probes.Order()];
        for (int k = 1; k < xs.Length; k++)
        {
            Assert.True(scale.LevelOf(xs[k]) >= scale.LevelOf(xs[k - 1]));
        }
    }

    [Property]
    public void Score_is_non_decreasing_in_probability_and_in_each_impact(ModelScenario s)
    {
        RiskScoringModel model = Model(s.Method, s.Aggregation);
        RiskKind kind = s.Opportunity ? RiskKind.Opportunity : RiskKind.Threat;
        double p = s.Probability;
        double[] i = [.. s.Impacts];
        double[] j = [.. s.Impacts];
        double q = p;
        if (s.Coordinate == 3)
        {
            q = Math.Min(1, p + s.Bump);
        }
        else
        {
            j[s.Coordinate] += s.Bump;
        }

        double? a = model.ScoreDetail(new RiskAssessment(p, Dims.Select((d, k) => new KeyValuePair<string, double>(d, i[k]))), kind).Score;
        double? b = model.ScoreDetail(new RiskAssessment(q, Dims.Select((d, k) => new KeyValuePair<string, double>(d, j[k]))), kind).Score;
        Assert.NotNull(a);
        Assert.NotNull(b);

        // Mean aggregations round the mean level, so they are monotone in the level too; the weighted mean of values is monotone.
        Assert.True(b >= a - 1e-12, $"score fell from {a} to {b}");
    }

    [Property]
    public void Batch_equals_scalar(ModelScenario s)
    {
        RiskScoringModel model = Model(s.Method, s.Aggregation);
        double[] probs = [s.Probability, s.Bump, 1 - s.Probability];
        double[] impacts = new double[probs.Length * 3];
        for (int d = 0; d < 3; d++)
        {
            for (int r = 0; r < probs.Length; r++)
            {
                impacts[(d * probs.Length) + r] = d == s.Coordinate && r == 1 ? double.NaN : s.Impacts[(d + r) % 3];
            }
        }

        double[] scores = new double[probs.Length];
        int[] ranks = new int[probs.Length];
        RiskKind kind = s.Opportunity ? RiskKind.Opportunity : RiskKind.Threat;
        model.ScoreBatch(probs, impacts, scores, ranks, kind);
        for (int r = 0; r < probs.Length; r++)
        {
            var a = new RiskAssessment(probs[r], Enumerable.Range(0, 3).Where(d => !double.IsNaN(impacts[(d * probs.Length) + r])).Select(d => new KeyValuePair<string, double>(Dims[d], impacts[(d * probs.Length) + r])));
            RiskScoreDetail detail = model.ScoreDetail(a, kind);
            Assert.Equal(detail.Score!.Value, scores[r]);
            Assert.Equal(detail.Band?.Rank ?? -1, ranks[r]);
        }
    }

    [Property]
    public void Edited_preset_round_trips_through_json(ScaleScenario s, int pick)
    {
        // Edit a preset (move a band threshold by re-banding, and change one cell's colour), then re-validate after JSON.
        RiskMatrix preset = (Math.Abs(pick % 3)) switch { 0 => RiskMatrixPresets.Pmbok5x5(), 1 => RiskMatrixPresets.Ordinal5x5(), _ => RiskMatrixPresets.Simple3x3() };
        RiskMatrixDefinition def = preset.ToDefinition();
        var cells = def.ThreatCells.Select(r => r.ToList()).ToList();
        cells[0][0] = cells[0][0] with { Colour = "#123456" };
        cells[^1][^1] = cells[^1][^1] with { Band = "high" };
        RiskMatrixDefinition edited = def with { ThreatCells = cells, Name = "edited" };
        string json = JsonSerializer.Serialize(edited, Json);
        RiskMatrix rebuilt = RiskMatrix.FromDefinition(JsonSerializer.Deserialize<RiskMatrixDefinition>(json, Json)!);
        Assert.Equal("#123456", rebuilt.Cell(1, 1).Colour);
        Assert.Equal(json, JsonSerializer.Serialize(rebuilt.ToDefinition(), Json));
        Assert.False(rebuilt.HasSeparateOpportunityHalf);

        ImpactScale scale = s.Build();
        string scaleJson = JsonSerializer.Serialize(scale.ToDefinition(), Json);
        ImpactScale back = ImpactScale.FromDefinition(JsonSerializer.Deserialize<ImpactScaleDefinition>(scaleJson, Json)!);
        Assert.Equal(scale, back);
        Assert.Equal(scaleJson, JsonSerializer.Serialize(back.ToDefinition(), Json));
    }
}
