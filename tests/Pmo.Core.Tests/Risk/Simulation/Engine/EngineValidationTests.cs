using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;
using static Pmo.Core.Tests.Risk.Simulation.Engine.EngineTestModels;

namespace Pmo.Core.Tests.Risk.Simulation.Engine;

/// <summary>One test per validation rule of the engine's types: exception type and ParamName.</summary>
public class EngineValidationTests
{
    private static readonly Distribution Tri = new TriangularDistribution(1, 2, 3);

    [Fact]
    public void Activity_uncertainty_rules()
    {
        Assert.Equal("activityId", Assert.Throws<ArgumentNullException>(() => new ActivityUncertainty(null!)).ParamName);
        Assert.Equal("activityId", Assert.Throws<ArgumentException>(() => new ActivityUncertainty(" ")).ParamName);
        Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityUncertainty("A", new TriangularDistribution(-1, 2, 3))).ParamName);
        Assert.Equal("fixedCost", Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityUncertainty("A", fixedCost: new TriangularDistribution(-1, 2, 3))).ParamName);
        Assert.Equal("existenceProbability", Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityUncertainty("A", existenceProbability: 0)).ParamName);
        Assert.Equal("existenceProbability", Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityUncertainty("A", existenceProbability: double.NaN)).ParamName);
    }

    [Fact]
    public void Risk_event_and_impact_rules()
    {
        Assert.Equal("activityId", Assert.Throws<ArgumentException>(() => new RiskEventImpact("", Tri)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentNullException>(() => new RiskEventImpact("A", null!)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => new RiskEventImpact("A", Tri, (ImpactMode)7)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => new RiskEventImpact("A", new TriangularDistribution(-1.5, 0, 1), ImpactMode.Relative)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new RiskEvent(" ", 0.5, [new RiskEventImpact("A", Tri)])).ParamName);
        Assert.Equal("probability", Assert.Throws<ArgumentOutOfRangeException>(() => new RiskEvent("R", 1.1, [new RiskEventImpact("A", Tri)])).ParamName);
        Assert.Equal("impacts", Assert.Throws<ArgumentNullException>(() => new RiskEvent("R", 0.5, null!)).ParamName);
        Assert.Equal("impacts", Assert.Throws<ArgumentNullException>(() => new RiskEvent("R", 0.5, [null!])).ParamName);
        Assert.Equal("impacts", Assert.Throws<ArgumentException>(() => new RiskEvent("R", 0.5, [])).ParamName);
        Assert.Equal("impacts", Assert.Throws<ArgumentException>(() => new RiskEvent("R", 0.5, [new RiskEventImpact("A", Tri), new RiskEventImpact("A", Tri)])).ParamName);
    }

    [Fact]
    public void Risk_driver_rules()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new RiskDriver("", Tri, ["A"])).ParamName);
        Assert.Equal("factor", Assert.Throws<ArgumentNullException>(() => new RiskDriver("K", null!, ["A"])).ParamName);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => new RiskDriver("K", new TriangularDistribution(-0.1, 1, 2), ["A"])).ParamName);
        Assert.Equal("activityIds", Assert.Throws<ArgumentException>(() => new RiskDriver("K", Tri, [])).ParamName);
        Assert.Equal("activityIds", Assert.Throws<ArgumentException>(() => new RiskDriver("K", Tri, ["A", "A"])).ParamName);
        Assert.Equal("activityIds", Assert.Throws<ArgumentException>(() => new RiskDriver("K", Tri, ["A", " "])).ParamName);
        Assert.Equal("probability", Assert.Throws<ArgumentOutOfRangeException>(() => new RiskDriver("K", Tri, ["A"], -0.1)).ParamName);
    }

    [Fact]
    public void Model_rules()
    {
        ActivityNetwork net = Mixed();
        Assert.Equal("network", Assert.Throws<ArgumentNullException>(() => SimulationModel.Create(null!, [])).ParamName);
        Assert.Equal("uncertainties", Assert.Throws<ArgumentNullException>(() => SimulationModel.Create(net, null!)).ParamName);
        Assert.Equal("uncertainties", Assert.Throws<ArgumentNullException>(() => SimulationModel.Create(net, [null!])).ParamName);
        Assert.Equal("uncertainties", Assert.Throws<ArgumentException>(() => SimulationModel.Create(net, [new ActivityUncertainty("Z", Tri)])).ParamName);
        Assert.Equal("uncertainties", Assert.Throws<ArgumentException>(() => SimulationModel.Create(net, [new ActivityUncertainty("A", Tri), new ActivityUncertainty("A", Tri)])).ParamName);
        Assert.Equal("riskEvents", Assert.Throws<ArgumentException>(() => SimulationModel.Create(net, [], [new RiskEvent("R", 0.1, [new RiskEventImpact("Z", Tri)])])).ParamName);
        Assert.Equal("riskEvents", Assert.Throws<ArgumentException>(() => SimulationModel.Create(net, [], [new RiskEvent("R", 0.1, [new RiskEventImpact("A", Tri)]), new RiskEvent("R", 0.2, [new RiskEventImpact("B", Tri)])])).ParamName);
        Assert.Equal("riskDrivers", Assert.Throws<ArgumentException>(() => SimulationModel.Create(net, [], null, [new RiskDriver("K", Tri, ["Z"])])).ParamName);
        Assert.Equal("riskDrivers", Assert.Throws<ArgumentException>(() => SimulationModel.Create(net, [], null, [new RiskDriver("K", Tri, ["A"]), new RiskDriver("K", Tri, ["B"])])).ParamName);
    }

    [Fact]
    public void Option_rules()
    {
        Assert.Equal("iterations", Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions(0, 1)).ParamName);
        Assert.Equal("iterations", Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions(100_000_001, 1)).ParamName);
        Assert.Equal("sampling", Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions(10, 1, (SamplingMethod)5)).ParamName);
        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions(10, 1, maxDegreeOfParallelism: 0)).ParamName);
        Assert.Equal("firstBlock", Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions(10, 1, firstBlock: -1)).ParamName);
        Assert.Equal("criticalFloatTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions(10, 1, criticalFloatTolerance: double.NaN)).ParamName);
        Assert.Equal("percentiles", Assert.Throws<ArgumentOutOfRangeException>(() => new ConvergenceRule([])).ParamName);
        Assert.Equal("percentiles", Assert.Throws<ArgumentOutOfRangeException>(() => new ConvergenceRule([1.0])).ParamName);
        Assert.Equal("relativeTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => new ConvergenceRule(relativeTolerance: 0)).ParamName);
        Assert.Equal("checkInterval", Assert.Throws<ArgumentOutOfRangeException>(() => new ConvergenceRule(checkInterval: 1000)).ParamName);
        Assert.Equal("stableChecks", Assert.Throws<ArgumentOutOfRangeException>(() => new ConvergenceRule(stableChecks: 0)).ParamName);
        Assert.Equal("minimumIterations", Assert.Throws<ArgumentOutOfRangeException>(() => new ConvergenceRule(minimumIterations: 0)).ParamName);
    }

    [Fact]
    public void Result_query_rules()
    {
        SimulationResult r = RiskSimulation.Run(SimulationModel.Create(Mixed(), MixedUncertainty()), new SimulationOptions(100, 1));
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => r.Finish.Percentile(1.5)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => r.Finish.ProbabilityAtOrBelow(double.NaN)).ParamName);
        Assert.Equal("bins", Assert.Throws<ArgumentOutOfRangeException>(() => r.Finish.Histogram(0)).ParamName);
        Assert.Equal("points", Assert.Throws<ArgumentOutOfRangeException>(() => r.Finish.SCurve(1)).ParamName);
        Assert.Equal("finishTarget", Assert.Throws<ArgumentOutOfRangeException>(() => r.JointConfidence(double.NaN, 1)).ParamName);
        Assert.Equal("costTarget", Assert.Throws<ArgumentOutOfRangeException>(() => r.JointConfidence(1, double.NaN)).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => r.IsoJclFrontier(1)).ParamName);
        Assert.Equal("points", Assert.Throws<ArgumentOutOfRangeException>(() => r.IsoJclFrontier(0.5, 1)).ParamName);
        Assert.Throws<KeyNotFoundException>(() => r.ActivityDurations("nope"));
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => RiskTornado.Analyze(MixedWithRisks(), new SimulationOptions(10, 1), 1)).ParamName);
    }
}
