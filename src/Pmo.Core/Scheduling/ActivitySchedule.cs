namespace Pmo.Core.Scheduling;

/// <summary>One activity's CPM dates and floats (see <see cref="CriticalPath.Analyze"/> for the formulas).</summary>
public sealed class ActivitySchedule
{
    internal ActivitySchedule(Activity activity, double earlyStart, double lateStart, double freeFloat, bool isCritical)
    {
        Activity = activity;
        EarlyStart = earlyStart;
        LateStart = lateStart;
        FreeFloat = freeFloat;
        IsCritical = isCritical;
    }

    /// <summary>Gets the activity.</summary>
    public Activity Activity { get; }

    /// <summary>Gets the activity id.</summary>
    public string Id => Activity.Id;

    /// <summary>Gets the duration.</summary>
    public double Duration => Activity.Duration;

    /// <summary>Gets the early start ES.</summary>
    public double EarlyStart { get; }

    /// <summary>Gets the early finish EF = ES + duration.</summary>
    public double EarlyFinish => EarlyStart + Duration;

    /// <summary>Gets the late start LS = LF − duration.</summary>
    public double LateStart { get; }

    /// <summary>Gets the late finish LF.</summary>
    public double LateFinish => LateStart + Duration;

    /// <summary>Gets the total float LS − ES.</summary>
    public double TotalFloat => LateStart - EarlyStart;

    /// <summary>Gets the free float: the least slack, at early dates, of the activity's outgoing links and of its finish to the project finish.</summary>
    public double FreeFloat { get; }

    /// <summary>Gets a value indicating whether the total float is at most the analysis' float tolerance.</summary>
    public bool IsCritical { get; }
}
