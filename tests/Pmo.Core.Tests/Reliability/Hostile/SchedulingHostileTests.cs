using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pmo.Core.Scheduling;
using Pmo.Core.Scheduling.Leveling;
using Pmo.Core.Scheduling.Rcpsp;
using Pmo.Core.Tests.Scheduling.Rcpsp;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>Issue 9 §1: hostile inputs for every public Scheduling entry point (CPM, PERT, calendars, dates, leveling, RCPSP).</summary>
public sealed class SchedulingHostileTests
{
    private static readonly LocalDate Start = new(2026, 1, 5); // a Monday

    [Fact]
    public void Network_create_and_critical_path() =>
        Hostile.Property("Scheduling.CriticalPath.Analyze", BGen.Network.SelectMany(n => Hostile.Mostly(Gen.Constant(1e-9)).Select(t => (n, t))), x =>
            Hostile.Check("Scheduling.CriticalPath.Analyze", () => $"{x.n} tol={Hostile.Show(x.t)}", () => CriticalPath.Analyze(x.n.Build(), x.t)));

    [Fact]
    public void Critical_path_enumeration() =>
        Hostile.Property("Scheduling.CriticalPath.EnumerateCriticalPaths", BGen.Network.SelectMany(n => Hostile.AnyInt.Select(m => (n, m))), x =>
            Hostile.Check("Scheduling.CriticalPath.EnumerateCriticalPaths", () => $"{x.n} max={x.m}", () =>
            {
                CpmResult cpm = CriticalPath.Analyze(x.n.Build());
                return CriticalPath.EnumerateCriticalPaths(cpm, x.m);
            }));

    private static readonly Gen<(double A, double M, double B)> Estimate =
        Gen.Frequency(
            (8, Gen.Choose(0, 10).SelectMany(a => Gen.Choose(0, 10).SelectMany(m => Gen.Choose(0, 10).Select(b => ((double)a, (double)(a + m), (double)(a + m + b)))))),
            (1, Hostile.AnyDouble.SelectMany(a => Hostile.AnyDouble.SelectMany(m => Hostile.AnyDouble.Select(b => (a, m, b))))),
            (1, Gen.Elements(1e300, 1e308, double.MaxValue).Select(v => (0.0, v / 2, v))));

    [Fact]
    public void Pert_analyze_probability_and_due_date() =>
        Hostile.Property("Scheduling.Pert.Analyze", BGen.Network.SelectMany(n => Estimate.ArrayOf(n.Activities.Length + 1).SelectMany(e =>
            Hostile.AnyDouble.SelectMany(due => Hostile.Mostly(Hostile.SaneProbability).Select(p => (n, e, due, p))))), x =>
            Hostile.Check("Scheduling.Pert.Analyze", () => $"{x.n} est=[{string.Join("; ", x.e.Select(t => $"{Hostile.Show(t.A)},{Hostile.Show(t.M)},{Hostile.Show(t.B)}"))}] due={Hostile.Show(x.due)} p={Hostile.Show(x.p)}", () =>
            {
                ActivityNetwork net = x.n.Build();
                var estimates = new Dictionary<string, ThreePointEstimate>(StringComparer.Ordinal);
                for (int i = 0; i < net.Activities.Length; i++)
                {
                    estimates[net.Activities[i].Id] = new ThreePointEstimate(x.e[i].A, x.e[i].M, x.e[i].B);
                }

                PertResult r = Pert.Analyze(net, estimates);
                PertPath path = r.Path(r.Cpm.Network.TopologicalOrder.Take(1).Select(a => a.Id));
                return (r, path, path.ProbabilityOfMeeting(x.due), path.DueDateFor(x.p));
            }));

