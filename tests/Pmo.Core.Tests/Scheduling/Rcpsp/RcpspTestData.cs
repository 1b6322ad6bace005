using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Core.Tests.Scheduling.Rcpsp;

/// <summary>Random small feasible RCPSP instances: edges only from a lower to a higher index (so acyclic), requests ≤ capacity.</summary>
internal static class RcpspTestData
{
    public static string Id(int j) => "J" + j.ToString(CultureInfo.InvariantCulture);

    public static Gen<RcpspProblem> Problems(int maxJobs, bool unlimited = false) =>
        Gen.Choose(1, maxJobs).SelectMany(n =>
            Gen.Choose(1, 3).SelectMany(kk =>
                Gen.Choose(0, 6).ArrayOf(kk).SelectMany(cap =>
                    Gen.Choose(0, 5).ArrayOf(n).SelectMany(durations =>
                        Gen.Choose(0, 1000).ArrayOf(n * kk).SelectMany(rawRequests =>
                            Gen.Choose(0, n - 1).SelectMany(a => Gen.Choose(0, n - 1).Select(b => (a, b))).ArrayOf().Select(edges =>
                                Build(n, kk, cap, durations, rawRequests, edges, unlimited)))))));

    private static RcpspProblem Build(int n, int kk, int[] cap, int[] durations, int[] raw, (int A, int B)[] edges, bool unlimited)
    {
        var succ = new HashSet<int>[n];
        for (int j = 0; j < n; j++)
        {
            succ[j] = [];
        }

        foreach ((int a, int b) in edges)
        {
            if (a != b)
            {
                _ = succ[Math.Min(a, b)].Add(Math.Max(a, b));
            }
        }

        int[] capacities = unlimited ? [.. Enumerable.Repeat(1000, kk)] : cap;
        var jobs = new RcpspJob[n];
        for (int j = 0; j < n; j++)
        {
            int[] req = new int[kk];
            for (int k = 0; k < kk; k++)
            {
                req[k] = raw[(j * kk) + k] % (cap[k] + 1);
            }

            jobs[j] = new RcpspJob(Id(j), durations[j], req, succ[j].Order().Select(Id));
        }

        return new RcpspProblem(jobs, capacities);
    }
}
