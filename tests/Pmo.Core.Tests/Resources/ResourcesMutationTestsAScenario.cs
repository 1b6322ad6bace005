using Pmo.Core.Resources;
using static Pmo.Core.Tests.Resources.Allocation.AllocationFixture;

namespace Pmo.Core.Tests.Resources;

/// <summary>
/// Mutation-driven tests of <see cref="ScenarioChange"/>, <see cref="CapacityScenario"/>, <see cref="ScenarioChangeException"/>
/// and <see cref="CapacityScenarios"/>: documented guards, messages, display strings and hand-computed figures
/// (weekly periods of 5 working days × 8 h, so 1 FTE = 40 h a week; arithmetic in the comments).
/// </summary>
public class ResourcesMutationTestsAScenario
{
    // 4 weeks, dev 1 FTE = 40 h/week. A: 30, 30, 0, 0; B: 20, 20, 30, 0; both committed.
    private static readonly CapacityPlan Plan4 = Plan(4, ["dev"], ("dev", 1.0));
    private static readonly PortfolioDemand D = Demand(Plan4, [("A", CommitmentStatus.Committed), ("B", CommitmentStatus.Committed)], [.. Row("A", "dev", 30, 30), .. Row("B", "dev", 20, 20, 30)]);

    [Fact]
    public void Factories_reject_blank_and_null_ids_naming_the_parameter()
    {
        Assert.Equal("personId", Assert.Throws<ArgumentException>(() => ScenarioChange.RemovePerson(" ")).ParamName);
        Assert.Equal("projectId", Assert.Throws<ArgumentException>(() => ScenarioChange.DelayProject(" ", 1)).ParamName);
        Assert.Equal("projectId", Assert.Throws<ArgumentException>(() => ScenarioChange.AccelerateProject(" ", 1)).ParamName);
        Assert.Equal("projectId", Assert.Throws<ArgumentException>(() => ScenarioChange.ApproveProject(" ")).ParamName);
        Assert.Equal("personId", Assert.Throws<ArgumentNullException>(() => ScenarioChange.RemovePerson(null!)).ParamName);
        Assert.Equal("projectId", Assert.Throws<ArgumentNullException>(() => ScenarioChange.DelayProject(null!, 1)).ParamName);
        Assert.Equal("projectId", Assert.Throws<ArgumentNullException>(() => ScenarioChange.AccelerateProject(null!, 1)).ParamName);
        Assert.Equal("projectId", Assert.Throws<ArgumentNullException>(() => ScenarioChange.ApproveProject(null!)).ParamName);
    }

    [Fact]
    public void A_null_priority_order_or_change_list_is_rejected()
    {
        Assert.Equal("priorityOrder", Assert.Throws<ArgumentNullException>(() => ScenarioChange.ChangePriorityOrder(null!)).ParamName);
        Assert.Equal("changes", Assert.Throws<ArgumentNullException>(() => new CapacityScenario("S", null!)).ParamName);
    }

    [Fact]
    public void Changes_other_than_a_new_order_carry_an_empty_priority_order()
    {
        // Documented: PriorityOrder is "else empty" (not a default, unusable array).
        foreach (ScenarioChange c in new[] { ScenarioChange.CancelProject("A"), ScenarioChange.DelayProject("A", 1), ScenarioChange.RemovePerson("ann") })
        {
            Assert.True(c.PriorityOrder.IsEmpty);
            Assert.Empty(c.PriorityOrder.AsEnumerable());
        }

        Assert.Equal(["B", "A"], ScenarioChange.ChangePriorityOrder(["B", "A"]).PriorityOrder.AsEnumerable());
    }

    [Fact]
    public void Each_change_describes_itself()
    {
        Assert.Equal("add headcount dev × 0.5 FTE", ScenarioChange.AddHeadcount(new RolePool("dev", 0.5)).ToString());
        Assert.Equal("remove person 'ann'", ScenarioChange.RemovePerson("ann").ToString());
        Assert.Equal("delay project 'B' by 2 period(s)", ScenarioChange.DelayProject("B", 2).ToString());
        Assert.Equal("accelerate project 'B' by 3 period(s)", ScenarioChange.AccelerateProject("B", 3).ToString());
        Assert.Equal("cancel project 'A'", ScenarioChange.CancelProject("A").ToString());
        Assert.Equal("approve project 'P'", ScenarioChange.ApproveProject("P").ToString());
        Assert.Equal("change the priority order to B, A", ScenarioChange.ChangePriorityOrder(["B", "A"]).ToString());
    }

