using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Risk.Simulation.Engine;

/// <summary>
/// FsCheck properties of the engine on random acyclic networks with all link types, lags and start-no-earlier-than
/// constraints (integer data, so CPM comparisons are exact).
/// </summary>
public class EngineProperties
{
    private static readonly Gen<(int[] Durations, int[] Snet, (int A, int B, int Type, int Lag)[] Edges)> Networks = NetworksOf(Gen.Choose(0, 3));

    private static readonly Gen<(int[] Durations, int[] Snet, (int A, int B, int Type, int Lag)[] Edges)> FinishToStartNetworks = NetworksOf(Gen.Constant(0));

    private static Gen<(int[] Durations, int[] Snet, (int A, int B, int Type, int Lag)[] Edges)> NetworksOf(Gen<int> types) =>
        Gen.Choose(1, 25).SelectMany(n =>
            Gen.Choose(0, 20).ArrayOf(n).SelectMany(durations =>
                Gen.Choose(-15, 30).ArrayOf(n).SelectMany(snet =>
                    Gen.Choose(0, n - 1).SelectMany(a => Gen.Choose(0, n - 1).SelectMany(b => types.SelectMany(t => Gen.Choose(-5, 10).Select(lag => (a, b, t, lag)))))
                        .ArrayOf().Select(edges => (durations, snet, edges)))));

    private static ActivityNetwork Build((int[] Durations, int[] Snet, (int A, int B, int Type, int Lag)[] Edges) g) =>
        new Scheduling.CriticalPathProperties.RandomNetwork(g.Durations, g.Snet, g.Edges).Build();

    [Fact]
    public void Without_uncertainty_every_iteration_equals_cpm() =>
        Prop.ForAll(Networks.ToArbitrary(), g =>
        {
            ActivityNetwork net = Build(g);
            CpmResult cpm = CriticalPath.Analyze(net);
            SimulationResult r = RiskSimulation.Run(SimulationModel.Create(net, []), new SimulationOptions(64, 1, maxDegreeOfParallelism: 1));
            return r.FinishSamples.ToArray().All(f => f == cpm.ProjectDuration)
                && r.Activities.All(a => a.CriticalityIndex == (cpm[a.ActivityId].IsCritical ? 1.0 : 0.0));
        }).QuickCheckThrowOnFailure();

    /// <summary>
    /// Monotonicity holds for finish-to-start networks. It does NOT hold in general with SS/FF/SF links: an activity whose
    /// finish is driven by a finish-to-finish predecessor and whose start drives a start-to-start successor is "reverse
    /// critical" — lengthening it moves its start, and the successor, earlier (Elmaghraby and Kamburowski, "The analysis
    /// of activity networks under generalized precedence relations", Management Science 38(9), 1992).
    /// </summary>
    [Fact]
    public void A_threat_on_any_activity_never_lowers_any_iteration_of_a_finish_to_start_network() =>
        Prop.ForAll(FinishToStartNetworks.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), Gen.Choose(1, 100).ToArbitrary(), (g, pick, percent) =>
        {
            ActivityNetwork net = Build(g);
            ActivityUncertainty[] unc = [.. net.Activities.Where(a => a.Duration > 0).Select(a => new ActivityUncertainty(a.Id, new TriangularDistribution(0.5 * a.Duration, a.Duration, 2 * a.Duration)))];
            string target = net.Activities[pick % net.Activities.Length].Id;
            RiskEventImpact impact = new(target, new TriangularDistribution(1, 2, 5));
            SimulationModel off = SimulationModel.Create(net, unc, [new RiskEvent("T", 0, [impact])]);
            SimulationModel on = off.WithRiskEvents([new RiskEvent("T", percent / 100.0, [impact])]);
            var options = new SimulationOptions(1024, (ulong)pick);
            SimulationResult a = RiskSimulation.Run(off, options), b = RiskSimulation.Run(on, options);
            bool perIteration = Enumerable.Range(0, a.Iterations).All(i => b.FinishSamples[i] >= a.FinishSamples[i]);
            return perIteration && SampleSummary.ReportedLevels.All(p => b.Finish.Percentile(p) >= a.Finish.Percentile(p));
        }).QuickCheckThrowOnFailure();
}
