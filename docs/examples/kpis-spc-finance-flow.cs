#:project ../../src/Pmo.Core/Pmo.Core.csproj
// KPIs with bands and status, a control chart with NHS rules, benefit metrics and a delivery forecast:
// `dotnet run docs/examples/kpis-spc-finance-flow.cs`.
using System.Globalization;
using NodaTime;
using Pmo.Core.Finance;
using Pmo.Core.Kpis;
using Pmo.Core.Kpis.Flow;
using Pmo.Core.Kpis.Spc;

string F(double? x, string format = "0.###") => x is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";
var asOf = new LocalDate(2026, 10, 31);

// 1. A project's CPI history judged by the library's CPI definition (bands: ≥ 0.95 green, ≥ 0.90 amber).
double[] cpi = [0.99, 0.98, 1.00, 0.97, 0.99, 0.98, 0.96, 0.93, 0.92, 0.91, 0.90, 0.90, 0.89, 0.88];
KpiObservation[] history = [.. cpi.Select((v, i) => new KpiObservation("cpi", "P-1", new LocalDate(2025, 9, 30).PlusMonths(i), v))];
KpiScorecard card = KpiScorecard.Evaluate("P-1", [KpiLibrary.CostPerformanceIndex()], history, asOf);
KpiEvaluation e = card.Evaluations[0];
Console.WriteLine($"CPI {F(e.Value)} on {e.ValueDate}: {e.Status?.Label ?? e.StatusKind.ToString()}");

// 2. The same history on an XmR chart (limits from the first 6 points) with the NHS rules; higher CPI is better.
XmrChartResult chart = XmrChart.Compute(cpi, new XmrOptions { BaselineLength = 6 });
SpcEvaluation signals = SpcRules.Evaluate(chart, SpcRuleSets.Nhs, ImprovementDirection.Increase);
foreach (SpcSignal s in signals.Signals.Where(s => s.Interpretation == SignalInterpretation.Concern).Take(5))
{
    Console.WriteLine($"  concern at point {s.Index} ({s.RuleId})");
}

// 3. Benefits: NPV at 8 % with the first flow at t = 0, IRR, simple payback.
var flows = new CashFlowSeries([-1_000_000, 250_000, 350_000, 400_000, 300_000]);
double npv = CashFlowMetrics.NetPresentValue(flows, 0.08, DiscountConvention.FirstFlowAtTimeZero);
IrrResult irr = CashFlowMetrics.InternalRateOfReturn(flows);
PaybackResult payback = CashFlowMetrics.PaybackPeriod(flows);
Console.WriteLine($"NPV {F(npv, "#,0")}, IRR {F(irr.Rate * 100, "0.00")} %, payback {F(payback.Periods, "0.00")} years");

// 4. When will 120 items be done, given 60 working days of throughput history? (seeded, reproducible)
int[] throughput = [.. Enumerable.Range(0, 60).Select(i => (i * 7 % 5) switch { 0 => 0, 1 => 1, 2 => 2, 3 => 3, _ => 2 })];
CompletionForecast when = DeliveryForecast.WhenDone(throughput, RemainingScope.Exactly(120), asOf, WorkingCalendar.MondayToFriday, trials: 10_000, seed: 42);
Console.WriteLine($"85 % chance done on or before {when.DateAt(0.85)}; 50 %: {when.DateAt(0.50)}");

// Checks that hold by construction, so the example cannot drift silently.
bool ok = e.Status?.Id == "red" && signals.HasSignals && npv > 0 && irr.Rate is > 0.08 && when.DateAt(0.85) >= when.DateAt(0.50);
return ok ? 0 : 1;
