using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Risk.Simulation.Engine;

/// <summary>Small models shared by the engine tests.</summary>
internal static class EngineTestModels
{
    /// <summary>A network with every link type, lags, a lead and a start-no-earlier-than constraint.</summary>
    public static ActivityNetwork Mixed() => ActivityNetwork.Create(
        [
            new Activity("S", 0),
            new Activity("A", 5, fixedCost: 100, costRate: 10),
            new Activity("B", 3, startNoEarlierThan: 4, costRate: 20),
            new Activity("C", 7, fixedCost: 50),
            new Activity("D", 2, costRate: 5),
            new Activity("E", 4),
            new Activity("F", 0),
        ],
        [
            new ActivityLink("S", "A"),
            new ActivityLink("S", "B"),
            new ActivityLink("A", "C", LinkType.StartToStart, 2),
            new ActivityLink("B", "C", LinkType.FinishToStart, -1),
            new ActivityLink("A", "D", LinkType.FinishToFinish, 3),
            new ActivityLink("C", "E", LinkType.StartToFinish, 6),
            new ActivityLink("D", "E"),
            new ActivityLink("E", "F"),
            new ActivityLink("C", "F"),
        ]);

    /// <summary>Uncertainty on every non-milestone activity of <see cref="Mixed"/>.</summary>
    public static ActivityUncertainty[] MixedUncertainty() =>
    [
        new("A", new TriangularDistribution(4, 5, 9)),
        new("B", new TriangularDistribution(2, 3, 6)),
        new("C", new TriangularDistribution(6, 7, 12)),
        new("D", new TriangularDistribution(1, 2, 4)),
        new("E", new TriangularDistribution(3, 4, 8)),
    ];

    /// <summary>The mixed model with two events (one relative, one absolute with a cost) and a driver.</summary>
    public static SimulationModel MixedWithRisks() => SimulationModel.Create(
        Mixed(),
        MixedUncertainty(),
        [
            new RiskEvent("R1", 0.3, [new RiskEventImpact("C", new TriangularDistribution(0.1, 0.2, 0.5), ImpactMode.Relative)]),
            new RiskEvent("R2", 0.2, [new RiskEventImpact("A", new TriangularDistribution(1, 2, 4)), new RiskEventImpact("E", new TriangularDistribution(0.5, 1, 2))], new TriangularDistribution(500, 800, 1500)),
        ],
        [new RiskDriver("K", new TriangularDistribution(0.9, 1.0, 1.3), ["A", "D"], probability: 0.5)]);

    /// <summary>A start milestone, n parallel activities and an end milestone.</summary>
    public static ActivityNetwork Parallel(params double[] durations)
    {
        var acts = new List<Activity> { new("S", 0), new("F", 0) };
        var links = new List<ActivityLink>();
        for (int i = 0; i < durations.Length; i++)
        {
            acts.Add(new Activity("P" + i, durations[i]));
            links.Add(new ActivityLink("S", "P" + i));
            links.Add(new ActivityLink("P" + i, "F"));
        }

        return ActivityNetwork.Create(acts, links);
    }

    /// <summary>A single activity.</summary>
    public static ActivityNetwork Single(double duration, double costRate = 0, double fixedCost = 0) =>
        ActivityNetwork.Create([new Activity("X", duration, fixedCost: fixedCost, costRate: costRate)], []);
}
