using System.Collections.Immutable;
using Pmo.Cli.Input;
using Pmo.Core.Prioritization;
using Pmo.Core.Resources;

namespace Pmo.Cli.Analysis;

/// <summary>The capacity analysis of a portfolio's resources section (issue 7): heat map, over-allocations, bottlenecks, roll-ups.</summary>
/// <param name="Resources">The input.</param>
/// <param name="Report">Committed and proposed demand against capacity.</param>
/// <param name="PriorityOrder">The priority order used for allocation (explicit, or committed in file order then proposals by the prioritization ranking).</param>
/// <param name="PriorityOrderSource">Where the order came from, in words.</param>
internal sealed record CapacityResult(LoadedResources Resources, CapacityReport Report, ImmutableArray<string> PriorityOrder, string PriorityOrderSource)
{
    /// <summary>Runs the analysis.</summary>
    /// <param name="resources">The validated resources section.</param>
    /// <param name="prioritization">The portfolio's prioritization result, used to order proposals that are candidates of the round.</param>
    /// <returns>The result.</returns>
    public static CapacityResult Analyze(LoadedResources resources, PrioritizationResult? prioritization)
    {
        CapacityReport report = CapacityAnalysis.Analyze(resources.Plan, resources.Demand);
        (ImmutableArray<string> order, string source) = Order(resources, prioritization);
        return new CapacityResult(resources, report, order, source);
    }

    private static (ImmutableArray<string> Order, string Source) Order(LoadedResources resources, PrioritizationResult? prioritization)
    {
        if (!resources.PriorityOrder.IsEmpty)
        {
            return (resources.PriorityOrder, "the input's priorityOrder");
        }

        ImmutableArray<ResourceProject> projects = resources.Demand.Projects;
        List<string> committed = [.. projects.Where(p => p.Status == ProjectStatus.Committed).Select(p => p.Id)];
        List<string> proposals = [.. projects.Where(p => p.Status == ProjectStatus.Proposed).Select(p => p.Id)];
        if (prioritization is null || proposals.Count == 0)
        {
            return ([.. committed, .. proposals], "committed projects, then proposals, in file order");
        }

        McdaResult ranking = prioritization.Ranking;
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < ranking.Ranking.Order.Length; k++)
        {
            rank[ranking.Matrix.Alternatives[ranking.Ranking.Order[k]]] = k;
        }

        List<string> ordered = [.. proposals.Select((id, i) => (id, i)).OrderBy(x => rank.TryGetValue(x.id, out int r) ? r : int.MaxValue).ThenBy(x => x.i).Select(x => x.id)];
        int ranked = proposals.Count(rank.ContainsKey);
        return ([.. committed, .. ordered], ranked == proposals.Count
            ? "committed projects in file order, then proposals by the prioritization ranking"
            : $"committed projects in file order, then proposals by the prioritization ranking ({proposals.Count - ranked} not ranked there follow in file order)");
    }
}
