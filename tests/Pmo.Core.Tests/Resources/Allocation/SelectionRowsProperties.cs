using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Common;
using Pmo.Core.Prioritization.Selection;
using Pmo.Core.Resources;
using static Pmo.Core.Tests.Resources.Allocation.AllocationFixture;

namespace Pmo.Core.Tests.Resources.Allocation;

/// <summary>Selection under role rows cross-checked against brute force over every subset of the candidates.</summary>
public class SelectionRowsProperties
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue - 1).ToArbitrary();

    [Fact]
    public void Selection_under_role_rows_equals_brute_force_over_the_demand_entries() =>
        Prop.ForAll(Seeds, seed =>
        {
            Instance x = Random(seed, maxProjects: 7);
            string[] candidates = [.. x.Projects.Where((p, i) => p.Status == CommitmentStatus.Proposed || i % 2 == 0).Select(p => p.Id)];
            if (candidates.Length == 0)
            {
                return true.Label("no candidate");
            }

            var rng = Xoshiro256StarStar.FromSeed((ulong)seed + 1);
            double[] values = [.. candidates.Select(_ => (double)(1 + rng.NextInt(20)))];
            CapacityRowSet rows = CapacityConstraints.ToResourceRows(x.Plan, x.Demand, candidates, CommittedOverloadHandling.ZeroResidual);
            SelectionProblem problem = rows.ApplyTo(SelectionProblem.Create(candidates.Select((id, j) => new SelectionCandidate(id, values[j]))));
            SelectionResult result = PortfolioSelector.Solve(problem);

            // Oracle straight from the entries: room(r,t) = max(0, C − committed non-candidate demand); a subset fits when
            // its demand is within room in every cell.
            int tc = x.Plan.PeriodCount;
            double Sum(Func<(string Project, string Role, int Week, double Hours), bool> f) => x.Entries.Where(f).Sum(e => e.Hours);
            bool IsCommittedOther(string id) => !candidates.Contains(id) && x.Projects.Single(p => p.Id == id).Status == CommitmentStatus.Committed;
            double best = 0;
            for (int mask = 0; mask < 1 << candidates.Length; mask++)
            {
                bool fits = true;
                foreach (string role in x.Roles)
                {
                    for (int t = 0; t < tc && fits; t++)
                    {
                        double room = Math.Max(0, x.Plan.Capacity(role, t) - Sum(e => e.Role == role && e.Week == t && IsCommittedOther(e.Project)));
                        double used = Sum(e => e.Role == role && e.Week == t && Array.IndexOf(candidates, e.Project) is int j && j >= 0 && (mask & (1 << j)) != 0);
                        fits = used <= room + 1e-9;
                    }
                }

                if (fits)
                {
                    best = Math.Max(best, Enumerable.Range(0, candidates.Length).Where(j => (mask & (1 << j)) != 0).Sum(j => values[j]));
                }
            }

            return (result.Status == SelectionStatus.Optimal && Math.Abs(result.TotalValue!.Value - best) < 1e-9).Label($"seed {seed}: {result.Status} {result.TotalValue} vs brute force {best}");
        }).QuickCheckThrowOnFailure();
}
