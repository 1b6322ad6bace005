namespace Pmo.Core.Prioritization.Selection;

/// <summary>Outcome of a <see cref="SelectionSearch"/> run.</summary>
internal enum SearchOutcome
{
    Optimal,
    Infeasible,
    LimitReached,
}

/// <summary>
/// Branch and bound over the binary variables of a <see cref="SelectionModel"/>, with constraint propagation on a trail
/// (undo by popping), a Lagrangian bound and a surrogate Dantzig bound at every node, the warm-started LP bound
/// (<see cref="WarmSimplex"/>), reduced-cost fixing, pseudo-cost branching and LP-rounding/local-search heuristics.
/// Optimisation runs best-bound with plunging (<see cref="BestFirst"/>); first-feasible checks (the infeasibility
/// explanation) run depth-first (<see cref="Explore"/>). Deterministic.
/// </summary>
internal sealed class SelectionSearch
{
    private readonly SelectionModel m;
    private readonly sbyte[] x;
    private readonly double[] residual;
    private readonly int[] inCount;
    private readonly int[] freeCount;
    private readonly int[] trail;
    private readonly int[] queue;
    private int trailLength;
    private int queueHead;
    private int queueTail;
    private double valueSum;

    // Lagrangian bound: L = lagConstant + Σ_j contribution_j, contribution = r_j if x_j = 1, max(r_j, 0) if free, 0 if x_j = 0.
    private double[]? reduced;
    private double lagConstant;
    private double lagSum;

    // Surrogate (Dantzig) bound: weights w_j = Σ_k μ_k a_kj, items with positive value by v/w descending.
    private double[] mu = [];
    private double[] surrogateWeight = [];
    private int[] surrogateOrder = [];
    private int[] branchOrder = [];

    // LP bound workspace.
    private readonly BoundedSimplex lp = new();
    private readonly int[] lpColumnOf;
    private readonly int[] lpColumns;
    private readonly int[] lpRowKind;
    private readonly int[] lpRowIndex;
    private readonly int[] lpRowOther;
    private readonly double[] lpRhs;
    private readonly double[] lpDuals;
    private readonly double[] lpReduced;
    private readonly double[] lpValue;
    private readonly double[] lpPrimal;

    // Heuristics (created on first use).
    private SelectionSearch? rounder;
    private LocalSearch? improver;
    private sbyte[] scratch = [];
    private int[] roundOrder = [];
    private WarmSimplex? warm;
    private double[] warmDuals = [];
    private int warmSynced;
    private long plunges;

    /// <summary>Plunges between two cold starts of the warm LP (a refresh against accumulated rounding).</summary>
    private const int ColdPeriod = 256;
    private double[] roundKey = [];

    private int lastLpRows;
    private long nodeLimit;
    private CancellationToken cancellation;
    private bool stopAtFirst;
    private bool aborted;
    private double openBound;

    public SelectionSearch(SelectionModel model)
    {
        m = model;
        int n = model.N;
        x = new sbyte[n];
        residual = new double[model.K];
        inCount = new int[model.G];
        freeCount = new int[model.G];
        trail = new int[n];
        queue = new int[n];
        Best = new sbyte[n];
        int lpRows = model.K + model.G + model.Prereq.Sum(p => p.Length);
        lpColumnOf = new int[n];
        lpColumns = new int[n];
        lpRowKind = new int[lpRows];
        lpRowIndex = new int[lpRows];
        lpRowOther = new int[lpRows];
        lpRhs = new double[lpRows];
        lpDuals = new double[lpRows];
        lpReduced = new double[n];
        lpValue = new double[n];
        lpPrimal = new double[n];
    }

    public bool Found { get; private set; }

    public double Incumbent { get; private set; } = double.NegativeInfinity;

    public sbyte[] Best { get; }

    public long Nodes { get; private set; }

    public double RootBound { get; private set; } = double.NaN;

    /// <summary>The proven upper bound after a run that hit the node limit.</summary>
    public double UpperBound { get; private set; } = double.NaN;

    /// <summary>Resets to the root and applies force-in/out and root propagation; false when that alone is contradictory.</summary>
    public bool Root()
    {
        Array.Fill(x, (sbyte)-1);
        Array.Copy(m.Cap, residual, m.K);
        for (int g = 0; g < m.G; g++)
        {
            inCount[g] = 0;
            freeCount[g] = m.GroupItems[g].Length;
        }

        trailLength = 0;
        valueSum = 0;
        reduced = null;
        queueHead = queueTail = 0;
        foreach (int j in m.ForcedIn)
        {
            if (!Fix(j, 1))
            {
                return false;
            }
        }

        foreach (int j in m.ForcedOut)
        {
            if (!Fix(j, 0))
            {
                return false;
            }
        }

        for (int k = 0; k < m.K; k++)
        {
            foreach (int j in m.RowItems[k])
            {
                if (m.A[k][j] > m.Cap[k] + m.Tol[k] && !Fix(j, 0))
                {
                    return false;
                }
            }
        }

        for (int g = 0; g < m.G; g++)
        {
            if (m.Lo[g] > m.GroupItems[g].Length || m.Hi[g] < 0)
            {
                return false;
            }

            if (m.Hi[g] == 0)
            {
                foreach (int j in m.GroupItems[g])
                {
                    if (!Fix(j, 0))
                    {
                        return false;
                    }
                }
            }
            else if (m.Lo[g] == m.GroupItems[g].Length)
            {
                foreach (int j in m.GroupItems[g])
                {
                    if (!Fix(j, 1))
                    {
                        return false;
                    }
                }
            }
        }

        return Propagate();
    }

