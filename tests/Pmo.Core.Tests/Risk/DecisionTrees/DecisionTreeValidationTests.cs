using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.DecisionTrees;

/// <summary>
/// Layer 3 error tests: one test per validation rule of the decision-tree API, asserting the exact exception type and
/// <see cref="ArgumentException.ParamName"/>.
/// </summary>
public class DecisionTreeValidationTests
{
    private static void Throws<T>(string param, Action action)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(action).ParamName);

    private static string NodesError(params DecisionTreeNode[] nodes) =>
        Assert.Throws<ArgumentException>(() => DecisionTree.Create(nodes)) is { ParamName: "nodes" } e
            ? e.Message
            : throw new Xunit.Sdk.XunitException("ParamName is not 'nodes'.");

    // ---- DecisionTreeNode ----

    [Fact]
    public void Node_id_null() => Throws<ArgumentNullException>("id", () => DecisionTreeNode.Decision(null!));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Node_id_blank(string id) => Throws<ArgumentException>("id", () => DecisionTreeNode.Chance(id));

    [Fact]
    public void Node_is_its_own_parent() => Throws<ArgumentException>("parentId", () => DecisionTreeNode.Terminal("a", "a", 1));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0000001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Node_probability_outside_0_1(double p) =>
        Throws<ArgumentOutOfRangeException>("probability", () => DecisionTreeNode.Terminal("a", "b", 1, p));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Node_payoff_not_finite(double payoff) =>
        Throws<ArgumentOutOfRangeException>("payoff", () => DecisionTreeNode.Terminal("a", "b", payoff));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Node_branch_value_not_finite(double value) =>
        Throws<ArgumentOutOfRangeException>("branchValue", () => DecisionTreeNode.Chance("a", "b", null, value));

    // ---- DecisionTree.Create ----

    [Fact]
    public void Create_null() => Throws<ArgumentNullException>("nodes", () => DecisionTree.Create(null!));

    [Fact]
    public void Create_null_node() => Throws<ArgumentNullException>("nodes", () => DecisionTree.Create([DecisionTreeNode.Decision("d"), null!]));

    [Fact]
    public void Create_empty() => Assert.Contains("empty", NodesError(), StringComparison.Ordinal);

    [Fact]
    public void Create_duplicate_ids() =>
        Assert.Contains("'a' more than once", NodesError(DecisionTreeNode.Decision("d"), DecisionTreeNode.Terminal("a", "d", 1), DecisionTreeNode.Terminal("a", "d", 2)), StringComparison.Ordinal);

    [Fact]
    public void Create_unknown_parent() =>
        Assert.Contains("parent 'x' of 'a'", NodesError(DecisionTreeNode.Decision("d"), DecisionTreeNode.Terminal("a", "x", 1)), StringComparison.Ordinal);

    [Fact]
    public void Create_cycle_is_named()
    {
        string message = NodesError(
            DecisionTreeNode.Decision("root"),
            DecisionTreeNode.Terminal("t", "root", 1),
            DecisionTreeNode.Decision("A", "C"),
            DecisionTreeNode.Decision("B", "A"),
            DecisionTreeNode.Decision("C", "B"));
        Assert.Contains("cycle", message, StringComparison.Ordinal);
        Assert.Contains("A → C → B → A", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_cycle_without_any_root_is_named() =>
        Assert.Contains("A → B → A", NodesError(DecisionTreeNode.Decision("A", "B"), DecisionTreeNode.Decision("B", "A")), StringComparison.Ordinal);

    [Fact]
    public void Create_two_roots() =>
        Assert.Contains("exactly one root", NodesError(DecisionTreeNode.Terminal("a", null, 1), DecisionTreeNode.Terminal("b", null, 2)), StringComparison.Ordinal);

    [Fact]
    public void Create_root_with_probability() =>
        Assert.Contains("root 'a'", NodesError(DecisionTreeNode.Terminal("a", null, 1, 1.0)), StringComparison.Ordinal);

    [Fact]
    public void Create_root_with_branch_value() =>
        Assert.Contains("root 'a'", NodesError(DecisionTreeNode.Terminal("a", null, 1, null, -5)), StringComparison.Ordinal);

    [Fact]
    public void Create_terminal_with_children() =>
        Assert.Contains("terminal node 't'", NodesError(DecisionTreeNode.Terminal("t", null, 1), DecisionTreeNode.Terminal("u", "t", 1)), StringComparison.Ordinal);

    [Fact]
    public void Create_decision_without_branches() =>
        Assert.Contains("decision node 'x' has no branches", NodesError(DecisionTreeNode.Decision("d"), DecisionTreeNode.Decision("x", "d")), StringComparison.Ordinal);

    [Fact]
    public void Create_chance_without_branches() =>
        Assert.Contains("chance node 'c' has no branches", NodesError(DecisionTreeNode.Chance("c")), StringComparison.Ordinal);

    [Fact]
    public void Create_chance_branch_without_probability() =>
        Assert.Contains("'b' is a branch of the chance node 'c' but has no probability", NodesError(DecisionTreeNode.Chance("c"), DecisionTreeNode.Terminal("a", "c", 1, 1.0), DecisionTreeNode.Terminal("b", "c", 1)), StringComparison.Ordinal);

    [Fact]
    public void Create_decision_branch_with_probability() =>
        Assert.Contains("decision node 'd' but has the probability", NodesError(DecisionTreeNode.Decision("d"), DecisionTreeNode.Terminal("a", "d", 1, 0.5)), StringComparison.Ordinal);

    [Theory]
    [InlineData(0.5, 0.4)]
    [InlineData(0.6, 0.6)]
    [InlineData(0.5, 0.5000000011)]
    public void Create_probabilities_not_summing_to_1(double p, double q) =>
        Assert.Contains("must sum to 1", NodesError(DecisionTreeNode.Chance("c"), DecisionTreeNode.Terminal("a", "c", 1, p), DecisionTreeNode.Terminal("b", "c", 1, q)), StringComparison.Ordinal);

    [Fact]
    public void Create_probabilities_within_the_tolerance_are_accepted_and_not_normalised()
    {
        DecisionTree t = DecisionTree.Create([DecisionTreeNode.Chance("c"), DecisionTreeNode.Terminal("a", "c", 10, 0.5), DecisionTreeNode.Terminal("b", "c", 10, 0.5000000005)]);
        Assert.Equal(0.5000000005, t["b"].Probability);
        Assert.Equal(10 * 1.0000000005, t.RollBack().ExpectedValue, 15);
    }

    // ---- RollBack / EVPI ----

    [Fact]
    public void RollBack_undefined_objective() =>
        Throws<ArgumentOutOfRangeException>("objective", () => DecisionTree.FromDecision("d", d => d.Terminal("a", 1)).RollBack((DecisionObjective)7));

    [Fact]
    public void EVPI_undefined_objective() =>
        Throws<ArgumentOutOfRangeException>("objective", () => DecisionTree.FromDecision("d", d => d.Terminal("a", 1)).ExpectedValueOfPerfectInformation((DecisionObjective)(-1)));

    // ---- Fluent builders ----

    [Fact]
    public void FromDecision_null_id() => Throws<ArgumentNullException>("id", () => DecisionTree.FromDecision(null!, _ => { }));

    [Fact]
    public void FromChance_blank_id() => Throws<ArgumentException>("id", () => DecisionTree.FromChance(" ", _ => { }));

    [Fact]
    public void FromDecision_null_branches() => Throws<ArgumentNullException>("branches", () => DecisionTree.FromDecision("d", null!));

    [Fact]
    public void FromChance_null_outcomes() => Throws<ArgumentNullException>("outcomes", () => DecisionTree.FromChance("c", null!));

    [Fact]
    public void Builder_blank_branch_name() =>
        Throws<ArgumentException>("name", () => DecisionTree.FromDecision("d", d => d.Terminal("", 1)));

    [Fact]
    public void Builder_null_nested_action() =>
        Throws<ArgumentNullException>("outcomes", () => DecisionTree.FromDecision("d", d => d.Chance("c", 0, null!)));

    [Fact]
    public void Builder_probability_outside_0_1() =>
        Throws<ArgumentOutOfRangeException>("probability", () => DecisionTree.FromChance("c", c => c.Terminal("a", 1.5, 1)));

    [Fact]
    public void Builder_payoff_not_finite() =>
        Throws<ArgumentOutOfRangeException>("payoff", () => DecisionTree.FromDecision("d", d => d.Terminal("a", double.NaN)));

    [Fact]
    public void Builder_branch_value_not_finite() =>
        Throws<ArgumentOutOfRangeException>("branchValue", () => DecisionTree.FromChance("c", c => c.Decision("x", 1, x => x.Terminal("a", 1), double.PositiveInfinity)));

    [Fact]
    public void Builder_tree_rules_apply() =>
        Throws<ArgumentException>("nodes", () => DecisionTree.FromChance("c", c => c.Terminal("a", 0.3, 1).Terminal("b", 0.3, 1)));

    [Fact]
    public void Builder_duplicate_branch_names_are_duplicate_ids() =>
        Throws<ArgumentException>("nodes", () => DecisionTree.FromDecision("d", d => d.Terminal("a", 1).Terminal("a", 2)));
}
