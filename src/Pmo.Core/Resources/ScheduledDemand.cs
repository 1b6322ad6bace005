using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Resources;

/// <summary>
/// Bottom-up demand: a scheduled project's role assignments spread over the planning periods by the working days each
/// activity occupies. Demand outside the planning periods is returned separately, never dropped.
/// </summary>
/// <remarks>
/// An activity scheduled at working time [S, F) (working days from the project start, F = S + duration) occupies
/// working day k (0-based; dated with <see cref="WorkingCalendar.StartDate"/>) for <c>o(k) = min(F, k + 1) − max(S, k)</c>
/// of a day when that is positive; an assignment of u units demands <c>o(k) × u × hoursPerDay</c> hours on that day,
/// counted in the period containing its date. Milestones (duration 0) demand nothing (an assignment on one is noted in
/// the diagnostics).
/// </remarks>
public sealed class ScheduledDemand
{
    private ScheduledDemand(string projectId, ImmutableArray<DemandEntry> entries, double hoursBefore, double hoursAfter, ImmutableArray<Diagnostic> diagnostics)
    {
        ProjectId = projectId;
        Entries = entries;
        HoursBeforeHorizon = hoursBefore;
        HoursAfterHorizon = hoursAfter;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the project.</summary>
    public string ProjectId { get; }

    /// <summary>Gets the demand inside the planning periods, one entry per role and period (ordered by role, then period).</summary>
    public ImmutableArray<DemandEntry> Entries { get; }

    /// <summary>Gets the hours demanded on days before the first period.</summary>
    public double HoursBeforeHorizon { get; }

    /// <summary>Gets the hours demanded on days on or after the end of the last period.</summary>
    public double HoursAfterHorizon { get; }

    /// <summary>Gets the total hours demanded, inside and outside the periods.</summary>
    public double TotalHours => Entries.Sum(e => e.Hours) + HoursBeforeHorizon + HoursAfterHorizon;

    /// <summary>Gets notes (milestone assignments, demand outside the periods).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Spreads the assignments of a project scheduled at its CPM early dates.</summary>
    /// <param name="projectId">The project id the entries carry; not blank.</param>
    /// <param name="cpm">The project's critical-path result (early starts are used).</param>
    /// <param name="assignments">Role assignments on the network's activities.</param>
    /// <param name="calendar">The project's working calendar (maps working days to dates).</param>
    /// <param name="projectStart">The project start (working time 0): a working day of <paramref name="calendar"/>.</param>
    /// <param name="plan">The capacity plan: its roles, periods and hours per day.</param>
    /// <returns>The demand.</returns>
    /// <exception cref="ArgumentNullException">An argument or an assignment is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="FromStarts"/>.</exception>
    [Pure]
    public static ScheduledDemand FromEarlyStarts(string projectId, CpmResult cpm, IEnumerable<ActivityAssignment> assignments, WorkingCalendar calendar, LocalDate projectStart, CapacityPlan plan)
    {
        Guard.Against.Null(cpm);
        return FromStarts(projectId, cpm.Network, cpm.Activities.ToDictionary(a => a.Id, a => a.EarlyStart, StringComparer.Ordinal), assignments, calendar, projectStart, plan);
    }

    /// <summary>Spreads the assignments of a project scheduled at given start times (for example a leveled schedule or a what-if).</summary>
    /// <param name="projectId">The project id the entries carry; not blank.</param>
    /// <param name="network">The project's network (durations).</param>
    /// <param name="starts">The start of every assigned activity, in working days from the project start: finite, ≥ 0.</param>
    /// <param name="assignments">Role assignments on the network's activities; at most one per activity and role.</param>
    /// <param name="calendar">The project's working calendar.</param>
    /// <param name="projectStart">The project start: a working day of <paramref name="calendar"/>.</param>
    /// <param name="plan">The capacity plan.</param>
    /// <returns>The demand.</returns>
    /// <exception cref="ArgumentNullException">An argument or an assignment is null.</exception>
    /// <exception cref="ArgumentException">
    /// An assignment names an unknown activity or a role not in the plan, or repeats an activity and role
    /// (<c>assignments</c>); an assigned activity has no start (<c>starts</c>); <paramref name="projectStart"/> is not a
    /// working day; the calendar ends before an activity does (<c>calendar</c>).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A start is NaN, infinite or negative (<c>starts</c>).</exception>
    [Pure]
    public static ScheduledDemand FromStarts(string projectId, ActivityNetwork network, IReadOnlyDictionary<string, double> starts, IEnumerable<ActivityAssignment> assignments, WorkingCalendar calendar, LocalDate projectStart, CapacityPlan plan)
    {
        Guard.Against.NullOrWhiteSpace(projectId);
        Guard.Against.Null(network);
        Guard.Against.Null(starts);
        Guard.Against.Null(assignments);
        Guard.Against.Null(calendar);
        Guard.Against.Null(plan);
        if (!calendar.IsWorkingDay(projectStart))
        {
            throw new ArgumentException($"{nameof(projectStart)} ({projectStart:uuuu-MM-dd}) must be a working day of the calendar.", nameof(projectStart));
        }

        int t = plan.PeriodCount;
        var grid = new SortedDictionary<int, double>();
        var seen = new HashSet<(string, string)>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        double before = 0;
        double after = 0;
        int lastWorkingIndex = calendar.WorkingDaysBetween(projectStart, calendar.ValidTo) + (calendar.IsWorkingDay(calendar.ValidTo) ? 1 : 0) - 1;
        int n = 0;
        foreach (ActivityAssignment a in assignments)
        {
            if (a is null)
            {
                throw new ArgumentNullException(nameof(assignments), $"{nameof(assignments)}[{n}] is null.");
            }

            if (!network.TryGetIndex(a.ActivityId, out int ai))
            {
                throw new ArgumentException($"{nameof(assignments)}[{n}] names activity '{a.ActivityId}', which is not in the network.", nameof(assignments));
            }

            int r = plan.IndexOfRole(a.RoleId);
            if (r < 0)
            {
                throw new ArgumentException($"{nameof(assignments)}[{n}] (activity '{a.ActivityId}') names role '{a.RoleId}', which is not a role of the capacity plan.", nameof(assignments));
            }

            if (!seen.Add((a.ActivityId, a.RoleId)))
            {
                throw new ArgumentException($"{nameof(assignments)} assigns role '{a.RoleId}' to activity '{a.ActivityId}' twice; give one assignment with the total units.", nameof(assignments));
            }

            if (!starts.TryGetValue(a.ActivityId, out double s))
            {
                throw new ArgumentException($"{nameof(starts)} has no start for the assigned activity '{a.ActivityId}'.", nameof(starts));
            }

            if (!double.IsFinite(s) || s < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(starts), s, $"The start of activity '{a.ActivityId}' must be finite and ≥ 0 (got {s.ToString(CultureInfo.InvariantCulture)}).");
            }

            double d = network.Activities[ai].Duration;
            n++;
            if (d == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "demand", $"Activity '{a.ActivityId}' is a milestone; its assignment of role '{a.RoleId}' demands no hours."));
                continue;
            }

