namespace Pmo.Core.Scheduling.Leveling;

/// <summary>One activity's leveled dates in working time, beside its CPM dates.</summary>
public sealed class LeveledActivity
{
    internal LeveledActivity(ActivitySchedule cpm, double start, double lateStartLimit, bool resourceFeasibleStartFound)
    {
        Cpm = cpm;
        Start = start;
        LateStartLimit = lateStartLimit;
        ResourceFeasibleStartFound = resourceFeasibleStartFound;
    }

    /// <summary>Gets the activity's CPM schedule (unconstrained early and late dates, floats).</summary>
    public ActivitySchedule Cpm { get; }

    /// <summary>Gets the activity.</summary>
    public Activity Activity => Cpm.Activity;

    /// <summary>Gets the activity id.</summary>
    public string Id => Cpm.Id;

    /// <summary>Gets the duration.</summary>
    public double Duration => Cpm.Duration;

    /// <summary>Gets the leveled start (working time from the project start).</summary>
    public double Start { get; }

    /// <summary>Gets the leveled finish: <see cref="Start"/> + duration.</summary>
    public double Finish => Start + Duration;

    /// <summary>Gets the CPM early start.</summary>
    public double EarlyStart => Cpm.EarlyStart;

    /// <summary>Gets the leveling delay: <see cref="Start"/> − CPM early start (never negative).</summary>
    public double Delay => Start - Cpm.EarlyStart;

    /// <summary>
    /// Gets the latest start the within-float modes allow: the CPM late start, shifted later by <c>deadline − CPM duration</c>
    /// when a later deadline is given.
    /// </summary>
    public double LateStartLimit { get; }

    /// <summary>Gets the float left after leveling: <see cref="LateStartLimit"/> − <see cref="Start"/> (negative when an extending mode delayed the activity past it).</summary>
    public double RemainingFloat => LateStartLimit - Start;

    /// <summary>
    /// Gets a value indicating whether the activity was placed where its requirements fit the remaining capacity
    /// (always true for milestones and activities without requirements). False means it was left at its
    /// precedence-feasible earliest start and takes part in a reported over-allocation.
    /// </summary>
    public bool ResourceFeasibleStartFound { get; }
}
