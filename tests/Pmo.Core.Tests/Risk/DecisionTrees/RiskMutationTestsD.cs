using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.DecisionTrees;

/// <summary>
/// Documented behaviour of the decision-tree API that the earlier tests did not pin down (issue 9 §6, Stryker survivors
/// list D): the rule stated in every rejection message, the relative tie tolerance at its boundary, the first-in-input-
/// order choice when the chosen branch is node 0, EVPI with outcome branch values, with the root not first in the input,
/// with ties per state and with overflow, the fluent builders' own guards and path ids, and the ToString texts.
/// Hand-worked values only (every amount below is exact in binary unless the comment says otherwise).
/// </summary>
public class RiskMutationTestsD
{
    private static DecisionTree Drill() => DecisionTree.FromDecision("land", d => d
        .Chance("drill", -100, c => c.Terminal("oil", 0.25, 800).Terminal("dry", 0.75, 0))
        .Terminal("sell", 90));

    // ---- DecisionTree.Create: the rule in every message ----

    [Fact]
    public void Create_unknown_parent_says_the_parent_is_not_in_the_tree() =>
        Reject.Rule<ArgumentException>(
            () => DecisionTree.Create([DecisionTreeNode.Decision("d"), DecisionTreeNode.Terminal("a", "x", 1)]),
            "nodes",
            "the parent 'x' of 'a' is not in the tree");

    [Fact]
    public void Create_with_two_roots_names_exactly_the_roots()
    {
        // Roots a and b (input order); c hangs below a and is not a root, so it must not be listed.
        Reject.Rule<ArgumentException>(
            () => DecisionTree.Create([DecisionTreeNode.Decision("a"), DecisionTreeNode.Decision("b"), DecisionTreeNode.Terminal("c", "a", 1)]),
            "nodes",
            "must have exactly one root (a node without a parent), but has 2: 'a', 'b'.");
    }

    [Fact]
    public void Create_root_with_a_branch_value_states_the_rule_and_what_it_got() =>
        Reject.Rule<ArgumentException>(
            () => DecisionTree.Create([DecisionTreeNode.Terminal("a", null, 1, null, -5)]),
            "nodes",
            "the root 'a' has no incoming branch, so it must have no probability and a branch value of 0",
            "(got probability null, branch value -5)");

    [Fact]
    public void Create_root_with_a_probability_states_what_it_got() =>
        Reject.Rule<ArgumentException>(
            () => DecisionTree.Create([DecisionTreeNode.Terminal("a", null, 1, 0.5)]),
            "nodes",
            "the root 'a' has no incoming branch",
            "(got probability 0.5, branch value 0)");

    [Fact]
    public void Create_terminal_with_a_child_counts_its_children_when_it_is_not_the_first_node()
    {
        // d (index 0) has child t; t (index 1, children from position 1 to 2) has one child u: "1 child node(s)".
        Reject.Rule<ArgumentException>(
            () => DecisionTree.Create([DecisionTreeNode.Decision("d"), DecisionTreeNode.Terminal("t", "d", 1), DecisionTreeNode.Terminal("u", "t", 2)]),
            "nodes",
            "the terminal node 't' has 1 child node(s) (first 'u'); a terminal node ends a path.");
    }

    [Fact]
    public void Create_probabilities_not_summing_to_1_state_the_sum_and_the_rule() =>
        // 0.25 + 0.5 = 0.75 exactly; the tolerance 1e-9 prints as 1E-09 in the invariant culture.
        Reject.Rule<ArgumentException>(
            () => DecisionTree.Create([DecisionTreeNode.Chance("c"), DecisionTreeNode.Terminal("a", "c", 1, 0.25), DecisionTreeNode.Terminal("b", "c", 1, 0.5)]),
            "nodes",
            "the branch probabilities of the chance node 'c' sum to 0.75; they must sum to 1 within 1E-09 (they are never normalised).");

    [Fact]
    public void Node_that_is_its_own_parent_states_the_rule() =>
        Reject.Rule<ArgumentException>(() => DecisionTreeNode.Terminal("a", "a", 1), "parentId", "parentId of 'a' is the node itself; a node cannot be its own parent.");

