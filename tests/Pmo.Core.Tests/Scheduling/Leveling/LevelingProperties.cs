using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Scheduling;
using Pmo.Core.Scheduling.Leveling;

namespace Pmo.Core.Tests.Scheduling.Leveling;

/// <summary>
/// Layer 2: FsCheck properties of resource leveling on random acyclic networks (links from a lower to a higher index,
/// all four types, leads and lags, start-no-earlier-than times) with 1–3 resources, step capacities and random
/// requirements. Times and units are multiples of 1/4 (or integers), so the arithmetic is exact. Every check uses an
/// independent recomputation (usage summed from the start times; a day-by-day serial scheme as an oracle), never the
/// leveler's own profile.
/// </summary>
public class LevelingProperties
{
    private const int MaxTest = 150;

    private static void Run(Property property) => Check.One(Config.QuickThrowOnFailure.WithMaxTest(MaxTest), property);

    private static readonly Gen<Instance> Quarters = Instances(quarters: true);

    private static readonly Gen<Instance> Integers = Instances(quarters: false);

    private static Gen<Instance> Instances(bool quarters)
    {
        int scale = quarters ? 4 : 1;
        Gen<(int A, int B, int Type, int Lag)> Edge(int n) =>
            Gen.Choose(0, n - 1).SelectMany(a => Gen.Choose(0, n - 1).SelectMany(b => Gen.Choose(0, 3).SelectMany(t => Gen.Choose(-3 * scale, 4 * scale).Select(lag => (a, b, t, lag)))));
        Gen<int[][][]> Steps(int k) =>
            Gen.Choose(1, 3).SelectMany(count =>
                Gen.Choose(1, 8).ArrayOf(count - 1).SelectMany(gaps =>
                    Gen.Choose(0, 8).ArrayOf(count - 1).SelectMany(caps =>
                        Gen.Choose(6, 10).Select(last => new int[][] { gaps, caps, new[] { last } })))).ArrayOf(k);
        return Gen.Choose(1, 18).SelectMany(n =>
            Gen.Choose(1, 3).SelectMany(k =>
                Gen.Choose(0, 6 * scale).ArrayOf(n).SelectMany(durations =>
                    Gen.Choose(-10, 6 * scale).ArrayOf(n).SelectMany(snet =>
                        Gen.ListOf(Edge(n)).SelectMany(edges =>
                            Steps(k).SelectMany(capacities =>
                                Gen.Choose(0, 6).ArrayOf(n * k).Select(units =>
                                    new Instance(scale, durations, snet, [.. edges], capacities, units))))))));
    }

    private static LevelingResult Level(Instance g, LevelingMode mode, LevelingPriority rule = LevelingPriority.LatestStartTime) =>
        ResourceLeveler.Level(g.Network, g.Requirements, g.Capacities, new LevelingOptions(mode, rule));

