using System.Collections.Immutable;
using NodaTime;
using Pmo.Core.Kpis;
using Pmo.Core.Kpis.Spc;

namespace Pmo.Cli.Analysis;

/// <summary>Consecutive points flagged by one rule on one side: one line of the report.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Side">The side.</param>
/// <param name="Interpretation">Concern, improvement or neutral.</param>
/// <param name="From">The first flagged point's date.</param>
/// <param name="To">The last flagged point's date.</param>
/// <param name="Points">The flagged points.</param>
internal sealed record SignalGroup(string RuleId, SignalSide Side, SignalInterpretation Interpretation, LocalDate From, LocalDate To, int Points);

/// <summary>The control chart of one subject's KPI history.</summary>
/// <param name="SubjectId">The subject.</param>
/// <param name="Definition">The KPI (with the subject's targets).</param>
/// <param name="Dates">The dates of the charted values.</param>
/// <param name="Chart">The XmR chart.</param>
/// <param name="Evaluation">The rule evaluation.</param>
/// <param name="Direction">The improvement direction (from the KPI's direction).</param>
/// <param name="Target">The target in force at the as-of date, if any.</param>
/// <param name="Assurance">Whether the process can meet the target.</param>
/// <param name="Groups">The signals grouped into runs.</param>
internal sealed record SpcChart(
    string SubjectId,
    KpiDefinition Definition,
    ImmutableArray<LocalDate> Dates,
    XmrChartResult Chart,
    SpcEvaluation Evaluation,
    ImprovementDirection Direction,
    double? Target,
    AssuranceStatus Assurance,
    ImmutableArray<SignalGroup> Groups)
{
    /// <summary>Gets the current (last) phase.</summary>
    public XmrPhase Phase => Chart.Phases[^1];

    /// <summary>Gets the concern and improvement signals that reach one of the last <see cref="SpcAnalysis.RecentPoints"/> points.</summary>
    public IEnumerable<SignalGroup> Current =>
        Groups.Where(g => g.Interpretation != SignalInterpretation.Neutral && g.To >= Dates[Math.Max(0, Dates.Length - SpcAnalysis.RecentPoints)]);

    /// <summary>Gets a value indicating whether the chart deserves the reader's attention: a current signal, or a target it consistently fails.</summary>
    public bool WorthAttention => Current.Any() || Assurance is AssuranceStatus.ConsistentlyFail;
}

/// <summary>
/// Control charts of explicit KPI histories: an XmR chart (Wheeler's constants, mean and average moving range — the
/// core defaults) per subject and KPI with at least <see cref="MinimumPoints"/> reported values, the NHS
/// <i>Making Data Count</i> rules with the improvement direction taken from the KPI's direction, and assurance against
/// the target in force. Derived earned-value KPIs are cumulative indices (each point contains the previous ones), so
/// they are evaluated and trended but not charted.
/// </summary>
internal static class SpcAnalysis
{
    /// <summary>The fewest reported values charted (below this, limits are too uncertain to act on).</summary>
    public const int MinimumPoints = 8;

    /// <summary>How recent a signal must be to be worth attention: it must reach one of this many latest points.</summary>
    public const int RecentPoints = 3;

    /// <summary>The rule sets applied.</summary>
    public const SpcRuleSets RuleSets = SpcRuleSets.Nhs;

    /// <summary>Charts every KPI history of a subject.</summary>
    /// <param name="s">The subject's KPIs.</param>
    /// <returns>The charts, in the scorecard's KPI order.</returns>
    public static IEnumerable<SpcChart> Charts(SubjectKpis s)
    {
        foreach (KpiDefinition d in s.Definitions)
        {
            List<KpiObservation> history = [.. s.Explicit.Where(o => o.KpiId == d.Id && o.Value is not null).OrderBy(o => o.Date)];
            if (history.Count < MinimumPoints)
            {
                continue;
            }

            double[] values = [.. history.Select(o => o.Value!.Value)];
            ImmutableArray<LocalDate> dates = [.. history.Select(o => o.Date)];
            ImprovementDirection direction = d.Direction.Kind switch
            {
                KpiDirectionKind.Maximise => ImprovementDirection.Increase,
                KpiDirectionKind.Minimise => ImprovementDirection.Decrease,
                _ => ImprovementDirection.Neutral,
            };
            XmrChartResult chart = XmrChart.Compute(values);
            SpcEvaluation evaluation = SpcRules.Evaluate(chart, RuleSets, direction);
            double? target = d.Targets.TargetAt(s.Scorecard.AsOf)?.Value;
            AssuranceStatus assurance = Assurance.Evaluate(chart, target, direction);
            yield return new SpcChart(s.SubjectId, d, dates, chart, evaluation, direction, target, assurance, Group(evaluation.Signals, dates));
        }
    }

    private static ImmutableArray<SignalGroup> Group(ImmutableArray<SpcSignal> signals, ImmutableArray<LocalDate> dates)
    {
        var groups = new List<SignalGroup>();
        foreach (IGrouping<(string RuleId, SignalSide Side, SignalInterpretation Interpretation), SpcSignal> byRule in signals.GroupBy(x => (x.RuleId, x.Side, x.Interpretation)))
        {
            int start = -1;
            int last = -2;
            foreach (int i in byRule.Select(x => x.Index).Distinct().Order())
            {
                if (i != last + 1)
                {
                    if (start >= 0)
                    {
                        groups.Add(new SignalGroup(byRule.Key.RuleId, byRule.Key.Side, byRule.Key.Interpretation, dates[start], dates[last], last - start + 1));
                    }

                    start = i;
                }

                last = i;
            }

            if (start >= 0)
            {
                groups.Add(new SignalGroup(byRule.Key.RuleId, byRule.Key.Side, byRule.Key.Interpretation, dates[start], dates[last], last - start + 1));
            }
        }

        return [.. groups.OrderBy(g => g.From).ThenBy(g => g.RuleId, StringComparer.Ordinal)];
    }
}
