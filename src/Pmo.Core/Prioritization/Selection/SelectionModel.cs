namespace Pmo.Core.Prioritization.Selection;

/// <summary>Identifies one hard constraint of a <see cref="SelectionProblem"/> (for the infeasibility explanation).</summary>
internal readonly record struct ConstraintRef(SelectionConstraintKind Kind, int Index, int Period);

/// <summary>
/// The compiled, dense form of a <see cref="SelectionProblem"/> the solver works on. Constraints can be left out
/// (deletion filter) and the objective replaced (minimum-usage queries of the explanation).
/// </summary>
internal sealed class SelectionModel
{
    private SelectionModel(int n)
    {
        N = n;
        Value = new double[n];
        ForcedIn = [];
        ForcedOut = [];
    }

    public int N { get; }

    public double[] Value { get; }

    // Capacity rows (row, period) that can bind: total demand above capacity.
    public int K { get; private set; }

    public double[] Cap { get; private set; } = [];

    public double[] Tol { get; private set; } = [];

    public double[][] A { get; private set; } = [];

    /// <summary>Per capacity row, the items with positive consumption, by consumption descending.</summary>
    public int[][] RowItems { get; private set; } = [];

    public int[][] ItemRows { get; private set; } = [];

    public int[] KRow { get; private set; } = [];

    public int[] KPeriod { get; private set; } = [];

    // Count rows: lo ≤ Σ_{j∈G} x_j ≤ hi.
    public int G { get; private set; }

    public int[][] GroupItems { get; private set; } = [];

    public int[] Lo { get; private set; } = [];

    public int[] Hi { get; private set; } = [];

    public int[][] ItemGroups { get; private set; } = [];

    public int[][] Prereq { get; private set; } = [];

    public int[][] Dependents { get; private set; } = [];

    public int[] ForcedIn { get; private set; }

    public int[] ForcedOut { get; private set; }

    /// <summary>Greedy cost aggregate per item: Σ over rows and periods with positive capacity of consumption / capacity.</summary>
    public double[] GreedyCost { get; private set; } = [];

    /// <summary>Every non-trivial hard constraint of the problem, in catalogue order.</summary>
    public static List<ConstraintRef> Catalog(SelectionProblem p)
    {
        var list = new List<ConstraintRef>();
        int n = p.Candidates.Length;
        for (int r = 0; r < p.Rows.Length; r++)
        {
            ResourceRow row = p.Rows[r];
            for (int t = 0; t < row.PeriodCount; t++)
            {
                double demand = 0;
                foreach (var e in row.Consumption)
                {
                    demand += e.Value[t];
                }

                if (demand > row.Capacity[t] + Tolerance(row.Capacity[t], Magnitude(row, t)))
                {
                    list.Add(new ConstraintRef(SelectionConstraintKind.Capacity, r, t));
                }
            }
        }

        for (int i = 0; i < p.Requirements.Length; i++)
        {
            list.Add(new ConstraintRef(SelectionConstraintKind.Requirement, i, 0));
        }

        for (int i = 0; i < p.Exclusions.Length; i++)
        {
            list.Add(new ConstraintRef(SelectionConstraintKind.MutualExclusion, i, 0));
        }

        for (int i = 0; i < p.Groups.Length; i++)
        {
            CandidateGroup g = p.Groups[i];
            if (g.Minimum > 0)
            {
                list.Add(new ConstraintRef(SelectionConstraintKind.GroupMinimum, i, 0));
            }

            if (g.Maximum is int max && max < g.CandidateIds.Length)
            {
                list.Add(new ConstraintRef(SelectionConstraintKind.GroupMaximum, i, 0));
            }
        }

        for (int i = 0; i < p.ForcedIn.Length; i++)
        {
            list.Add(new ConstraintRef(SelectionConstraintKind.ForceIn, i, 0));
        }

        for (int i = 0; i < p.ForcedOut.Length; i++)
        {
            list.Add(new ConstraintRef(SelectionConstraintKind.ForceOut, i, 0));
        }

        if (p.MinCount > 0)
        {
            list.Add(new ConstraintRef(SelectionConstraintKind.MinimumCount, 0, 0));
        }

        if (p.MaxCount is int m && m < n)
        {
            list.Add(new ConstraintRef(SelectionConstraintKind.MaximumCount, 0, 0));
        }

        return list;
    }

