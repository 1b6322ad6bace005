using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pmo.Core.Resources;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>
/// Issue 9 §1 (gap families): hostile inputs for the <see cref="CapacityPlan"/> members the first pass left out — the
/// what-if copies (<see cref="CapacityPlan.WithPerson"/>, <see cref="CapacityPlan.WithPool"/>,
/// <see cref="CapacityPlan.WithoutPerson"/>) and the per-person and unit queries (<see cref="CapacityPlan.PersonCapacity"/>,
/// <see cref="CapacityPlan.ToHours"/>, <see cref="CapacityPlan.ToFte"/>).
/// </summary>
public sealed class GapResourcesHostileTests
{
    private static Gen<T> Pick<T>(bool clean, Gen<T> sane, Gen<T> hostile) => BGen.Pick(clean, sane, hostile);

    private static readonly string[] Roles3 = ["dev", "qa", "ops"];
    private static readonly string[] Names = ["ann", "bob", "cy", "di", "ed", "fay"];

    private static LocalDate SafePlus(LocalDate d, int days) => AGen.SafePlusDays(d, days);

    private sealed record PersonSpec(string Id, string Role, double Fte, LocalDate? From, LocalDate? To, (LocalDate F, LocalDate T, double Fr)[] Abs)
    {
        public override string ToString() => $"{Id}/{Role}/{Hostile.Show(Fte)}/{From}/{To}/abs[{string.Join(",", Abs.Select(a => $"{a.F}..{a.T}x{Hostile.Show(a.Fr)}"))}]";

        public Person Build() => new(Id, Role, Fte, activeFrom: From, activeTo: To, absences: Abs.Select(a => new Absence(a.F, a.T, a.Fr)));
    }

    private sealed record PoolSpec(string Role, double Fte, LocalDate? From, LocalDate? To)
    {
        public override string ToString() => $"{Role}/{Hostile.Show(Fte)}/{From}/{To}";

        public RolePool Build() => new(Role, Fte, From, To);
    }

    private sealed record PlanInput(bool Monthly, int Count, LocalDate First, double HoursPerDay, PersonSpec[] People, PoolSpec[] Pools, (int Kind, PersonSpec Person, PoolSpec Pool, string Id)[] Ops, string QueryId, int Period, double Fte, double Hours)
    {
        public override string ToString() =>
            $"monthly={Monthly} n={Count} first={First} hpd={Hostile.Show(HoursPerDay)} people=[{string.Join("; ", People.Select(p => p.ToString()))}] pools=[{string.Join("; ", Pools.Select(p => p.ToString()))}] "
            + $"ops=[{string.Join("; ", Ops.Select(o => o.Kind switch { 0 => "+" + o.Person, 1 => "+pool " + o.Pool, _ => "-" + o.Id }))}] query={QueryId} period={Period} fte={Hostile.Show(Fte)} hours={Hostile.Show(Hours)}";

        public CapacityPlan Plan()
        {
            PlanningPeriods periods = Monthly ? PlanningPeriods.Monthly(new YearMonth(First.Year, First.Month), Count) : PlanningPeriods.Weekly(First, Count);
            var cal = new WorkingCalendar(SafePlus(periods.Items[0].Start, -3), SafePlus(periods.Items[^1].End, 3));
            return new CapacityPlan(periods, cal, Roles3.Select(r => new Role(r)), People.Select(p => p.Build()), Pools.Select(p => p.Build()), HoursPerDay);
        }
    }

    private static readonly Gen<LocalDate?> OptDate = Gen.Frequency((4, Gen.Constant<LocalDate?>(null)), (1, Hostile.Date.Select(d => (LocalDate?)d)));

