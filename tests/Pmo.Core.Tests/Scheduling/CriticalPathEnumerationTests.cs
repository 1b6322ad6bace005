using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Scheduling;

/// <summary>Critical path enumeration: hand examples, the cap, and properties on random networks.</summary>
public class CriticalPathEnumerationTests
{
    private static CriticalPathSet Paths(Activity[] activities, ActivityLink[] links, int maxPaths = 1000, double tolerance = 1e-9) =>
        CriticalPath.EnumerateCriticalPaths(CriticalPath.Analyze(ActivityNetwork.Create(activities, links), tolerance), maxPaths);

    private static string[][] Ids(CriticalPathSet s) => [.. s.Paths.Select(p => p.ToArray())];

    /// <summary>Diamond A(1) → B(3), C(3) → D(1): both branches have length 5, so two critical paths.</summary>
    [Fact]
    public void Two_parallel_critical_paths()
    {
        CriticalPathSet s = Paths([new("A", 1), new("B", 3), new("C", 3), new("D", 1)], [new("A", "B"), new("A", "C"), new("B", "D"), new("C", "D")]);
        Assert.Equal([["A", "B", "D"], ["A", "C", "D"]], Ids(s));
        Assert.False(s.IsCapped);
        Assert.Equal(1000, s.MaxPaths);
    }

    /// <summary>A(2) → B(5) → C(1) and A → C: all three critical, but the link A → C has slack 7 − 2 = 5, so it is not on a path.</summary>
    [Fact]
    public void Non_driving_links_between_critical_activities_are_not_followed()
    {
        CriticalPathSet s = Paths([new("A", 2), new("B", 5), new("C", 1)], [new("A", "B"), new("B", "C"), new("A", "C")]);
        Assert.Equal([["A", "B", "C"]], Ids(s));
    }

    /// <summary>The docs example: B (SNET 8) drives C, C drives M; A has float. The path starts at B, driven by its constraint.</summary>
    [Fact]
    public void A_path_may_start_at_a_constrained_activity()
    {
        CriticalPathSet s = Paths(
            [new("A", 5), new("B", 2, startNoEarlierThan: 8), new("C", 3), new("M", 0)],
            [new("A", "C", LinkType.FinishToStart, -2), new("B", "C"), new("C", "M")]);
        Assert.Equal([["B", "C", "M"]], Ids(s));
    }

    /// <summary>SS 0 and FF 0 between A(4) and B(4): both links are driving, the pair is listed once.</summary>
    [Fact]
    public void Several_links_between_one_pair_count_once()
    {
        CriticalPathSet s = Paths([new("A", 4), new("B", 4)], [new("A", "B", LinkType.StartToStart), new("A", "B", LinkType.FinishToFinish)]);
        Assert.Equal([["A", "B"]], Ids(s));
    }

    /// <summary>A(3), B(2) → C(1): B has float 1; with tolerance 1 it is critical and the link B → C (slack 1) driving.</summary>
    [Fact]
    public void The_float_tolerance_admits_near_critical_paths()
    {
        Activity[] acts = [new("A", 3), new("B", 2), new("C", 1)];
        ActivityLink[] links = [new("A", "C"), new("B", "C")];
        Assert.Equal([["A", "C"]], Ids(Paths(acts, links)));
        Assert.Equal([["A", "C"], ["B", "C"]], Ids(Paths(acts, links, tolerance: 1)));
    }

    /// <summary>A ladder of k equal diamonds has 2^k critical paths.</summary>
    private static (Activity[] Activities, ActivityLink[] Links) Ladder(int k)
    {
        var acts = new List<Activity> { new("J0", 0) };
        var links = new List<ActivityLink>();
        for (int i = 1; i <= k; i++)
        {
            acts.AddRange([new($"U{i}", 1), new($"D{i}", 1), new($"J{i}", 0)]);
            links.AddRange([new($"J{i - 1}", $"U{i}"), new($"J{i - 1}", $"D{i}"), new($"U{i}", $"J{i}"), new($"D{i}", $"J{i}")]);
        }

        return ([.. acts], [.. links]);
    }

