using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Selection;
using Pmo.Core.Resources;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>Issue 9 §1: hostile inputs for every public Resources entry point (plans, demand, analysis, allocation, scenarios, constraints, scheduled demand).</summary>
public sealed class ResourcesHostileTests
{
    private static readonly Gen<string> RoleId = Gen.Frequency((8, Gen.Elements("dev", "qa", "ops")), (1, Hostile.Id));
    private static readonly Gen<string> ProjectId = Gen.Frequency((8, Gen.Elements("P1", "P2", "P3", "P4")), (1, Hostile.Id));

    /// <summary>Raw plan + demand; built inside the checked call.</summary>
    private sealed record Input(
        int PeriodKind, int Count, LocalDate First, double HoursPerDay, string[] Roles,
        (string Id, string Role, double Fte, LocalDate? From, LocalDate? To, (LocalDate F, LocalDate T, double Fr)[] Abs)[] People,
        (string Role, double Fte, LocalDate? From, LocalDate? To)[] Pools,
        (string Id, CommitmentStatus Status)[] Projects,
        (string P, string R, int Period, double Hours)[] Entries,
        string[] Order, double Tolerance, int Shift, bool Clean = false)
    {
        public override string ToString() =>
            $"periods kind={PeriodKind} n={Count} first={First} hpd={Hostile.Show(HoursPerDay)} roles=[{string.Join(",", Roles)}] people=[{string.Join("; ", People.Select(p => $"{p.Id}/{p.Role}/{Hostile.Show(p.Fte)}/{p.From}/{p.To}/abs{p.Abs.Length}:{string.Join(",", p.Abs.Select(a => $"{a.F}..{a.T}x{Hostile.Show(a.Fr)}"))}"))}] "
            + $"pools=[{string.Join("; ", Pools.Select(p => $"{p.Role}/{Hostile.Show(p.Fte)}/{p.From}/{p.To}"))}] projects=[{string.Join(",", Projects.Select(p => $"{p.Id}:{p.Status}"))}] "
            + $"entries=[{string.Join("; ", Entries.Take(60).Select(e => $"{e.P}/{e.R}/{e.Period}/{Hostile.Show(e.Hours)}"))}] order=[{string.Join(",", Order)}] tol={Hostile.Show(Tolerance)} shift={Shift}";

        public CapacityPlan Plan()
        {
            PlanningPeriods periods = PeriodKind switch
            {
                0 => PlanningPeriods.Monthly(new YearMonth(First.Year, First.Month), Count),
                1 => PlanningPeriods.Weekly(First, Count),
                _ => PlanningPeriods.Create(Enumerable.Range(0, Math.Max(0, Math.Min(Count, 50))).Select(i => new PlanningPeriod("w" + i, SafePlus(First, i * 10), SafePlus(First, (i * 10) + 10 + (i % 3 == 2 && Count % 2 == 1 ? -1 : 0))))),
            };
            var cal = new WorkingCalendar(SafePlus(periods.Items[0].Start, -3), SafePlus(periods.Items[^1].End, 3));
            return new CapacityPlan(
                periods,
                cal,
                Roles.Select(r => new Role(r)),
                People.Select(p => new Person(p.Id, p.Role, p.Fte, activeFrom: p.From, activeTo: p.To, absences: p.Abs.Select(a => new Absence(a.F, a.T, a.Fr)))),
                Pools.Select(p => new RolePool(p.Role, p.Fte, p.From, p.To)),
                HoursPerDay);
        }

        public PortfolioDemand Demand(CapacityPlan plan) =>
            new(plan, Projects.Select(p => new ResourceProject(p.Id, p.Status)), Entries.Select(e => new DemandEntry(e.P, e.R, e.Period, e.Hours)));
    }