            double f = s + d;
            double lastDayValue = Math.Ceiling(f) - 1;
            if (lastDayValue > lastWorkingIndex)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Activity '{a.ActivityId}' runs to working day {lastDayValue} from {projectStart:uuuu-MM-dd}, beyond the calendar's last working day ({calendar.ValidTo:uuuu-MM-dd}); extend the calendar."), nameof(calendar));
            }

            int lastDay = (int)lastDayValue;

            double perDay = a.Units * plan.HoursPerDay;
            for (int k = (int)Math.Floor(s); k <= lastDay; k++)
            {
                double overlap = Math.Min(f, k + 1) - Math.Max(s, k);
                if (overlap <= 0)
                {
                    continue;
                }

                double h = overlap * perDay;
                LocalDate date = calendar.StartDate(projectStart, k);
                int period = plan.Periods.IndexOf(date);
                if (period >= 0)
                {
                    int cell = (r * t) + period;
                    grid[cell] = grid.TryGetValue(cell, out double g) ? g + h : h;
                }
                else if (date < plan.Periods.Start)
                {
                    before += h;
                }
                else
                {
                    after += h;
                }
            }
        }

        if (before > 0 || after > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "demand", string.Create(CultureInfo.InvariantCulture, $"Project '{projectId}' demands {before:0.##} h before and {after:0.##} h after the planning periods; they are reported in HoursBeforeHorizon / HoursAfterHorizon, not in the entries.")));
        }

        ImmutableArray<DemandEntry> entries = [.. grid.Select(kv => new DemandEntry(projectId, plan.Roles[kv.Key / t].Id, kv.Key % t, kv.Value))];
        return new ScheduledDemand(projectId, entries, before, after, diagnostics.ToImmutable());
    }
}
