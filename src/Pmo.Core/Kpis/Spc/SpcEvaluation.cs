using System.Collections.Immutable;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Spc;

/// <summary>The result of evaluating special-cause rules on a chart.</summary>
public sealed class SpcEvaluation
{
    internal SpcEvaluation()
    {
    }

    /// <summary>Gets the rule sets evaluated.</summary>
    public SpcRuleSets RuleSets { get; internal init; }

    /// <summary>Gets the improvement direction used for the interpretations.</summary>
    public ImprovementDirection Direction { get; internal init; }

    /// <summary>
    /// Gets the signals, ordered by index; at one index, in rule-set order (Western Electric, Nelson, Wheeler, NHS, Anhøj)
    /// and within a set in rule order (rule 1 first; WH1-MR after WH1; NHS: limit, run, trend, 2-of-3).
    /// </summary>
    public ImmutableArray<SpcSignal> Signals { get; internal init; }

    /// <summary>Gets the notes on rules that could not be evaluated (zero sigma, undefined limits, too few points).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; }

    /// <summary>Gets whether any signal was raised.</summary>
    public bool HasSignals => !Signals.IsEmpty;
}
