using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Scheduling.Leveling;

/// <summary>
/// Resource leveling of a calendar network (<see cref="ActivityNetwork"/>, all four link types with lags and leads,
/// start-no-earlier-than constraints, durations in working days as <c>double</c>) against renewable resources with
/// constant or stepped capacities: within float, with an extended finish, or within float first.
/// </summary>
/// <remarks>
/// <para>
/// <b>Generalized precedence as minimum start-to-start distances.</b> Every link becomes a minimum distance between the
/// start times <c>S</c>: FS <c>S_j ≥ S_i + d_i + lag</c>; SS <c>S_j ≥ S_i + lag</c>; FF <c>S_j ≥ S_i + d_i + lag − d_j</c>;
/// SF <c>S_j ≥ S_i + lag − d_j</c>; plus <c>S_j ≥ max(0, SNET_j)</c> (K. Neumann, C. Schwindt and J. Zimmermann,
/// <i>Project Scheduling with Time Windows and Scarce Resources</i>, 2nd ed., Springer, 2003, ch. 1: precedence
/// constraints of every type as temporal constraints between start times). With minimum distances only (no maximum
/// time lags, no deadlines as hard constraints) delaying an activity never forces a predecessor earlier, so a serial
/// scheme that places activities in a precedence-feasible order and never starts one before its predecessors' bounds
/// always yields a time-feasible schedule.
/// </para>
/// <para>
/// <b>Serial schedule-generation scheme</b> (R. Kolisch, "Serial and parallel resource-constrained project scheduling
/// methods revisited: theory and computation", <i>EJOR</i> 90, 1996, 320–333). Repeat <c>n</c> times: among the
/// eligible activities (all predecessors placed) take the first by the <see cref="LevelingPriority"/> (ties by input
/// order); compute its precedence-feasible earliest start <c>EP_j = max(0, SNET_j, max over incoming links of the
/// bound above)</c> from the placed predecessors; place it at the earliest <c>t ≥ EP_j</c> at which every requirement
/// fits the remaining capacity over <c>[t, t + d_j)</c>.
/// </para>
/// <para>
/// <b>Continuous time.</b> Durations and lags are real numbers, so the remaining capacity is kept as one step function
/// over working time (breakpoints at the capacity steps and at the starts and finishes of the placed activities), not
/// as a day grid. The candidate starts are <c>EP_j</c> and the breakpoints after it: the remaining capacity only rises
/// at a breakpoint, so a feasible start that is not a candidate could be moved earlier. The search walks the segments
/// once (a conflict moves the candidate to the end of the conflicting segment), so it costs
/// <c>O(breakpoints × requirements)</c> per activity; placing it inserts at most two breakpoints (moving a time and a row number per later breakpoint; rows
/// of residual capacities live in a pool and are not moved) and updates the segments it covers. A capacity
/// comparison allows <c>1e-9 × max(1, the resource's largest capacity)</c> so rounding in summed units does not
/// create phantom conflicts. Milestones (duration 0) and activities without requirements take no resource and start at
/// <c>EP_j</c>.
/// </para>
/// <para>
/// <b>Modes.</b> <see cref="LevelingMode.WithinFloat"/> searches only <c>[EP_j, max(EP_j, LS_j)]</c>, with <c>LS_j</c>
/// the CPM late start (computed back from <c>max(T, deadline)</c>: with a later deadline every late start moves by
/// <c>deadline − T</c>). Placing every activity no later than its late start keeps every successor's <c>EP</c> no later
/// than its own late start (the late dates satisfy every link), so the finish never passes <c>max(T, deadline)</c>. An
/// activity with no fit in its window stays at <c>EP_j</c> and the resulting conflicts are reported as
/// <see cref="LevelingResult.OverAllocations"/>. <see cref="LevelingMode.ExtendFinish"/> searches <c>[EP_j, ∞)</c>: the
/// classical RCPSP heuristic, which may extend the finish and leaves no conflict (unless a capacity drops for ever below
/// a requirement after every possible window, which is reported). <see cref="LevelingMode.WithinFloatThenExtend"/>
/// levels within float; when that resolves everything it is the answer; otherwise it runs two extending passes, one in
/// the priority order and one in the order of the within-float starts (ties by priority: it keeps the within-float
/// arrangement where it can), and returns the one with the earlier finish (ties: the second).
/// </para>
/// <para>
/// Comparable to, not identical with, MS Project's and Primavera P6's leveling: those tools level day by day in date
/// order with their own (partly undocumented) priority rules, can split activities and contour assignments, and level
/// per resource calendar. Here an activity is never split, uses its units at a constant rate, and every resource uses
/// the network's working time.
/// </para>
/// </remarks>
public static class ResourceLeveler
{
    private const int MaxIdsInMessage = 10;

