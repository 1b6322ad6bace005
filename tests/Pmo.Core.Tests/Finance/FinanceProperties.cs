using FsCheck.Xunit;
using Microsoft.VisualBasic;
using Pmo.Core.Finance;

namespace Pmo.Core.Tests.Finance;

/// <summary>
/// Layer 2: FsCheck properties of the finance metrics, and cross-checks of NPV, IRR and MIRR against the in-box
/// <see cref="Financial"/> (Microsoft.VisualBasic), an independent implementation of the spreadsheet functions.
/// </summary>
[Properties(Arbitrary = new[] { typeof(FinanceArbitraries) }, MaxTest = 300)]
public class FinanceProperties
{
    private static double Scale(double[] a) => a.Sum(Math.Abs);

    // ---- Cross-checks against Microsoft.VisualBasic.Financial ----

    [Property]
    public void Npv_matches_VisualBasic_Financial_NPV(Investment i, Rate r)
    {
        double[] values = [.. i.Amounts];
        double expected = Financial.NPV(r.Value, ref values);
        double actual = CashFlowMetrics.NetPresentValue(new CashFlowSeries(i.Amounts), r.Value, DiscountConvention.FirstFlowAtPeriodOne);
        double terms = i.Amounts.Select((a, t) => Math.Abs(a) / Math.Pow(1 + r.Value, t + 1)).Sum();
        Assert.True(Math.Abs(expected - actual) <= 1e-13 * terms * i.Amounts.Length, $"{expected:R} vs {actual:R}");
    }

    [Property]
    public void Irr_matches_VisualBasic_Financial_IRR(Investment i)
    {
        // The oracle's secant iteration (20 steps from the guess 0.1) throws ArgumentException for IRRs far below the
        // guess; compare where the inflows exceed the outlay by 10 % or more (IRR above 0), as the spreadsheet needs too.
        if (i.Amounts.Skip(1).Sum() < 1.1 * -i.Amounts[0])
        {
            return;
        }

        double[] values = [.. i.Amounts];
        double expected = Financial.IRR(ref values, 0.1);
        double? actual = CashFlowMetrics.InternalRateOfReturn(new CashFlowSeries(i.Amounts)).Rate;
        Assert.NotNull(actual);
        Assert.True(Math.Abs(expected - actual!.Value) <= 1e-6 * Math.Max(1, Math.Abs(expected)), $"VB {expected:R} vs {actual:R}");
    }