    [Fact]
    public void The_cap_bounds_the_listing()
    {
        (Activity[] acts, ActivityLink[] links) = Ladder(12); // 4096 paths
        CriticalPathSet all = Paths(acts, links, maxPaths: 4096);
        Assert.Equal(4096, all.Paths.Length);
        Assert.False(all.IsCapped);
        Assert.Equal(4096, all.Paths.Select(p => string.Join(",", p)).Distinct().Count());

        CriticalPathSet cut = Paths(acts, links, maxPaths: 4095);
        Assert.True(cut.IsCapped);
        Assert.Equal(4095, cut.Paths.Length);

        CriticalPathSet one = Paths(acts, links, maxPaths: 1);
        Assert.True(one.IsCapped);
        Assert.Equal(["J0", "U1", "J1", "U2", "J2"], one.Paths[0].Take(5).ToArray());
    }

    [Fact]
    public void The_cap_stops_an_astronomic_count_quickly()
    {
        (Activity[] acts, ActivityLink[] links) = Ladder(200); // 2^200 paths
        CriticalPathSet s = Paths(acts, links, maxPaths: 50);
        Assert.True(s.IsCapped);
        Assert.Equal(50, s.Paths.Length);
        Assert.All(s.Paths, p => Assert.Equal(401, p.Length));
    }

    private static readonly Gen<(int[] Durations, int[] Snet, (int A, int B, int T, int Lag)[] Edges)> Networks =
        Gen.Choose(1, 25).SelectMany(n =>
            Gen.Choose(0, 10).ArrayOf(n).SelectMany(d =>
                Gen.Choose(-10, 15).ArrayOf(n).SelectMany(snet =>
                    Gen.Choose(0, n - 1).SelectMany(a => Gen.Choose(0, n - 1).SelectMany(b => Gen.Choose(0, 3).SelectMany(t => Gen.Choose(-3, 5).Select(lag => (a, b, t, lag)))))
                        .ArrayOf().Select(e => (d, snet, e)))));

    private static CpmResult Build((int[] Durations, int[] Snet, (int A, int B, int T, int Lag)[] Edges) g)
    {
        int n = g.Durations.Length;
        Activity[] acts = [.. Enumerable.Range(0, n).Select(i => new Activity($"A{i}", g.Durations[i], startNoEarlierThan: g.Snet[i] > 0 ? g.Snet[i] : null))];
        ActivityLink[] links = [.. g.Edges.Where(e => e.A != e.B).Select(e => (Lo: Math.Min(e.A, e.B), Hi: Math.Max(e.A, e.B), e.T, e.Lag))
            .DistinctBy(e => (e.Lo, e.Hi, e.T)).Select(e => new ActivityLink($"A{e.Lo}", $"A{e.Hi}", (LinkType)e.T, e.Lag))];
        return CriticalPath.Analyze(ActivityNetwork.Create(acts, links));
    }

    /// <summary>
    /// With integer data (exact arithmetic): every path starts at max(0, SNET), ends at the project duration, joins
    /// consecutive activities by a link with zero slack, lists no path twice, and the paths together cover exactly the
    /// critical set (a critical activity's tight predecessor link and tight successor link always lead to critical
    /// activities).
    /// </summary>
    [Fact]
    public void Paths_are_driving_chains_covering_the_critical_set() =>
        Prop.ForAll(Networks.ToArbitrary(), g =>
        {
            CpmResult r = Build(g);
            CriticalPathSet s = CriticalPath.EnumerateCriticalPaths(r, 100_000);
            if (s.IsCapped)
            {
                return true;
            }

            bool chains = s.Paths.All(p =>
                r[p[0]].EarlyStart == Math.Max(0, r[p[0]].Activity.StartNoEarlierThan ?? 0)
                && r[p[^1]].EarlyFinish == r.ProjectDuration
                && p.Zip(p.Skip(1)).All(x => r.Network.Links.Any(l => l.Predecessor == x.First && l.Successor == x.Second && Slack(r, l) == 0)));
            bool distinct = s.Paths.Select(p => string.Join(",", p)).Distinct().Count() == s.Paths.Length;
            bool covers = s.Paths.SelectMany(p => p).ToHashSet().SetEquals(r.CriticalActivityIds());
            return chains && distinct && covers && s.Paths.Length > 0;
        }).QuickCheckThrowOnFailure();

    private static double Slack(CpmResult r, ActivityLink l)
    {
        ActivitySchedule p = r[l.Predecessor], s = r[l.Successor];
        return l.Type switch
        {
            LinkType.FinishToStart => s.EarlyStart - l.Lag - p.EarlyFinish,
            LinkType.StartToStart => s.EarlyStart - l.Lag - p.EarlyStart,
            LinkType.FinishToFinish => s.EarlyFinish - l.Lag - p.EarlyFinish,
            _ => s.EarlyFinish - l.Lag - p.EarlyStart,
        };
    }
}