    [Fact]
    public void Extending_never_violates_a_link_or_a_capacity() =>
        Run(Prop.ForAll(Quarters.ToArbitrary(), Gen.Elements(LevelingMode.ExtendFinish, LevelingMode.WithinFloatThenExtend).ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), (g, mode, rule) =>
        {
            LevelingResult r = Level(g, mode, (LevelingPriority)rule);
            return LinksHold(g, r) && MaxExcess(g, r) == 0 && r.IsResourceFeasible && r.Activities.All(a => a.ResourceFeasibleStartFound)
                && r.ProjectDuration >= r.CpmDuration && r.Activities.All(a => a.Delay >= 0);
        }));

    [Fact]
    public void Within_float_keeps_the_finish_and_every_start_within_its_late_start() =>
        Run(Prop.ForAll(Quarters.ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), (g, rule) =>
        {
            LevelingResult r = Level(g, LevelingMode.WithinFloat, (LevelingPriority)rule);
            return LinksHold(g, r) && r.ProjectDuration == r.CpmDuration && r.Extension == 0
                && r.Activities.All(a => a.Start <= a.Cpm.LateStart && a.Start >= a.EarlyStart);
        }));

    [Fact]
    public void Within_float_reports_exactly_the_over_allocations_an_independent_recount_finds() =>
        Run(Prop.ForAll(Quarters.ToArbitrary(), g =>
        {
            LevelingResult r = Level(g, LevelingMode.WithinFloat);
            double excess = TotalExcessWork(g, r);
            bool consistent = (excess > 0) == !r.IsResourceFeasible
                && Math.Abs(excess - r.OverAllocations.Sum(o => o.ExcessWork)) <= 1e-9
                && (r.IsResourceFeasible || r.Activities.Any(a => !a.ResourceFeasibleStartFound))
                && (r.Activities.All(a => a.ResourceFeasibleStartFound) == r.IsResourceFeasible);
            bool disjoint = r.OverAllocations.GroupBy(o => o.Resource).All(grp => grp.Zip(grp.Skip(1)).All(p => p.First.End < p.Second.Start));
            return consistent && disjoint && r.OverAllocations.All(o => o.End > o.Start && o.MaxExcess > 0 && !o.ActivityIds.IsEmpty);
        }));

    [Fact]
    public void Profiles_add_up_to_the_work() =>
        Run(Prop.ForAll(Quarters.ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (g, mode) =>
        {
            LevelingResult r = Level(g, (LevelingMode)mode);
            return r.Profiles.All(p =>
            {
                double fromSegments = p.Segments.Sum(s => s.Usage * (s.End - s.Start));
                double expected = g.Requirements.Where(q => q.Resource == p.Resource).Sum(q => q.Units * r[q.ActivityId].Duration);
                bool contiguous = p.Segments.Zip(p.Segments.Skip(1)).All(x => x.First.End == x.Second.Start)
                    && (p.Segments.IsEmpty ? r.ProjectDuration == 0 : p.Segments[0].Start == 0 && p.Segments[^1].End == r.ProjectDuration);
                return Math.Abs(fromSegments - expected) <= 1e-9 && Math.Abs(p.Work - expected) <= 1e-9 && contiguous;
            });
        }));

    [Fact]
    public void Unlimited_capacity_gives_the_cpm_early_starts() =>
        Run(Prop.ForAll(Quarters.ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), (g, mode, rule) =>
        {
            ResourceCapacity[] plenty = [.. g.Capacities.Select(c => new ResourceCapacity(c.Resource, 1e6))];
            LevelingResult r = ResourceLeveler.Level(g.Network, g.Requirements, plenty, new LevelingOptions((LevelingMode)mode, (LevelingPriority)rule));
            return r.Activities.All(a => a.Start == a.EarlyStart) && r.ProjectDuration == r.CpmDuration && r.IsResourceFeasible;
        }));

    [Fact]
    public void Leveling_is_deterministic() =>
        Run(Prop.ForAll(Quarters.ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (g, mode) =>
        {
            LevelingResult a = Level(g, (LevelingMode)mode), b = Level(g, (LevelingMode)mode);
            return a.Activities.Select(x => x.Start).SequenceEqual(b.Activities.Select(x => x.Start))
                && a.OverAllocations.Length == b.OverAllocations.Length && a.Diagnostics.SequenceEqual(b.Diagnostics);
        }));

    [Fact]
    public void Within_float_then_extend_equals_within_float_when_float_suffices() =>
        Run(Prop.ForAll(Quarters.ToArbitrary(), g =>
        {
            LevelingResult wf = Level(g, LevelingMode.WithinFloat);
            LevelingResult both = Level(g, LevelingMode.WithinFloatThenExtend);
            return !wf.IsResourceFeasible
                ? both.ExtensionPassUsed && both.IsResourceFeasible
                : !both.ExtensionPassUsed && wf.Activities.Select(x => x.Start).SequenceEqual(both.Activities.Select(x => x.Start));
        }));

    /// <summary>
    /// Oracle: with integer data every candidate start is an integer, so the continuous-time scheme must reproduce a
    /// naive serial scheme over a day grid (try t = EP, EP + 1, … and check every day of the activity) with the same
    /// order (smallest CPM late start, ties by input order) and the same window rule.
    /// </summary>
    [Fact]
    public void Equals_a_day_by_day_serial_scheme_on_integer_data() =>
        Run(Prop.ForAll(Integers.ToArbitrary(), Gen.Elements(LevelingMode.WithinFloat, LevelingMode.ExtendFinish).ToArbitrary(), (g, mode) =>
        {
            LevelingResult r = Level(g, mode);
            double[] expected = DayByDay(g, r.Cpm, mode == LevelingMode.ExtendFinish);
            return r.Activities.Select(a => a.Start).SequenceEqual(expected);
        }));

    private static double[] DayByDay(Instance g, CpmResult cpm, bool extend)
    {
        ActivityNetwork net = g.Network;
        int n = net.Activities.Length;
        double[] d = [.. net.Activities.Select(a => a.Duration)];
        const int horizon = 2000;
        double[,] used = new double[g.Capacities.Length, horizon];
        double[] start = new double[n];
        bool[] placed = new bool[n];
        var links = net.Links.Select(l => (P: net.IndexOf(l.Predecessor), S: net.IndexOf(l.Successor), l.Type, l.Lag)).ToArray();
        var reqs = g.Requirements.Select(q => (J: net.IndexOf(q.ActivityId), R: Array.FindIndex(g.Capacities, c => c.Resource == q.Resource), q.Units)).ToArray();
        for (int step = 0; step < n; step++)
        {
            int j = Enumerable.Range(0, n)
                .Where(i => !placed[i] && links.Where(l => l.S == i).All(l => placed[l.P]))
                .OrderBy(i => cpm.Activities[i].LateStart).ThenBy(i => i).First();
            double ep = Math.Max(0, net.Activities[j].StartNoEarlierThan ?? 0);
            foreach (var l in links.Where(l => l.S == j))
            {
                ep = Math.Max(ep, l.Type switch
                {
                    LinkType.FinishToStart => start[l.P] + d[l.P] + l.Lag,
                    LinkType.StartToStart => start[l.P] + l.Lag,
                    LinkType.FinishToFinish => start[l.P] + d[l.P] + l.Lag - d[j],
                    _ => start[l.P] + l.Lag - d[j],
                });
            }

            var mine = reqs.Where(q => q.J == j).ToArray();
            double s = ep;
            if (d[j] > 0 && mine.Length > 0)
            {
                double latest = extend ? double.PositiveInfinity : Math.Max(ep, cpm.Activities[j].LateStart);
                double t = ep;
                while (t <= latest && t < horizon / 2 && !mine.All(q => Enumerable.Range((int)t, (int)d[j]).All(day => used[q.R, day] + q.Units <= g.Capacities[q.R].CapacityAt(day))))
                {
                    t++;
                }

                s = t <= latest && t < horizon / 2 ? t : ep;
                foreach (var q in mine)
                {
                    for (int day = (int)s; day < (int)(s + d[j]); day++)
                    {
                        used[q.R, day] += q.Units;
                    }
                }
            }

            start[j] = s;
            placed[j] = true;
        }

        return start;
    }

    private static bool LinksHold(Instance g, LevelingResult r) =>
        r.Activities.All(a => a.Start >= 0 && a.Start >= (a.Activity.StartNoEarlierThan ?? 0))
        && g.Network.Links.All(l =>
        {
            LeveledActivity p = r[l.Predecessor], s = r[l.Successor];
            double need = l.Type switch
            {
                LinkType.FinishToStart => p.Start + p.Duration + l.Lag,
                LinkType.StartToStart => p.Start + l.Lag,
                LinkType.FinishToFinish => p.Start + p.Duration + l.Lag - s.Duration,
                _ => p.Start + l.Lag - s.Duration,
            };
            return s.Start >= need;
        });

    /// <summary>Usage at time t of resource q, summed from the start times.</summary>
    private static double UsageAt(Instance g, LevelingResult r, string resource, double t) =>
        g.Requirements.Where(q => q.Resource == resource)
            .Select(q => (A: r[q.ActivityId], q.Units))
            .Where(x => x.A.Duration > 0 && x.A.Start <= t && t < x.A.Finish)
            .Sum(x => x.Units);

    /// <summary>The independent breakpoints of a resource: starts, finishes and capacity steps.</summary>
    private static double[] Breakpoints(Instance g, LevelingResult r, ResourceCapacity c) =>
        [.. r.Activities.SelectMany(a => new[] { a.Start, a.Finish }).Concat(c.Steps.Select(s => s.From)).Append(0).Distinct().Order()];

    private static double MaxExcess(Instance g, LevelingResult r) =>
        g.Capacities.Max(c => Breakpoints(g, r, c).Max(t => Math.Max(0, UsageAt(g, r, c.Resource, t) - c.CapacityAt(t))));

    private static double TotalExcessWork(Instance g, LevelingResult r) =>
        g.Capacities.Sum(c =>
        {
            double[] b = Breakpoints(g, r, c);
            return b.Zip(b.Skip(1)).Sum(x => Math.Max(0, UsageAt(g, r, c.Resource, x.First) - c.CapacityAt(x.First)) * (x.Second - x.First));
        });

    /// <summary>
    /// A random instance. Durations, lags and SNET are in units of 1/scale; capacities step at integer times (in halves
    /// of a unit per day) and end on 3–5 units, above every requirement (0.5–3), so every extending pass can succeed.
    /// A unit value of 0 means "no requirement". Negative SNET means none.
    /// </summary>
    internal sealed class Instance
    {
        public Instance(int scale, int[] durations, int[] snet, (int A, int B, int Type, int Lag)[] edges, int[][][] steps, int[] units)
        {
            string Id(int i) => "a" + i.ToString(CultureInfo.InvariantCulture);
            int n = durations.Length;
            double Time(int v) => (double)v / scale;
            Activity[] acts = [.. durations.Select((d, i) => new Activity(Id(i), Time(d), startNoEarlierThan: snet[i] >= 0 ? Time(snet[i]) : null))];
            ActivityLink[] links =
            [
                .. edges.Where(e => e.A != e.B)
                    .Select(e => (P: Math.Min(e.A, e.B), S: Math.Max(e.A, e.B), e.Type, e.Lag))
                    .DistinctBy(e => (e.P, e.S, e.Type))
                    .Select(e => new ActivityLink(acts[e.P].Id, acts[e.S].Id, (LinkType)e.Type, Time(e.Lag))),
            ];
            Network = ActivityNetwork.Create(acts, links);
            int k = steps.Length;
            Capacities = new ResourceCapacity[k];
            for (int r = 0; r < k; r++)
            {
                int[] gaps = steps[r][0], caps = steps[r][1];
                var list = new List<CapacityStep>();
                int from = 0;
                for (int s = 0; s < gaps.Length; s++)
                {
                    list.Add(new CapacityStep(from, caps[s] / 2.0));
                    from += gaps[s];
                }

                list.Add(new CapacityStep(from, steps[r][2][0] / 2.0));
                Capacities[r] = new ResourceCapacity("R" + r.ToString(CultureInfo.InvariantCulture), list);
            }

            Requirements = [.. Enumerable.Range(0, n * k).Where(x => units[x] > 0).Select(x => new ResourceRequirement(Id(x / k), Capacities[x % k].Resource, units[x] / 2.0))];
        }

        public ActivityNetwork Network { get; }

        public ResourceCapacity[] Capacities { get; }

        public ResourceRequirement[] Requirements { get; }

        public override string ToString() =>
            $"acts [{string.Join(", ", Network.Activities.Select(a => $"{a.Id}:{a.Duration}" + (a.StartNoEarlierThan is double s ? $"@{s}" : string.Empty)))}] links [{string.Join(", ", Network.Links)}] caps [{string.Join("; ", Capacities.Select(c => c.ToString()))}] reqs [{string.Join(", ", Requirements.Select(q => q.ToString()))}]";
    }
}
