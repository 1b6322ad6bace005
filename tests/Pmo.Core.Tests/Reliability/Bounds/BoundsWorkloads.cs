using System.Globalization;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Selection;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;
using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Core.Tests.Reliability.Bounds;

/// <summary>Inputs for the resource-bound tests, defined by formulas (no random generator).</summary>
internal static class BoundsWorkloads
{
    private static string Id(string prefix, int i) => prefix + i.ToString(CultureInfo.InvariantCulture);

    /// <summary>The benchmark network (benchmarks/…/BenchmarkNetworks.cs): activity i has most-likely 5 + (37i mod 20), three predecessors.</summary>
    /// <remarks>Every tenth activity carries a risk event (probability 0.3, +5 working days), so tornado analysis has something to rank.</remarks>
    public static SimulationModel Simulation(int n)
    {
        var acts = new List<Activity>(n);
        var links = new List<ActivityLink>();
        for (int i = 0; i < n; i++)
        {
            acts.Add(new Activity(Id("A", i), 5 + ((37 * i) % 20), costRate: 1000));
            foreach (int p in new SortedSet<int> { i - 1, i - 1 - ((7 * i) % 13), i - 1 - ((11 * i) % 47) })
            {
                if (p >= 0)
                {
                    links.Add(new ActivityLink(Id("A", p), Id("A", i)));
                }
            }
        }

        ActivityNetwork net = ActivityNetwork.Create(acts, links);
        return SimulationModel.Create(net, Enumerable.Range(0, n).Select(i =>
        {
            double m = 5 + ((37 * i) % 20);
            return new ActivityUncertainty(Id("A", i), new TriangularDistribution(0.8 * m, m, 1.5 * m));
        }),
        Enumerable.Range(0, n / 10).Select(r => new RiskEvent(Id("R", r), 0.3, [new RiskEventImpact(Id("A", r * 10), new ConstantDistribution(5))])));
    }

    /// <summary>A knapsack with correlated values and costs (hard for branch and bound): value = cost + 10, cost 10 + (37i mod 91).</summary>
    public static SelectionProblem Knapsack(int n)
    {
        var costs = new Dictionary<string, double>(n);
        var candidates = new List<SelectionCandidate>(n);
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            double c = 10 + ((37 * i) % 91);
            costs[Id("C", i)] = c;
            candidates.Add(new SelectionCandidate(Id("C", i), c + 10));
            total += c;
        }

        return SelectionProblem.Create(candidates, [ResourceRow.SinglePeriod("Budget", Math.Floor(total / 2) + 0.5, costs)]);
    }

    /// <summary>A decision matrix of m alternatives and 4 benefit criteria, value (i·(j+3)·7919 mod 1000) + 1.</summary>
    public static DecisionMatrix Matrix(int m, int criteria = 4)
    {
        double[,] v = new double[m, criteria];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < criteria; j++)
            {
                v[i, j] = ((long)i * (j + 3) * 7919 % 1000) + 1;
            }
        }

        return new DecisionMatrix(
            Enumerable.Range(0, m).Select(i => Id("X", i)),
            Enumerable.Range(0, criteria).Select(j => Criterion.Benefit(Id("c", j))),
            v);
    }

    /// <summary>An RCPSP of n jobs in chains of ten, one resource of capacity 3, requests 1–3.</summary>
    public static RcpspProblem Rcpsp(int n)
    {
        var jobs = new RcpspJob[n];
        for (int j = 0; j < n; j++)
        {
            string[] succ = j % 10 != 9 && j + 1 < n ? [Id("J", j + 1)] : [];
            jobs[j] = new RcpspJob(Id("J", j), 1 + ((7 * j) % 10), [1 + (j % 3)], succ);
        }

        return new RcpspProblem(jobs, [3]);
    }
}
