using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Finance;

namespace Pmo.Core.Tests.Finance;

/// <summary>
/// Issue 9 §6: tests written against the mutants that survived the first Stryker run over Finance (63.0 %): the rules'
/// messages, several IRRs and their multiplicities, MIRR with later outflows, payback that turns negative again,
/// XIRR's date ordering and same-day netting, the profitability index's undefined case. Every expected value is
/// worked by hand in the comment next to it.
/// </summary>
public sealed class FinanceMutationTests
{
    private static readonly LocalDate D0 = new(2020, 1, 1);

    [Fact]
    public void Rate_messages_state_the_rule()
    {
        var nan = Assert.Throws<ArgumentOutOfRangeException>(() => CashFlowMetrics.NetPresentValue(Fin.Series(-100, 110), double.NaN, DiscountConvention.FirstFlowAtTimeZero));
        Assert.Contains("rate must be a finite number", nan.Message, StringComparison.Ordinal);
        var low = Assert.Throws<ArgumentOutOfRangeException>(() => CashFlowMetrics.NetPresentValue(Fin.Series(-100, 110), -1, DiscountConvention.FirstFlowAtTimeZero));
        Assert.Contains("rate must be greater than -1", low.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Amount_messages_name_the_index_and_the_rule()
    {
        var series = Assert.Throws<ArgumentOutOfRangeException>(() => Fin.Series(1, double.NaN));
        Assert.Contains("amounts[1] must be a finite number", series.Message, StringComparison.Ordinal);
        var bcr = Assert.Throws<ArgumentOutOfRangeException>(() => CashFlowMetrics.BenefitCostRatio(Fin.Series(-1), Fin.Series(1), 0.1, DiscountConvention.FirstFlowAtTimeZero));
        Assert.Contains("benefits[0] must be a finite number, zero or positive", bcr.Message, StringComparison.Ordinal);
        var empty = Assert.Throws<ArgumentException>(() => Fin.Series());
        Assert.Contains("at least one amount", empty.Message, StringComparison.Ordinal);
        var dated = Assert.Throws<ArgumentOutOfRangeException>(() => new DatedCashFlow(D0, double.PositiveInfinity));
        Assert.Contains("amount must be a finite number", dated.Message, StringComparison.Ordinal);
        var noFlows = Assert.Throws<ArgumentException>(() => new DatedCashFlowSeries([]));
        Assert.Contains("at least one flow", noFlows.Message, StringComparison.Ordinal);
        var mismatch = Assert.Throws<ArgumentException>(() => DatedCashFlowSeries.FromDatesAndAmounts([D0], [1.0, 2.0]));
        Assert.Contains("amounts has 2 values but dates has 1", mismatch.Message, StringComparison.Ordinal);
        var noDates = Assert.Throws<ArgumentException>(() => DatedCashFlowSeries.FromDatesAndAmounts([], []));
        Assert.Contains("at least one date", noDates.Message, StringComparison.Ordinal);
        var root = Assert.Throws<ArgumentOutOfRangeException>(() => new IrrRoot(0.1, 0));
        Assert.Contains("multiplicity must be 1 or more", root.Message, StringComparison.Ordinal);
        var convention = Assert.Throws<ArgumentOutOfRangeException>(() => CashFlowMetrics.NetPresentValue(Fin.Series(-100, 110), 0.1, (DiscountConvention)7));
        Assert.Contains("must be a defined DiscountConvention (got 7)", convention.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 1.0, 2.0 }, "only positive or zero")]
    [InlineData(new[] { -1.0, 0.0 }, "only negative or zero")]
    [InlineData(new[] { 0.0, 0.0 }, "only zero")]
    [InlineData(new[] { 0.0, 5.0 }, "only positive or zero")]
    public void A_series_without_a_sign_change_is_rejected_for_each_rate_metric(double[] amounts, string got)
    {
        var irr = Assert.Throws<ArgumentException>(() => CashFlowMetrics.InternalRateOfReturn(Fin.Series(amounts)));
        Assert.Equal("flows", irr.ParamName);
        Assert.Contains($"for IRR: without a sign change no rate makes the present value zero (got {got} amounts)", irr.Message, StringComparison.Ordinal);
        var mirr = Assert.Throws<ArgumentException>(() => CashFlowMetrics.ModifiedInternalRateOfReturn(Fin.Series(amounts), 0.1, 0.1));
        Assert.Contains("for MIRR", mirr.Message, StringComparison.Ordinal);
        var xirr = Assert.Throws<ArgumentException>(() => CashFlowMetrics.InternalRateOfReturn(DatedCashFlowSeries.FromDatesAndAmounts(amounts.Select((_, i) => D0.PlusDays(365 * i)), amounts)));
        Assert.Contains("for XIRR", xirr.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_simple_IRRs_are_both_reported_with_a_warning_and_the_one_nearest_the_guess_is_chosen()
    {
        // NPV·(1 + r)² = −100 y² + 230 y − 132 with y = 1 + r: y = (230 ± √(52,900 − 52,800)) / 200 = 1.1 or 1.2,
        // so r = 10 % and 20 %, both simple.
        CashFlowSeries flows = Fin.Series(-100, 230, -132);
        IrrResult near10 = CashFlowMetrics.InternalRateOfReturn(flows, 0.05);
        Assert.Equal(2, near10.Roots.Length);
        Assert.All(near10.Roots, r => Assert.Equal(1, r.Multiplicity));
        Fin.Near(0.10, near10.Roots.Min(r => r.Rate), 1e-12, "lower root");
        Fin.Near(0.20, near10.Roots.Max(r => r.Rate), 1e-12, "upper root");
        Fin.Near(0.10, near10.Rate, 1e-12, "rate nearest 5 %");
        Fin.Near(0.20, CashFlowMetrics.InternalRateOfReturn(flows, 0.3).Rate, 1e-12, "rate nearest 30 %");
        Diagnostic warning = Assert.Single(near10.Diagnostics);
        Assert.Equal(DiagnosticKind.Warning, warning.Kind);
        Assert.Equal("IRR", warning.Metric);
        Assert.Contains("The NPV is zero at 2 rates: ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("The one nearest the guess 0.05 is reported", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("multiplicity", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_double_root_is_one_root_of_multiplicity_2_with_a_tangency_warning()
    {
        // −100 y² + 220 y − 121 = −(10 y − 11)²: a double root at y = 1.1, r = 10 %; the NPV touches zero there.
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(Fin.Series(-100, 220, -121));
        IrrRoot root = Assert.Single(r.Roots);
        Assert.Equal(2, root.Multiplicity);
        Fin.Near(0.10, root.Rate, 1e-7, "double root (a double root is conditioned to about √ε)");
        Diagnostic warning = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticKind.Warning, warning.Kind);
        Assert.Contains("touches zero at", warning.Message, StringComparison.Ordinal);
        Assert.Contains("(multiplicity 2)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_double_and_a_simple_root_are_listed_with_the_multiplicity()
    {
        // −1000 (y − 1.1)² (y − 1.25) = −1000 y³ + 3450 y² − 3960 y + 1512.5: r = 10 % (double) and 25 % (simple).
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(Fin.Series(-1000, 3450, -3960, 1512.5));
        Assert.Equal(2, r.Roots.Length);
        IrrRoot doubleRoot = r.Roots.MinBy(x => x.Rate)!;
        IrrRoot simple = r.Roots.MaxBy(x => x.Rate)!;
        Assert.Equal(2, doubleRoot.Multiplicity);
        Assert.Equal(1, simple.Multiplicity);
        Fin.Near(0.10, doubleRoot.Rate, 1e-7, "double root");
        Fin.Near(0.25, simple.Rate, 1e-10, "simple root");
        Diagnostic warning = Assert.Single(r.Diagnostics);
        Assert.Contains("The NPV is zero at 2 rates", warning.Message, StringComparison.Ordinal);
        Assert.Contains(" (multiplicity 2)", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("multiplicity 1", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MIRR_finances_a_later_outflow_at_the_finance_rate()
    {
        // Flows −1000, 500, −200, 800; finance 10 %, reinvest 12 %.
        // PV(outflows) = −1000 − 200 / 1.1² = −1165.2892561983471; FV(inflows) = 500 × 1.12² + 800 = 1427.2;
        // MIRR = (1427.2 / 1165.2892561983471)^(1/3) − 1 = 0.0699176818751748.
        double mirr = CashFlowMetrics.ModifiedInternalRateOfReturn(Fin.Series(-1000, 500, -200, 800), 0.10, 0.12);
        Fin.Near(0.0699176818751748, mirr, 1e-14, "MIRR");
    }

    [Fact]
    public void MIRR_ignores_zero_amounts()
    {
        // Flows −100, 0, 121 with finance 10 % and reinvest 0 %: PV(outflows) = −100, FV(inflows) = 121,
        // MIRR = (121/100)^(1/2) − 1 = 10 %. A zero treated as an outflow or an inflow adds nothing either way, so this
        // pins the two-period exponent and the zero reinvestment of the last amount.
        Fin.Near(0.10, CashFlowMetrics.ModifiedInternalRateOfReturn(Fin.Series(-100, 0, 121), 0.10, 0.0), 1e-14, "MIRR");
    }

    [Fact]
    public void Payback_that_turns_negative_again_reports_the_first_payback_with_a_warning()
    {
        // Cumulative −100, 50, −50, −30: paid back in period 1 at 0 + 100/150 = 0.6667, negative again in period 2.
        PaybackResult p = CashFlowMetrics.PaybackPeriod(Fin.Series(-100, 150, -100, 20));
        Fin.Near(100.0 / 150, p.Periods, 1e-15, "payback");
        Assert.Equal(1, p.CrossingPeriod);
        Diagnostic warning = Assert.Single(p.Diagnostics);
        Assert.Equal(DiagnosticKind.Warning, warning.Kind);
        Assert.Equal("Payback", warning.Metric);
        Assert.Contains("turns negative again at period 2 after paying back in period 1", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Payback_that_returns_to_exactly_zero_is_not_negative_again()
    {
        // Cumulative −100, 50, 0, 10: zero is not negative, so no warning.
        PaybackResult p = CashFlowMetrics.PaybackPeriod(Fin.Series(-100, 150, -50, 10));
        Assert.Empty(p.Diagnostics);
        Assert.Equal(1, p.CrossingPeriod);
    }

    [Fact]
    public void Discounted_payback_never_reached_names_its_metric_and_the_last_cumulative_flow()
    {
        // At 100 %: −100, 100/2 = 50, 100/4 = 25 → cumulative −100, −50, −25: never paid back.
        PaybackResult p = CashFlowMetrics.DiscountedPaybackPeriod(Fin.Series(-100, 100, 100), 1.0);
        Assert.Null(p.Periods);
        Assert.Null(p.CrossingPeriod);
        Diagnostic d = Assert.Single(p.Diagnostics);
        Assert.Equal("DiscountedPayback", d.Metric);
        Assert.Contains("still negative (-25) at the last period", d.Message, StringComparison.Ordinal);
        Assert.Equal("Payback", Assert.Single(CashFlowMetrics.PaybackPeriod(Fin.Series(-100, 10)).Diagnostics).Metric);
    }

    [Fact]
    public void Profitability_index_with_no_initial_investment_is_undefined_and_says_why()
    {
        // First amount 0: PV(future)/|0| is undefined; the rule is "first amount not negative", also for exactly 0.
        FinancialRatio zero = CashFlowMetrics.ProfitabilityIndex(Fin.Series(0, 110), 0.1);
        Assert.Null(zero.Value);
        Assert.Contains("is 0, not negative", Assert.Single(zero.Diagnostics).Message, StringComparison.Ordinal);
        FinancialRatio positive = CashFlowMetrics.ProfitabilityIndex(Fin.Series(5, 110), 0.1);
        Assert.Equal(-5, positive.Denominator);
        Fin.Near(100, positive.Numerator, 1e-12, "PV of 110 one period at 10 %");
    }

    [Fact]
    public void XIRR_counts_sign_changes_in_date_order_not_input_order()
    {
        // Input order −100 (2020), −10 (2022), +120 (2021) has one sign change; in date order −100, +120, −10 has two.
        DatedCashFlowSeries flows = DatedCashFlowSeries.FromDatesAndAmounts([D0, D0.PlusYears(2), D0.PlusYears(1)], [-100, -10, 120]);
        XirrResult r = CashFlowMetrics.InternalRateOfReturn(flows);
        Assert.Equal(2, r.SignChanges);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Message.Contains("change sign 2 times in date order", StringComparison.Ordinal));
    }

    [Fact]
    public void XIRR_nets_same_day_amounts_before_counting_sign_changes()
    {
        // −100 on day 0; +50 and −20 on the same later day net to +30; +100 later: −100, +30, +100 → one sign change.
        DatedCashFlowSeries flows = DatedCashFlowSeries.FromDatesAndAmounts([D0, D0.PlusDays(365), D0.PlusDays(365), D0.PlusDays(730)], [-100, 50, -20, 100]);
        XirrResult r = CashFlowMetrics.InternalRateOfReturn(flows);
        Assert.Equal(1, r.SignChanges);
        Assert.Empty(r.Diagnostics);
        // Same day netting to a negative: −100, (+50 − 80 = −30), +200 → still one sign change.
        DatedCashFlowSeries negative = DatedCashFlowSeries.FromDatesAndAmounts([D0, D0.PlusDays(365), D0.PlusDays(365), D0.PlusDays(730)], [-100, 50, -80, 200]);
        Assert.Equal(1, CashFlowMetrics.InternalRateOfReturn(negative).SignChanges);
    }

    [Fact]
    public void XIRR_with_flows_out_of_date_order_equals_the_sorted_series()
    {
        // The rate depends on the dates, not on the order given (all later flows may come in any order).
        DatedCashFlowSeries sorted = DatedCashFlowSeries.FromDatesAndAmounts([D0, D0.PlusDays(365), D0.PlusDays(730)], [-1000, 500, 700]);
        DatedCashFlowSeries shuffled = DatedCashFlowSeries.FromDatesAndAmounts([D0, D0.PlusDays(730), D0.PlusDays(365)], [-1000, 700, 500]);
        // Two whole 365-day years: −1000 + 500 y⁻¹ + 700 y⁻² = 0 → 1000 y² − 500 y − 700 = 0 → y = (500 + √(250,000 + 2,800,000)) / 2000.
        double y = (500 + Math.Sqrt(3_050_000)) / 2000;
        Fin.Near(y - 1, CashFlowMetrics.InternalRateOfReturn(sorted).Rate, 1e-12, "sorted");
        Fin.Near(y - 1, CashFlowMetrics.InternalRateOfReturn(shuffled).Rate, 1e-12, "shuffled");
    }

    [Fact]
    public void XIRR_uses_Brents_method_not_bisection()
    {
        // Brent (1973) converges superlinearly on a smooth simple root: the outward bracketing (≤ ~12 evaluations from
        // the guess) plus Brent's refinement to ~4e-16 needs far fewer than plain bisection of the same bracket, which
        // needs log2(width / 4e-16) ≈ 50 halvings. 30 leaves room for the bracketing and is still far below bisection.
        DatedCashFlowSeries flows = DatedCashFlowSeries.FromDatesAndAmounts([D0, D0.PlusDays(365), D0.PlusDays(730)], [-1000, 500, 700]);
        XirrResult r = CashFlowMetrics.InternalRateOfReturn(flows);
        Assert.Equal(RootSearchStatus.Converged, r.Status);
        Assert.InRange(r.Evaluations, 3, 30);
    }

    [Fact]
    public void XIRR_far_below_zero_over_a_long_horizon_does_not_overflow()
    {
        // −1 at day 0 and 1e-60 sixty 365-day years later: −1 + 1e-60 (1 + r)^−60 = 0 → (1 + r)^60 = 1e-60 → 1 + r = 0.1,
        // r = −90 %. At that rate the last term is scaled by 10^60; the scaled evaluation keeps it finite.
        DatedCashFlowSeries flows = DatedCashFlowSeries.FromDatesAndAmounts([D0, D0.PlusDays(365 * 60)], [-1, 1e-60]);
        XirrResult r = CashFlowMetrics.InternalRateOfReturn(flows);
        Assert.Equal(RootSearchStatus.Converged, r.Status);
        Fin.Near(-0.9, r.Rate, 1e-12, "r");
    }
}
