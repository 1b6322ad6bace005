using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Resources;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Resources.Allocation;

/// <summary>
/// Small plans with round numbers: weekly periods starting on Monday 2027-01-04 and a Monday–Friday calendar, so one
/// FTE of a pool gives 5 days × 8 h = 40 h in every week.
/// </summary>
internal static class AllocationFixture
{
    public static readonly LocalDate Monday = new(2027, 1, 4);

    public static CapacityPlan Plan(int weeks, string[] roles, params (string Role, double Fte)[] pools) =>
        new(
            PlanningPeriods.Weekly(Monday, weeks),
            new WorkingCalendar(Monday, Monday.PlusDays((7 * weeks) + 7)),
            roles.Select(r => new Role(r)),
            null,
            pools.Select(p => new RolePool(p.Role, p.Fte)));

    public static PortfolioDemand Demand(CapacityPlan plan, (string Id, CommitmentStatus Status)[] projects, params (string Project, string Role, int Week, double Hours)[] entries) =>
        new(plan, projects.Select(p => new ResourceProject(p.Id, p.Status)), entries.Select(e => new DemandEntry(e.Project, e.Role, e.Week, e.Hours)));

    /// <summary>A project's hours per week in one role, as entries.</summary>
    public static IEnumerable<(string, string, int, double)> Row(string project, string role, params double[] hours) =>
        hours.Select((h, t) => (project, role, t, h)).Where(e => e.h > 0);

    /// <summary>
    /// A random instance: 1–3 roles, 2–6 weeks, each role with 0–3 FTE in quarter steps (0 = no capacity), 1–6 projects
    /// (committed or proposed at random), each cell demanded with probability 0.4 and hours a multiple of 5 in 5 … 60.
    /// </summary>
    public static Instance Random(int seed, int maxProjects = 6)
    {
        var rng = Xoshiro256StarStar.FromSeed((ulong)seed);
        int rc = 1 + rng.NextInt(3);
        int tc = 2 + rng.NextInt(5);
        string[] roles = [.. Enumerable.Range(0, rc).Select(r => "r" + r)];
        var pools = new List<(string, double)>();
        foreach (string r in roles)
        {
            int q = rng.NextInt(13);
            if (q > 0)
            {
                pools.Add((r, q / 4.0));
            }
        }

        CapacityPlan plan = Plan(tc, roles, [.. pools]);
        int n = 1 + rng.NextInt(maxProjects);
        var projects = new List<(string, CommitmentStatus)>();
        var entries = new List<(string, string, int, double)>();
        for (int p = 0; p < n; p++)
        {
            string id = "P" + p;
            projects.Add((id, rng.NextInt(3) == 0 ? CommitmentStatus.Proposed : CommitmentStatus.Committed));
            foreach (string r in roles)
            {
                for (int t = 0; t < tc; t++)
                {
                    if (rng.NextInt(10) < 4)
                    {
                        entries.Add((id, r, t, 5 * (1 + rng.NextInt(12))));
                    }
                }
            }
        }

        return new Instance(plan, roles, [.. projects], [.. entries], Demand(plan, [.. projects], [.. entries]), [.. projects.Select(p => p.Item1).OrderBy(_ => rng.NextUInt64())]);
    }

    internal sealed record Instance(CapacityPlan Plan, string[] Roles, (string Id, CommitmentStatus Status)[] Projects, (string Project, string Role, int Week, double Hours)[] Entries, PortfolioDemand Demand, string[] Order);
}
