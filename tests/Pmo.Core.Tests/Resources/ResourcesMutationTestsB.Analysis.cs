using NodaTime;
using Pmo.Core.Prioritization.Selection;
using Pmo.Core.Resources;
using static Pmo.Core.Tests.Resources.CapacityPlanTests;

namespace Pmo.Core.Tests.Resources;

/// <summary>
/// Mutation tests (helper B) for <see cref="CapacityAnalysis"/>, <see cref="CapacityReport"/> and
/// <see cref="CapacityConstraints"/>. Capacity comes from role pools on the 2027 calendar (New Year a holiday):
/// January and February have 20 working days each, so a 1-FTE pool gives 160 h a month and a 0.5-FTE pool 80 h.
/// </summary>
public class ResourcesMutationTestsBAnalysis
{
    private static readonly LocalDate Jan31 = new(2027, 1, 31);
    private static readonly LocalDate Feb1 = new(2027, 2, 1);

    private static CapacityPlan Plan(Role[] roles, params RolePool[] pools) => new(JanFeb, Calendar2027(), roles, [], pools);

    /// <summary>dev 160/160, qa 160/160.</summary>
    private static CapacityPlan Flat() => Plan([new Role("dev"), new Role("qa")], new RolePool("dev", 1), new RolePool("qa", 1));

    private static DemandEntry E(string p, string r, int t, double h) => new(p, r, t, h);

    // ---- CapacityAnalysis ----

    [Fact]
    public void Contributors_are_by_hours_descending_then_id_and_exclude_out_of_scope_and_zero_hour_projects()
    {
        // dev/Jan: committed C 50, B 100, A 50, Y 0 = 200 h > 160 h; proposed Z 30 h (out of scope CommittedOnly).
        // Contributors: B 100, then the 50 h tie by id: A, C. Neither Y (0 h) nor Z (proposed) contributes.
        CapacityPlan plan = Flat();
        var demand = new PortfolioDemand(
            plan,
            [new ResourceProject("C"), new ResourceProject("B"), new ResourceProject("A"), new ResourceProject("Y"), new ResourceProject("Z", CommitmentStatus.Proposed)],
            [E("C", "dev", 0, 50), E("B", "dev", 0, 100), E("A", "dev", 0, 50), E("Y", "dev", 0, 0), E("Z", "dev", 0, 30)]);
        CapacityReport r = CapacityAnalysis.Analyze(plan, demand, DemandScope.CommittedOnly);
        OverAllocation o = Assert.Single(r.OverAllocations);
        Assert.Equal(40, o.ExcessHours, 9);
        Assert.Equal([new ProjectHours("B", 100), new ProjectHours("A", 50), new ProjectHours("C", 50)], o.Contributors.ToArray());
    }

