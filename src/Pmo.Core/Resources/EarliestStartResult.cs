using System.Collections.Immutable;

namespace Pmo.Core.Resources;

/// <summary>A shift of a project's demand profile that did not fit, with the first cell (by role, then period) that blocked it.</summary>
public sealed class ShiftRejection
{
    internal ShiftRejection(int shift, int start, BlockingCell blocking)
    {
        Shift = shift;
        Start = start;
        Blocking = blocking;
    }

    /// <summary>Gets the shift tried, in periods (negative = earlier than planned).</summary>
    public int Shift { get; }

    /// <summary>Gets the start period the shift gives.</summary>
    public int Start { get; }

    /// <summary>Gets the first blocking cell (role order, then period) at this shift.</summary>
    public BlockingCell Blocking { get; }

    /// <inheritdoc/>
    public override string ToString() => $"shift {Shift}: {Blocking}";
}

/// <summary>The result of <see cref="CapacityAllocator.EarliestStart"/>.</summary>
public sealed class EarliestStartResult
{
    internal EarliestStartResult(string projectId, int? plannedStart, int? plannedFinish, int firstCandidateStart, int? shift, int? start, int? finish, ImmutableArray<ShiftRejection> rejections, BlockingCell? blocking, string? reason, ImmutableArray<string> reserved, ImmutableArray<double> residual)
    {
        ProjectId = projectId;
        PlannedStart = plannedStart;
        PlannedFinish = plannedFinish;
        FirstCandidateStart = firstCandidateStart;
        Shift = shift;
        Start = start;
        Finish = finish;
        Rejections = rejections;
        Blocking = blocking;
        Reason = reason;
        ReservedProjects = reserved;
        ResidualGrid = residual;
    }

    /// <summary>Gets the project placed.</summary>
    public string ProjectId { get; }

    /// <summary>Gets the first period with demand as planned, or null when the project has no demand.</summary>
    public int? PlannedStart { get; }

    /// <summary>Gets the last period with demand as planned, or null when the project has no demand.</summary>
    public int? PlannedFinish { get; }

    /// <summary>Gets the first start period tried (the earliest period given, or the planned start).</summary>
    public int FirstCandidateStart { get; }

    /// <summary>Gets a value indicating whether some shift fits.</summary>
    public bool IsFeasible => Shift is not null;

    /// <summary>Gets the smallest feasible shift in periods relative to the plan (negative = earlier), or null when none fits.</summary>
    public int? Shift { get; }

    /// <summary>Gets the feasible start period, or null (also null for a project without demand).</summary>
    public int? Start { get; }

    /// <summary>Gets the feasible finish (last period with demand after the shift), or null.</summary>
    public int? Finish { get; }

    /// <summary>Gets the shifts tried before the result, each with its first blocking cell, in the order tried.</summary>
    public ImmutableArray<ShiftRejection> Rejections { get; }

    /// <summary>Gets the blocking cell at the last candidate tried when no shift fits, or null.</summary>
    public BlockingCell? Blocking { get; }

    /// <summary>Gets why there is no feasible start (or a note for a project without demand), else null.</summary>
    public string? Reason { get; }

    /// <summary>Gets the projects whose demand was reserved before the project.</summary>
    public ImmutableArray<string> ReservedProjects { get; }

    /// <summary>Gets the residual capacity the project was fitted into, role-major (<c>r × periods + t</c>): capacity minus reserved demand, possibly negative.</summary>
    public ImmutableArray<double> ResidualGrid { get; }
}