    [Fact]
    public void Working_calendar_queries() =>
        Hostile.Property("Scheduling.WorkingCalendar", BGen.Calendar.SelectMany(c => BGen.ProjectStart.SelectMany(d1 => BGen.ProjectStart.Select(d => d < new LocalDate(9999, 1, 1) ? d.PlusDays(3) : d).SelectMany(d2 =>
            Hostile.Mostly(BGen.SaneDuration).Select(t => (c, d1, d2, t))))), x =>
            Hostile.Check("Scheduling.WorkingCalendar", () => $"{BGen.Show(x.c)} d1={x.d1} d2={x.d2} t={Hostile.Show(x.t)}", () =>
            {
                WorkingCalendar cal = BGen.Build(x.c);
                int between = cal.WorkingDaysBetween(x.d1, x.d2);
                LocalDate next = cal.NextWorkingDay(x.d1);
                LocalDate s = cal.StartDate(next, x.t);
                LocalDate f = cal.FinishDate(next, x.t);
                var dest = new LocalDate[2];
                cal.FinishDates(next, [x.t, 0], dest);
                int wt = cal.WorkingTime(next, x.d2);
                return (between, s, f, wt, cal.IsWorkingDay(x.d2));
            }));

    [Fact]
    public void Schedule_dates() =>
        Hostile.Property("Scheduling.ScheduleDates.Create", BGen.Network.SelectMany(n => BGen.Calendar.SelectMany(c => BGen.ProjectStart.Select(d => (n, c, d)))), x =>
            Hostile.Check("Scheduling.ScheduleDates.Create", () => $"{x.n} {BGen.Show(x.c)} start={x.d}", () =>
                ScheduleDates.Create(CriticalPath.Analyze(x.n.Build()), BGen.Build(x.c), x.d)));

    private sealed record LevelInput(BNetworkSpec Net, (int Act, string Res, double Units)[] Reqs, (string Res, double Cap, double[] Steps)[] Caps, LevelingMode Mode, LevelingPriority Priority, double? Deadline, double UserPriority)
    {
        public override string ToString() =>
            $"{Net} reqs=[{string.Join("; ", Reqs.Select(r => $"{r.Act}:{r.Res}:{Hostile.Show(r.Units)}"))}] caps=[{string.Join("; ", Caps.Select(c => $"{c.Res}:{Hostile.Show(c.Cap)}:{BGen.S(c.Steps)}"))}] {Mode} {Priority} deadline={(Deadline is double d ? Hostile.Show(d) : "-")} up={Hostile.Show(UserPriority)}";
    }

    private static readonly Gen<string> ResourceName = Gen.Frequency((6, Gen.Elements("R1", "R2")), (1, Hostile.Id));

    // Clean inputs: one requirement per activity on R1 or R2 (units within capacity), one capacity per resource, defined
    // options; hostile ones: duplicate or unknown activities and resources, hostile numbers, undefined enums.
    private static readonly Gen<LevelInput> Leveling =
        from clean in BGen.Clean
        from n in BGen.Network
        from reqs in clean
            ? Gen.CollectToArray(Enumerable.Range(0, n.Activities.Length).Select(a =>
                from res in Gen.Elements("R1", "R2")
                from u in Gen.Choose(1, 3)
                select (a, res, (double)u)))
            : (from a in Gen.Choose(0, n.Activities.Length + 1)
               from res in ResourceName
               from u in Hostile.Mostly(Gen.Choose(1, 4).Select(i => (double)i), 8)
               select (a, res, u)).ArrayOf(n.Activities.Length + 1)
        from caps in clean
            ? (from c1 in Gen.Choose(3, 5)
               from c2 in Gen.Choose(3, 5)
               from steps in Gen.Frequency((4, Gen.Constant(Array.Empty<double>())), (1, Gen.Choose(1, 10).Select(i => (double)i).ArrayOf(3)))
               select new[] { ("R1", (double)c1, steps), ("R2", (double)c2, Array.Empty<double>()) })
            : (from res in ResourceName
               from cap in Hostile.Mostly(Gen.Choose(1, 5).Select(i => (double)i), 8)
               from steps in Gen.Frequency((5, Gen.Constant(Array.Empty<double>())), (1, Hostile.Mostly(BGen.SaneDuration).ArrayOf(3)))
               select (res, cap, steps)).ArrayOf(2)
        from mode in clean ? Gen.Elements(Enum.GetValues<LevelingMode>()) : BGen.EnumOf<LevelingMode>()
        from prio in clean ? Gen.Elements(Enum.GetValues<LevelingPriority>()) : BGen.EnumOf<LevelingPriority>()
        from dl in Gen.Frequency((3, Gen.Constant<double?>(null)), (1, BGen.D(clean, Gen.Choose(0, 200).Select(i => (double)i)).Select(d => (double?)d)))
        from up in BGen.D(clean, Gen.Choose(-5, 5).Select(i => (double)i))
        select new LevelInput(n, reqs, caps, mode, prio, dl, up);

