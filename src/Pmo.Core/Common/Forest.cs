namespace Pmo.Core.Common;

/// <summary>
/// A validated forest built from items that name their parent by id: ids unique, every parent present, no cycles.
/// Children are stored in compressed form and the nodes in breadth-first order (every parent before its children), so
/// callers roll values up or down iteratively, without recursion, however deep the tree. Shared by the WBS roll-up,
/// KPI hierarchies and decision trees.
/// </summary>
internal sealed class Forest
{
    private Forest(Dictionary<string, int> index, int[] parent, int[] childCount, int[] childStart, int[] children, int[] order, int[] depth, int rootCount)
    {
        Index = index;
        Parent = parent;
        ChildCount = childCount;
        ChildStart = childStart;
        Children = children;
        Order = order;
        Depth = depth;
        RootCount = rootCount;
    }

    /// <summary>Gets the position of each id in the input.</summary>
    public Dictionary<string, int> Index { get; }

    /// <summary>Gets each node's parent position, −1 for a root.</summary>
    public int[] Parent { get; }

    /// <summary>Gets each node's number of direct children.</summary>
    public int[] ChildCount { get; }

    /// <summary>Gets where each node's children start in <see cref="Children"/> (length n + 1).</summary>
    public int[] ChildStart { get; }

    /// <summary>Gets the children of every node, grouped by parent, in input order.</summary>
    public int[] Children { get; }

    /// <summary>Gets the breadth-first order from the roots (the roots first, in input order).</summary>
    public int[] Order { get; }

    /// <summary>Gets each node's depth (roots are 0).</summary>
    public int[] Depth { get; }

    /// <summary>Gets the number of roots.</summary>
    public int RootCount { get; }

    /// <summary>Builds and validates the forest.</summary>
    /// <param name="items">The items; a null item is an error.</param>
    /// <param name="id">The item's id.</param>
    /// <param name="parentId">The item's parent id, or null for a root.</param>
    /// <param name="paramName">The caller's parameter name, used in every error.</param>
    /// <param name="container">What the caller calls the whole ("tree", "hierarchy"), for the unknown-parent message.</param>
    /// <exception cref="ArgumentNullException">An item is null.</exception>
    /// <exception cref="ArgumentException">An id repeats, a parent is unknown, or the parents form a cycle (named).</exception>
    public static Forest Build<T>(IReadOnlyList<T> items, Func<T, string> id, Func<T, string?> parentId, string paramName, string container)
        where T : class
    {
        int count = items.Count;
        var index = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            T item = items[i] ?? throw new ArgumentNullException(paramName, $"{paramName}[{i}] is null.");
            if (!index.TryAdd(id(item), i))
            {
                throw new ArgumentException($"{paramName} contains the id '{id(item)}' more than once; ids must be unique.", paramName);
            }
        }

        int[] parent = new int[count];
        int[] childCount = new int[count];
        for (int i = 0; i < count; i++)
        {
            string? p = parentId(items[i]);
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
                throw new ArgumentException($"{paramName}: the parent '{p}' of '{id(items[i])}' is not in the {container}.", paramName);
            }
        }

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

        // Breadth-first order from the roots; nodes never reached lie on a cycle or hang below one.
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

        int roots = tail;
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
            throw new ArgumentException($"{paramName} contains a cycle: {DescribeCycle(items, id, parent, order, tail)}.", paramName);
        }

        return new Forest(index, parent, childCount, childStart, children, order, depth, roots);
    }

    private static string DescribeCycle<T>(IReadOnlyList<T> items, Func<T, string> id, int[] parent, int[] order, int reached)
    {
        bool[] visited = new bool[items.Count];
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

        IEnumerable<string> cycle = path.Skip(seen[node]).Select(i => id(items[i]));
        return string.Join(" → ", cycle.Append(id(items[node])));
    }
}
