using Pmo.Core.Kpis.Spc;

namespace Pmo.Core.Tests.Kpis.Spc;

/// <summary>Helpers for the SPC tests.</summary>
internal static class Spc
{
    /// <summary>
    /// A six-point baseline with centre 10 and mR̄ = (2 + 1 + 1 + 2 + 1)/5 = 1.4. With Wheeler's 2.66: limits
    /// 10 ± 3.724, σ̂ = 3.724/3 = 1.24133; zone boundaries 11.241 (1σ), 12.483 (2σ), 13.724 (3σ) and mirrored
    /// 8.759, 7.517, 6.276. Every baseline point lies within 1σ; 10 is on the centre line; the baseline alone raises no
    /// signal. Its last diffs alternate from index 2 (−1, +2, −1), which matters only for Nelson 4.
    /// </summary>
    public static readonly double[] Baseline = [9, 11, 10, 9, 11, 10];

    public static XmrChartResult Chart(params double[] tail) =>
        XmrChart.Compute([.. Baseline, .. tail], new XmrOptions { BaselineLength = Baseline.Length });

    public static int[] Indices(SpcEvaluation e, string ruleId) =>
        [.. e.Signals.Where(s => s.RuleId == ruleId).Select(s => s.Index)];

    public static string[] RuleIds(SpcEvaluation e) => [.. e.Signals.Select(s => s.RuleId).Distinct().Order(StringComparer.Ordinal)];
}
