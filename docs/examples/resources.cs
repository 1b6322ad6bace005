#:project ../../src/Pmo.Core/Pmo.Core.csproj
// Capacity versus demand end to end: `dotnet run docs/examples/resources.cs`.
// Roles, people and pools on a working calendar → top-down and scheduled demand → the heat map, over-allocations and
// bottlenecks → staffing in priority order → the earliest start of a proposal → a what-if comparison → role capacity
// as constraint rows of a portfolio selection → leveling one project's network within its float. See docs/resources.md.
using System.Globalization;
using NodaTime;
using Pmo.Core.Prioritization.Selection;
using Pmo.Core.Resources;
using Pmo.Core.Scheduling;
using Pmo.Core.Scheduling.Leveling;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// 1. Supply: six months from January 2027, Monday–Friday, New Year's Day off.
var calendar = new WorkingCalendar(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31), holidays: [new LocalDate(2027, 1, 1)]);
var plan = new CapacityPlan(
    PlanningPeriods.Monthly(new YearMonth(2027, 1), 6),
    calendar,
    [new Role("architect", "Solution architect", "Architecture"), new Role("developer", department: "Engineering")],
    people:
    [
        new Person("ana", "architect"),
        new Person("ben", "architect", fte: 0.8, absences: [new Absence(new LocalDate(2027, 3, 1), new LocalDate(2027, 3, 12), reason: "leave")]),
    ],
    pools: [new RolePool("developer", 6, name: "Delivery centre")]);
Console.WriteLine($"Architect capacity in January: {plan.Capacity("architect", 0):0} h (20 working days × 8 h × 1.8 FTE = 288)");

// 2. Demand: a committed project planned top-down, one scheduled bottom-up from its network, and two proposals.
ActivityNetwork network = ActivityNetwork.Create(
    [new Activity("design", 20), new Activity("build", 40), new Activity("test", 15)],
    [new ActivityLink("design", "build"), new ActivityLink("build", "test")]);
ScheduledDemand portal = ScheduledDemand.FromEarlyStarts(
    "portal", CriticalPath.Analyze(network),
    [new ActivityAssignment("design", "architect", 1), new ActivityAssignment("build", "developer", 4), new ActivityAssignment("build", "architect", 0.25)],
    calendar, new LocalDate(2027, 1, 4), plan);
var entries = new List<DemandEntry>(portal.Entries);
for (int t = 0; t < 6; t++)
{
    entries.Add(new DemandEntry("core", "architect", t, plan.ToHours(t, 0.75)));
    entries.Add(new DemandEntry("core", "developer", t, plan.ToHours(t, 2)));
}

for (int t = 1; t < 5; t++)
{
    entries.Add(new DemandEntry("open-banking", "architect", t, plan.ToHours(t, 1)));
    entries.Add(new DemandEntry("open-banking", "developer", t, plan.ToHours(t, 3)));
    entries.Add(new DemandEntry("fraud-ml", "architect", t, plan.ToHours(t, 0.4)));
}

var demand = new PortfolioDemand(
    plan,
    [new ResourceProject("core"), new ResourceProject("portal"), new ResourceProject("open-banking", CommitmentStatus.Proposed), new ResourceProject("fraud-ml", CommitmentStatus.Proposed)],
    entries);

// 3. Demand versus capacity.
CapacityReport report = CapacityAnalysis.Analyze(plan, demand);
Console.WriteLine("\nUtilisation (committed + proposed):");
Console.WriteLine("role       " + string.Join(" ", plan.Periods.Items.Select(p => p.Label.PadLeft(8))));
foreach (Role role in plan.Roles)
{
    Console.WriteLine(role.Id.PadRight(10) + " " + string.Join(" ", Enumerable.Range(0, plan.PeriodCount).Select(t =>
    {
        CapacityCell c = report.Cell(role.Id, t);
        return ((c.Utilisation is double u ? $"{u:P0}" : "n/a") + (c.IsOverAllocated ? "!" : " ")).PadLeft(8);
    })));
}

foreach (RoleBottleneck b in report.Bottlenecks)
{
    Console.WriteLine($"Bottleneck {b.RoleId}: {b.ShortfallHours:0} h short over {b.OverAllocatedPeriods} month(s), peak {b.PeakUtilisation:P0} in {plan.Periods[b.PeakPeriod].Label}");
}