    [Fact]
    public void A_scenario_describes_itself_as_its_name_and_changes()
    {
        var s = new CapacityScenario("Hire", [ScenarioChange.AddHeadcount(new RolePool("dev", 0.5)), ScenarioChange.RemovePerson("ann")]);
        Assert.Equal("Hire: add headcount dev × 0.5 FTE; remove person 'ann'", s.ToString());
    }

    [Fact]
    public void The_public_exception_constructors_have_an_empty_scenario_name()
    {
        var inner = new InvalidOperationException("inner");
        ScenarioChangeException[] all = [new(), new("m"), new("m2", inner)];
        Assert.All(all, e => Assert.Equal(string.Empty, e.ScenarioName));
        Assert.All(all, e => Assert.Null(e.Change));
        Assert.Equal("m", all[1].Message);
        Assert.Same(inner, all[2].InnerException);
    }

    [Fact]
    public void Headcount_can_be_added_to_any_role_of_the_plan_not_only_the_first()
    {
        // dev 1 FTE, ops none; 2 weeks. A: dev 10, 15; ops 20 in week 0.
        // Baseline: dev capacity 80, allocated 25; ops capacity 0, allocated 0, allocated utilisation undefined (null).
        // Hire 1 FTE of ops: ops capacity 80, allocated 20, allocated utilisation 20 / 80 = 0.25.
        CapacityPlan plan = Plan(2, ["dev", "ops"], ("dev", 1.0));
        PortfolioDemand d = Demand(plan, [("A", CommitmentStatus.Committed)], [.. Row("A", "dev", 10, 15), .. Row("A", "ops", 20)]);
        CapacityScenarioComparison c = CapacityScenarios.Compare(plan, d, ["A"], [new CapacityScenario("Hire ops", [ScenarioChange.AddHeadcount(new RolePool("ops", 1.0))])]);

        RoleUtilisation dev = c.Baseline.Roles[0];
        RoleUtilisation ops = c.Baseline.Roles[1];
        Assert.Equal(("dev", 80.0, 25.0), (dev.RoleId, dev.CapacityHours, dev.AllocatedHours));
        Assert.Equal(25.0 / 80.0, dev.AllocatedUtilisation!.Value, 12);
        Assert.Equal(("ops", 0.0, 0.0), (ops.RoleId, ops.CapacityHours, ops.AllocatedHours));
        Assert.Null(ops.AllocatedUtilisation);
        Assert.Null(ops.AverageUtilisation);

        RoleUtilisation hired = c["Hire ops"].Roles[1];
        Assert.Equal((80.0, 20.0), (hired.CapacityHours, hired.AllocatedHours));
        Assert.Equal(0.25, hired.AllocatedUtilisation!.Value, 12);
        Assert.Equal(25.0, c["Hire ops"].Roles[0].AllocatedHours);
    }

    [Fact]
    public void Headcount_in_an_unknown_role_names_the_change_and_the_role()
    {
        ScenarioChangeException e = Reject.Rule<ScenarioChangeException>(
            () => CapacityScenarios.Compare(Plan4, D, ["A", "B"], [new CapacityScenario("QA", [ScenarioChange.AddHeadcount(new RolePool("qa", 1.0))])]),
            "scenarios",
            "Scenario 'QA', change 0 (add headcount qa × 1 FTE)",
            "role 'qa' is not a role of the plan");
        Assert.Equal(("QA", 0), (e.ScenarioName, e.ChangeIndex));
    }

    [Fact]
    public void Any_person_of_the_plan_can_leave_and_an_unknown_person_is_reported()
    {
        // Ann and Bob, 1 FTE each: 80 h/week. P: 50, 50. Without Bob: 40 h/week, P short 10 + 10 = 20.
        CapacityPlan plan = new(
            PlanningPeriods.Weekly(Monday, 2),
            new Pmo.Core.Scheduling.WorkingCalendar(Monday, Monday.PlusDays(21)),
            [new Role("dev")],
            [new Person("ann", "dev"), new Person("bob", "dev")]);
        PortfolioDemand d = Demand(plan, [("P", CommitmentStatus.Committed)], [.. Row("P", "dev", 50, 50)]);
        CapacityScenarioComparison c = CapacityScenarios.Compare(plan, d, ["P"], [new CapacityScenario("Bob leaves", [ScenarioChange.RemovePerson("bob")])]);
        Assert.Equal(0, c.Baseline.TotalShortfallHours);
        Assert.Equal(20, c["Bob leaves"].TotalShortfallHours);
        Assert.Equal(["ann"], c["Bob leaves"].Plan.People.Select(p => p.Id));

        ScenarioChangeException e = Reject.Rule<ScenarioChangeException>(
            () => CapacityScenarios.Compare(plan, d, ["P"], [new CapacityScenario("Zoe", [ScenarioChange.RemovePerson("zoe")])]),
            "scenarios",
            "person 'zoe' is not a person of the plan");
        Assert.Equal(0, e.ChangeIndex);
    }

