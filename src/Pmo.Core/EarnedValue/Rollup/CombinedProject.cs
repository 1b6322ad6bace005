using System.Collections.Immutable;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// Several projects combined into one virtual project (a programme or a portfolio): summed PV curve on the union of
/// their period grids, summed EV and AC, summed reserves. Analyse it with
/// <see cref="EarnedValueAnalyzer.Analyze(TimePhasedBaseline, ProjectStatus, BudgetStructure, EarnedValueOptions?)"/>;
/// every ratio is then recomputed from the sums, never averaged.
/// </summary>
public sealed class CombinedProject
{
    internal CombinedProject(ImmutableArray<string> memberIds, TimePhasedBaseline baseline, ProjectStatus status, BudgetStructure budget, ImmutableArray<Diagnostic> diagnostics)
    {
        MemberIds = memberIds;
        Baseline = baseline;
        Status = status;
        Budget = budget;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the identifiers of the combined elements, in input order.</summary>
    public ImmutableArray<string> MemberIds { get; }

    /// <summary>Gets the combined baseline (PV summed at every period end of every member).</summary>
    public TimePhasedBaseline Baseline { get; }

    /// <summary>Gets the combined status (EV and AC summed; history on the dates every member can supply).</summary>
    public ProjectStatus Status { get; }

    /// <summary>Gets the summed management reserve and over-target amounts.</summary>
    public BudgetStructure Budget { get; }

    /// <summary>Gets notes on how the combination was made (for example history dates left out).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Analyses the combined project.</summary>
    /// <param name="options">Options; default <see cref="EarnedValueOptions.Default"/>.</param>
    /// <returns>The analysis, with this combination's diagnostics first.</returns>
    public EarnedValueAnalysis Analyze(EarnedValueOptions? options = null) =>
        EarnedValueAnalyzer.AnalyzeCore(Baseline, Status, Budget, options, Diagnostics);
}
