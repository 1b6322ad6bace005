using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Resources;

/// <summary>
/// What one project asked for and got in one role × period cell. Under <see cref="AllocationMode.Defer"/> a cell can
/// also receive hours carried in from the same role's earlier periods.
/// </summary>
/// <remarks>
/// Identity per cell: <c>Demand + CarriedIn = Allocated + Shortfall</c>. Under <see cref="AllocationMode.Partial"/>
/// and <see cref="AllocationMode.AllOrNothing"/> <c>CarriedIn = 0</c> and <see cref="Shortfall"/> is lost; under
/// <see cref="AllocationMode.Defer"/> <see cref="Shortfall"/> is carried into the next period (the carry out of the
/// last period is the project's unmet shortfall).
/// </remarks>
public readonly struct AllocationCell : IEquatable<AllocationCell>
{
    internal AllocationCell(string roleId, int period, double demand, double carriedIn, double allocated, double shortfall)
    {
        RoleId = roleId;
        Period = period;
        Demand = demand;
        CarriedIn = carriedIn;
        Allocated = allocated;
        Shortfall = shortfall;
    }

    /// <summary>Gets the role.</summary>
    public string RoleId { get; }

    /// <summary>Gets the period number.</summary>
    public int Period { get; }

    /// <summary>Gets the hours the project planned in this cell.</summary>
    public double Demand { get; }

    /// <summary>Gets the hours carried in from the role's previous period (<see cref="AllocationMode.Defer"/> only, else 0).</summary>
    public double CarriedIn { get; }

    /// <summary>Gets the hours allocated in this cell.</summary>
    public double Allocated { get; }

    /// <summary>Gets the hours asked for but not allocated: <c>Demand + CarriedIn − Allocated</c> (carried forward under <see cref="AllocationMode.Defer"/>).</summary>
    public double Shortfall { get; }

    /// <inheritdoc/>
    public bool Equals(AllocationCell other) => RoleId == other.RoleId && Period == other.Period && Demand.Equals(other.Demand) && CarriedIn.Equals(other.CarriedIn) && Allocated.Equals(other.Allocated) && Shortfall.Equals(other.Shortfall);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AllocationCell c && Equals(c);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RoleId, Period, Demand, CarriedIn, Allocated, Shortfall);

    /// <summary>Equality.</summary>
    /// <param name="left">The left cell.</param>
    /// <param name="right">The right cell.</param>
    /// <returns>Whether the cells are equal.</returns>
    public static bool operator ==(AllocationCell left, AllocationCell right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left cell.</param>
    /// <param name="right">The right cell.</param>
    /// <returns>Whether the cells differ.</returns>
    public static bool operator !=(AllocationCell left, AllocationCell right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{RoleId}[{Period}]: {Allocated}/{Demand + CarriedIn} h");
}

/// <summary>A role × period cell in which a project needed more hours than were available to it.</summary>
public sealed class BlockingCell
{
    internal BlockingCell(string roleId, int period, string periodLabel, double needed, double available)
    {
        RoleId = roleId;
        Period = period;
        PeriodLabel = periodLabel;
        Needed = needed;
        Available = available;
    }

    /// <summary>Gets the role.</summary>
    public string RoleId { get; }

    /// <summary>Gets the period number.</summary>
    public int Period { get; }

    /// <summary>Gets the period label.</summary>
    public string PeriodLabel { get; }

    /// <summary>Gets the hours the project needed in the cell (its demand, plus hours carried in under <see cref="AllocationMode.Defer"/>).</summary>
    public double Needed { get; }

    /// <summary>Gets the hours that were left for it (the residual capacity after the projects served before it; may be negative for reserved demand above capacity in <see cref="EarliestStartResult"/>).</summary>
    public double Available { get; }

    /// <summary>Gets the hours missing: <c>Needed − Available</c> (&gt; 0).</summary>
    public double Missing => Needed - Available;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{RoleId} {PeriodLabel}: needs {Needed:0.##} h, {Available:0.##} h available");
}

/// <summary>What one project asked for and got from <see cref="CapacityAllocator"/>.</summary>
public sealed class ProjectAllocation
{
    internal ProjectAllocation(ResourceProject project, int position, double requested, double allocated, double shortfall, bool fullyStaffed, int? plannedLast, int? achievedLast, ImmutableArray<string> blockingRoles, ImmutableArray<BlockingCell> blockingCells, ImmutableArray<AllocationCell> cells)
    {
        Project = project;
        Position = position;
        RequestedHours = requested;
        AllocatedHours = allocated;
        ShortfallHours = shortfall;
        IsFullyStaffed = fullyStaffed;
        PlannedLastPeriod = plannedLast;
        AchievedLastPeriod = achievedLast;
        BlockingRoles = blockingRoles;
        BlockingCells = blockingCells;
        Cells = cells;
    }

    /// <summary>Gets the project.</summary>
    public ResourceProject Project { get; }

    /// <summary>Gets the project id.</summary>
    public string ProjectId => Project.Id;

    /// <summary>Gets the position in which the project was served (0 = first), after committed-first reordering.</summary>
    public int Position { get; }

    /// <summary>Gets the hours demanded over all roles and periods.</summary>
    public double RequestedHours { get; }

    /// <summary>Gets the hours allocated over all roles and periods.</summary>
    public double AllocatedHours { get; }

    /// <summary>
    /// Gets the hours not allocated: <c>RequestedHours − AllocatedHours</c> (summed per cell, not by subtraction). Under
    /// <see cref="AllocationMode.Defer"/> these are the hours still unmet after the last period.
    /// </summary>
    public double ShortfallHours { get; }

    /// <summary>
    /// Gets a value indicating whether every cell got its full demand in its own period (no shortfall; under
    /// <see cref="AllocationMode.Defer"/> also nothing deferred).
    /// </summary>
    public bool IsFullyStaffed { get; }

    /// <summary>Gets <c>AllocatedHours / RequestedHours</c>, or null when the project requests nothing (undefined).</summary>
    public double? StaffedShare => RequestedHours > 0 ? AllocatedHours / RequestedHours : null;

    /// <summary>Gets the last period with demand, or null when the project has none.</summary>
    public int? PlannedLastPeriod { get; }

    /// <summary>
    /// Gets the last period with allocated hours when the project got all its hours (shortfall 0), else null: a project
    /// still short of hours does not finish inside the horizon. Under <see cref="AllocationMode.Defer"/> this is the
    /// delayed finish.
    /// </summary>
    public int? AchievedLastPeriod { get; }

    /// <summary>Gets <c>AchievedLastPeriod − PlannedLastPeriod</c> in periods (≥ 0), or null when either is null.</summary>
    public int? FinishDelay => AchievedLastPeriod is int a && PlannedLastPeriod is int p ? a - p : null;

    /// <summary>Gets the roles of the <see cref="BlockingCells"/>, in plan order.</summary>
    public ImmutableArray<string> BlockingRoles { get; }

    /// <summary>
    /// Gets the cells in which the project needed more than was left: under <see cref="AllocationMode.AllOrNothing"/>
    /// the cells that kept it unstaffed; under <see cref="AllocationMode.Partial"/> the cells with a shortfall; under
    /// <see cref="AllocationMode.Defer"/> the cells from which hours were carried forward. Ordered by role, then period.
    /// </summary>
    public ImmutableArray<BlockingCell> BlockingCells { get; }

    /// <summary>Gets the project's cells (with demand, carried hours or allocation), ordered by role (plan order), then period.</summary>
    public ImmutableArray<AllocationCell> Cells { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ProjectId}: {AllocatedHours:0.##}/{RequestedHours:0.##} h");
}

/// <summary>The result of <see cref="CapacityAllocator.Allocate(CapacityPlan, PortfolioDemand, IEnumerable{string}, AllocationOptions?)"/>.</summary>
public sealed class AllocationResult
{
    private readonly Dictionary<string, int> index;

    internal AllocationResult(CapacityPlan plan, PortfolioDemand demand, AllocationOptions options, ImmutableArray<string> priorityOrder, ImmutableArray<ProjectAllocation> projects, ImmutableArray<double> allocated, ImmutableArray<double> residual, ImmutableArray<Diagnostic> diagnostics)
    {
        Plan = plan;
        Demand = demand;
        Options = options;
        PriorityOrder = priorityOrder;
        Projects = projects;
        AllocatedGrid = allocated;
        ResidualGrid = residual;
        Diagnostics = diagnostics;
        index = new Dictionary<string, int>(projects.Length, StringComparer.Ordinal);
        for (int i = 0; i < projects.Length; i++)
        {
            index.Add(projects[i].ProjectId, i);
            TotalRequestedHours += projects[i].RequestedHours;
            TotalAllocatedHours += projects[i].AllocatedHours;
            TotalShortfallHours += projects[i].ShortfallHours;
        }

        foreach (double c in plan.CapacityGrid)
        {
            TotalCapacityHours += c;
        }
    }

    /// <summary>Gets the capacity plan.</summary>
    public CapacityPlan Plan { get; }

    /// <summary>Gets the demand.</summary>
    public PortfolioDemand Demand { get; }

    /// <summary>Gets the options used.</summary>
    public AllocationOptions Options { get; }

    /// <summary>Gets the mode used.</summary>
    public AllocationMode Mode => Options.Mode;

    /// <summary>Gets the priority order as given.</summary>
    public ImmutableArray<string> PriorityOrder { get; }

    /// <summary>Gets the order in which the projects were served (committed first when <see cref="AllocationOptions.CommittedFirst"/>).</summary>
    public ImmutableArray<string> ServiceOrder => [.. Projects.Select(p => p.ProjectId)];

    /// <summary>Gets the projects' allocations, in service order.</summary>
    public ImmutableArray<ProjectAllocation> Projects { get; }

    /// <summary>Gets the hours allocated per role and period, role-major (<c>r × periods + t</c>), summed over the projects.</summary>
    public ImmutableArray<double> AllocatedGrid { get; }

    /// <summary>Gets the capacity left per role and period after the allocation, role-major (<c>r × periods + t</c>); every value ≥ 0.</summary>
    public ImmutableArray<double> ResidualGrid { get; }

    /// <summary>Gets the total capacity of the plan, in hours.</summary>
    public double TotalCapacityHours { get; }

    /// <summary>Gets the total hours requested.</summary>
    public double TotalRequestedHours { get; }

    /// <summary>Gets the total hours allocated.</summary>
    public double TotalAllocatedHours { get; }

    /// <summary>Gets the total shortfall hours (under <see cref="AllocationMode.Defer"/>: unmet after the last period).</summary>
    public double TotalShortfallHours { get; }

    /// <summary>Gets the number of fully staffed projects.</summary>
    public int FullyStaffedCount => Projects.Count(p => p.IsFullyStaffed);

    /// <summary>Gets the ids of the projects that got no hours although they requested some (in service order).</summary>
    public ImmutableArray<string> UnstaffedProjects => [.. Projects.Where(p => p.RequestedHours > 0 && p.AllocatedHours == 0).Select(p => p.ProjectId)];

    /// <summary>Gets notes (projects without demand, whose staffed share is undefined).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The allocation of one project.</summary>
    /// <param name="projectId">A project of the demand.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentException">Unknown project.</exception>
    [Pure]
    public ProjectAllocation Project(string projectId) =>
        projectId is not null && index.TryGetValue(projectId, out int i)
            ? Projects[i]
            : throw new ArgumentException($"'{projectId}' is not one of the allocated projects.", nameof(projectId));

    /// <summary>The capacity left in a role and period after the allocation.</summary>
    /// <param name="roleId">A role of the plan.</param>
    /// <param name="period">The period number.</param>
    /// <returns>The hours (≥ 0).</returns>
    /// <exception cref="ArgumentException">Unknown role.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is out of range.</exception>
    [Pure]
    public double Residual(string roleId, int period)
    {
        int r = Plan.RequireRole(roleId, nameof(roleId));
        Guard.Against.OutOfRange(period, nameof(period), 0, Plan.PeriodCount - 1);
        return ResidualGrid[(r * Plan.PeriodCount) + period];
    }

    /// <summary>The hours allocated in a role and period, over all projects.</summary>
    /// <param name="roleId">A role of the plan.</param>
    /// <param name="period">The period number.</param>
    /// <returns>The hours.</returns>
    /// <exception cref="ArgumentException">Unknown role.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is out of range.</exception>
    [Pure]
    public double Allocated(string roleId, int period)
    {
        int r = Plan.RequireRole(roleId, nameof(roleId));
        Guard.Against.OutOfRange(period, nameof(period), 0, Plan.PeriodCount - 1);
        return AllocatedGrid[(r * Plan.PeriodCount) + period];
    }
}