    private static LevelingResult Level(LevelInput x)
    {
        ActivityNetwork net = x.Net.Build();
        string Act(int i) => i < net.Activities.Length ? net.Activities[i].Id : "ghost";
        var up = net.Activities.ToDictionary(a => a.Id, _ => x.UserPriority, StringComparer.Ordinal);
        var options = new LevelingOptions(x.Mode, x.Priority, x.Deadline, up);
        IEnumerable<ResourceCapacity> caps = x.Caps.Select(c => c.Steps.Length == 0
            ? new ResourceCapacity(c.Res, c.Cap)
            : new ResourceCapacity(c.Res, c.Steps.Select((s, i) => new CapacityStep(i == 0 ? 0 : c.Steps[..(i + 1)].Sum(), c.Cap + s))));
        return ResourceLeveler.Level(net, x.Reqs.Select(r => new ResourceRequirement(Act(r.Act), r.Res, r.Units)), caps, options);
    }

    [Fact]
    public void Resource_leveling() =>
        Hostile.Property("Scheduling.ResourceLeveler.Level", Leveling, x =>
            Hostile.Check("Scheduling.ResourceLeveler.Level", () => x.ToString(), () =>
            {
                LevelingResult r = Level(x);
                return (r, r.Profiles.Select(p => r.Profile(p.Resource)).ToArray());
            }));

    [Fact]
    public void Leveled_schedule_dates() =>
        Hostile.Property("Scheduling.LevelingResult.ToScheduleDates", Leveling.SelectMany(l => BGen.Calendar.SelectMany(c => BGen.ProjectStart.Select(d => (l, c, d)))), x =>
            Hostile.Check("Scheduling.LevelingResult.ToScheduleDates", () => $"{x.l} {BGen.Show(x.c)} start={x.d}", () =>
                Level(x.l).ToScheduleDates(BGen.Build(x.c), x.d)));

    [Fact]
    public void Leveling_with_huge_work_is_rejected_or_finite()
    {
        // The known case from the brief: activity work 1e308 used to give an infinite profile.
        ActivityNetwork net = ActivityNetwork.Create([new Activity("A", 1e308), new Activity("B", 1e308)], []);
        Assert.True(Hostile.Check("Scheduling.ResourceLeveler.Level.huge", () => "A,B duration 1e308 units 2", () =>
            ResourceLeveler.Level(net, [new ResourceRequirement("A", "R", 2), new ResourceRequirement("B", "R", 2)], [new ResourceCapacity("R", 3)])));
    }

    private sealed record RcpspInput(int[] Durations, int[][] Requests, int[][] Succ, int[] Capacities, PriorityRule Rule, ScheduleGenerationScheme Scheme, int[] List, int Schedules, double Alpha, double Epsilon, bool Bidirectional, bool Selective, double IntensifyAfter)
    {
        public override string ToString() =>
            $"d=[{string.Join(",", Durations)}] req=[{string.Join(";", Requests.Select(r => string.Join(",", r)))}] succ=[{string.Join(";", Succ.Select(r => string.Join(",", r)))}] cap=[{string.Join(",", Capacities)}] {Rule} {Scheme} list=[{string.Join(",", List)}] n={Schedules} alpha={Hostile.Show(Alpha)} eps={Hostile.Show(Epsilon)} bi={Bidirectional} sel={Selective} ia={Hostile.Show(IntensifyAfter)}";

        public RcpspProblem Problem() =>
            new(Durations.Select((d, j) => new RcpspJob("J" + j.ToString(CultureInfo.InvariantCulture), d, Requests[j], Succ[j].Select(s => "J" + s.ToString(CultureInfo.InvariantCulture)))), Capacities);
    }

