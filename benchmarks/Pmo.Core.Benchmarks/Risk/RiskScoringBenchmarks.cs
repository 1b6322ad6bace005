using BenchmarkDotNet.Attributes;
using Pmo.Core.Risk;

namespace Pmo.Core.Benchmarks.Risk;

/// <summary>
/// Scoring 100,000 risks with three impact dimensions (cost, schedule, safety; 5-level range scales) on the PMBOK 5×5
/// matrix, Max aggregation: a naive baseline (per risk, LINQ over the scale levels and dictionary lookups of the
/// matrix, one result object per risk), the scalar <see cref="RiskScoringModel.ScoreDetail"/> per
/// <see cref="RiskAssessment"/>, and the span-based <see cref="RiskScoringModel.ScoreBatch"/> into preallocated arrays.
/// </summary>
[MemoryDiagnoser]
public class RiskScoringBenchmarks
{
    private const int Count = 100_000;
    private static readonly string[] Dims = [RiskDimensions.Cost, RiskDimensions.Safety, RiskDimensions.Schedule];
    private readonly double[] scores = new double[Count];
    private readonly int[] ranks = new int[Count];
    private RiskScoringModel model = null!;
    private ImpactScale[] scales = [];
    private Dictionary<(int, int), (double Score, string Band)> cells = [];
    private double[] probabilities = [];
    private double[] impacts = [];
    private RiskAssessment[] assessments = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        scales = [.. Dims.Select((d, k) => new ImpactScale(d, "", ThresholdBasis.Absolute, Enumerable.Range(0, 5).Select(l =>
            ScaleLevel.HalfOpen($"L{l + 1}", l + 1, l == 0 ? 0 : Math.Pow(10, l + k), l == 4 ? double.PositiveInfinity : Math.Pow(10, l + 1 + k)))))];
        model = RiskScoringModel.WithMatrix(RiskMatrixPresets.PmbokProbability(), scales, RiskMatrixPresets.Pmbok5x5());
        RiskMatrix m = RiskMatrixPresets.Pmbok5x5();
        cells = [];
        for (int p = 1; p <= 5; p++)
        {
            for (int i = 1; i <= 5; i++)
            {
                cells[(p, i)] = (m.Cell(p, i).Score, m.Cell(p, i).Band.Id);
            }
        }

        probabilities = [.. Enumerable.Range(0, Count).Select(_ => random.NextDouble())];
        impacts = new double[Count * Dims.Length];
        for (int d = 0; d < Dims.Length; d++)
        {
            for (int r = 0; r < Count; r++)
            {
                impacts[(d * Count) + r] = Math.Pow(10, (random.NextDouble() * 6) + d);
            }
        }

        assessments = [.. Enumerable.Range(0, Count).Select(r => new RiskAssessment(probabilities[r], Dims.Select((d, k) => new KeyValuePair<string, double>(d, impacts[(k * Count) + r]))))];
    }

    [Benchmark(Baseline = true)]
    public double NaiveLinq()
    {
        double[] points = [0.1, 0.3, 0.5, 0.7, 0.9];
        var results = new List<(double Score, string Band)>(Count);
        for (int r = 0; r < Count; r++)
        {
            double prob = probabilities[r];
            int pl = points.Select((v, k) => (Distance: Math.Abs(v - prob), Level: k + 1)).OrderBy(x => x.Distance).ThenByDescending(x => x.Level).First().Level;
            var levels = new Dictionary<string, int>();
            for (int d = 0; d < Dims.Length; d++)
            {
                double raw = impacts[(d * Count) + r];
                levels[Dims[d]] = scales[d].Levels.Select((l, k) => (l, k)).First(x => x.l.Contains(raw)).k + 1;
            }

            results.Add(cells[(pl, levels.Values.Max())]);
        }

        return results.Sum(x => x.Score);
    }

    [Benchmark]
    public double PmoCoreScalar()
    {
        double sum = 0;
        foreach (RiskAssessment a in assessments)
        {
            sum += model.ScoreDetail(a).Score ?? 0;
        }

        return sum;
    }

    [Benchmark]
    public double PmoCoreBatch()
    {
        model.ScoreBatch(probabilities, impacts, scores, ranks);
        return scores[^1];
    }
}