    [Fact]
    public void Committed_infeasible_periods_bottlenecks_and_peaks()
    {
        // Roles dev (160/160), qa (Jan 80 from a 0.5-FTE pool to 31 Jan, Feb 160 from a 1-FTE pool), pm (160/160, no demand).
        // Committed C: dev Jan 200 (over by 40, U 1.25), dev Feb 100; qa Jan 200 (over by 120, U 2.5), qa Feb 320 (over by 160, U 2.0).
        // Committed alone over-allocates January (dev and qa) and February (qa): [0, 1].
        // Bottlenecks: qa short 120 + 160 = 280 h in 2 periods, peak U 2.5 in period 0, capacity 240, demand 520;
        //              dev short 40 h in 1 period, peak 1.25 in period 0, capacity 320, demand 300. Largest first: qa, dev. pm none.
        CapacityPlan plan = Plan(
            [new Role("dev"), new Role("qa"), new Role("pm")],
            new RolePool("dev", 1),
            new RolePool("qa", 0.5, to: Jan31),
            new RolePool("qa", 1, from: Feb1),
            new RolePool("pm", 1));
        var demand = new PortfolioDemand(plan, [new ResourceProject("C")], [E("C", "dev", 0, 200), E("C", "dev", 1, 100), E("C", "qa", 0, 200), E("C", "qa", 1, 320)]);
        CapacityReport r = CapacityAnalysis.Analyze(plan, demand);
        Assert.Equal([0, 1], r.CommittedInfeasiblePeriods.ToArray());
        Assert.Equal([0, 1], r.InfeasiblePeriods.ToArray());
        Assert.Equal(2, r.Bottlenecks.Length);
        RoleBottleneck qa = r.Bottlenecks[0];
        Assert.Equal("qa", qa.RoleId);
        Assert.Equal(280, qa.ShortfallHours, 9);
        Assert.Equal(2, qa.OverAllocatedPeriods);
        Assert.Equal(2.5, qa.PeakUtilisation!.Value, 12);
        Assert.Equal(0, qa.PeakPeriod);
        Assert.Equal(240, qa.TotalCapacity, 9);
        Assert.Equal(520, qa.TotalDemand, 9);
        RoleBottleneck dev = r.Bottlenecks[1];
        Assert.Equal("dev", dev.RoleId);
        Assert.Equal(40, dev.ShortfallHours, 9);
        Assert.Equal(0, dev.PeakPeriod);
        Assert.Equal(320, dev.TotalCapacity, 9);
        Assert.Equal(300, dev.TotalDemand, 9);
    }

    [Fact]
    public void Committed_demand_under_or_exactly_at_capacity_is_feasible()
    {
        // dev/Jan 100 h of 160 h: nothing over-allocated.
        CapacityPlan plan = Flat();
        CapacityReport under = CapacityAnalysis.Analyze(plan, new PortfolioDemand(plan, [new ResourceProject("C")], [E("C", "dev", 0, 100)]));
        Assert.Empty(under.CommittedInfeasiblePeriods);
        Assert.Empty(under.Bottlenecks);
        Assert.True(under.IsFeasible);

        // dev/Jan exactly 160 h of 160 h with tolerance 0: D − C = 0 is not > 0.
        CapacityReport atCapacity = CapacityAnalysis.Analyze(plan, new PortfolioDemand(plan, [new ResourceProject("C")], [E("C", "dev", 0, 160)]), tolerance: 0);
        Assert.Empty(atCapacity.CommittedInfeasiblePeriods);
        Assert.True(atCapacity.IsFeasible);
    }

    [Fact]
    public void Bottlenecks_with_equal_shortfall_are_ordered_by_role_id()
    {
        // Plan order zeta, alpha; both short by 200 − 160 = 40 h in January.
        CapacityPlan plan = Plan([new Role("zeta"), new Role("alpha")], new RolePool("zeta", 1), new RolePool("alpha", 1));
        var demand = new PortfolioDemand(plan, [new ResourceProject("C")], [E("C", "zeta", 0, 200), E("C", "alpha", 0, 200)]);
        Assert.Equal(["alpha", "zeta"], CapacityAnalysis.Analyze(plan, demand).Bottlenecks.Select(b => b.RoleId).ToArray());
    }

    [Fact]
    public void Analyze_rejects_null_demand_and_an_undefined_scope_with_the_rule()
    {
        CapacityPlan plan = Flat();
        Reject.Rule<ArgumentNullException>(() => CapacityAnalysis.Analyze(plan, null!), "demand");
        var demand = new PortfolioDemand(plan, [new ResourceProject("C")], []);
        Reject.Rule<ArgumentOutOfRangeException>(() => CapacityAnalysis.Analyze(plan, demand, (DemandScope)9), "scope", "scope must be a defined DemandScope", "got 9");
    }

    // ---- CapacityReport ----

