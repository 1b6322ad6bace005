using BenchmarkDotNet.Attributes;
using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Resources;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Benchmarks.Resources;

/// <summary>
/// Demand versus capacity for 500 projects × 50 roles × 36 monthly periods (issue 7): each project demands 6 random
/// roles over a random 12-month window (36,000 demand entries; a third of the projects proposed). Capacity: 3–10 FTE per
/// role. The library (sparse per-project cells, one pass, role-major grids) against a naive LINQ version that groups the
/// entries by (role, period) into dictionaries and finds each over-allocated cell's contributors by a lookup.
/// </summary>
[MemoryDiagnoser]
public class CapacityBenchmarks
{
    private const int Projects = 500;
    private const int Roles = 50;
    private const int Periods = 36;
    private CapacityPlan plan = null!;
    private ResourceProject[] projects = null!;
    private DemandEntry[] entries = null!;
    private PortfolioDemand demand = null!;

    [GlobalSetup]
    public void Setup()
    {
        var calendar = new WorkingCalendar(new LocalDate(2027, 1, 1), new LocalDate(2029, 12, 31));
        Xoshiro256StarStar rng = Xoshiro256StarStar.FromSeed(7);
        plan = new CapacityPlan(
            PlanningPeriods.Monthly(new YearMonth(2027, 1), Periods),
            calendar,
            Enumerable.Range(0, Roles).Select(r => new Role($"role{r}", department: $"dept{r % 5}")),
            pools: Enumerable.Range(0, Roles).Select(r => new RolePool($"role{r}", 3 + rng.NextInt(8))));
        projects = [.. Enumerable.Range(0, Projects).Select(p => new ResourceProject($"P{p}", p % 3 == 2 ? CommitmentStatus.Proposed : CommitmentStatus.Committed, programme: $"prog{p % 10}"))];
        var list = new List<DemandEntry>();
        for (int p = 0; p < Projects; p++)
        {
            int start = rng.NextInt(Periods - 12);
            for (int k = 0; k < 6; k++)
            {
                int role = rng.NextInt(Roles);
                for (int t = start; t < start + 12; t++)
                {
                    list.Add(new DemandEntry($"P{p}", $"role{role}", t, rng.NextInt(1601) / 10.0));
                }
            }
        }

        entries = [.. list];
        demand = new PortfolioDemand(plan, projects, entries);
    }

    /// <summary>Naive: dictionaries keyed by (role, period) built with LINQ from the entries.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveLinq()
    {
        var committedIds = projects.Where(p => p.Status == CommitmentStatus.Committed).Select(p => p.Id).ToHashSet();
        Dictionary<(string, int), double> committed = entries.Where(e => committedIds.Contains(e.ProjectId)).GroupBy(e => (e.RoleId, e.Period)).ToDictionary(g => g.Key, g => g.Sum(e => e.Hours));
        Dictionary<(string, int), double> all = entries.GroupBy(e => (e.RoleId, e.Period)).ToDictionary(g => g.Key, g => g.Sum(e => e.Hours));
        ILookup<(string, int), DemandEntry> byCell = entries.ToLookup(e => (e.RoleId, e.Period));
        int over = 0;
        foreach (Role role in plan.Roles)
        {
            for (int t = 0; t < Periods; t++)
            {
                double cap = plan.Capacity(role.Id, t);
                double d = all.GetValueOrDefault((role.Id, t));
                _ = committed.GetValueOrDefault((role.Id, t));
                if (d - cap > 1e-6)
                {
                    over += byCell[(role.Id, t)].GroupBy(e => e.ProjectId).Select(g => (g.Key, g.Sum(e => e.Hours))).OrderByDescending(x => x.Item2).Count();
                }
            }
        }

        return over;
    }

    /// <summary>The library, from the entries: build the portfolio demand and analyse it.</summary>
    [Benchmark]
    public int BuildAndAnalyze() => CapacityAnalysis.Analyze(plan, new PortfolioDemand(plan, projects, entries)).OverAllocations.Sum(o => o.Contributors.Length);

    /// <summary>The library, analysis only (the demand already built, as in what-if loops).</summary>
    [Benchmark]
    public int Analyze() => CapacityAnalysis.Analyze(plan, demand).OverAllocations.Sum(o => o.Contributors.Length);
}
