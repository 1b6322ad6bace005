using Pmo.Core.Prioritization;
using Pmo.Core.Resources;
using static Pmo.Core.Tests.Resources.Allocation.AllocationFixture;

namespace Pmo.Core.Tests.Resources.Allocation;

/// <summary>One test per validation rule, asserting the exception type and ParamName.</summary>
public class AllocationValidationTests
{
    private static readonly CapacityPlan P = Plan(3, ["dev", "ops"], ("dev", 1.0));
    private static readonly PortfolioDemand D = Demand(P, [("A", CommitmentStatus.Committed), ("B", CommitmentStatus.Proposed)], [.. Row("A", "dev", 10, 10), .. Row("B", "dev", 0, 10, 10)]);

    private static void Throws<T>(string param, Action action)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(action).ParamName);

    private static ScenarioChangeException ScenarioFails(params ScenarioChange[] changes)
    {
        ScenarioChangeException e = Assert.Throws<ScenarioChangeException>(() => CapacityScenarios.Compare(P, D, ["A", "B"], [new CapacityScenario("S", [ScenarioChange.CancelProject("B"), .. changes])]));
        Assert.Equal("scenarios", e.ParamName);
        Assert.Equal("S", e.ScenarioName);
        Assert.Equal(1, e.ChangeIndex);
        Assert.Same(changes[0], e.Change);
        Assert.Contains("change 1", e.Message, StringComparison.Ordinal);
        return e;
    }

    // ---- Allocate ----
    [Fact]
    public void Allocate_plan_null() => Throws<ArgumentNullException>("plan", () => CapacityAllocator.Allocate(null!, D, ["A", "B"]));

    [Fact]
    public void Allocate_demand_null() => Throws<ArgumentNullException>("demand", () => CapacityAllocator.Allocate(P, null!, ["A", "B"]));

    [Fact]
    public void Allocate_order_null() => Throws<ArgumentNullException>("priorityOrder", () => CapacityAllocator.Allocate(P, D, null!));

    [Fact]
    public void Allocate_demand_of_another_plan() => Throws<ArgumentException>("demand", () => CapacityAllocator.Allocate(Plan(3, ["dev"], ("dev", 1.0)), D, ["A", "B"]));

    [Fact]
    public void Allocate_unknown_project_in_order() => Throws<ArgumentException>("priorityOrder", () => CapacityAllocator.Allocate(P, D, ["A", "B", "X"]));

    [Fact]
    public void Allocate_duplicate_in_order() => Throws<ArgumentException>("priorityOrder", () => CapacityAllocator.Allocate(P, D, ["A", "A", "B"]));

    [Fact]
    public void Allocate_missing_project_in_order()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => CapacityAllocator.Allocate(P, D, ["A"]));
        Assert.Equal("priorityOrder", e.ParamName);
        Assert.Contains("misses 1 project(s): B", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_null_id_in_order() => Throws<ArgumentNullException>("priorityOrder", () => CapacityAllocator.Allocate(P, D, ["A", null!]));

    [Fact]
    public void Options_mode_undefined() => Throws<ArgumentOutOfRangeException>("mode", () => _ = new AllocationOptions((AllocationMode)7));

    [Fact]
    public void Ranking_null() => Throws<ArgumentNullException>("ranking", () => CapacityAllocator.AllocateByRanking(P, D, null!, ["A", "B"]));

    [Fact]
    public void Ranking_ids_count_differs() => Throws<ArgumentException>("alternativeIds", () => CapacityAllocator.AllocateByRanking(P, D, Ranking.FromPreferences([1.0, 2.0], true), ["A"]));

    [Fact]
    public void Ranking_ids_unknown() => Throws<ArgumentException>("alternativeIds", () => CapacityAllocator.AllocateByRanking(P, D, Ranking.FromPreferences([1.0, 2.0], true), ["A", "X"]));

    // ---- EarliestStart ----
    [Fact]
    public void Earliest_unknown_project() => Throws<ArgumentException>("projectId", () => CapacityAllocator.EarliestStart(P, D, "X"));

    [Fact]
    public void Earliest_project_null() => Throws<ArgumentNullException>("projectId", () => CapacityAllocator.EarliestStart(P, D, null!));

    [Fact]
    public void Earliest_reserved_unknown() => Throws<ArgumentException>("reservedProjects", () => CapacityAllocator.EarliestStart(P, D, "B", ["X"]));

    [Fact]
    public void Earliest_reserved_duplicate() => Throws<ArgumentException>("reservedProjects", () => CapacityAllocator.EarliestStart(P, D, "B", ["A", "A"]));

    [Fact]
    public void Earliest_reserved_holds_the_project() => Throws<ArgumentException>("reservedProjects", () => CapacityAllocator.EarliestStart(P, D, "B", ["B"]));

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Earliest_period_out_of_range(int period) => Throws<ArgumentOutOfRangeException>("earliestPeriod", () => CapacityAllocator.EarliestStart(P, D, "B", earliestPeriod: period));

    // ---- ToResourceRows ----
    [Fact]
    public void Rows_no_candidates() => Throws<ArgumentException>("candidateIds", () => CapacityConstraints.ToResourceRows(P, D, []));

    [Fact]
    public void Rows_unknown_candidate() => Throws<ArgumentException>("candidateIds", () => CapacityConstraints.ToResourceRows(P, D, ["X"]));

    [Fact]
    public void Rows_duplicate_candidate() => Throws<ArgumentException>("candidateIds", () => CapacityConstraints.ToResourceRows(P, D, ["B", "B"]));

    [Fact]
    public void Rows_blank_prefix() => Throws<ArgumentException>("rowPrefix", () => CapacityConstraints.ToResourceRows(P, D, ["B"], rowPrefix: " "));

    [Fact]
    public void Rows_negative_tolerance() => Throws<ArgumentOutOfRangeException>("tolerance", () => CapacityConstraints.ToResourceRows(P, D, ["B"], tolerance: -1));

    [Fact]
    public void Rows_overload_handling_undefined() => Throws<ArgumentOutOfRangeException>("overload", () => CapacityConstraints.ToResourceRows(P, D, ["B"], (CommittedOverloadHandling)9));

    // ---- Scenarios ----
    [Fact]
    public void Scenario_unknown_role_in_headcount() => ScenarioFails(ScenarioChange.AddHeadcount(new RolePool("qa", 1)));

    [Fact]
    public void Scenario_unknown_person() => ScenarioFails(ScenarioChange.RemovePerson("nobody"));

    [Fact]
    public void Scenario_unknown_project_in_shift() => ScenarioFails(ScenarioChange.DelayProject("X", 1));

    [Fact]
    public void Scenario_cancelled_project_named_again() => ScenarioFails(ScenarioChange.CancelProject("B"));

    [Fact]
    public void Scenario_unknown_project_approved() => ScenarioFails(ScenarioChange.ApproveProject("X"));

    [Fact]
    public void Scenario_approves_a_committed_project() => Assert.Contains("is not proposed", ScenarioFails(ScenarioChange.ApproveProject("A")).Message, StringComparison.Ordinal);

    [Fact]
    public void Scenario_shift_leaves_the_horizon() => Assert.IsType<ArgumentOutOfRangeException>(ScenarioFails(ScenarioChange.DelayProject("A", 2)).InnerException);

    [Fact]
    public void Scenario_invalid_priority_order() => ScenarioFails(ScenarioChange.ChangePriorityOrder(["A", "B"]));

    [Fact]
    public void Scenario_duplicate_names() => Throws<ArgumentException>("scenarios", () => CapacityScenarios.Compare(P, D, ["A", "B"], [new CapacityScenario("S", []), new CapacityScenario("S", [])]));

    [Fact]
    public void Scenario_named_like_the_baseline() => Throws<ArgumentException>("scenarios", () => CapacityScenarios.Compare(P, D, ["A", "B"], [new CapacityScenario(CapacityScenarioComparison.BaselineName, [])]));

    [Fact]
    public void Scenario_baseline_order_invalid() => Throws<ArgumentException>("priorityOrder", () => CapacityScenarios.Compare(P, D, ["A"], []));

    [Fact]
    public void Scenario_null_entry() => Throws<ArgumentNullException>("scenarios", () => CapacityScenarios.Compare(P, D, ["A", "B"], [null!]));

    [Fact]
    public void Scenario_name_blank() => Throws<ArgumentException>("name", () => _ = new CapacityScenario(" ", []));

    [Fact]
    public void Scenario_change_null() => Throws<ArgumentNullException>("changes", () => _ = new CapacityScenario("S", [null!]));

    [Fact]
    public void Change_delay_not_positive() => Throws<ArgumentException>("periods", () => ScenarioChange.DelayProject("A", 0));

    [Fact]
    public void Change_accelerate_not_positive() => Throws<ArgumentException>("periods", () => ScenarioChange.AccelerateProject("A", -1));

    [Fact]
    public void Change_project_blank() => Throws<ArgumentException>("projectId", () => ScenarioChange.CancelProject(""));

    [Fact]
    public void Change_pool_null() => Throws<ArgumentNullException>("pool", () => ScenarioChange.AddHeadcount(null!));

    [Fact]
    public void Comparison_unknown_name() => Throws<ArgumentException>("name", () => _ = CapacityScenarios.Compare(P, D, ["A", "B"], [])["nope"]);

    [Fact]
    public void Result_unknown_project() => Throws<ArgumentException>("projectId", () => CapacityAllocator.Allocate(P, D, ["A", "B"]).Project("X"));

    [Fact]
    public void Result_unknown_role() => Throws<ArgumentException>("roleId", () => CapacityAllocator.Allocate(P, D, ["A", "B"]).Residual("qa", 0));
}
