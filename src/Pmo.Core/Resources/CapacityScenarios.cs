using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Pmo.Core.Resources;

/// <summary>What-if scenarios of capacity and demand compared side by side with a baseline.</summary>
/// <remarks>
/// <para>
/// Each scenario's changes are applied in order to the baseline's plan, demand and priority order (a cancelled project
/// leaves the order; a later change cannot name it). Baseline and every scenario are then evaluated the same way:
/// </para>
/// <list type="bullet">
/// <item><description><see cref="CapacityAnalysis.Analyze"/> with <see cref="DemandScope.CommittedAndProposed"/>: the
/// over-allocated cells, the infeasible periods, the gap shortfall Σ max(0, D − C) and, per role, utilisation
/// D/C;</description></item>
/// <item><description><see cref="CapacityAllocator.Allocate(CapacityPlan, PortfolioDemand, IEnumerable{string}, AllocationOptions?)"/>
/// with the given options: the shortfall hours and the fully staffed projects;</description></item>
/// <item><description>the same allocation in <see cref="AllocationMode.Defer"/> mode: each project's achieved finish,
/// compared with its baseline finish.</description></item>
/// </list>
/// <para>This is the scenario comparison of PPM capacity planners (Planview "what-if" scenarios, Project Online
/// portfolio analysis), with every figure traceable to the two allocations and the analysis it came from.</para>
/// </remarks>
public static class CapacityScenarios
{
    /// <summary>Evaluates a baseline and scenarios of it.</summary>
    /// <param name="plan">The baseline capacity plan.</param>
    /// <param name="demand">The baseline demand, on the plan's roles and periods.</param>
    /// <param name="priorityOrder">The baseline priority order: every project exactly once.</param>
    /// <param name="scenarios">The scenarios (unique names, none named like the baseline <c>Baseline</c>); may be empty.</param>
    /// <param name="options">The allocation options of the staffing figures (default <see cref="AllocationOptions.Default"/>); the finishes always use <see cref="AllocationMode.Defer"/> with the same committed-first setting.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument, an id or a scenario is null.</exception>
    /// <exception cref="ArgumentException">Incompatible demand; an invalid baseline order (<c>priorityOrder</c>); a repeated scenario name (<c>scenarios</c>).</exception>
    /// <exception cref="ScenarioChangeException">A change names an unknown role, person or project, approves a project that is not proposed, shifts demand out of the horizon, or gives an invalid order (<c>ParamName</c> <c>scenarios</c>).</exception>
    [Pure]
    public static CapacityScenarioComparison Compare(CapacityPlan plan, PortfolioDemand demand, IEnumerable<string> priorityOrder, IEnumerable<CapacityScenario> scenarios, AllocationOptions? options = null)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(demand);
        Guard.Against.Null(priorityOrder);
        Guard.Against.Null(scenarios);
        CapacityAllocator.CheckCompatible(plan, demand);
        options ??= AllocationOptions.Default;
        ImmutableArray<string> order = [.. priorityOrder];
        _ = CapacityAllocator.Sequence(demand, order, false, nameof(priorityOrder));
        ImmutableArray<CapacityScenario> list = [.. scenarios];
        var names = new HashSet<string>(StringComparer.Ordinal) { CapacityScenarioComparison.BaselineName };
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(scenarios), string.Create(CultureInfo.InvariantCulture, $"{nameof(scenarios)}[{i}] is null."));
            }

            if (!names.Add(list[i].Name))
            {
                throw new ArgumentException($"{nameof(scenarios)} repeats the name '{list[i].Name}' (or uses the reserved name '{CapacityScenarioComparison.BaselineName}').", nameof(scenarios));
            }
        }

        // Apply every scenario before evaluating anything, so a bad change fails fast.
        var applied = list.Select(s => s.Apply(plan, demand, order, nameof(scenarios))).ToArray();
        ScenarioOutcome baseline = Evaluate(CapacityScenarioComparison.BaselineName, plan, demand, order, options, null);
        var outcomes = ImmutableArray.CreateBuilder<ScenarioOutcome>(list.Length);
        for (int i = 0; i < list.Length; i++)
        {
            outcomes.Add(Evaluate(list[i].Name, applied[i].Plan, applied[i].Demand, applied[i].Order, options, baseline));
        }

        return new CapacityScenarioComparison(baseline, list, outcomes.MoveToImmutable());
    }

    private static ScenarioOutcome Evaluate(string name, CapacityPlan plan, PortfolioDemand demand, ImmutableArray<string> order, AllocationOptions options, ScenarioOutcome? baseline)
    {
        CapacityReport analysis = CapacityAnalysis.Analyze(plan, demand);
        AllocationResult allocation = CapacityAllocator.Allocate(plan, demand, order, options);
        AllocationResult deferred = options.Mode == AllocationMode.Defer ? allocation : CapacityAllocator.Allocate(plan, demand, order, options.WithMode(AllocationMode.Defer));
        int tc = plan.PeriodCount;
        var roles = ImmutableArray.CreateBuilder<RoleUtilisation>(plan.RoleCount);
        for (int r = 0; r < plan.RoleCount; r++)
        {
            double cap = 0;
            double dem = 0;
            double alloc = 0;
            double? peak = null;
            int? peakPeriod = null;
            for (int t = 0; t < tc; t++)
            {
                CapacityCell cell = analysis.Cells[(r * tc) + t];
                cap += cell.Capacity;
                dem += cell.Demand;
                alloc += allocation.AllocatedGrid[(r * tc) + t];
                if (cell.Utilisation is double u && (peak is null || u > peak))
                {
                    peak = u;
                    peakPeriod = t;
                }
            }

            roles.Add(new RoleUtilisation(plan.Roles[r].Id, cap, dem, alloc, peak, peakPeriod));
        }

        var finishes = ImmutableArray.CreateBuilder<ProjectFinish>(deferred.Projects.Length);
        Dictionary<string, ProjectFinish>? before = baseline?.Finishes.ToDictionary(f => f.ProjectId, StringComparer.Ordinal);
        foreach (ProjectAllocation p in deferred.Projects.OrderBy(p => demand.IndexOfProject(p.ProjectId)))
        {
            int? baselineFinish = before is null ? p.AchievedLastPeriod : before.TryGetValue(p.ProjectId, out ProjectFinish? f) ? f.AchievedLastPeriod : null;
            finishes.Add(new ProjectFinish(p.ProjectId, p.PlannedLastPeriod, p.AchievedLastPeriod, p.ShortfallHours, baselineFinish));
        }

        double gap = 0;
        foreach (RoleBottleneck b in analysis.Bottlenecks)
        {
            gap += b.ShortfallHours;
        }

        return new ScenarioOutcome(name, plan, demand, order, analysis, allocation, deferred, gap, roles.MoveToImmutable(), finishes.MoveToImmutable(), baseline);
    }
}

