using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Scheduling;

/// <summary>
/// Layer 2: FsCheck properties of CPM on random acyclic networks (links only from a lower to a higher index; integer
/// durations, lags and start-no-earlier-than times, so every comparison is exact).
/// </summary>
public class CriticalPathProperties
{
    private static readonly Gen<RandomNetwork> Networks = NetworksOf(Gen.Choose(0, 3));

    private static readonly Gen<RandomNetwork> FinishToStartNetworks = NetworksOf(Gen.Constant(0));

    private static Gen<RandomNetwork> NetworksOf(Gen<int> types) =>
        Gen.Choose(1, 30).SelectMany(n =>
            Gen.Choose(0, 20).ArrayOf(n).SelectMany(durations =>
                Gen.Choose(-15, 30).ArrayOf(n).SelectMany(snet =>
                    Gen.Choose(0, n - 1).SelectMany(a => Gen.Choose(0, n - 1).SelectMany(b => types.SelectMany(t => Gen.Choose(-5, 10).Select(lag => (a, b, t, lag)))))
                        .ArrayOf().Select(edges => new RandomNetwork(durations, snet, edges)))));

    private static bool Holds(double left, double right) => left >= right - 1e-9;

    /// <summary>Does the link's constraint hold between the given start times?</summary>
    private static bool Satisfied(LinkType type, double lag, double startP, double dP, double startS, double dS) => type switch
    {
        LinkType.FinishToStart => Holds(startS, startP + dP + lag),
        LinkType.StartToStart => Holds(startS, startP + lag),
        LinkType.FinishToFinish => Holds(startS + dS, startP + dP + lag),
        _ => Holds(startS + dS, startP + lag),
    };

    [Fact]
    public void Early_and_late_dates_satisfy_every_constraint() =>
        Prop.ForAll(Networks.ToArbitrary(), g =>
        {
            ActivityNetwork net = g.Build();
            CpmResult r = CriticalPath.Analyze(net);
            bool starts = r.Activities.All(a => a.EarlyStart >= 0 && a.EarlyStart >= (a.Activity.StartNoEarlierThan ?? 0)
                && a.LateFinish <= r.ProjectDuration && a.EarlyFinish <= r.ProjectDuration);
            bool links = net.Links.All(l =>
            {
                ActivitySchedule p = r[l.Predecessor], s = r[l.Successor];
                return Satisfied(l.Type, l.Lag, p.EarlyStart, p.Duration, s.EarlyStart, s.Duration)
                    && Satisfied(l.Type, l.Lag, p.LateStart, p.Duration, s.LateStart, s.Duration);
            });
            return starts && links;
        }).QuickCheckThrowOnFailure();

