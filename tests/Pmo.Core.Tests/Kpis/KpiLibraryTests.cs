using NodaTime;
using Pmo.Core.Kpis;

namespace Pmo.Core.Tests.Kpis;

/// <summary>Golden values from published sources and the library's documented defaults.</summary>
public class KpiLibraryTests
{
    private static readonly LocalDate D = new(2025, 6, 30);

    /// <summary>
    /// DCMA 14-Point Schedule Assessment (Defense Contract Management Agency, 2012), check 14 "Baseline Execution Index":
    /// BEI = tasks completed / tasks baselined to finish by the status date; the check passes at BEI ≥ 0.95.
    /// 95 of 100 tasks done → exactly 0.95 → pass (green); 94 of 100 → 0.94 → fails (not green).
    /// </summary>
    [Fact]
    public void DCMA_BEI_threshold_095()
    {
        KpiDefinition bei = KpiLibrary.BaselineExecutionIndex();
        Assert.Equal(StatusScale.Green, KpiEvaluator.Evaluate(bei, "P", [KpiObservation.Ratio("bei", "P", D, 95, 100)], D).Status);
        Assert.NotEqual(StatusScale.Green, KpiEvaluator.Evaluate(bei, "P", [KpiObservation.Ratio("bei", "P", D, 94, 100)], D).Status);
    }

    /// <summary>
    /// SAFe "PI predictability measure": 80–100 % is considered predictable. Say/do 0.80 is green, 0.79 is not.
    /// </summary>
    [Fact]
    public void SAFe_predictability_80_percent()
    {
        KpiDefinition sd = KpiLibrary.SayDoRatio();
        Assert.Equal(StatusScale.Green, KpiEvaluator.EvaluateValue(sd, "T", 0.80, D).Status);
        Assert.NotEqual(StatusScale.Green, KpiEvaluator.EvaluateValue(sd, "T", 0.79, D).Status);
    }

    [Theory]
    [InlineData("cpi", 0.95, "green")]
    [InlineData("cpi", 0.90, "amber")]
    [InlineData("cpi", 0.8999, "red")]
    [InlineData("tcpi", 1.05, "green")]
    [InlineData("tcpi", 1.10, "amber")]
    [InlineData("tcpi", 1.11, "red")]
    [InlineData("scope-growth", 0.05, "green")]
    [InlineData("scope-growth", 0.11, "red")]
    [InlineData("utilisation", 0.95, "amber")]
    [InlineData("utilisation", 1.05, "red")]
    [InlineData("risk-exposure", 1.0, "amber")]
    [InlineData("sle-attainment", 0.85, "green")]
    [InlineData("finish-variance", 0, "green")]
    [InlineData("finish-variance", 21, "red")]
    [InlineData("vac", -0.05, "green")]
    [InlineData("velocity-cv", 0.3, "amber")]
    public void Documented_default_bands(string id, double value, string expected) =>
        Assert.Equal(expected, KpiEvaluator.EvaluateValue(KpiLibrary.All().Single(d => d.Id == id), "S", value, D).Status!.Id);

    [Fact]
    public void Library_ids_are_unique_and_ratio_KPIs_roll_up_as_ratio_of_sums()
    {
        var all = KpiLibrary.All();
        Assert.Equal(all.Length, all.Select(d => d.Id).Distinct().Count());
        Assert.Equal(AggregationRule.RatioOfSums, KpiLibrary.CostPerformanceIndex().Aggregation);
        Assert.Equal(AggregationRule.RatioOfSums, KpiLibrary.SchedulePerformanceIndex().Aggregation);
        Assert.All(all, d => Assert.False(string.IsNullOrWhiteSpace(d.Description)));
    }

    [Fact]
    public void Flow_KPIs_are_neutral_until_given_a_target()
    {
        Assert.Equal(KpiDirectionKind.Neutral, KpiLibrary.Throughput().Direction.Kind);
        KpiDefinition t = KpiLibrary.Throughput(TargetSeries.Constant(20));
        Assert.Equal(StatusScale.Amber, KpiEvaluator.EvaluateValue(t, "T", 18, D).Status); // 18 / 20 = 0.9 ∈ [0.8, 1.0)
        Assert.Equal(StatusScale.Green, KpiEvaluator.EvaluateValue(KpiLibrary.WorkInProgress(TargetSeries.Constant(5)), "T", 5, D).Status);
    }

    [Fact]
    public void Coefficient_of_variation()
    {
        // Velocities 20, 24, 16: mean 20, sample variance (0 + 16 + 16) / 2 = 16, s = 4 → CV = 0.2.
        Assert.Equal(0.2, KpiLibrary.CoefficientOfVariation([20.0, 24.0, 16.0])!.Value, 12);
        Assert.Null(KpiLibrary.CoefficientOfVariation([5.0]));
        Assert.Null(KpiLibrary.CoefficientOfVariation([1.0, -1.0]));
    }

    [Fact]
    public void Library_defaults_can_be_copied_and_changed()
    {
        KpiDefinition strict = KpiLibrary.CostPerformanceIndex().WithBands(BandSet.HigherIsBetter(StatusScale.Rag, 0.95, 1.0));
        Assert.Equal(StatusScale.Amber, KpiEvaluator.EvaluateValue(strict, "P", 0.97, D).Status);
        Assert.Equal("cpi", strict.Id);
        KpiDefinition rated = KpiLibrary.BurnRate().WithTargets(TargetSeries.Constant(100)).WithDirection(KpiDirection.Minimise, BandSet.LowerIsBetter(StatusScale.Rag, 1.05, 1.15), BandMode.PercentOfTarget);
        Assert.Equal(StatusScale.Red, KpiEvaluator.EvaluateValue(rated, "P", 120, D).Status);
    }
}