    private static LocalDate SafePlus(LocalDate d, int days) =>
        Period.DaysBetween(LocalDate.MinIsoValue, d) + days < 0 ? LocalDate.MinIsoValue
        : Period.DaysBetween(d, LocalDate.MaxIsoValue) - days < 0 ? LocalDate.MaxIsoValue
        : d.PlusDays(days);

    private static readonly Gen<LocalDate?> OptDate = Gen.Frequency((4, Gen.Constant<LocalDate?>(null)), (1, Hostile.Date.Select(d => (LocalDate?)d)));

    private static readonly string[] Roles3 = ["dev", "qa", "ops"];
    private static readonly string[] Names = ["ann", "bob", "cy", "di", "ed"];
    private static readonly string[] Projects4 = ["P1", "P2", "P3", "P4"];

    private static Gen<T> Pick<T>(bool clean, Gen<T> sane, Gen<T> hostile) => BGen.Pick(clean, sane, hostile);

    // Three inputs in four are clean (unique ids, known references, sane numbers and dates inside the horizon) so the
    // analysis, allocation and scenario code runs; the fourth gets hostile injections everywhere.
    private static readonly Gen<Input> Inputs =
        from clean in BGen.Clean
        from kind in Gen.Frequency((5, Gen.Constant(0)), (3, Gen.Constant(1)), (1, Gen.Constant(2)))
        from count in Pick(clean, Gen.Choose(1, 12), Gen.Elements(0, -1, int.MinValue, int.MaxValue, 10_001, 400))
        from first in Pick(clean, Gen.Choose(0, 60).Select(d => new LocalDate(2026, 1, 5).PlusDays(d * 7)), Hostile.Date)
        from hpd in BGen.D(clean, Gen.Elements(8.0, 7.5, 6.0), 10)
        from roles in Pick(clean, Gen.Constant(Roles3), RoleId.ArrayOf())
        from np in Gen.Choose(0, 4)
        from people in Gen.CollectToArray(Enumerable.Range(0, 5).Select(k =>
                            from id in Pick(clean, Gen.Constant(Names[k]), Gen.Elements(Names))
                            from role in Pick(clean, Gen.Elements(Roles3), RoleId)
                            from fte in BGen.D(clean, Gen.Elements(0.5, 1.0, 0.8), 8)
                            from f in Pick(clean, Gen.Frequency((3, Gen.Constant<LocalDate?>(null)), (1, Gen.Choose(0, 120).Select(d => (LocalDate?)SafePlus(first, d)))), OptDate)
                            from t in Pick(clean, Gen.Frequency((3, Gen.Constant<LocalDate?>(null)), (1, Gen.Choose(121, 400).Select(d => (LocalDate?)SafePlus(first, d)))), OptDate)
                            from na in Gen.Choose(0, 2)
                            from abs in (from a in Pick(clean, Gen.Choose(0, 300).Select(d => SafePlus(first, d)), Hostile.Date)
                                         from len in Pick(clean, Gen.Choose(0, 10), Gen.Choose(-2, 20))
                                         from fr in BGen.D(clean, Gen.Elements(0.25, 0.5), 6)
                                         select (a, SafePlus(a, len), fr)).ArrayOf(na)
                            select (id, role, fte, f, t, abs)))
        from pools in (from role in Pick(clean, Gen.Elements(Roles3), RoleId)
                       from fte in BGen.D(clean, Gen.Elements(1.0, 2.5, 4.0), 6)
                       from f in Pick(clean, Gen.Constant<LocalDate?>(null), OptDate)
                       from t in Pick(clean, Gen.Constant<LocalDate?>(null), OptDate)
                       select (role, fte, f, t)).ArrayOf(3)
        from statuses in BGen.EnumOf<CommitmentStatus>().ArrayOf(4)
        from projectIds in Pick(clean, Gen.Constant(Projects4), ProjectId.ArrayOf(4))
        from ne in Gen.Frequency((10, Gen.Choose(0, 30)), (1, Gen.Choose(200, 600)))
        from entries in (from p in Pick(clean, Gen.Elements(Projects4), ProjectId)
                         from r in Pick(clean, Gen.Elements(Roles3), RoleId)
                         from per in Pick(clean, Gen.Choose(0, Math.Max(1, Math.Min(count, 10_000)) - 1), Hostile.AnyInt)
                         from h in Pick(clean, Hostile.SanePositive, Gen.Frequency((1, Hostile.AnyDouble), (1, Gen.Elements(1e12, 9.99e11))))
                         select (p, r, per, h)).ArrayOf(ne)
        from order in Pick(clean, Gen.Shuffle(Projects4).Select(o => o.ToArray()), ProjectId.ArrayOf(4))
        from tol in BGen.D(clean, Gen.Constant(1e-6))
        from shift in Pick(clean, Gen.Choose(-3, 3), Hostile.AnyInt)
        select new Input(kind, count, first, hpd, roles, [.. people.Take(np)], pools,
            [.. projectIds.Select((id, k) => (id, clean ? (CommitmentStatus)((int)statuses[k] % 2) : statuses[k]))], entries, order, tol, shift, clean);