    private static readonly Gen<RcpspInput> Rcpsp =
        from n0 in BGen.SmallSize
        let n = Math.Min(n0, 40)
        from k in Gen.Choose(1, 2)
        from d in BGen.SmallInt.ArrayOf(n)
        from req in BGen.SmallInt.ArrayOf(k).ArrayOf(n)
        from raw in Gen.Frequency((10, Gen.Choose(0, Math.Max(0, n - 1)).ArrayOf(2)), (1, Gen.Choose(-1, n + 1).ArrayOf(2))).ArrayOf(n)
        from back in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        let succ = raw.Select((s, j) => s.Where(v => v != j && (back || v > j)).Distinct().ToArray()).ToArray()
        from cap in Gen.Frequency((8, Gen.Choose(4, 8)), (1, Hostile.AnyInt)).ArrayOf(k)
        from rule in BGen.EnumOf<PriorityRule>()
        from scheme in BGen.EnumOf<ScheduleGenerationScheme>()
        from list in Gen.Shuffle(Enumerable.Range(0, n).ToArray())
        from schedules in Gen.Frequency((8, Gen.Choose(1, 20)), (1, Hostile.AnyInt.Where(v => v < 50)))
        from alpha in Hostile.Mostly(Gen.Constant(1.0))
        from eps in Hostile.Mostly(Gen.Constant(1.0))
        from bi in Gen.Elements(true, false)
        from sel in Gen.Elements(true, false)
        from ia in Hostile.Mostly(Gen.Constant(1.0))
        select new RcpspInput(d, req, succ, cap, rule, scheme, [.. list], schedules, alpha, eps, bi, sel, ia);

    [Fact]
    public void Rcpsp_priority_rule_schedule_and_justify() =>
        Hostile.Property("Scheduling.RcpspHeuristics.Schedule", Rcpsp, x =>
            Hostile.Check("Scheduling.RcpspHeuristics.Schedule", () => x.ToString(), () =>
            {
                RcpspSchedule s = RcpspHeuristics.Schedule(x.Problem(), x.Rule, x.Scheme);
                RcpspSchedule j = RcpspHeuristics.Justify(s);
                return (s.Makespan, j.Makespan, s.IsFeasible, j.IsFeasible, s.Validate().Count);
            }, r => r.Item3 && r.Item4 ? null : "infeasible schedule returned"));

    [Fact]
    public void Rcpsp_decode_and_schedule_constructor() =>
        Hostile.Property("Scheduling.RcpspHeuristics.Decode", Rcpsp, x =>
            Hostile.Check("Scheduling.RcpspHeuristics.Decode", () => x.ToString(), () =>
            {
                RcpspProblem p = x.Problem();
                RcpspSchedule s = RcpspHeuristics.Decode(p, x.List);
                var direct = new RcpspSchedule(p, x.List.Select(i => i * 3));
                return (s.Makespan, s.IsFeasible, direct.Validate().Count);
            }));

