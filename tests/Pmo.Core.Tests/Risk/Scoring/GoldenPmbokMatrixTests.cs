using System.Text.Json;
using Pmo.Core.Risk;
using Pmo.Core.Tests.EarnedValue;

namespace Pmo.Core.Tests.Risk.Scoring;

/// <summary>
/// Layer 1 golden vectors: PMBOK Guide 5th ed. Figure 11-10 (both halves) and Table 11-1, as printed
/// (<c>GoldenData/risk-pmbok-matrix.json</c>). Tolerance: half a unit in the last printed digit.
/// </summary>
public class GoldenPmbokMatrixTests
{
    private static double[][] Grid(JsonElement e) => [.. e.EnumerateArray().Select(r => r.EnumerateArray().Select(x => x.GetDouble()).ToArray())];

    private static double[] Row(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetDouble())];

    [Fact]
    public void Preset_cells_equal_the_printed_threat_and_opportunity_halves()
    {
        using JsonDocument doc = Ev.LoadGolden("risk-pmbok-matrix.json");
        JsonElement root = doc.RootElement;
        double[] probabilities = Row(root.GetProperty("probabilities"));
        double[] threatColumns = Row(root.GetProperty("threatImpactColumns"));
        double[] oppColumns = Row(root.GetProperty("opportunityImpactColumns"));
        double[][] threats = Grid(root.GetProperty("threats"));
        double[][] opportunities = Grid(root.GetProperty("opportunities"));
        RiskMatrix m = RiskMatrixPresets.Pmbok5x5();
        ProbabilityScale p = RiskMatrixPresets.PmbokProbability();
        ImpactScale i = RiskMatrixPresets.PmbokImpact(RiskDimensions.Cost);
        for (int r = 0; r < probabilities.Length; r++)
        {
            int pl = p.LevelOf(probabilities[r]);
            for (int c = 0; c < threatColumns.Length; c++)
            {
                Assert.Equal(threats[r][c], m.Cell(pl, i.LevelOf(threatColumns[c]), RiskKind.Threat).Score, 0.005);
                Assert.Equal(opportunities[r][c], m.Cell(pl, i.LevelOf(oppColumns[c]), RiskKind.Opportunity).Score, 0.005);
            }
        }
    }

    [Fact]
    public void Printed_cells_are_products_rounded_half_up_and_the_numeric_model_reproduces_them()
    {
        using JsonDocument doc = Ev.LoadGolden("risk-pmbok-matrix.json");
        JsonElement root = doc.RootElement;
        double[] probabilities = Row(root.GetProperty("probabilities"));
        double[] columns = Row(root.GetProperty("threatImpactColumns"));
        double[][] threats = Grid(root.GetProperty("threats"));
        RiskScoringModel numeric = RiskScoringModel.NumericProduct(RiskMatrixPresets.PmbokProbability(), [RiskMatrixPresets.PmbokImpact(RiskDimensions.Cost)]);
        for (int r = 0; r < probabilities.Length; r++)
        {
            for (int c = 0; c < columns.Length; c++)
            {
                double? s = numeric.ScoreDetail(RiskAssessment.Create(probabilities[r], costImpact: columns[c])).Score;
                Assert.NotNull(s);

                // Decimal half-up rounding of the unrounded product gives the printed number exactly.
                decimal rounded = Math.Round((decimal)s!.Value, 2, MidpointRounding.AwayFromZero);
                Assert.Equal((decimal)threats[r][c], rounded);
            }
        }
    }

    [Fact]
    public void Table_11_1_relative_cost_and_time_scales_map_interior_points()
    {
        using JsonDocument doc = Ev.LoadGolden("risk-pmbok-matrix.json");
        JsonElement t = doc.RootElement.GetProperty("table11_1");
        double[] values = Row(t.GetProperty("values"));
        foreach ((string dim, ThresholdBasis basis, string bounds, string probes, double divisor) in new[]
        {
            (RiskDimensions.Cost, ThresholdBasis.FractionOfBudget, "costBoundsFractionOfBudget", "costProbes", 2_000_000.0),
            (RiskDimensions.Schedule, ThresholdBasis.FractionOfDuration, "timeBoundsFractionOfDuration", "timeProbes", 240.0),
        })
        {
            double[] b = Row(t.GetProperty(bounds));
            var levels = new List<ScaleLevel>();
            for (int k = 0; k < values.Length; k++)
            {
                levels.Add(ScaleLevel.HalfOpen($"L{k + 1}", values[k], k == 0 ? 0 : b[k - 1], k == values.Length - 1 ? double.PositiveInfinity : b[k]));
            }

            var scale = new ImpactScale(dim, "fraction", basis, levels);
            var context = new ScaleContext(budget: 2_000_000, duration: 240);
            ImpactScale absolute = scale.Resolve(context);
            foreach (JsonElement probe in t.GetProperty(probes).EnumerateArray())
            {
                double raw = probe.GetProperty("fraction").GetDouble() * divisor;
                double expected = probe.GetProperty("value").GetDouble();
                Assert.Equal(expected, scale.ValueOf(scale.LevelOf(raw, context)));
                Assert.Equal(expected, absolute.ValueOf(absolute.LevelOf(raw)));
            }
        }
    }
}
