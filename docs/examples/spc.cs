#:project ../../src/Pmo.Core/Pmo.Core.csproj
// Statistical process control: an XmR chart with a fixed baseline and the Western Electric rules, interpreted by the
// direction of improvement: `dotnet run docs/examples/spc.cs`. See docs/spc.md. Every number is worked out by hand.
using System.Globalization;
using Pmo.Core.Kpis.Spc;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// Weekly story points delivered (higher is better). Limits come from the first 9 weeks.
double[] values = [12, 11, 12, 13, 12, 11, 12, 13, 12, /* then */ 12, 15, 12, 11, 12];

// Baseline: mean = (12 + 11 + 12 + 13 + 12 + 11 + 12 + 13 + 12) / 9 = 108 / 9 = 12.
// Moving ranges |xᵢ − xᵢ₋₁| in the baseline: 1, 1, 1, 1, 1, 1, 1, 1 → average mR̄ = 1.
// Wheeler's natural process limits: 12 ± 2.66 × 1 = [9.34, 14.66]; σ̂ = 2.66 / 3 = 0.8867; upper range limit 3.268 × 1.
XmrChartResult chart = XmrChart.Compute(values, new XmrOptions { BaselineLength = 9 });
XmrPhase phase = chart.Phases[0];
Console.WriteLine($"Centre {phase.Centre}, limits [{phase.LowerLimit:0.00}, {phase.UpperLimit:0.00}], mR̄ {phase.Dispersion}, URL {phase.UpperRangeLimit:0.000}");
Check(phase.Centre, 12, "centre line");
Check(phase.Dispersion, 1, "average moving range");
Check(phase.UpperLimit, 14.66, "upper natural process limit", 1e-12);
Check(phase.LowerLimit, 9.34, "lower natural process limit", 1e-12);
Check(phase.UpperRangeLimit, 3.268, "upper range limit", 1e-12);

// Western Electric rules over all 14 points:
//   WE1 (beyond 3σ = the limits): only week 11 (index 10), 15 > 14.66.
//   WE2 (2 of 3 beyond 2σ: above 12 + 1.773 = 13.773 or below 10.227): only the 15 — no pair.
//   WE3 (4 of 5 beyond 1σ: above 12.887 or below 11.113): the 13s (indices 3, 7), the 15 (10) and the 11s (1, 5, 12) —
//        never 4 on one side within 5 consecutive points.
//   WE4 (8 in a row on one side of 12): points equal to the centre are on neither side; no run longer than 1.
// So exactly one signal, WE1 at index 10, above the limit — an improvement, since higher is better.
SpcEvaluation eval = SpcRules.Evaluate(chart, SpcRuleSets.WesternElectric, ImprovementDirection.Increase);
foreach (SpcSignal s in eval.Signals)
{
    Console.WriteLine($"Signal {s.RuleId} at index {s.Index} ({s.Side}, {s.Interpretation})");
}

SpcSignal only = eval.Signals.Single();
Require(only.RuleId == SpcRuleIds.WesternElectric1 && only.Index == 10, "one WE1 signal at index 10");
Require(only.Interpretation == SignalInterpretation.Improvement, "read as an improvement");

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
