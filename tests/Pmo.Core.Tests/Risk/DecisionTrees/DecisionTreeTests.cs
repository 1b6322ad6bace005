using Pmo.Core.Common;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.DecisionTrees;

/// <summary>Hand-derived examples: each expected value is worked out in the comment beside it.</summary>
public class DecisionTreeTests
{
    [Fact]
    public void Fluent_builder_gives_path_ids_and_explains_every_decision()
    {
        DecisionTree plant = DecisionTree.FromDecision("plant", d => d
            .Chance("build", -120, c => c.Terminal("strong", 0.6, 200).Terminal("weak", 0.4, 90))
            .Chance("upgrade", -50, c => c.Terminal("strong", 0.6, 120).Terminal("weak", 0.4, 60)));
        DecisionTreeResult r = plant.RollBack();

        // build: 0.6·200 + 0.4·90 = 156, less 120 = 36; upgrade: 0.6·120 + 0.4·60 = 96, less 50 = 46.
        Assert.Equal(46, r.ExpectedValue, 12);
        Assert.Equal("plant/upgrade", r.BestDecision);
        Assert.Equal(156, r["plant/build"].ExpectedValue, 12);
        Assert.Equal(36, r["plant/build"].BranchExpectedValue, 12);
        Assert.Equal(-30, r["plant/build/weak"].PathValue, 12);
        Assert.Equal(0.4, r["plant/upgrade/weak"].ReachProbability, 15);
        Assert.Collection(
            r.Root.Alternatives,
            a => { Assert.Equal("plant/build", a.BranchId); Assert.Equal(-120, a.BranchValue); Assert.Equal(36, a.ExpectedValue, 12); Assert.False(a.IsChosen); },
            a => { Assert.Equal("plant/upgrade", a.BranchId); Assert.Equal(46, a.ExpectedValue, 12); Assert.True(a.IsChosen); });
        Assert.Equal(["plant"], r.OptimalPolicy.Select(n => n.Id));
        Assert.False(r["plant/build/strong"].IsOnOptimalPolicy);
        Assert.True(r["plant/upgrade/strong"].IsOnOptimalPolicy);
        Assert.Empty(r.Diagnostics);
        Assert.Equal(DecisionObjective.MaximizePayoff, r.Objective);
    }

    [Fact]
    public void Minimise_cost_chooses_the_cheapest_expected_branch()
    {
        // Repair: 100 + (0.2·300 + 0.8·0) = 160. Replace: 150 + (0.05·300 + 0.95·0) = 165. Outsource: sure 170.
        DecisionTree t = DecisionTree.FromDecision("fix", d => d
            .Chance("repair", 100, c => c.Terminal("fails", 0.2, 300).Terminal("holds", 0.8, 0))
            .Chance("replace", 150, c => c.Terminal("fails", 0.05, 300).Terminal("holds", 0.95, 0))
            .Terminal("outsource", 170));
        DecisionTreeResult cost = t.RollBack(DecisionObjective.MinimizeCost);
        Assert.Equal(160, cost.ExpectedValue, 12);
        Assert.Equal("fix/repair", cost.BestDecision);
        Assert.Equal(DecisionObjective.MinimizeCost, cost.Objective);

        // The same numbers read as payoffs pick the largest.
        DecisionTreeResult payoff = t.RollBack();
        Assert.Equal(170, payoff.ExpectedValue, 12);
        Assert.Equal("fix/outsource", payoff.BestDecision);
    }

