using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Pmo.Core.Scheduling.Leveling;

/// <summary>The calendar dates of one leveled activity (see <see cref="LeveledScheduleDates"/>).</summary>
public sealed class LeveledActivityDates
{
    internal LeveledActivityDates(LeveledActivity leveled, LocalDate start, LocalDate finish, LocalDate earlyStart)
    {
        Leveled = leveled;
        Start = start;
        Finish = finish;
        EarlyStart = earlyStart;
    }

    /// <summary>Gets the working-time schedule the dates come from.</summary>
    public LeveledActivity Leveled { get; }

    /// <summary>Gets the activity id.</summary>
    public string Id => Leveled.Id;

    /// <summary>Gets the leveled start date.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the leveled finish date.</summary>
    public LocalDate Finish { get; }

    /// <summary>Gets the CPM early start date (before leveling), for a "leveling delay" bar.</summary>
    public LocalDate EarlyStart { get; }
}

/// <summary>A <see cref="LevelingResult"/> mapped to calendar dates with a <see cref="WorkingCalendar"/>.</summary>
/// <remarks>
/// The conventions of <see cref="ScheduleDates"/>: starts map with <see cref="WorkingCalendar.StartDate"/>, finishes with
/// <see cref="WorkingCalendar.FinishDate"/>, and a milestone is dated, start and finish alike, with
/// <see cref="WorkingCalendar.FinishDate"/> of its time.
/// </remarks>
public sealed class LeveledScheduleDates
{
    private LeveledScheduleDates(LevelingResult leveling, WorkingCalendar calendar, LocalDate projectStart, ImmutableArray<LeveledActivityDates> activities, LocalDate projectFinish)
    {
        Leveling = leveling;
        Calendar = calendar;
        ProjectStart = projectStart;
        Activities = activities;
        ProjectFinish = projectFinish;
    }

    /// <summary>Gets the leveled schedule in working time.</summary>
    public LevelingResult Leveling { get; }

    /// <summary>Gets the calendar used.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>Gets the project start date (working time 0).</summary>
    public LocalDate ProjectStart { get; }

    /// <summary>Gets the leveled project finish date: <see cref="WorkingCalendar.FinishDate"/> of the leveled duration.</summary>
    public LocalDate ProjectFinish { get; }

    /// <summary>Gets the activities' dates in the network's input order.</summary>
    public ImmutableArray<LeveledActivityDates> Activities { get; }

    /// <summary>Gets the dates of the activity with the given id.</summary>
    /// <param name="id">The activity id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No activity has this id.</exception>
    public LeveledActivityDates this[string id]
    {
        get
        {
            Guard.Against.Null(id);
            return Activities[Leveling.Network.IndexOf(id)];
        }
    }

    internal static LeveledScheduleDates Create(LevelingResult leveling, WorkingCalendar calendar, LocalDate projectStart)
    {
        Guard.Against.Null(calendar);
        var dates = ImmutableArray.CreateBuilder<LeveledActivityDates>(leveling.Activities.Length);
        foreach (LeveledActivity a in leveling.Activities)
        {
            if (a.Activity.IsMilestone)
            {
                LocalDate at = calendar.FinishDate(projectStart, a.Start);
                dates.Add(new LeveledActivityDates(a, at, at, calendar.FinishDate(projectStart, a.EarlyStart)));
            }
            else
            {
                dates.Add(new LeveledActivityDates(
                    a,
                    calendar.StartDate(projectStart, a.Start),
                    calendar.FinishDate(projectStart, a.Finish),
                    calendar.StartDate(projectStart, a.EarlyStart)));
            }
        }

        return new LeveledScheduleDates(leveling, calendar, projectStart, dates.MoveToImmutable(), calendar.FinishDate(projectStart, leveling.ProjectDuration));
    }
}