Console.WriteLine($"Committed work alone fits: {report.CommittedInfeasiblePeriods.IsEmpty}");

// 4. Who gets staffed in priority order (committed first), and what the deferred plan finishes. The modes answer
// different questions: all-or-nothing skips open-banking (it does not fit) and staffs fraud-ml; deferral keeps
// open-banking and carries its unmet hours forward, ahead of fraud-ml, which then cannot finish in the horizon.
string[] order = ["core", "portal", "open-banking", "fraud-ml"];
AllocationResult staffing = CapacityAllocator.Allocate(plan, demand, order, new AllocationOptions(AllocationMode.AllOrNothing));
AllocationResult deferred = CapacityAllocator.Allocate(plan, demand, order, new AllocationOptions(AllocationMode.Defer));
foreach (ProjectAllocation a in staffing.Projects)
{
    ProjectAllocation d = deferred.Project(a.ProjectId);
    Console.WriteLine($"{a.ProjectId,-13} {(a.IsFullyStaffed ? "staffed" : "cannot staff: " + string.Join(", ", a.BlockingRoles)),-30} deferred finish: {(d.AchievedLastPeriod is int f ? plan.Periods[f].Label : "beyond the horizon")}");
}

for (int c = 0; c < staffing.ResidualGrid.Length; c++)
{
    if (staffing.ResidualGrid[c] < 0)
    {
        throw new InvalidOperationException("An allocation exceeded capacity.");
    }
}

// 5. When could fraud-ml start behind everything ahead of it?
EarliestStartResult start = CapacityAllocator.EarliestStart(plan, demand, "fraud-ml", ["core", "portal", "open-banking"]);
Console.WriteLine($"fraud-ml earliest start: {(start.Start is int s ? plan.Periods[s].Label : "none: " + start.Reason)}");

// 6. What if we hire a contract architect from March?
CapacityScenarioComparison whatIf = CapacityScenarios.Compare(plan, demand, order,
[
    new CapacityScenario("Contract architect from March", [ScenarioChange.AddHeadcount(new RolePool("architect", 1, from: new LocalDate(2027, 3, 1)))]),
    new CapacityScenario("Delay open-banking by a month", [ScenarioChange.DelayProject("open-banking", 1)]),
]);
foreach (ScenarioOutcome o in new[] { whatIf.Baseline }.Concat(whatIf.Outcomes))
{
    Console.WriteLine($"{o.Name,-32} short {o.TotalShortfallHours,7:0} h, {o.OverAllocatedCells} cell(s) over, {o.FullyStaffedCount} fully staffed");
}

// 7. Role capacity as selection rows: which proposals to approve with what the committed work leaves?
CapacityRowSet rows = CapacityConstraints.ToResourceRows(plan, demand, ["open-banking", "fraud-ml"]);
SelectionProblem problem = rows.ApplyTo(SelectionProblem.Create([new SelectionCandidate("open-banking", 10), new SelectionCandidate("fraud-ml", 4)]));
SelectionResult selection = PortfolioSelector.Solve(problem);
Console.WriteLine($"Selection under role capacity: {string.Join(", ", selection.SelectedIds)} ({selection.Status})");

// 8. Level the portal's network with two developers only (build needs four): within float first, then extend.
LevelingResult leveled = ResourceLeveler.Level(
    ActivityNetwork.Create(
        [new Activity("design", 20), new Activity("api", 30), new Activity("ui", 25), new Activity("test", 15)],
        [new ActivityLink("design", "api"), new ActivityLink("design", "ui"), new ActivityLink("api", "test"), new ActivityLink("ui", "test")]),
    [new ResourceRequirement("api", "developer", 2), new ResourceRequirement("ui", "developer", 2)],
    [new ResourceCapacity("developer", 2)],
    new LevelingOptions(LevelingMode.WithinFloatThenExtend));
Console.WriteLine($"Leveled duration {leveled.ProjectDuration} working days (CPM {leveled.CpmDuration}, +{leveled.Extension}); remaining over-allocations: {leveled.OverAllocations.Length}");