    [Fact]
    public void Plan_and_demand_queries() =>
        Hostile.Property("Resources.CapacityPlan+PortfolioDemand", Inputs, x =>
            Hostile.Check("Resources.CapacityPlan+PortfolioDemand", () => x.ToString(), () =>
            {
                CapacityPlan plan = x.Plan();
                PortfolioDemand d = x.Demand(plan);
                int p = Math.Clamp(x.Shift, 0, plan.PeriodCount - 1);
                return (plan.StandardHours(p), plan.ToFte(p, x.Tolerance), plan.Capacity(plan.Roles[0].Id, p), plan.CapacityRow(0).ToArray(),
                    d.TotalDemand(x.Order[0]), d.ActivePeriods(x.Order[0]), d.WithProjectShifted(x.Order[0], x.Shift).TotalDemand(x.Order[0]),
                    d.WithProjectStatus(x.Order[0], CommitmentStatus.Proposed).Projects.Length, d.WithoutProject(x.Order[0]).Projects.Length);
            }));

    [Fact]
    public void Capacity_analysis() =>
        Hostile.Property("Resources.CapacityAnalysis.Analyze", Inputs.SelectMany(i => BGen.EnumOf<DemandScope>().Select(s => (i, s))), x =>
            Hostile.Check("Resources.CapacityAnalysis.Analyze", () => $"{x.i} scope={x.s}", () =>
            {
                CapacityPlan plan = x.i.Plan();
                CapacityReport r = CapacityAnalysis.Analyze(plan, x.i.Demand(plan), x.s, x.i.Tolerance);
                return (r, r.Cell(plan.Roles[0].Id, 0));
            }));

    [Fact]
    public void Allocation_by_priority_order() =>
        Hostile.Property("Resources.CapacityAllocator.Allocate", Inputs.SelectMany(i => BGen.EnumOf<AllocationMode>().SelectMany(m => Gen.Elements(true, false).Select(c => (i, m, c)))), x =>
            Hostile.Check("Resources.CapacityAllocator.Allocate", () => $"{x.i} mode={x.m} committedFirst={x.c}", () =>
            {
                CapacityPlan plan = x.i.Plan();
                AllocationResult r = CapacityAllocator.Allocate(plan, x.i.Demand(plan), x.i.Order, new AllocationOptions(x.m, x.c));
                return (r, r.Project(x.i.Order[0]), r.Residual(plan.Roles[0].Id, 0));
            }));

