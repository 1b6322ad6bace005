using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Resources;
using Pmo.Core.Scheduling;
using static Pmo.Core.Tests.Resources.CapacityPlanTests;

namespace Pmo.Core.Tests.Resources;

/// <summary>Layer 1: hand-computed demand, gaps, utilisation, over-allocations and roll-ups (arithmetic in the comments).</summary>
public class CapacityAnalysisTests
{
    // dev: 1 person full time → 160 h in January and in February (20 working days each, see CapacityPlanTests).
    // qa: 0.5 FTE pool → 80 h each month. ops: no capacity at all.
    private static CapacityPlan Plan() => new(
        JanFeb,
        Calendar2027(),
        [new Role("dev", department: "Engineering", skills: ["dotnet", "sql"]), new Role("qa", department: "Engineering", skills: ["testing"]), new Role("ops")],
        [new Person("a", "dev")],
        [new RolePool("qa", 0.5)]);

    private static PortfolioDemand Demand(CapacityPlan plan) => new(
        plan,
        [new ResourceProject("P1", programme: "Digital"), new ResourceProject("P2", CommitmentStatus.Proposed, programme: "Digital"), new ResourceProject("P3")],
        [
            new DemandEntry("P1", "dev", 0, 100),
            new DemandEntry("P1", "dev", 0, 20),  // entries add up: P1 dev Jan = 120
            new DemandEntry("P2", "dev", 0, 80),  // dev Jan: 120 + 80 = 200 > 160 → over by 40 (0.25 FTE of 160 h)
            new DemandEntry("P2", "dev", 1, 40),  // dev Feb: 40 of 160 = 25 %
            new DemandEntry("P3", "qa", 1, 100),  // qa Feb: 100 > 80 → over by 20, committed alone
            new DemandEntry("P3", "ops", 0, 8),   // ops Jan: no capacity → undefined utilisation
        ]);

    [Fact]
    public void Heat_map_gaps_and_utilisation()
    {
        CapacityPlan plan = Plan();
        CapacityReport r = CapacityAnalysis.Analyze(plan, Demand(plan));
        CapacityCell devJan = r.Cell("dev", 0);
        Assert.Equal(160, devJan.Capacity, 9);
        Assert.Equal(120, devJan.CommittedDemand, 9);
        Assert.Equal(80, devJan.ProposedDemand, 9);
        Assert.Equal(200, devJan.Demand, 9);
        Assert.Equal(-40, devJan.Gap, 9);
        Assert.Equal(1.25, devJan.Utilisation!.Value, 12);
        Assert.True(devJan.IsOverAllocated);
        Assert.Equal(0.25, r.Cell("dev", 1).Utilisation!.Value, 12);
        Assert.Null(r.Cell("ops", 0).Utilisation);
        Assert.Null(r.Cell("ops", 1).Utilisation); // 0 / 0: undefined too, but no demand → no diagnostic
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticKind.Undefined, d.Kind);
        Assert.Contains("'ops'", d.Message, StringComparison.Ordinal);

