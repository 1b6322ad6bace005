using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Resources;
using Pmo.Core.Scheduling;
using static Pmo.Core.Tests.Resources.CapacityPlanTests;

namespace Pmo.Core.Tests.Resources;

/// <summary>
/// Mutation tests (helper B) for <see cref="ScheduledDemand"/>. Calendar facts (2027): Monday 25 January; 25–29
/// January are working days 0–4 from a 25 January start; February has 20 working days (1–26 February, days 5–24);
/// 1–5 March are days 25–29. 8 hours a day.
/// </summary>
public class ResourcesMutationTestsBScheduledDemand
{
    private static readonly LocalDate Mon25 = new(2027, 1, 25);
    private static readonly Role[] Roles = [new Role("dev"), new Role("qa")];

    private static CapacityPlan Plan(PlanningPeriods periods) => new(periods, Calendar2027(), Roles);

    private static ActivityNetwork Net(params Activity[] activities) => ActivityNetwork.Create(activities, []);

    private static Dictionary<string, double> Starts(params (string Id, double Start)[] s) => s.ToDictionary(x => x.Id, x => x.Start, StringComparer.Ordinal);

    private static ScheduledDemand Spread(ActivityNetwork net, Dictionary<string, double> starts, ActivityAssignment[] asg, WorkingCalendar cal, CapacityPlan plan) =>
        ScheduledDemand.FromStarts("P", net, starts, asg, cal, Mon25, plan);

    [Fact]
    public void Total_hours_add_demand_before_inside_and_after_the_periods()
    {
        // Only February planned. A: 27 working days from Mon 25 Jan, 1 dev: Jan 25–29 = 5 d (40 h before),
        // February 20 d (160 h inside), 1–2 March = 2 d (16 h after). Total 40 + 160 + 16 = 216 h.
        CapacityPlan feb = Plan(PlanningPeriods.Monthly(new YearMonth(2027, 2), 1));
        ScheduledDemand s = Spread(Net(new Activity("A", 27)), Starts(("A", 0)), [new ActivityAssignment("A", "dev")], Calendar2027(), feb);
        Assert.Equal(40, s.HoursBeforeHorizon, 9);
        Assert.Equal(16, s.HoursAfterHorizon, 9);
        Assert.Equal(160, Assert.Single(s.Entries).Hours, 9);
        Assert.Equal(216, s.TotalHours, 9);
        Diagnostic w = Assert.Single(s.Diagnostics);
        Assert.Equal(DiagnosticKind.Warning, w.Kind);
        Assert.Contains("40 h before and 16 h after", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Demand_only_after_the_periods_is_reported_and_warned()
    {
        // Only January planned. A: 7 d from Mon 25 Jan: Jan 25–29 = 40 h inside, 1–2 Feb = 16 h after.
        CapacityPlan jan = Plan(PlanningPeriods.Monthly(new YearMonth(2027, 1), 1));
        ScheduledDemand s = Spread(Net(new Activity("A", 7)), Starts(("A", 0)), [new ActivityAssignment("A", "dev")], Calendar2027(), jan);
        Assert.Equal(0, s.HoursBeforeHorizon);
        Assert.Equal(16, s.HoursAfterHorizon, 9);
        Assert.Equal(56, s.TotalHours, 9);
        Assert.Contains(s.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Message.Contains("0 h before and 16 h after", StringComparison.Ordinal));
    }

    [Fact]
    public void Demand_inside_the_periods_has_no_warning_and_entries_carry_role_and_period()
    {
        // A (3 d, 1 dev) at 0: Jan 25–27 = 24 h dev/Jan. B (2.5 d, 1 qa) at 3: Jan 28, 29 = 16 h qa/Jan, half of
        // 1 Feb = 4 h qa/Feb. Entries ordered by role then period: dev/0 24, qa/0 16, qa/1 4.
        CapacityPlan plan = Plan(JanFeb);
        ScheduledDemand s = Spread(Net(new Activity("A", 3), new Activity("B", 2.5)), Starts(("A", 0), ("B", 3)), [new ActivityAssignment("A", "dev"), new ActivityAssignment("B", "qa")], Calendar2027(), plan);
        Assert.Empty(s.Diagnostics);
        Assert.Equal(0, s.HoursBeforeHorizon);
        Assert.Equal(0, s.HoursAfterHorizon);
        Assert.Equal(3, s.Entries.Length);
        Assert.Equal(("P", "dev", 0, 24.0), (s.Entries[0].ProjectId, s.Entries[0].RoleId, s.Entries[0].Period, s.Entries[0].Hours));
        Assert.Equal(("P", "qa", 0, 16.0), (s.Entries[1].ProjectId, s.Entries[1].RoleId, s.Entries[1].Period, s.Entries[1].Hours));
        Assert.Equal(("P", "qa", 1, 4.0), (s.Entries[2].ProjectId, s.Entries[2].RoleId, s.Entries[2].Period, s.Entries[2].Hours));
        Assert.Equal(44, s.TotalHours, 9);
    }

    [Fact]
    public void An_activity_may_end_exactly_on_the_calendars_last_working_day()
    {
        // Calendar 1–29 Jan 2027 (ends on Friday, a working day). From Mon 25 Jan, working days 0–4 exist:
        // a 5-day activity fits (40 h), 5.5 days does not.
        var cal = new WorkingCalendar(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 29));
        CapacityPlan plan = Plan(JanFeb);
        ScheduledDemand s = Spread(Net(new Activity("A", 5)), Starts(("A", 0)), [new ActivityAssignment("A", "dev")], cal, plan);
        Assert.Equal(40, s.TotalHours, 9);
        Reject.Rule<ArgumentException>(() => Spread(Net(new Activity("A", 5.5)), Starts(("A", 0)), [new ActivityAssignment("A", "dev")], cal, plan), "calendar", "runs to working day 5", "extend the calendar");
    }

    [Fact]
    public void A_calendar_ending_on_a_weekend_ends_at_the_preceding_working_day()
    {
        // Calendar 1–31 Jan 2027 (ends on Sunday). Working days from Mon 25 Jan are still 0–4 (25–29 Jan).
        var cal = new WorkingCalendar(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 31));
        CapacityPlan plan = Plan(JanFeb);
        Assert.Equal(40, Spread(Net(new Activity("A", 5)), Starts(("A", 0)), [new ActivityAssignment("A", "dev")], cal, plan).TotalHours, 9);
        Reject.Rule<ArgumentException>(() => Spread(Net(new Activity("A", 5.5)), Starts(("A", 0)), [new ActivityAssignment("A", "dev")], cal, plan), "calendar", "beyond the calendar's last working day (2027-01-31)");
    }

