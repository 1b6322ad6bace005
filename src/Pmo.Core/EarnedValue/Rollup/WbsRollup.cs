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
/// elements. Source: ANSI/EIA-748 guideline 3 (summarisation through the WBS); PMI Practice Standard for EVM (2011).
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
        var index = new Dictionary<string, int>(count, StringComparer.Ordinal);
        int periods = 0;
        for (int i = 0; i < count; i++)
        {
            WbsElement e = elements[i] ?? throw new ArgumentNullException(nameof(elements), $"{nameof(elements)}[{i}] is null.");
            if (!index.TryAdd(e.Id, i))
            {
                throw new ArgumentException($"{nameof(elements)} contains the id '{e.Id}' more than once; ids must be unique.", nameof(elements));
            }

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

        int[] parent = new int[count];
        int[] childCount = new int[count];
        for (int i = 0; i < count; i++)
        {
            string? p = elements[i].ParentId;
            if (p is null)
            {
                parent[i] = -1;
            }
            else if (index.TryGetValue(p, out int pi))
            {
                parent[i] = pi;
                childCount[pi]++;
            }
            else
            {
                throw new ArgumentException($"{nameof(elements)}: the parent '{p}' of '{elements[i].Id}' is not in the tree.", nameof(elements));
            }
        }

        // Children in CSR form, then breadth-first order from the roots.
        int[] childStart = new int[count + 1];
        for (int i = 0; i < count; i++)
        {
            childStart[i + 1] = childStart[i] + childCount[i];
        }

        int[] fill = (int[])childStart.Clone();
        int[] children = new int[count];
        for (int i = 0; i < count; i++)
        {
            if (parent[i] >= 0)
            {
                children[fill[parent[i]]++] = i;
            }
        }

        int[] order = new int[count];
        int[] depth = new int[count];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < count; i++)
        {
            if (parent[i] < 0)
            {
                order[tail++] = i;
            }
        }

        while (head < tail)
        {
            int node = order[head++];
            for (int k = childStart[node]; k < childStart[node + 1]; k++)
            {
                int child = children[k];
                depth[child] = depth[node] + 1;
                order[tail++] = child;
            }
        }

        if (tail < count)
        {
            throw new ArgumentException($"{nameof(elements)} contains a cycle: {DescribeCycle(elements, parent, order, tail)}.", nameof(elements));
        }

        // Sums: cumulative curves with a leading zero, row per node.
        int width = periods + 1;
        double[] curves = new double[periods == 0 ? 0 : checked(count * width)];
        double[] ev = new double[count];
        double[] ac = new double[count];
        for (int i = 0; i < count; i++)
        {
            WbsElement e = elements[i];
            ev[i] = e.EarnedValue;
            ac[i] = e.ActualCost;
            if (e.PeriodPlannedValue.Length > 0)
            {
                Span<double> row = curves.AsSpan(i * width, width);
                double run = 0;
                for (int k = 0; k < periods; k++)
                {
                    run += e.PeriodPlannedValue[k];
                    row[k + 1] = run;
                }
            }
        }

        for (int o = count - 1; o >= 0; o--)
        {
            int node = order[o];
            int p = parent[node];
            if (p < 0)
            {
                continue;
            }

            ev[p] += ev[node];
            ac[p] += ac[node];
            if (periods > 0)
            {
                Add(curves.AsSpan(p * width, width), curves.AsSpan(node * width, width));
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
                SchedulePerformanceIndexTime = es is { } s && actualTime > 0 ? s / actualTime : null,
            });
        }

        return new WbsRollupResult(results.MoveToImmutable(), index);
    }

    private static void Add(Span<double> target, ReadOnlySpan<double> source)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            int w = Vector<double>.Count;
            for (; i <= target.Length - w; i += w)
            {
                (new Vector<double>(target[i..]) + new Vector<double>(source[i..])).CopyTo(target[i..]);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }

    private static string DescribeCycle(IReadOnlyList<WbsElement> elements, int[] parent, int[] order, int reached)
    {
        bool[] visited = new bool[elements.Count];
        for (int k = 0; k < reached; k++)
        {
            visited[order[k]] = true;
        }

        int start = Array.IndexOf(visited, false);
        var seen = new Dictionary<int, int>();
        var path = new List<int>();
        int node = start;
        while (!seen.ContainsKey(node))
        {
            seen[node] = path.Count;
            path.Add(node);
            node = parent[node];
        }

        IEnumerable<string> cycle = path.Skip(seen[node]).Select(i => elements[i].Id);
        return string.Join(" → ", cycle.Append(elements[node].Id));
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
