using BenchmarkDotNet.Attributes;
using NodaTime;
using Pmo.Core.Risk;

namespace Pmo.Core.Benchmarks.Risk;

/// <summary>
/// Exposure burndown over 100 dated snapshots of a 10,000-risk register (80 % threats, 80 % open; each snapshot
/// re-assesses the current probability) with <see cref="RiskBurndown.Compute"/>, against a naive LINQ version that
/// filters, groups by kind and sums P × impact from each assessment's impact dictionary, allocating per snapshot.
/// </summary>
[MemoryDiagnoser]
public class RiskBurndownBenchmarks
{
    private const int Snapshots = 100;
    private const int Risks = 10_000;
    private RiskRegisterSnapshot[] snapshots = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var d0 = new LocalDate(2024, 1, 31);
        var inherent = new RiskAssessment[Risks];
        var kinds = new RiskKind[Risks];
        for (int i = 0; i < Risks; i++)
        {
            inherent[i] = RiskAssessment.Create(random.NextDouble(), random.Next(1_000, 500_000), random.Next(0, 60));
            kinds[i] = random.NextDouble() < 0.8 ? RiskKind.Threat : RiskKind.Opportunity;
        }

        snapshots = new RiskRegisterSnapshot[Snapshots];
        for (int s = 0; s < Snapshots; s++)
        {
            var risks = new RiskEntry[Risks];
            double decay = 1 - (s / (double)Snapshots);
            for (int i = 0; i < Risks; i++)
            {
                RiskAssessment a = inherent[i];
                var current = RiskAssessment.Create(a.Probability * decay, a.Impact(RiskDimensions.Cost), a.Impact(RiskDimensions.Schedule));
                risks[i] = new RiskEntry($"R{i}", "r", kinds[i], a, d0, status: random.NextDouble() < 0.8 ? RiskStatus.Open : RiskStatus.Closed, current: current);
            }

            snapshots[s] = new RiskRegisterSnapshot(d0.PlusMonths(s), risks);
        }
    }

    /// <summary>Naive: per snapshot, LINQ Where/GroupBy/Sum reading P and impacts from each current assessment.</summary>
    [Benchmark(Baseline = true)]
    public List<(LocalDate Date, double Money, double Time)> NaiveLinq() =>
        snapshots.OrderBy(s => s.Date)
            .Select(s =>
            {
                var byKind = s.Register.Risks.Where(r => r.Status == RiskStatus.Open)
                    .GroupBy(r => r.Kind)
                    .ToDictionary(
                        g => g.Key,
                        g => (Money: g.Sum(r => (r.Current ?? r.Inherent).Probability * ((r.Current ?? r.Inherent).Impact(RiskDimensions.Cost) ?? 0)),
                              Time: g.Sum(r => (r.Current ?? r.Inherent).Probability * ((r.Current ?? r.Inherent).Impact(RiskDimensions.Schedule) ?? 0))));
                byKind.TryGetValue(RiskKind.Threat, out var t);
                byKind.TryGetValue(RiskKind.Opportunity, out var o);
                return (s.Date, t.Money - o.Money, t.Time - o.Time);
            })
            .ToList();

    [Benchmark]
    public System.Collections.Immutable.ImmutableArray<BurndownPoint> Library() => RiskBurndown.Compute(snapshots);
}
