using System.Collections.Immutable;
using System.Globalization;

namespace Pmo.Core.Resources;

/// <summary>A role over-allocated in a period: how far demand exceeds capacity, and which projects demand it.</summary>
public sealed class OverAllocation
{
    internal OverAllocation(CapacityCell cell, double? excessFte, ImmutableArray<ProjectHours> contributors)
    {
        Cell = cell;
        ExcessFte = excessFte;
        Contributors = contributors;
    }

    /// <summary>Gets the heat-map cell.</summary>
    public CapacityCell Cell { get; }

    /// <summary>Gets the role.</summary>
    public string RoleId => Cell.RoleId;

    /// <summary>Gets the period number.</summary>
    public int Period => Cell.Period;

    /// <summary>Gets the excess: demand − capacity, in hours (&gt; 0).</summary>
    public double ExcessHours => Cell.Demand - Cell.Capacity;

    /// <summary>Gets the excess in full-time equivalents of the period, or null when the period has no working days or the ratio overflows a double (undefined, with a diagnostic).</summary>
    public double? ExcessFte { get; }

    /// <summary>Gets the projects demanding the role in the period (within the analysis' scope), largest first.</summary>
    public ImmutableArray<ProjectHours> Contributors { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{RoleId} {Cell.PeriodLabel}: +{ExcessHours:0.##} h");
}

/// <summary>A project's hours (a contribution to a cell, an allocation or a shortfall).</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Hours">The hours.</param>
public readonly record struct ProjectHours(string ProjectId, double Hours);