    // Valid-share generator for sampling: feasible problems (1 … 30 jobs, 1 … 3 resources, forward distinct successors,
    // requests within capacity) and options that fit together (a rule its scheme supports, bidirectional only with the
    // serial scheme, α ≥ 0, ε > 0, a budget share in [0, 1]), with one hostile element in about one draw of two: a
    // hostile duration, request or capacity, a back link (a cycle or self-link), an unknown successor, or a hostile
    // option; one draw in three still comes from the shared generator, which broke a problem or option rule in nearly
    // every draw (52 valid of 500).
    private static readonly Gen<RcpspInput> WellFormedRcpsp =
        from n in Gen.Frequency((2, Gen.Constant(1)), (8, Gen.Choose(2, 12)), (2, Gen.Choose(13, 30)))
        from k in Gen.Choose(1, 3)
        from cap in Gen.Choose(1, 8).ArrayOf(k)
        from d in Gen.Frequency((1, Gen.Constant(0)), (8, Gen.Choose(1, 9))).ArrayOf(n)
        from shares in Gen.Choose(0, 1000).ArrayOf(k).ArrayOf(n)
        let req = shares.Select(r => r.Select((v, i) => v * cap[i] / 1000).ToArray()).ToArray()
        from raw in Gen.Choose(0, Math.Max(0, n - 1)).ArrayOf(2).ArrayOf(n)
        let succ = raw.Select((r, j) => r.Where(v => v > j).Distinct().ToArray()).ToArray()
        from scheme in Gen.Elements(Enum.GetValues<ScheduleGenerationScheme>())
        from rule in Gen.Elements(Enum.GetValues<PriorityRule>().Where(r =>
            (r != PriorityRule.WorstCaseSlack || scheme == ScheduleGenerationScheme.Parallel) && (r != PriorityRule.DynamicSlack || scheme == ScheduleGenerationScheme.Serial)).ToArray())
        from list in Gen.Shuffle(Enumerable.Range(0, n).ToArray())
        from schedules in Gen.Choose(1, 30)
        from alpha in Gen.Choose(0, 40).Select(i => i / 10.0)
        from eps in Gen.Choose(1, 40).Select(i => i / 10.0)
        from bi in scheme == ScheduleGenerationScheme.Serial ? Gen.Elements(true, false) : Gen.Constant(false)
        from sel in Gen.Elements(true, false)
        from ia in Gen.Frequency((2, Gen.Constant(1.0)), (3, Gen.Choose(0, 100).Select(i => i / 100.0)))
        let sane = new RcpspInput(d, req, succ, cap, rule, scheme, [.. list], schedules, alpha, eps, bi, sel, ia)
        from mutate in VGen.Inject(2)
        from kind in Gen.Choose(0, 6)
        from at in Gen.Choose(0, n - 1)
        from to in Gen.Choose(-1, n)
        from hi in Hostile.AnyInt
        from hd in Hostile.AnyDouble
        from hostileOptions in Rcpsp
        select !mutate ? sane : kind switch
        {
            0 => sane with { Durations = [.. d.Select((v, j) => j == at ? hi : v)] },
            1 => sane with { Requests = [.. req.Select((r, j) => j == at ? [hi, .. r.Skip(1)] : r)] },
            2 => sane with { Capacities = [hi, .. cap.Skip(1)] },
            3 => sane with { Succ = [.. succ.Select((r, j) => j == at ? [.. r, to] : r)] },
            4 => sane with { Schedules = hostileOptions.Schedules, Rule = hostileOptions.Rule, Scheme = hostileOptions.Scheme, Bidirectional = hostileOptions.Bidirectional },
            5 => sane with { Alpha = hostileOptions.Alpha, Epsilon = hostileOptions.Epsilon, IntensifyAfter = hostileOptions.IntensifyAfter },
            _ => sane with { Alpha = hd },
        };

    [Fact]
    public void Rcpsp_sampling() =>
        Hostile.Property("Scheduling.RcpspHeuristics.Sample", Gen.Frequency((2, WellFormedRcpsp), (1, Rcpsp)), x =>
            Hostile.Check("Scheduling.RcpspHeuristics.Sample", () => x.ToString(), () =>
            {
                var options = new RcpspSamplingOptions(x.Schedules, 7, x.Rule, x.Scheme, true, x.Alpha, x.Epsilon, x.Selective, x.Bidirectional, x.IntensifyAfter);
                RcpspSamplingResult r = RcpspHeuristics.Sample(x.Problem(), options);
                return (r.Makespan, r.Best.IsFeasible, r.SchedulesGenerated);
            }, r => r.Item2 ? null : "infeasible best schedule"));

    [Fact]
    public void Rcpsp_existing_feasible_generator_is_schedulable_by_every_rule() =>
        Hostile.Property("Scheduling.RcpspHeuristics.Schedule.feasible", RcpspTestData.Problems(12).SelectMany(p => BGen.EnumOf<PriorityRule>().Select(r => (p, r))), x =>
            Hostile.Check("Scheduling.RcpspHeuristics.Schedule.feasible", () => $"{x.p.JobCount} jobs {x.r}", () => RcpspHeuristics.Schedule(x.p, x.r, ScheduleGenerationScheme.Parallel).Makespan));

