using NodaTime;
using Pmo.Core.Kpis.Spc;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>
/// Issue 9 §1: regressions for the bugs the hostile suite found once its low-valid families reached their valid code
/// paths (second batch: EVPI, XmR, risk burndown). Each fact holds the exact input the property reported.
/// </summary>
public sealed class HostileValidRegressionTests2
{
    [Fact]
    public void Xmr_average_moving_range_that_overflows_is_rejected_naming_values()
    {
        // Was: a chart whose phase 0 had Dispersion = +∞ (and infinite limits): the moving ranges around −MaxValue are each
        // about MaxValue, so their sum, and the average moving range, overflow. Reported by PMO_HOSTILE_SEED=random,
        // Kpis.Spc.XmrChart/SpcRules, phases [7], default options otherwise.
        double[] values =
        [
            -5554.7, 5, -899.2, 9338.2, -1.7976931348623157E+308, 3504.6, 7396.8, 5961.2, 5, -3502.8, -9749.5, -3843.7, -2609.8,
            -3672.5, -2016.3, 2333, -59.4, -88, -8856.3, 5, -7841.6, 5, 3678.6, 9178.7, -1154.4,
        ];
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => XmrChart.Compute(values, new XmrOptions { PhaseStarts = [7] }));
        Assert.Equal("values", e.ParamName);
    }

    [Fact]
    public void Xmr_moving_range_that_overflows_is_rejected_naming_values()
    {
        // |−MaxValue − MaxValue| = +∞: the moving range itself overflows.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => XmrChart.Compute([double.MaxValue, -double.MaxValue, 0]));
        Assert.Equal("values", e.ParamName);
    }

    [Fact]
    public void Xmr_large_but_representable_values_still_chart()
    {
        // Not over-rejected: values 1e307, 2e307, 1.5e307 have moving ranges 1e307 and 0.5e307, mean 0.75e307 (hand
        // arithmetic), centre (mean) 1.5e307, limits 1.5e307 ± 2.66 × 0.75e307 = 1.5e307 ± 1.995e307, all finite.
        XmrChartResult chart = XmrChart.Compute([1e307, 2e307, 1.5e307]);
        XmrPhase phase = Assert.Single(chart.Phases);
        Assert.Equal(0.75e307, phase.Dispersion!.Value, 1e293);
        Assert.Equal(1.5e307 + 1.995e307, phase.UpperLimit!.Value, 1e294);
        Assert.Equal(1.5e307 - 1.995e307, phase.LowerLimit!.Value, 1e294);
    }

    [Fact]
    public void Evpi_path_value_that_overflows_throws_the_documented_overflow_exception()
    {
        // Was: PerfectInformationResult.ExpectedValueWithoutInformation = +∞. The chance branch carries MaxValue and the
        // second outcome adds 4.86e293, so that path value overflows. Reported by PMO_HOSTILE_SEED=random,
        // Risk.DecisionTree.ExpectedValueOfPerfectInformation, MaximizePayoff.
        DecisionTree tree = DecisionTree.Create(
        [
            DecisionTreeNode.Decision("N0", null, null, 0),
            DecisionTreeNode.Chance("N1", "N0", null, double.MaxValue),
            DecisionTreeNode.Terminal("N2", "N1", 5.0300000000000004E+293, 0.25, -7.26E+293),
            DecisionTreeNode.Terminal("N3", "N1", 4.86E+293, 0.75, 0),
        ]);
        Assert.Throws<OverflowException>(() => tree.ExpectedValueOfPerfectInformation(DecisionObjective.MaximizePayoff));
        Assert.Throws<OverflowException>(() => tree.RollBack(DecisionObjective.MaximizePayoff)); // the same documented outcome as RollBack
    }

    [Fact]
    public void Burndown_total_that_overflows_is_rejected_naming_snapshots()
    {
        // Was: BurndownPoint.OpportunityMoney = −∞: two opportunities with cost MaxValue and P = 0.878 and 0.958 have EMVs
        // of about 0.88 and 0.96 × MaxValue, whose sum overflows. Reported by PMO_HOSTILE_SEED=random, Risk.RiskBurndown
        // (the snapshot of 2026-12-17, shortened to its two risks).
        var date = new LocalDate(2026, 12, 17);
        RiskEntry[] risks =
        [
            new("R0", "t R0", RiskKind.Opportunity, RiskAssessment.Create(0.878, double.MaxValue, 60), new LocalDate(2026, 5, 15), "tech", null, RiskStatus.Closed),
            new("R1", "t R1", RiskKind.Opportunity, RiskAssessment.Create(0.958, double.MaxValue, 21), new LocalDate(2025, 12, 4), null, "bob", RiskStatus.Open),
        ];
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => RiskBurndown.Compute([new RiskRegisterSnapshot(date, risks)], AssessmentStage.Current, openOnly: false));
        Assert.Equal("snapshots", e.ParamName);

        // One of them alone is representable: −0.958 × MaxValue (hand arithmetic), finite.
        BurndownPoint point = Assert.Single(RiskBurndown.Compute([new RiskRegisterSnapshot(date, risks[1..])], AssessmentStage.Current, openOnly: false));
        Assert.Equal(-0.958 * double.MaxValue, point.OpportunityMoney, double.MaxValue * 1e-15);
    }

    [Fact]
    public void Exposure_rollup_total_that_overflows_is_rejected_naming_register()
    {
        // Was: Groups[0].OpportunityMoney = −∞ (found by the same helper with a probe, the burndown's input in a register):
        // two open opportunities with cost MaxValue and P = 0.878 and 0.958 have EMVs of about 0.88 and 0.96 × MaxValue,
        // whose sum overflows.
        RiskEntry[] risks =
        [
            new("R0", "t R0", RiskKind.Opportunity, RiskAssessment.Create(0.878, double.MaxValue, 60), new LocalDate(2026, 5, 15), "tech", null, RiskStatus.Open),
            new("R1", "t R1", RiskKind.Opportunity, RiskAssessment.Create(0.958, double.MaxValue, 21), new LocalDate(2025, 12, 4), null, "bob", RiskStatus.Open),
        ];
        foreach (RiskGrouping g in Enum.GetValues<RiskGrouping>())
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => ExposureRollup.By(new RiskRegister(risks), g));
            Assert.Equal("register", e.ParamName);
            Assert.Contains("overflows the double range", e.Message);
        }

        // One of them alone is representable: −0.958 × MaxValue (hand arithmetic), finite.
        ExposureBreakdown one = ExposureRollup.By(new RiskRegister(risks[1..]), RiskGrouping.Portfolio);
        Assert.Equal(-0.958 * double.MaxValue, one.Total.OpportunityMoney, double.MaxValue * 1e-15);
    }
}
