using NodaTime;
using Pmo.Core.Resources;
using static Pmo.Core.Tests.Resources.CapacityPlanTests;

namespace Pmo.Core.Tests.Resources;

/// <summary>
/// Mutation tests (helper B) for <see cref="PortfolioDemand"/>: guards and messages, per-role lookups on the second
/// role (cells are role × period), zero-hour entries, and the what-if copies. Plan: January–February 2027, roles
/// dev (index 0) and qa (index 1).
/// </summary>
public class ResourcesMutationTestsBPortfolioDemand
{
    private static readonly Role[] Roles = [new Role("dev"), new Role("qa")];

    private static CapacityPlan Plan() => new(JanFeb, Calendar2027(), Roles);

    private static readonly ResourceProject[] Projects = [new ResourceProject("P1"), new ResourceProject("P2", CommitmentStatus.Proposed)];

    [Fact]
    public void Null_arguments_and_elements_are_argument_null_errors()
    {
        CapacityPlan plan = Plan();
        Reject.Rule<ArgumentNullException>(() => _ = new PortfolioDemand(null!, Projects, []), "plan");
        Reject.Rule<ArgumentNullException>(() => _ = new PortfolioDemand(plan, null!, []), "projects");
        Reject.Rule<ArgumentNullException>(() => _ = new PortfolioDemand(plan, Projects, null!), "entries");
        Reject.Rule<ArgumentNullException>(() => _ = new PortfolioDemand(plan, [Projects[0], null!], []), "projects", "projects[1] is null");
        Reject.Rule<ArgumentNullException>(() => _ = new PortfolioDemand(plan, Projects, [new DemandEntry("P1", "dev", 0, 1), null!]), "entries", "entries[1] is null");
    }

