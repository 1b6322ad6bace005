using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Benchmarks.Risk.Simulation;

/// <summary>
/// The benchmark network, defined by formulas (no random generator) so that benchmarks/numpy/forward_pass.py builds the
/// identical network: activity i has most-likely duration m_i = 5 + (37·i mod 20) working days, triangular
/// (0.8 m_i, m_i, 1.5 m_i), and finish-to-start predecessors i − 1, i − 1 − (7·i mod 13) and i − 1 − (11·i mod 47)
/// (those ≥ 0, duplicates removed): about 2.9 links per activity, a long, wide network like a real schedule.
/// </summary>
internal static class BenchmarkNetworks
{
    public static double MostLikely(int i) => 5 + ((37 * i) % 20);

    public static IEnumerable<int> Predecessors(int i)
    {
        var seen = new SortedSet<int>();
        foreach (int p in new[] { i - 1, i - 1 - ((7 * i) % 13), i - 1 - ((11 * i) % 47) })
        {
            if (p >= 0)
            {
                seen.Add(p);
            }
        }

        return seen;
    }

    public static ActivityNetwork Network(int n)
    {
        var acts = new List<Activity>(n);
        var links = new List<ActivityLink>();
        for (int i = 0; i < n; i++)
        {
            acts.Add(new Activity($"A{i}", MostLikely(i), costRate: 1000));
            foreach (int p in Predecessors(i))
            {
                links.Add(new ActivityLink($"A{p}", $"A{i}"));
            }
        }

        return ActivityNetwork.Create(acts, links);
    }

    public static SimulationModel Model(int n, Func<double, Distribution> distribution)
    {
        ActivityNetwork net = Network(n);
        return SimulationModel.Create(net, Enumerable.Range(0, n).Select(i => new ActivityUncertainty($"A{i}", distribution(MostLikely(i)))));
    }
}
