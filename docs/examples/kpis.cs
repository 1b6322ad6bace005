#:project ../../src/Pmo.Core/Pmo.Core.csproj
// KPIs: a library definition (CPI with RAG bands), evaluation with status and trend, and a ratio-of-sums roll-up over a
// portfolio: `dotnet run docs/examples/kpis.cs`. See docs/kpis.md. Every asserted number is worked out by hand below.
using System.Globalization;
using NodaTime;
using Pmo.Core.Kpis;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// CPI = EV / AC, higher is better; bands: ≥ 0.95 green, [0.90, 0.95) amber, < 0.90 red; roll-up: ratio of sums.
KpiDefinition cpi = KpiLibrary.CostPerformanceIndex();
var april = new LocalDate(2025, 4, 30);
var may = new LocalDate(2025, 5, 31);
KpiObservation[] observations =
[
    KpiObservation.Ratio("cpi", "P1", april, 960, 1_000),   // 0.96
    KpiObservation.Ratio("cpi", "P1", may, 1_900, 2_000),   // 0.95
    KpiObservation.Ratio("cpi", "P2", may, 850, 1_000),     // 0.85
];

// P1 in May: 1,900 / 2,000 = 0.95 → green (the 0.95 threshold belongs to green); previous value 0.96, so the change is
// −0.01 and, higher being better, the trend is worsening.
KpiEvaluation p1 = KpiEvaluator.Evaluate(cpi, "P1", observations.Where(o => o.SubjectId == "P1"), may);
Console.WriteLine($"P1: CPI {p1.Value} {p1.Status?.Label} ({p1.Trend}, change {p1.Change:+0.00;-0.00})");
Check(p1.Value, 0.95, "P1 CPI");
Check(p1.Change, -0.01, "P1 change", 1e-12);
Require(p1.Status?.Id == "green" && p1.Trend == KpiTrend.Worsening, "P1 green and worsening");

// P2: 850 / 1,000 = 0.85 < 0.90 → red.
KpiEvaluation p2 = KpiEvaluator.Evaluate(cpi, "P2", observations.Where(o => o.SubjectId == "P2"), may);
Console.WriteLine($"P2: CPI {p2.Value} {p2.Status?.Label}");
Check(p2.Value, 0.85, "P2 CPI");
Require(p2.Status?.Id == "red", "P2 red");

// The portfolio: ratio of sums of the latest EV and AC, (1,900 + 850) / (2,000 + 1,000) = 2,750 / 3,000 = 0.91667 → amber.
// (The mean of the two CPIs, (0.95 + 0.85) / 2 = 0.90, would weight a small project like a large one.)
KpiHierarchy portfolio = KpiHierarchy.Flat("portfolio", ["P1", "P2"]);
KpiRollupResult rollup = KpiRollup.Values(cpi, portfolio, observations, may);
KpiRollupNode top = rollup["portfolio"];
Console.WriteLine($"Portfolio: CPI {top.Value:0.00000} = {top.Aggregate.Numerator} / {top.Aggregate.Denominator}, {top.Evaluation.Status?.Label}");
Check(top.Value, 2_750.0 / 3_000, "portfolio CPI (ratio of sums)", 1e-12);
Require(top.Evaluation.Status?.Id == "amber", "portfolio amber");

return 0;

static void Check(double? actual, double expected, string what, double tolerance = 1e-9)
{
    if (actual is not { } a || Math.Abs(a - expected) > tolerance)
    {
        throw new InvalidOperationException($"{what}: {actual?.ToString() ?? "null"} but the hand computation gives {expected}.");
    }
}

static void Require(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException($"Not as worked out by hand: {what}.");
    }
}