    [Fact]
    public void Rejections_name_the_project_and_the_entry_position()
    {
        CapacityPlan plan = Plan();
        Reject.Rule<ArgumentException>(() => _ = new PortfolioDemand(plan, [Projects[0], new ResourceProject("P1")], []), "projects", "repeats the project id 'P1'");
        DemandEntry ok = new("P1", "dev", 0, 1);
        Reject.Rule<ArgumentException>(() => _ = new PortfolioDemand(plan, Projects, [ok, new DemandEntry("P9", "dev", 0, 1)]), "entries", "entries[1] is for project 'P9', which is not one of the listed projects");
        Reject.Rule<ArgumentException>(() => _ = new PortfolioDemand(plan, Projects, [ok, ok, new DemandEntry("P1", "arch", 0, 1)]), "entries", "entries[2] (project 'P1') is for role 'arch'");
        // The plan's horizon is 2027-01-01..2027-02-28 (the last day, End − 1 day).
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new PortfolioDemand(plan, Projects, [ok, new DemandEntry("P1", "qa", 5, 1)]), "entries", "entries[1]", "period 5", "(2027-01-01..2027-02-28)");
    }

    [Fact]
    public void Demand_looks_up_each_role_and_period_and_rejects_unknown_ones()
    {
        // Entries: P1 dev/Jan 10, qa/Jan 30, qa/Feb 40 (qa/Feb entered twice: 15 + 25).
        var d = new PortfolioDemand(Plan(), Projects, [new DemandEntry("P1", "dev", 0, 10), new DemandEntry("P1", "qa", 1, 15), new DemandEntry("P1", "qa", 0, 30), new DemandEntry("P1", "qa", 1, 25)]);
        Assert.Equal(10, d.Demand("P1", "dev", 0));
        Assert.Equal(0, d.Demand("P1", "dev", 1));
        Assert.Equal(30, d.Demand("P1", "qa", 0));
        Assert.Equal(40, d.Demand("P1", "qa", 1));
        Assert.Equal(0, d.Demand("P2", "qa", 1));
        Reject.Rule<ArgumentException>(() => d.Demand("P1", "arch", 0), "roleId", "'arch' is not a role of the demand's plan");
        Reject.Rule<ArgumentOutOfRangeException>(() => d.Demand("P1", "dev", 2), "period");
        Reject.Rule<ArgumentOutOfRangeException>(() => d.Demand("P1", "qa", 2), "period");
        Reject.Rule<ArgumentException>(() => d.Demand("P9", "dev", 0), "projectId", "'P9' is not one of the portfolio's projects");
    }

    [Fact]
    public void Entries_are_aggregated_per_role_and_period_in_role_then_period_order()
    {
        var d = new PortfolioDemand(Plan(), Projects, [new DemandEntry("P1", "qa", 1, 15), new DemandEntry("P1", "dev", 1, 10), new DemandEntry("P1", "qa", 1, 25), new DemandEntry("P1", "qa", 0, 5)]);
        DemandEntry[] e = [.. d.Entries("P1")];
        Assert.Equal(3, e.Length);
        Assert.Equal(("dev", 1, 10.0), (e[0].RoleId, e[0].Period, e[0].Hours));
        Assert.Equal(("qa", 0, 5.0), (e[1].RoleId, e[1].Period, e[1].Hours));
        Assert.Equal(("qa", 1, 40.0), (e[2].RoleId, e[2].Period, e[2].Hours));
        Assert.All(e, x => Assert.Equal("P1", x.ProjectId));
    }

    [Fact]
    public void Active_periods_ignore_zero_hour_entries()
    {
        // A 0 h entry in January does not make January an active period.
        var d = new PortfolioDemand(Plan(), Projects, [new DemandEntry("P1", "dev", 0, 0), new DemandEntry("P1", "dev", 1, 8)]);
        Assert.Equal((1, 1), d.ActivePeriods("P1"));
        Assert.Null(new PortfolioDemand(Plan(), Projects, [new DemandEntry("P1", "qa", 0, 0)]).ActivePeriods("P1"));
    }

    [Fact]
    public void Without_project_keeps_the_other_projects_demand()
    {
        var d = new PortfolioDemand(Plan(), Projects, [new DemandEntry("P1", "dev", 0, 10), new DemandEntry("P2", "qa", 1, 7)]);
        PortfolioDemand w = d.WithoutProject("P1");
        Assert.Equal(1, w.ProjectCount);
        Assert.Equal("P2", w.Projects[0].Id);
        Assert.Equal(7, w.Demand("P2", "qa", 1));
        Assert.Equal(7, w.TotalDemand("P2"));
        Assert.Equal(-1, w.IndexOfProject("P1"));
    }

    [Fact]
    public void A_zero_hour_cell_may_be_shifted_off_the_horizon()
    {
        // qa/Feb holds 0 h; shifting by +1 would move it past February: harmless, not an error (only hours > 0 are).
        var d = new PortfolioDemand(Plan(), Projects, [new DemandEntry("P1", "dev", 0, 10), new DemandEntry("P1", "qa", 1, 0)]);
        PortfolioDemand s = d.WithProjectShifted("P1", 1);
        Assert.Equal(10, s.Demand("P1", "dev", 1));
        Assert.Equal(0, s.Demand("P1", "dev", 0));
        Assert.Equal(10, s.TotalDemand("P1"));
        Assert.All(s.Entries("P1"), e => Assert.True(e.Period is >= 0 and < 2 && (e.RoleId == "dev" || e.RoleId == "qa")));
    }

    [Fact]
    public void A_zero_hour_cell_clamped_onto_a_demand_cell_does_not_change_its_hours()
    {
        // dev/Jan 0 h, dev/Feb 10 h, shifted by −1: the 10 h move to January; the 0 h cell is clamped onto January
        // too and adds nothing: 0 + 10 = 10.
        var d = new PortfolioDemand(Plan(), Projects, [new DemandEntry("P1", "dev", 0, 0), new DemandEntry("P1", "dev", 1, 10)]);
        PortfolioDemand s = d.WithProjectShifted("P1", -1);
        Assert.Equal(10, s.Demand("P1", "dev", 0));
        Assert.Equal(0, s.Demand("P1", "dev", 1));
        Assert.Equal(10, s.TotalDemand("P1"));
    }

    [Fact]
    public void Compatible_with_an_equal_plan_built_separately()
    {
        var d = new PortfolioDemand(Plan(), Projects, []);
        var twin = new CapacityPlan(PlanningPeriods.Monthly(new YearMonth(2027, 1), 2), Calendar2027(), [new Role("dev"), new Role("qa")]);
        Assert.True(d.IsCompatibleWith(twin));
        var otherMonths = new CapacityPlan(PlanningPeriods.Monthly(new YearMonth(2027, 2), 2), Calendar2027(), Roles);
        Assert.False(d.IsCompatibleWith(otherMonths));
        Reject.Rule<ArgumentNullException>(() => d.IsCompatibleWith(null!), "plan");
        Reject.Rule<ArgumentException>(() => CapacityAnalysis.Analyze(otherMonths, d), "demand", "other roles or periods than the plan's");
    }
}
