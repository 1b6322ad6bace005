using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

public class WbsRollupTests
{
    private static WbsElement Leaf(string id, string? parent, double[] pv, double ev, double ac) => new(id, parent, pv, ev, ac);

    private static WbsElement Summary(string id, string? parent) => new(id, parent, [], 0, 0);

    [Fact]
    public void Sums_up_the_tree_and_recomputes_ratios()
    {
        // 1 ─┬─ 1.1 (PV 10,20,30; EV 25; AC 20)
        //    └─ 1.2 ─── 1.2.1 (PV 0,40,40; EV 30; AC 40)
        WbsElement[] wbs =
        [
            Summary("1", null),
            Leaf("1.1", "1", [10, 20, 30], 25, 20),
            Summary("1.2", "1"),
            Leaf("1.2.1", "1.2", [0, 40, 40], 30, 40),
        ];
        WbsRollupResult r = WbsRollup.Compute(wbs, actualTime: 2);
        WbsNodeResult root = r["1"];
        Assert.Equal(140, root.BudgetAtCompletion);
        Assert.Equal(70, root.PlannedValue); // (10 + 20) + (0 + 40)
        Assert.Equal(55, root.EarnedValue);
        Assert.Equal(60, root.ActualCost);
        Assert.Equal(55.0 / 60.0, root.CostPerformanceIndex!.Value, 14);
        Assert.Equal(55.0 / 70.0, root.SchedulePerformanceIndex!.Value, 14);
        // Summed curve 0, 10, 70, 140: EV 55 → ES = 1 + 45/60 = 1.75; SPI(t) = 1.75 / 2.
        Assert.Equal(1.75, root.EarnedSchedule!.Value, 14);
        Assert.Equal(0.875, root.SchedulePerformanceIndexTime!.Value, 14);
        Assert.Equal(2, root.ChildCount);
        Assert.Equal(2, r["1.2.1"].Depth);
        Assert.Equal(80, r["1.2"].BudgetAtCompletion);
        Assert.Single(r.Roots);
    }

    [Fact]
    public void A_100000_deep_chain_does_not_overflow_the_stack()
    {
        const int n = 100_000;
        var wbs = new WbsElement[n];
        wbs[0] = Leaf("0", null, [1, 1], 1, 1);
        for (int i = 1; i < n; i++)
        {
            wbs[i] = Leaf(i.ToString(System.Globalization.CultureInfo.InvariantCulture), (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), [1, 1], 1, 1);
        }

        WbsRollupResult r = WbsRollup.Compute(wbs, 1);
        Assert.Equal(2.0 * n, r["0"].BudgetAtCompletion);
        Assert.Equal(n, r["0"].EarnedValue);
        Assert.Equal(n - 1, r[(n - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)].Depth);
    }

    [Fact]
    public void A_cycle_is_rejected_and_named()
    {
        WbsElement[] wbs = [Summary("R", null), Summary("A", "C"), Summary("B", "A"), Summary("C", "B")];
        var e = Assert.Throws<ArgumentException>(() => WbsRollup.Compute(wbs, 0));
        Assert.Equal("elements", e.ParamName);
        Assert.Contains("cycle", e.Message, StringComparison.Ordinal);
        Assert.Contains("A → C → B → A", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_rules()
    {
        Assert.Equal("elements", Assert.Throws<ArgumentNullException>(() => WbsRollup.Compute(null!, 0)).ParamName);
        Assert.Equal("actualTime", Assert.Throws<ArgumentOutOfRangeException>(() => WbsRollup.Compute([], double.NaN)).ParamName);
        Assert.Equal("actualTime", Assert.Throws<ArgumentOutOfRangeException>(() => WbsRollup.Compute([], -1)).ParamName);
        Assert.Equal("elements", Assert.Throws<ArgumentException>(() => WbsRollup.Compute([Summary("A", null), Summary("A", null)], 0)).ParamName);
        Assert.Equal("elements", Assert.Throws<ArgumentException>(() => WbsRollup.Compute([Summary("A", "X")], 0)).ParamName);
        Assert.Equal("elements", Assert.Throws<ArgumentException>(() => WbsRollup.Compute([Leaf("A", null, [1], 0, 0), Leaf("B", "A", [1, 2], 0, 0)], 0)).ParamName);
        Assert.Equal("elements", Assert.Throws<ArgumentNullException>(() => WbsRollup.Compute([null!], 0)).ParamName);
        Assert.Equal("parentId", Assert.Throws<ArgumentException>(() => new WbsElement("A", "A", [], 0, 0)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new WbsElement("", null, [], 0, 0)).ParamName);
        Assert.Equal("periodPlannedValue", Assert.Throws<ArgumentNullException>(() => new WbsElement("A", null, null!, 0, 0)).ParamName);
        Assert.Equal("periodPlannedValue", Assert.Throws<ArgumentOutOfRangeException>(() => new WbsElement("A", null, [-1], 0, 0)).ParamName);
        Assert.Equal("earnedValue", Assert.Throws<ArgumentOutOfRangeException>(() => new WbsElement("A", null, [], double.PositiveInfinity, 0)).ParamName);
        Assert.Equal("actualCost", Assert.Throws<ArgumentOutOfRangeException>(() => new WbsElement("A", null, [], 0, -0.5)).ParamName);
        Assert.Throws<KeyNotFoundException>(() => WbsRollup.Compute([Summary("A", null)], 0)["B"]);
    }

    [Fact]
    public void Roll_ups_are_additive_for_random_trees()
    {
        // Random forest: node i's parent is a random earlier node or none; every leaf-like node has its own values.
        Gen<(int[] Parents, int[] Pv, int[] Ev)> gen =
            Gen.Choose(1, 60).SelectMany(n =>
                Gen.Choose(-1, 1000).ArrayOf(n).SelectMany(parents =>
                    Gen.Choose(0, 100).ArrayOf(n * 3).SelectMany(pv =>
                        Gen.Choose(0, 500).ArrayOf(n).Select(ev => (parents, pv, ev)))));
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            int n = t.Parents.Length;
            var wbs = new WbsElement[n];
            for (int i = 0; i < n; i++)
            {
                string? parent = i == 0 || t.Parents[i] < 0 ? null : (t.Parents[i] % i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                wbs[i] = new WbsElement(i.ToString(System.Globalization.CultureInfo.InvariantCulture), parent, t.Pv.Skip(i * 3).Take(3).Select(x => (double)x), t.Ev[i], t.Ev[i] / 2.0);
            }

            WbsRollupResult r = WbsRollup.Compute(wbs, 1.5);
            double rootsBac = r.Roots.Sum(x => x.BudgetAtCompletion);
            double rootsEv = r.Roots.Sum(x => x.EarnedValue);
            double rootsAc = r.Roots.Sum(x => x.ActualCost);
            return rootsBac == t.Pv.Sum() && rootsEv == t.Ev.Sum() && rootsAc == t.Ev.Sum() / 2.0
                && r.Nodes.All(x => x.EarnedSchedule is null || (x.EarnedSchedule >= 0 && x.EarnedSchedule <= 3));
        }).QuickCheckThrowOnFailure();
    }
}