    [Fact]
    public void Report_lookups_check_the_period_and_total_utilisation_is_undefined_without_capacity()
    {
        // dev: a 1-FTE pool to 31 January only, so February has no capacity at all; C demands 40 h of dev in February.
        CapacityPlan plan = Plan([new Role("dev", department: "Eng"), new Role("qa", department: "Eng"), new Role("pm")], new RolePool("dev", 1, to: Jan31));
        var demand = new PortfolioDemand(plan, [new ResourceProject("C", programme: "Core"), new ResourceProject("D", programme: "Core"), new ResourceProject("E")], [E("C", "dev", 0, 80), E("C", "dev", 1, 40)]);
        CapacityReport r = CapacityAnalysis.Analyze(plan, demand);
        Assert.Equal(0.5, r.TotalUtilisation(0)!.Value, 12); // 80 / 160
        Assert.Null(r.TotalUtilisation(1));                  // 40 h against 0 h: undefined, not infinity
        Reject.Rule<ArgumentOutOfRangeException>(() => r.TotalUtilisation(2), "period");
        Reject.Rule<ArgumentOutOfRangeException>(() => r.Cell("dev", 2), "period");
        Assert.Equal(80, r.Cell("dev", 0).Demand, 9);

        CapacityRollup[] byDept = [.. r.ByDepartment()];
        Assert.Equal([CapacityReport.NoKey, "Eng"], byDept.Select(g => g.Key).ToArray());
        Assert.Equal(["pm"], byDept[0].RoleIds.ToArray());
        Assert.Equal(["dev", "qa"], byDept[1].RoleIds.ToArray());

        DemandRollup[] byProg = [.. r.ByProgramme()];
        Assert.Equal([CapacityReport.NoKey, "Core"], byProg.Select(g => g.Key).ToArray());
        Assert.Equal(["E"], byProg[0].ProjectIds.ToArray());
        Assert.Equal(["C", "D"], byProg[1].ProjectIds.ToArray());
    }

    // ---- CapacityConstraints ----

    [Fact]
    public void Resource_rows_rules_state_their_reasons()
    {
        CapacityPlan plan = Flat();
        var demand = new PortfolioDemand(plan, [new ResourceProject("J1", CommitmentStatus.Proposed)], [E("J1", "dev", 0, 10)]);
        Reject.Rule<ArgumentNullException>(() => CapacityConstraints.ToResourceRows(plan, null!, ["J1"]), "demand");
        Reject.Rule<ArgumentNullException>(() => CapacityConstraints.ToResourceRows(plan, demand, null!), "candidateIds");
        Reject.Rule<ArgumentOutOfRangeException>(() => CapacityConstraints.ToResourceRows(plan, demand, ["J1"], (CommittedOverloadHandling)5), "overload", "overload must be a defined CommittedOverloadHandling");
        Reject.Rule<ArgumentException>(() => CapacityConstraints.ToResourceRows(plan, demand, []), "candidateIds", "candidateIds must name at least one project");
        Reject.Rule<ArgumentException>(() => CapacityConstraints.ToResourceRows(plan, demand, ["J1", "J1"]), "candidateIds", "candidateIds lists 'J1' more than once");
        CapacityPlan swapped = Plan([new Role("qa"), new Role("dev")], new RolePool("dev", 1), new RolePool("qa", 1));
        Reject.Rule<ArgumentException>(() => CapacityConstraints.ToResourceRows(swapped, demand, ["J1"]), "demand", "other roles or periods");
    }

    [Fact]
    public void Proposed_non_candidates_consume_nothing_and_committed_ones_are_reserved()
    {
        // K committed dev/Jan 60 h (reserved), X proposed dev/Jan 100 h (ignored), candidate J1 dev/Feb 30 h,
        // candidate J2 only a 0 h qa entry (demands nothing, so no qa row). dev row capacity: Jan 160 − 60 = 100, Feb 160.
        CapacityPlan plan = Flat();
        var demand = new PortfolioDemand(
            plan,
            [new ResourceProject("K"), new ResourceProject("X", CommitmentStatus.Proposed), new ResourceProject("J1", CommitmentStatus.Proposed), new ResourceProject("J2", CommitmentStatus.Proposed)],
            [E("K", "dev", 0, 60), E("X", "dev", 0, 100), E("J1", "dev", 1, 30), E("J2", "qa", 0, 0)]);
        CapacityRowSet rows = CapacityConstraints.ToResourceRows(plan, demand, ["J1", "J2"]);
        Assert.Equal(["K"], rows.ReservedProjects.ToArray());
        Assert.Equal(["X"], rows.IgnoredProjects.ToArray());
        Assert.Equal(["dev"], rows.RoleIds.ToArray());
        ResourceRow dev = Assert.Single(rows.Rows);
        Assert.Equal("role:dev", dev.Name);
        Assert.Equal([100.0, 160.0], dev.Capacity.ToArray());
    }