/// <summary>A role's capacity, demand and allocation over the horizon of one scenario.</summary>
public sealed class RoleUtilisation
{
    internal RoleUtilisation(string roleId, double capacity, double demand, double allocated, double? peak, int? peakPeriod)
    {
        RoleId = roleId;
        CapacityHours = capacity;
        DemandHours = demand;
        AllocatedHours = allocated;
        PeakUtilisation = peak;
        PeakPeriod = peakPeriod;
    }

    /// <summary>Gets the role.</summary>
    public string RoleId { get; }

    /// <summary>Gets the capacity over all periods, in hours.</summary>
    public double CapacityHours { get; }

    /// <summary>Gets the demand (committed and proposed) over all periods, in hours.</summary>
    public double DemandHours { get; }

    /// <summary>Gets the hours allocated over all periods (staffing allocation).</summary>
    public double AllocatedHours { get; }

    /// <summary>
    /// Gets the average utilisation Σ_t D(t) / Σ_t C(t) (capacity-weighted), or null when the role has no capacity or the
    /// ratio is not representable (a subnormal capacity against large demand overflows a double).
    /// </summary>
    public double? AverageUtilisation => CapacityHours > 0 && DemandHours / CapacityHours is var u && double.IsFinite(u) ? u : null;

    /// <summary>Gets the highest D(t)/C(t) over the periods with capacity, or null when there is none.</summary>
    public double? PeakUtilisation { get; }

    /// <summary>Gets the period of <see cref="PeakUtilisation"/>, or null.</summary>
    public int? PeakPeriod { get; }

    /// <summary>Gets the allocated utilisation Σ allocated / Σ C (≤ 1), or null when the role has no capacity.</summary>
    public double? AllocatedUtilisation => CapacityHours > 0 ? AllocatedHours / CapacityHours : null;
}

/// <summary>A project's finish in a scenario (from the <see cref="AllocationMode.Defer"/> allocation) and its change against the baseline.</summary>
public sealed class ProjectFinish
{
    internal ProjectFinish(string projectId, int? plannedLast, int? achievedLast, double unmet, int? baselineAchievedLast)
    {
        ProjectId = projectId;
        PlannedLastPeriod = plannedLast;
        AchievedLastPeriod = achievedLast;
        UnmetHours = unmet;
        BaselineAchievedLastPeriod = baselineAchievedLast;
    }

    /// <summary>Gets the project.</summary>
    public string ProjectId { get; }

    /// <summary>Gets the last period with demand in this scenario (after shifts), or null without demand.</summary>
    public int? PlannedLastPeriod { get; }

    /// <summary>Gets the achieved finish under deferral, or null when hours are still unmet at the horizon (or there is no demand).</summary>
    public int? AchievedLastPeriod { get; }

    /// <summary>Gets the hours still unmet after the last period.</summary>
    public double UnmetHours { get; }

    /// <summary>Gets the achieved finish in the baseline, or null.</summary>
    public int? BaselineAchievedLastPeriod { get; }

    /// <summary>Gets <c>AchievedLastPeriod − BaselineAchievedLastPeriod</c> in periods (positive = later), or null when either is null.</summary>
    public int? FinishChange => AchievedLastPeriod is int a && BaselineAchievedLastPeriod is int b ? a - b : null;
}