    [Fact]
    public void Lookup_of_an_unknown_id_names_the_id()
    {
        DecisionTree t = DecisionTree.FromDecision("d", d => d.Terminal("a", 1));
        Assert.Contains("No decision-tree node has the id 'nope'.", Assert.Throws<KeyNotFoundException>(() => t["nope"]).Message, StringComparison.Ordinal);
        Assert.Contains("No decision-tree node has the id 'nope'.", Assert.Throws<KeyNotFoundException>(() => t.RollBack()["nope"]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_objective_states_the_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(
            () => DecisionTree.FromDecision("d", d => d.Terminal("a", 1)).RollBack((DecisionObjective)7),
            "objective",
            "objective must be a defined DecisionObjective (got 7).");

    // ---- Fluent builders ----

    [Fact]
    public void FromDecision_and_FromChance_check_the_id_before_the_action()
    {
        // Arguments are validated in declaration order (the .NET convention): a bad id is reported even when the
        // action is null too.
        Reject.Rule<ArgumentNullException>(() => DecisionTree.FromDecision(null!, null!), "id");
        Reject.Rule<ArgumentException>(() => DecisionTree.FromDecision(" ", null!), "id");
        Reject.Rule<ArgumentNullException>(() => DecisionTree.FromChance(null!, null!), "id");
        Reject.Rule<ArgumentException>(() => DecisionTree.FromChance("", null!), "id");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Every_builder_method_rejects_a_blank_branch_name(string blank)
    {
        // Each call is otherwise valid: without the check the child would silently get the id "parent/".
        Reject.Rule<ArgumentException>(() => DecisionTree.FromDecision("d", d => d.Decision(blank, 0, x => x.Terminal("a", 1))), "name");
        Reject.Rule<ArgumentException>(() => DecisionTree.FromDecision("d", d => d.Chance(blank, 0, c => c.Terminal("a", 1, 1))), "name");
        Reject.Rule<ArgumentException>(() => DecisionTree.FromChance("c", c => c.Decision(blank, 1, x => x.Terminal("a", 1))), "name");
        Reject.Rule<ArgumentException>(() => DecisionTree.FromChance("c", c => c.Chance(blank, 1, x => x.Terminal("a", 1, 1))), "name");
        Reject.Rule<ArgumentException>(() => DecisionTree.FromChance("c", c => c.Terminal(blank, 1, 5)), "name");
    }

    [Fact]
    public void Every_builder_method_rejects_a_null_branch_name()
    {
        Reject.Rule<ArgumentNullException>(() => DecisionTree.FromDecision("d", d => d.Decision(null!, 0, x => x.Terminal("a", 1))), "name");
        Reject.Rule<ArgumentNullException>(() => DecisionTree.FromChance("c", c => c.Decision(null!, 1, x => x.Terminal("a", 1))), "name");
        Reject.Rule<ArgumentNullException>(() => DecisionTree.FromChance("c", c => c.Chance(null!, 1, x => x.Terminal("a", 1, 1))), "name");
        Reject.Rule<ArgumentNullException>(() => DecisionTree.FromChance("c", c => c.Terminal(null!, 1, 5)), "name");
    }

    [Fact]
    public void Builder_methods_reject_a_null_nested_action()
    {
        Reject.Rule<ArgumentNullException>(() => DecisionTree.FromDecision("d", d => d.Decision("x", 0, null!)), "branches");
        Reject.Rule<ArgumentNullException>(() => DecisionTree.FromChance("c", c => c.Decision("x", 1, null!)), "branches");
        Reject.Rule<ArgumentNullException>(() => DecisionTree.FromChance("c", c => c.Chance("x", 1, null!)), "outcomes");
    }

    [Fact]
    public void Chance_outcome_followed_by_a_chance_node_gets_a_path_id()
    {
        // Documented: the child's id is the parent's id, "/", and the name.
        DecisionTree t = DecisionTree.FromChance("c", c => c.Chance("x", 1, x => x.Terminal("a", 1, 5)));
        Assert.Equal(["c", "c/x", "c/x/a"], t.Nodes.Select(n => n.Id));
        Assert.Equal("c/x", t["c/x/a"].ParentId);
    }

    // ---- RollBack: the tie rule ----

    [Fact]
    public void Tie_tolerance_is_relative_to_the_best_value()
    {
        // best = 1,000,000: tolerance = 1e-9 · max(1, 1e6) = 1e-3. B is 5e-4 below (tied), C is 2e-3 below (not tied).
        DecisionTree big = DecisionTree.Create(
        [
            DecisionTreeNode.Decision("d"),
            DecisionTreeNode.Terminal("A", "d", 1_000_000),
            DecisionTreeNode.Terminal("B", "d", 999_999.9995),
            DecisionTreeNode.Terminal("C", "d", 999_999.998),
        ]);
        DecisionTreeResult r = big.RollBack();
        Assert.Equal([true, true, false], r.Root.Alternatives.Select(a => a.IsTied));
        Assert.True(r.Root.HasTie);
        Assert.Equal("A", r.BestDecision);
        Assert.Single(r.Diagnostics);

        // best = 0.001 < 1: tolerance = 1e-9 · max(1, 0.001) = 1e-9 (not 1e-12). Y is 5e-10 below: tied.
        DecisionTree small = DecisionTree.Create(
        [
            DecisionTreeNode.Decision("d"),
            DecisionTreeNode.Terminal("X", "d", 0.001),
            DecisionTreeNode.Terminal("Y", "d", 0.001 - 5e-10),
        ]);
        Assert.Equal([true, true], small.RollBack().Root.Alternatives.Select(a => a.IsTied));
    }

    [Fact]
    public void A_branch_exactly_at_the_tie_tolerance_is_tied()
    {
        // best = 0, tolerance = 1e-9 · max(1, 0) = 1e-9; |−1e-9 − 0| = 1e-9 exactly ("within" includes the bound);
        // |−2e-9 − 0| = 2e-9 is beyond it.
        DecisionTree t = DecisionTree.Create(
        [
            DecisionTreeNode.Decision("d"),
            DecisionTreeNode.Terminal("zero", "d", 0),
            DecisionTreeNode.Terminal("at", "d", -1e-9),
            DecisionTreeNode.Terminal("beyond", "d", -2e-9),
        ]);
        DecisionTreeResult r = t.RollBack();
        Assert.Equal([true, true, false], r.Root.Alternatives.Select(a => a.IsTied));
        Assert.Equal("zero", r.BestDecision);
    }

    [Fact]
    public void The_first_tied_branch_is_chosen_even_when_it_is_the_first_node_of_the_input()
    {
        // The root comes last in the input, so branch a is node 0. a and b both pay 5: the first in input order, a.
        DecisionTree t = DecisionTree.Create([DecisionTreeNode.Terminal("a", "d", 5), DecisionTreeNode.Terminal("b", "d", 5), DecisionTreeNode.Decision("d")]);
        DecisionTreeResult r = t.RollBack();
        Assert.Equal("a", r.BestDecision);
        Assert.Equal("a", r["d"].ChosenBranchId);
        Assert.Equal([true, false], r.Root.Alternatives.Select(a => a.IsChosen));
        Assert.Equal([true, true], r.Root.Alternatives.Select(a => a.IsTied));
        Assert.True(r["a"].IsOnOptimalPolicy);
        Assert.False(r["b"].IsOnOptimalPolicy);
    }

    [Fact]
    public void A_best_branch_that_is_node_0_is_reported_as_chosen()
    {
        // a (node 0) pays 7, b pays 5: a is chosen, no tie.
        DecisionTreeResult r = DecisionTree.Create([DecisionTreeNode.Terminal("a", "d", 7), DecisionTreeNode.Terminal("b", "d", 5), DecisionTreeNode.Decision("d")]).RollBack();
        Assert.Equal("a", r.BestDecision);
        Assert.Equal(7, r.ExpectedValue);
        Assert.False(r.Root.HasTie);
    }

    [Fact]
    public void HasTie_is_false_when_only_the_chosen_branch_is_best()
    {
        // a 10, b 20: only b is within the tolerance of the best (20); one tied alternative is not a tie.
        DecisionTreeResult r = DecisionTree.FromDecision("d", d => d.Terminal("a", 10).Terminal("b", 20)).RollBack();
        Assert.False(r.Root.HasTie);
        Assert.Equal([false, true], r.Root.Alternatives.Select(a => a.IsTied));
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void RollBack_overflow_names_the_node()
    {
        // Branch a = MaxValue + MaxValue = +∞, so the decision d overflows.
        DecisionTree t = DecisionTree.FromDecision("d", d => d.Terminal("a", double.MaxValue, double.MaxValue));
        OverflowException e = Assert.Throws<OverflowException>(() => t.RollBack());
        Assert.Contains("The expected value of node 'd' overflows (Infinity); rescale the amounts.", e.Message, StringComparison.Ordinal);
    }

    // ---- ToString ----

    [Fact]
    public void Alternative_ToString_shows_id_value_and_chosen_or_tied()
    {
        // a 10; b 20 and c 20 tie at the best, b (first) is chosen.
        DecisionTreeResult r = DecisionTree.FromDecision("d", d => d.Terminal("a", 10).Terminal("b", 20).Terminal("c", 20)).RollBack();
        Assert.Equal(["d/a: 10", "d/b: 20 (chosen)", "d/c: 20 (tied)"], r.Root.Alternatives.Select(a => a.ToString()));
    }

    [Fact]
    public void Node_ToString_shows_kind_id_parent_probability_branch_and_payoff()
    {
        Assert.Equal("Decision 'd'", DecisionTreeNode.Decision("d").ToString());
        Assert.Equal("Chance 'c' under 'd', branch 5", DecisionTreeNode.Chance("c", "d", null, 5).ToString());
        Assert.Equal("Terminal 't' under 'c', p = 0.5, payoff 7", DecisionTreeNode.Terminal("t", "c", 7, 0.5).ToString());
        Assert.Equal("Terminal 'u' under 'c', p = 0.25, branch 3, payoff 0", DecisionTreeNode.Terminal("u", "c", 0, 0.25, 3).ToString());
    }

    // ---- EVPI: messages ----

    [Fact]
    public void EVPI_needs_a_decision_at_the_root()
    {
        DecisionTree chanceRoot = DecisionTree.FromChance("c", c => c.Terminal("a", 1, 1));
        Assert.Contains(
            "EVPI needs a decision at the root; 'c' is a Chance node.",
            Assert.Throws<InvalidOperationException>(() => chanceRoot.ExpectedValueOfPerfectInformation()).Message,
            StringComparison.Ordinal);

        // A chance root whose branches are chance nodes with terminal outcomes: still no decision to value.
        DecisionTree chanceOfChances = DecisionTree.FromChance("r", r => r
            .Chance("x", 0.5, x => x.Terminal("a", 0.5, 1).Terminal("b", 0.5, 2))
            .Chance("y", 0.5, y => y.Terminal("a", 0.5, 3).Terminal("b", 0.5, 4)));
        Assert.Contains(
            "EVPI needs a decision at the root; 'r' is a Chance node.",
            Assert.Throws<InvalidOperationException>(() => chanceOfChances.ExpectedValueOfPerfectInformation()).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void EVPI_rejects_a_decision_as_an_alternative_with_the_reason()
    {
        DecisionTree t = DecisionTree.FromDecision("d", d => d.Decision("x", 0, x => x.Terminal("a", 1)).Chance("y", 0, y => y.Terminal("s", 1, 1)));
        Assert.Contains(
            "EVPI needs each alternative to lead to a chance node or a terminal; 'd/x' is a decision.",
            Assert.Throws<InvalidOperationException>(() => t.ExpectedValueOfPerfectInformation()).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void EVPI_rejects_a_non_terminal_outcome_with_the_reason()
    {
        DecisionTree t = DecisionTree.FromDecision("d", d => d.Chance("x", 0, x => x.Chance("y", 1, y => y.Terminal("a", 1, 1))));
        Assert.Contains(
            "EVPI needs every outcome of 'd/x' to be terminal; 'd/x/y' is a Chance node.",
            Assert.Throws<InvalidOperationException>(() => t.ExpectedValueOfPerfectInformation()).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void EVPI_without_any_chance_alternative_says_so()
    {
        DecisionTree t = DecisionTree.FromDecision("d", d => d.Terminal("a", 1).Terminal("b", 2));
        Assert.Contains(
            "EVPI needs at least one alternative of 'd' to lead to a chance node.",
            Assert.Throws<InvalidOperationException>(() => t.ExpectedValueOfPerfectInformation()).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void EVPI_rejects_states_that_differ_in_one_position_and_lists_both()
    {
        // The first state (0.2) agrees; the second and third differ: not the same states.
        DecisionTree t = DecisionTree.FromDecision("d", d => d
            .Chance("x", 0, x => x.Terminal("s1", 0.2, 1).Terminal("s2", 0.3, 2).Terminal("s3", 0.5, 3))
            .Chance("y", 0, y => y.Terminal("s1", 0.2, 1).Terminal("s2", 0.4, 2).Terminal("s3", 0.4, 3)));
        Assert.Contains(
            "EVPI needs every chance node to list the same states with the same probabilities, in the same order; 'd/y' has (0.2, 0.4, 0.4) but an earlier alternative has (0.2, 0.3, 0.5).",
            Assert.Throws<InvalidOperationException>(() => t.ExpectedValueOfPerfectInformation()).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void EVPI_state_probabilities_that_differ_by_exactly_the_tolerance_are_the_same_states()
    {
        // x: (0, 2e-9, 1 − 2e-9), y: (1e-9, 1e-9, 1 − 2e-9). 2e-9 = 2·1e-9 exactly in binary, so the differences are
        // exactly 1e-9 = ProbabilityTolerance, 1e-9 and 0: within the tolerance, accepted. x pays 10 and y 20 in every
        // state, so y is best everywhere: EMV ≈ 20·Σp ≈ 20, EVwPI = EMV, EVPI = 0.
        DecisionTree t = DecisionTree.FromDecision("d", d => d
            .Chance("x", 0, x => x.Terminal("s1", 0, 10).Terminal("s2", 2e-9, 10).Terminal("s3", 1 - 2e-9, 10))
            .Chance("y", 0, y => y.Terminal("s1", 1e-9, 20).Terminal("s2", 1e-9, 20).Terminal("s3", 1 - 2e-9, 20)));
        PerfectInformationResult pi = t.ExpectedValueOfPerfectInformation();
        Assert.Equal([0.0, 2e-9, 1 - 2e-9], pi.StateProbabilities.ToArray());
        Assert.Equal(["d/y", "d/y", "d/y"], pi.BestAlternativePerState.ToArray());
        Assert.Equal(20, pi.ExpectedValueWithoutInformation, 12);
        Assert.Equal(0, pi.Value, 12);

        // Beyond the tolerance: (0, 1) against (2e-9, 1 − 2e-9) differ by 2e-9.
        DecisionTree apart = DecisionTree.FromDecision("d", d => d
            .Chance("x", 0, x => x.Terminal("s1", 0, 10).Terminal("s2", 1, 10))
            .Chance("y", 0, y => y.Terminal("s1", 2e-9, 20).Terminal("s2", 1 - 2e-9, 20)));
        Assert.Throws<InvalidOperationException>(() => apart.ExpectedValueOfPerfectInformation());
    }

    // ---- EVPI: values ----

    [Fact]
    public void EVPI_path_values_include_the_outcome_branch_values()
    {
        // V(a, s) = alternative branch + outcome branch + payoff.
        // drill (−100): oil 0.25 → +50 then 750: −100 + 50 + 750 = 700; dry 0.75 → −20 then 10: −100 − 20 + 10 = −110.
        // sell: sure 90. EMV(drill) = 0.25·700 + 0.75·(−110) = 175 − 82.5 = 92.5 > 90: EMV = 92.5.
        // EVwPI = 0.25·max(700, 90) + 0.75·max(−110, 90) = 175 + 67.5 = 242.5; EVPI = 242.5 − 92.5 = 150.
        DecisionTree t = DecisionTree.FromDecision("land", d => d
            .Chance("drill", -100, c => c.Terminal("oil", 0.25, 750, 50).Terminal("dry", 0.75, 10, -20))
            .Terminal("sell", 90));
        PerfectInformationResult pi = t.ExpectedValueOfPerfectInformation();
        Assert.Equal(92.5, pi.ExpectedValueWithoutInformation, 12);
        Assert.Equal(242.5, pi.ExpectedValueWithPerfectInformation, 12);
        Assert.Equal(150, pi.Value, 12);
        Assert.Equal([700.0, 90.0], pi.BestValuePerState.ToArray());
        Assert.Equal(["land/drill", "land/sell"], pi.BestAlternativePerState.ToArray());

        // Roll-back agrees: −100 + 0.25·(50 + 750) + 0.75·(−20 + 10) = −100 + 200 − 7.5 = 92.5.
        Assert.Equal(92.5, t.RollBack().ExpectedValue, 12);
    }

    [Fact]
    public void EVPI_does_not_depend_on_where_the_root_is_in_the_input()
    {
        // The textbook drill example (EMV 100, EVwPI 242.5, EVPI 142.5; see DecisionTreeTests) with the root listed
        // fourth, so its branches do not start at position 0 of the child list.
        DecisionTree t = DecisionTree.Create(
        [
            DecisionTreeNode.Chance("drill", "land", null, -100),
            DecisionTreeNode.Terminal("oil", "drill", 800, 0.25),
            DecisionTreeNode.Terminal("dry", "drill", 0, 0.75),
            DecisionTreeNode.Decision("land"),
            DecisionTreeNode.Terminal("sell", "land", 90),
        ]);
        PerfectInformationResult pi = t.ExpectedValueOfPerfectInformation();
        Assert.Equal(100, pi.ExpectedValueWithoutInformation, 12);
        Assert.Equal(242.5, pi.ExpectedValueWithPerfectInformation, 12);
        Assert.Equal(142.5, pi.Value, 12);
        Assert.Equal(["drill", "sell"], pi.BestAlternativePerState.ToArray());
        Assert.Equal(pi.Value, Drill().ExpectedValueOfPerfectInformation().Value, 12);
    }

    [Fact]
    public void EVPI_ties_in_a_state_go_to_the_first_alternative_for_both_objectives()
    {
        // x: state 1 → 10, state 2 → 0 (p = 0.5 each); y: sure 10. State 1 ties at 10 in both objectives.
        DecisionTree t = DecisionTree.FromDecision("d", d => d
            .Chance("x", 0, x => x.Terminal("s1", 0.5, 10).Terminal("s2", 0.5, 0))
            .Terminal("y", 10));

        // Maximise: state 1 tie → x (first); state 2: max(0, 10) → y. EMV = max(5, 10) = 10; EVwPI = 5 + 5 = 10.
        PerfectInformationResult max = t.ExpectedValueOfPerfectInformation();
        Assert.Equal(["d/x", "d/y"], max.BestAlternativePerState.ToArray());
        Assert.Equal([10.0, 10.0], max.BestValuePerState.ToArray());
        Assert.Equal(10, max.ExpectedValueWithoutInformation, 12);
        Assert.Equal(0, max.Value, 12);

        // Minimise: state 1 tie → x (first); state 2: min(0, 10) → x. EMV = min(5, 10) = 5; EVwPI = 5 + 0 = 5.
        PerfectInformationResult min = t.ExpectedValueOfPerfectInformation(DecisionObjective.MinimizeCost);
        Assert.Equal(["d/x", "d/x"], min.BestAlternativePerState.ToArray());
        Assert.Equal([10.0, 0.0], min.BestValuePerState.ToArray());
        Assert.Equal(5, min.ExpectedValueWithoutInformation, 12);
        Assert.Equal(0, min.Value, 12);
    }

    [Fact]
    public void EVPI_overflow_of_an_alternative_names_it_and_the_state()
    {
        // Both paths are MaxValue (finite), but with p = (0.5, 0.5 + 5e-10) (sum within the 1e-9 tolerance) the
        // expected value 0.5·Max + (0.5 + 5e-10)·Max ≈ Max·(1 + 5e-10) exceeds MaxValue in state 2.
        DecisionTree t = DecisionTree.FromDecision("d", d => d
            .Chance("x", 0, x => x.Terminal("s1", 0.5, double.MaxValue).Terminal("s2", 0.5 + 5e-10, double.MaxValue)));
        OverflowException e = Assert.Throws<OverflowException>(() => t.ExpectedValueOfPerfectInformation());
        Assert.Contains("The value of alternative 'd/x' in state 2 overflows", e.Message, StringComparison.Ordinal);
        Assert.Contains("rescale the amounts", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EVPI_that_overflows_while_EVwPI_is_finite_is_reported()
    {
        // Four states of p = 0.25; alternative k pays X = 1.5e308 in state k and −X elsewhere.
        // Each alternative: 0.25·X − 0.75·X = −0.5·X = −7.5e307, so EMV = −7.5e307 (all finite).
        // EVwPI = Σ 0.25·X = X = 1.5e308 (finite); EVPI = X + 0.5·X = 2.25e308 > MaxValue ≈ 1.798e308: overflows.
        const double X = 1.5e308;
        DecisionTree t = DecisionTree.FromDecision("d", d =>
        {
            for (int k = 1; k <= 4; k++)
            {
                int win = k;
                d.Chance($"a{k}", 0, c =>
                {
                    for (int s = 1; s <= 4; s++)
                    {
                        c.Terminal($"s{s}", 0.25, s == win ? X : -X);
                    }
                });
            }
        });
        OverflowException e = Assert.Throws<OverflowException>(() => t.ExpectedValueOfPerfectInformation());
        Assert.Contains("The expected value with perfect information (", e.Message, StringComparison.Ordinal);
        Assert.Contains("or the EVPI (Infinity) overflows; rescale the amounts.", e.Message, StringComparison.Ordinal);
    }
}
