using NodaTime;
using Pmo.Core.Resources;
using Pmo.Core.Scheduling;
using static Pmo.Core.Tests.Resources.CapacityPlanTests;

namespace Pmo.Core.Tests.Resources;

/// <summary>Layer 3: one test per validation rule of the capacity and demand model.</summary>
public class ResourcesValidationTests
{
    private static readonly Role[] Roles = [new Role("dev"), new Role("qa")];

    private static CapacityPlan Plan() => new(JanFeb, Calendar2027(), Roles, [new Person("a", "dev")]);

    [Fact]
    public void Periods_rules()
    {
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => PlanningPeriods.Monthly(new YearMonth(2027, 1), 0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => PlanningPeriods.Weekly(new LocalDate(2027, 1, 4), PlanningPeriods.MaxCount + 1)).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => new PlanningPeriod("x", new LocalDate(2027, 1, 4), new LocalDate(2027, 1, 4))).ParamName);
        Assert.Equal("label", Assert.Throws<ArgumentException>(() => new PlanningPeriod(" ", new LocalDate(2027, 1, 4), new LocalDate(2027, 1, 5))).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentException>(() => PlanningPeriods.Create([])).ParamName);
        var a = new PlanningPeriod("a", new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 8));
        var gap = new PlanningPeriod("b", new LocalDate(2027, 1, 9), new LocalDate(2027, 1, 16));
        Assert.Contains("contiguous", Assert.Throws<ArgumentException>(() => PlanningPeriods.Create([a, gap])).Message, StringComparison.Ordinal);
        var sameLabel = new PlanningPeriod("a", new LocalDate(2027, 1, 8), new LocalDate(2027, 1, 16));
        Assert.Contains("repeats", Assert.Throws<ArgumentException>(() => PlanningPeriods.Create([a, sameLabel])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_person_pool_absence_rules()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Role("")).ParamName);
        Assert.Equal("department", Assert.Throws<ArgumentException>(() => new Role("r", department: " ")).ParamName);
        Assert.Equal("skills", Assert.Throws<ArgumentException>(() => new Role("r", skills: [" "])).ParamName);
        Assert.Equal("fte", Assert.Throws<ArgumentOutOfRangeException>(() => new Person("p", "dev", fte: 0)).ParamName);
        Assert.Equal("fte", Assert.Throws<ArgumentOutOfRangeException>(() => new Person("p", "dev", fte: 1.5)).ParamName);
        Assert.Equal("fte", Assert.Throws<ArgumentOutOfRangeException>(() => new Person("p", "dev", fte: double.NaN)).ParamName);
        Assert.Equal("roleId", Assert.Throws<ArgumentException>(() => new Person("p", "")).ParamName);
        Assert.Equal("activeTo", Assert.Throws<ArgumentOutOfRangeException>(() => new Person("p", "dev", activeFrom: new LocalDate(2027, 2, 1), activeTo: new LocalDate(2027, 1, 1))).ParamName);
        Assert.Equal("absences", Assert.Throws<ArgumentNullException>(() => new Person("p", "dev", absences: [null!])).ParamName);
        Assert.Equal("fte", Assert.Throws<ArgumentOutOfRangeException>(() => new RolePool("dev", -1)).ParamName);
        Assert.Equal("fte", Assert.Throws<ArgumentOutOfRangeException>(() => new RolePool("dev", double.PositiveInfinity)).ParamName);
        Assert.Equal("fte", Assert.Throws<ArgumentOutOfRangeException>(() => new RolePool("dev", RolePool.MaxFte * 2)).ParamName); // keeps capacity sums finite
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => new RolePool("dev", 1, new LocalDate(2027, 2, 1), new LocalDate(2027, 1, 1))).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => new Absence(new LocalDate(2027, 2, 1), new LocalDate(2027, 1, 1))).ParamName);
        Assert.Equal("fraction", Assert.Throws<ArgumentOutOfRangeException>(() => new Absence(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 1), 0)).ParamName);
        Assert.Equal("fraction", Assert.Throws<ArgumentOutOfRangeException>(() => new Absence(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 1), 1.01)).ParamName);
    }

    [Fact]
    public void Plan_rules()
    {
        WorkingCalendar cal = Calendar2027();
        Assert.Equal("roles", Assert.Throws<ArgumentException>(() => new CapacityPlan(JanFeb, cal, [])).ParamName);
        Assert.Equal("roles", Assert.Throws<ArgumentException>(() => new CapacityPlan(JanFeb, cal, [new Role("dev"), new Role("dev")])).ParamName);
        ArgumentException unknown = Assert.Throws<ArgumentException>(() => new CapacityPlan(JanFeb, cal, Roles, [new Person("a", "architect")]));
        Assert.Equal("people", unknown.ParamName);
        Assert.Contains("'architect'", unknown.Message, StringComparison.Ordinal);
        Assert.Equal("people", Assert.Throws<ArgumentException>(() => new CapacityPlan(JanFeb, cal, Roles, [new Person("a", "dev"), new Person("a", "qa")])).ParamName);
        Assert.Equal("pools", Assert.Throws<ArgumentException>(() => new CapacityPlan(JanFeb, cal, Roles, pools: [new RolePool("architect", 1)])).ParamName);
        var shortCal = new WorkingCalendar(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 31));
        Assert.Equal("calendar", Assert.Throws<ArgumentException>(() => new CapacityPlan(JanFeb, shortCal, Roles)).ParamName);
        Assert.Equal("people", Assert.Throws<ArgumentException>(() => new CapacityPlan(JanFeb, cal, Roles, [new Person("a", "dev", calendar: shortCal)])).ParamName);
        ArgumentException overlap = Assert.Throws<ArgumentException>(() => new CapacityPlan(JanFeb, cal, Roles, [new Person("a", "dev", absences: [new Absence(new LocalDate(2027, 1, 4), new LocalDate(2027, 1, 8), 0.6), new Absence(new LocalDate(2027, 1, 6), new LocalDate(2027, 1, 6), 0.5)])]));
        Assert.Equal("people", overlap.ParamName);
        Assert.Contains("2027-01-06", overlap.Message, StringComparison.Ordinal);
        Assert.Equal("hoursPerDay", Assert.Throws<ArgumentOutOfRangeException>(() => new CapacityPlan(JanFeb, cal, Roles, hoursPerDay: 0)).ParamName);
        Assert.Equal("hoursPerDay", Assert.Throws<ArgumentOutOfRangeException>(() => new CapacityPlan(JanFeb, cal, Roles, hoursPerDay: 25)).ParamName);
        CapacityPlan plan = Plan();
        Assert.Equal("roleId", Assert.Throws<ArgumentException>(() => plan.Capacity("architect", 0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => plan.Capacity("dev", 2)).ParamName);
        Assert.Equal("personId", Assert.Throws<ArgumentException>(() => plan.WithoutPerson("zz")).ParamName);
        Assert.Equal("fte", Assert.Throws<ArgumentOutOfRangeException>(() => plan.ToHours(0, -1)).ParamName);
    }

    [Fact]
    public void Demand_rules()
    {
        CapacityPlan plan = Plan();
        ResourceProject[] projects = [new ResourceProject("p1")];
        Assert.Equal("projects", Assert.Throws<ArgumentException>(() => new PortfolioDemand(plan, [new ResourceProject("p1"), new ResourceProject("p1")], [])).ParamName);
        Assert.Equal("entries", Assert.Throws<ArgumentException>(() => new PortfolioDemand(plan, projects, [new DemandEntry("p9", "dev", 0, 1)])).ParamName);
        ArgumentException role = Assert.Throws<ArgumentException>(() => new PortfolioDemand(plan, projects, [new DemandEntry("p1", "architect", 0, 1)]));
        Assert.Equal("entries", role.ParamName);
        Assert.Contains("'architect'", role.Message, StringComparison.Ordinal);
        ArgumentOutOfRangeException outside = Assert.Throws<ArgumentOutOfRangeException>(() => new PortfolioDemand(plan, projects, [new DemandEntry("p1", "dev", 2, 1)]));
        Assert.Equal("entries", outside.ParamName);
        Assert.Contains("outside the plan's 2 periods", outside.Message, StringComparison.Ordinal);
        Assert.Equal("hours", Assert.Throws<ArgumentOutOfRangeException>(() => new DemandEntry("p1", "dev", 0, -1)).ParamName);
        Assert.Equal("hours", Assert.Throws<ArgumentOutOfRangeException>(() => new DemandEntry("p1", "dev", 0, double.NaN)).ParamName);
        Assert.Equal("hours", Assert.Throws<ArgumentOutOfRangeException>(() => new DemandEntry("p1", "dev", 0, 1e308)).ParamName); // sums stay finite
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new DemandEntry("p1", "dev", -1, 1)).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => new ResourceProject("p", (CommitmentStatus)7)).ParamName);
        Assert.Equal("programme", Assert.Throws<ArgumentException>(() => new ResourceProject("p", programme: "")).ParamName);
        var demand = new PortfolioDemand(plan, projects, [new DemandEntry("p1", "dev", 1, 10)]);
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => demand.WithProjectShifted("p1", 1)).ParamName);
        Assert.Equal("projectId", Assert.Throws<ArgumentException>(() => demand.WithoutProject("p9")).ParamName);
        var other = new CapacityPlan(JanFeb, Calendar2027(), [new Role("qa"), new Role("dev")]);
        Assert.Equal("demand", Assert.Throws<ArgumentException>(() => CapacityAnalysis.Analyze(other, demand)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => CapacityAnalysis.Analyze(plan, demand, tolerance: -1)).ParamName);
        Assert.Equal("scope", Assert.Throws<ArgumentOutOfRangeException>(() => CapacityAnalysis.Analyze(plan, demand, (DemandScope)9)).ParamName);
    }

    [Fact]
    public void Scheduled_demand_rules()
    {
        CapacityPlan plan = Plan();
        WorkingCalendar cal = Calendar2027();
        ActivityNetwork net = ActivityNetwork.Create([new Activity("A", 3), new Activity("B", 2)], [new ActivityLink("A", "B")]);
        var starts = new Dictionary<string, double> { ["A"] = 0, ["B"] = 3 };
        LocalDate start = new(2027, 1, 25);
        Assert.Equal("assignments", Assert.Throws<ArgumentException>(() => ScheduledDemand.FromStarts("p", net, starts, [new ActivityAssignment("Z", "dev")], cal, start, plan)).ParamName);
        Assert.Equal("assignments", Assert.Throws<ArgumentException>(() => ScheduledDemand.FromStarts("p", net, starts, [new ActivityAssignment("A", "architect")], cal, start, plan)).ParamName);
        Assert.Equal("assignments", Assert.Throws<ArgumentException>(() => ScheduledDemand.FromStarts("p", net, starts, [new ActivityAssignment("A", "dev"), new ActivityAssignment("A", "dev", 2)], cal, start, plan)).ParamName);
        Assert.Equal("starts", Assert.Throws<ArgumentException>(() => ScheduledDemand.FromStarts("p", net, new Dictionary<string, double> { ["A"] = 0 }, [new ActivityAssignment("B", "dev")], cal, start, plan)).ParamName);
        Assert.Equal("starts", Assert.Throws<ArgumentOutOfRangeException>(() => ScheduledDemand.FromStarts("p", net, new Dictionary<string, double> { ["A"] = -1 }, [new ActivityAssignment("A", "dev")], cal, start, plan)).ParamName);
        Assert.Equal("projectStart", Assert.Throws<ArgumentException>(() => ScheduledDemand.FromStarts("p", net, starts, [], cal, new LocalDate(2027, 1, 23), plan)).ParamName);
        var shortCal = new WorkingCalendar(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 27));
        Assert.Equal("calendar", Assert.Throws<ArgumentException>(() => ScheduledDemand.FromStarts("p", net, starts, [new ActivityAssignment("B", "dev")], shortCal, start, plan)).ParamName);
        Assert.Equal("units", Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityAssignment("A", "dev", 0)).ParamName);
        Assert.Equal("units", Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityAssignment("A", "dev", 1e300)).ParamName);
        var huge = new Dictionary<string, double> { ["A"] = 1e300 };
        Assert.Equal("calendar", Assert.Throws<ArgumentException>(() => ScheduledDemand.FromStarts("p", net, huge, [new ActivityAssignment("A", "dev")], cal, start, plan)).ParamName); // no overflow
    }
}