    /// <summary>Fixes a free variable and propagates; on failure the caller undoes to its mark.</summary>
    public bool FixAndPropagate(int j, sbyte v)
    {
        queueHead = queueTail = 0;
        return Fix(j, v) && Propagate();
    }

    public int Mark => trailLength;

    public sbyte State(int j) => x[j];

    public double ValueSum => valueSum;

    public void Undo(int mark)
    {
        while (trailLength > mark)
        {
            int j = trail[--trailLength];
            sbyte v = x[j];
            if (reduced is not null)
            {
                lagSum += Contribution(j, -1) - Contribution(j, v);
            }

            if (v == 1)
            {
                valueSum -= m.Value[j];
                foreach (int k in m.ItemRows[j])
                {
                    residual[k] += m.A[k][j];
                }

                foreach (int g in m.ItemGroups[j])
                {
                    inCount[g]--;
                    freeCount[g]++;
                }
            }
            else
            {
                foreach (int g in m.ItemGroups[j])
                {
                    freeCount[g]++;
                }
            }

            x[j] = -1;
        }

        queueHead = queueTail = 0;
    }

    /// <summary>Records the current (complete) assignment as the incumbent.</summary>
    public void SetIncumbent(double value, sbyte[] assignment)
    {
        Found = true;
        Incumbent = value;
        Array.Copy(assignment, Best, Best.Length);
    }

    /// <summary>
    /// Runs branch and bound from the root state (call <see cref="Root"/> first, and optionally
    /// <see cref="SetIncumbent"/> with a feasible solution).
    /// </summary>
    public SearchOutcome Run(long limit, bool firstFeasibleOnly, CancellationToken cancellationToken)
    {
        nodeLimit = limit;
        stopAtFirst = firstFeasibleOnly;
        cancellation = cancellationToken;
        aborted = false;
        openBound = double.NegativeInfinity;
        PrepareBounds();
        double rootLp = LpBound();
        if (!stopAtFirst)
        {
            AdoptRootDuals();
            RoundAndImprove();
        }

        RootBound = Math.Min(Bound(), rootLp);
        if (!stopAtFirst && Found)
        {
            ReducedCostFixing();
        }

        if (!ReducedCostFixingFailed)
        {
            if (stopAtFirst)
            {
                Explore();
            }
            else
            {
                BestFirst();
            }
        }

        if (!aborted || (stopAtFirst && Found))
        {
            UpperBound = Found ? Incumbent : double.NegativeInfinity;
            return Found ? SearchOutcome.Optimal : SearchOutcome.Infeasible;
        }

        UpperBound = Math.Min(RootBound, Math.Max(Found ? Incumbent : double.NegativeInfinity, openBound));
        return Found && UpperBound <= Incumbent + PruneTolerance(Incumbent) ? SearchOutcome.Optimal : SearchOutcome.LimitReached;
    }

    private bool ReducedCostFixingFailed { get; set; }

    private static double PruneTolerance(double incumbent) => 1e-9 * Math.Max(1, Math.Abs(incumbent));

    private double Contribution(int j, sbyte state) =>
        state == 1 ? reduced![j] : state == 0 ? 0 : Math.Max(reduced![j], 0);

    private bool Fix(int j, sbyte v)
    {
        sbyte current = x[j];
        if (current == v)
        {
            return true;
        }

        if (current != -1)
        {
            return false;
        }

        if (reduced is not null)
        {
            lagSum += Contribution(j, v) - Contribution(j, -1);
        }

        x[j] = v;
        trail[trailLength++] = j;
        if (v == 1)
        {
            valueSum += m.Value[j];
            foreach (int k in m.ItemRows[j])
            {
                residual[k] -= m.A[k][j];
            }

            foreach (int g in m.ItemGroups[j])
            {
                inCount[g]++;
                freeCount[g]--;
            }
        }
        else
        {
            foreach (int g in m.ItemGroups[j])
            {
                freeCount[g]--;
            }
        }

        queue[queueTail++] = j;
        return true;
    }