    private static Gen<PersonSpec> PersonOf(bool clean, LocalDate first, string id) =>
        from pid in Pick(clean, Gen.Constant(id), Gen.Frequency((4, Gen.Elements(Names)), (1, Hostile.Id)))
        from role in Pick(clean, Gen.Elements(Roles3), Gen.Frequency((4, Gen.Elements(Roles3)), (1, Hostile.Id)))
        from fte in BGen.D(clean, Gen.Elements(0.5, 1.0, 0.8), 8)
        from f in Pick(clean, Gen.Frequency((3, Gen.Constant<LocalDate?>(null)), (1, Gen.Choose(0, 120).Select(d => (LocalDate?)SafePlus(first, d)))), OptDate)
        from t in Pick(clean, Gen.Frequency((3, Gen.Constant<LocalDate?>(null)), (1, Gen.Choose(121, 400).Select(d => (LocalDate?)SafePlus(first, d)))), OptDate)
        from na in Gen.Choose(0, 2)
        from abs in (from a in Pick(clean, Gen.Choose(0, 300).Select(d => SafePlus(first, d)), Hostile.Date)
                     from len in Pick(clean, Gen.Choose(0, 10), Gen.Choose(-2, 20))
                     from fr in BGen.D(clean, Gen.Elements(0.25, 0.5, 1.0), 6)
                     select (a, SafePlus(a, len), fr)).ArrayOf(na)
        select new PersonSpec(pid, role, fte, f, t, abs);

    private static Gen<PoolSpec> PoolOf(bool clean) =>
        from role in Pick(clean, Gen.Elements(Roles3), Gen.Frequency((4, Gen.Elements(Roles3)), (1, Hostile.Id)))
        from fte in Pick(clean, Gen.Elements(1.0, 2.5, 4.0), Gen.Frequency((4, Gen.Elements(1.0, 2.5)), (1, Hostile.AnyDouble), (1, Gen.Elements(1e6, 999_999.5, 1e6 + 1))))
        from f in Pick(clean, Gen.Constant<LocalDate?>(null), OptDate)
        from t in Pick(clean, Gen.Constant<LocalDate?>(null), OptDate)
        select new PoolSpec(role, fte, f, t);