    [Fact]
    public void Commitments_exactly_at_capacity_are_not_an_overload()
    {
        // K committed dev/Jan 160 h = capacity: residual 0, not negative, with the default tolerance and with 0.
        CapacityPlan plan = Flat();
        var demand = new PortfolioDemand(plan, [new ResourceProject("K"), new ResourceProject("J", CommitmentStatus.Proposed)], [E("K", "dev", 0, 160), E("J", "dev", 1, 10)]);
        Assert.Equal([0.0, 160.0], Assert.Single(CapacityConstraints.ToResourceRows(plan, demand, ["J"]).Rows).Capacity.ToArray());
        Assert.Empty(CapacityConstraints.ToResourceRows(plan, demand, ["J"], tolerance: 0).OverloadedCells);
    }

    [Fact]
    public void An_overload_names_each_cell_with_its_hours()
    {
        // K committed dev/Jan 200 h (> 160) and qa/Feb 170 h (> 160).
        CapacityPlan plan = Flat();
        var demand = new PortfolioDemand(plan, [new ResourceProject("K"), new ResourceProject("J", CommitmentStatus.Proposed)], [E("K", "dev", 0, 200), E("K", "qa", 1, 170), E("J", "dev", 1, 10)]);
        CapacityOverloadException e = Assert.Throws<CapacityOverloadException>(() => CapacityConstraints.ToResourceRows(plan, demand, ["J"]));
        Assert.Equal("demand", e.ParamName);
        Assert.Contains("Committed non-candidate demand exceeds capacity in 2 cell(s)", e.Message, StringComparison.Ordinal);
        Assert.Contains("role 'dev' period '2027-01': 200 h committed, 160 h capacity; role 'qa' period '2027-02': 170 h committed, 160 h capacity", e.Message, StringComparison.Ordinal);
        Assert.Contains("ZeroResidual", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, e.Cells.Length);

        CapacityRowSet zero = CapacityConstraints.ToResourceRows(plan, demand, ["J"], CommittedOverloadHandling.ZeroResidual);
        Assert.Equal([("dev", 0, "2027-01"), ("qa", 1, "2027-02")], zero.OverloadedCells.Select(c => (c.RoleId, c.Period, c.PeriodLabel)).ToArray());
    }

    [Fact]
    public void Overload_exception_constructors_have_no_cells()
    {
        var plain = new CapacityOverloadException();
        Assert.Equal("Committed demand exceeds capacity.", plain.Message);
        Assert.True(plain.Cells.IsEmpty);
        Assert.True(new CapacityOverloadException("m").Cells.IsEmpty);
        Assert.True(new CapacityOverloadException("m", new InvalidOperationException()).Cells.IsEmpty);
    }

    [Fact]
    public void Apply_to_a_problem_without_rows_brings_the_plans_period_labels()
    {
        CapacityPlan plan = Flat();
        var demand = new PortfolioDemand(plan, [new ResourceProject("J", CommitmentStatus.Proposed)], [E("J", "dev", 0, 10)]);
        CapacityRowSet rows = CapacityConstraints.ToResourceRows(plan, demand, ["J"]);
        SelectionProblem problem = SelectionProblem.Create([new SelectionCandidate("J", 1)]);
        SelectionProblem applied = rows.ApplyTo(problem);
        Assert.Equal(["2027-01", "2027-02"], applied.PeriodLabels.ToArray());
        Assert.Single(applied.Rows);
        Reject.Rule<ArgumentNullException>(() => rows.ApplyTo(null!), "problem");
    }
}
