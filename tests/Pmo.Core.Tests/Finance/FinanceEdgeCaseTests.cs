using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Finance;

namespace Pmo.Core.Tests.Finance;

/// <summary>Specified behaviour at the edges: undefined results are null with a diagnostic, several IRRs are all reported.</summary>
public class FinanceEdgeCaseTests
{
    private static readonly LocalDate D0 = new(2024, 1, 1);

    [Fact]
    public void Irr_double_root_is_reported_with_multiplicity_two()
    {
        // -100 + 200x - 100x^2 = -100 (1 - x)^2: a tangency at x = 1, r = 0.
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(Fin.Series(-100, 200, -100));
        IrrRoot root = Assert.Single(r.Roots);
        Assert.Equal(0, root.Rate, 1e-6);
        Assert.Equal(2, root.Multiplicity);
        Assert.Equal(2, r.SignChanges);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
    }

    [Fact]
    public void Irr_without_real_root_is_null_with_a_diagnostic()
    {
        // 100 - 100x + 100x^2 > 0 for every x.
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(Fin.Series(100, -100, 100));
        Assert.Null(r.Rate);
        Assert.Empty(r.Roots);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "IRR");
    }

    [Fact]
    public void Irr_chooses_the_root_nearest_the_guess()
    {
        CashFlowSeries pump = Fin.Series(-1600, 10000, -10000);
        Assert.Equal(0.25, CashFlowMetrics.InternalRateOfReturn(pump, 0).Rate!.Value, 1e-12);
        Assert.Equal(4.0, CashFlowMetrics.InternalRateOfReturn(pump, 3).Rate!.Value, 1e-12);
    }

    [Fact]
    public void Irr_ignores_leading_and_trailing_zeros()
    {
        double plain = CashFlowMetrics.InternalRateOfReturn(Fin.Series(-100, 30, -20, 110)).Rate!.Value;
        Assert.Equal(plain, CashFlowMetrics.InternalRateOfReturn(Fin.Series(0, 0, -100, 30, -20, 110, 0)).Rate!.Value, 1e-12);
    }

    [Fact]
    public void Xirr_without_root_is_a_typed_result()
    {
        // 100 - 300x + 300x^2 with x = (1 + r)^-1 on yearly dates has no real zero.
        DatedCashFlowSeries s = new([new DatedCashFlow(D0, 100), new DatedCashFlow(D0.PlusDays(365), -300), new DatedCashFlow(D0.PlusDays(730), 300)]);
        XirrResult r = CashFlowMetrics.InternalRateOfReturn(s);
        Assert.Equal(RootSearchStatus.NoRootFound, r.Status);
        Assert.Null(r.Rate);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "XIRR");
    }

    [Fact]
    public void Xirr_does_not_depend_on_the_order_of_later_flows()
    {
        DatedCashFlowSeries sorted = new([new DatedCashFlow(D0, -1000), new DatedCashFlow(D0.PlusDays(100), 300), new DatedCashFlow(D0.PlusDays(400), 900)]);
        DatedCashFlowSeries shuffled = new([new DatedCashFlow(D0, -1000), new DatedCashFlow(D0.PlusDays(400), 900), new DatedCashFlow(D0.PlusDays(100), 300)]);
        Assert.Equal(CashFlowMetrics.InternalRateOfReturn(sorted).Rate!.Value, CashFlowMetrics.InternalRateOfReturn(shuffled).Rate!.Value, 1e-14);
    }

    [Fact]
    public void Xirr_warns_when_the_amounts_change_sign_more_than_once()
    {
        DatedCashFlowSeries s = new([new DatedCashFlow(D0, -1600), new DatedCashFlow(D0.PlusDays(365), 10000), new DatedCashFlow(D0.PlusDays(730), -10000)]);
        XirrResult r = CashFlowMetrics.InternalRateOfReturn(s, 0);
        Assert.Equal(0.25, r.Rate!.Value, 1e-12);
        Assert.Equal(2, r.SignChanges);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
    }

    [Fact]
    public void Xnpv_of_one_year_at_the_rate_is_zero()
    {
        DatedCashFlowSeries s = new([new DatedCashFlow(new LocalDate(2023, 1, 1), -1000), new DatedCashFlow(new LocalDate(2024, 1, 1), 1100)]);
        Assert.Equal(0, CashFlowMetrics.NetPresentValue(s, 0.1), 1e-9);
    }

    [Fact]
    public void Payback_never_reached_is_null_with_a_diagnostic()
    {
        PaybackResult r = CashFlowMetrics.PaybackPeriod(Fin.Series(-100, 30, 30));
        Assert.Null(r.Periods);
        Assert.Null(r.CrossingPeriod);
        Assert.Equal([-100.0, -70.0, -40.0], r.CumulativeFlows.ToArray());
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined);
    }

    [Fact]
    public void Payback_without_investment_is_null_with_a_diagnostic()
    {
        PaybackResult r = CashFlowMetrics.PaybackPeriod(Fin.Series(0, 30, 30));
        Assert.Null(r.Periods);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined);
    }

    [Fact]
    public void Payback_interpolates_and_warns_when_the_cumulative_turns_negative_again()
    {
        PaybackResult r = CashFlowMetrics.PaybackPeriod(Fin.Series(-100, 40, 80, -50, 10));
        Assert.Equal(1.75, r.Periods!.Value, 1e-15); // 1 + 60/80
        Assert.Equal(2, r.CrossingPeriod);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
    }

    [Fact]
    public void Discounted_payback_never_reached_at_a_high_rate()
    {
        PaybackResult r = CashFlowMetrics.DiscountedPaybackPeriod(Fin.Series(-100, 60, 60), 0.5);
        Assert.Null(r.Periods);
        Assert.Equal(0.5, r.DiscountRate);
    }

    [Fact]
    public void Roi_with_zero_costs_is_null()
    {
        FinancialRatio r = CashFlowMetrics.ReturnOnInvestment(10, 0);
        Assert.Null(r.Value);
        Assert.Contains(r.Diagnostics, d => d.Metric == "ROI");
        Assert.Equal(0.25, CashFlowMetrics.ReturnOnInvestment(125, 100).Value!.Value, 1e-15);
        Assert.Equal(0.5, CashFlowMetrics.ReturnOnInvestment(Fin.Series(-100, 80, 70)).Value!.Value, 1e-15);
        Assert.Null(CashFlowMetrics.ReturnOnInvestment(Fin.Series(0, 80)).Value);
    }

    [Fact]
    public void Bcr_with_zero_costs_is_null_and_otherwise_pv_ratio()
    {
        Assert.Null(CashFlowMetrics.BenefitCostRatio(Fin.Series(1, 2), Fin.Series(0, 0), 0.1, DiscountConvention.FirstFlowAtTimeZero).Value);
        FinancialRatio r = CashFlowMetrics.BenefitCostRatio(Fin.Series(0, 110, 121), Fin.Series(100), 0.1, DiscountConvention.FirstFlowAtTimeZero);
        Assert.Equal(2.0, r.Value!.Value, 1e-14);
        Assert.Equal(200.0, r.Numerator, 1e-12);
        Assert.Equal(100.0, r.Denominator);
    }

    [Fact]
    public void Pi_needs_a_negative_first_amount()
    {
        FinancialRatio r = CashFlowMetrics.ProfitabilityIndex(Fin.Series(0, 110), 0.1);
        Assert.Null(r.Value);
        Assert.Contains(r.Diagnostics, d => d.Metric == "PI");
        Assert.Equal(1.0, CashFlowMetrics.ProfitabilityIndex(Fin.Series(-100, 110), 0.1).Value!.Value, 1e-15);
    }
}
