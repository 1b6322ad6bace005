using System.Globalization;
using Pmo.Core.Common;
using Pmo.Core.Scheduling;
using Pmo.Core.Scheduling.Leveling;
using Xunit.Abstractions;

namespace Pmo.Core.Tests.Scheduling.Leveling;

/// <summary>
/// The benchmark's shape (1,000 activities, 10 resources, mixed link types) at full size: every mode gives a
/// link-feasible schedule, the extending ones a resource-feasible one (checked by an independent sweep), and within float
/// keeps the finish. The figures are written to the test output for the record, not asserted.
/// </summary>
public class LevelingScaleTests(ITestOutputHelper output)
{
    private const int N = 1000;
    private const int K = 10;

    [Fact]
    public void A_thousand_activities_on_ten_resources()
    {
        Xoshiro256StarStar rng = Xoshiro256StarStar.FromSeed(7);
        var acts = new Activity[N];
        var links = new List<ActivityLink>();
        for (int j = 0; j < N; j++)
        {
            acts[j] = new Activity("a" + j.ToString(CultureInfo.InvariantCulture), 1 + rng.NextInt(10) + (rng.NextInt(4) / 4.0));
            for (int c = rng.NextInt(3); c >= 0 && j > 0; c--)
            {
                int p = Math.Max(0, j - 50) + rng.NextInt(Math.Min(j, 50));
                LinkType type = (LinkType)rng.NextInt(4);
                if (!links.Exists(l => l.Predecessor == acts[p].Id && l.Successor == acts[j].Id && l.Type == type))
                {
                    links.Add(new ActivityLink(acts[p].Id, acts[j].Id, type, rng.NextInt(5) - 2));
                }
            }
        }

        ActivityNetwork net = ActivityNetwork.Create(acts, links);
        ResourceCapacity[] caps = [.. Enumerable.Range(0, K).Select(k => new ResourceCapacity("r" + k.ToString(CultureInfo.InvariantCulture), [new CapacityStep(0, 3 + rng.NextInt(4)), new CapacityStep(100, 4 + rng.NextInt(4))]))];
        var reqs = new List<ResourceRequirement>();
        foreach (Activity a in acts)
        {
            foreach (int k in Enumerable.Range(0, 1 + rng.NextInt(3)).Select(_ => rng.NextInt(K)).Distinct())
            {
                reqs.Add(new ResourceRequirement(a.Id, caps[k].Resource, 1 + (rng.NextInt(5) / 2.0)));
            }
        }

        foreach (LevelingMode mode in Enum.GetValues<LevelingMode>())
        {
            LevelingResult r = ResourceLeveler.Level(net, reqs, caps, new LevelingOptions(mode));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mode}: CPM {r.CpmDuration}, leveled {r.ProjectDuration}, over-allocations {r.OverAllocations.Length}, delayed {r.Activities.Count(a => a.Delay > 0)}, extension pass {r.ExtensionPassUsed}"));
            Assert.True(LinksHold(net, r));
            if (mode == LevelingMode.WithinFloat)
            {
                Assert.Equal(r.CpmDuration, r.ProjectDuration);
                Assert.All(r.Activities, a => Assert.True(a.Start <= a.Cpm.LateStart));
            }
            else
            {
                Assert.True(r.IsResourceFeasible);
                Assert.True(ResourceFeasible(reqs, caps, r));
                Assert.True(r.ProjectDuration >= r.CpmDuration);
            }
        }
    }

    private static bool LinksHold(ActivityNetwork net, LevelingResult r) => net.Links.All(l =>
    {
        LeveledActivity p = r[l.Predecessor], s = r[l.Successor];
        double need = l.Type switch
        {
            LinkType.FinishToStart => p.Finish + l.Lag,
            LinkType.StartToStart => p.Start + l.Lag,
            LinkType.FinishToFinish => p.Finish + l.Lag - s.Duration,
            _ => p.Start + l.Lag - s.Duration,
        };
        return s.Start >= need - 1e-9;
    });

    /// <summary>Independent sweep: at every start of an activity using the resource, the usage of all activities running then fits.</summary>
    private static bool ResourceFeasible(List<ResourceRequirement> reqs, ResourceCapacity[] caps, LevelingResult r) => caps.All(c =>
    {
        var mine = reqs.Where(q => q.Resource == c.Resource).Select(q => (A: r[q.ActivityId], q.Units)).ToArray();
        double[] points = [.. mine.Select(x => x.A.Start).Concat(c.Steps.Select(s => s.From)).Distinct()];
        return points.All(t => mine.Where(x => x.A.Start <= t && t < x.A.Finish).Sum(x => x.Units) <= c.CapacityAt(t) + 1e-9);
    });
}
