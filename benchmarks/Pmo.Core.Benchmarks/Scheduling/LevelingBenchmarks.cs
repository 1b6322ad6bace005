using BenchmarkDotNet.Attributes;
using Pmo.Core.Scheduling;
using Pmo.Core.Scheduling.Leveling;

namespace Pmo.Core.Benchmarks.Scheduling;

/// <summary>
/// Leveling a random 1,000-activity network (1–3 predecessors each among the previous 50, mostly FS, some SS/FF with
/// lags; integer durations 1–10 working days) against 10 resources (capacity 4–8, one with a step), each activity
/// needing 1–3 resources at 1–3 units: <see cref="ResourceLeveler.Level"/> in each mode against a naive day-by-day serial
/// scheme (a usage grid per day and resource; for each activity in the same LST order, try t = EP, EP + 1, … and check
/// every day of its duration). The naive version needs integer times and does no validation or reporting.
/// </summary>
[MemoryDiagnoser]
public class LevelingBenchmarks
{
    private const int N = 1000;
    private const int K = 10;
    private ActivityNetwork network = null!;
    private ResourceRequirement[] requirements = [];
    private ResourceCapacity[] capacities = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var acts = new Activity[N];
        var links = new List<ActivityLink>();
        for (int j = 0; j < N; j++)
        {
            acts[j] = new Activity("a" + j, random.Next(1, 11));
            if (j == 0)
            {
                continue;
            }

            foreach (int p in Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(Math.Max(0, j - 50), j)).Distinct())
            {
                int kind = random.Next(10);
                links.Add(kind switch
                {
                    < 7 => new ActivityLink(acts[p].Id, acts[j].Id),
                    < 9 => new ActivityLink(acts[p].Id, acts[j].Id, LinkType.StartToStart, random.Next(0, 4)),
                    _ => new ActivityLink(acts[p].Id, acts[j].Id, LinkType.FinishToFinish, random.Next(-2, 3)),
                });
            }
        }

        network = ActivityNetwork.Create(acts, links);
        capacities = [.. Enumerable.Range(0, K).Select(k => k == 0
            ? new ResourceCapacity("r0", [new CapacityStep(0, 4), new CapacityStep(200, 6)])
            : new ResourceCapacity("r" + k, random.Next(4, 9)))];
        requirements = [.. acts.SelectMany(a => Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(K)).Distinct()
            .Select(k => new ResourceRequirement(a.Id, "r" + k, random.Next(1, 4))))];
    }

    /// <summary>Naive: CPM, LST order by repeated scans of the eligible set, then a day-by-day search on a usage grid.</summary>
    [Benchmark(Baseline = true)]
    public double NaiveDayByDay()
    {
        CpmResult cpm = CriticalPath.Analyze(network);
        int n = network.Activities.Length;
        int horizon = (int)network.Activities.Sum(a => a.Duration) + 1;
        double[] used = new double[horizon * K];
        double[] d = [.. network.Activities.Select(a => a.Duration)];
        var incoming = new List<(int P, ActivityLink L)>[n];
        var reqs = new List<(int K, double U)>[n];
        for (int j = 0; j < n; j++)
        {
            incoming[j] = [];
            reqs[j] = [];
        }

        foreach (ActivityLink l in network.Links)
        {
            incoming[network.IndexOf(l.Successor)].Add((network.IndexOf(l.Predecessor), l));
        }

        foreach (ResourceRequirement q in requirements)
        {
            reqs[network.IndexOf(q.ActivityId)].Add((int.Parse(q.Resource.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture), q.Units));
        }

        double[] start = new double[n];
        bool[] placed = new bool[n];
        double finish = 0;
        for (int step = 0; step < n; step++)
        {
            int j = -1;
            for (int i = 0; i < n; i++)
            {
                if (!placed[i] && incoming[i].TrueForAll(x => placed[x.P]) && (j < 0 || cpm.Activities[i].LateStart < cpm.Activities[j].LateStart))
                {
                    j = i;
                }
            }

            double ep = 0;
            foreach ((int p, ActivityLink l) in incoming[j])
            {
                ep = Math.Max(ep, l.Type switch
                {
                    LinkType.FinishToStart => start[p] + d[p] + l.Lag,
                    LinkType.StartToStart => start[p] + l.Lag,
                    LinkType.FinishToFinish => start[p] + d[p] + l.Lag - d[j],
                    _ => start[p] + l.Lag - d[j],
                });
            }

            int t = (int)ep;
            while (!Fits(j, t))
            {
                t++;
            }

            foreach ((int k, double u) in reqs[j])
            {
                for (int day = t; day < t + (int)d[j]; day++)
                {
                    used[(day * K) + k] += u;
                }
            }

            start[j] = t;
            placed[j] = true;
            finish = Math.Max(finish, t + d[j]);
        }

        return finish;

        bool Fits(int j, int t)
        {
            foreach ((int k, double u) in reqs[j])
            {
                for (int day = t; day < t + (int)d[j]; day++)
                {
                    if (used[(day * K) + k] + u > capacities[k].CapacityAt(day))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }

    /// <summary>Resource-constrained (extending) leveling, continuous-time profile, with validation and reporting.</summary>
    [Benchmark]
    public double ExtendFinish() => ResourceLeveler.Level(network, requirements, capacities, new LevelingOptions(LevelingMode.ExtendFinish)).ProjectDuration;

    /// <summary>Leveling within float (the finish is kept; conflicts reported).</summary>
    [Benchmark]
    public double WithinFloat() => ResourceLeveler.Level(network, requirements, capacities).OverAllocations.Length;

    /// <summary>Within float, then two extending passes when conflicts remain.</summary>
    [Benchmark]
    public double WithinFloatThenExtend() => ResourceLeveler.Level(network, requirements, capacities, new LevelingOptions(LevelingMode.WithinFloatThenExtend)).ProjectDuration;
}
