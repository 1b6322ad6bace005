using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Tests.Prioritization.Selection;

/// <summary>
/// An independent oracle: checks a subset against every constraint of a problem straight from its public properties,
/// and enumerates all 2ⁿ subsets for the optimum. Written from the model's definition, sharing no code with the solver.
/// </summary>
internal static class SelectionOracle
{
    /// <summary>Which constraints count; every constraint by default.</summary>
    internal delegate bool ActiveFilter(SelectionConstraintKind kind, string? name, int? period, IReadOnlyList<string> ids);

    public static bool IsFeasible(SelectionProblem p, IReadOnlyCollection<string> selected, ActiveFilter? active = null)
    {
        active ??= (_, _, _, _) => true;
        var set = new HashSet<string>(selected, StringComparer.Ordinal);
        foreach (ResourceRow row in p.Rows)
        {
            for (int t = 0; t < row.PeriodCount; t++)
            {
                if (!active(SelectionConstraintKind.Capacity, row.Name, t, []))
                {
                    continue;
                }

                double use = set.Sum(id => row.ConsumptionOf(id, t));
                if (use > row.Capacity[t] + (1e-9 * Math.Max(1, row.Capacity[t])))
                {
                    return false;
                }
            }
        }

        foreach (SelectionRequirement r in p.Requirements)
        {
            if (active(SelectionConstraintKind.Requirement, null, null, [r.Dependent, r.Prerequisite]) && set.Contains(r.Dependent) && !set.Contains(r.Prerequisite))
            {
                return false;
            }
        }

        foreach (MutualExclusion e in p.Exclusions)
        {
            if (active(SelectionConstraintKind.MutualExclusion, e.Name, null, e.CandidateIds) && e.CandidateIds.Count(set.Contains) > 1)
            {
                return false;
            }
        }

        foreach (CandidateGroup g in p.Groups)
        {
            int count = g.CandidateIds.Count(set.Contains);
            if (active(SelectionConstraintKind.GroupMinimum, g.Name, null, g.CandidateIds) && count < g.Minimum)
            {
                return false;
            }

            if (g.Maximum is int max && active(SelectionConstraintKind.GroupMaximum, g.Name, null, g.CandidateIds) && count > max)
            {
                return false;
            }
        }

        foreach (string id in p.ForcedIn)
        {
            if (active(SelectionConstraintKind.ForceIn, null, null, [id]) && !set.Contains(id))
            {
                return false;
            }
        }

        foreach (string id in p.ForcedOut)
        {
            if (active(SelectionConstraintKind.ForceOut, null, null, [id]) && set.Contains(id))
            {
                return false;
            }
        }

        if (active(SelectionConstraintKind.MinimumCount, null, null, []) && set.Count < p.MinCount)
        {
            return false;
        }

        return !(p.MaxCount is int m && active(SelectionConstraintKind.MaximumCount, null, null, []) && set.Count > m);
    }

    /// <summary>The best value over all feasible subsets, or null when none is feasible.</summary>
    public static double? BruteForce(SelectionProblem p, ActiveFilter? active = null)
    {
        int n = p.Candidates.Length;
        double? best = null;
        var selected = new List<string>(n);
        for (long mask = 0; mask < 1L << n; mask++)
        {
            selected.Clear();
            double value = 0;
            for (int j = 0; j < n; j++)
            {
                if ((mask & (1L << j)) != 0)
                {
                    selected.Add(p.Candidates[j].Id);
                    value += p.Candidates[j].Value;
                }
            }

            if ((best is null || value > best) && IsFeasible(p, selected, active))
            {
                best = value;
            }
        }

        return best;
    }

    public static double ValueOf(SelectionProblem p, IEnumerable<string> ids) => ids.Sum(id => p.Candidates[p.IndexOf(id)].Value);

