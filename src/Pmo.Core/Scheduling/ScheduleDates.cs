using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Pmo.Core.Scheduling;

/// <summary>The calendar dates of one activity's early and late schedule (see <see cref="ScheduleDates"/>).</summary>
public sealed class ActivityDates
{
    internal ActivityDates(ActivitySchedule schedule, LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart, LocalDate lateFinish)
    {
        Schedule = schedule;
        EarlyStart = earlyStart;
        EarlyFinish = earlyFinish;
        LateStart = lateStart;
        LateFinish = lateFinish;
    }

    /// <summary>Gets the working-time schedule the dates come from.</summary>
    public ActivitySchedule Schedule { get; }

    /// <summary>Gets the activity id.</summary>
    public string Id => Schedule.Id;

    /// <summary>Gets the early start date.</summary>
    public LocalDate EarlyStart { get; }

    /// <summary>Gets the early finish date.</summary>
    public LocalDate EarlyFinish { get; }

    /// <summary>Gets the late start date.</summary>
    public LocalDate LateStart { get; }

    /// <summary>Gets the late finish date.</summary>
    public LocalDate LateFinish { get; }
}

/// <summary>A <see cref="CpmResult"/> mapped to calendar dates with a <see cref="WorkingCalendar"/>.</summary>
/// <remarks>
/// Starts map with <see cref="WorkingCalendar.StartDate"/>, finishes with <see cref="WorkingCalendar.FinishDate"/>.
/// A milestone (duration 0) is dated, start and finish alike, with <see cref="WorkingCalendar.FinishDate"/> of its
/// time: a milestone reached at the end of Friday's work is dated Friday, not the next Monday (and a milestone at
/// time 0 is dated on the project start). For an activity with a positive duration the start date is never after
/// the finish date (<c>⌈EF⌉ − 1 ≥ ⌊ES⌋</c> when <c>EF &gt; ES</c>).
/// </remarks>
public sealed class ScheduleDates
{
    private ScheduleDates(CpmResult cpm, WorkingCalendar calendar, LocalDate projectStart, ImmutableArray<ActivityDates> activities, LocalDate projectFinish)
    {
        Cpm = cpm;
        Calendar = calendar;
        ProjectStart = projectStart;
        Activities = activities;
        ProjectFinish = projectFinish;
    }

    /// <summary>Gets the schedule in working time.</summary>
    public CpmResult Cpm { get; }

    /// <summary>Gets the calendar used.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>Gets the project start date (working time 0).</summary>
    public LocalDate ProjectStart { get; }

    /// <summary>Gets the project finish date: <see cref="WorkingCalendar.FinishDate"/> of the project duration.</summary>
    public LocalDate ProjectFinish { get; }

    /// <summary>Gets the activities' dates in the network's input order.</summary>
    public ImmutableArray<ActivityDates> Activities { get; }

    /// <summary>Gets the dates of the activity with the given id.</summary>
    /// <param name="id">The activity id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No activity has this id.</exception>
    public ActivityDates this[string id]
    {
        get
        {
            Guard.Against.Null(id);
            return Activities[Cpm.Network.IndexOf(id)];
        }
    }

    /// <summary>Maps every early and late date of a CPM result to calendar dates.</summary>
    /// <param name="cpm">The CPM result (times in working days from the project start).</param>
    /// <param name="calendar">The calendar.</param>
    /// <param name="projectStart">The project start: a working day of the calendar.</param>
    /// <returns>The dates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cpm"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectStart"/> is not a working day.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="projectStart"/> is outside the calendar's range, or a date falls beyond it.</exception>
    public static ScheduleDates Create(CpmResult cpm, WorkingCalendar calendar, LocalDate projectStart)
    {
        Guard.Against.Null(cpm);
        Guard.Against.Null(calendar);
        var dates = ImmutableArray.CreateBuilder<ActivityDates>(cpm.Activities.Length);
        foreach (ActivitySchedule a in cpm.Activities)
        {
            if (a.Activity.IsMilestone)
            {
                LocalDate early = calendar.FinishDate(projectStart, a.EarlyStart);
                LocalDate late = calendar.FinishDate(projectStart, a.LateStart);
                dates.Add(new ActivityDates(a, early, early, late, late));
            }
            else
            {
                dates.Add(new ActivityDates(
                    a,
                    calendar.StartDate(projectStart, a.EarlyStart),
                    calendar.FinishDate(projectStart, a.EarlyFinish),
                    calendar.StartDate(projectStart, a.LateStart),
                    calendar.FinishDate(projectStart, a.LateFinish)));
            }
        }

        return new ScheduleDates(cpm, calendar, projectStart, dates.MoveToImmutable(), calendar.FinishDate(projectStart, cpm.ProjectDuration));
    }
}
