using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Numerics;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// Rolls earned value up a work breakdown structure (or any tree): PV curves, EV, AC and BAC are summed bottom-up and
/// the ratios recomputed at every node from the sums; ES comes from each node's summed PV curve.
/// </summary>
/// <remarks>
/// Iterative (breadth-first order, then one reverse sweep), so a 100,000-node or a 100,000-deep tree works without
/// recursion. Cycles are rejected naming the cycle. Roll-ups are additive: the root's sums equal the sums over all
/// elements, computed with compensated (Neumaier 1974) summation so a node with a million children stays within a few
/// units of round-off of the exact sum. Source: ANSI/EIA-748 guideline 3 (summarisation through the WBS); PMI Practice Standard for EVM (2011).
/// </remarks>
public static class WbsRollup
{
    /// <summary>Rolls up a tree.</summary>
    /// <param name="elements">The elements: unique ids, every parent id present, no cycles; every non-empty PV series of one length.</param>
    /// <param name="actualTime">The status time AT in periods on the shared grid (see <see cref="TimePhasedBaseline.TimeAt"/>): finite, zero or positive.</param>
    /// <returns>The results, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="elements"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">Ids repeat, a parent is unknown, the tree has a cycle, or PV series lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actualTime"/> is NaN, infinite or negative.</exception>
    [Pure]
    public static WbsRollupResult Compute(IReadOnlyList<WbsElement> elements, double actualTime)
    {
        Guard.Against.Null(elements);
        Guard.Against.NotFiniteNonNegative(actualTime);
        int count = elements.Count;
        Forest forest = Forest.Build(elements, e => e.Id, e => e.ParentId, nameof(elements), "tree");
        int periods = 0;
        for (int i = 0; i < count; i++)
        {
            WbsElement e = elements[i];
            int len = e.PeriodPlannedValue.Length;
            if (len > 0)
            {
                if (periods == 0)
                {
                    periods = len;
                }
                else if (len != periods)
                {
                    throw new ArgumentException($"{nameof(elements)}: '{e.Id}' has {len} PV periods but others have {periods}; all elements share one period grid.", nameof(elements));
                }
            }
        }

        int[] parent = forest.Parent;
        int[] childCount = forest.ChildCount;
        int[] order = forest.Order;
        int[] depth = forest.Depth;
        Dictionary<string, int> index = forest.Index;

        // Sums: cumulative curves with a leading zero, row per node.
        int width = periods + 1;
        double[] curves = new double[periods == 0 ? 0 : checked(count * width)];
        double[] ev = new double[count];
        double[] ac = new double[count];

        // Neumaier compensations, folded into a node's sums once all its children have been added.
        double[] evComp = new double[count];
        double[] acComp = new double[count];
        double[] curvesComp = new double[curves.Length];
        for (int i = 0; i < count; i++)
        {
            WbsElement e = elements[i];
            ev[i] = e.EarnedValue;
            ac[i] = e.ActualCost;
            if (e.PeriodPlannedValue.Length > 0)
            {
                Span<double> row = curves.AsSpan(i * width, width);
                CompensatedSum run = default;
                for (int k = 0; k < periods; k++)
                {
                    run.Add(e.PeriodPlannedValue[k]);
                    row[k + 1] = run.Value;
                }
            }
        }

        for (int o = count - 1; o >= 0; o--)
        {
            int node = order[o];
            int p = parent[node];
            ev[node] += evComp[node];
            ac[node] += acComp[node];
            if (periods > 0 && childCount[node] > 0)
            {
                Fold(curves.AsSpan(node * width, width), curvesComp.AsSpan(node * width, width));
            }

            if (p < 0)
            {
                continue;
            }

            CompensatedSum.Add(ref ev[p], ref evComp[p], ev[node]);
            CompensatedSum.Add(ref ac[p], ref acComp[p], ac[node]);
            if (periods > 0)
            {
                Add(curves.AsSpan(p * width, width), curvesComp.AsSpan(p * width, width), curves.AsSpan(node * width, width));
            }
        }

        var results = ImmutableArray.CreateBuilder<WbsNodeResult>(count);
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<double> row = periods > 0 ? curves.AsSpan(i * width, width) : [0.0];
            double bac = row[^1];
            double pv = CumulativeCurves.ValueAtWithLeadingZero(row, actualTime);
            double? es = bac > 0 ? EarnedSchedule.Kernel(row, ev[i]) : null;
            results.Add(new WbsNodeResult
            {
                Id = elements[i].Id,
                ParentId = elements[i].ParentId,
                Depth = depth[i],
                ChildCount = childCount[i],
                BudgetAtCompletion = bac,
                PlannedValue = pv,
                EarnedValue = ev[i],
                ActualCost = ac[i],
                EarnedSchedule = es,
                SchedulePerformanceIndexTime = es is { } s && actualTime > 0 && double.IsFinite(s / actualTime) ? s / actualTime : null,
            });
        }

        return new WbsRollupResult(results.MoveToImmutable(), index);
    }

    /// <summary>Element-wise Neumaier step: target += source, with the rounding error carried in compensation.</summary>
    private static void Add(Span<double> target, Span<double> compensation, ReadOnlySpan<double> source)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            int w = Vector<double>.Count;
            for (; i <= target.Length - w; i += w)
            {
                var s = new Vector<double>(target[i..]);
                var x = new Vector<double>(source[i..]);
                Vector<double> t = s + x;
                Vector<double> c = Vector.ConditionalSelect(Vector.GreaterThanOrEqual(Vector.Abs(s), Vector.Abs(x)), (s - t) + x, (x - t) + s);
                t.CopyTo(target[i..]);
                (new Vector<double>(compensation[i..]) + c).CopyTo(compensation[i..]);
            }
        }

        for (; i < target.Length; i++)
        {
            CompensatedSum.Add(ref target[i], ref compensation[i], source[i]);
        }
    }

    private static void Fold(Span<double> target, ReadOnlySpan<double> compensation)
    {
        for (int i = 0; i < target.Length; i++)
        {
            target[i] += compensation[i];
        }
    }
}

/// <summary>The result of a <see cref="WbsRollup"/>: one rolled-up node per input element, in input order.</summary>
public sealed class WbsRollupResult
{
    private readonly Dictionary<string, int> index;

    internal WbsRollupResult(ImmutableArray<WbsNodeResult> nodes, Dictionary<string, int> index)
    {
        Nodes = nodes;
        this.index = index;
    }

    /// <summary>Gets the nodes in input order.</summary>
    public ImmutableArray<WbsNodeResult> Nodes { get; }

    /// <summary>Gets the roots (elements without a parent).</summary>
    public IEnumerable<WbsNodeResult> Roots => Nodes.Where(n => n.ParentId is null);

    /// <summary>Gets a node by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The node.</returns>
    /// <exception cref="KeyNotFoundException">No element has that id.</exception>
    public WbsNodeResult this[string id] => index.TryGetValue(id, out int i)
        ? Nodes[i]
        : throw new KeyNotFoundException($"No WBS element has the id '{id}'.");
}
