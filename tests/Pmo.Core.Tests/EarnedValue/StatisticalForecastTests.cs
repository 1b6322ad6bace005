using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>
/// Lipke, Zwikael, Henderson and Anbari (2009), IJPM 27(4): limits exp(ln I_cum ± Z·σ/√n·AF), σ the sample standard
/// deviation of ln(periodic index), AF = √((N − n)/(N − 1)). The expected numbers below were worked out by hand from
/// those formulas with Python's statistics module (stdev, NormalDist), not by running Pmo.Core.
/// </summary>
public class StatisticalForecastTests
{
    private static EarnedValueAnalysis Example(double confidence = 0.90)
    {
        // BAC 1000 over 10 months (100 a month). Cumulative EV 90, 190, 270, 370; AC 100, 200, 310, 400.
        // Periodic CPI: 0.9, 1.0, 80/110, 100/90. ES = EV/100 → periodic SPI(t): 0.9, 1.0, 0.8, 1.0.
        // CPI = 0.925, SPI(t) = 3.7/4 = 0.925; N = max(PD, PD/SPI(t)) = 10.8108…; n = 4; Z(0.95) = 1.6448536…
        var b = TimePhasedBaseline.Monthly(new LocalDate(2026, 1, 1), Enumerable.Repeat(100.0, 10));
        var status = new ProjectStatus(new StatusPoint(new LocalDate(2026, 4, 30), 370, 400),
        [
            new StatusPoint(new LocalDate(2026, 1, 31), 90, 100),
            new StatusPoint(new LocalDate(2026, 2, 28), 190, 200),
            new StatusPoint(new LocalDate(2026, 3, 31), 270, 310),
        ]);
        return EarnedValueAnalyzer.Analyze(b, status, default, new EarnedValueOptions { ConfidenceLevel = confidence });
    }

    [Fact]
    public void Bounds_follow_the_published_method()
    {
        StatisticalForecast s = Example().StatisticalForecast!;
        Assert.Equal(1.6448536269514715, s.CriticalValue, 12);
        Assert.Equal(10.81081081081081, s.TotalPeriods, 12);
        Assert.Equal(4, s.CostPeriods);
        Assert.Equal(0.8331955809010618, s.CostAdjustmentFactor!.Value, 12);
        Assert.Equal(0.18097998109077615, s.CostLogStandardDeviation!.Value, 12);
        Assert.Equal(0.8171139700387708, s.CpiLow!.Value, 12);
        Assert.Equal(1.047130548948272, s.CpiHigh!.Value, 12);
        Assert.Equal(954.9907611848307, s.EacLow!.Value, 9);
        Assert.Equal(1223.8194874486744, s.EacHigh!.Value, 9);
        Assert.Equal(0.10632521220060089, s.ScheduleLogStandardDeviation!.Value, 12);
        Assert.Equal(0.8600024132498264, s.SpiTLow!.Value, 12);
        Assert.Equal(0.9949099988763, s.SpiTHigh!.Value, 12);
        Assert.Equal(10.051160417821198, s.DurationLow!.Value, 10);
        Assert.Equal(11.627874347714243, s.DurationHigh!.Value, 10);
    }

    [Fact]
    public void A_higher_confidence_widens_the_bounds()
    {
        StatisticalForecast narrow = Example(0.80).StatisticalForecast!;
        StatisticalForecast wide = Example(0.95).StatisticalForecast!;
        Assert.True(wide.CpiLow < narrow.CpiLow && wide.CpiHigh > narrow.CpiHigh);
        Assert.True(wide.EacLow < narrow.EacLow && wide.EacHigh > narrow.EacHigh);
    }

    [Fact]
    public void Fewer_than_two_usable_periods_give_undefined_bounds_with_a_reason()
    {
        // Two periods, the first without cost: one usable periodic CPI, so no standard deviation.
        var b = TimePhasedBaseline.Monthly(new LocalDate(2026, 1, 1), Enumerable.Repeat(100.0, 10));
        var status = new ProjectStatus(new StatusPoint(new LocalDate(2026, 2, 28), 190, 200), [new StatusPoint(new LocalDate(2026, 1, 31), 90, 0)]);
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(b, status);
        Assert.Equal(1, a.StatisticalForecast!.CostPeriods);
        Assert.Null(a.StatisticalForecast.CpiLow);
        Assert.Null(a.StatisticalForecast.EacHigh);
        Assert.Contains(a.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "CPI bounds");
        Assert.NotNull(a.StatisticalForecast.SpiTLow); // two positive periodic SPI(t) values

        // Without history there is no statistical forecast at all.
        Assert.Null(EarnedValueAnalyzer.Analyze(b, new ProjectStatus(new LocalDate(2026, 1, 31), 90, 100)).StatisticalForecast);
    }

    [Fact]
    public void Periods_without_cost_are_left_out_and_counted()
    {
        var b = TimePhasedBaseline.Monthly(new LocalDate(2026, 1, 1), Enumerable.Repeat(100.0, 10));
        var status = new ProjectStatus(new StatusPoint(new LocalDate(2026, 4, 30), 300, 320),
        [
            new StatusPoint(new LocalDate(2026, 1, 31), 90, 100),
            new StatusPoint(new LocalDate(2026, 2, 28), 90, 100),
            new StatusPoint(new LocalDate(2026, 3, 31), 200, 210),
        ]);
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(b, status);
        Assert.Equal(1, a.StatisticalForecast!.ExcludedCostPeriods);
        Assert.Equal(3, a.StatisticalForecast.CostPeriods);
        Assert.Contains(a.Diagnostics, d => d.Kind == DiagnosticKind.Information && d.Metric == "Statistical forecast");
    }
}