    [Fact]
    public void Allocation_by_ranking() =>
        Hostile.Property("Resources.CapacityAllocator.AllocateByRanking", Inputs.SelectMany(i => BGen.D(i.Clean, Gen.Choose(0, 100).Select(v => (double)v)).ArrayOf(i.Order.Length).Select(s => (i, s))), x =>
            Hostile.Check("Resources.CapacityAllocator.AllocateByRanking", () => $"{x.i} scores={BGen.S(x.s)}", () =>
            {
                CapacityPlan plan = x.i.Plan();
                Ranking ranking = Ranking.FromPreferences(x.s, higherIsBetter: true);
                return CapacityAllocator.AllocateByRanking(plan, x.i.Demand(plan), ranking, x.i.Order);
            }));

    [Fact]
    public void Earliest_start() =>
        Hostile.Property("Resources.CapacityAllocator.EarliestStart", Inputs.SelectMany(i => Gen.Frequency((3, Gen.Constant<int?>(null)), (2, Hostile.AnyInt.Select(v => (int?)v))).Select(e => (i, e))), x =>
            Hostile.Check("Resources.CapacityAllocator.EarliestStart", () => $"{x.i} earliest={x.e}", () =>
            {
                CapacityPlan plan = x.i.Plan();
                return CapacityAllocator.EarliestStart(plan, x.i.Demand(plan), x.i.Order[0], x.i.Order.Skip(1), x.e);
            }));

    [Fact]
    public void Resource_rows_for_selection() =>
        Hostile.Property("Resources.CapacityConstraints.ToResourceRows", Inputs.SelectMany(i => BGen.EnumOf<CommittedOverloadHandling>().SelectMany(o => Gen.Elements(true, false).SelectMany(idle =>
                Gen.Frequency((6, Gen.Constant("role:")), (1, Hostile.Id)).Select(prefix => (i, o, idle, prefix))))), x =>
            Hostile.Check("Resources.CapacityConstraints.ToResourceRows", () => $"{x.i} overload={x.o} idle={x.idle} prefix='{x.prefix}'", () =>
            {
                CapacityPlan plan = x.i.Plan();
                CapacityRowSet rows = CapacityConstraints.ToResourceRows(plan, x.i.Demand(plan), x.i.Order, x.o, x.idle, x.prefix, x.i.Tolerance);
                SelectionProblem problem = SelectionProblem.Create(x.i.Order.Distinct().Select(id => new SelectionCandidate(id, 1)));
                return (rows, rows.ApplyTo(problem).Rows.Length);
            }, typeof(CapacityOverloadException)));

    private static Gen<Func<ScenarioChange>[]> Changes(bool clean) => Gen.Choose(0, clean ? 2 : 4).SelectMany(k => Change(clean).ArrayOf(k));

    private static Gen<Func<ScenarioChange>> Change(bool clean) =>
        from kind in Gen.Choose(0, 7)
         from p in Pick(clean, Gen.Elements(Projects4), ProjectId)
         from n in Pick(clean, Gen.Choose(-1, 2), Hostile.AnyInt)
         from fte in BGen.D(clean, Gen.Constant(1.0))
         from role in Pick(clean, Gen.Elements(Roles3), RoleId)
         from order in Pick(clean, Gen.Shuffle(Projects4).Select(o => o.ToArray()), ProjectId.ArrayOf())
         select (Func<ScenarioChange>)(() => kind switch
         {
             0 => ScenarioChange.AddHeadcount(new RolePool(role, fte)),
             1 => ScenarioChange.RemovePerson(clean ? "ann" : p),
             2 => ScenarioChange.DelayProject(p, n),
             3 => ScenarioChange.AccelerateProject(p, n),
             4 => ScenarioChange.CancelProject(p),
             5 => ScenarioChange.ApproveProject(p),
             _ => ScenarioChange.ChangePriorityOrder(order),
         });

