using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pmo.Core.Finance;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>Issue 9 §1: hostile inputs for every public entry point of Pmo.Core.Finance.</summary>
public sealed class FinanceHostileTests
{
    private static readonly Gen<double[]> Flows = Hostile.ArrayOf(AGen.SignedAmount);

    private static readonly Gen<(double[] Flows, double Rate)> FlowsAndRate = AGen.Zip(Flows, AGen.Rate);

    private static string Show(double[] f, double r) => $"flows={Hostile.Show(f)} rate={Hostile.Show(r)}";

    [Fact]
    public void CashFlowSeries_constructor() =>
        Hostile.Property("Finance.CashFlowSeries", Flows, f =>
            Hostile.Check("Finance.CashFlowSeries", () => Hostile.Show(f), () => new CashFlowSeries(f)));

    [Fact]
    public void NetPresentValue_periodic()
    {
        var gen = AGen.Zip(Flows, AGen.Rate, AGen.Enum<DiscountConvention>());
        Hostile.Property("Finance.NetPresentValue", gen, x =>
            Hostile.Check("Finance.NetPresentValue", () => Show(x.Item1, x.Item2) + $" convention={x.Item3}",
                () => CashFlowMetrics.NetPresentValue(new CashFlowSeries(x.Item1), x.Item2, x.Item3)));
    }

    private static readonly Gen<(LocalDate[] Dates, double[] Amounts)> Dated =
        Hostile.Size.SelectMany(n => AGen.Zip(
            Gen.Frequency((6, Hostile.Date.ArrayOf(n).Select(d => d.Order().ToArray())), (1, Hostile.Date.ArrayOf(n)), (1, Hostile.ArrayOf(Hostile.Date))),
            Gen.Frequency((8, AGen.SignedAmount.ArrayOf(n)), (1, Flows))));

    private static string ShowDated((LocalDate[] Dates, double[] Amounts) d) =>
        $"dates={AGen.S(d.Dates)} amounts={Hostile.Show(d.Amounts)}";

    [Fact]
    public void DatedCashFlowSeries_factories() =>
        Hostile.Property("Finance.DatedCashFlowSeries", Dated, d =>
            Hostile.Check("Finance.DatedCashFlowSeries", () => ShowDated(d), () => DatedCashFlowSeries.FromDatesAndAmounts(d.Dates, d.Amounts))
            && Hostile.Check("Finance.DatedCashFlowSeries", () => ShowDated(d),
                () => new DatedCashFlowSeries(d.Dates.Zip(d.Amounts, (a, b) => new DatedCashFlow(a, b)))));

    [Fact]
    public void NetPresentValue_dated() =>
        Hostile.Property("Finance.NetPresentValue(dated)", AGen.Zip(Dated, AGen.Rate), x =>
            Hostile.Check("Finance.NetPresentValue(dated)", () => ShowDated(x.Item1) + $" rate={Hostile.Show(x.Item2)}",
                () => CashFlowMetrics.NetPresentValue(DatedCashFlowSeries.FromDatesAndAmounts(x.Item1.Dates, x.Item1.Amounts), x.Item2)));

    [Fact]
    public void InternalRateOfReturn_periodic() =>
        Hostile.Property("Finance.InternalRateOfReturn", FlowsAndRate, x =>
            Hostile.Check("Finance.InternalRateOfReturn", () => Show(x.Flows, x.Rate),
                () => CashFlowMetrics.InternalRateOfReturn(new CashFlowSeries(x.Flows), x.Rate))
            && Hostile.Check("Finance.InternalRateOfReturn", () => Show(x.Flows, x.Rate),
                () => CashFlowMetrics.InternalRateOfReturn(new CashFlowSeries(x.Flows))));

    [Fact]
    public void InternalRateOfReturn_dated() =>
        Hostile.Property("Finance.InternalRateOfReturn(dated)", AGen.Zip(Dated, AGen.Rate), x =>
            Hostile.Check("Finance.InternalRateOfReturn(dated)", () => ShowDated(x.Item1) + $" guess={Hostile.Show(x.Item2)}",
                () => CashFlowMetrics.InternalRateOfReturn(DatedCashFlowSeries.FromDatesAndAmounts(x.Item1.Dates, x.Item1.Amounts), x.Item2)));

    [Fact]
    public void ModifiedInternalRateOfReturn() =>
        Hostile.Property("Finance.ModifiedInternalRateOfReturn", AGen.Zip(Flows, AGen.Rate, AGen.Rate), x =>
            Hostile.Check("Finance.ModifiedInternalRateOfReturn", () => Show(x.Item1, x.Item2) + $" reinvest={Hostile.Show(x.Item3)}",
                () => CashFlowMetrics.ModifiedInternalRateOfReturn(new CashFlowSeries(x.Item1), x.Item2, x.Item3)));

