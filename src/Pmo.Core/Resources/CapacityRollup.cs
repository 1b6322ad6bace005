using System.Collections.Immutable;

namespace Pmo.Core.Resources;

/// <summary>Capacity and demand of a group of roles (a department or a skill) per period.</summary>
public sealed class CapacityRollup
{
    internal CapacityRollup(string key, ImmutableArray<string> roleIds, ImmutableArray<double> capacity, ImmutableArray<double> demand)
    {
        Key = key;
        RoleIds = roleIds;
        Capacity = capacity;
        Demand = demand;
    }

    /// <summary>Gets the group key (department or skill; <c>(none)</c> for roles without one).</summary>
    public string Key { get; }

    /// <summary>Gets the roles in the group.</summary>
    public ImmutableArray<string> RoleIds { get; }

    /// <summary>Gets the capacity per period, in hours.</summary>
    public ImmutableArray<double> Capacity { get; }

    /// <summary>Gets the demand per period (per the analysis' scope), in hours.</summary>
    public ImmutableArray<double> Demand { get; }

    /// <summary>The gap in a period: capacity − demand.</summary>
    /// <param name="period">The period number.</param>
    /// <returns>The hours.</returns>
    public double Gap(int period) => Capacity[period] - Demand[period];

    /// <summary>The utilisation in a period, or null when the group has no capacity then or the ratio overflows a double (undefined).</summary>
    /// <param name="period">The period number.</param>
    /// <returns>Demand / capacity or null.</returns>
    public double? Utilisation(int period) => double.IsFinite(Demand[period] / Capacity[period]) ? Demand[period] / Capacity[period] : null; // capacity ≥ 0: zero capacity gives +∞ or NaN
}

/// <summary>Demand of a group of projects (a programme or a department) per period.</summary>
public sealed class DemandRollup
{
    internal DemandRollup(string key, ImmutableArray<string> projectIds, ImmutableArray<double> committed, ImmutableArray<double> proposed)
    {
        Key = key;
        ProjectIds = projectIds;
        Committed = committed;
        Proposed = proposed;
    }

    /// <summary>Gets the group key (programme or department; <c>(none)</c> for projects without one).</summary>
    public string Key { get; }

    /// <summary>Gets the projects in the group.</summary>
    public ImmutableArray<string> ProjectIds { get; }

    /// <summary>Gets the committed demand per period, in hours (all roles).</summary>
    public ImmutableArray<double> Committed { get; }

    /// <summary>Gets the proposed demand per period, in hours (all roles).</summary>
    public ImmutableArray<double> Proposed { get; }
}