    [Fact]
    public void Nested_decisions_roll_back_from_the_leaves()
    {
        // Test (cost 10): favourable 0.4 → decide: launch (0.8·100 + 0.2·(−50) = 70) or stop 0 → 70;
        //                 unfavourable 0.6 → decide: launch (0.2·100 + 0.8·(−50) = −20) or stop 0 → 0.
        //   EMV(test) = 0.4·70 + 0.6·0 − 10 = 18.
        // No test: launch (0.44·100 + 0.56·(−50) = 16) or stop 0 → 16. Best: test, EMV 18.
        DecisionTree t = DecisionTree.FromDecision("d", d => d
            .Chance("test", -10, c => c
                .Decision("fav", 0.4, f => f
                    .Chance("launch", 0, o => o.Terminal("hit", 0.8, 100).Terminal("miss", 0.2, -50))
                    .Terminal("stop", 0))
                .Decision("unf", 0.6, u => u
                    .Chance("launch", 0, o => o.Terminal("hit", 0.2, 100).Terminal("miss", 0.8, -50))
                    .Terminal("stop", 0)))
            .Decision("notest", 0, n => n
                .Chance("launch", 0, o => o.Terminal("hit", 0.44, 100).Terminal("miss", 0.56, -50))
                .Terminal("stop", 0)));
        DecisionTreeResult r = t.RollBack();
        Assert.Equal(18, r.ExpectedValue, 12);
        Assert.Equal("d/test", r.BestDecision);
        Assert.Equal("d/test/fav/launch", r["d/test/fav"].ChosenBranchId);
        Assert.Equal("d/test/unf/stop", r["d/test/unf"].ChosenBranchId);
        Assert.Equal("d/notest/launch", r["d/notest"].ChosenBranchId);
        Assert.Equal(16, r["d/notest"].ExpectedValue, 12);
        // The policy lists the decisions reached by following the choices: d, then both test outcomes' decisions.
        Assert.Equal(["d", "d/test/fav", "d/test/unf"], r.OptimalPolicy.Select(n => n.Id));
        Assert.False(r["d/notest"].IsOnOptimalPolicy);
        Assert.Equal(0.4 * 0.8, r["d/test/fav/launch/hit"].ReachProbability, 15);
        Assert.Equal(90, r["d/test/fav/launch/hit"].PathValue, 12); // −10 + 0 + 0 + 100
        Assert.Equal(4, r["d/test/fav/launch/hit"].Depth);
    }

    [Fact]
    public void Ties_choose_the_first_in_input_order_and_are_reported()
    {
        // A: 0.5·10 + 0.5·30 = 20; B: sure 20; C: 0.1 + 0.2 − 0.3 + 20 ≈ 20 (within the tie tolerance); D: 19.
        DecisionTree t = DecisionTree.Create(
        [
            DecisionTreeNode.Decision("root"),
            DecisionTreeNode.Chance("A", "root"),
            DecisionTreeNode.Terminal("A1", "A", 10, 0.5),
            DecisionTreeNode.Terminal("A2", "A", 30, 0.5),
            DecisionTreeNode.Terminal("B", "root", 20),
            DecisionTreeNode.Terminal("C", "root", 0.1 + 0.2 - 0.3 + 20),
            DecisionTreeNode.Terminal("D", "root", 19),
        ]);
        DecisionTreeResult r = t.RollBack();
        Assert.Equal("A", r.BestDecision);
        Assert.True(r.Root.HasTie);
        Assert.Equal(["A", "B", "C"], r.Root.Alternatives.Where(a => a.IsTied).Select(a => a.BranchId));
        Assert.Single(r.Root.Alternatives, a => a.IsChosen);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticKind.Information, d.Kind);
        Assert.Contains("'A', 'B', 'C'", d.Message, StringComparison.Ordinal);
        Assert.Contains("first in input order, 'A'", d.Message, StringComparison.Ordinal);

