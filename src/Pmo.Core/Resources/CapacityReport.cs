using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Resources;

/// <summary>The result of <see cref="CapacityAnalysis.Analyze"/>: the heat map and everything derived from it.</summary>
public sealed class CapacityReport
{
    internal CapacityReport(CapacityPlan plan, PortfolioDemand demand, DemandScope scope, double tolerance, ImmutableArray<CapacityCell> cells, ImmutableArray<OverAllocation> overAllocations, ImmutableArray<RoleBottleneck> bottlenecks, ImmutableArray<int> infeasiblePeriods, ImmutableArray<int> committedInfeasiblePeriods, ImmutableArray<double> totalCapacity, ImmutableArray<double> totalDemand, ImmutableArray<Diagnostic> diagnostics)
    {
        Plan = plan;
        Demand = demand;
        Scope = scope;
        Tolerance = tolerance;
        Cells = cells;
        OverAllocations = overAllocations;
        Bottlenecks = bottlenecks;
        InfeasiblePeriods = infeasiblePeriods;
        CommittedInfeasiblePeriods = committedInfeasiblePeriods;
        TotalCapacity = totalCapacity;
        TotalDemand = totalDemand;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the capacity plan analysed.</summary>
    public CapacityPlan Plan { get; }

    /// <summary>Gets the demand analysed.</summary>
    public PortfolioDemand Demand { get; }

    /// <summary>Gets which projects' demand was compared with capacity.</summary>
    public DemandScope Scope { get; }

    /// <summary>Gets the over-allocation tolerance in hours.</summary>
    public double Tolerance { get; }

    /// <summary>Gets the heat map, role-major: the cell of role r (plan order) in period t is at <c>r × periods + t</c>.</summary>
    public ImmutableArray<CapacityCell> Cells { get; }

    /// <summary>Gets the over-allocated cells, by role (plan order) then period.</summary>
    public ImmutableArray<OverAllocation> OverAllocations { get; }

    /// <summary>Gets the roles with at least one over-allocated period, largest shortfall first.</summary>
    public ImmutableArray<RoleBottleneck> Bottlenecks { get; }

    /// <summary>Gets the periods in which some role is over-allocated (with the analysis' scope), ascending.</summary>
    public ImmutableArray<int> InfeasiblePeriods { get; }

    /// <summary>Gets the periods in which committed demand alone over-allocates some role, ascending.</summary>
    public ImmutableArray<int> CommittedInfeasiblePeriods { get; }

    /// <summary>Gets the capacity of all roles per period, in hours.</summary>
    public ImmutableArray<double> TotalCapacity { get; }

    /// <summary>Gets the demand (scope) of all roles per period, in hours.</summary>
    public ImmutableArray<double> TotalDemand { get; }

    /// <summary>Gets the diagnostics (undefined utilisations).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether no cell is over-allocated.</summary>
    public bool IsFeasible => InfeasiblePeriods.IsEmpty;

    /// <summary>The heat-map cell of a role in a period.</summary>
    /// <param name="roleId">A role of the plan.</param>
    /// <param name="period">The period number.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentException">Unknown role.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is out of range.</exception>
    [Pure]
    public CapacityCell Cell(string roleId, int period)
    {
        int r = Plan.RequireRole(roleId, nameof(roleId));
        Guard.Against.OutOfRange(period, nameof(period), 0, Plan.PeriodCount - 1);
        return Cells[(r * Plan.PeriodCount) + period];
    }

    /// <summary>Utilisation of all roles in a period (total demand / total capacity), or null when there is no capacity or the ratio overflows a double (undefined).</summary>
    /// <param name="period">The period number.</param>
    /// <returns>The utilisation or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is out of range.</exception>
    [Pure]
    public double? TotalUtilisation(int period)
    {
        Guard.Against.OutOfRange(period, nameof(period), 0, Plan.PeriodCount - 1);
        double u = TotalDemand[period] / TotalCapacity[period];
        return double.IsFinite(u) ? u : null; // capacity ≥ 0: zero capacity gives +∞ or NaN
    }

    /// <summary>Capacity and demand rolled up by the roles' departments (roles without one under <c>(none)</c>), ordered by key.</summary>
    /// <returns>One roll-up per department.</returns>
    [Pure]
    public ImmutableArray<CapacityRollup> ByDepartment() => RollUpRoles(r => [r.Department ?? NoKey]);

    /// <summary>
    /// Capacity and demand rolled up by skill (roles without skills under <c>(none)</c>), ordered by key. A role with
    /// several skills counts in each of them, so skill roll-ups overlap and do not add up to the total.
    /// </summary>
    /// <returns>One roll-up per skill.</returns>
    [Pure]
    public ImmutableArray<CapacityRollup> BySkill() => RollUpRoles(r => r.Skills.IsEmpty ? [NoKey] : r.Skills);

    /// <summary>Demand rolled up by the projects' programmes (projects without one under <c>(none)</c>), ordered by key.</summary>
    /// <returns>One roll-up per programme.</returns>
    [Pure]
    public ImmutableArray<DemandRollup> ByProgramme() => RollUpProjects(p => p.Programme);

    /// <summary>Demand rolled up by the projects' departments (projects without one under <c>(none)</c>), ordered by key.</summary>
    /// <returns>One roll-up per department.</returns>
    [Pure]
    public ImmutableArray<DemandRollup> ByProjectDepartment() => RollUpProjects(p => p.Department);

    /// <summary>The key used for roles or projects without a department, skill or programme.</summary>
    public const string NoKey = "(none)";

    private ImmutableArray<CapacityRollup> RollUpRoles(Func<Role, ImmutableArray<string>> keys)
    {
        int tc = Plan.PeriodCount;
        var groups = new SortedDictionary<string, (List<string> Roles, double[] Cap, double[] Dem)>(StringComparer.Ordinal);
        for (int r = 0; r < Plan.RoleCount; r++)
        {
            foreach (string key in keys(Plan.Roles[r]))
            {
                if (!groups.TryGetValue(key, out var g))
                {
                    groups[key] = g = ([], new double[tc], new double[tc]);
                }

                g.Roles.Add(Plan.Roles[r].Id);
                for (int t = 0; t < tc; t++)
                {
                    g.Cap[t] += Cells[(r * tc) + t].Capacity;
                    g.Dem[t] += Cells[(r * tc) + t].Demand;
                }
            }
        }

        return [.. groups.Select(kv => new CapacityRollup(kv.Key, [.. kv.Value.Roles], [.. kv.Value.Cap], [.. kv.Value.Dem]))];
    }

    private ImmutableArray<DemandRollup> RollUpProjects(Func<ResourceProject, string?> key)
    {
        int tc = Plan.PeriodCount;
        var groups = new SortedDictionary<string, (List<string> Projects, double[] Com, double[] Pro)>(StringComparer.Ordinal);
        for (int p = 0; p < Demand.ProjectCount; p++)
        {
            ResourceProject project = Demand.Projects[p];
            string k = key(project) ?? NoKey;
            if (!groups.TryGetValue(k, out var g))
            {
                groups[k] = g = ([], new double[tc], new double[tc]);
            }

            g.Projects.Add(project.Id);
            double[] target = project.Status == CommitmentStatus.Committed ? g.Com : g.Pro;
            ReadOnlySpan<int> cells = Demand.Cells(p);
            ReadOnlySpan<double> hours = Demand.Hours(p);
            for (int i = 0; i < cells.Length; i++)
            {
                target[cells[i] % tc] += hours[i];
            }
        }

        return [.. groups.Select(kv => new DemandRollup(kv.Key, [.. kv.Value.Projects], [.. kv.Value.Com], [.. kv.Value.Pro]))];
    }
}
