using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Resources;
using static Pmo.Core.Tests.Resources.Allocation.AllocationFixture;

namespace Pmo.Core.Tests.Resources.Allocation;

/// <summary>FsCheck properties over random small instances (see <see cref="AllocationFixture.Random"/>).</summary>
public class AllocationProperties
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue - 1).ToArbitrary();
    private static readonly AllocationMode[] Modes = [AllocationMode.Partial, AllocationMode.AllOrNothing, AllocationMode.Defer];

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    private static AllocationOptions Options(AllocationMode mode) => new(mode, committedFirst: false);

    [Fact]
    public void Allocation_never_exceeds_capacity_in_any_cell_nor_demand_outside_defer() =>
        Prop.ForAll(Seeds, seed =>
        {
            Instance x = Random(seed);
            int tc = x.Plan.PeriodCount;
            foreach (AllocationMode mode in Modes)
            {
                AllocationResult r = CapacityAllocator.Allocate(x.Plan, x.Demand, x.Order, Options(mode));
                double[] sum = new double[x.Plan.RoleCount * tc];
                foreach (ProjectAllocation p in r.Projects)
                {
                    foreach (AllocationCell c in p.Cells)
                    {
                        sum[(x.Plan.IndexOfRole(c.RoleId) * tc) + c.Period] += c.Allocated;
                        if (c.Allocated < 0 || (mode != AllocationMode.Defer && c.Allocated > c.Demand))
                        {
                            return false.Label($"seed {seed} {mode}: {p.ProjectId} {c}");
                        }
                    }

                    if (mode == AllocationMode.AllOrNothing && p.AllocatedHours != 0 && p.AllocatedHours != p.RequestedHours)
                    {
                        return false.Label($"seed {seed}: all-or-nothing gave {p.ProjectId} part of its demand");
                    }
                }

                for (int r2 = 0; r2 < x.Plan.RoleCount; r2++)
                {
                    for (int t = 0; t < tc; t++)
                    {
                        int c = (r2 * tc) + t;
                        double cap = x.Plan.CapacityRow(r2)[t];
                        if (sum[c] > cap * (1 + 1e-12) || r.ResidualGrid[c] < 0 || !Close(r.ResidualGrid[c] + r.AllocatedGrid[c], cap) || !Close(sum[c], r.AllocatedGrid[c]))
                        {
                            return false.Label($"seed {seed} {mode}: cell {c}: allocated {sum[c]} capacity {cap} residual {r.ResidualGrid[c]}");
                        }
                    }
                }
            }

            return true.Label("ok");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Allocated_plus_shortfall_equals_requested_per_project_and_cell() =>
        Prop.ForAll(Seeds, seed =>
        {
            Instance x = Random(seed);
            foreach (AllocationMode mode in Modes)
            {
                AllocationResult r = CapacityAllocator.Allocate(x.Plan, x.Demand, x.Order, Options(mode));
                foreach (ProjectAllocation p in r.Projects)
                {
                    double requested = x.Entries.Where(e => e.Project == p.ProjectId).Sum(e => e.Hours);
                    bool cellsOk = p.Cells.All(c => Close(c.Demand + c.CarriedIn, c.Allocated + c.Shortfall));
                    if (!Close(p.RequestedHours, requested) || !Close(p.AllocatedHours + p.ShortfallHours, requested) || !cellsOk)
                    {
                        return false.Label($"seed {seed} {mode}: {p.ProjectId}: {p.AllocatedHours} + {p.ShortfallHours} vs {requested}");
                    }

                    if (p.FinishDelay is int delay && delay < 0)
                    {
                        return false.Label($"seed {seed} {mode}: {p.ProjectId} finishes early");
                    }
                }

                if (!Close(r.TotalAllocatedHours + r.TotalShortfallHours, r.TotalRequestedHours))
                {
                    return false.Label($"seed {seed} {mode}: totals");
                }
            }

            return true.Label("ok");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Adding_capacity_never_increases_a_shortfall_or_gap_in_partial_mode() =>
        Prop.ForAll(Seeds, Gen.Choose(1, 8).ToArbitrary(), (seed, quarters) =>
        {
            Instance x = Random(seed);
            string role = x.Roles[seed % x.Roles.Length];
            int tc = x.Plan.PeriodCount;
            var pool = new RolePool(role, quarters / 4.0, Monday.PlusDays(7 * (seed % tc)), Monday.PlusDays((7 * tc) - 1));
            CapacityPlan more = x.Plan.WithPool(pool);
            AllocationResult before = CapacityAllocator.Allocate(x.Plan, x.Demand, x.Order, Options(AllocationMode.Partial));
            AllocationResult after = CapacityAllocator.Allocate(more, x.Demand, x.Order, Options(AllocationMode.Partial));
            bool perProject = before.Projects.Zip(after.Projects).All(z => z.Second.ShortfallHours <= z.First.ShortfallHours + 1e-9);
            double gapBefore = CapacityAnalysis.Analyze(x.Plan, x.Demand).Bottlenecks.Sum(b => b.ShortfallHours);
            double gapAfter = CapacityAnalysis.Analyze(more, x.Demand).Bottlenecks.Sum(b => b.ShortfallHours);
            return (perProject && after.TotalShortfallHours <= before.TotalShortfallHours + 1e-9 && gapAfter <= gapBefore + 1e-9)
                .Label($"seed {seed}: shortfall {before.TotalShortfallHours} → {after.TotalShortfallHours}, gap {gapBefore} → {gapAfter}");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Utilisation_is_demand_over_capacity() =>
        Prop.ForAll(Seeds, seed =>
        {
            Instance x = Random(seed);
            CapacityScenarioComparison c = CapacityScenarios.Compare(x.Plan, x.Demand, x.Order, []);
            foreach (RoleUtilisation u in c.Baseline.Roles)
            {
                int r = x.Plan.IndexOfRole(u.RoleId);
                double cap = 0;
                double? peak = null;
                foreach (double v in x.Plan.CapacityRow(r))
                {
                    cap += v;
                }

                double dem = x.Entries.Where(e => e.Role == u.RoleId).Sum(e => e.Hours);
                for (int t = 0; t < x.Plan.PeriodCount; t++)
                {
                    double ct = x.Plan.CapacityRow(r)[t];
                    double dt = x.Entries.Where(e => e.Role == u.RoleId && e.Week == t).Sum(e => e.Hours);
                    if (ct > 0 && (peak is null || dt / ct > peak))
                    {
                        peak = dt / ct;
                    }
                }

                bool avg = cap > 0 ? Close(u.AverageUtilisation!.Value, dem / cap) : u.AverageUtilisation is null;
                bool pk = peak is null ? u.PeakUtilisation is null : Close(u.PeakUtilisation!.Value, peak.Value);
                if (!avg || !pk || !Close(u.DemandHours, dem))
                {
                    return false.Label($"seed {seed} role {u.RoleId}: {u.AverageUtilisation} vs {dem}/{cap}, peak {u.PeakUtilisation} vs {peak}");
                }
            }

            return true.Label("ok");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_higher_priority_project_never_gets_less_when_a_lower_one_is_added() =>
        Prop.ForAll(Seeds, seed =>
        {
            Instance x = Random(seed);
            if (x.Projects.Length < 2)
            {
                return true.Label("one project");
            }

            // Drop the lowest-priority project, then add it back at the end of the order.
            string last = x.Order[^1];
            PortfolioDemand without = Demand(x.Plan, [.. x.Projects.Where(p => p.Id != last)], [.. x.Entries.Where(e => e.Project != last)]);
            foreach (AllocationMode mode in Modes)
            {
                AllocationResult small = CapacityAllocator.Allocate(x.Plan, without, x.Order[..^1], Options(mode));
                AllocationResult full = CapacityAllocator.Allocate(x.Plan, x.Demand, x.Order, Options(mode));
                foreach (ProjectAllocation p in small.Projects)
                {
                    if (full.Project(p.ProjectId).AllocatedHours < p.AllocatedHours || !full.Project(p.ProjectId).Cells.SequenceEqual(p.Cells))
                    {
                        return false.Label($"seed {seed} {mode}: {p.ProjectId} lost hours when {last} was added");
                    }
                }
            }

            return true.Label("ok");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Earliest_start_is_feasible_and_no_earlier_shift_is() =>
        Prop.ForAll(Seeds, seed =>
        {
            Instance x = Random(seed);
            string id = x.Order[0];
            int tc = x.Plan.PeriodCount;
            EarliestStartResult e = CapacityAllocator.EarliestStart(x.Plan, x.Demand, id);
            (int First, int Last)? span = x.Demand.ActivePeriods(id);
            if (span is null)
            {
                return (e.IsFeasible && e.Shift == 0).Label("no demand");
            }

            // Independent residual: capacity minus the entries of the other committed projects.
            double Residual(string role, int t) => x.Plan.Capacity(role, t) - x.Entries.Where(en => en.Role == role && en.Week == t && en.Project != id && x.Projects.Single(p => p.Id == en.Project).Status == CommitmentStatus.Committed).Sum(en => en.Hours);
            var mine = x.Entries.Where(en => en.Project == id).GroupBy(en => (en.Role, en.Week)).Select(g => (g.Key.Role, g.Key.Week, Hours: g.Sum(en => en.Hours))).ToArray();
            bool Fits(int k) => mine.All(m => m.Week + k < tc && m.Week + k >= 0 && m.Hours <= Residual(m.Role, m.Week + k));
            int maxShift = tc - 1 - span.Value.Last;
            int? expected = Enumerable.Range(0, maxShift + 1).Cast<int?>().FirstOrDefault(k => Fits(k!.Value));
            return (e.Shift == expected && (expected is null || (e.Start == span.Value.First + expected && e.Rejections.Length == expected)))
                .Label($"seed {seed}: {id} shift {e.Shift}, expected {expected}");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Allocation_is_deterministic() =>
        Prop.ForAll(Seeds, seed =>
        {
            Instance x = Random(seed);
            foreach (AllocationMode mode in Modes)
            {
                AllocationResult a = CapacityAllocator.Allocate(x.Plan, x.Demand, x.Order, new AllocationOptions(mode));
                AllocationResult b = CapacityAllocator.Allocate(x.Plan, x.Demand, x.Order, new AllocationOptions(mode));
                if (!a.ResidualGrid.SequenceEqual(b.ResidualGrid) || !a.Projects.Zip(b.Projects).All(z => z.First.Cells.SequenceEqual(z.Second.Cells) && z.First.ShortfallHours.Equals(z.Second.ShortfallHours)))
                {
                    return false.Label($"seed {seed} {mode}");
                }
            }

            return true.Label("ok");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Defer_allocates_at_least_what_partial_does_and_all_or_nothing_gives_all_or_none() =>
        Prop.ForAll(Seeds, seed =>
        {
            // With one project the comparison is per project: deferral only adds later hours to what partial takes.
            Instance x = Random(seed, maxProjects: 1);
            AllocationResult partial = CapacityAllocator.Allocate(x.Plan, x.Demand, x.Order, Options(AllocationMode.Partial));
            AllocationResult defer = CapacityAllocator.Allocate(x.Plan, x.Demand, x.Order, Options(AllocationMode.Defer));
            AllocationResult aon = CapacityAllocator.Allocate(x.Plan, x.Demand, x.Order, Options(AllocationMode.AllOrNothing));
            bool staffed = partial.Projects[0].IsFullyStaffed;
            return (defer.TotalAllocatedHours >= partial.TotalAllocatedHours - 1e-9
                && aon.Projects[0].IsFullyStaffed == staffed
                && defer.Projects[0].IsFullyStaffed == staffed).Label($"seed {seed}");
        }).QuickCheckThrowOnFailure();
}
