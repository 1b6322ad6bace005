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
    /// <summary>Gets the all-or-nothing allocation in priority order (committed first): who is fully staffed, who cannot be.</summary>
    public required AllocationResult Staffing { get; init; }

    /// <summary>Gets the partial allocation in priority order: what share of its hours each project gets.</summary>
    public required AllocationResult Partial { get; init; }

    /// <summary>Gets the deferred allocation in priority order: unmet hours carried forward, finish delays.</summary>
    public required AllocationResult Deferred { get; init; }

    /// <summary>Gets the earliest feasible start of each proposal, behind everything ahead of it in the priority order.</summary>
    public required ImmutableArray<EarliestStartResult> EarliestStarts { get; init; }

    /// <summary>Gets the scenario comparison (null when the input has no scenarios).</summary>
    public CapacityScenarioComparison? Scenarios { get; init; }

    /// <summary>Runs the analysis.</summary>
    /// <param name="resources">The validated resources section.</param>
    /// <param name="ranking">The prioritization ranking of the portfolio's investment round (if any), used to order proposals that are candidates of the round.</param>
    /// <returns>The result.</returns>
    public static CapacityResult Analyze(LoadedResources resources, McdaResult? ranking)
    {
        CapacityPlan plan = resources.Plan;
        PortfolioDemand demand = resources.Demand;
        CapacityReport report = CapacityAnalysis.Analyze(plan, demand);
        (ImmutableArray<string> order, string source) = Order(resources, ranking);

        // Earliest starts: each proposal behind the committed projects and the proposals ahead of it.
        var starts = ImmutableArray.CreateBuilder<EarliestStartResult>();
        foreach (ResourceProject p in demand.Projects.Where(p => p.Status == CommitmentStatus.Proposed))
        {
            IEnumerable<string> ahead = order.TakeWhile(id => id != p.Id).Concat(demand.Projects.Where(q => q.Status == CommitmentStatus.Committed).Select(q => q.Id)).Distinct();
            starts.Add(CapacityAllocator.EarliestStart(plan, demand, p.Id, ahead));
        }

        CapacityScenarioComparison? scenarios = null;
        if (!resources.Scenarios.IsEmpty)
        {
            try
            {
                scenarios = CapacityScenarios.Compare(plan, demand, order, resources.Scenarios.Select(Map));
            }
            catch (ScenarioChangeException ex)
            {
                throw new CliInputException($"$.resources.scenarios: {ex.Message}");
            }
        }

        return new CapacityResult(resources, report, order, source)
        {
            Staffing = CapacityAllocator.Allocate(plan, demand, order, new AllocationOptions(AllocationMode.AllOrNothing)),
            Partial = CapacityAllocator.Allocate(plan, demand, order, new AllocationOptions(AllocationMode.Partial)),
            Deferred = CapacityAllocator.Allocate(plan, demand, order, new AllocationOptions(AllocationMode.Defer)),
            EarliestStarts = starts.ToImmutable(),
            Scenarios = scenarios,
        };
    }

    private static CapacityScenario Map(LoadedScenario s) => new(s.Name, s.Changes.Select(c => c.Type switch
    {
        "addCapacity" => ScenarioChange.AddHeadcount(new RolePool(c.Role!, c.Fte!.Value, c.From, c.To, "scenario")),
        "removePerson" => ScenarioChange.RemovePerson(c.Person!),
        "shiftProject" => c.Periods > 0 ? ScenarioChange.DelayProject(c.Project!, c.Periods.Value) : ScenarioChange.AccelerateProject(c.Project!, -c.Periods!.Value),
        "cancelProject" => ScenarioChange.CancelProject(c.Project!),
        "approveProject" => ScenarioChange.ApproveProject(c.Project!),
        _ => ScenarioChange.ChangePriorityOrder(c.Order),
    }));

    private static (ImmutableArray<string> Order, string Source) Order(LoadedResources resources, McdaResult? ranking)
    {
        if (!resources.PriorityOrder.IsEmpty)
        {
            return (resources.PriorityOrder, "the input's priorityOrder");
        }

        ImmutableArray<ResourceProject> projects = resources.Demand.Projects;
        List<string> committed = [.. projects.Where(p => p.Status == CommitmentStatus.Committed).Select(p => p.Id)];
        List<string> proposals = [.. projects.Where(p => p.Status == CommitmentStatus.Proposed).Select(p => p.Id)];
        if (ranking is null || proposals.Count == 0)
        {
            return ([.. committed, .. proposals], "committed projects, then proposals, in file order");
        }

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
