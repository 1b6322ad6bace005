using NodaTime;
using Pmo.Core.Finance;

namespace Pmo.Core.Tests.Finance;

/// <summary>
/// Layer 3 error tests: one test per validation rule of every public constructor and method in
/// <c>Pmo.Core.Finance</c>, asserting the exact exception type and <see cref="ArgumentException.ParamName"/>.
/// </summary>
public class FinanceValidationTests
{
    private static readonly CashFlowSeries Good = Fin.Series(-100, 60, 60);
    private static readonly LocalDate D0 = new(2024, 1, 1);
    private static readonly DatedCashFlowSeries GoodDated = new([new DatedCashFlow(D0, -100), new DatedCashFlow(D0.PlusDays(365), 110)]);

    private static void Throws<T>(string param, Action action)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(action).ParamName);

    public static TheoryData<double> BadRates => new() { -1.0, -1.5, double.NaN, double.PositiveInfinity, double.NegativeInfinity };

    // ---- CashFlowSeries ----

    [Fact]
    public void Series_null() => Throws<ArgumentNullException>("amounts", () => _ = new CashFlowSeries(null!));

    [Fact]
    public void Series_empty() => Throws<ArgumentException>("amounts", () => _ = new CashFlowSeries([]));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Series_amount_not_finite(double bad) => Throws<ArgumentOutOfRangeException>("amounts", () => _ = Fin.Series(-1, bad));

    // ---- DatedCashFlow / DatedCashFlowSeries ----

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void DatedFlow_amount_not_finite(double bad) => Throws<ArgumentOutOfRangeException>("amount", () => _ = new DatedCashFlow(D0, bad));

    [Fact]
    public void Dated_null() => Throws<ArgumentNullException>("flows", () => _ = new DatedCashFlowSeries(null!));

    [Fact]
    public void Dated_empty() => Throws<ArgumentException>("flows", () => _ = new DatedCashFlowSeries([]));

    [Fact]
    public void Dated_date_before_first() =>
        Throws<ArgumentException>("flows", () => _ = new DatedCashFlowSeries([new DatedCashFlow(D0, -1), new DatedCashFlow(D0.PlusDays(5), 1), new DatedCashFlow(D0.PlusDays(-1), 1)]));

    [Fact]
    public void Dated_later_dates_in_any_order_and_same_day_are_valid() =>
        Assert.Equal(3, new DatedCashFlowSeries([new DatedCashFlow(D0, -1), new DatedCashFlow(D0.PlusDays(9), 1), new DatedCashFlow(D0, 1)]).Count);

    [Fact]
    public void FromDates_null_dates() => Throws<ArgumentNullException>("dates", () => DatedCashFlowSeries.FromDatesAndAmounts(null!, [1.0]));

    [Fact]
    public void FromDates_null_amounts() => Throws<ArgumentNullException>("amounts", () => DatedCashFlowSeries.FromDatesAndAmounts([D0], null!));

    [Fact]
    public void FromDates_length_mismatch() => Throws<ArgumentException>("amounts", () => DatedCashFlowSeries.FromDatesAndAmounts([D0, D0], [1.0]));

    [Fact]
    public void FromDates_empty() => Throws<ArgumentException>("dates", () => DatedCashFlowSeries.FromDatesAndAmounts([], []));

    [Fact]
    public void FromDates_amount_not_finite() => Throws<ArgumentOutOfRangeException>("amounts", () => DatedCashFlowSeries.FromDatesAndAmounts([D0, D0], [1.0, double.NaN]));

    [Fact]
    public void FromDates_date_before_first() => Throws<ArgumentException>("dates", () => DatedCashFlowSeries.FromDatesAndAmounts([D0, D0.PlusDays(-3)], [-1.0, 1.0]));

    // ---- NPV / XNPV ----

    [Fact]
    public void Npv_null() => Throws<ArgumentNullException>("flows", () => CashFlowMetrics.NetPresentValue(null!, 0.1, DiscountConvention.FirstFlowAtPeriodOne));

    [Theory]
    [MemberData(nameof(BadRates))]
    public void Npv_rate_at_or_below_minus_one_or_not_finite(double bad) =>
        Throws<ArgumentOutOfRangeException>("rate", () => CashFlowMetrics.NetPresentValue(Good, bad, DiscountConvention.FirstFlowAtTimeZero));

    [Fact]
    public void Npv_convention_undefined() =>
        Throws<ArgumentOutOfRangeException>("convention", () => CashFlowMetrics.NetPresentValue(Good, 0.1, (DiscountConvention)7));

    [Fact]
    public void Xnpv_null() => Throws<ArgumentNullException>("flows", () => CashFlowMetrics.NetPresentValue((DatedCashFlowSeries)null!, 0.1));

    [Theory]
    [MemberData(nameof(BadRates))]
    public void Xnpv_rate_invalid(double bad) => Throws<ArgumentOutOfRangeException>("rate", () => CashFlowMetrics.NetPresentValue(GoodDated, bad));

    // ---- IRR / XIRR ----

    [Fact]
    public void Irr_null() => Throws<ArgumentNullException>("flows", () => CashFlowMetrics.InternalRateOfReturn((CashFlowSeries)null!));

    [Theory]
    [InlineData(new[] { 1.0, 2.0, 3.0 })]
    [InlineData(new[] { -1.0, 0.0, -3.0 })]
    [InlineData(new[] { 0.0, 0.0 })]
    public void Irr_no_sign_change(double[] amounts) =>
        Throws<ArgumentException>("flows", () => CashFlowMetrics.InternalRateOfReturn(new CashFlowSeries(amounts)));

    [Theory]
    [MemberData(nameof(BadRates))]
    public void Irr_guess_invalid(double bad) => Throws<ArgumentOutOfRangeException>("guess", () => CashFlowMetrics.InternalRateOfReturn(Good, bad));

    [Fact]
    public void Xirr_null() => Throws<ArgumentNullException>("flows", () => CashFlowMetrics.InternalRateOfReturn((DatedCashFlowSeries)null!));

    [Fact]
    public void Xirr_no_sign_change() =>
        Throws<ArgumentException>("flows", () => CashFlowMetrics.InternalRateOfReturn(new DatedCashFlowSeries([new DatedCashFlow(D0, 1), new DatedCashFlow(D0.PlusDays(1), 2)])));

    [Theory]
    [MemberData(nameof(BadRates))]
    public void Xirr_guess_invalid(double bad) => Throws<ArgumentOutOfRangeException>("guess", () => CashFlowMetrics.InternalRateOfReturn(GoodDated, bad));

    // ---- MIRR ----

    [Fact]
    public void Mirr_null() => Throws<ArgumentNullException>("flows", () => CashFlowMetrics.ModifiedInternalRateOfReturn(null!, 0.1, 0.1));

    [Fact]
    public void Mirr_no_sign_change() => Throws<ArgumentException>("flows", () => CashFlowMetrics.ModifiedInternalRateOfReturn(Fin.Series(1, 2), 0.1, 0.1));

    [Theory]
    [MemberData(nameof(BadRates))]
    public void Mirr_finance_rate_invalid(double bad) => Throws<ArgumentOutOfRangeException>("financeRate", () => CashFlowMetrics.ModifiedInternalRateOfReturn(Good, bad, 0.1));

    [Theory]
    [MemberData(nameof(BadRates))]
    public void Mirr_reinvest_rate_invalid(double bad) => Throws<ArgumentOutOfRangeException>("reinvestRate", () => CashFlowMetrics.ModifiedInternalRateOfReturn(Good, 0.1, bad));

    // ---- Payback ----

    [Fact]
    public void Payback_null() => Throws<ArgumentNullException>("flows", () => CashFlowMetrics.PaybackPeriod(null!));

    [Fact]
    public void DiscountedPayback_null() => Throws<ArgumentNullException>("flows", () => CashFlowMetrics.DiscountedPaybackPeriod(null!, 0.1));

    [Theory]
    [MemberData(nameof(BadRates))]
    public void DiscountedPayback_rate_invalid(double bad) => Throws<ArgumentOutOfRangeException>("rate", () => CashFlowMetrics.DiscountedPaybackPeriod(Good, bad));

    // ---- ROI, BCR, PI ----

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Roi_benefits_invalid(double bad) => Throws<ArgumentOutOfRangeException>("benefits", () => CashFlowMetrics.ReturnOnInvestment(bad, 1));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Roi_costs_invalid(double bad) => Throws<ArgumentOutOfRangeException>("costs", () => CashFlowMetrics.ReturnOnInvestment(1, bad));

    [Fact]
    public void Roi_series_null() => Throws<ArgumentNullException>("flows", () => CashFlowMetrics.ReturnOnInvestment(null!));

    [Fact]
    public void Bcr_benefits_null() => Throws<ArgumentNullException>("benefits", () => CashFlowMetrics.BenefitCostRatio(null!, Fin.Series(1), 0.1, DiscountConvention.FirstFlowAtTimeZero));

    [Fact]
    public void Bcr_costs_null() => Throws<ArgumentNullException>("costs", () => CashFlowMetrics.BenefitCostRatio(Fin.Series(1), null!, 0.1, DiscountConvention.FirstFlowAtTimeZero));

    [Fact]
    public void Bcr_negative_benefit() => Throws<ArgumentOutOfRangeException>("benefits", () => CashFlowMetrics.BenefitCostRatio(Fin.Series(1, -1), Fin.Series(1), 0.1, DiscountConvention.FirstFlowAtTimeZero));

    [Fact]
    public void Bcr_negative_cost() => Throws<ArgumentOutOfRangeException>("costs", () => CashFlowMetrics.BenefitCostRatio(Fin.Series(1), Fin.Series(-1), 0.1, DiscountConvention.FirstFlowAtTimeZero));

    [Theory]
    [MemberData(nameof(BadRates))]
    public void Bcr_rate_invalid(double bad) => Throws<ArgumentOutOfRangeException>("rate", () => CashFlowMetrics.BenefitCostRatio(Fin.Series(1), Fin.Series(1), bad, DiscountConvention.FirstFlowAtTimeZero));

    [Fact]
    public void Bcr_convention_undefined() => Throws<ArgumentOutOfRangeException>("convention", () => CashFlowMetrics.BenefitCostRatio(Fin.Series(1), Fin.Series(1), 0.1, (DiscountConvention)(-1)));

    [Fact]
    public void Pi_null() => Throws<ArgumentNullException>("flows", () => CashFlowMetrics.ProfitabilityIndex(null!, 0.1));

    [Theory]
    [MemberData(nameof(BadRates))]
    public void Pi_rate_invalid(double bad) => Throws<ArgumentOutOfRangeException>("rate", () => CashFlowMetrics.ProfitabilityIndex(Good, bad));

    // ---- IrrRoot ----

    [Theory]
    [MemberData(nameof(BadRates))]
    public void IrrRoot_rate_invalid(double bad) => Throws<ArgumentOutOfRangeException>("rate", () => _ = new IrrRoot(bad, 1));

    [Fact]
    public void IrrRoot_multiplicity_below_one() => Throws<ArgumentOutOfRangeException>("multiplicity", () => _ = new IrrRoot(0.1, 0));
}
