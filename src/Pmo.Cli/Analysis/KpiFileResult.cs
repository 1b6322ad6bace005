using System.Collections.Immutable;
using Pmo.Cli.Input;

namespace Pmo.Cli.Analysis;

/// <summary>The analysis of a KPI file: each subject's own scorecard, roll-ups of the parents, control charts.</summary>
/// <param name="File">The input.</param>
/// <param name="Subjects">The scorecards of the subjects with observations, by id.</param>
/// <param name="KpiIds">Every KPI observed, in display order.</param>
/// <param name="Rollups">One roll-up per subject with children, in file order.</param>
/// <param name="Charts">The control charts.</param>
internal sealed record KpiFileResult(
    LoadedKpiFile File,
    ImmutableDictionary<string, SubjectKpis> Subjects,
    ImmutableArray<string> KpiIds,
    ImmutableArray<KpiRollupView> Rollups,
    ImmutableArray<SpcChart> Charts)
{
    /// <summary>Analyses a KPI file.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The result.</returns>
    public static KpiFileResult Analyze(LoadedKpiFile file)
    {
        var subjects = new Dictionary<string, SubjectKpis>(StringComparer.Ordinal);
        foreach (LoadedKpiSubject s in file.Subjects.Where(s => !s.Observations.IsEmpty))
        {
            subjects[s.Id] = KpiAnalysis.EvaluateSubject(s.Id, s.Observations, s.Observations, file.Catalog, s.Targets, file.AsOf);
        }

        ImmutableArray<string> ids = KpiAnalysis.DisplayOrder(file.Subjects.SelectMany(s => s.Observations.Select(o => o.KpiId)));
        var parents = file.Subjects.Where(s => s.Parent is not null).Select(s => s.Parent!).ToHashSet(StringComparer.Ordinal);
        ImmutableArray<KpiRollupView> rollups = ids.IsEmpty || parents.Count == 0
            ? []
            : KpiAnalysis.Rollups(
                file.Catalog, ids, file.Hierarchy, file.Subjects.SelectMany(s => s.Observations), subjects, file.AsOf,
                file.Subjects.Where(s => parents.Contains(s.Id)).Select(s => (s.Id, s.Id, s.Name)));
        ImmutableArray<SpcChart> charts = [.. file.Subjects.Where(s => subjects.ContainsKey(s.Id)).SelectMany(s => SpcAnalysis.Charts(subjects[s.Id]))];
        return new KpiFileResult(file, subjects.ToImmutableDictionary(StringComparer.Ordinal), ids, rollups, charts);
    }
}
