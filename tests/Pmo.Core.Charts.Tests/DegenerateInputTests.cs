using NodaTime;
using Pmo.Core.Kpis.Spc;

namespace Pmo.Core.Charts.Tests;

/// <summary>Flat, single-point and all-gap inputs still give well-formed SVG with finite coordinates (SvgKit.Parse checks for NaN).</summary>
public class DegenerateInputTests
{
    private static readonly LocalDate D = new(2026, 1, 31);

    [Fact]
    public void Flat_xmr() => SvgKit.Parse(KpiCharts.Xmr(XmrChart.Compute([5.0, 5, 5, 5]), movingRange: true));

    [Fact]
    public void Single_value_xmr() => SvgKit.Parse(KpiCharts.Xmr(XmrChart.Compute([5.0])));

    [Fact]
    public void Single_observation_trend() => SvgKit.Parse(KpiCharts.TrendFromValues([D], [0.9], target: 0.95));

    [Fact]
    public void All_gaps_trend() => SvgKit.Parse(KpiCharts.TrendFromValues([D, D.PlusDays(1)], [null, null]));

    [Fact]
    public void Single_period_s_curve() => SvgKit.Parse(EarnedValueCharts.SCurveFromSeries([100], [null], [null]));

    [Fact]
    public void Single_score_ranking() => SvgKit.Parse(PrioritizationCharts.RankingFromScores(["A"], [0]));

    [Fact]
    public void All_infeasible_frontier() => SvgKit.Parse(PrioritizationCharts.FrontierFromValues([1, 2], [null, null]));

    [Fact]
    public void All_undefined_utilisation() => SvgKit.Parse(CapacityCharts.HeatMapFromValues(["a"], ["b"], new double?[1, 1]));

    [Fact]
    public void Flat_burndown() => SvgKit.Parse(RiskCharts.BurndownFromValues([D, D], [0, 0]));
}