    [Fact]
    public void A_milestone_demands_nothing_even_past_the_calendar_end()
    {
        // A milestone (duration 0) occupies no working day, so it needs no calendar days at all.
        var cal = new WorkingCalendar(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 29));
        ScheduledDemand s = Spread(Net(new Activity("M", 0)), Starts(("M", 5.5)), [new ActivityAssignment("M", "qa")], cal, Plan(JanFeb));
        Assert.Empty(s.Entries);
        Assert.Equal(0, s.TotalHours);
        Diagnostic d = Assert.Single(s.Diagnostics);
        Assert.Equal(DiagnosticKind.Information, d.Kind);
        Assert.Contains("'M' is a milestone", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_too_short_to_move_its_finish_demands_nothing_and_leaves_no_entry()
    {
        // 3.5 + 1e-17 == 3.5 in double: the activity occupies zero working time, so no hours and no (0-hour) entry.
        ScheduledDemand s = Spread(Net(new Activity("A", 1e-17)), Starts(("A", 3.5)), [new ActivityAssignment("A", "dev")], Calendar2027(), Plan(JanFeb));
        Assert.Empty(s.Entries);
        Assert.Equal(0, s.TotalHours);
    }

    [Fact]
    public void Null_arguments_are_argument_null_errors()
    {
        CapacityPlan plan = Plan(JanFeb);
        WorkingCalendar cal = Calendar2027();
        ActivityNetwork net = Net(new Activity("A", 1));
        Dictionary<string, double> starts = Starts(("A", 0));
        Reject.Rule<ArgumentNullException>(() => ScheduledDemand.FromStarts(null!, net, starts, [], cal, Mon25, plan), "projectId");
        Reject.Rule<ArgumentException>(() => ScheduledDemand.FromStarts(" ", net, starts, [], cal, Mon25, plan), "projectId");
        Reject.Rule<ArgumentNullException>(() => ScheduledDemand.FromStarts("P", null!, starts, [], cal, Mon25, plan), "network");
        Reject.Rule<ArgumentNullException>(() => ScheduledDemand.FromStarts("P", net, null!, [], cal, Mon25, plan), "starts");
        Reject.Rule<ArgumentNullException>(() => ScheduledDemand.FromStarts("P", net, starts, null!, cal, Mon25, plan), "assignments");
        Reject.Rule<ArgumentNullException>(() => ScheduledDemand.FromStarts("P", net, starts, [], null!, Mon25, plan), "calendar");
        Reject.Rule<ArgumentNullException>(() => ScheduledDemand.FromStarts("P", net, starts, [], cal, Mon25, null!), "plan");
        Reject.Rule<ArgumentNullException>(() => ScheduledDemand.FromEarlyStarts("P", null!, [], cal, Mon25, plan), "cpm");
        Reject.Rule<ArgumentNullException>(() => ScheduledDemand.FromStarts("P", net, starts, [new ActivityAssignment("A", "dev"), null!], cal, Mon25, plan), "assignments", "assignments[1] is null");
    }

    [Fact]
    public void Rejections_name_the_offending_assignment_by_position()
    {
        CapacityPlan plan = Plan(JanFeb);
        WorkingCalendar cal = Calendar2027();
        ActivityNetwork net = Net(new Activity("A", 1), new Activity("B", 1));
        Dictionary<string, double> starts = Starts(("A", 0), ("B", 1));
        ActivityAssignment ok = new("A", "dev");
        Reject.Rule<ArgumentException>(() => Spread(net, starts, [ok, new ActivityAssignment("Z", "dev")], cal, plan), "assignments", "assignments[1] names activity 'Z', which is not in the network");
        Reject.Rule<ArgumentException>(() => Spread(net, starts, [ok, new ActivityAssignment("B", "arch")], cal, plan), "assignments", "assignments[1] (activity 'B') names role 'arch', which is not a role of the capacity plan");
        Reject.Rule<ArgumentException>(() => Spread(net, starts, [ok, new ActivityAssignment("A", "dev", 2)], cal, plan), "assignments", "assigns role 'dev' to activity 'A' twice");
        Reject.Rule<ArgumentException>(() => Spread(net, Starts(("A", 0)), [ok, new ActivityAssignment("B", "dev")], cal, plan), "starts", "no start for the assigned activity 'B'");
        Reject.Rule<ArgumentOutOfRangeException>(() => Spread(net, Starts(("A", 0), ("B", double.NaN)), [ok, new ActivityAssignment("B", "dev")], cal, plan), "starts", "activity 'B' must be finite and ≥ 0", "NaN");
        Reject.Rule<ArgumentException>(() => ScheduledDemand.FromStarts("P", net, starts, [ok], cal, new LocalDate(2027, 1, 23), plan), "projectStart", "projectStart (2027-01-23) must be a working day");
    }
}