    private bool Propagate()
    {
        while (queueHead < queueTail)
        {
            int j = queue[queueHead++];
            if (x[j] == 1)
            {
                foreach (int k in m.ItemRows[j])
                {
                    double res = residual[k];
                    if (res < -m.Tol[k])
                    {
                        return false;
                    }

                    double[] a = m.A[k];
                    foreach (int i in m.RowItems[k])
                    {
                        if (a[i] <= res + m.Tol[k])
                        {
                            break;
                        }

                        if (x[i] == -1)
                        {
                            Fix(i, 0);
                        }
                    }
                }

                foreach (int g in m.ItemGroups[j])
                {
                    if (inCount[g] > m.Hi[g])
                    {
                        return false;
                    }

                    if (inCount[g] == m.Hi[g] && freeCount[g] > 0)
                    {
                        foreach (int i in m.GroupItems[g])
                        {
                            if (x[i] == -1)
                            {
                                Fix(i, 0);
                            }
                        }
                    }
                }

                foreach (int q in m.Prereq[j])
                {
                    if (!Fix(q, 1))
                    {
                        return false;
                    }
                }
            }
            else
            {
                foreach (int g in m.ItemGroups[j])
                {
                    int possible = inCount[g] + freeCount[g];
                    if (possible < m.Lo[g])
                    {
                        return false;
                    }

                    if (possible == m.Lo[g] && freeCount[g] > 0)
                    {
                        foreach (int i in m.GroupItems[g])
                        {
                            if (x[i] == -1)
                            {
                                Fix(i, 1);
                            }
                        }
                    }
                }

                foreach (int d in m.Dependents[j])
                {
                    if (!Fix(d, 0))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private void PrepareBounds()
    {
        int n = m.N;
        if (!stopAtFirst)
        {
            Subgradient();
        }

        // Surrogate multipliers: the Lagrangian multipliers of the capacity rows when any is positive, else 1/capacity.
        mu = new double[m.K];
        bool any = false;
        for (int k = 0; k < m.K; k++)
        {
            mu[k] = lagrangeCapacity.Length == m.K ? lagrangeCapacity[k] : 0;
            any |= mu[k] > 0;
        }

        if (!any)
        {
            for (int k = 0; k < m.K; k++)
            {
                mu[k] = m.Cap[k] > 0 ? 1 / m.Cap[k] : 0;
            }
        }

        surrogateWeight = new double[n];
        for (int k = 0; k < m.K; k++)
        {
            foreach (int j in m.RowItems[k])
            {
                surrogateWeight[j] += mu[k] * m.A[k][j];
            }
        }

        surrogateOrder = [.. Enumerable.Range(0, n).Where(j => m.Value[j] > 0)
            .OrderByDescending(j => surrogateWeight[j] > 0 ? m.Value[j] / surrogateWeight[j] : double.PositiveInfinity)
            .ThenBy(j => j)];
        branchOrder = [.. surrogateOrder.Concat(Enumerable.Range(0, n).Where(j => m.Value[j] <= 0).OrderByDescending(j => m.Value[j]).ThenBy(j => j))];
    }

    private double[] lagrangeCapacity = [];

    /// <summary>
    /// Subgradient optimisation of the Lagrangian dual over every linear row (capacities, counts, requirements), with
    /// Polyak steps (Held, Wolfe and Crowder 1974; Fisher 1981). Any λ ≥ 0 gives a valid bound; the best one is kept.
    /// </summary>
    private void Subgradient()
    {
        int n = m.N;

        // Rows Σ coef·x ≤ rhs, as (start, items, coefficients, rhs).
        var starts = new List<int> { 0 };
        var cols = new List<int>();
        var coefs = new List<double>();
        var rhs = new List<double>();
        for (int k = 0; k < m.K; k++)
        {
            foreach (int j in m.RowItems[k])
            {
                cols.Add(j);
                coefs.Add(m.A[k][j]);
            }

            rhs.Add(m.Cap[k]);
            starts.Add(cols.Count);
        }

        for (int g = 0; g < m.G; g++)
        {
            if (m.Hi[g] < m.GroupItems[g].Length)
            {
                foreach (int j in m.GroupItems[g])
                {
                    cols.Add(j);
                    coefs.Add(1);
                }

                rhs.Add(m.Hi[g]);
                starts.Add(cols.Count);
            }

            if (m.Lo[g] > 0)
            {
                foreach (int j in m.GroupItems[g])
                {
                    cols.Add(j);
                    coefs.Add(-1);
                }

                rhs.Add(-m.Lo[g]);
                starts.Add(cols.Count);
            }
        }

        for (int d = 0; d < n; d++)
        {
            foreach (int q in m.Prereq[d])
            {
                cols.Add(d);
                coefs.Add(1);
                cols.Add(q);
                coefs.Add(-1);
                rhs.Add(0);
                starts.Add(cols.Count);
            }
        }

        int rows = rhs.Count;
        var lambda = new double[rows];
        var bestLambda = new double[rows];
        var r = new double[n];
        var g0 = new double[rows];
        double best = double.PositiveInfinity;
        double theta = 2;
        int sinceImproved = 0;
        for (int iteration = 0; iteration < 300 && rows > 0; iteration++)
        {
            Array.Copy(m.Value, r, n);
            double constant = 0;
            for (int i = 0; i < rows; i++)
            {
                if (lambda[i] != 0)
                {
                    constant += lambda[i] * rhs[i];
                    for (int e = starts[i]; e < starts[i + 1]; e++)
                    {
                        r[cols[e]] -= lambda[i] * coefs[e];
                    }
                }
            }

            double value = constant;
            for (int j = 0; j < n; j++)
            {
                if (x[j] == 1 || (x[j] == -1 && r[j] > 0))
                {
                    value += r[j];
                }
            }

            // The first value is always kept: against best = +∞ the relative test would compare with ∞ − ∞ = NaN (false).
            if (double.IsPositiveInfinity(best) || value < best - (1e-12 * Math.Max(1, Math.Abs(best))))
            {
                best = value;
                Array.Copy(lambda, bestLambda, rows);
                sinceImproved = 0;
            }
            else if (++sinceImproved >= 15)
            {
                theta /= 2;
                sinceImproved = 0;
                if (theta < 1e-4)
                {
                    break;
                }
            }

            double target = Found ? Incumbent : best - (0.05 * Math.Max(1, Math.Abs(best)));
            if (Found && best <= Incumbent + PruneTolerance(Incumbent))
            {
                break;
            }

            double norm = 0;
            for (int i = 0; i < rows; i++)
            {
                double used = 0;
                for (int e = starts[i]; e < starts[i + 1]; e++)
                {
                    int j = cols[e];
                    if (x[j] == 1 || (x[j] == -1 && r[j] > 0))
                    {
                        used += coefs[e];
                    }
                }

                g0[i] = rhs[i] - used;
                if (lambda[i] > 0 || g0[i] < 0)
                {
                    norm += g0[i] * g0[i];
                }
            }

            if (norm <= 0)
            {
                break;
            }

            double step = theta * Math.Max(value - target, 1e-12 * Math.Max(1, Math.Abs(value))) / norm;
            for (int i = 0; i < rows; i++)
            {
                lambda[i] = Math.Max(0, lambda[i] - (step * g0[i]));
            }
        }

        reduced = new double[n];
        Array.Copy(m.Value, reduced, n);
        lagConstant = 0;
        for (int i = 0; i < rows; i++)
        {
            if (bestLambda[i] != 0)
            {
                lagConstant += bestLambda[i] * rhs[i];
                for (int e = starts[i]; e < starts[i + 1]; e++)
                {
                    reduced[cols[e]] -= bestLambda[i] * coefs[e];
                }
            }
        }

        lagSum = 0;
        for (int j = 0; j < n; j++)
        {
            lagSum += Contribution(j, x[j]);
        }

        lagrangeCapacity = new double[m.K];
        Array.Copy(bestLambda, lagrangeCapacity, Math.Min(m.K, rows));
    }

    /// <summary>
    /// Replaces the subgradient multipliers of the incremental Lagrangian bound by the root LP duals when they give a
    /// smaller bound (they give the LP bound itself at the root).
    /// </summary>
    private void AdoptRootDuals()
    {
        var r = new double[m.N];
        Array.Copy(m.Value, r, m.N);
        double constant = 0;
        int rows = lastLpRows;
        for (int i = 0; i < rows; i++)
        {
            double y = lpDuals[i];
            if (y == 0)
            {
                continue;
            }

            switch (lpRowKind[i])
            {
                case 0:
                    int k = lpRowIndex[i];
                    constant += y * m.Cap[k];
                    foreach (int j in m.RowItems[k])
                    {
                        r[j] -= y * m.A[k][j];
                    }

                    break;
                case 1:
                    int g = lpRowIndex[i];
                    constant += y * m.Hi[g];
                    foreach (int j in m.GroupItems[g])
                    {
                        r[j] -= y;
                    }

                    break;
                default:
                    r[lpRowIndex[i]] -= y;
                    r[lpRowOther[i]] += y;
                    break;
            }
        }

        double sum = 0;
        for (int j = 0; j < m.N; j++)
        {
            sum += x[j] == 1 ? r[j] : x[j] == -1 ? Math.Max(r[j], 0) : 0;
        }

        if (reduced is null || constant + sum < lagConstant + lagSum)
        {
            reduced = r;
            lagConstant = constant;
            lagSum = sum;
        }
    }

    /// <summary>Root reduced-cost fixing: a variable whose flip would drop the Lagrangian bound to the incumbent is fixed.</summary>
    private void ReducedCostFixing()
    {
        if (reduced is null)
        {
            return;
        }

        for (int j = 0; j < m.N; j++)
        {
            if (x[j] != -1)
            {
                continue;
            }

            double bound = lagConstant + lagSum;
            double tol = PruneTolerance(Incumbent);
            sbyte fix = reduced[j] > 0 && bound - reduced[j] <= Incumbent + tol ? (sbyte)1
                : reduced[j] < 0 && bound + reduced[j] <= Incumbent + tol ? (sbyte)0 : (sbyte)-1;
            if (fix >= 0 && !FixAndPropagate(j, fix))
            {
                // No solution better than the incumbent exists.
                ReducedCostFixingFailed = true;
                return;
            }
        }
    }

    private double Bound()
    {
        double lag = reduced is null ? double.PositiveInfinity : lagConstant + lagSum;
        double capacity = 0;
        for (int k = 0; k < m.K; k++)
        {
            capacity += mu[k] * Math.Max(residual[k], 0);
        }

        double bound = valueSum;
        foreach (int j in surrogateOrder)
        {
            if (x[j] != -1)
            {
                continue;
            }

            double w = surrogateWeight[j];
            if (w <= capacity)
            {
                bound += m.Value[j];
                capacity -= w;
            }
            else
            {
                bound += m.Value[j] * capacity / w;
                break;
            }
        }

        return Math.Min(lag, bound);
    }

    private void Explore()
    {
        Nodes++;
        if ((Nodes & 15) == 0) // a node can cost a simplex re-solve: check often enough to stop within ~100 ms
        {
            cancellation.ThrowIfCancellationRequested();
        }

        double bound = Bound();
        if (Found && bound <= Incumbent + PruneTolerance(Incumbent))
        {
            return;
        }

        if (Nodes > nodeLimit)
        {
            aborted = true;
            openBound = Math.Max(openBound, stopAtFirst ? bound : Math.Min(bound, LpBound()));
            return;
        }

        int nodeMark = trailLength;
        if (!stopAtFirst && Found && !LpPruneAndFix())
        {
            Undo(nodeMark);
            return;
        }

        int j = -1;
        foreach (int i in branchOrder)
        {
            if (x[i] == -1)
            {
                j = i;
                break;
            }
        }

        if (j < 0)
        {
            if (!Found || valueSum > Incumbent)
            {
                SetIncumbent(valueSum, x);
            }

            if (stopAtFirst)
            {
                aborted = true;
            }

            Undo(nodeMark);
            return;
        }

        sbyte first = (reduced is null ? m.Value[j] > 0 : reduced[j] > 0) ? (sbyte)1 : (sbyte)0;
        for (int pass = 0; pass < 2; pass++)
        {
            sbyte v = pass == 0 ? first : (sbyte)(1 - first);
            int mark = trailLength;
            if (FixAndPropagate(j, v))
            {
                if (!aborted)
                {
                    Explore();
                }
                else if (!stopAtFirst)
                {
                    double b = Math.Min(Bound(), LpBound());
                    if (!Found || b > Incumbent + PruneTolerance(Incumbent))
                    {
                        openBound = Math.Max(openBound, b);
                    }
                }
            }

            Undo(mark);
            if (stopAtFirst && Found)
            {
                break;
            }
        }

        Undo(nodeMark);
    }

    /// <summary>Open nodes kept for best-first search before the search falls back to depth-first for the rest of a subtree.</summary>
    internal const int PoolCap = 1_000_000;

    /// <summary>Nodes between two LP-rounding heuristic runs during the search.</summary>
    private const int HeuristicPeriod = 64;

    /// <summary>
    /// A node of the best-first tree, stored as a compact diff: its parent and one branching decision (the fixings
    /// implied by propagation are recomputed when the node is re-entered), with the bound of its parent.
    /// </summary>
    private sealed class OpenNode(OpenNode? parent, int variable, sbyte value, double bound, int depth, double fraction = 0)
    {
        /// <summary>Gets the LP value of the branching variable at the parent (for the pseudo-costs).</summary>
        public double Fraction { get; } = fraction;

        public OpenNode? Parent { get; } = parent;

        public int Variable { get; } = variable;

        public sbyte Value { get; } = value;

        public double Bound { get; } = bound;

        public int Depth { get; } = depth;
    }

    /// <summary>Larger bound first; among equal bounds the newer node (deterministic, no ties).</summary>
    private sealed class OpenOrder : IComparer<(double Bound, long Sequence)>
    {
        public static readonly OpenOrder Instance = new();

        public int Compare((double Bound, long Sequence) a, (double Bound, long Sequence) b)
        {
            int c = b.Bound.CompareTo(a.Bound);
            return c != 0 ? c : b.Sequence.CompareTo(a.Sequence);
        }
    }

    /// <summary>
    /// Best-bound search with plunging: pop the open node with the largest bound, re-enter it from the root by replaying
    /// its branching decisions, then dive (always continuing with the child the LP rounds towards and keeping the sibling
    /// open) until the dive is pruned. Branches on the most fractional LP variable. When more than <see cref="PoolCap"/>
    /// nodes are open, a popped node's subtree is searched depth-first instead, so memory stays bounded.
    /// </summary>
    private void BestFirst()
    {
        int rootMark = trailLength;
        var open = new PriorityQueue<OpenNode, (double Bound, long Sequence)>(OpenOrder.Instance);
        long sequence = 0;
        var path = new List<OpenNode>();
        open.Enqueue(new OpenNode(null, -1, 0, RootBound, 0), (RootBound, sequence++));
        while (open.Count > 0 && !aborted)
        {
            OpenNode node = open.Dequeue();
            if (Found && node.Bound <= Incumbent + PruneTolerance(Incumbent))
            {
                open.Clear();
                break;
            }

            Undo(rootMark);
            path.Clear();
            for (OpenNode? o = node; o is not null && o.Variable >= 0; o = o.Parent)
            {
                path.Add(o);
            }

            bool ok = true;
            for (int i = path.Count - 1; i >= 0 && ok; i--)
            {
                OpenNode o = path[i];
                if (x[o.Variable] == -1)
                {
                    ok = FixAndPropagate(o.Variable, o.Value);
                }
                else
                {
                    ok = x[o.Variable] == o.Value;
                }
            }

            if (!ok)
            {
                continue;
            }

            if (open.Count >= PoolCap)
            {
                Explore();
                continue;
            }

            Plunge(node, open, ref sequence);
        }

        if (aborted)
        {
            while (open.TryDequeue(out OpenNode? rest, out _))
            {
                if (!Found || rest.Bound > Incumbent + PruneTolerance(Incumbent))
                {
                    openBound = Math.Max(openBound, rest.Bound);
                }

                break; // The queue is ordered by bound: the first one is the largest.
            }
        }

        Undo(rootMark);
    }

    private void Plunge(OpenNode node, PriorityQueue<OpenNode, (double Bound, long Sequence)> open, ref long sequence)
    {
        OpenNode current = node;
        warm ??= new WarmSimplex(m);
        if (warmDuals.Length != warm.Rows)
        {
            warmDuals = new double[warm.Rows];
        }

        if (plunges++ % ColdPeriod == 0)
        {
            warm.Cold(x, WarmCap);
        }
        else
        {
            warm.Sync(x, WarmCap);
        }

        warmSynced = trailLength;
        while (true)
        {
            Nodes++;
            if ((Nodes & 15) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            if (Nodes > nodeLimit)
            {
                aborted = true;
                if (!Found || current.Bound > Incumbent + PruneTolerance(Incumbent))
                {
                    openBound = Math.Max(openBound, current.Bound);
                }

                return;
            }

            double tol = Found ? PruneTolerance(Incumbent) : 0;
            if (Found && Bound() <= Incumbent + tol)
            {
                return;
            }

            if (warmSynced < trailLength)
            {
                for (int p = warmSynced; p < trailLength; p++)
                {
                    warm.Fix(trail[p], x[trail[p]]);
                }

                warmSynced = trailLength;
                if (!warm.Reoptimize(WarmCap))
                {
                    warm.Cold(x, WarmCap);
                }
            }

            double bound = WarmBound();
            if (Found && bound <= Incumbent + tol)
            {
                return;
            }

            if (Found)
            {
                // Reduced-cost fixing with the node's LP duals.
                for (int j = 0; j < m.N; j++)
                {
                    if (x[j] != -1)
                    {
                        continue;
                    }

                    double r = lpReduced[j];
                    sbyte fix = r > 0 && bound - r <= Incumbent + tol ? (sbyte)1 : r < 0 && bound + r <= Incumbent + tol ? (sbyte)0 : (sbyte)-1;
                    if (fix >= 0 && !FixAndPropagate(j, fix))
                    {
                        return;
                    }
                }
            }

            if (Nodes % HeuristicPeriod == 0)
            {
                RoundAndImprove();
                if (Found && bound <= Incumbent + PruneTolerance(Incumbent))
                {
                    return;
                }
            }

            // Pseudo-cost branching (M. Bénichou et al., "Experiments in mixed-integer linear programming",
            // Math. Programming 1, 1971; product score of T. Achterberg, T. Koch and A. Martin, "Branching rules
            // revisited", Oper. Res. Letters 33, 2005): learn from this node's bound drop, then pick the fractional
            // variable with the largest product of estimated down and up degradations.
            LearnPseudoCost(current, bound);
            if (StrongCandidates > 0 && InitializePseudoCosts(bound))
            {
                // Strong branching moved the LP: re-optimise back to this node and refresh its values and reduced costs.
                warm.Sync(x, WarmCap);
                _ = WarmBound();
            }

            int branch = -1;
            double most = double.NegativeInfinity;
            double average0 = pcCount[0] > 0 ? pcAll[0] / pcCount[0] : 1, average1 = pcCount[1] > 0 ? pcAll[1] / pcCount[1] : 1;
            for (int j = 0; j < m.N; j++)
            {
                if (x[j] == -1)
                {
                    double f = lpValue[j];
                    if (Math.Min(f, 1 - f) <= 1e-6)
                    {
                        continue;
                    }

                    int c0 = pcCountOf[2 * j], c1 = pcCountOf[(2 * j) + 1];
                    double down = f * (c0 > 0 ? pcSum[2 * j] / c0 : average0);
                    double upward = (1 - f) * (c1 > 0 ? pcSum[(2 * j) + 1] / c1 : average1);
                    double score = Math.Max(down, 1e-6) * Math.Max(upward, 1e-6);
                    if (score > most)
                    {
                        most = score;
                        branch = j;
                    }
                }
            }

            sbyte preferred;
            if (branch < 0)
            {
                // The LP optimum is integral on the free variables: complete it and check every constraint.
                int mark = trailLength;
                bool complete = true;
                for (int j = 0; j < m.N && complete; j++)
                {
                    if (x[j] == -1)
                    {
                        complete = FixAndPropagate(j, lpValue[j] >= 0.5 ? (sbyte)1 : (sbyte)0);
                    }
                }

                if (complete)
                {
                    Offer(x, valueSum);
                }

                Undo(mark);
                if (Found && bound <= Incumbent + PruneTolerance(Incumbent))
                {
                    return;
                }

                foreach (int i in branchOrder)
                {
                    if (x[i] == -1)
                    {
                        branch = i;
                        break;
                    }
                }

                if (branch < 0)
                {
                    // Every variable is fixed: the node is a complete feasible assignment.
                    Offer(x, valueSum);
                    return;
                }

                preferred = lpValue[branch] >= 0.5 ? (sbyte)1 : (sbyte)0;
            }
            else
            {
                preferred = lpValue[branch] >= 0.5 ? (sbyte)1 : (sbyte)0;
            }

            double fraction = lpValue[branch];
            open.Enqueue(new OpenNode(current, branch, (sbyte)(1 - preferred), bound, current.Depth + 1, fraction), (bound, sequence++));
            current = new OpenNode(current, branch, preferred, bound, current.Depth + 1, fraction);
            if (!FixAndPropagate(branch, preferred))
            {
                return;
            }
        }
    }

    private double[] pcSum = [];
    private int[] pcCountOf = [];
    private readonly double[] pcAll = new double[2];
    private readonly long[] pcCount = new long[2];

    /// <summary>Unreliable candidates evaluated by strong branching per node (reliability branching).</summary>
    private const int StrongCandidates = 8;

    private int[] strongBuffer = [];
    private double[] strongKey = [];

    /// <summary>
    /// Reliability branching (T. Achterberg, T. Koch and A. Martin, "Branching rules revisited", <i>Operations Research
    /// Letters</i> 33, 2005): for up to <see cref="StrongCandidates"/> of the most fractional free variables with a
    /// direction never observed yet, evaluate that child (propagation + warm dual simplex + Lagrangian bound) and record
    /// its bound drop as a pseudo-cost observation. Leaves the search state as it was; true when the LP was moved.
    /// </summary>
    private bool InitializePseudoCosts(double bound)
    {
        if (pcSum.Length != 2 * m.N)
        {
            pcSum = new double[2 * m.N];
            pcCountOf = new int[2 * m.N];
        }

        if (strongBuffer.Length != m.N)
        {
            strongBuffer = new int[m.N];
            strongKey = new double[m.N];
        }

        int count = 0;
        for (int j = 0; j < m.N; j++)
        {
            double f = lpValue[j];
            if (x[j] == -1 && Math.Min(f, 1 - f) > 1e-6 && (pcCountOf[2 * j] == 0 || pcCountOf[(2 * j) + 1] == 0))
            {
                strongBuffer[count] = j;
                strongKey[count] = -Math.Min(f, 1 - f) + (j * 1e-12);
                count++;
            }
        }

        if (count == 0)
        {
            return false;
        }

        Array.Sort(strongKey, strongBuffer, 0, count);
        bool moved = false;
        for (int c = 0; c < Math.Min(count, StrongCandidates); c++)
        {
            int j = strongBuffer[c];
            double f = lpValue[j];
            for (sbyte v = 0; v <= 1; v++)
            {
                if (pcCountOf[(2 * j) + v] > 0)
                {
                    continue;
                }

                int mark = trailLength;
                if (FixAndPropagate(j, v))
                {
                    moved = true;
                    for (int p = mark; p < trailLength; p++)
                    {
                        warm!.Fix(trail[p], x[trail[p]]);
                    }

                    if (warm!.Reoptimize(WarmCap))
                    {
                        double child = WarmBound();
                        double distance = v == 1 ? 1 - f : f;
                        double rate = Math.Max(0, bound - child) / distance;
                        pcSum[(2 * j) + v] += rate;
                        pcCountOf[(2 * j) + v]++;
                        pcAll[v] += rate;
                        pcCount[v]++;
                    }
                }

                Undo(mark);
                if (moved)
                {
                    warm!.Sync(x, WarmCap);
                }

                // lpValue was overwritten by the child: restore the parent's for the remaining candidates.
                if (moved)
                {
                    _ = WarmBound();
                }
            }
        }

        return moved;
    }

    /// <summary>Records the bound drop per unit of change of the decision that created <paramref name="node"/>.</summary>
    private void LearnPseudoCost(OpenNode node, double bound)
    {
        if (pcSum.Length != 2 * m.N)
        {
            pcSum = new double[2 * m.N];
            pcCountOf = new int[2 * m.N];
        }

        if (node.Variable < 0 || node.Parent is null)
        {
            return;
        }

        double distance = node.Value == 1 ? 1 - node.Fraction : node.Fraction;
        if (distance <= 1e-6 || !double.IsFinite(bound) || !double.IsFinite(node.Bound))
        {
            return;
        }

        double rate = Math.Max(0, node.Bound - bound) / distance;
        int index = (2 * node.Variable) + node.Value;
        pcSum[index] += rate;
        pcCountOf[index]++;
        pcAll[node.Value] += rate;
        pcCount[node.Value]++;
    }

    private int WarmCap => (20 * (m.N + warm!.Rows)) + 50;

    /// <summary>The Lagrangian value of the warm LP's duals at the current node; fills <see cref="lpReduced"/> and <see cref="lpValue"/>.</summary>
    private double WarmBound()
    {
        WarmSimplex w = warm!;
        w.Duals(warmDuals);
        w.Values(lpValue);
        for (int j = 0; j < m.N; j++)
        {
            lpReduced[j] = m.Value[j];
        }

        double bound = valueSum;
        for (int i = 0; i < w.Rows; i++)
        {
            double y = warmDuals[i];
            if (y == 0)
            {
                continue;
            }

            switch (w.RowKind[i])
            {
                case 0:
                {
                    int k = w.RowIndex[i];
                    bound += y * Math.Max(residual[k], 0);
                    double[] a = m.A[k];
                    foreach (int j in m.RowItems[k])
                    {
                        lpReduced[j] -= y * a[j];
                    }

                    break;
                }

                case 1:
                {
                    int g = w.RowIndex[i];
                    bound += y * Math.Max(m.Hi[g] - inCount[g], 0);
                    foreach (int j in m.GroupItems[g])
                    {
                        lpReduced[j] -= y;
                    }

                    break;
                }

                default:
                {
                    int dep = w.RowIndex[i], q = w.RowOther[i];
                    bound += y * Math.Max((x[q] == 1 ? 1 : 0) - (x[dep] == 1 ? 1 : 0), 0);
                    lpReduced[dep] -= y;
                    lpReduced[q] += y;
                    break;
                }
            }
        }

        for (int j = 0; j < m.N; j++)
        {
            if (x[j] == -1)
            {
                bound += Math.Max(0, lpReduced[j]);
            }
        }

        return bound;
    }

    /// <summary>Offers a complete feasible assignment: improved by local search, kept when better than the incumbent.</summary>
    private void Offer(sbyte[] assignment, double value)
    {
        improver ??= new LocalSearch(m);
        if (scratch.Length != m.N)
        {
            scratch = new sbyte[m.N];
        }

        Array.Copy(assignment, scratch, m.N);
        double improved = improver.Improve(scratch);
        if (improved < value)
        {
            Array.Copy(assignment, scratch, m.N);
            improved = value;
        }

        if (!Found || improved > Incumbent)
        {
            SetIncumbent(improved, scratch);
        }
    }

    /// <summary>
    /// LP-rounding heuristic: starting from the node's fixings, add candidates by LP value descending (then by the
    /// branching order) when propagation allows, complete the rest like the greedy baseline, then improve by local search.
    /// </summary>
    private void RoundAndImprove()
    {
        int n = m.N;
        rounder ??= new SelectionSearch(m);
        if (roundOrder.Length != n)
        {
            roundOrder = new int[n];
            roundKey = new double[n];
        }

        if (!rounder.Root())
        {
            return;
        }

        for (int p = 0; p < branchOrder.Length; p++)
        {
            int j = branchOrder[p];
            roundOrder[p] = j;
            double key = x[j] == 1 ? 3 : x[j] == 0 ? -1 : lpValue[j];
            roundKey[p] = -key + (p * 1e-9);
        }

        Array.Sort(roundKey, roundOrder, 0, branchOrder.Length);
        for (int p = 0; p < branchOrder.Length; p++)
        {
            int j = roundOrder[p];
            if (x[j] == 0 || (x[j] == -1 && (lpValue[j] <= 1e-9 || m.Value[j] <= 0)) || rounder.State(j) != -1)
            {
                continue;
            }

            int mark = rounder.Mark;
            if (!rounder.FixAndPropagate(j, 1))
            {
                rounder.Undo(mark);
            }
        }

        for (int p = 0; p < branchOrder.Length; p++)
        {
            int j = roundOrder[p];
            if (rounder.State(j) != -1)
            {
                continue;
            }

            int mark = rounder.Mark;
            if (!rounder.FixAndPropagate(j, 0))
            {
                rounder.Undo(mark);
                if (!rounder.FixAndPropagate(j, 1))
                {
                    return;
                }
            }
        }

        if (scratch.Length != n)
        {
            scratch = new sbyte[n];
        }

        var assignment = new sbyte[n];
        for (int j = 0; j < n; j++)
        {
            assignment[j] = rounder.State(j);
        }

        Offer(assignment, rounder.ValueSum);
    }

    /// <summary>
    /// Solves the node's LP relaxation (≤ rows only: capacities, count maxima, requirements among free variables) and
    /// prunes with the Lagrangian value of its duals; then fixes variables by their reduced costs. False = prune.
    /// </summary>
    private bool LpPruneAndFix()
    {
        double bound = LpBound();
        double tol = PruneTolerance(Incumbent);
        if (bound <= Incumbent + tol)
        {
            return false;
        }

        int count = 0;
        for (int j = 0; j < m.N; j++)
        {
            if (x[j] == -1)
            {
                lpColumns[count++] = j;
            }
        }

        for (int c = 0; c < count; c++)
        {
            int j = lpColumns[c];
            if (x[j] != -1)
            {
                continue;
            }

            double r = lpReduced[j];
            sbyte fix = r > 0 && bound - r <= Incumbent + tol ? (sbyte)1 : r < 0 && bound + r <= Incumbent + tol ? (sbyte)0 : (sbyte)-1;
            if (fix >= 0 && !FixAndPropagate(j, fix))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The LP-dual (Lagrangian) bound of the current node; fills <see cref="lpReduced"/> for the free variables.</summary>
    private double LpBound()
    {
        int columns = 0;
        for (int j = 0; j < m.N; j++)
        {
            if (x[j] == -1)
            {
                lpColumnOf[j] = columns;
                lpColumns[columns++] = j;
            }
        }

        if (columns == 0)
        {
            lastLpRows = 0;
            return valueSum;
        }

        int rows = 0;
        for (int k = 0; k < m.K; k++)
        {
            double demand = 0;
            foreach (int j in m.RowItems[k])
            {
                if (x[j] == -1)
                {
                    demand += m.A[k][j];
                }
            }

            if (demand > residual[k] + m.Tol[k])
            {
                lpRowKind[rows] = 0;
                lpRowIndex[rows] = k;
                lpRhs[rows++] = Math.Max(residual[k], 0);
            }
        }

        for (int g = 0; g < m.G; g++)
        {
            int room = m.Hi[g] - inCount[g];
            if (freeCount[g] > room)
            {
                lpRowKind[rows] = 1;
                lpRowIndex[rows] = g;
                lpRhs[rows++] = Math.Max(room, 0);
            }
        }

        for (int d = 0; d < m.N; d++)
        {
            if (x[d] != -1)
            {
                continue;
            }

            foreach (int q in m.Prereq[d])
            {
                if (x[q] == -1)
                {
                    lpRowKind[rows] = 2;
                    lpRowIndex[rows] = d;
                    lpRowOther[rows] = q;
                    lpRhs[rows++] = 0;
                }
            }
        }

        lastLpRows = rows;
        lp.Reset(rows, columns);
        double[] t = lp.Tableau;
        int width = columns + rows;
        for (int i = 0; i < rows; i++)
        {
            int start = i * width;
            switch (lpRowKind[i])
            {
                case 0:
                    double[] a = m.A[lpRowIndex[i]];
                    foreach (int j in m.RowItems[lpRowIndex[i]])
                    {
                        if (x[j] == -1)
                        {
                            t[start + lpColumnOf[j]] = a[j];
                        }
                    }

                    break;
                case 1:
                    foreach (int j in m.GroupItems[lpRowIndex[i]])
                    {
                        if (x[j] == -1)
                        {
                            t[start + lpColumnOf[j]] = 1;
                        }
                    }

                    break;
                default:
                    t[start + lpColumnOf[lpRowIndex[i]]] = 1;
                    t[start + lpColumnOf[lpRowOther[i]]] = -1;
                    break;
            }

            lp.Rhs[i] = lpRhs[i];
        }

        double[] objective = lp.Objective;
        for (int c = 0; c < columns; c++)
        {
            objective[c] = m.Value[lpColumns[c]];
        }

        lp.Solve(columns, lpDuals, (20 * width) + 50);
        lp.Primal(columns, lpPrimal);
        for (int c = 0; c < columns; c++)
        {
            lpValue[lpColumns[c]] = lpPrimal[c];
        }

        // Lagrangian value of the duals: valid for any y ≥ 0.
        double bound = valueSum;
        for (int c = 0; c < columns; c++)
        {
            int j = lpColumns[c];
            lpReduced[j] = m.Value[j];
        }

        for (int i = 0; i < rows; i++)
        {
            double y = lpDuals[i];
            if (y == 0)
            {
                continue;
            }

            bound += y * lpRhs[i];
            switch (lpRowKind[i])
            {
                case 0:
                    double[] a = m.A[lpRowIndex[i]];
                    foreach (int j in m.RowItems[lpRowIndex[i]])
                    {
                        if (x[j] == -1)
                        {
                            lpReduced[j] -= y * a[j];
                        }
                    }

                    break;
                case 1:
                    foreach (int j in m.GroupItems[lpRowIndex[i]])
                    {
                        if (x[j] == -1)
                        {
                            lpReduced[j] -= y;
                        }
                    }

                    break;
                default:
                    lpReduced[lpRowIndex[i]] -= y;
                    lpReduced[lpRowOther[i]] += y;
                    break;
            }
        }

        for (int c = 0; c < columns; c++)
        {
            bound += Math.Max(0, lpReduced[lpColumns[c]]);
        }

        return bound;
    }
}