/// <summary>The evaluation of the baseline or of one scenario.</summary>
public sealed class ScenarioOutcome
{
    internal ScenarioOutcome(string name, CapacityPlan plan, PortfolioDemand demand, ImmutableArray<string> order, CapacityReport analysis, AllocationResult allocation, AllocationResult deferred, double gap, ImmutableArray<RoleUtilisation> roles, ImmutableArray<ProjectFinish> finishes, ScenarioOutcome? baseline)
    {
        Name = name;
        Plan = plan;
        Demand = demand;
        PriorityOrder = order;
        Analysis = analysis;
        Allocation = allocation;
        DeferredAllocation = deferred;
        GapShortfallHours = gap;
        Roles = roles;
        Finishes = finishes;
        ShortfallChangeHours = baseline is null ? 0 : allocation.TotalShortfallHours - baseline.Allocation.TotalShortfallHours;
        FullyStaffedChange = baseline is null ? 0 : allocation.FullyStaffedCount - baseline.Allocation.FullyStaffedCount;
    }

    /// <summary>Gets the scenario's name (<see cref="CapacityScenarioComparison.BaselineName"/> for the baseline).</summary>
    public string Name { get; }

    /// <summary>Gets the plan after the changes.</summary>
    public CapacityPlan Plan { get; }

    /// <summary>Gets the demand after the changes.</summary>
    public PortfolioDemand Demand { get; }

    /// <summary>Gets the priority order after the changes.</summary>
    public ImmutableArray<string> PriorityOrder { get; }

    /// <summary>Gets the demand-versus-capacity analysis (committed and proposed).</summary>
    public CapacityReport Analysis { get; }

    /// <summary>Gets the staffing allocation (the comparison's options).</summary>
    public AllocationResult Allocation { get; }

    /// <summary>Gets the allocation in <see cref="AllocationMode.Defer"/> mode (the same object when the options' mode is Defer).</summary>
    public AllocationResult DeferredAllocation { get; }

    /// <summary>Gets the staffing allocation's total shortfall hours.</summary>
    public double TotalShortfallHours => Allocation.TotalShortfallHours;

    /// <summary>Gets the hours still unmet at the horizon's end under deferral.</summary>
    public double UnmetHoursAtHorizon => DeferredAllocation.TotalShortfallHours;

    /// <summary>Gets Σ over roles and periods of max(0, demand − capacity), before any allocation.</summary>
    public double GapShortfallHours { get; }

    /// <summary>Gets the number of over-allocated role × period cells.</summary>
    public int OverAllocatedCells => Analysis.OverAllocations.Length;

    /// <summary>Gets the periods in which some role is over-allocated.</summary>
    public ImmutableArray<int> InfeasiblePeriods => Analysis.InfeasiblePeriods;

    /// <summary>Gets utilisation per role, in plan order.</summary>
    public ImmutableArray<RoleUtilisation> Roles { get; }

    /// <summary>Gets the number of fully staffed projects in the staffing allocation.</summary>
    public int FullyStaffedCount => Allocation.FullyStaffedCount;

    /// <summary>Gets each project's finish and its change against the baseline, in the demand's project order (cancelled projects are absent).</summary>
    public ImmutableArray<ProjectFinish> Finishes { get; }

    /// <summary>Gets <see cref="TotalShortfallHours"/> minus the baseline's (0 for the baseline).</summary>
    public double ShortfallChangeHours { get; }

    /// <summary>Gets <see cref="FullyStaffedCount"/> minus the baseline's (0 for the baseline).</summary>
    public int FullyStaffedChange { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}: shortfall {TotalShortfallHours:0.##} h, {OverAllocatedCells} over-allocated cell(s), {FullyStaffedCount} fully staffed");
}

/// <summary>The result of <see cref="CapacityScenarios.Compare"/>: the baseline and each scenario evaluated the same way.</summary>
public sealed class CapacityScenarioComparison
{
    /// <summary>The name of the baseline outcome.</summary>
    public const string BaselineName = "Baseline";

    internal CapacityScenarioComparison(ScenarioOutcome baseline, ImmutableArray<CapacityScenario> scenarios, ImmutableArray<ScenarioOutcome> outcomes)
    {
        Baseline = baseline;
        Scenarios = scenarios;
        Outcomes = outcomes;
    }

    /// <summary>Gets the baseline's evaluation.</summary>
    public ScenarioOutcome Baseline { get; }

    /// <summary>Gets the scenarios, as given.</summary>
    public ImmutableArray<CapacityScenario> Scenarios { get; }

    /// <summary>Gets the scenarios' evaluations, in the scenarios' order.</summary>
    public ImmutableArray<ScenarioOutcome> Outcomes { get; }

    /// <summary>The evaluation of a scenario by name (or the baseline by <see cref="BaselineName"/>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">No scenario has that name.</exception>
    [Pure]
    public ScenarioOutcome this[string name] =>
        name == BaselineName ? Baseline : Outcomes.FirstOrDefault(o => o.Name == name) ?? throw new ArgumentException($"No scenario is named '{name}'.", nameof(name));
}
