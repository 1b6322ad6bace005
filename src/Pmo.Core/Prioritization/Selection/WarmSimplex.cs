using System.Numerics;
using System.Runtime.InteropServices;

namespace Pmo.Core.Prioritization.Selection;

/// <summary>
/// The LP relaxation of a whole <see cref="SelectionModel"/> (every structural column; rows: capacities, count maxima,
/// requirements <c>x_d − x_q ≤ 0</c>) as a dense bounded-variable tableau that is kept between branch-and-bound nodes.
/// Fixing a variable changes its bounds only, which keeps the basis dual feasible, so a child node is re-optimised by a
/// few dual simplex pivots from its parent's optimal basis (C. E. Lemke, "The dual method of solving the linear
/// programming problem", <i>Naval Research Logistics Quarterly</i> 1, 1954; bounded-variable form: R. E. Bixby, "Solving
/// real-world linear programs: a decade and more of progress", <i>Operations Research</i> 50(1), 2002) instead of from
/// scratch. A primal simplex pass follows as a safety net. The caller only uses the row duals through the Lagrangian
/// value, which is a valid bound for any duals ≥ 0, so an iteration cap or rounding weakens a bound, never invalidates it.
/// </summary>
internal sealed class WarmSimplex
{
    private const double Eps = 1e-9;
    private readonly int n;
    private readonly int rows;
    private readonly int width;
    private readonly double[] original;
    private readonly double[] rhs;
    private readonly double[] cost;
    private readonly double[] t;
    private readonly double[] beta;
    private readonly double[] d;
    private readonly int[] basis;
    private readonly int[] rowOf;
    private readonly double[] lo;
    private readonly double[] up;
    private readonly bool[] atUpper;

    public WarmSimplex(SelectionModel m)
    {
        n = m.N;
        var kind = new List<int>();
        var index = new List<int>();
        var other = new List<int>();
        for (int k = 0; k < m.K; k++)
        {
            kind.Add(0);
            index.Add(k);
            other.Add(0);
        }

        for (int g = 0; g < m.G; g++)
        {
            if (m.Hi[g] < m.GroupItems[g].Length)
            {
                kind.Add(1);
                index.Add(g);
                other.Add(0);
            }
        }

        for (int dep = 0; dep < n; dep++)
        {
            foreach (int q in m.Prereq[dep])
            {
                kind.Add(2);
                index.Add(dep);
                other.Add(q);
            }
        }

        RowKind = [.. kind];
        RowIndex = [.. index];
        RowOther = [.. other];
        rows = RowKind.Length;
        width = n + rows;
        original = new double[rows * width];
        rhs = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            int s = i * width;
            switch (RowKind[i])
            {
                case 0:
                    foreach (int j in m.RowItems[RowIndex[i]])
                    {
                        original[s + j] = m.A[RowIndex[i]][j];
                    }

                    rhs[i] = m.Cap[RowIndex[i]];
                    break;
                case 1:
                    foreach (int j in m.GroupItems[RowIndex[i]])
                    {
                        original[s + j] += 1;
                    }

                    rhs[i] = m.Hi[RowIndex[i]];
                    break;
                default:
                    original[s + RowIndex[i]] += 1;
                    original[s + RowOther[i]] -= 1;
                    break;
            }

            original[s + n + i] = 1;
        }

