using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pmo.Core.Kpis.Spc;

namespace Pmo.Core.Tests.Kpis.Spc;

/// <summary>
/// A series of integers whose length is a power of two (8–64), an integer shift, a power-of-two scale and a positive
/// real scale. With these, means and medians are exact in binary floating point, so shifting or scaling by a power of
/// two changes x − centre not at all (or exactly), and signals must be identical; limits are compared with a tolerance.
/// A phase, when present, starts at n/2, so every phase length is a power of two too.
/// </summary>
public sealed record SpcScenario(double[] Values, double Shift, double PowerOfTwo, double Scale, int PhaseStart)
{
    public XmrOptions Options(CentreLine centre) => new() { CentreLine = centre, PhaseStarts = PhaseStart > 0 ? [PhaseStart] : [] };

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"x=[{string.Join(", ", Values)}], shift={Shift}, pow2={PowerOfTwo}, k={Scale:R}, phase={PhaseStart}");
}

/// <summary>Domain generators for the SPC properties (never NaN or ±∞).</summary>
public static class SpcArbitraries
{
    public static Arbitrary<SpcScenario> Scenario() => Arb.From(
        from log in Gen.Choose(3, 6)
        let n = 1 << log
        from values in Gen.ArrayOf(Gen.Choose(-20, 20).Select(i => (double)i), n)
        from shift in Gen.Choose(-1000, 1000)
        from p in Gen.Choose(-3, 5)
        from k in Gen.Choose(1, 100_000).Select(i => i / 1_000.0)
        from phase in Gen.Elements(0, 0, n / 2)
        select new SpcScenario(values, shift, Math.Pow(2, p), k, phase));
}

