using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Scheduling.Leveling;

/// <summary>The result of <see cref="ResourceLeveler.Level"/>: leveled dates, delays, the new duration, what could not be resolved, and the resource profiles.</summary>
public sealed class LevelingResult
{
    internal LevelingResult(
        CpmResult cpm,
        LevelingOptions options,
        ImmutableArray<LeveledActivity> activities,
        double projectDuration,
        ImmutableArray<OverAllocationInterval> overAllocations,
        ImmutableArray<ResourceProfile> profiles,
        bool extensionPassUsed,
        ImmutableArray<Diagnostic> diagnostics)
    {
        Cpm = cpm;
        Options = options;
        Activities = activities;
        ProjectDuration = projectDuration;
        OverAllocations = overAllocations;
        Profiles = profiles;
        ExtensionPassUsed = extensionPassUsed;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the unconstrained CPM analysis of the network.</summary>
    public CpmResult Cpm { get; }

    /// <summary>Gets the network.</summary>
    public ActivityNetwork Network => Cpm.Network;

    /// <summary>Gets the options used.</summary>
    public LevelingOptions Options { get; }

    /// <summary>Gets the leveled activities in the network's input order.</summary>
    public ImmutableArray<LeveledActivity> Activities { get; }

    /// <summary>Gets the leveled project duration: the largest leveled finish (0 for an all-milestone project at 0).</summary>
    public double ProjectDuration { get; }

    /// <summary>Gets the CPM project duration.</summary>
    public double CpmDuration => Cpm.ProjectDuration;

    /// <summary>Gets the extension of the finish: <see cref="ProjectDuration"/> − <see cref="CpmDuration"/> (0 in <see cref="LevelingMode.WithinFloat"/> without a later deadline).</summary>
    public double Extension => ProjectDuration - CpmDuration;

    /// <summary>Gets the deadline slack <c>deadline − ProjectDuration</c> (negative = missed), or null without a deadline.</summary>
    public double? DeadlineSlack => Options.Deadline is double d ? d - ProjectDuration : null;

    /// <summary>Gets the over-allocations left in the leveled schedule, by resource (capacity order) then time.</summary>
    public ImmutableArray<OverAllocationInterval> OverAllocations { get; }

    /// <summary>Gets a value indicating whether no resource is over-allocated.</summary>
    public bool IsResourceFeasible => OverAllocations.IsEmpty;

    /// <summary>Gets the usage-versus-capacity profile of every resource, in the order of the capacities given.</summary>
    public ImmutableArray<ResourceProfile> Profiles { get; }

    /// <summary>
    /// Gets a value indicating whether the schedule comes from an extending (resource-constrained) pass: always in
    /// <see cref="LevelingMode.ExtendFinish"/>, and in <see cref="LevelingMode.WithinFloatThenExtend"/> when leveling within
    /// float left an over-allocation.
    /// </summary>
    public bool ExtensionPassUsed { get; }

    /// <summary>Gets notes and warnings: unresolved conflicts, a missed or unusable deadline, requirements of milestones, the pass chosen.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the leveled activity with the given id.</summary>
    /// <param name="id">The activity id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No activity has this id.</exception>
    public LeveledActivity this[string id]
    {
        get
        {
            Guard.Against.Null(id);
            return Activities[Network.IndexOf(id)];
        }
    }

    /// <summary>Gets the profile of a resource.</summary>
    /// <param name="resource">The resource name.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No capacity was given for the resource.</exception>
    [Pure]
    public ResourceProfile Profile(string resource)
    {
        Guard.Against.Null(resource);
        foreach (ResourceProfile p in Profiles)
        {
            if (string.Equals(p.Resource, resource, StringComparison.Ordinal))
            {
                return p;
            }
        }

        throw new KeyNotFoundException($"No capacity was given for the resource '{resource}'.");
    }

    /// <summary>Maps the leveled schedule to calendar dates, with the conventions of <see cref="ScheduleDates"/>.</summary>
    /// <param name="calendar">The calendar (times are working days).</param>
    /// <param name="projectStart">The project start: a working day of the calendar (working time 0).</param>
    /// <returns>The leveled dates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectStart"/> is not a working day.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="projectStart"/> is outside the calendar's range, or a date falls beyond it.</exception>
    [Pure]
    public LeveledScheduleDates ToScheduleDates(WorkingCalendar calendar, LocalDate projectStart) => LeveledScheduleDates.Create(this, calendar, projectStart);
}