        // Totals per period: Jan capacity 160 + 80 + 0 = 240, demand 200 + 0 + 8 = 208; Feb 240 and 40 + 100 = 140.
        Assert.Equal([240.0, 240.0], r.TotalCapacity.ToArray());
        Assert.Equal([208.0, 140.0], r.TotalDemand.ToArray());
        Assert.Equal(208.0 / 240, r.TotalUtilisation(0)!.Value, 12);
    }

    [Fact]
    public void Over_allocations_bottlenecks_and_infeasible_periods()
    {
        CapacityPlan plan = Plan();
        CapacityReport r = CapacityAnalysis.Analyze(plan, Demand(plan));

        // Over: dev Jan (+40), ops Jan (+8, no capacity), qa Feb (+20), in role order dev, qa, ops.
        Assert.Equal(["dev", "qa", "ops"], r.OverAllocations.Select(o => o.RoleId));
        OverAllocation dev = r.OverAllocations[0];
        Assert.Equal(40, dev.ExcessHours, 9);
        Assert.Equal(0.25, dev.ExcessFte!.Value, 12);
        Assert.Equal([new ProjectHours("P1", 120), new ProjectHours("P2", 80)], dev.Contributors.ToArray());
        Assert.Equal(20, r.OverAllocations[1].ExcessHours, 9);

        // Bottlenecks by shortfall: dev 40, qa 20, ops 8. Peak utilisation: dev 1.25 in Jan; qa 100/80 = 1.25 in Feb; ops none.
        Assert.Equal(["dev", "qa", "ops"], r.Bottlenecks.Select(b => b.RoleId));
        Assert.Equal(1.25, r.Bottlenecks[0].PeakUtilisation!.Value, 12);
        Assert.Equal(0, r.Bottlenecks[0].PeakPeriod);
        Assert.Equal(1, r.Bottlenecks[1].PeakPeriod);
        Assert.Null(r.Bottlenecks[2].PeakUtilisation);
        Assert.Equal(0, r.Bottlenecks[2].PeakPeriod);
        Assert.Equal(200 + 40, r.Bottlenecks[0].TotalDemand, 9);

        Assert.Equal([0, 1], r.InfeasiblePeriods.ToArray());
        Assert.Equal([0, 1], r.CommittedInfeasiblePeriods.ToArray()); // ops Jan (P3) and qa Feb (P3) are committed
        Assert.False(r.IsFeasible);
    }

    [Fact]
    public void Committed_only_scope_leaves_proposals_out()
    {
        CapacityPlan plan = Plan();
        CapacityReport r = CapacityAnalysis.Analyze(plan, Demand(plan), DemandScope.CommittedOnly);
        Assert.Equal(120, r.Cell("dev", 0).Demand, 9);   // P2 (proposed) left out: 120 ≤ 160
        Assert.False(r.Cell("dev", 0).IsOverAllocated);
        Assert.Equal(80, r.Cell("dev", 0).ProposedDemand, 9); // still shown
        Assert.DoesNotContain(r.OverAllocations, o => o.RoleId == "dev");
    }

    [Fact]
    public void Tolerance_absorbs_noise_only()
    {
        CapacityPlan plan = Plan();
        var demand = new PortfolioDemand(plan, [new ResourceProject("P")], [new DemandEntry("P", "dev", 0, 160.0000001)]);
        Assert.True(CapacityAnalysis.Analyze(plan, demand).IsFeasible);
        Assert.False(CapacityAnalysis.Analyze(plan, demand, tolerance: 0).IsFeasible);
    }

    [Fact]
    public void Rollups_by_department_skill_and_programme()
    {
        CapacityPlan plan = Plan();
        CapacityReport r = CapacityAnalysis.Analyze(plan, Demand(plan));
        // Departments: Engineering = dev + qa (Jan cap 240, demand 200; Feb cap 240, demand 140); ops has none.
        Assert.Equal(["(none)", "Engineering"], r.ByDepartment().Select(g => g.Key));
        CapacityRollup eng = r.ByDepartment()[1];
        Assert.Equal([240.0, 240.0], eng.Capacity.ToArray());
        Assert.Equal([200.0, 140.0], eng.Demand.ToArray());
        Assert.Equal(100, eng.Gap(1), 9);
        // Skills: dev counts under dotnet and sql; qa under testing; ops under (none).
        Assert.Equal(["(none)", "dotnet", "sql", "testing"], r.BySkill().Select(g => g.Key));
        Assert.Equal([160.0, 160.0], r.BySkill()[2].Capacity.ToArray());
        // Programmes: Digital = P1 (committed: Jan 120) + P2 (proposed: Jan 80, Feb 40); (none) = P3 (Jan 8, Feb 100).
        DemandRollup digital = r.ByProgramme().Single(g => g.Key == "Digital");
        Assert.Equal([120.0, 0.0], digital.Committed.ToArray());
        Assert.Equal([80.0, 40.0], digital.Proposed.ToArray());
        Assert.Equal([8.0, 100.0], r.ByProgramme().Single(g => g.Key == "(none)").Committed.ToArray());
    }

    [Fact]
    public void Demand_what_ifs_shift_cancel_and_approve()
    {
        CapacityPlan plan = Plan();
        PortfolioDemand d = Demand(plan);
        PortfolioDemand delayed = d.WithProjectShifted("P1", 1);
        Assert.Equal(0, delayed.Demand("P1", "dev", 0));
        Assert.Equal(120, delayed.Demand("P1", "dev", 1), 9);
        Assert.Equal((1, 1), delayed.ActivePeriods("P1"));
        Assert.Equal(120, d.Demand("P1", "dev", 0), 9); // unchanged original
        Assert.Throws<ArgumentOutOfRangeException>(() => d.WithProjectShifted("P2", -1)); // Jan demand would leave the horizon
        Assert.Equal(2, d.WithoutProject("P3").ProjectCount);
        Assert.Equal(CommitmentStatus.Committed, d.WithProjectStatus("P2", CommitmentStatus.Committed).Projects[1].Status);
        Assert.Equal(120 + 80 + 40, d.TotalDemand("P1") + d.TotalDemand("P2"), 9);
        Assert.Equal(2, d.Entries("P3").Length);
    }

    [Fact]
    public void Scheduled_activities_spread_by_working_day()
    {
        // A (3 d, 1 dev) then B (2.5 d, 2 dev) from Monday 25 January 2027. A: days 0–2 = Jan 25–27 → 3 × 8 = 24 h.
        // B: [3, 5.5): Jan 28 and 29 full (2 × 16 = 32 h), Mon 1 Feb half a day (0.5 × 16 = 8 h).
        // January 24 + 32 = 56 h, February 8 h; total 3 × 8 + 2.5 × 16 = 64 h.
        CapacityPlan plan = Plan();
        ActivityNetwork net = ActivityNetwork.Create([new Activity("A", 3), new Activity("B", 2.5), new Activity("M", 0)], [new ActivityLink("A", "B"), new ActivityLink("B", "M")]);
        CpmResult cpm = CriticalPath.Analyze(net);
        ScheduledDemand s = ScheduledDemand.FromEarlyStarts("P", cpm, [new ActivityAssignment("A", "dev"), new ActivityAssignment("B", "dev", 2), new ActivityAssignment("M", "qa")], Calendar2027(), new LocalDate(2027, 1, 25), plan);
        Assert.Equal(2, s.Entries.Length);
        Assert.Equal(56, s.Entries[0].Hours, 9);
        Assert.Equal(0, s.Entries[0].Period);
        Assert.Equal(8, s.Entries[1].Hours, 9);
        Assert.Equal(64, s.TotalHours, 9);
        Assert.Equal(0, s.HoursAfterHorizon);
        Assert.Contains(s.Diagnostics, d => d.Message.Contains("milestone", StringComparison.Ordinal));

        // Only February planned: January's 56 h are reported before the horizon, never dropped.
        var febOnly = new CapacityPlan(PlanningPeriods.Monthly(new YearMonth(2027, 2), 1), Calendar2027(), [new Role("dev"), new Role("qa")]);
        ScheduledDemand f = ScheduledDemand.FromEarlyStarts("P", cpm, [new ActivityAssignment("A", "dev"), new ActivityAssignment("B", "dev", 2)], Calendar2027(), new LocalDate(2027, 1, 25), febOnly);
        Assert.Equal(56, f.HoursBeforeHorizon, 9);
        Assert.Equal(8, Assert.Single(f.Entries).Hours, 9);
        Assert.Contains(f.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
        var demand = new PortfolioDemand(febOnly, [new ResourceProject("P")], f.Entries);
        Assert.Equal(8, demand.TotalDemand("P"), 9);
    }
}