    private static readonly string J301 = File.ReadAllText(Path.Combine(J30Evaluation.Folder, "j301_1.sm"));

    private static readonly Gen<string> PsplibText =
        Gen.Choose(0, J301.Length - 1).SelectMany(at => Gen.Choose(0, 6).SelectMany(kind => Gen.Elements("", "-1", "1e308", "99999999999", "x", "\0", "\n", "  ", "*****", "2147483648", "-2147483649", "0").Select(frag =>
            kind switch
            {
                0 => J301[..at],
                1 => J301[..at] + frag + J301[at..],
                2 => J301[..at] + frag + J301[Math.Min(J301.Length, at + 3)..],
                3 => J301.Remove(at, Math.Min(40, J301.Length - at)),
                4 => Regex(J301, at, frag),
                _ => J301,
            })));

    private static string Regex(string text, int at, string frag)
    {
        // replace the number nearest to 'at' by the fragment
        int s = at;
        while (s < text.Length && !char.IsDigit(text[s]))
        {
            s++;
        }

        int e = s;
        while (e < text.Length && char.IsDigit(text[e]))
        {
            e++;
        }

        return text[..s] + frag + text[e..];
    }

    [Fact]
    public void Psplib_reader_on_mutated_files() =>
        Hostile.Property("Scheduling.PsplibReader.Parse", PsplibText, text =>
            Hostile.Check("Scheduling.PsplibReader.Parse", () => text.Length > 3000 ? text[..200] + "…(" + text.Length.ToString(CultureInfo.InvariantCulture) + " chars)" : text, () =>
            {
                PsplibInstance i = PsplibReader.Parse(text);
                return (i.Problem.JobCount, RcpspHeuristics.Schedule(i.Problem, PriorityRule.LatestFinishTime).Makespan);
            }, typeof(FormatException)));

    // Valid share: the reference reader now mostly meets a (mutated) reference table, j30opt.sm: truncated, a fragment
    // inserted or overwritten, a number replaced by a hostile fragment, 40 characters cut, a line repeated (a listed-twice
    // rejection when it is a data line). Two draws in five still feed the mutated instance file, whose precedence and
    // request rows repeat (job, mode) keys; that alone gave 41 valid of 500.
    private static readonly string J30Opt = File.ReadAllText(Path.Combine(J30Evaluation.Folder, "j30opt.sm"));

    private static readonly Gen<string> ReferenceText =
        Gen.Choose(0, J30Opt.Length - 1).SelectMany(at => Gen.Choose(0, 6).SelectMany(kind => Gen.Elements("", "-1", "1e308", "99999999999", "x", "\0", "\n", "  ", "*****", "2147483648", "-2147483649", "0", "\n1 1 43").Select(frag =>
            kind switch
            {
                0 => J30Opt[..at],
                1 => J30Opt[..at] + frag + J30Opt[at..],
                2 => J30Opt[..at] + frag + J30Opt[Math.Min(J30Opt.Length, at + 3)..],
                3 => J30Opt.Remove(at, Math.Min(40, J30Opt.Length - at)),
                4 => Regex(J30Opt, at, frag),
                5 => RepeatLine(J30Opt, at),
                _ => J30Opt,
            })));

    private static string RepeatLine(string text, int at)
    {
        int s = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        int e = text.IndexOf('\n', at);
        e = e < 0 ? text.Length : e + 1;
        return text[..e] + text[s..e] + text[e..];
    }

    [Fact]
    public void Psplib_reference_makespans() =>
        Hostile.Property("Scheduling.PsplibReader.ParseReferenceMakespans", Gen.Frequency((3, ReferenceText), (2, PsplibText.Select(t => t.Replace("RESOURCES", " 1 2 3 ", StringComparison.Ordinal)))), text =>
            Hostile.Check("Scheduling.PsplibReader.ParseReferenceMakespans", () => text[..Math.Min(300, text.Length)], () => PsplibReader.ParseReferenceMakespans(text).Count, typeof(FormatException)));
}