/// <summary>Layer 2 FsCheck properties of XmR charts and rules.</summary>
[Properties(Arbitrary = new[] { typeof(SpcArbitraries) }, MaxTest = 300)]
public class SpcProperties
{
    private static void Near(double? expected, double? actual, double tol, string what)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is { } e && actual is { } a)
        {
            Assert.True(Math.Abs(e - a) <= tol * Math.Max(1, Math.Max(Math.Abs(e), Math.Abs(a))), $"{what}: {e:R} vs {a:R}");
        }
    }

    [Property]
    public void Limits_shift_with_the_data(SpcScenario s)
    {
        foreach (CentreLine centre in new[] { CentreLine.Mean, CentreLine.Median })
        {
            XmrChartResult a = XmrChart.Compute(s.Values, s.Options(centre));
            XmrChartResult b = XmrChart.Compute([.. s.Values.Select(v => v + s.Shift)], s.Options(centre));
            for (int p = 0; p < a.Phases.Length; p++)
            {
                Near(a.Phases[p].Centre + s.Shift, b.Phases[p].Centre, 1e-12, "centre");
                Near(a.Phases[p].UpperLimit + s.Shift, b.Phases[p].UpperLimit, 1e-12, "UNPL");
                Near(a.Phases[p].LowerLimit + s.Shift, b.Phases[p].LowerLimit, 1e-12, "LNPL");
                Near(a.Phases[p].Dispersion, b.Phases[p].Dispersion, 1e-12, "mR");
                Near(a.Phases[p].UpperRangeLimit, b.Phases[p].UpperRangeLimit, 1e-12, "URL");
            }
        }
    }

    [Property]
    public void Limits_are_scale_equivariant(SpcScenario s)
    {
        XmrChartResult a = XmrChart.Compute(s.Values, s.Options(CentreLine.Mean));
        XmrChartResult b = XmrChart.Compute([.. s.Values.Select(v => v * s.Scale)], s.Options(CentreLine.Mean));
        for (int p = 0; p < a.Phases.Length; p++)
        {
            Near(a.Phases[p].Centre * s.Scale, b.Phases[p].Centre, 1e-12, "centre");
            Near(a.Phases[p].UpperLimit * s.Scale, b.Phases[p].UpperLimit, 1e-12, "UNPL");
            Near(a.Phases[p].LowerLimit * s.Scale, b.Phases[p].LowerLimit, 1e-12, "LNPL");
            Near(a.Phases[p].Sigma * s.Scale, b.Phases[p].Sigma, 1e-12, "sigma");
            Near(a.Phases[p].UpperRangeLimit * s.Scale, b.Phases[p].UpperRangeLimit, 1e-12, "URL");
        }
    }

    [Property]
    public void Signals_are_unchanged_by_a_shift_and_by_a_power_of_two_scale(SpcScenario s)
    {
        foreach (CentreLine centre in new[] { CentreLine.Mean, CentreLine.Median })
        {
            SpcEvaluation a = SpcRules.Evaluate(XmrChart.Compute(s.Values, s.Options(centre)), SpcRuleSets.All, ImprovementDirection.Increase);
            SpcEvaluation b = SpcRules.Evaluate(XmrChart.Compute([.. s.Values.Select(v => v + s.Shift)], s.Options(centre)), SpcRuleSets.All, ImprovementDirection.Increase);
            SpcEvaluation c = SpcRules.Evaluate(XmrChart.Compute([.. s.Values.Select(v => v * s.PowerOfTwo)], s.Options(centre)), SpcRuleSets.All, ImprovementDirection.Increase);
            Assert.Equal(a.Signals.ToArray(), b.Signals.ToArray());
            Assert.Equal(a.Signals.ToArray(), c.Signals.ToArray());
        }
    }

    [Property]
    public void Dispersion_and_moving_ranges_are_non_negative(SpcScenario s)
    {
        XmrChartResult a = XmrChart.Compute(s.Values, s.Options(CentreLine.Mean));
        Assert.All(a.Phases, p => Assert.True(p.Dispersion is null or >= 0 && p.Sigma is null or >= 0 && p.UpperLimit >= p.LowerLimit));
        Assert.All(a.MovingRanges, r => Assert.True(double.IsNaN(r) || r >= 0));
        Assert.Equal(a.Phases.Length, a.MovingRanges.Count(double.IsNaN));
    }

    [Property]
    public void Every_signal_lies_in_range_and_within_its_phase(SpcScenario s)
    {
        XmrChartResult chart = XmrChart.Compute(s.Values, s.Options(CentreLine.Mean));
        SpcEvaluation e = SpcRules.Evaluate(chart, SpcRuleSets.All, ImprovementDirection.Decrease);
        foreach (SpcSignal sig in e.Signals)
        {
            XmrPhase p = chart.Phases[sig.Phase];
            Assert.InRange(sig.Index, 0, s.Values.Length - 1);
            Assert.InRange(sig.StartIndex, p.StartIndex, sig.Index);
            Assert.InRange(sig.Index, p.StartIndex, p.EndIndex - 1);
        }

        Assert.Equal(e.Signals.OrderBy(x => x.Index), e.Signals); // OrderBy is stable: the order within an index is kept
    }

    [Property]
    public void Fast_Nelson_rules_agree_with_the_naive_rescan(SpcScenario s)
    {
        XmrChartResult chart = XmrChart.Compute(s.Values);
        XmrPhase p = chart.Phases[0];
        if (p.Sigma is not > 0)
        {
            return;
        }

        SpcEvaluation fast = SpcRules.Evaluate(chart, SpcRuleSets.Nelson, ImprovementDirection.Increase);
        Assert.Equal(NaiveSpcRules.Nelson(s.Values, p, ImprovementDirection.Increase), fast.Signals);
    }

    [Property]
    public void Anhoj_counts_are_consistent(SpcScenario s)
    {
        AnhojResult r = RunChart.Anhoj(s.Values);
        Assert.InRange(r.UsefulObservations, 0, s.Values.Length);
        Assert.InRange(r.Crossings, 0, Math.Max(0, r.UsefulObservations - 1));
        Assert.InRange(r.LongestRun, r.UsefulObservations == 0 ? 0 : 1, r.UsefulObservations);
        Assert.Equal(r.IsRunSignal || r.IsCrossingsSignal, !r.Signals.IsEmpty);
    }
}
