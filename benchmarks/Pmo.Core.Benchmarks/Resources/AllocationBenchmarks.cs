using BenchmarkDotNet.Attributes;
using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Resources;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Benchmarks.Resources;

/// <summary>
/// Seeded allocation instance at the issue's size: 500 projects × 50 roles × 36 weekly periods. Each project uses 3–8
/// roles over a window of 6–18 weeks (about 60 cells per project, 30,000 in all) with 8–40 h per cell; one project in
/// four is proposed. Each role's capacity (a pool) is about 80 % of its mean weekly demand, so allocation is contested.
/// </summary>
internal static class AllocationInstance
{
    public static (CapacityPlan Plan, PortfolioDemand Demand, string[] Order, (int P, int R, int T, double H)[] Cells) Make(int projects, int roles, int periods, ulong seed)
    {
        var rng = Xoshiro256StarStar.FromSeed(seed);
        var cells = new List<(int P, int R, int T, double H)>();
        double[] perRole = new double[roles];
        for (int p = 0; p < projects; p++)
        {
            int start = rng.NextInt(periods);
            int length = Math.Min(periods - start, 6 + rng.NextInt(13));
            int[] used = [.. Enumerable.Range(0, roles).OrderBy(_ => rng.NextUInt64()).Take(3 + rng.NextInt(6))];
            foreach (int r in used)
            {
                for (int t = start; t < start + length; t++)
                {
                    double h = 8 * (1 + rng.NextInt(5));
                    cells.Add((p, r, t, h));
                    perRole[r] += h;
                }
            }
        }

        LocalDate monday = new(2027, 1, 4);
        string[] roleIds = [.. Enumerable.Range(0, roles).Select(r => "R" + r)];
        var plan = new CapacityPlan(
            PlanningPeriods.Weekly(monday, periods),
            new WorkingCalendar(monday, monday.PlusDays((7 * periods) + 7)),
            roleIds.Select(r => new Role(r)),
            null,
            Enumerable.Range(0, roles).Select(r => new RolePool(roleIds[r], Math.Max(0.25, Math.Round(perRole[r] / periods * 0.8 / 40 * 4) / 4))));
        var demand = new PortfolioDemand(
            plan,
            Enumerable.Range(0, projects).Select(p => new ResourceProject("P" + p, p % 4 == 3 ? CommitmentStatus.Proposed : CommitmentStatus.Committed)),
            cells.Select(c => new DemandEntry("P" + c.P, roleIds[c.R], c.T, c.H)));
        string[] order = [.. Enumerable.Range(0, projects).OrderBy(_ => rng.NextUInt64()).Select(p => "P" + p)];
        return (plan, demand, order, [.. cells]);
    }
}

/// <summary>
/// Priority-driven allocation of 500 projects × 50 roles × 36 periods against a naive baseline that keeps demand and
/// residual capacity in dictionaries keyed by (project, role, period) and (role, period) tuples and scans every role and
/// period of every project (the straightforward spreadsheet-like implementation). Both compute the same per-project
/// allocated and shortfall hours; the fast path also builds the full result (per-cell records, blocking cells).
/// </summary>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private CapacityPlan plan = null!;
    private PortfolioDemand demand = null!;
    private string[] order = null!;
    private Dictionary<(int P, int R, int T), double> naiveDemand = null!;
    private double[] capacity = null!;
    private int[] naiveOrder = null!;
    private bool[] committed = null!;

    [Params(AllocationMode.Partial, AllocationMode.Defer)]
    public AllocationMode Mode { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (plan, demand, order, (int P, int R, int T, double H)[] cells) = AllocationInstance.Make(500, 50, 36, 20261126);
        naiveDemand = [];
        foreach ((int p, int r, int t, double h) in cells)
        {
            naiveDemand[(p, r, t)] = naiveDemand.TryGetValue((p, r, t), out double x) ? x + h : h;
        }

        capacity = new double[plan.RoleCount * plan.PeriodCount];
        for (int r = 0; r < plan.RoleCount; r++)
        {
            plan.CapacityRow(r).CopyTo(capacity.AsSpan(r * plan.PeriodCount));
        }

        committed = [.. demand.Projects.Select(p => p.Status == CommitmentStatus.Committed)];
        int[] given = [.. order.Select(id => int.Parse(id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture))];
        naiveOrder = [.. given.Where(p => committed[p]), .. given.Where(p => !committed[p])];
        double naive = NaiveDictionaries();
        double fast = Fast();
        if (Math.Abs(naive - fast) > 1e-6 * Math.Max(1, fast))
        {
            throw new InvalidOperationException($"The baseline and the fast path disagree: {naive} vs {fast} shortfall hours.");
        }
    }

    [Benchmark(Baseline = true)]
    public double NaiveDictionaries()
    {
        int rc = plan.RoleCount;
        int tc = plan.PeriodCount;
        var residual = new Dictionary<(int R, int T), double>();
        for (int r = 0; r < rc; r++)
        {
            for (int t = 0; t < tc; t++)
            {
                residual[(r, t)] = capacity[(r * tc) + t];
            }
        }

        var allocated = new Dictionary<int, double>();
        var shortfall = new Dictionary<int, double>();
        foreach (int p in naiveOrder)
        {
            double got = 0;
            double lacking = 0;
            for (int r = 0; r < rc; r++)
            {
                double carry = 0;
                for (int t = 0; t < tc; t++)
                {
                    double need = (naiveDemand.TryGetValue((p, r, t), out double d) ? d : 0) + (Mode == AllocationMode.Defer ? carry : 0);
                    if (need == 0)
                    {
                        continue;
                    }

                    double a = Math.Min(need, residual[(r, t)]);
                    residual[(r, t)] -= a;
                    got += a;
                    if (Mode == AllocationMode.Defer)
                    {
                        carry = need - a;
                    }
                    else
                    {
                        lacking += need - a;
                    }
                }

                lacking += carry;
            }

            allocated[p] = got;
            shortfall[p] = lacking;
        }

        return shortfall.Values.Sum();
    }

    [Benchmark]
    public double Fast() => CapacityAllocator.Allocate(plan, demand, order, new AllocationOptions(Mode)).TotalShortfallHours;
}
