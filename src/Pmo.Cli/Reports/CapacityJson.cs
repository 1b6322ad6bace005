using System.Text.Json;
using Pmo.Cli.Analysis;
using Pmo.Cli.Input;
using Pmo.Cli.Json;
using Pmo.Core.Resources;

namespace Pmo.Cli.Reports;

/// <summary>The JSON form of the capacity analysis.</summary>
internal static class CapacityJson
{
    /// <summary>Serializes the <c>pmo capacity</c> JSON document.</summary>
    public static string Document(CapacityResult r, string name, string source) =>
        JsonSerializer.Serialize(new CapacityReportJson { Source = source, Name = name, Capacity = Section(r) }, OutputJsonContext.Readable.CapacityReportJson) + "\n";

    /// <summary>The section, also used by the portfolio report.</summary>
    public static CapacitySectionJson Section(CapacityResult r)
    {
        CapacityReport rep = r.Report;
        CapacityPlan plan = rep.Plan;
        return new CapacitySectionJson
        {
            HoursPerDay = plan.HoursPerDay,
            Periods = [.. plan.Periods.Items.Select((p, t) => new CapacityPeriodJson { Label = p.Label, Start = p.Start, End = p.Last, StandardHours = plan.StandardHours(t) })],
            Roles = [.. plan.Roles.Select(x => new CapacityRoleJson { Id = x.Id, Name = x.Name, Department = x.Department, Skills = x.Skills })],
            Projects = [.. rep.Demand.Projects.Select(p => new CapacityProjectJson { Id = p.Id, Name = p.Name, Status = InputMapper.ContractName(p.Status), Programme = p.Programme, DemandHours = rep.Demand.TotalDemand(p.Id) })],
            Cells = [.. rep.Cells.Select(c => new CapacityCellJson { Role = c.RoleId, Period = c.PeriodLabel, Capacity = c.Capacity, CommittedDemand = c.CommittedDemand, ProposedDemand = c.ProposedDemand, Demand = c.Demand, Gap = c.Gap, Utilisation = c.Utilisation, OverAllocated = c.IsOverAllocated })],
            OverAllocations = [.. rep.OverAllocations.Select(o => new OverAllocationJson { Role = o.RoleId, Period = o.Cell.PeriodLabel, ExcessHours = o.ExcessHours, ExcessFte = o.ExcessFte, Contributors = [.. o.Contributors.Select(c => new ProjectHoursJson { Project = c.ProjectId, Hours = c.Hours })] })],
            Bottlenecks = [.. rep.Bottlenecks.Select(b => new BottleneckJson { Role = b.RoleId, ShortfallHours = b.ShortfallHours, OverAllocatedPeriods = b.OverAllocatedPeriods, PeakUtilisation = b.PeakUtilisation, PeakPeriod = plan.Periods[b.PeakPeriod].Label })],
            InfeasiblePeriods = [.. rep.InfeasiblePeriods.Select(t => plan.Periods[t].Label)],
            CommittedInfeasiblePeriods = [.. rep.CommittedInfeasiblePeriods.Select(t => plan.Periods[t].Label)],
            PriorityOrder = r.PriorityOrder,
            PriorityOrderSource = r.PriorityOrderSource,
            Allocations = [Allocation(r.Staffing, "allOrNothing", plan), Allocation(r.Partial, "partial", plan), Allocation(r.Deferred, "defer", plan)],
            EarliestStarts = [.. r.EarliestStarts.Select(e => new EarliestStartJson
            {
                Project = e.ProjectId,
                PlannedStart = Label(plan, e.PlannedStart),
                ShiftPeriods = e.Shift,
                StartPeriod = Label(plan, e.Start),
                Reason = e.Reason,
            })],
            Scenarios = r.Scenarios is not { } cmp ? [] : [.. new[] { cmp.Baseline }.Concat(cmp.Outcomes).Select(o => new ScenarioJson
            {
                Name = o.Name,
                ShortfallHours = o.TotalShortfallHours,
                ShortfallChangeHours = o.ShortfallChangeHours,
                UnmetHoursAtHorizon = o.UnmetHoursAtHorizon,
                OverAllocatedCells = o.OverAllocatedCells,
                InfeasiblePeriods = [.. o.InfeasiblePeriods.Select(t => plan.Periods[t].Label)],
                FullyStaffedProjects = o.FullyStaffedCount,
                Projects = [.. o.Finishes.Select(f => new ScenarioProjectJson { Project = f.ProjectId, Finish = Label(plan, f.AchievedLastPeriod), FinishChange = f.FinishChange, UnmetHours = f.UnmetHours })],
            })],
            Notes = [.. r.Resources.Notes, .. rep.Diagnostics.Select(d => d.Message)],
        };
    }

    private static string? Label(CapacityPlan plan, int? period) => period is int t ? plan.Periods[t].Label : null;

    private static AllocationJson Allocation(AllocationResult a, string mode, CapacityPlan plan) => new()
    {
        Mode = mode,
        TotalRequestedHours = a.TotalRequestedHours,
        TotalAllocatedHours = a.TotalAllocatedHours,
        TotalShortfallHours = a.TotalShortfallHours,
        FullyStaffed = a.FullyStaffedCount,
        Projects = [.. a.Projects.Select(p => new AllocationProjectJson
        {
            Project = p.ProjectId,
            Status = InputMapper.ContractName(p.Project.Status),
            RequestedHours = p.RequestedHours,
            AllocatedHours = p.AllocatedHours,
            ShortfallHours = p.ShortfallHours,
            FullyStaffed = p.IsFullyStaffed,
            PlannedLastPeriod = Label(plan, p.PlannedLastPeriod),
            AchievedLastPeriod = Label(plan, p.AchievedLastPeriod),
            BlockingRoles = p.BlockingRoles,
        })],
    };
}
