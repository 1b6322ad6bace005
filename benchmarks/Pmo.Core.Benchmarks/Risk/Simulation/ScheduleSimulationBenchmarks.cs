using BenchmarkDotNet.Attributes;
using Pmo.Core.Risk.Simulation;
using MathNetTriangular = MathNet.Numerics.Distributions.Triangular;

namespace Pmo.Core.Benchmarks.Risk.Simulation;

/// <summary>
/// Monte Carlo schedule risk: 1,000 activities × 10,000 iterations (10 M activity-samples) with triangular durations on
/// <see cref="BenchmarkNetworks"/>. Activity-samples per second = 10^7 / time. The naive baseline is an object graph
/// sampled with MathNet's triangular sampler one iteration at a time (nodes with predecessor lists, a forward pass per
/// iteration, finish times kept for percentiles) — what a straightforward implementation does.
/// </summary>
[MemoryDiagnoser]
public class ScheduleSimulationBenchmarks
{
    private const int Activities = 1000;
    private const int Iterations = 10_000;
    private SimulationModel triangular = null!;
    private SimulationModel betaPert = null!;
    private Node[] nodes = [];

    [GlobalSetup]
    public void Setup()
    {
        triangular = BenchmarkNetworks.Model(Activities, m => new TriangularDistribution(0.8 * m, m, 1.5 * m));
        betaPert = BenchmarkNetworks.Model(Activities, m => new BetaPertDistribution(0.8 * m, m, 1.5 * m));
        var random = new Random(42);
        nodes = new Node[Activities];
        for (int i = 0; i < Activities; i++)
        {
            double m = BenchmarkNetworks.MostLikely(i);
            nodes[i] = new Node(new MathNetTriangular(0.8 * m, 1.5 * m, m, random), [.. BenchmarkNetworks.Predecessors(i).Select(p => nodes[p])]);
        }
    }

    /// <summary>Naive: object graph, MathNet sampler, one iteration at a time, one thread.</summary>
    [Benchmark(Baseline = true)]
    public double NaiveObjectGraph()
    {
        double[] finish = new double[Iterations];
        for (int it = 0; it < Iterations; it++)
        {
            double project = 0;
            foreach (Node node in nodes)
            {
                double start = 0;
                foreach (Node p in node.Predecessors)
                {
                    start = Math.Max(start, p.Finish);
                }

                node.Finish = start + node.Duration.Sample();
                project = Math.Max(project, node.Finish);
            }

            finish[it] = project;
        }

        Array.Sort(finish);
        return finish[(int)Math.Ceiling(0.8 * Iterations) - 1];
    }

    /// <summary>Percentiles only (no backward pass), one thread.</summary>
    [Benchmark]
    public double PercentilesOnly1Thread() => Run(triangular, false, 1);

    /// <summary>With criticality tracking (backward pass), one thread.</summary>
    [Benchmark]
    public double Criticality1Thread() => Run(triangular, true, 1);

    /// <summary>Percentiles only, all cores.</summary>
    [Benchmark]
    public double PercentilesOnlyAllCores() => Run(triangular, false, null);

    /// <summary>With criticality tracking, all cores.</summary>
    [Benchmark]
    public double CriticalityAllCores() => Run(triangular, true, null);

    /// <summary>Beta-PERT durations (fast quantile tables), percentiles only, one thread.</summary>
    [Benchmark]
    public double BetaPert1Thread() => Run(betaPert, false, 1);

    /// <summary>Latin hypercube, percentiles only, one thread.</summary>
    [Benchmark]
    public double LatinHypercube1Thread() => RiskSimulation.Run(triangular, new SimulationOptions(Iterations, 42, SamplingMethod.LatinHypercube, trackCriticality: false, maxDegreeOfParallelism: 1)).FinishSamples[0];

    private static double Run(SimulationModel model, bool criticality, int? threads) =>
        RiskSimulation.Run(model, new SimulationOptions(Iterations, 42, trackCriticality: criticality, maxDegreeOfParallelism: threads)).FinishSamples[0];

    private sealed class Node(MathNetTriangular duration, Node[] predecessors)
    {
        public MathNetTriangular Duration { get; } = duration;

        public Node[] Predecessors { get; } = predecessors;

        public double Finish { get; set; }
    }
}
