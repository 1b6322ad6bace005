using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;

namespace Pmo.Core.Scheduling;

/// <summary>The result of <see cref="CriticalPath.Analyze"/>: every activity's dates and floats and the project duration.</summary>
public sealed class CpmResult
{
    internal CpmResult(ActivityNetwork network, ImmutableArray<ActivitySchedule> activities, double projectDuration, double floatTolerance)
    {
        Network = network;
        Activities = activities;
        ProjectDuration = projectDuration;
        FloatTolerance = floatTolerance;
        CriticalActivities = [.. network.Order.Select(i => activities[i]).Where(a => a.IsCritical)];
        TotalCost = activities.Sum(a => a.Activity.Cost);
    }

    /// <summary>Gets the analysed network.</summary>
    public ActivityNetwork Network { get; }

    /// <summary>Gets the schedules in the network's input order.</summary>
    public ImmutableArray<ActivitySchedule> Activities { get; }

    /// <summary>Gets the critical activities (total float ≤ <see cref="FloatTolerance"/>) in topological order.</summary>
    public ImmutableArray<ActivitySchedule> CriticalActivities { get; }

    /// <summary>Gets the project duration: the largest early finish (the project starts at 0).</summary>
    public double ProjectDuration { get; }

    /// <summary>Gets the float tolerance used to mark critical activities.</summary>
    public double FloatTolerance { get; }

    /// <summary>Gets the sum of the activities' costs.</summary>
    public double TotalCost { get; }

    /// <summary>Gets the schedule of the activity with the given id.</summary>
    /// <param name="id">The activity id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No activity has this id.</exception>
    public ActivitySchedule this[string id]
    {
        get
        {
            Guard.Against.Null(id);
            return Activities[Network.IndexOf(id)];
        }
    }

    /// <summary>Gets the critical activities' ids in topological order.</summary>
    /// <returns>The ids.</returns>
    [Pure]
    public ImmutableArray<string> CriticalActivityIds() => [.. CriticalActivities.Select(a => a.Id)];
}
