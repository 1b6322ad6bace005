using NodaTime;
using Pmo.Core.Resources;

namespace Pmo.Core.Tests.Resources;

/// <summary>
/// Mutation tests (helper B) for the small validated value types of the Resources domain: the rules promised in
/// their XML docs (typed exception, ParamName, message naming the value and the rule), their boundaries (the
/// documented maxima are inclusive, "not before" allows equality), ToString and value equality.
/// </summary>
public class ResourcesMutationTestsBValueTypes
{
    private static readonly LocalDate Jan4 = new(2027, 1, 4);
    private static readonly LocalDate Jan8 = new(2027, 1, 8);

    // ---- Absence ----

    [Fact]
    public void Absence_to_before_from_names_both_dates_and_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new Absence(Jan8, Jan4), "to", "to (2027-01-04)", "must not be before", "from (2027-01-08)");
    }

    [Fact]
    public void Absence_to_string_shows_the_range_the_fraction_and_the_reason_if_any()
    {
        Assert.Equal("2027-01-04..2027-01-08 × 0.5 leave", new Absence(Jan4, Jan8, 0.5, "leave").ToString());
        Assert.Equal("2027-01-04..2027-01-08 × 1", new Absence(Jan4, Jan8).ToString());
    }

    [Fact]
    public void Absence_of_one_day_is_allowed()
    {
        var a = new Absence(Jan4, Jan4);
        Assert.Equal(a.From, a.To);
    }

    // ---- ActivityAssignment ----

    [Fact]
    public void Assignment_ids_must_not_be_blank()
    {
        Reject.Rule<ArgumentException>(() => _ = new ActivityAssignment(" ", "dev"), "activityId");
        Reject.Rule<ArgumentException>(() => _ = new ActivityAssignment("A", ""), "roleId");
        Reject.Rule<ArgumentNullException>(() => _ = new ActivityAssignment(null!, "dev"), "activityId");
    }

    [Fact]
    public void Assignment_units_at_most_max_units_inclusive()
    {
        Assert.Equal(ActivityAssignment.MaxUnits, new ActivityAssignment("A", "dev", ActivityAssignment.MaxUnits).Units);
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ActivityAssignment("A", "dev", 2_000_000), "units", "activity 'A'", "must be at most 1000000", "2000000");
    }

    // ---- DemandEntry ----

    [Fact]
    public void Demand_entry_ids_must_not_be_blank()
    {
        Reject.Rule<ArgumentException>(() => _ = new DemandEntry(" ", "dev", 0, 1), "projectId");
        Reject.Rule<ArgumentException>(() => _ = new DemandEntry("p1", " ", 0, 1), "roleId");
    }

    [Fact]
    public void Demand_entry_period_rule_names_the_value()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new DemandEntry("p1", "dev", -3, 1), "period", "must be ≥ 0", "-3");
    }

    [Fact]
    public void Demand_entry_hours_at_most_max_hours_inclusive()
    {
        Assert.Equal(DemandEntry.MaxHours, new DemandEntry("p1", "dev", 0, DemandEntry.MaxHours).Hours);
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new DemandEntry("p1", "dev", 0, 2e12), "hours", "'p1'/'dev'", "must be at most 1e12");
    }

    // ---- Person ----

    [Fact]
    public void Person_id_must_not_be_blank()
    {
        Reject.Rule<ArgumentException>(() => _ = new Person(" ", "dev"), "id");
        Reject.Rule<ArgumentNullException>(() => _ = new Person(null!, "dev"), "id");
    }

    [Fact]
    public void Person_active_window_of_one_day_is_allowed_and_a_reversed_one_is_named()
    {
        var p = new Person("p", "dev", activeFrom: Jan4, activeTo: Jan4);
        Assert.Equal(Jan4, p.ActiveTo);
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new Person("p", "dev", activeFrom: Jan8, activeTo: Jan4), "activeTo", "activeTo (2027-01-04)", "person 'p'", "must not be before", "activeFrom (2027-01-08)");
    }

    [Fact]
    public void Person_null_absence_is_named_by_index()
    {
        Reject.Rule<ArgumentNullException>(() => _ = new Person("p", "dev", absences: [new Absence(Jan4, Jan4), null!]), "absences", "absences[1]", "person 'p'", "is null");
    }

    [Fact]
    public void Person_to_string_is_the_id_with_the_name_if_any()
    {
        Assert.Equal("p7", new Person("p7", "dev").ToString());
        Assert.Equal("p7 (Ann Lee)", new Person("p7", "dev", name: "Ann Lee").ToString());
    }

    // ---- ResourceProject ----

    [Fact]
    public void Project_id_and_department_must_not_be_blank()
    {
        Reject.Rule<ArgumentException>(() => _ = new ResourceProject(" "), "id");
        Reject.Rule<ArgumentException>(() => _ = new ResourceProject("p", department: " "), "department");
        Assert.Equal("Ops", new ResourceProject("p", department: "Ops").Department);
    }

    [Fact]
    public void Project_undefined_status_states_the_rule_and_the_value()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ResourceProject("p", (CommitmentStatus)7), "status", "must be Committed or Proposed", "7");
    }

    [Fact]
    public void Project_to_string_is_the_id_with_the_name_if_any()
    {
        Assert.Equal("P1", new ResourceProject("P1").ToString());
        Assert.Equal("P1 (Billing revamp)", new ResourceProject("P1", name: "Billing revamp").ToString());
    }

    // ---- Role ----

    [Fact]
    public void Role_null_or_blank_skill_is_rejected_naming_the_role()
    {
        Reject.Rule<ArgumentNullException>(() => _ = new Role("arch", skills: ["x", null!]), "skills", "A skill of role 'arch' is null");
        Reject.Rule<ArgumentException>(() => _ = new Role("arch", skills: ["\t"]), "skills", "A skill of role 'arch' is blank");
    }

    [Fact]
    public void Role_name_defaults_to_the_id_when_missing_or_blank()
    {
        Assert.Equal("arch", new Role("arch").Name);
        Assert.Equal("arch", new Role("arch", name: "").Name);
        Assert.Equal("arch", new Role("arch", name: "  ").Name);
        Assert.Equal("Solution architect", new Role("arch", name: "Solution architect").Name);
    }

    [Fact]
    public void Role_to_string_shows_the_name_only_when_it_differs_from_the_id()
    {
        Assert.Equal("arch", new Role("arch").ToString());
        Assert.Equal("arch (Solution architect)", new Role("arch", name: "Solution architect").ToString());
    }

    // ---- RolePool ----

    [Fact]
    public void Pool_role_must_not_be_blank()
    {
        Reject.Rule<ArgumentException>(() => _ = new RolePool(" ", 1), "roleId");
    }

    [Fact]
    public void Pool_fte_at_most_max_fte_inclusive()
    {
        Assert.Equal(RolePool.MaxFte, new RolePool("dev", RolePool.MaxFte).Fte);
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RolePool("dev", 1_500_000), "fte", "role 'dev'", "must be at most 1000000", "1500000");
    }

    [Fact]
    public void Pool_window_of_one_day_is_allowed_and_a_reversed_one_is_named()
    {
        Assert.Equal(Jan4, new RolePool("dev", 1, Jan4, Jan4).To);
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RolePool("dev", 1, Jan8, Jan4), "to", "to (2027-01-04)", "role 'dev'", "must not be before", "from (2027-01-08)");
    }

    // ---- PlanningPeriod ----

    [Fact]
    public void Period_end_not_after_start_names_the_label_and_both_dates()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new PlanningPeriod("W1", Jan8, Jan4), "end", "period 'W1'", "2027-01-04", "must be after its start (2027-01-08)");
    }

    [Fact]
    public void Period_last_is_the_day_before_the_exclusive_end()
    {
        var p = new PlanningPeriod("W1", Jan4, new LocalDate(2027, 1, 11));
        Assert.Equal(new LocalDate(2027, 1, 10), p.Last);
    }

    [Fact]
    public void Period_contains_is_half_open()
    {
        var p = new PlanningPeriod("W1", Jan4, new LocalDate(2027, 1, 11));
        Assert.False(p.Contains(new LocalDate(2027, 1, 3)));
        Assert.True(p.Contains(Jan4));
        Assert.True(p.Contains(new LocalDate(2027, 1, 10)));
        Assert.False(p.Contains(new LocalDate(2027, 1, 11)));
        Assert.False(p.Contains(new LocalDate(2027, 1, 20)));
    }

    [Fact]
    public void Period_equality_is_by_label_start_and_end()
    {
        LocalDate jan11 = new(2027, 1, 11);
        var p = new PlanningPeriod("W1", Jan4, jan11);
        Assert.True(p.Equals(new PlanningPeriod("W1", Jan4, jan11)));
        Assert.True(p.Equals((object)new PlanningPeriod("W1", Jan4, jan11)));
        Assert.Equal(p.GetHashCode(), new PlanningPeriod("W1", Jan4, jan11).GetHashCode());
        Assert.False(p.Equals(new PlanningPeriod("W2", Jan4, jan11)));
        Assert.False(p.Equals(new PlanningPeriod("W1", Jan8, jan11)));
        Assert.False(p.Equals(new PlanningPeriod("W1", Jan4, new LocalDate(2027, 1, 12))));
        Assert.False(p.Equals(null));
        Assert.False(p.Equals((object?)null));
    }
}
