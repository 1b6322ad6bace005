using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.DecisionTrees;

/// <summary>Layer 2: FsCheck properties of roll-back on random trees (integer amounts, so no NaN or infinities).</summary>
public class DecisionTreeProperties
{
    /// <summary>Random trees: node i's parent is a random earlier node; inner nodes are decisions or chances, leaves terminal.</summary>
    private static readonly Gen<RandomTree> Trees =
        Gen.Choose(1, 50).SelectMany(n =>
            Gen.Choose(0, 10_000).ArrayOf(n).SelectMany(parents =>
                Gen.Choose(-1000, 1000).ArrayOf(n).SelectMany(payoffs =>
                    Gen.Choose(-100, 100).ArrayOf(n).SelectMany(branches =>
                        Gen.Choose(0, 10).ArrayOf(n).SelectMany(weights =>
                            Gen.Elements(true, false).ArrayOf(n).Select(isChance => new RandomTree(parents, payoffs, branches, weights, isChance)))))));

    [Fact]
    public void A_chance_node_lies_between_its_smallest_and_largest_branch_value() =>
        Prop.ForAll(Trees.ToArbitrary(), t =>
        {
            DecisionTreeResult r = t.Build(0).RollBack();
            return r.Nodes.Where(n => n.Kind == DecisionNodeKind.Chance).All(n =>
            {
                double[] values = [.. r.Nodes.Where(c => c.ParentId == n.Id).Select(c => c.BranchExpectedValue)];
                double slack = 1e-9 * Math.Max(1, values.Max(Math.Abs));
                return n.ExpectedValue >= values.Min() - slack && n.ExpectedValue <= values.Max() + slack;
            });
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Adding_a_constant_to_every_payoff_shifts_every_EMV_by_it() =>
        Prop.ForAll(Trees.ToArbitrary(), Gen.Choose(-5000, 5000).ToArbitrary(), (t, shift) =>
        {
            DecisionTreeResult a = t.Build(0).RollBack();
            DecisionTreeResult b = t.Build(shift).RollBack();
            return a.Nodes.Zip(b.Nodes).All(p => Math.Abs(p.Second.ExpectedValue - p.First.ExpectedValue - shift) <= 1e-9 * Math.Max(1, Math.Abs(p.Second.ExpectedValue)));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_decision_equals_the_best_of_its_alternatives() =>
        Prop.ForAll(Trees.ToArbitrary(), Gen.Elements(DecisionObjective.MaximizePayoff, DecisionObjective.MinimizeCost).ToArbitrary(), (t, objective) =>
        {
            DecisionTreeResult r = t.Build(0).RollBack(objective);
            return r.Nodes.Where(n => n.Kind == DecisionNodeKind.Decision).All(n =>
            {
                double best = objective == DecisionObjective.MaximizePayoff ? n.Alternatives.Max(a => a.ExpectedValue) : n.Alternatives.Min(a => a.ExpectedValue);
                DecisionAlternative chosen = n.Alternatives.Single(a => a.IsChosen);
                return n.ExpectedValue == best && chosen.BranchId == n.ChosenBranchId && n.Alternatives.First(a => a.IsTied) == chosen
                    && n.Alternatives.All(a => a.ExpectedValue == r[a.BranchId].BranchExpectedValue);
            });
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_100000_deep_chain_works()
    {
        const int n = 100_000;
        var nodes = new DecisionTreeNode[n];
        nodes[0] = DecisionTreeNode.Decision("0");
        for (int i = 1; i < n - 1; i++)
        {
            string id = i.ToString(CultureInfo.InvariantCulture);
            string parent = (i - 1).ToString(CultureInfo.InvariantCulture);
            // Even: decision (under a chance node, so probability 1); odd: chance (under a decision). Each branch costs 1.
            nodes[i] = i % 2 == 0
                ? DecisionTreeNode.Decision(id, parent, 1.0, -1)
                : DecisionTreeNode.Chance(id, parent, null, -1);
        }

        // The terminal's parent n − 2 is even, a decision. EMV = 1,000,000 − (n − 1) branch costs.
        nodes[n - 1] = DecisionTreeNode.Terminal((n - 1).ToString(CultureInfo.InvariantCulture), (n - 2).ToString(CultureInfo.InvariantCulture), 1_000_000, null, -1);
        DecisionTree tree = DecisionTree.Create(nodes);
        DecisionTreeResult r = tree.RollBack();
        Assert.Equal(1_000_000 - (n - 1), r.ExpectedValue);
        Assert.Equal(n / 2, r.OptimalPolicy.Length);
        Assert.Equal(n - 1, r[(n - 1).ToString(CultureInfo.InvariantCulture)].Depth);
        Assert.True(r[(n - 1).ToString(CultureInfo.InvariantCulture)].IsOnOptimalPolicy);
    }

    public sealed record RandomTree(int[] Parents, int[] Payoffs, int[] Branches, int[] Weights, bool[] IsChance)
    {
        public DecisionTree Build(int shift)
        {
            int n = Parents.Length;
            int[] parent = new int[n];
            parent[0] = -1;
            var children = new List<int>[n];
            for (int i = 0; i < n; i++)
            {
                children[i] = [];
            }

            for (int i = 1; i < n; i++)
            {
                parent[i] = Parents[i] % i;
                children[parent[i]].Add(i);
            }

            // Probabilities of each chance node's children: weights / their sum (a zero sum becomes all on the first child).
            double?[] probability = new double?[n];
            bool[] chance = new bool[n];
            for (int i = 0; i < n; i++)
            {
                chance[i] = children[i].Count > 0 && IsChance[i];
                if (chance[i])
                {
                    int total = children[i].Sum(c => Weights[c]);
                    foreach (int c in children[i])
                    {
                        probability[c] = total == 0 ? (c == children[i][0] ? 1.0 : 0.0) : Weights[c] / (double)total;
                    }
                }
            }

            var nodes = new DecisionTreeNode[n];
            for (int i = 0; i < n; i++)
            {
                string id = i.ToString(CultureInfo.InvariantCulture);
                string? p = i == 0 ? null : parent[i].ToString(CultureInfo.InvariantCulture);
                double b = i == 0 ? 0 : Branches[i];
                nodes[i] = children[i].Count == 0
                    ? DecisionTreeNode.Terminal(id, p, Payoffs[i] + shift, probability[i], b)
                    : chance[i] ? DecisionTreeNode.Chance(id, p, probability[i], b) : DecisionTreeNode.Decision(id, p, probability[i], b);
            }

            return DecisionTree.Create(nodes);
        }
    }
}