    /// <summary>A filter that keeps only the constraints of an explanation, optionally leaving one of them out.</summary>
    public static ActiveFilter Only(IEnumerable<SelectionConflict> conflicts, SelectionConflict? except = null)
    {
        List<SelectionConflict> list = [.. conflicts.Where(c => !ReferenceEquals(c, except))];
        return (kind, name, period, ids) => list.Any(c => c.Kind == kind && kind switch
        {
            SelectionConstraintKind.Capacity => c.Name == name && c.Period == period,
            SelectionConstraintKind.Requirement or SelectionConstraintKind.ForceIn or SelectionConstraintKind.ForceOut => c.CandidateIds.SequenceEqual(ids),
            SelectionConstraintKind.MutualExclusion or SelectionConstraintKind.GroupMinimum or SelectionConstraintKind.GroupMaximum => c.Name == name,
            _ => true,
        });
    }
}

/// <summary>Random PMO-like instances from a seed (small xorshift generator local to the tests).</summary>
internal static class RandomInstances
{
    public static SelectionProblem Make(int seed, int maxCandidates = 12, bool constraints = true)
    {
        var rng = new TestXorshift(unchecked(((ulong)seed * 0x9E3779B97F4A7C15UL) + 0x632BE59BD9B4E019UL));
        int Next(int exclusiveMax) => rng.Next(exclusiveMax);

        int n = 1 + Next(maxCandidates);
        string[] ids = [.. Enumerable.Range(0, n).Select(j => "P" + j)];
        var candidates = ids.Select(id => new SelectionCandidate(id, Next(10) == 0 ? -Next(10) : Next(60))).ToList();
        int rowCount = Next(3);
        int periods = 1 + Next(3);
        var rows = new List<ResourceRow>();
        for (int r = 0; r < rowCount; r++)
        {
            var consumption = ids.Where(_ => Next(5) != 0).ToDictionary(id => id, _ => Enumerable.Range(0, periods).Select(_ => (double)Next(20)).ToArray());
            double[] cap = [.. Enumerable.Range(0, periods).Select(t => Math.Floor(consumption.Values.Sum(a => a[t]) * (25 + Next(40)) / 100.0))];
            rows.Add(new ResourceRow("R" + r, cap, consumption));
        }

        SelectionProblem p = SelectionProblem.Create(candidates, rows);
        if (!constraints || n < 2)
        {
            return p;
        }

        for (int k = Next(4); k > 0; k--)
        {
            int a = Next(n), b = Next(n);
            if (a != b)
            {
                p = p.Requires(ids[a], ids[b]);
            }
        }

        for (int k = Next(3); k > 0; k--)
        {
            int a = Next(n), b = Next(n);
            if (a != b)
            {
                p = p.MutuallyExclusive("X" + k, [ids[a], ids[b]]);
            }
        }

        if (Next(3) == 0)
        {
            string[] members = [.. ids.Where(_ => Next(2) == 0)];
            if (members.Length > 0)
            {
                int min = Next(Math.Min(members.Length, 2) + 1);
                p = p.Group("G", members, min, Next(2) == 0 ? null : min + Next(members.Length - min + 1));
            }
        }

        if (Next(4) == 0)
        {
            p = p.ForceIn(ids[Next(n)]);
        }

        if (Next(4) == 0)
        {
            p = p.ForceOut(ids[Next(n)]);
        }

        if (Next(5) == 0)
        {
            p = p.WithMinCount(Next(3));
        }

        if (Next(5) == 0)
        {
            p = p.WithMaxCount(Next(n));
        }

        return p;
    }
}

/// <summary>
/// Marsaglia's xorshift64 (shifts 13, 7, 17; "Xorshift RNGs", <i>Journal of Statistical Software</i> 8(14), 2003): the
/// small deterministic generator behind the Selection tests' seeded instances.
/// </summary>
internal sealed class TestXorshift(ulong state)
{
    private ulong s = state;

    /// <summary>The next state reduced modulo <paramref name="exclusiveMax"/>.</summary>
    public int Next(int exclusiveMax)
    {
        unchecked
        {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            return (int)(s % (ulong)exclusiveMax);
        }
    }
}