    [Fact]
    public void Shifting_or_cancelling_an_unknown_or_cancelled_project_is_reported_as_such()
    {
        Reject.Rule<ScenarioChangeException>(
            () => CapacityScenarios.Compare(Plan4, D, ["A", "B"], [new CapacityScenario("Q", [ScenarioChange.DelayProject("Q", 1)])]),
            "scenarios",
            "project 'Q' is not one of the portfolio's projects (or was cancelled by an earlier change)");
        ScenarioChangeException e = Reject.Rule<ScenarioChangeException>(
            () => CapacityScenarios.Compare(Plan4, D, ["A", "B"], [new CapacityScenario("Twice", [ScenarioChange.CancelProject("A"), ScenarioChange.CancelProject("A")])]),
            "scenarios",
            "change 1 (cancel project 'A')",
            "project 'A' is not one of the portfolio's projects (or was cancelled by an earlier change)");
        Assert.Equal(1, e.ChangeIndex);
        Assert.Equal(ScenarioChangeKind.CancelProject, e.Change!.Kind);
    }

    [Fact]
    public void Compare_rejects_null_arguments_naming_them()
    {
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => CapacityScenarios.Compare(null!, D, ["A", "B"], [])).ParamName);
        Assert.Equal("demand", Assert.Throws<ArgumentNullException>(() => CapacityScenarios.Compare(Plan4, null!, ["A", "B"], [])).ParamName);
        Assert.Equal("priorityOrder", Assert.Throws<ArgumentNullException>(() => CapacityScenarios.Compare(Plan4, D, null!, [])).ParamName);
        Assert.Equal("scenarios", Assert.Throws<ArgumentNullException>(() => CapacityScenarios.Compare(Plan4, D, ["A", "B"], null!)).ParamName);
    }

    [Fact]
    public void Compare_reports_incompatible_demand_before_applying_the_scenarios()
    {
        // Demand built on 3 weeks against a 4-week plan: the demand is the problem, not the (also bad) scenario.
        CapacityPlan plan3 = Plan(3, ["dev"], ("dev", 1.0));
        PortfolioDemand d3 = Demand(plan3, [("A", CommitmentStatus.Committed)], [.. Row("A", "dev", 10)]);
        ArgumentException e = Assert.Throws<ArgumentException>(() => CapacityScenarios.Compare(Plan4, d3, ["A"], [new CapacityScenario("Z", [ScenarioChange.CancelProject("Z")])]));
        Assert.Equal("demand", e.ParamName);
    }

    [Fact]
    public void Compare_uses_the_given_allocation_options()
    {
        // All-or-nothing: A fits (30 ≤ 40 twice), residual 10, 10, 40, 40. B needs 20 > 10 in weeks 0 and 1: nothing,
        // shortfall 20 + 20 + 30 = 70 (partial would give 20).
        CapacityScenarioComparison c = CapacityScenarios.Compare(Plan4, D, ["A", "B"], [], new AllocationOptions(AllocationMode.AllOrNothing));
        Assert.Equal(AllocationMode.AllOrNothing, c.Baseline.Allocation.Mode);
        Assert.Equal(70, c.Baseline.TotalShortfallHours);
        Assert.Equal(AllocationMode.Defer, c.Baseline.DeferredAllocation.Mode);
    }

    [Fact]
    public void Scenario_names_must_be_unique_and_differ_from_the_baseline()
    {
        Reject.Rule<ArgumentException>(() => CapacityScenarios.Compare(Plan4, D, ["A", "B"], [new CapacityScenario("S", []), new CapacityScenario("S", [])]), "scenarios", "repeats the name 'S'");
        Reject.Rule<ArgumentException>(() => CapacityScenarios.Compare(Plan4, D, ["A", "B"], [new CapacityScenario("Baseline", [])]), "scenarios", "repeats the name 'Baseline'", "reserved name 'Baseline'");
    }

    [Fact]
    public void The_indexer_finds_the_baseline_by_its_reserved_name_and_rejects_unknown_names()
    {
        CapacityScenarioComparison c = CapacityScenarios.Compare(Plan4, D, ["A", "B"], [new CapacityScenario("Same", [])]);
        Assert.Same(c.Baseline, c[CapacityScenarioComparison.BaselineName]);
        Assert.Same(c.Outcomes[0], c["Same"]);
        Reject.Rule<ArgumentException>(() => _ = c["nope"], "name", "No scenario is named 'nope'");
    }
}
