using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pmo.Core.Resources;
using static Pmo.Core.Tests.Resources.CapacityPlanTests;

namespace Pmo.Core.Tests.Resources;

/// <summary>Layer 2: FsCheck properties of capacity versus demand on random portfolios (integer hours: exact sums).</summary>
public class CapacityProperties
{
    internal sealed record RandomPortfolio(int Roles, int[] Ftes, (int Project, int Role, int Period, int Hours, bool Proposed)[] Entries, int Periods)
    {
        public CapacityPlan Plan() => new(
            PlanningPeriods.Monthly(new YearMonth(2027, 1), Periods),
            Calendar2027(),
            Enumerable.Range(0, Roles).Select(r => new Role($"r{r}", department: $"d{r % 2}")),
            pools: Enumerable.Range(0, Roles).Where(r => Ftes[r] > 0).Select(r => new RolePool($"r{r}", Ftes[r])));

        public PortfolioDemand Demand(CapacityPlan plan) => new(
            plan,
            Enumerable.Range(0, 6).Select(p => new ResourceProject($"p{p}", p % 3 == 2 ? CommitmentStatus.Proposed : CommitmentStatus.Committed)),
            Entries.Select(e => new DemandEntry($"p{e.Project}", $"r{e.Role}", e.Period, e.Hours)));
    }

    internal static readonly Gen<RandomPortfolio> Portfolios =
        Gen.Choose(1, 5).SelectMany(roles =>
            Gen.Choose(1, 6).SelectMany(periods =>
                Gen.Choose(0, 3).ArrayOf(roles).SelectMany(ftes =>
                    Gen.Choose(0, 5).SelectMany(p => Gen.Choose(0, roles - 1).SelectMany(r => Gen.Choose(0, periods - 1).SelectMany(t => Gen.Choose(0, 400).Select(h => (p, r, t, h, false)))))
                        .ArrayOf().Select(entries => new RandomPortfolio(roles, ftes, entries, periods)))));

    [Fact]
    public void Demand_cells_sum_the_entries_and_utilisation_is_demand_over_capacity() =>
        Prop.ForAll(Portfolios.ToArbitrary(), g =>
        {
            CapacityPlan plan = g.Plan();
            CapacityReport r = CapacityAnalysis.Analyze(plan, g.Demand(plan));
            double entries = g.Entries.Sum(e => (double)e.Hours);
            bool sums = r.Cells.Sum(c => c.Demand) == entries && r.TotalDemand.Sum() == entries;
            bool util = r.Cells.All(c => c.Capacity > 0 ? c.Utilisation == c.Demand / c.Capacity : c.Utilisation is null);
            bool over = r.Cells.All(c => c.IsOverAllocated == (c.Demand - c.Capacity > r.Tolerance));
            bool shortfall = r.Bottlenecks.Sum(b => b.ShortfallHours) == r.OverAllocations.Sum(o => o.ExcessHours);
            bool contributors = r.OverAllocations.All(o => Math.Abs(o.Contributors.Sum(c => c.Hours) - o.Cell.Demand) < 1e-9);
            return sums && util && over && shortfall && contributors;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Adding_capacity_never_increases_a_gap_or_a_shortfall() =>
        Prop.ForAll(Portfolios.ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), (g, fte) =>
        {
            CapacityPlan plan = g.Plan();
            PortfolioDemand demand = g.Demand(plan);
            CapacityReport before = CapacityAnalysis.Analyze(plan, demand);
            CapacityReport after = CapacityAnalysis.Analyze(plan.WithPool(new RolePool("r0", fte)), demand);
            bool cells = before.Cells.Zip(after.Cells).All(p => p.Second.Gap >= p.First.Gap && p.Second.IsOverAllocated.CompareTo(p.First.IsOverAllocated) <= 0);
            return cells && after.OverAllocations.Sum(o => o.ExcessHours) <= before.OverAllocations.Sum(o => o.ExcessHours);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Department_rollups_add_up_to_the_totals() =>
        Prop.ForAll(Portfolios.ToArbitrary(), g =>
        {
            CapacityPlan plan = g.Plan();
            CapacityReport r = CapacityAnalysis.Analyze(plan, g.Demand(plan));
            return Enumerable.Range(0, plan.PeriodCount).All(t =>
                r.ByDepartment().Sum(d => d.Capacity[t]) == r.TotalCapacity[t]
                && r.ByDepartment().Sum(d => d.Demand[t]) == r.TotalDemand[t]
                && r.ByProgramme().Sum(d => d.Committed[t] + d.Proposed[t]) == r.TotalDemand[t]);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Shifting_a_project_there_and_back_restores_it() =>
        Prop.ForAll(Portfolios.ToArbitrary(), Gen.Choose(-3, 3).ToArbitrary(), (g, k) =>
        {
            CapacityPlan plan = g.Plan();
            PortfolioDemand d = g.Demand(plan);
            (int First, int Last)? span = d.ActivePeriods("p0");
            if (span is not (int first, int last) || first + k < 0 || last + k >= plan.PeriodCount)
            {
                return true;
            }

            PortfolioDemand back = d.WithProjectShifted("p0", k).WithProjectShifted("p0", -k);
            return d.Entries("p0").Where(e => e.Hours > 0).Select(e => (e.RoleId, e.Period, e.Hours))
                .SequenceEqual(back.Entries("p0").Where(e => e.Hours > 0).Select(e => (e.RoleId, e.Period, e.Hours)));
        }).QuickCheckThrowOnFailure();
}