    [Property]
    public void Mirr_matches_VisualBasic_Financial_MIRR(Investment i, Rate finance, Rate reinvest)
    {
        double[] values = [.. i.Amounts];
        double expected = Financial.MIRR(ref values, finance.Value, reinvest.Value);
        double actual = CashFlowMetrics.ModifiedInternalRateOfReturn(new CashFlowSeries(i.Amounts), finance.Value, reinvest.Value);
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"VB {expected:R} vs {actual:R}");
    }

    // ---- Identities and invariants ----

    [Property]
    public void Npv_decreases_in_the_rate_when_later_flows_are_positive(Investment i, Rate a, Rate b)
    {
        if (a.Value == b.Value)
        {
            return;
        }

        (double lo, double hi) = a.Value < b.Value ? (a.Value, b.Value) : (b.Value, a.Value);
        // With the outlay at time zero (undiscounted) every other term decreases in the rate. (Under the spreadsheet
        // convention the discounted outlay term -I/(1 + r) increases, so monotonicity is not a property there.)
        var s = new CashFlowSeries(i.Amounts);
        Assert.True(CashFlowMetrics.NetPresentValue(s, lo, DiscountConvention.FirstFlowAtTimeZero) > CashFlowMetrics.NetPresentValue(s, hi, DiscountConvention.FirstFlowAtTimeZero));
    }

    [Property]
    public void Conventions_differ_by_one_period_of_discounting(Investment i, Rate r)
    {
        var s = new CashFlowSeries(i.Amounts);
        double zero = CashFlowMetrics.NetPresentValue(s, r.Value, DiscountConvention.FirstFlowAtTimeZero);
        double one = CashFlowMetrics.NetPresentValue(s, r.Value, DiscountConvention.FirstFlowAtPeriodOne);
        double terms = i.Amounts.Select((a, t) => Math.Abs(a) / Math.Pow(1 + r.Value, t)).Sum();
        Assert.True(Math.Abs(zero - ((1 + r.Value) * one)) <= 1e-13 * terms * i.Amounts.Length, $"{zero:R} vs {(1 + r.Value) * one:R}");
    }

    [Property]
    public void Irr_makes_npv_zero_and_is_unique_with_one_sign_change(Investment i)
    {
        var s = new CashFlowSeries(i.Amounts);
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(s);
        Assert.Single(r.Roots);
        Assert.Equal(1, r.SignChanges);
        double npv = CashFlowMetrics.NetPresentValue(s, r.Rate!.Value, DiscountConvention.FirstFlowAtTimeZero);
        Assert.True(Math.Abs(npv) <= 1e-9 * Scale(i.Amounts), $"NPV(IRR = {r.Rate:R}) = {npv:R}");
    }

    [Property]
    public void Xirr_makes_xnpv_zero(DatedInvestment i)
    {
        DatedCashFlowSeries s = DatedCashFlowSeries.FromDatesAndAmounts(i.Dates, i.Amounts);
        XirrResult r = CashFlowMetrics.InternalRateOfReturn(s);
        Assert.Equal(RootSearchStatus.Converged, r.Status);
        double xnpv = CashFlowMetrics.NetPresentValue(s, r.Rate!.Value);
        Assert.True(Math.Abs(xnpv) <= 1e-9 * Scale(i.Amounts), $"XNPV(XIRR = {r.Rate:R}) = {xnpv:R}");
    }

    [Property]
    public void Scaling_all_flows_by_k_leaves_irr_and_xirr_unchanged(Investment i, DatedInvestment d, Rate k)
    {
        double factor = Math.Abs(k.Value) + 0.001;
        double irr = CashFlowMetrics.InternalRateOfReturn(new CashFlowSeries(i.Amounts)).Rate!.Value;
        double scaled = CashFlowMetrics.InternalRateOfReturn(new CashFlowSeries(i.Amounts.Select(a => a * factor))).Rate!.Value;
        Assert.True(Math.Abs(irr - scaled) <= 1e-10 * Math.Max(1, Math.Abs(irr)), $"{irr:R} vs {scaled:R}");

        double xirr = CashFlowMetrics.InternalRateOfReturn(DatedCashFlowSeries.FromDatesAndAmounts(d.Dates, d.Amounts)).Rate!.Value;
        double xscaled = CashFlowMetrics.InternalRateOfReturn(DatedCashFlowSeries.FromDatesAndAmounts(d.Dates, d.Amounts.Select(a => a * factor))).Rate!.Value;
        Assert.True(Math.Abs(xirr - xscaled) <= 1e-10 * Math.Max(1, Math.Abs(xirr)), $"{xirr:R} vs {xscaled:R}");
    }

    [Property]
    public void Xirr_of_yearly_dates_equals_irr_when_no_leap_day_intervenes(Investment i)
    {
        // 2001-01-01 + 365·t days: Actual/365 year fractions are exactly t, so XIRR must equal IRR.
        var start = new NodaTime.LocalDate(2001, 1, 1);
        DatedCashFlowSeries s = DatedCashFlowSeries.FromDatesAndAmounts(i.Amounts.Select((_, t) => start.PlusDays(365 * t)), i.Amounts);
        double xirr = CashFlowMetrics.InternalRateOfReturn(s).Rate!.Value;
        double irr = CashFlowMetrics.InternalRateOfReturn(new CashFlowSeries(i.Amounts)).Rate!.Value;
        Assert.True(Math.Abs(xirr - irr) <= 1e-10 * Math.Max(1, Math.Abs(irr)), $"{xirr:R} vs {irr:R}");
    }

    [Property]
    public void Profitability_index_is_one_plus_npv_over_outlay(Investment i, Rate r)
    {
        var s = new CashFlowSeries(i.Amounts);
        double npv = CashFlowMetrics.NetPresentValue(s, r.Value, DiscountConvention.FirstFlowAtTimeZero);
        double pi = CashFlowMetrics.ProfitabilityIndex(s, r.Value).Value!.Value;
        double terms = i.Amounts.Select((a, t) => Math.Abs(a) / Math.Pow(1 + r.Value, t)).Sum();
        Assert.True(Math.Abs(pi - (1 + (npv / -i.Amounts[0]))) <= 1e-13 * terms * i.Amounts.Length / -i.Amounts[0]);
    }

    [Property]
    public void Discounted_payback_is_never_shorter_than_simple_payback(Investment i, Rate r)
    {
        if (r.Value < 0)
        {
            return;
        }

        var s = new CashFlowSeries(i.Amounts);
        double? simple = CashFlowMetrics.PaybackPeriod(s).Periods;
        double? discounted = CashFlowMetrics.DiscountedPaybackPeriod(s, r.Value).Periods;
        if (discounted is { } d)
        {
            Assert.True(simple is { } p && p <= d + 1e-12, $"simple {simple} vs discounted {d}");
        }
    }
}