    // Three inputs in four are clean (unique person ids, known roles, sane numbers and dates inside the horizon); the
    // fourth gets hostile injections: duplicate or unknown ids, unknown roles, hostile FTEs, hours per day and dates.
    private static readonly Gen<PlanInput> Inputs =
        from clean in BGen.Clean
        from monthly in Gen.Elements(true, false)
        from count in Pick(clean, Gen.Choose(1, 12), Gen.Elements(0, -1, int.MinValue, 10_001, 400, 1))
        from first in Pick(clean, Gen.Choose(0, 60).Select(d => new LocalDate(2026, 1, 5).PlusDays(d * 7)), AGen.RareExtremeDate)
        from hpd in Pick(clean, Gen.Elements(8.0, 7.5, 6.0), Gen.Frequency((4, Gen.Elements(8.0, 24.0)), (1, Hostile.AnyDouble)))
        from np in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 3)))
        from people in Gen.CollectToArray(Enumerable.Range(0, np).Select(k => PersonOf(clean, first, Names[k])))
        from pools in Gen.Choose(0, 2).SelectMany(n => PoolOf(clean).ArrayOf(n))
        from nops in Gen.Choose(0, 4)
        from ops in Gen.CollectToArray(Enumerable.Range(0, nops).Select(k =>
            from kind in Gen.Choose(0, 2)
            from person in PersonOf(clean, first, "new" + k.ToString(CultureInfo.InvariantCulture))
            from pool in PoolOf(clean)
            from id in Pick(clean, Gen.Elements(Names.Take(Math.Max(1, np)).ToArray()), Gen.Frequency((3, Gen.Elements(Names)), (1, Hostile.Id)))
            select (kind, person, pool, id)))
        from query in Pick(clean, Gen.Constant("#"), Gen.Frequency((2, Gen.Constant("#")), (1, Hostile.Id)))
        from period in Pick(clean, Gen.Choose(0, count > 0 ? count - 1 : 0), Hostile.AnyInt)
        from fte in Pick(clean, Gen.Choose(0, 40).Select(i => i / 10.0), Gen.Frequency((1, Hostile.AnyDouble), (1, Gen.Elements(1e300, 1e308, double.MaxValue))))
        from hours in Pick(clean, Hostile.SanePositive, Gen.Frequency((1, Hostile.AnyDouble), (1, Gen.Elements(1e300, 1e308, double.MaxValue, -1e308))))
        select new PlanInput(monthly, count, first, hpd, people, pools, ops, query, period, fte, hours);

    [Fact]
    public void Capacity_plan_what_ifs() =>
        Hostile.Property("Gap.Resources.CapacityPlan.WithPerson/WithPool/WithoutPerson", Inputs, x =>
            Hostile.Check("Gap.Resources.CapacityPlan.WithPerson/WithPool/WithoutPerson", () => x.ToString(), () =>
            {
                CapacityPlan plan = x.Plan();
                foreach ((int kind, PersonSpec person, PoolSpec pool, string id) in x.Ops)
                {
                    plan = kind switch
                    {
                        0 => plan.WithPerson(person.Build()),
                        1 => plan.WithPool(pool.Build()),
                        _ => plan.People.Length == 0 ? plan : plan.WithoutPerson(id),
                    };
                }

                return (plan.People.Length, plan.Pools.Length, Enumerable.Range(0, plan.RoleCount).Select(r => plan.CapacityRow(r).ToArray()).ToArray(),
                    plan.People.Select(p => Enumerable.Range(0, plan.PeriodCount).Select(k => plan.PersonCapacity(p.Id, k)).ToArray()).ToArray());
            }));

    [Fact]
    public void Capacity_plan_person_capacity_and_units() =>
        Hostile.Property("Gap.Resources.CapacityPlan.PersonCapacity/ToHours/ToFte", Inputs, x =>
            Hostile.Check("Gap.Resources.CapacityPlan.PersonCapacity/ToHours/ToFte", () => x.ToString(), () =>
            {
                CapacityPlan plan = x.Plan();
                if (x.Ops.Length > 0 && x.Ops[0].Kind == 0)
                {
                    plan = plan.WithPerson(x.Ops[0].Person.Build());
                }

                // "#": a person of the plan (the last one), so the deep path runs; otherwise the hostile id as given.
                string id = x.QueryId == "#" && plan.People.Length > 0 ? plan.People[^1].Id : x.QueryId;
                return (plan.PersonCapacity(id, x.Period), plan.ToHours(x.Period, x.Fte), plan.ToFte(x.Period, x.Hours), plan.StandardHours(x.Period));
            }));

    [Fact]
    public void Regression_to_hours_overflowing_to_infinity_is_rejected()
    {
        // Before the fix: 1e308 FTE × 8 h × 20 working days = +∞ hours was returned.
        var periods = PlanningPeriods.Monthly(new YearMonth(2026, 1), 1);
        var plan = new CapacityPlan(periods, new WorkingCalendar(new LocalDate(2025, 12, 1), new LocalDate(2026, 3, 1)), [new Role("dev")]);
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => plan.ToHours(0, 1e308));
        Assert.Equal("fte", e.ParamName);
    }

    [Fact]
    public void Regression_to_fte_overflowing_to_infinity_is_rejected()
    {
        // Before the fix: 1e308 hours / (1e-300 h/day × 20 working days) = +∞ FTE was returned.
        var periods = PlanningPeriods.Monthly(new YearMonth(2026, 1), 1);
        var plan = new CapacityPlan(periods, new WorkingCalendar(new LocalDate(2025, 12, 1), new LocalDate(2026, 3, 1)), [new Role("dev")], hoursPerDay: 1e-300);
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => plan.ToFte(0, 1e308));
        Assert.Equal("hours", e.ParamName);
    }
}
