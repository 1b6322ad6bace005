#:project ../../src/Pmo.Core/Pmo.Core.csproj
// Benefit metrics: NPV in both timing conventions, IRR, MIRR, payback, discounted payback, profitability index, and
// XNPV/XIRR on dated flows: `dotnet run docs/examples/finance.cs`. See docs/finance.md.
// Every asserted number is worked out by hand in the comments (or quoted from a published example, as marked).
using System.Globalization;
using Pmo.Core.Finance;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// 1. A project: −1,000 now, then 300, 400, 500, 200 at the end of years 1–4; discount rate 10 %.
var flows = new CashFlowSeries([-1_000, 300, 400, 500, 200]);
//    Discounted: 300/1.1 = 272.727, 400/1.21 = 330.579, 500/1.331 = 375.657, 200/1.4641 = 136.603.
//    NPV (first flow at t = 0, the textbook convention) = −1,000 + 272.727 + 330.579 + 375.657 + 136.603 = 115.566.
//    The spreadsheet convention (first flow at the end of period 1) discounts everything once more: 115.566/1.1 = 105.060.
double npv = CashFlowMetrics.NetPresentValue(flows, 0.10, DiscountConvention.FirstFlowAtTimeZero);
double npvSheet = CashFlowMetrics.NetPresentValue(flows, 0.10, DiscountConvention.FirstFlowAtPeriodOne);
Console.WriteLine($"NPV at 10 %: {npv:0.000} (t = 0), {npvSheet:0.000} (spreadsheet NPV())");
Check(npv, 115.566, "NPV, first flow at t = 0", 5e-4);
Check(npvSheet, 105.060, "NPV, first flow at period 1", 5e-4);

//    Payback: cumulative −1,000, −700, −300, +200 → crosses zero in year 3: 2 + 300/500 = 2.6 years.
//    Discounted payback: cumulative −1,000, −727.273, −396.694, −21.037, +115.566 → 3 + 21.037/136.603 = 3.154 years.
//    Profitability index = 1 + NPV/|c₀| = 1 + 115.566/1,000 = 1.1156.
PaybackResult payback = CashFlowMetrics.PaybackPeriod(flows);
PaybackResult discounted = CashFlowMetrics.DiscountedPaybackPeriod(flows, 0.10);
FinancialRatio pi = CashFlowMetrics.ProfitabilityIndex(flows, 0.10);
Console.WriteLine($"Payback {payback.Periods} years, discounted {discounted.Periods:0.000} years, PI {pi.Value:0.0000}");
Check(payback.Periods, 2.6, "payback");
Check(discounted.Periods, 3.154, "discounted payback", 5e-4);
Check(pi.Value, 1.1156, "profitability index", 5e-5);

// 2. IRR and MIRR where the answer is exact: −1,000, 550, 605.
//    At r = 10 %: 550/1.1 + 605/1.21 = 500 + 500 = 1,000, so NPV = 0 and IRR = 10 %.
//    MIRR with finance and reinvestment rates 10 %: future value of the inflows 550 × 1.1 + 605 = 1,210, present value of
//    the outflow 1,000: (1,210/1,000)^(1/2) − 1 = 1.1 − 1 = 10 %.
var exact = new CashFlowSeries([-1_000, 550, 605]);
IrrResult irr = CashFlowMetrics.InternalRateOfReturn(exact);
double mirr = CashFlowMetrics.ModifiedInternalRateOfReturn(exact, 0.10, 0.10);
Console.WriteLine($"IRR {irr.Rate:P4} ({irr.Roots.Length} real root(s)), MIRR {mirr:P4}");
Check(irr.Rate, 0.10, "IRR", 1e-9);
Check(mirr, 0.10, "MIRR", 1e-12);

// 3. Dated flows: the XNPV and XIRR examples of Microsoft's Excel documentation (XNPV and XIRR function pages):
//    −10,000 on 2008-01-01, 2,750 on 2008-03-01, 4,250 on 2008-10-30, 3,250 on 2009-02-15, 2,750 on 2009-04-01;
//    XNPV at 9 % = 2,086.65 (printed to cents), XIRR = 0.373362535 (printed to 9 decimals; Excel's iteration stops when
//    the result is "accurate within 0.000001 percent", so the comparison allows 1e-8).
var dated = DatedCashFlowSeries.FromDatesAndAmounts(
    [new(2008, 1, 1), new(2008, 3, 1), new(2008, 10, 30), new(2009, 2, 15), new(2009, 4, 1)],
    [-10_000, 2_750, 4_250, 3_250, 2_750]);
double xnpv = CashFlowMetrics.NetPresentValue(dated, 0.09);
XirrResult xirr = CashFlowMetrics.InternalRateOfReturn(dated);
Console.WriteLine($"XNPV {xnpv:0.00}, XIRR {xirr.Rate:0.000000000}");
Check(xnpv, 2_086.65, "XNPV (Excel documentation)", 0.005);
Check(xirr.Rate, 0.373362535, "XIRR (Excel documentation)", 1e-8);

return 0;

static void Check(double? actual, double expected, string what, double tolerance = 1e-9)
{
    if (actual is not { } a || Math.Abs(a - expected) > tolerance)
    {
        throw new InvalidOperationException($"{what}: {actual?.ToString() ?? "null"} but the worked example gives {expected}.");
    }
}