        cost = m.Value;
        t = new double[rows * width];
        beta = new double[rows];
        d = new double[width];
        basis = new int[rows];
        rowOf = new int[width];
        lo = new double[width];
        up = new double[width];
        atUpper = new bool[width];
    }

    /// <summary>Gets the kind of each row: 0 capacity (index k), 1 count maximum (index g), 2 requirement (index dependent, other prerequisite).</summary>
    public int[] RowKind { get; }

    public int[] RowIndex { get; }

    public int[] RowOther { get; }

    public int Rows => rows;

    /// <summary>Loads the slack basis for the fixings <paramref name="x"/> (−1 free) and solves by the primal simplex.</summary>
    public void Cold(sbyte[] x, int iterationCap)
    {
        Array.Copy(original, t, original.Length);
        Array.Clear(d);
        Array.Copy(cost, d, n);
        Array.Copy(rhs, beta, rows);
        for (int j = 0; j < n; j++)
        {
            lo[j] = x[j] == 1 ? 1 : 0;
            up[j] = x[j] == 0 ? 0 : 1;
            atUpper[j] = x[j] == 1;
            rowOf[j] = -1;
            if (x[j] == 1)
            {
                for (int i = 0; i < rows; i++)
                {
                    beta[i] -= t[(i * width) + j];
                }
            }
        }

        for (int i = 0; i < rows; i++)
        {
            int s = n + i;
            lo[s] = 0;
            up[s] = double.PositiveInfinity;
            atUpper[s] = false;
            basis[i] = s;
            rowOf[s] = i;
        }

        Primal(iterationCap);
    }

    /// <summary>
    /// Moves the current basis to the fixings <paramref name="x"/> of another node: released variables get their [0, 1]
    /// bounds back (the basis stays primal feasible) and are re-optimised by the primal simplex, then the new fixings are
    /// applied and re-optimised by the dual simplex. Falls back to <see cref="Cold"/> when the dual simplex fails.
    /// </summary>
    public void Sync(sbyte[] x, int iterationCap)
    {
        bool relaxed = false;
        for (int j = 0; j < n; j++)
        {
            if (x[j] == -1 && lo[j] == up[j])
            {
                double value = lo[j];
                lo[j] = 0;
                up[j] = 1;
                atUpper[j] = value == 1;
                relaxed = true;
            }
        }

        if (relaxed)
        {
            Primal(iterationCap);
        }

        for (int j = 0; j < n; j++)
        {
            if (x[j] != -1 && (lo[j] != up[j] || lo[j] != x[j]))
            {
                Fix(j, x[j]);
            }
        }

        if (!Reoptimize(iterationCap))
        {
            Cold(x, iterationCap);
        }
    }

    /// <summary>Fixes a structural variable to <paramref name="v"/> (its bounds become [v, v]).</summary>
    public void Fix(int j, sbyte v)
    {
        double before = rowOf[j] < 0 ? (atUpper[j] ? up[j] : lo[j]) : 0;
        if (lo[j] == up[j] && rowOf[j] < 0)
        {
            // Re-fixing a fixed non-basic variable: release it first so the value shift below is exact.
            before = lo[j];
        }

        lo[j] = v;
        up[j] = v;
        if (rowOf[j] < 0)
        {
            atUpper[j] = v == 1;
            double delta = v - before;
            if (delta != 0)
            {
                for (int i = 0; i < rows; i++)
                {
                    beta[i] -= delta * t[(i * width) + j];
                }
            }
        }
    }

    /// <summary>Re-optimises after <see cref="Fix"/> calls: dual simplex to primal feasibility, then primal simplex. False when the dual simplex proves the LP infeasible.</summary>
    public bool Reoptimize(int iterationCap)
    {
        for (int iteration = 0; iteration < iterationCap; iteration++)
        {
            int r = -1;
            double worst = 1e-7;
            bool below = false;
            for (int i = 0; i < rows; i++)
            {
                int b = basis[i];
                double v = lo[b] - beta[i];
                if (v > worst)
                {
                    worst = v;
                    r = i;
                    below = true;
                }

                v = beta[i] - up[b];
                if (v > worst)
                {
                    worst = v;
                    r = i;
                    below = false;
                }
            }

            if (r < 0)
            {
                break;
            }

            int rs = r * width;
            int enter = -1;
            double ratio = double.PositiveInfinity;
            for (int j = 0; j < width; j++)
            {
                if (rowOf[j] >= 0 || lo[j] == up[j])
                {
                    continue;
                }

                double a = t[rs + j];
                bool eligible = below ? (atUpper[j] ? a > Eps : a < -Eps) : (atUpper[j] ? a < -Eps : a > Eps);
                if (eligible)
                {
                    double q = Math.Abs(d[j]) / Math.Abs(a);
                    if (q < ratio)
                    {
                        ratio = q;
                        enter = j;
                    }
                }
            }

            if (enter < 0)
            {
                return false;
            }

            int leaving = basis[r];
            double target = below ? lo[leaving] : up[leaving];
            double delta = (beta[r] - target) / t[rs + enter];
            for (int i = 0; i < rows; i++)
            {
                beta[i] -= t[(i * width) + enter] * delta;
            }

            double enteringValue = (atUpper[enter] ? up[enter] : lo[enter]) + delta;
            atUpper[leaving] = !below;
            rowOf[leaving] = -1;
            Pivot(r, enter);
            basis[r] = enter;
            rowOf[enter] = r;
            atUpper[enter] = false;
            beta[r] = enteringValue;
        }

        Primal(iterationCap);
        return true;
    }

    /// <summary>Gets the objective value <c>Σ_j v_j·x_j</c> of the current basic solution.</summary>
    public double ObjectiveValue()
    {
        double z = 0;
        for (int j = 0; j < n; j++)
        {
            int r = rowOf[j];
            z += cost[j] * (r >= 0 ? beta[r] : atUpper[j] ? up[j] : lo[j]);
        }

        return z;
    }

    /// <summary>Writes the row duals (≥ 0) into <paramref name="duals"/>.</summary>
    public void Duals(double[] duals)
    {
        for (int i = 0; i < rows; i++)
        {
            duals[i] = Math.Max(0, -d[n + i]);
        }
    }

    /// <summary>Writes the structural primal values, clamped to [0, 1], into <paramref name="values"/>.</summary>
    public void Values(double[] values)
    {
        for (int j = 0; j < n; j++)
        {
            int r = rowOf[j];
            values[j] = r >= 0 ? Math.Clamp(beta[r], 0, 1) : atUpper[j] ? up[j] : lo[j];
        }
    }

    private void Primal(int iterationCap)
    {
        for (int iteration = 0; iteration < iterationCap; iteration++)
        {
            int enter = -1;
            double best = Eps;
            for (int j = 0; j < width; j++)
            {
                if (rowOf[j] >= 0 || lo[j] == up[j])
                {
                    continue;
                }

                double gain = atUpper[j] ? -d[j] : d[j];
                if (gain > best)
                {
                    best = gain;
                    enter = j;
                }
            }

            if (enter < 0)
            {
                return;
            }

            double direction = atUpper[enter] ? -1 : 1;
            double theta = up[enter] - lo[enter];
            int leave = -1;
            bool leaveToUpper = false;
            for (int i = 0; i < rows; i++)
            {
                double a = t[(i * width) + enter] * direction;
                int b = basis[i];
                if (a > Eps)
                {
                    double limit = Math.Max(beta[i] - lo[b], 0) / a;
                    if (limit < theta)
                    {
                        theta = limit;
                        leave = i;
                        leaveToUpper = false;
                    }
                }
                else if (a < -Eps && up[b] < double.PositiveInfinity)
                {
                    double limit = Math.Max(up[b] - beta[i], 0) / -a;
                    if (limit < theta)
                    {
                        theta = limit;
                        leave = i;
                        leaveToUpper = true;
                    }
                }
            }

            if (double.IsPositiveInfinity(theta))
            {
                return;
            }

            for (int i = 0; i < rows; i++)
            {
                beta[i] -= direction * theta * t[(i * width) + enter];
            }

            if (leave < 0)
            {
                atUpper[enter] = !atUpper[enter];
                continue;
            }

            double enteringValue = (atUpper[enter] ? up[enter] : lo[enter]) + (direction * theta);
            int leaving = basis[leave];
            atUpper[leaving] = leaveToUpper;
            rowOf[leaving] = -1;
            Pivot(leave, enter);
            basis[leave] = enter;
            rowOf[enter] = leave;
            atUpper[enter] = false;
            beta[leave] = enteringValue;
        }
    }

    private void Pivot(int r, int c)
    {
        int rowStart = r * width;
        Span<double> pivotRow = t.AsSpan(rowStart, width);
        double p = pivotRow[c];
        Scale(pivotRow, 1 / p);
        pivotRow[c] = 1;
        for (int i = 0; i < rows; i++)
        {
            if (i == r)
            {
                continue;
            }

            int start = i * width;
            double f = t[start + c];
            if (f != 0)
            {
                AddScaled(t.AsSpan(start, width), pivotRow, -f);
                t[start + c] = 0;
            }
        }

        double fc = d[c];
        if (fc != 0)
        {
            AddScaled(d, pivotRow, -fc);
            d[c] = 0;
        }
    }

    /// <summary>y ← y · s.</summary>
    private static void Scale(Span<double> y, double s)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            Span<Vector<double>> v = MemoryMarshal.Cast<double, Vector<double>>(y);
            for (int k = 0; k < v.Length; k++)
            {
                v[k] *= s;
            }

            i = v.Length * Vector<double>.Count;
        }

        for (; i < y.Length; i++)
        {
            y[i] *= s;
        }
    }

    /// <summary>y ← y + s · x (equal lengths).</summary>
    private static void AddScaled(Span<double> y, ReadOnlySpan<double> x, double s)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            Span<Vector<double>> vy = MemoryMarshal.Cast<double, Vector<double>>(y);
            ReadOnlySpan<Vector<double>> vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var vs = new Vector<double>(s);
            for (int k = 0; k < vy.Length; k++)
            {
                vy[k] += vs * vx[k];
            }

            i = vy.Length * Vector<double>.Count;
        }

        for (; i < y.Length; i++)
        {
            y[i] += s * x[i];
        }
    }
}