    /// <summary>
    /// Gets the power-of-two exponent e the objective was scaled by: <see cref="Value"/> = original value · 2^−e, with e
    /// &lt; 0 when the largest |value| is below 1 (so it lies in [1, 2) in the model) and 0 otherwise. Powers of two
    /// scale exactly, so the model's sums are the original sums scaled; the solver's tolerances (absolute at
    /// magnitudes below 1) become relative to the problem (issue 9 §4: amounts from 1e-9 up).
    /// </summary>
    public int ValueExponent { get; private set; }

    /// <summary>Converts an objective value from problem units to model units.</summary>
    public double ToModelValue(double value) => Math.ScaleB(value, -ValueExponent);

    /// <summary>Converts an objective value (a bound, an incumbent) from model units back to problem units.</summary>
    public double FromModelValue(double value) => Math.ScaleB(value, ValueExponent);

    /// <summary>The feasibility tolerance of a capacity in a model row (scaled so its magnitude is at least 1): 1e-9 · max(1, capacity).</summary>
    public static double Tolerance(double capacity) => 1e-9 * Math.Max(1, Math.Abs(capacity));

    /// <summary>
    /// The feasibility tolerance of a capacity in problem units: 1e-9 · max(2^e, capacity), where 2^e is the largest
    /// power of two not above the row-period's magnitude (its capacity or largest consumption) when that magnitude is
    /// below 1, and 1 otherwise — the model tolerance <see cref="Tolerance(double)"/> of the scaled row, in problem units.
    /// </summary>
    public static double Tolerance(double capacity, double magnitude) => 1e-9 * Math.Max(Math.ScaleB(1.0, SmallExponent(magnitude)), Math.Abs(capacity));

    /// <summary>The exponent of the largest power of two not above <paramref name="magnitude"/> when it lies in (0, 1); otherwise 0 (no scaling).</summary>
    public static int SmallExponent(double magnitude) => magnitude > 0 && magnitude < 1 ? Math.ILogB(magnitude) : 0;

    /// <summary>The magnitude of a row in one period: the larger of its capacity and its largest consumption.</summary>
    public static double Magnitude(ResourceRow row, int period)
    {
        double mag = row.Capacity[period];
        foreach (var e in row.Consumption)
        {
            mag = Math.Max(mag, e.Value[period]);
        }

        return mag;
    }

