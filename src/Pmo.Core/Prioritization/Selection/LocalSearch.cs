namespace Pmo.Core.Prioritization.Selection;

/// <summary>
/// Improves a complete feasible assignment by local search that keeps every constraint: drop a selected candidate
/// with negative value, add an unselected candidate with positive value (1-opt), and swap one selected candidate for a
/// more valuable unselected one (1-1 exchange), until no move improves (first improvement, candidates tried by value
/// descending; S. Martello and P. Toth, <i>Knapsack Problems</i>, 1990, §2.4 on improvement heuristics).
/// Deterministic; allocates only at construction.
/// </summary>
internal sealed class LocalSearch
{
    private readonly SelectionModel m;
    private readonly double[] residual;
    private readonly int[] count;
    private readonly bool[] selected;
    private readonly bool[] locked;
    private readonly int[] byValue;
    private readonly bool[] inGroupOfRemoved;

    public LocalSearch(SelectionModel model)
    {
        m = model;
        residual = new double[model.K];
        count = new int[model.G];
        selected = new bool[model.N];
        locked = new bool[model.N];
        inGroupOfRemoved = new bool[model.G];
        foreach (int j in model.ForcedIn)
        {
            locked[j] = true;
        }

        foreach (int j in model.ForcedOut)
        {
            locked[j] = true;
        }

        byValue = [.. Enumerable.Range(0, model.N).OrderByDescending(j => model.Value[j]).ThenBy(j => j)];
    }

    /// <summary>Improves the feasible complete assignment <paramref name="x"/> (0/1 entries) in place; returns its value.</summary>
    public double Improve(sbyte[] x)
    {
        Array.Copy(m.Cap, residual, m.K);
        Array.Clear(count);
        double value = 0;
        for (int j = 0; j < m.N; j++)
        {
            selected[j] = x[j] == 1;
            if (selected[j])
            {
                Apply(j, 1);
                value += m.Value[j];
            }
        }

        bool improved = true;
        for (int pass = 0; improved && pass < 100; pass++)
        {
            improved = false;
            foreach (int j in byValue)
            {
                if (locked[j])
                {
                    continue;
                }

                if (selected[j] && m.Value[j] < 0 && CanSwap(j, -1))
                {
                    Apply(j, -1);
                    value -= m.Value[j];
                    improved = true;
                }
                else if (!selected[j] && m.Value[j] > 0 && CanSwap(-1, j))
                {
                    Apply(j, 1);
                    value += m.Value[j];
                    improved = true;
                }
            }

            // 1-1 exchanges: for each selected i (least valuable first), the most valuable feasible unselected j with v_j > v_i.
            for (int a = byValue.Length - 1; a >= 0; a--)
            {
                int i = byValue[a];
                if (!selected[i] || locked[i])
                {
                    continue;
                }

                foreach (int j in byValue)
                {
                    if (m.Value[j] <= m.Value[i] + (1e-12 * Math.Max(1, Math.Abs(m.Value[i]))))
                    {
                        break;
                    }

                    if (!selected[j] && !locked[j] && CanSwap(i, j))
                    {
                        Apply(i, -1);
                        Apply(j, 1);
                        value += m.Value[j] - m.Value[i];
                        improved = true;
                        break;
                    }
                }
            }
        }

        value = 0;
        for (int j = 0; j < m.N; j++)
        {
            x[j] = selected[j] ? (sbyte)1 : (sbyte)0;
            if (selected[j])
            {
                value += m.Value[j];
            }
        }

        return value;
    }

    private void Apply(int j, int sign)
    {
        selected[j] = sign > 0;
        foreach (int k in m.ItemRows[j])
        {
            residual[k] -= sign * m.A[k][j];
        }

        foreach (int g in m.ItemGroups[j])
        {
            count[g] += sign;
        }
    }

    /// <summary>Whether removing <paramref name="i"/> (or none, −1) and adding <paramref name="j"/> (or none, −1) keeps every constraint.</summary>
    private bool CanSwap(int i, int j)
    {
        if (i >= 0)
        {
            foreach (int d in m.Dependents[i])
            {
                if (selected[d] && d != i)
                {
                    return false;
                }
            }

            foreach (int g in m.ItemGroups[i])
            {
                inGroupOfRemoved[g] = true;
            }
        }

        bool ok = true;
        if (j >= 0)
        {
            foreach (int q in m.Prereq[j])
            {
                if (!selected[q] || q == i)
                {
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                foreach (int g in m.ItemGroups[j])
                {
                    int c = count[g] - (inGroupOfRemoved[g] ? 1 : 0);
                    if (c + 1 > m.Hi[g])
                    {
                        ok = false;
                        break;
                    }
                }
            }

            if (ok)
            {
                foreach (int k in m.ItemRows[j])
                {
                    double r = residual[k] + (i >= 0 ? m.A[k][i] : 0);
                    if (m.A[k][j] > r + m.Tol[k])
                    {
                        ok = false;
                        break;
                    }
                }
            }
        }

        if (i >= 0)
        {
            if (ok)
            {
                // Group minima: the removal must leave enough members (j may replace i in a group).
                foreach (int g in m.ItemGroups[i])
                {
                    int c = count[g] - 1;
                    if (j >= 0 && Contains(m.ItemGroups[j], g))
                    {
                        c++;
                    }

                    if (c < m.Lo[g])
                    {
                        ok = false;
                        break;
                    }
                }
            }

            foreach (int g in m.ItemGroups[i])
            {
                inGroupOfRemoved[g] = false;
            }
        }

        return ok;
    }

    private static bool Contains(int[] items, int g)
    {
        foreach (int h in items)
        {
            if (h == g)
            {
                return true;
            }
        }

        return false;
    }
}