    [Fact]
    public void Capacity_scenarios() =>
        Hostile.Property("Resources.CapacityScenarios.Compare", Inputs.SelectMany(i => Changes(i.Clean).ArrayOf(3).SelectMany(sets => Gen.Frequency((8, Gen.Constant("s")), (1, Hostile.Id)).Select(name => (i, sets, name)))), x =>
            Hostile.Check("Resources.CapacityScenarios.Compare", () => $"{x.i} scenarios={x.sets.Length}x{string.Join(",", x.sets.Select(s => s.Length))} name='{x.name}'", () =>
            {
                CapacityPlan plan = x.i.Plan();
                var scenarios = x.sets.Select((c, k) => new CapacityScenario(k == 2 ? x.name : "s" + k, c.Select(f => f()))).ToArray();
                CapacityScenarioComparison c = CapacityScenarios.Compare(plan, x.i.Demand(plan), x.i.Order, scenarios);
                return (c, c.Scenarios.Length);
            }, typeof(ScenarioChangeException)));

    // Valid share: clean plans in most draws, each assignment naming a known activity and role (each pair once) with sane units, sane
    // starts; one hostile assignment (an unknown activity or role, hostile units) in about one draw of four and one
    // hostile start in about one of six. The first version broke an assignment in nearly every draw (33 valid of 500).
    private static Gen<(int a, string r, double u)> HostileAssignment(int activities) =>
        from kind in Gen.Choose(0, 2)
        from r in RoleId
        from u in Hostile.AnyDouble
        select kind switch
        {
            0 => (activities, "dev", 1.0),
            1 => (0, r, 1.0),
            _ => (0, "dev", u),
        };

    [Fact]
    public void Scheduled_demand_from_a_network() =>
        Hostile.Property("Resources.ScheduledDemand.FromStarts", Gen.Frequency((4, Inputs.Where(i => i.Clean)), (1, Inputs)).SelectMany(i => BGen.Network.SelectMany(n =>
                (from a in Gen.Choose(0, Math.Max(0, n.Activities.Length - 1))
                 from r in Gen.Elements(Roles3)
                 from u in Gen.Elements(1.0, 0.5, 2.0)
                 select (a, r, u)).ArrayOf(n.Activities.Length).Select(asg => asg.DistinctBy(t => (t.a, t.r)).ToArray()).SelectMany(asg => VGen.WithOneHostile(asg, HostileAssignment(n.Activities.Length), 4)).SelectMany(asg =>
                    BGen.SaneDuration.ArrayOf(n.Activities.Length).SelectMany(s => VGen.WithOneHostile(s, Hostile.AnyDouble, 6)).SelectMany(starts =>
                        Gen.Frequency((8, Gen.Constant(i.First)), (1, Hostile.Date)).Select(ps => (i, n, asg, starts, ps)))))), x =>
            Hostile.Check("Resources.ScheduledDemand.FromStarts", () => $"{x.i} {x.n} asg=[{string.Join(";", x.asg.Select(a => $"{a.a}:{a.r}:{Hostile.Show(a.u)}"))}] starts={BGen.S(x.starts)} start={x.ps}", () =>
            {
                CapacityPlan plan = x.i.Plan();
                ActivityNetwork net = x.n.Build();
                string Act(int k) => k < net.Activities.Length ? net.Activities[k].Id : "ghost";
                var assignments = x.asg.Select(a => new ActivityAssignment(Act(a.a), a.r, a.u)).ToArray();
                var starts = net.Activities.Select((a, k) => (a.Id, x.starts[k])).ToDictionary(t => t.Id, t => t.Item2, StringComparer.Ordinal);
                LocalDate ps = plan.Calendar.IsWorkingDay(x.ps) ? x.ps : plan.Calendar.NextWorkingDay(x.ps);
                ScheduledDemand a = ScheduledDemand.FromStarts(x.i.Order[0], net, starts, assignments, plan.Calendar, ps, plan);
                ScheduledDemand b = ScheduledDemand.FromEarlyStarts(x.i.Order[0], CriticalPath.Analyze(net), assignments, plan.Calendar, ps, plan);
                return (a, b, a.TotalHours, b.TotalHours);
            }));
}