    [Fact]
    public void Payback() =>
        Hostile.Property("Finance.PaybackPeriod", FlowsAndRate, x =>
            Hostile.Check("Finance.PaybackPeriod", () => Show(x.Flows, x.Rate), () => CashFlowMetrics.PaybackPeriod(new CashFlowSeries(x.Flows)))
            && Hostile.Check("Finance.PaybackPeriod", () => Show(x.Flows, x.Rate), () => CashFlowMetrics.DiscountedPaybackPeriod(new CashFlowSeries(x.Flows), x.Rate)));

    [Fact]
    public void Ratios()
    {
        var gen = AGen.Zip(AGen.Zip(Flows, Flows), AGen.Rate, AGen.Enum<DiscountConvention>());
        Hostile.Property("Finance.Ratios", gen, x =>
            Hostile.Check("Finance.Ratios", () => Show(x.Item1.Item1, x.Item2), () => CashFlowMetrics.ReturnOnInvestment(new CashFlowSeries(x.Item1.Item1)))
            && Hostile.Check("Finance.Ratios", () => Show(x.Item1.Item1, x.Item2), () => CashFlowMetrics.ProfitabilityIndex(new CashFlowSeries(x.Item1.Item1), x.Item2))
            && Hostile.Check("Finance.Ratios", () => $"benefits={Hostile.Show(x.Item1.Item1.FirstOrDefault())} costs={Hostile.Show(x.Item1.Item2.FirstOrDefault())}",
                () => CashFlowMetrics.ReturnOnInvestment(x.Item1.Item1.FirstOrDefault(), x.Item1.Item2.FirstOrDefault()))
            && Hostile.Check("Finance.Ratios", () => $"benefits={Hostile.Show(x.Item1.Item1)} costs={Hostile.Show(x.Item1.Item2)} rate={Hostile.Show(x.Item2)} convention={x.Item3}",
                () => CashFlowMetrics.BenefitCostRatio(new CashFlowSeries(x.Item1.Item1.Select(v => Math.Abs(v))), new CashFlowSeries(x.Item1.Item2.Select(v => Math.Abs(v))), x.Item2, x.Item3)));
    }

    [Fact]
    public void IrrRoot_constructor() =>
        Hostile.Property("Finance.IrrRoot", AGen.Zip(AGen.Rate, Hostile.AnyInt), x =>
            Hostile.Check("Finance.IrrRoot", () => $"rate={Hostile.Show(x.Item1)} multiplicity={x.Item2}", () => new IrrRoot(x.Item1, x.Item2)));

    // ---------------------------------------------------------------- regressions found by the properties above

    [Fact]
    public void Npv_that_overflows_the_double_range_throws_naming_flows()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CashFlowMetrics.NetPresentValue(new CashFlowSeries([82345, double.MaxValue, 1e300]), -1e-300, DiscountConvention.FirstFlowAtTimeZero));
        Assert.Equal("flows", e.ParamName);
    }

    [Fact]
    public void Xnpv_that_overflows_throws_naming_flows()
    {
        var d = new LocalDate(2026, 1, 1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CashFlowMetrics.NetPresentValue(DatedCashFlowSeries.FromDatesAndAmounts([d, d.PlusDays(1)], [double.MaxValue, double.MaxValue]), 0));
        Assert.Equal("flows", e.ParamName);
    }

    [Fact]
    public void Mirr_that_overflows_throws_naming_flows()
    {
        // PV(negatives) = -5e-324, FV(positives) = 2e300: the ratio is +inf.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CashFlowMetrics.ModifiedInternalRateOfReturn(new CashFlowSeries([-double.Epsilon, 1e300, 1e300]), 0, 0));
        Assert.Equal("flows", e.ParamName);
    }

    [Fact]
    public void Payback_whose_cumulative_flow_overflows_throws_naming_flows()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CashFlowMetrics.PaybackPeriod(new CashFlowSeries([-1, double.MaxValue, double.MaxValue])));
        Assert.Equal("flows", e.ParamName);
    }

    [Fact]
    public void Roi_whose_ratio_overflows_is_undefined_with_a_diagnostic()
    {
        FinancialRatio r = CashFlowMetrics.ReturnOnInvestment(1e300, 1e-300);
        Assert.Null(r.Value);
        Assert.Contains(r.Diagnostics, d => d.Kind == Pmo.Core.Common.DiagnosticKind.Undefined && d.Metric == "ROI");
    }

    [Fact]
    public void Irr_whose_eigenvalue_search_does_not_converge_is_undefined_not_an_exception()
    {
        // Found by the hostile suite: MathNet's NonConvergenceException escaped from IRR for this ill-scaled series.
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(new CashFlowSeries([-6903.3, -26, 9468.2, 1107.3, 9254.1, -4580.7, 315.6, 2893.5, 7730.9, -7321.9, -7223.2, 5E-324]), 0.471);
        Assert.True(r.Rate is null || double.IsFinite(r.Rate.Value));
        if (r.Rate is null)
        {
            Assert.Contains(r.Diagnostics, d => d.Kind == Pmo.Core.Common.DiagnosticKind.Undefined && d.Metric == "IRR");
        }
    }
}