        // Reordering the input changes the choice, not the EMV.
        DecisionTree reordered = DecisionTree.Create(t.Nodes.Where(n => n.Id != "B").Prepend(t["B"]).OrderBy(n => n.ParentId is null ? 0 : 1));
        Assert.Equal("B", reordered.RollBack().BestDecision);
        Assert.Equal(r.ExpectedValue, reordered.RollBack().ExpectedValue);
    }

    [Fact]
    public void Branch_values_on_chance_outcomes_add_along_the_path()
    {
        // Chance root: 0.25 → outcome with a bonus of 8 then payoff 2 (10); 0.75 → penalty −4 then payoff 0 (−4).
        // EMV = 0.25·10 + 0.75·(−4) = −0.5.
        DecisionTree t = DecisionTree.FromChance("c", c => c.Terminal("up", 0.25, 2, 8).Terminal("down", 0.75, 0, -4));
        DecisionTreeResult r = t.RollBack();
        Assert.Equal(-0.5, r.ExpectedValue, 15);
        Assert.Null(r.BestDecision);
        Assert.Empty(r.OptimalPolicy);
        Assert.Equal(10, r["c/up"].PathValue);
        Assert.Empty(r["c"].Alternatives);
    }

    [Fact]
    public void A_single_terminal_is_a_tree()
    {
        DecisionTreeResult r = DecisionTree.Create([DecisionTreeNode.Terminal("only", null, 7)]).RollBack();
        Assert.Equal(7, r.ExpectedValue);
        Assert.Equal("only", r.Root.Id);
    }

    [Fact]
    public void EVPI_of_a_decision_then_one_chance_node()
    {
        // Drill: −100 along the branch, oil 0.25 → 800, dry 0.75 → 0: EMV = 0.25·700 + 0.75·(−100) = 100.
        // Sell: sure 90. EMV = 100 (drill).
        // Perfect information: oil → drill 700; dry → sell 90: EVwPI = 0.25·700 + 0.75·90 = 242.5; EVPI = 142.5.
        DecisionTree t = DecisionTree.FromDecision("land", d => d
            .Chance("drill", -100, c => c.Terminal("oil", 0.25, 800).Terminal("dry", 0.75, 0))
            .Terminal("sell", 90));
        Assert.Equal(100, t.RollBack().ExpectedValue, 12);
        PerfectInformationResult pi = t.ExpectedValueOfPerfectInformation();
        Assert.Equal(100, pi.ExpectedValueWithoutInformation, 12);
        Assert.Equal(242.5, pi.ExpectedValueWithPerfectInformation, 12);
        Assert.Equal(142.5, pi.Value, 12);
        Assert.Equal(["land/drill", "land/sell"], pi.BestAlternativePerState.ToArray());
        Assert.Equal([700.0, 90.0], pi.BestValuePerState.ToArray());
        Assert.Equal([0.25, 0.75], pi.StateProbabilities.ToArray());

        // Minimising cost: read the same numbers as costs. EMV = min(100, 90) = 90;
        // EVwPI = 0.25·min(700, 90) + 0.75·min(−100, 90) = 22.5 − 75 = −52.5; EVPI = 90 − (−52.5) = 142.5.
        PerfectInformationResult cost = t.ExpectedValueOfPerfectInformation(DecisionObjective.MinimizeCost);
        Assert.Equal(90, cost.ExpectedValueWithoutInformation, 12);
        Assert.Equal(-52.5, cost.ExpectedValueWithPerfectInformation, 12);
        Assert.Equal(142.5, cost.Value, 12);
    }

    [Fact]
    public void EVPI_rejects_other_shapes()
    {
        DecisionTree chanceRoot = DecisionTree.FromChance("c", c => c.Terminal("a", 1, 1));
        Assert.Throws<InvalidOperationException>(() => chanceRoot.ExpectedValueOfPerfectInformation());
        DecisionTree noChance = DecisionTree.FromDecision("d", d => d.Terminal("a", 1).Terminal("b", 2));
        Assert.Throws<InvalidOperationException>(() => noChance.ExpectedValueOfPerfectInformation());
        DecisionTree nestedDecision = DecisionTree.FromDecision("d", d => d.Decision("x", 0, x => x.Terminal("a", 1)));
        Assert.Throws<InvalidOperationException>(() => nestedDecision.ExpectedValueOfPerfectInformation());
        DecisionTree deeper = DecisionTree.FromDecision("d", d => d.Chance("x", 0, x => x.Chance("y", 1, y => y.Terminal("a", 1, 1))));
        Assert.Throws<InvalidOperationException>(() => deeper.ExpectedValueOfPerfectInformation());
        DecisionTree differentStates = DecisionTree.FromDecision("d", d => d
            .Chance("x", 0, x => x.Terminal("a", 0.5, 1).Terminal("b", 0.5, 2))
            .Chance("y", 0, y => y.Terminal("a", 0.4, 1).Terminal("b", 0.6, 2)));
        Assert.Throws<InvalidOperationException>(() => differentStates.ExpectedValueOfPerfectInformation());
    }

    [Fact]
    public void Lookup_of_an_unknown_id_throws()
    {
        DecisionTree t = DecisionTree.FromDecision("d", d => d.Terminal("a", 1));
        Assert.Throws<KeyNotFoundException>(() => t["nope"]);
        Assert.Throws<KeyNotFoundException>(() => t.RollBack()["nope"]);
        Assert.Equal("d", t.Root.Id);
        Assert.Equal("d/a", t["d/a"].Id);
    }

    [Fact]
    public void Amounts_that_overflow_are_reported()
    {
        DecisionTree t = DecisionTree.FromDecision("d", d => d.Terminal("a", double.MaxValue, double.MaxValue));
        Assert.Throws<OverflowException>(() => t.RollBack());
    }
}