    /// <summary>Compiles a problem, leaving out the constraints in <paramref name="inactive"/>, optionally with other objective coefficients.</summary>
    public static SelectionModel Build(SelectionProblem p, HashSet<ConstraintRef>? inactive = null, double[]? values = null)
    {
        int n = p.Candidates.Length;
        var m = new SelectionModel(n);
        double maxValue = 0;
        for (int j = 0; j < n; j++)
        {
            m.Value[j] = values is null ? p.Candidates[j].Value : values[j];
            maxValue = Math.Max(maxValue, Math.Abs(m.Value[j]));
        }

        // Objective scaling (exact, by a power of two) when every |value| is below 1; see ValueExponent.
        m.ValueExponent = SmallExponent(maxValue);
        if (m.ValueExponent != 0)
        {
            for (int j = 0; j < n; j++)
            {
                m.Value[j] = Math.ScaleB(m.Value[j], -m.ValueExponent);
            }
        }

        bool Active(ConstraintRef c) => inactive is null || !inactive.Contains(c);

        // Capacity rows.
        var caps = new List<double>();
        var rowsA = new List<double[]>();
        var kRow = new List<int>();
        var kPeriod = new List<int>();
        var greedyCost = new double[n];
        for (int r = 0; r < p.Rows.Length; r++)
        {
            ResourceRow row = p.Rows[r];
            for (int t = 0; t < row.PeriodCount; t++)
            {
                var a = new double[n];
                double demand = 0;
                double cap = row.Capacity[t];
                double magnitude = cap;
                foreach (var e in row.Consumption)
                {
                    int j = p.IndexOf(e.Key);
                    a[j] = e.Value[t];
                    demand += a[j];
                    magnitude = Math.Max(magnitude, a[j]);
                }

                if (cap > 0)
                {
                    for (int j = 0; j < n; j++)
                    {
                        greedyCost[j] += a[j] / cap;
                    }
                }

                if (demand > cap + Tolerance(cap, magnitude) && Active(new ConstraintRef(SelectionConstraintKind.Capacity, r, t)))
                {
                    // Row scaling (exact, by a power of two) when the row-period's magnitude is below 1, so the model
                    // tolerance 1e-9 · max(1, capacity) and the simplex pivot threshold are relative to the row.
                    int e = SmallExponent(magnitude);
                    if (e != 0)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            a[j] = Math.ScaleB(a[j], -e);
                        }

                        cap = Math.ScaleB(cap, -e);
                    }

                    caps.Add(cap);
                    rowsA.Add(a);
                    kRow.Add(r);
                    kPeriod.Add(t);
                }
            }
        }

        m.GreedyCost = greedyCost;
        m.K = caps.Count;
        m.Cap = [.. caps];
        m.Tol = [.. caps.Select(c => Tolerance(c))];
        m.A = [.. rowsA];
        m.KRow = [.. kRow];
        m.KPeriod = [.. kPeriod];
        m.RowItems = new int[m.K][];
        var itemRows = new List<int>[n];
        for (int j = 0; j < n; j++)
        {
            itemRows[j] = [];
        }

        for (int k = 0; k < m.K; k++)
        {
            double[] a = m.A[k];
            m.RowItems[k] = [.. Enumerable.Range(0, n).Where(j => a[j] > 0).OrderByDescending(j => a[j]).ThenBy(j => j)];
            foreach (int j in m.RowItems[k])
            {
                itemRows[j].Add(k);
            }
        }

        m.ItemRows = [.. itemRows.Select(l => l.ToArray())];

        // Count rows.
        var groupItems = new List<int[]>();
        var lo = new List<int>();
        var hi = new List<int>();
        for (int i = 0; i < p.Exclusions.Length; i++)
        {
            if (Active(new ConstraintRef(SelectionConstraintKind.MutualExclusion, i, 0)))
            {
                groupItems.Add([.. p.Exclusions[i].CandidateIds.Select(p.IndexOf)]);
                lo.Add(0);
                hi.Add(1);
            }
        }

        for (int i = 0; i < p.Groups.Length; i++)
        {
            CandidateGroup g = p.Groups[i];
            int size = g.CandidateIds.Length;
            int l = Active(new ConstraintRef(SelectionConstraintKind.GroupMinimum, i, 0)) ? g.Minimum : 0;
            int h = g.Maximum is int max && max < size && Active(new ConstraintRef(SelectionConstraintKind.GroupMaximum, i, 0)) ? max : size;
            if (l > 0 || h < size)
            {
                groupItems.Add([.. g.CandidateIds.Select(p.IndexOf)]);
                lo.Add(l);
                hi.Add(h);
            }
        }

        {
            int l = Active(new ConstraintRef(SelectionConstraintKind.MinimumCount, 0, 0)) ? p.MinCount : 0;
            int h = p.MaxCount is int max && max < n && Active(new ConstraintRef(SelectionConstraintKind.MaximumCount, 0, 0)) ? max : n;
            if (l > 0 || h < n)
            {
                groupItems.Add([.. Enumerable.Range(0, n)]);
                lo.Add(l);
                hi.Add(h);
            }
        }

        m.G = groupItems.Count;
        m.GroupItems = [.. groupItems];
        m.Lo = [.. lo];
        m.Hi = [.. hi];
        var itemGroups = new List<int>[n];
        for (int j = 0; j < n; j++)
        {
            itemGroups[j] = [];
        }

        for (int g = 0; g < m.G; g++)
        {
            foreach (int j in m.GroupItems[g])
            {
                itemGroups[j].Add(g);
            }
        }

        m.ItemGroups = [.. itemGroups.Select(l => l.ToArray())];

        // Requirements.
        var prereq = new List<int>[n];
        var dependents = new List<int>[n];
        for (int j = 0; j < n; j++)
        {
            prereq[j] = [];
            dependents[j] = [];
        }

        for (int i = 0; i < p.Requirements.Length; i++)
        {
            if (Active(new ConstraintRef(SelectionConstraintKind.Requirement, i, 0)))
            {
                int d = p.IndexOf(p.Requirements[i].Dependent);
                int q = p.IndexOf(p.Requirements[i].Prerequisite);
                prereq[d].Add(q);
                dependents[q].Add(d);
            }
        }

        m.Prereq = [.. prereq.Select(l => l.ToArray())];
        m.Dependents = [.. dependents.Select(l => l.ToArray())];
        m.ForcedIn = [.. Enumerable.Range(0, p.ForcedIn.Length).Where(i => Active(new ConstraintRef(SelectionConstraintKind.ForceIn, i, 0))).Select(i => p.IndexOf(p.ForcedIn[i]))];
        m.ForcedOut = [.. Enumerable.Range(0, p.ForcedOut.Length).Where(i => Active(new ConstraintRef(SelectionConstraintKind.ForceOut, i, 0))).Select(i => p.IndexOf(p.ForcedOut[i]))];
        return m;
    }
}
