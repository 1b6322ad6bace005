using Pmo.Core.Resources;
using Pmo.Core.Scheduling;
using static Pmo.Core.Tests.Resources.Allocation.AllocationFixture;

namespace Pmo.Core.Tests.Resources;

/// <summary>
/// Mutation-driven tests of <see cref="CapacityPlan"/>: documented guards and messages, calendar coverage at its exact
/// boundary, FTE conversions, and hand-computed capacities of pools and people (weeks from Monday 2027-01-04,
/// Monday–Friday, 8 h a day: 1 FTE = 40 h a week).
/// </summary>
public class ResourcesMutationTestsAPlan
{
    private static readonly PlanningPeriods Weeks2 = PlanningPeriods.Weekly(Monday, 2);
    private static readonly WorkingCalendar Cal = new(Monday, Monday.PlusDays(27));

    private static CapacityPlan Plan2(IEnumerable<Person>? people = null, IEnumerable<RolePool>? pools = null) =>
        new(Weeks2, Cal, [new Role("dev"), new Role("ops")], people, pools);

    [Fact]
    public void Null_periods_calendar_or_roles_are_rejected_by_name()
    {
        Assert.Equal("periods", Assert.Throws<ArgumentNullException>(() => new CapacityPlan(null!, Cal, [new Role("dev")])).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => new CapacityPlan(Weeks2, null!, [new Role("dev")])).ParamName);
        Assert.Equal("roles", Assert.Throws<ArgumentNullException>(() => new CapacityPlan(Weeks2, Cal, null!)).ParamName);
    }

    [Fact]
    public void A_full_24_hour_day_is_allowed()
    {
        // Documented range (0, 24]: 24 h × 5 working days = 120 standard hours a week.
        var plan = new CapacityPlan(Weeks2, Cal, [new Role("dev")], null, [new RolePool("dev", 1.0)], hoursPerDay: 24);
        Assert.Equal(120.0, plan.StandardHours(0));
        Assert.Equal(120.0, plan.Capacity("dev", 1));
    }

    [Fact]
    public void Invalid_roles_people_and_pools_are_rejected_with_stated_rules()
    {
        Reject.Rule<ArgumentException>(() => _ = new CapacityPlan(Weeks2, Cal, []), "roles", "roles must hold at least one role.");
        Reject.Rule<ArgumentNullException>(() => _ = new CapacityPlan(Weeks2, Cal, [new Role("dev"), null!]), "roles", "roles[1] is null.");
        Reject.Rule<ArgumentException>(() => _ = new CapacityPlan(Weeks2, Cal, [new Role("dev"), new Role("dev")]), "roles", "roles repeats the role id 'dev'.");
        Reject.Rule<ArgumentNullException>(() => Plan2([new Person("ann", "dev"), null!]), "people", "people[1] is null.");
        Reject.Rule<ArgumentException>(() => Plan2([new Person("ann", "dev"), new Person("ann", "ops")]), "people", "people repeats the person id 'ann'.");
        Reject.Rule<ArgumentNullException>(() => Plan2(null, [new RolePool("dev", 1), null!]), "pools", "pools[1] is null.");
        Reject.Rule<ArgumentException>(() => Plan2(null, [new RolePool("qa", 1)]), "pools", "A pool (qa × 1 FTE) is in role 'qa', which is not one of the plan's roles.");
    }

    [Fact]
    public void A_calendar_ending_on_the_last_day_of_the_horizon_covers_it()
    {
        // Two weeks: 2027-01-04 .. 2027-01-17 (the periods' exclusive end is 2027-01-18).
        var exact = new WorkingCalendar(Monday, Monday.PlusDays(13));
        var plan = new CapacityPlan(Weeks2, exact, [new Role("dev")], [new Person("ann", "dev", calendar: exact)], [new RolePool("dev", 1.0)]);
        Assert.Equal(80.0, plan.Capacity("dev", 1)); // ann 40 + pool 40

        var shortCal = new WorkingCalendar(Monday, Monday.PlusDays(12));
        Reject.Rule<ArgumentException>(
            () => _ = new CapacityPlan(Weeks2, shortCal, [new Role("dev")]),
            "calendar",
            "The plan's calendar covers 2027-01-04..2027-01-16 but the planning periods run 2027-01-04..2027-01-17; it must cover them all.");
        Reject.Rule<ArgumentException>(
            () => _ = new CapacityPlan(Weeks2, Cal, [new Role("dev")], [new Person("ann", "dev", calendar: shortCal)]),
            "people",
            "The calendar of person 'ann' covers 2027-01-04..2027-01-16");
    }

    [Fact]
    public void To_fte_rejects_a_non_finite_hours_value_even_in_a_period_without_working_days()
    {
        // Week 1 (2027-01-11 .. 15) is all holidays: S(1) = 0, FTE undefined (null) for finite hours, but NaN is invalid input.
        var cal = new WorkingCalendar(Monday, Monday.PlusDays(27), holidays: Enumerable.Range(7, 5).Select(i => Monday.PlusDays(i)));
        var plan = new CapacityPlan(Weeks2, cal, [new Role("dev")]);
        Assert.Equal(0.0, plan.StandardHours(1));
        Assert.Null(plan.ToFte(1, 10));
        Reject.Rule<ArgumentOutOfRangeException>(() => plan.ToFte(1, double.NaN), "hours", "must be a finite number");
        Reject.Rule<ArgumentOutOfRangeException>(() => plan.ToFte(0, double.PositiveInfinity), "hours", "must be a finite number");
    }

    [Fact]
    public void Fte_conversions_that_overflow_to_infinity_are_rejected()
    {
        // 0.1 h a day × 5 days: S = 0.5 h; double.MaxValue / 0.5 overflows. 8 h a day: S = 40; MaxValue × 40 overflows.
        var tiny = new CapacityPlan(Weeks2, Cal, [new Role("dev")], hoursPerDay: 0.1);
        Reject.Rule<ArgumentOutOfRangeException>(() => tiny.ToFte(0, double.MaxValue), "hours", "overflows to infinity");
        var plan = new CapacityPlan(Weeks2, Cal, [new Role("dev")]);
        Reject.Rule<ArgumentOutOfRangeException>(() => plan.ToHours(0, double.MaxValue), "fte", "overflows to infinity");
        Assert.Equal(2.0, tiny.ToFte(1, 1.0)); // 1 / 0.5
        Assert.Equal(20.0, plan.ToHours(1, 0.5)); // 0.5 × 40
    }

    [Fact]
    public void Capacity_row_rejects_a_role_index_outside_the_plan()
    {
        CapacityPlan plan = Plan2(null, [new RolePool("dev", 1.0), new RolePool("ops", 0.5)]);
        Assert.Equal([20.0, 20.0], plan.CapacityRow(1).ToArray());
        Assert.Equal("roleIndex", Assert.Throws<ArgumentOutOfRangeException>(() => { _ = plan.CapacityRow(2).Length; }).ParamName);
        Assert.Equal("roleIndex", Assert.Throws<ArgumentOutOfRangeException>(() => { _ = plan.CapacityRow(-1).Length; }).ParamName);
    }

    [Fact]
    public void Person_capacity_reads_the_named_person_in_the_named_period()
    {
        // ann 1 FTE = 40 h, bob 0.5 FTE = 20 h a week, bob only from week 1 (2027-01-11).
        CapacityPlan plan = Plan2([new Person("ann", "dev"), new Person("bob", "ops", 0.5, activeFrom: Monday.PlusDays(7))]);
        Assert.Equal([40.0, 40.0, 0.0, 20.0], [plan.PersonCapacity("ann", 0), plan.PersonCapacity("ann", 1), plan.PersonCapacity("bob", 0), plan.PersonCapacity("bob", 1)]);
        Reject.Rule<ArgumentException>(() => plan.PersonCapacity("zoe", 0), "personId", "'zoe' is not a person of the plan.");
    }

    [Fact]
    public void Copies_reject_null_and_unknown_arguments()
    {
        CapacityPlan plan = Plan2([new Person("ann", "dev")]);
        Assert.Equal("pool", Assert.Throws<ArgumentNullException>(() => plan.WithPool(null!)).ParamName);
        Assert.Equal("person", Assert.Throws<ArgumentNullException>(() => plan.WithPerson(null!)).ParamName);
        Reject.Rule<ArgumentException>(() => plan.WithoutPerson("zoe"), "personId", "'zoe' is not a person of the plan.");
    }

    [Fact]
    public void An_unknown_role_is_rejected_with_the_plans_roles_listed()
    {
        CapacityPlan plan = Plan2();
        Reject.Rule<ArgumentException>(() => plan.Capacity("qa", 0), "roleId", "'qa' is not a role of the capacity plan (roles: dev, ops).");
    }

    [Fact]
    public void A_pool_ending_on_the_first_day_of_a_period_gives_that_period_one_day()
    {
        // Pool until Monday 2027-01-11 inclusive: week 0 all 5 days = 40 h; week 1 only its Monday = 8 h.
        CapacityPlan plan = Plan2(null, [new RolePool("dev", 1.0, to: Monday.PlusDays(7))]);
        Assert.Equal([40.0, 8.0], plan.CapacityRow(0).ToArray());
    }

    [Fact]
    public void A_person_with_absences_counts_only_working_days_inside_the_active_window()
    {
        // 3 weeks. Ann 1 FTE, active Wednesday 2027-01-06 .. Monday 2027-01-11, half absent on Thursday 2027-01-07.
        // Week 0: Wed 8 + Thu 8 × (1 − 0.5) = 4 + Fri 8 = 20 h (Mon, Tue before the window). Week 1: Monday only = 8 h
        // (Tuesday is after the window). Week 2: 0.
        CapacityPlan plan = new(
            PlanningPeriods.Weekly(Monday, 3),
            Cal,
            [new Role("dev")],
            [new Person("ann", "dev", activeFrom: Monday.PlusDays(2), activeTo: Monday.PlusDays(7), absences: [new Absence(Monday.PlusDays(3), Monday.PlusDays(3), 0.5)])]);
        Assert.Equal([20.0, 8.0, 0.0], [plan.PersonCapacity("ann", 0), plan.PersonCapacity("ann", 1), plan.PersonCapacity("ann", 2)]);
        Assert.Equal([20.0, 8.0, 0.0], plan.CapacityRow(0).ToArray());
    }

    [Fact]
    public void A_person_with_absences_is_counted_in_the_period_of_each_day()
    {
        // 2 weeks, Ann 1 FTE, fully absent on Wednesday 2027-01-13 (week 1): week 0 = 40 h, week 1 = 32 h. Monday
        // 2027-01-11, the first day of week 1, belongs to week 1.
        CapacityPlan plan = Plan2([new Person("ann", "dev", absences: [new Absence(Monday.PlusDays(9), Monday.PlusDays(9))])]);
        Assert.Equal([40.0, 32.0], [plan.PersonCapacity("ann", 0), plan.PersonCapacity("ann", 1)]);
    }
}
