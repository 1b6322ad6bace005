using BenchmarkDotNet.Attributes;
using NodaTime;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Benchmarks.EarnedValue;

/// <summary>
/// The full scalar <see cref="EarnedValueAnalyzer.Analyze"/> of one project with a 24-month baseline at month 12,
/// without and with 12 months of status history. There is no naive counterpart of the full analysis, so the baseline
/// is the analysis without history and the ratio is the cost of the history-based metrics (period and moving indices,
/// CPI stability, statistical forecast).
/// </summary>
[MemoryDiagnoser]
public class ScalarAnalysisBenchmarks
{
    private TimePhasedBaseline baseline = null!;
    private ProjectStatus current = null!;
    private ProjectStatus withHistory = null!;

    [GlobalSetup]
    public void Setup()
    {
        var start = new LocalDate(2025, 1, 1);
        double[] monthly = Enumerable.Range(1, 24).Select(m => 10_000 + (1_000 * Math.Sin(m / 4.0))).ToArray();
        baseline = TimePhasedBaseline.Monthly(start, monthly);
        var points = new List<StatusPoint>();
        for (int m = 1; m <= 12; m++)
        {
            LocalDate date = start.PlusMonths(m).PlusDays(-1);
            double pv = baseline.PlannedValueAt(date);
            points.Add(new StatusPoint(date, pv * (0.9 + (0.005 * m)), pv * (1.05 - (0.002 * m))));
        }

        current = new ProjectStatus(points[^1]);
        withHistory = new ProjectStatus(points[^1], points.Take(11));
    }

    [Benchmark(Baseline = true)]
    public EarnedValueAnalysis WithoutHistory() => EarnedValueAnalyzer.Analyze(baseline, current);

    [Benchmark]
    public EarnedValueAnalysis WithHistory() => EarnedValueAnalyzer.Analyze(baseline, withHistory);
}