    /// <summary>
    /// Oracle: label-correcting relaxation (Bellman–Ford style) over the links in input order until nothing changes,
    /// independent of the topological order: the least early start and the greatest late finish satisfying every link.
    /// </summary>
    [Fact]
    public void Dates_and_duration_equal_an_independent_relaxation_oracle() =>
        Prop.ForAll(Networks.ToArbitrary(), g =>
        {
            ActivityNetwork net = g.Build();
            CpmResult r = CriticalPath.Analyze(net);
            (double[] es, double[] lf, double t) = Relaxation(net);
            return t == r.ProjectDuration
                && Enumerable.Range(0, es.Length).All(i => es[i] == r.Activities[i].EarlyStart && lf[i] == r.Activities[i].LateFinish);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Floats_are_non_negative_and_some_activity_is_critical() =>
        Prop.ForAll(Networks.ToArbitrary(), g =>
        {
            CpmResult r = CriticalPath.Analyze(g.Build());
            return r.Activities.All(a => a.TotalFloat >= 0 && a.FreeFloat >= 0) && !r.CriticalActivities.IsEmpty
                && r.CriticalActivities.All(a => a.TotalFloat == 0);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void In_finish_to_start_networks_total_float_is_at_least_free_float() =>
        Prop.ForAll(FinishToStartNetworks.ToArbitrary(), g =>
        {
            CpmResult r = CriticalPath.Analyze(g.Build());
            return r.Activities.All(a => a.TotalFloat >= a.FreeFloat && a.FreeFloat >= 0);
        }).QuickCheckThrowOnFailure();

    /// <summary>With free float capped at the slack to the project finish, TF ≥ FF holds for every link type too.</summary>
    [Fact]
    public void In_any_network_total_float_is_at_least_free_float() =>
        Prop.ForAll(Networks.ToArbitrary(), g =>
        {
            CpmResult r = CriticalPath.Analyze(g.Build());
            return r.Activities.All(a => a.TotalFloat >= a.FreeFloat && a.FreeFloat >= 0);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_100000_activity_chain_works()
    {
        const int n = 100_000;
        Activity[] acts = [.. Enumerable.Range(0, n).Select(i => new Activity("a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 1))];

        // Links given in reverse order, so input order is not already topological.
        ActivityLink[] links = [.. Enumerable.Range(1, n - 1).Reverse().Select(i => new ActivityLink(acts[i - 1].Id, acts[i].Id))];
        CpmResult r = CriticalPath.Analyze(ActivityNetwork.Create(acts, links));
        Assert.Equal(n, r.ProjectDuration);
        Assert.Equal(n, r.CriticalActivities.Length);
        Assert.Equal(n - 1, r["a99999"].EarlyStart);

        ActivityLink[] cyclic = [.. links, new ActivityLink(acts[n - 1].Id, acts[0].Id)];
        ArgumentException e = Assert.Throws<ArgumentException>(() => ActivityNetwork.Create(acts, cyclic));
        Assert.StartsWith("links form a cycle: a0 → a1 → a2", e.Message, StringComparison.Ordinal);
    }

    private static (double[] Es, double[] Lf, double T) Relaxation(ActivityNetwork net)
    {
        int n = net.Activities.Length;
        double[] d = [.. net.Activities.Select(a => a.Duration)];
        double[] es = [.. net.Activities.Select(a => Math.Max(0, a.StartNoEarlierThan ?? 0))];
        (int P, int S, ActivityLink L)[] links = [.. net.Links.Select(l => (net.IndexOf(l.Predecessor), net.IndexOf(l.Successor), l))];
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach ((int p, int s, ActivityLink l) in links)
            {
                double need = l.Type switch
                {
                    LinkType.FinishToStart => es[p] + d[p] + l.Lag,
                    LinkType.StartToStart => es[p] + l.Lag,
                    LinkType.FinishToFinish => es[p] + d[p] + l.Lag - d[s],
                    _ => es[p] + l.Lag - d[s],
                };
                if (need > es[s])
                {
                    es[s] = need;
                    changed = true;
                }
            }
        }

        double t = Enumerable.Range(0, n).Max(i => es[i] + d[i]);
        double[] lf = [.. Enumerable.Repeat(t, n)];
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach ((int p, int s, ActivityLink l) in links)
            {
                double allow = l.Type switch
                {
                    LinkType.FinishToStart => lf[s] - d[s] - l.Lag,
                    LinkType.StartToStart => lf[s] - d[s] - l.Lag + d[p],
                    LinkType.FinishToFinish => lf[s] - l.Lag,
                    _ => lf[s] - l.Lag + d[p],
                };
                if (allow < lf[p])
                {
                    lf[p] = allow;
                    changed = true;
                }
            }
        }

        return (es, lf, t);
    }

    /// <summary>A random network: edge (a, b) becomes a link from min to max index; self-pairs and repeats are dropped.</summary>
    internal sealed record RandomNetwork(int[] Durations, int[] Snet, (int A, int B, int Type, int Lag)[] Edges)
    {
        public ActivityNetwork Build()
        {
            Activity[] acts = [.. Durations.Select((d, i) => new Activity("n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), d, startNoEarlierThan: Snet[i] >= 0 ? Snet[i] : null))];
            ActivityLink[] links =
            [
                .. Edges.Where(e => e.A != e.B)
                    .Select(e => (P: Math.Min(e.A, e.B), S: Math.Max(e.A, e.B), e.Type, e.Lag))
                    .DistinctBy(e => (e.P, e.S, e.Type))
                    .Select(e => new ActivityLink(acts[e.P].Id, acts[e.S].Id, (LinkType)e.Type, e.Lag)),
            ];
            return ActivityNetwork.Create(acts, links);
        }
    }
}