    /// <summary>Levels a network against resource capacities.</summary>
    /// <param name="network">The network.</param>
    /// <param name="requirements">The activities' resource requirements (at most one per activity and resource).</param>
    /// <param name="capacities">The capacities, one per resource (resources without requirements are allowed and get a profile).</param>
    /// <param name="options">The options (default <see cref="LevelingOptions.Default"/>: within float, latest start time first).</param>
    /// <returns>The leveled schedule, the remaining over-allocations, the profiles and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/>, <paramref name="requirements"/>, <paramref name="capacities"/> or an element of either list is null.</exception>
    /// <exception cref="ArgumentException">
    /// A requirement names an unknown activity or a resource without a capacity, repeats an activity and resource, or — in
    /// the extending modes — needs more units than the resource ever has (<c>ParamName</c> <c>requirements</c>); two
    /// capacities name the same resource (<c>capacities</c>); a user priority names an unknown activity (<c>options</c>).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The work on a resource (units × duration, summed) overflows the double range (<c>ParamName</c>
    /// <c>requirements</c>); or the leveled project duration, a profile or an over-allocation overflows it
    /// (<c>ParamName</c> <c>network</c>); and as <see cref="CriticalPath.Analyze"/> for the network's own dates.
    /// </exception>
    [Pure]
    public static LevelingResult Level(ActivityNetwork network, IEnumerable<ResourceRequirement> requirements, IEnumerable<ResourceCapacity> capacities, LevelingOptions? options = null)
    {
        Guard.Against.Null(network);
        Guard.Against.Null(requirements);
        Guard.Against.Null(capacities);
        options ??= LevelingOptions.Default;
        ImmutableArray<ResourceCapacity> caps = [.. capacities];
        var resourceIndex = new Dictionary<string, int>(caps.Length, StringComparer.Ordinal);
        for (int r = 0; r < caps.Length; r++)
        {
            ResourceCapacity c = caps[r] ?? throw new ArgumentNullException(nameof(capacities), $"{nameof(capacities)}[{r}] is null.");
            if (!resourceIndex.TryAdd(c.Resource, r))
            {
                throw new ArgumentException($"{nameof(capacities)}[{r}] repeats the resource '{c.Resource}' of {nameof(capacities)}[{resourceIndex[c.Resource]}]; give one capacity (with steps) per resource.", nameof(capacities));
            }
        }

        ImmutableArray<ResourceRequirement> reqs = [.. requirements];
        int n = network.Activities.Length;
        bool extending = options.Mode != LevelingMode.WithinFloat;
        int[] reqActivity = new int[reqs.Length];
        int[] reqResource = new int[reqs.Length];
        var seen = new Dictionary<(int, int), int>();
        var milestoneReqs = new List<string>();
        for (int q = 0; q < reqs.Length; q++)
        {
            ResourceRequirement rq = reqs[q] ?? throw new ArgumentNullException(nameof(requirements), $"{nameof(requirements)}[{q}] is null.");
            if (!network.TryGetIndex(rq.ActivityId, out int j))
            {
                throw new ArgumentException($"{nameof(requirements)}[{q}] names an unknown activity '{rq.ActivityId}'.", nameof(requirements));
            }

            if (!resourceIndex.TryGetValue(rq.Resource, out int r))
            {
                throw new ArgumentException($"{nameof(requirements)}[{q}] names the resource '{rq.Resource}', which has no capacity; add a {nameof(ResourceCapacity)} for it.", nameof(requirements));
            }

            if (!seen.TryAdd((j, r), q))
            {
                throw new ArgumentException($"{nameof(requirements)}[{q}] repeats the requirement of activity '{rq.ActivityId}' for resource '{rq.Resource}' ({nameof(requirements)}[{seen[(j, r)]}]); give one requirement per activity and resource.", nameof(requirements));
            }

            if (extending && network.Activities[j].Duration > 0 && rq.Units > caps[r].MaxCapacity + CapacityTolerance(caps[r]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{nameof(requirements)}[{q}]: activity '{rq.ActivityId}' needs {rq.Units} units of '{rq.Resource}', more than it ever has ({caps[r].MaxCapacity}); no schedule can satisfy it, so {options.Mode} leveling is infeasible (level {LevelingMode.WithinFloat} to get it reported as an over-allocation)."),
                    nameof(requirements));
            }

            if (network.Activities[j].Duration == 0)
            {
                milestoneReqs.Add(rq.ActivityId);
            }

            reqActivity[q] = j;
            reqResource[q] = r;
        }

        foreach (string id in options.UserPriorities.Keys.Order(StringComparer.Ordinal))
        {
            if (!network.TryGetIndex(id, out _))
            {
                throw new ArgumentException($"{nameof(options)}.{nameof(LevelingOptions.UserPriorities)} names an unknown activity '{id}'.", nameof(options));
            }
        }

        // Work per resource (units × duration, summed) must stay finite: the profiles report it.
        double[] work = new double[caps.Length];
        for (int q = 0; q < reqs.Length; q++)
        {
            work[reqResource[q]] += reqs[q].Units * network.Activities[reqActivity[q]].Duration;
            if (!double.IsFinite(work[reqResource[q]]))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(requirements),
                    string.Create(CultureInfo.InvariantCulture, $"{nameof(requirements)}[{q}]: the work on resource '{reqs[q].Resource}' (units × duration, summed over its activities) overflows the double range; units and durations must be small enough for it to stay finite."));
            }
        }

        var problem = new Problem(network, caps, reqs, reqActivity, reqResource);
        LevelingResult result = Run(problem, options, milestoneReqs);
        return NonFinite(result) is string what
            ? throw new ArgumentOutOfRangeException(nameof(network), string.Create(CultureInfo.InvariantCulture, $"{nameof(network)}: the leveled schedule's {what} overflows the double range; durations, lags, units and capacities must be small enough for the leveled dates and profiles to stay finite."))
            : result;
    }

    private static string? NonFinite(LevelingResult r)
    {
        if (!double.IsFinite(r.ProjectDuration))
        {
            return "project duration";
        }

        foreach (ResourceProfile p in r.Profiles)
        {
            if (!double.IsFinite(p.Work) || !double.IsFinite(p.AvailableWork) || !double.IsFinite(p.PeakUsage))
            {
                return $"profile of '{p.Resource}'";
            }
        }

        foreach (OverAllocationInterval o in r.OverAllocations)
        {
            if (!double.IsFinite(o.ExcessWork) || !double.IsFinite(o.MaxExcess) || !double.IsFinite(o.End))
            {
                return $"over-allocation of '{o.Resource}'";
            }
        }

        return null;
    }

    internal static double CapacityTolerance(ResourceCapacity capacity) => 1e-9 * Math.Max(1, capacity.MaxCapacity);

    private static LevelingResult Run(Problem p, LevelingOptions options, List<string> milestoneReqs)
    {
        CpmResult cpm = CriticalPath.Analyze(p.Network);
        int n = p.N;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (milestoneReqs.Count > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "requirements", $"Requirements of milestones ignored (a milestone has duration 0 and uses no resource): {IdList(milestoneReqs)}."));
        }

        double t = cpm.ProjectDuration;
        double horizonShift = 0;
        if (options.Deadline is double deadline)
        {
            if (deadline >= t)
            {
                horizonShift = deadline - t;
            }
            else if (options.Mode != LevelingMode.ExtendFinish)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "Deadline", Invariant($"The deadline {deadline} is before the CPM duration {t}: even without resource limits the project misses it; leveling within float uses the CPM finish instead.")));
            }
        }

        double[] lateLimit = new double[n];
        double[] primary = new double[n];
        double[] secondary = new double[n];
        for (int j = 0; j < n; j++)
        {
            ActivitySchedule a = cpm.Activities[j];
            lateLimit[j] = horizonShift == 0 ? a.LateStart : a.LateStart + horizonShift;
            (primary[j], secondary[j]) = options.Priority switch
            {
                LevelingPriority.LatestStartTime => (a.LateStart, 0.0),
                LevelingPriority.LatestFinishTime => (a.LateFinish, 0.0),
                LevelingPriority.MinimumTotalFloat => (a.TotalFloat, 0.0),
                LevelingPriority.UserPriority => (-options.UserPriorities.GetValueOrDefault(a.Id), a.LateStart),
                _ => (0.0, 0.0),
            };
        }

        var profile = new LevelingProfile(p.Capacities, 2 * p.ReqCount);
        double[] start = new double[n];
        bool[] found = new bool[n];
        bool extensionUsed = false;
        if (options.Mode == LevelingMode.ExtendFinish)
        {
            Serial(p, profile, primary, secondary, null, start, found);
            extensionUsed = true;
        }
        else
        {
            int unresolved = Serial(p, profile, primary, secondary, lateLimit, start, found);
            if (unresolved > 0 && options.Mode == LevelingMode.WithinFloatThenExtend)
            {
                double[] byRule = new double[n];
                bool[] foundByRule = new bool[n];
                profile.Reset();
                Serial(p, profile, primary, secondary, null, byRule, foundByRule);
                double[] byFloatOrder = new double[n];
                bool[] foundByFloatOrder = new bool[n];
                profile.Reset();
                Serial(p, profile, start, primary, null, byFloatOrder, foundByFloatOrder);
                double finishRule = Finish(p, byRule), finishFloat = Finish(p, byFloatOrder);
                bool takeRule = finishRule < finishFloat;
                diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "ExtensionPass", Invariant(
                    $"Leveling within float left {unresolved} activit{(unresolved == 1 ? "y" : "ies")} without a resource-feasible start; extending passes finish at {finishRule} ({options.Priority} order) and {finishFloat} (within-float start order); the {(takeRule ? $"{options.Priority} order" : "within-float start order")} pass is used.")));
                (start, found) = takeRule ? (byRule, foundByRule) : (byFloatOrder, foundByFloatOrder);
                extensionUsed = true;
            }
        }

        var noFit = new List<string>();
        var leveled = ImmutableArray.CreateBuilder<LeveledActivity>(n);
        double duration = 0;
        for (int j = 0; j < n; j++)
        {
            leveled.Add(new LeveledActivity(cpm.Activities[j], start[j], lateLimit[j], found[j]));
            duration = Math.Max(duration, start[j] + p.Duration[j]);
            if (!found[j])
            {
                noFit.Add(p.Network.Activities[j].Id);
            }
        }

        (ImmutableArray<ResourceProfile> profiles, ImmutableArray<OverAllocationInterval> over) = Report(p, start, duration);
        if (noFit.Count > 0)
        {
            string why = extensionUsed
                ? "no start at all fits their requirements (a capacity drops for ever below a requirement after every possible window)"
                : "no start within their float fits their requirements";
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "OverAllocations", Invariant(
                $"{over.Length} over-allocation{(over.Length == 1 ? string.Empty : "s")} remain: {why}, so these activities stay at their precedence-feasible early start: {IdList(noFit)}.")));
        }

        if (options.Deadline is double dl && duration > dl)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "Deadline", Invariant($"The leveled finish {duration} is after the deadline {dl} by {duration - dl}.")));
        }

        return new LevelingResult(cpm, options, leveled.MoveToImmutable(), duration, over, profiles, extensionUsed, diagnostics.ToImmutable());
    }

    private static double Finish(Problem p, double[] start)
    {
        double f = 0;
        for (int j = 0; j < p.N; j++)
        {
            f = Math.Max(f, start[j] + p.Duration[j]);
        }

        return f;
    }

    /// <summary>
    /// One serial SGS pass; <paramref name="window"/> null = unbounded (extending), otherwise the latest start allowed.
    /// Returns the number of activities placed without a resource-feasible start.
    /// </summary>
    private static int Serial(Problem p, LevelingProfile profile, double[] primary, double[] secondary, double[]? window, double[] start, bool[] found)
    {
        int n = p.N;
        int[] remaining = new int[n];
        ActivityNetwork net = p.Network;
        var queue = new PriorityQueue<int, int>(n, new PriorityComparer(primary, secondary));
        for (int j = 0; j < n; j++)
        {
            remaining[j] = net.InStart[j + 1] - net.InStart[j];
            if (remaining[j] == 0)
            {
                queue.Enqueue(j, j);
            }
        }

        int unresolved = 0;
        double[] d = p.Duration;
        while (queue.TryDequeue(out int j, out _))
        {
            double ep = Math.Max(0, p.Snet[j]);
            for (int x = net.InStart[j]; x < net.InStart[j + 1]; x++)
            {
                int e = net.InLinks[x];
                int i = net.LinkPredecessor[e];
                double lag = p.Lag[e];
                double bound = p.Type[e] switch
                {
                    LinkType.FinishToStart => start[i] + d[i] + lag,
                    LinkType.StartToStart => start[i] + lag,
                    LinkType.FinishToFinish => start[i] + d[i] + lag - d[j],
                    _ => start[i] + lag - d[j],
                };
                ep = Math.Max(ep, bound);
            }

            int from = p.ReqStart[j], to = p.ReqStart[j + 1];
            double s = ep;
            bool ok = true;
            if (d[j] > 0 && to > from)
            {
                double latest = window is null ? double.PositiveInfinity : Math.Max(ep, window[j]);
                double fit = profile.EarliestFit(p.ReqResource, p.ReqUnits, from, to, d[j], ep, latest);
                if (double.IsNaN(fit))
                {
                    ok = false;
                    unresolved++;
                }
                else
                {
                    s = fit;
                }

                profile.Place(p.ReqResource, p.ReqUnits, from, to, s, d[j]);
            }

            start[j] = s;
            found[j] = ok;
            for (int x = net.OutStart[j]; x < net.OutStart[j + 1]; x++)
            {
                int succ = net.LinkSuccessor[net.OutLinks[x]];
                if (--remaining[succ] == 0)
                {
                    queue.Enqueue(succ, succ);
                }
            }
        }

        return unresolved;
    }

    /// <summary>Recomputes every resource's usage from the start times (independently of the SGS profile) and finds the over-allocations.</summary>
    private static (ImmutableArray<ResourceProfile> Profiles, ImmutableArray<OverAllocationInterval> Over) Report(Problem p, double[] start, double horizon)
    {
        var profiles = ImmutableArray.CreateBuilder<ResourceProfile>(p.K);
        var over = ImmutableArray.CreateBuilder<OverAllocationInterval>();
        for (int r = 0; r < p.K; r++)
        {
            ResourceCapacity cap = p.Capacities[r];
            double tol = CapacityTolerance(cap);
            List<int> users = p.Users[r];
            var events = new List<(double Time, int Activity, bool IsStart)>(2 * users.Count);
            double work = 0;
            foreach (int q in users)
            {
                int j = p.ReqActivityOf[q];
                // A duration too small to change the start time in floating point (start + d == start) occupies no
                // instant, as in the scheme's profile, which inserts no segment for it.
                if (start[j] + p.Duration[j] > start[j])
                {
                    events.Add((start[j], q, true));
                    events.Add((start[j] + p.Duration[j], q, false));
                    work += p.ReqUnitsOf[q] * p.Duration[j];
                }
            }

            // Finishes before starts at equal times (a finish frees the capacity a start at the same instant takes).
            events.Sort((a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.IsStart != b.IsStart ? a.IsStart.CompareTo(b.IsStart) : a.Activity.CompareTo(b.Activity));
            var segments = ImmutableArray.CreateBuilder<ProfileSegment>();
            double usage = 0, peak = 0, available = 0;
            int ev = 0, step = 0;
            var activeList = new List<int>();
            double t = 0;
            var steps = cap.Steps;
            OverBuilder? open = null;
            while (t < horizon)
            {
                while (ev < events.Count && events[ev].Time <= t)
                {
                    (double _, int q, bool isStart) = events[ev++];
                    usage += isStart ? p.ReqUnitsOf[q] : -p.ReqUnitsOf[q];
                    if (isStart)
                    {
                        activeList.Add(q);
                    }
                    else
                    {
                        activeList.Remove(q);
                    }

                    if (activeList.Count == 0)
                    {
                        usage = 0;
                    }
                }

                while (step + 1 < steps.Length && steps[step + 1].From <= t)
                {
                    step++;
                }

                double capacity = steps[step].Capacity;
                double next = horizon;
                if (ev < events.Count)
                {
                    next = Math.Min(next, events[ev].Time);
                }

                if (step + 1 < steps.Length)
                {
                    next = Math.Min(next, steps[step + 1].From);
                }

                peak = Math.Max(peak, usage);
                available += capacity * (next - t);
                if (segments.Count > 0 && segments[^1].Usage == usage && segments[^1].Capacity == capacity)
                {
                    segments[^1] = new ProfileSegment(segments[^1].Start, next, usage, capacity);
                }
                else
                {
                    segments.Add(new ProfileSegment(t, next, usage, capacity));
                }

                if (usage > capacity + tol)
                {
                    open ??= new OverBuilder(t);
                    open.Extend(next, usage, capacity, activeList, p.ReqActivityOf);
                }
                else if (open is not null)
                {
                    over.Add(open.Build(p, cap.Resource));
                    open = null;
                }

                t = next;
            }

            if (open is not null)
            {
                over.Add(open.Build(p, cap.Resource));
            }

            profiles.Add(new ResourceProfile(cap, segments.ToImmutable(), peak, work, available));
        }

        return (profiles.ToImmutable(), over.ToImmutable());
    }

    private static string IdList(List<string> ids) =>
        ids.Count <= MaxIdsInMessage ? string.Join(", ", ids) : $"{string.Join(", ", ids.Take(MaxIdsInMessage))} and {ids.Count - MaxIdsInMessage} more";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private sealed class OverBuilder
    {
        private readonly double start;
        private double end;
        private double peak;
        private double maxExcess;
        private double excessWork;
        private readonly HashSet<int> activities = [];

        public OverBuilder(double start)
        {
            this.start = start;
            end = start;
        }

        public void Extend(double to, double usage, double capacity, List<int> active, int[] activityOf)
        {
            excessWork += (usage - capacity) * (to - end);
            end = to;
            peak = Math.Max(peak, usage);
            maxExcess = Math.Max(maxExcess, usage - capacity);
            foreach (int q in active)
            {
                activities.Add(activityOf[q]);
            }
        }

        public OverAllocationInterval Build(Problem p, string resource) =>
            new(resource, start, end, peak, maxExcess, excessWork, [.. activities.Order().Select(j => p.Network.Activities[j].Id)]);
    }

    private sealed class PriorityComparer(double[] primary, double[] secondary) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            int c = primary[x].CompareTo(primary[y]);
            if (c != 0)
            {
                return c;
            }

            c = secondary[x].CompareTo(secondary[y]);
            return c != 0 ? c : x.CompareTo(y);
        }
    }

    /// <summary>The validated problem in arrays: durations, SNET, link types and lags, requirements per activity (CSR) and per resource.</summary>
    private sealed class Problem
    {
        public Problem(ActivityNetwork network, ImmutableArray<ResourceCapacity> capacities, ImmutableArray<ResourceRequirement> reqs, int[] reqActivity, int[] reqResource)
        {
            Network = network;
            Capacities = capacities;
            N = network.Activities.Length;
            K = capacities.Length;
            Duration = new double[N];
            Snet = new double[N];
            for (int j = 0; j < N; j++)
            {
                Duration[j] = network.Activities[j].Duration;
                Snet[j] = network.Activities[j].StartNoEarlierThan ?? 0;
            }

            int m = network.Links.Length;
            Lag = new double[m];
            Type = new LinkType[m];
            for (int e = 0; e < m; e++)
            {
                Lag[e] = network.Links[e].Lag;
                Type[e] = network.Links[e].Type;
            }

            // Requirements per activity in input order (CSR), skipping milestones: they use no resource.
            ReqStart = new int[N + 1];
            foreach (int j in reqActivity)
            {
                ReqStart[j + 1]++;
            }

            for (int j = 0; j < N; j++)
            {
                ReqStart[j + 1] += ReqStart[j];
            }

            int[] fill = ReqStart[..N];
            ReqResource = new int[reqs.Length];
            ReqUnits = new double[reqs.Length];
            ReqActivityOf = reqActivity;
            ReqUnitsOf = new double[reqs.Length];
            Users = [.. Enumerable.Range(0, K).Select(_ => new List<int>())];
            for (int q = 0; q < reqs.Length; q++)
            {
                int slot = fill[reqActivity[q]]++;
                ReqResource[slot] = reqResource[q];
                ReqUnits[slot] = reqs[q].Units;
                ReqUnitsOf[q] = reqs[q].Units;
                Users[reqResource[q]].Add(q);
            }

            ReqCount = reqs.Length;
        }

        public ActivityNetwork Network { get; }

        public ImmutableArray<ResourceCapacity> Capacities { get; }

        public int N { get; }

        public int K { get; }

        public double[] Duration { get; }

        public double[] Snet { get; }

        public double[] Lag { get; }

        public LinkType[] Type { get; }

        public int[] ReqStart { get; }

        public int[] ReqResource { get; }

        public double[] ReqUnits { get; }

        /// <summary>Activity index of requirement q (input order of the requirements).</summary>
        public int[] ReqActivityOf { get; }

        /// <summary>Units of requirement q (input order).</summary>
        public double[] ReqUnitsOf { get; }

        /// <summary>Requirement indices (input order) per resource.</summary>
        public List<int>[] Users { get; }

        public int ReqCount { get; }
    }
}
