using NodaTime;

namespace Pmo.Cli.Json;

// The output contract of `pmo capacity --format json` and of the portfolio report's "capacity" section (issue 7).
// Hours are unrounded; utilisation is a fraction (1 = fully used) or null when the capacity is zero.

/// <summary>The document written by <c>pmo capacity --format json</c>.</summary>
internal sealed class CapacityReportJson
{
    public int SchemaVersion { get; init; } = 1;

    public string Kind { get; init; } = "capacity";

    public required string Source { get; init; }

    public required string Name { get; init; }

    public required CapacitySectionJson Capacity { get; init; }
}

internal sealed class CapacitySectionJson
{
    public required double HoursPerDay { get; init; }

    public required IReadOnlyList<CapacityPeriodJson> Periods { get; init; }

    public required IReadOnlyList<CapacityRoleJson> Roles { get; init; }

    public required IReadOnlyList<CapacityProjectJson> Projects { get; init; }

    public required IReadOnlyList<CapacityCellJson> Cells { get; init; }

    public required IReadOnlyList<OverAllocationJson> OverAllocations { get; init; }

    public required IReadOnlyList<BottleneckJson> Bottlenecks { get; init; }

    public required IReadOnlyList<string> InfeasiblePeriods { get; init; }

    public required IReadOnlyList<string> CommittedInfeasiblePeriods { get; init; }

    public required IReadOnlyList<string> PriorityOrder { get; init; }

    public required string PriorityOrderSource { get; init; }

    public required IReadOnlyList<AllocationJson> Allocations { get; init; }

    public required IReadOnlyList<ScenarioJson> Scenarios { get; init; }

    public required IReadOnlyList<EarliestStartJson> EarliestStarts { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }
}

internal sealed class CapacityPeriodJson
{
    public required string Label { get; init; }

    public required LocalDate Start { get; init; }

    public required LocalDate End { get; init; }

    public required double StandardHours { get; init; }
}

internal sealed class CapacityRoleJson
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string? Department { get; init; }

    public required IReadOnlyList<string> Skills { get; init; }
}

internal sealed class CapacityProjectJson
{
    public required string Id { get; init; }

    public required string? Name { get; init; }

    public required string Status { get; init; }

    public required string? Programme { get; init; }

    public required double DemandHours { get; init; }
}

internal sealed class CapacityCellJson
{
    public required string Role { get; init; }

    public required string Period { get; init; }

    public required double Capacity { get; init; }

    public required double CommittedDemand { get; init; }

    public required double ProposedDemand { get; init; }

    public required double Demand { get; init; }

    public required double Gap { get; init; }

    public required double? Utilisation { get; init; }

    public required bool OverAllocated { get; init; }
}

internal sealed class OverAllocationJson
{
    public required string Role { get; init; }

    public required string Period { get; init; }

    public required double ExcessHours { get; init; }

    public required double? ExcessFte { get; init; }

    public required IReadOnlyList<ProjectHoursJson> Contributors { get; init; }
}

internal sealed class ProjectHoursJson
{
    public required string Project { get; init; }

    public required double Hours { get; init; }
}

internal sealed class BottleneckJson
{
    public required string Role { get; init; }

    public required double ShortfallHours { get; init; }

    public required int OverAllocatedPeriods { get; init; }

    public required double? PeakUtilisation { get; init; }

    public required string PeakPeriod { get; init; }
}

internal sealed class AllocationJson
{
    public required string Mode { get; init; }

    public required double TotalRequestedHours { get; init; }

    public required double TotalAllocatedHours { get; init; }

    public required double TotalShortfallHours { get; init; }

    public required int FullyStaffed { get; init; }

    public required IReadOnlyList<AllocationProjectJson> Projects { get; init; }
}

internal sealed class AllocationProjectJson
{
    public required string Project { get; init; }

    public required string Status { get; init; }

    public required double RequestedHours { get; init; }

    public required double AllocatedHours { get; init; }

    public required double ShortfallHours { get; init; }

    public required bool FullyStaffed { get; init; }

    public required string? PlannedLastPeriod { get; init; }

    public required string? AchievedLastPeriod { get; init; }

    public required IReadOnlyList<string> BlockingRoles { get; init; }
}

internal sealed class ScenarioJson
{
    public required string Name { get; init; }

    public required double ShortfallHours { get; init; }

    public required double ShortfallChangeHours { get; init; }

    public required double UnmetHoursAtHorizon { get; init; }

    public required int OverAllocatedCells { get; init; }

    public required IReadOnlyList<string> InfeasiblePeriods { get; init; }

    public required int FullyStaffedProjects { get; init; }

    public required IReadOnlyList<ScenarioProjectJson> Projects { get; init; }
}

internal sealed class ScenarioProjectJson
{
    public required string Project { get; init; }

    public required string? Finish { get; init; }

    public required int? FinishChange { get; init; }

    public required double UnmetHours { get; init; }
}

internal sealed class EarliestStartJson
{
    public required string Project { get; init; }

    public required string? PlannedStart { get; init; }

    public required int? ShiftPeriods { get; init; }

    public required string? StartPeriod { get; init; }

    public required string? Reason { get; init; }
}
