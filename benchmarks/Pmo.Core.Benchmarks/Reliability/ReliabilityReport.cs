using System.Diagnostics;
using System.Globalization;
using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;
using Pmo.Core.Finance;
using Pmo.Core.Kpis.Flow;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Selection;
using Pmo.Core.Risk;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling.Rcpsp;
using Pmo.Core.Tests.Reliability.Numerics;
using Pmo.Core.Tests.Reliability.Bounds;

namespace Pmo.Core.Benchmarks.Reliability;

/// <summary>
/// Issue 9 §4–5 measurements, printed as markdown tables: summation accuracy (naive vs compensated vs the exact sum),
/// scale invariance (largest observed deviation), simulation memory per iteration count, cancellation latency per API
/// and large-input time and memory. Run: <c>dotnet run -c Release --project benchmarks/Pmo.Core.Benchmarks -- --reliability [--quick]</c>.
/// Times come from a shared machine: read them as orders of magnitude; allocation counts are exact.
/// </summary>
internal static class ReliabilityReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    // The point levels of RiskMatrixPresets.PmbokImpact (a rating scale: an impact must be one of them).
    private static readonly double[] PmbokPoints = [0.05, 0.10, 0.20, 0.40, 0.80];

    public static void Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        int trials = quick ? 5 : 20;
        Console.WriteLine($"# Pmo.Core reliability measurements ({(quick ? "quick" : "full")})");
        Console.WriteLine($"{Environment.ProcessorCount} logical cores, {RuntimeInfo()}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Accuracy(quick);
        ScaleInvariance();
        SimulationMemory(quick);
        Cancellation(trials);
        LargeInputs();
    }

    private static string RuntimeInfo() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

    private static string E(double x) => x == 0 ? "0" : x.ToString("0.0e0", Inv);

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", Inv);

    private static void Accuracy(bool quick)
    {
        Console.WriteLine("## Summation accuracy (relative error against the exact sum)");
        Console.WriteLine();
        Console.WriteLine("| terms | series | naive | compensated (Neumaier) | exact sum |");
        Console.WriteLine("|---:|---|---:|---:|---:|");
        foreach (int n in quick ? new[] { 10_000, 1_000_000 } : [10_000, 100_000, 1_000_000, 4_000_000])
        {
            foreach (bool signed in new[] { false, true })
            {
                double[] x = signed ? AdversarialMoney.Signed(n, 11) : AdversarialMoney.NonNegative(n, 12);
                var exact = new ExactSum();
                exact.AddRange(x);
                var c = default(CompensatedSum);
                foreach (double v in x)
                {
                    c.Add(v);
                }

                Console.WriteLine($"| {n:N0} | {(signed ? "±1e13 pairs + small ±" : "1e13 + small ≥ 0")} | {E(exact.RelativeError(ExactSum.Naive(x)))} | {E(exact.RelativeError(c.Value))} | {exact.Rounded().ToString("R", Inv)} |");
            }
        }

        Console.WriteLine();
    }

    private static void ScaleInvariance()
    {
        Console.WriteLine("## Scale invariance (largest relative deviation from the unscaled result, money × 10^k, k = −9 … 10)");
        Console.WriteLine();
        var start = new LocalDate(2026, 1, 1);
        double[] pv = [120, 340, 560, 410, 230, 95];
        EarnedValueAnalysis Evm(double s) => EarnedValueAnalyzer.Analyze(
            TimePhasedBaseline.Monthly(start, pv.Select(v => v * s)),
            new ProjectStatus(new LocalDate(2026, 3, 31), 913.7 * s, 1021.3 * s),
            new BudgetStructure(100 * s));
        double[] flows = [-1000, 230, 310, 280, 260, 190];
        DecisionMatrix Mx(double s) => DecisionMatrix.FromRowMajor(
            ["A", "B", "C", "D"],
            [Criterion.Cost("price"), Criterion.Benefit("q")],
            new[] { 120.0, 7, 95, 5, 180, 9, 60, 3 }.Select((v, i) => i % 2 == 0 ? v * s : v).ToArray());
        EarnedValueAnalysis e0 = Evm(1);
        double irr0 = CashFlowMetrics.InternalRateOfReturn(new CashFlowSeries(flows)).Rate!.Value;
        double npv0 = CashFlowMetrics.NetPresentValue(new CashFlowSeries(flows), 0.08, DiscountConvention.FirstFlowAtTimeZero);
        CriteriaWeights w = CriteriaWeights.Create([0.6, 0.4]);
        McdaResult t0 = new Topsis().Evaluate(Mx(1), w);
        var worst = new Dictionary<string, double>();
        void Note(string k, double a, double b)
        {
            double d = Math.Abs(a - b) / Math.Max(Math.Abs(a), double.Epsilon);
            worst[k] = Math.Max(worst.GetValueOrDefault(k), d);
        }

        for (int k = -9; k <= 10; k++)
        {
            double s = Math.Pow(10, k);
            EarnedValueAnalysis e = Evm(s);
            Note("CPI", e0.CostPerformanceIndex!.Value, e.CostPerformanceIndex!.Value);
            Note("SPI", e0.SchedulePerformanceIndex!.Value, e.SchedulePerformanceIndex!.Value);
            Note("TCPI (BAC)", e0.ToCompletePerformanceIndexToBac!.Value, e.ToCompletePerformanceIndexToBac!.Value);
            Note("ES", e0.Schedule.EarnedSchedule, e.Schedule.EarnedSchedule);
            Note("EAC(CPI) / 10^k", e0.Eac(EacMethod.Cpi)!.EstimateAtCompletion!.Value, e.Eac(EacMethod.Cpi)!.EstimateAtCompletion!.Value / s);
            Note("IRR", irr0, CashFlowMetrics.InternalRateOfReturn(new CashFlowSeries(flows.Select(v => v * s))).Rate!.Value);
            Note("NPV / 10^k", npv0, CashFlowMetrics.NetPresentValue(new CashFlowSeries(flows.Select(v => v * s)), 0.08, DiscountConvention.FirstFlowAtTimeZero) / s);
            McdaResult t = new Topsis().Evaluate(Mx(s), w);
            for (int i = 0; i < 4; i++)
            {
                Note("TOPSIS closeness", t0.Preferences[i], t.Preferences[i]);
            }
        }

        Console.WriteLine("| result | largest relative deviation | in units of u = 2^-53 |");
        Console.WriteLine("|---|---:|---:|");
        foreach ((string k, double d) in worst)
        {
            Console.WriteLine($"| {k} | {E(d)} | {(d / Math.Pow(2, -53)).ToString("0.#", Inv)} |");
        }

        Console.WriteLine();
    }

    private static void SimulationMemory(bool quick)
    {
        Console.WriteLine("## Monte Carlo memory (100-activity network, all cores)");
        Console.WriteLine();
        Console.WriteLine("Formula: result = 16 B × iterations (finish and cost samples) [+ 4 B × iterations × activities with storeActivityDurations]; workspace per thread is constant.");
        Console.WriteLine();
        Console.WriteLine("| iterations | durations stored | allocated MB | retained MB | bytes / iteration | formula MB | time ms |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
        SimulationModel model = BoundsWorkloads.Simulation(100);
        _ = RiskSimulation.Run(model, new SimulationOptions(1024, 1));
        foreach ((int n, bool store) in new[] { (1_000, false), (10_000, false), (100_000, false), (1_000_000, false), (10_000, true), (100_000, true) })
        {
            if (quick && n > 100_000)
            {
                continue;
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            long live0 = GC.GetTotalMemory(true);
            long a0 = GC.GetTotalAllocatedBytes(true);
            var sw = Stopwatch.StartNew();
            SimulationResult r = RiskSimulation.Run(model, new SimulationOptions(n, 1, storeActivityDurations: store));
            sw.Stop();
            long a1 = GC.GetTotalAllocatedBytes(true);
            long live1 = GC.GetTotalMemory(true);
            GC.KeepAlive(r);
            double formula = (16.0 * n) + (store ? 4.0 * n * 100 : 0);
            Console.WriteLine($"| {n:N0} | {(store ? "yes" : "no")} | {Mb(a1 - a0)} | {Mb(live1 - live0)} | {((a1 - a0) / (double)n).ToString("0.0", Inv)} | {Mb((long)formula)} | {sw.ElapsedMilliseconds} |");
        }

        Console.WriteLine();
    }

    private static void Cancellation(int trials)
    {
        Console.WriteLine($"## Cancellation latency (Cancel() → OperationCanceledException at the caller; {trials} trials, cancel 150 ms after start)");
        Console.WriteLine();
        SimulationModel sim = BoundsWorkloads.Simulation(200);
        SelectionProblem knap = BoundsWorkloads.Knapsack(400);
        DecisionMatrix matrix = BoundsWorkloads.Matrix(2000);
        RcpspProblem rcpsp = BoundsWorkloads.Rcpsp(300);
        var scenario = new SelectionScenario("s", knap);
        var unlimited = new SelectionOptions(nodeLimit: int.MaxValue);
        int[] history = [0, 1, 0, 2, 0, 0, 1];
        var monday = new LocalDate(2026, 1, 5);
        var calls = new (string Name, Action<CancellationToken> Call)[]
        {
            ("RiskSimulation.Run", t => RiskSimulation.Run(sim, new SimulationOptions(5_000_000, 1), null, t)),
            ("RiskTornado.Analyze", t => RiskTornado.Analyze(sim, new SimulationOptions(2_000_000, 1), 0.8, null, t)),
            ("Smaa.Run (2,000 alternatives, 20M samples)", t => Smaa.Run(new WeightedSum(), matrix, new SmaaOptions { Samples = 20_000_000, Seed = 1 }, null, t)),
            ("Smaa.Run (2,000 alternatives, 100M samples)", t => Smaa.Run(new WeightedSum(), matrix, new SmaaOptions { Samples = 100_000_000, Seed = 1 }, null, t)),
            ("PortfolioSelector.Solve (400 candidates)", t => PortfolioSelector.Solve(knap, unlimited, t)),
            ("EfficientFrontier.ComputeEvenlySpaced", t => EfficientFrontier.ComputeEvenlySpaced(knap, "Budget", 50, unlimited, t)),
            ("SelectionScenario.Solve", t => scenario.Solve(unlimited, t)),
            ("RcpspHeuristics.Sample (300 jobs)", t => RcpspHeuristics.Sample(rcpsp, new RcpspSamplingOptions(int.MaxValue, 1), null, t)),
            ("DeliveryForecast.WhenDone", t => DeliveryForecast.WhenDone(history, RemainingScope.Exactly(2000), monday, WorkdayCalendar.MondayToFriday, 2_000_000, 1, null, null, t)),
            ("DeliveryForecast.HowMany", t => DeliveryForecast.HowMany(history, monday, monday.PlusYears(10), WorkdayCalendar.MondayToFriday, 2_000_000, 1, null, null, t)),
        };
        Console.WriteLine("| API | median ms | max ms | completed before cancel |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach ((string name, Action<CancellationToken> call) in calls)
        {
            var lat = new List<double>();
            int completed = 0;
            for (int i = 0; i < trials; i++)
            {
                using var cts = new CancellationTokenSource();
                long cancelledAt = 0;
                Task<long> run = Task.Run(() =>
                {
                    try
                    {
                        call(cts.Token);
                        return -1L;
                    }
                    catch (OperationCanceledException)
                    {
                        return Stopwatch.GetTimestamp();
                    }
                });
                Thread.Sleep(150);
                cancelledAt = Stopwatch.GetTimestamp();
                cts.Cancel();
                long ended = run.GetAwaiter().GetResult();
                if (ended < 0)
                {
                    completed++;
                }
                else
                {
                    lat.Add(Stopwatch.GetElapsedTime(cancelledAt, ended).TotalMilliseconds);
                }
            }

            lat.Sort();
            string med = lat.Count == 0 ? "–" : lat[lat.Count / 2].ToString("0.0", Inv);
            string max = lat.Count == 0 ? "–" : lat[^1].ToString("0.0", Inv);
            Console.WriteLine($"| {name} | {med} | {max} | {completed} |");
        }

        Console.WriteLine();
    }

    private static void LargeInputs()
    {
        Console.WriteLine("## Large inputs (time of the call; memory allocated by it and retained by its result)");
        Console.WriteLine();
        Console.WriteLine("| workload | build inputs s | call s | allocated MB | retained MB | process peak working set MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");

        Measure("WorkPackageEarning.Evaluate, 1,000,000 packages (12-period PV)", () =>
        {
            const int n = 1_000_000;
            var packages = new WorkPackage[n];
            var progress = new Dictionary<string, WorkPackageProgress>(n, StringComparer.Ordinal);
            double[] curve = new double[12];
            for (int i = 0; i < n; i++)
            {
                string id = "W" + i.ToString(Inv);
                double bac = 1000 + (i % 977);
                for (int k = 0; k < 12; k++)
                {
                    curve[k] = bac * (k + 1) / 12;
                }

                packages[i] = new WorkPackage(id, id, bac, i % 3 == 0 ? EarningTechnique.PercentComplete : EarningTechnique.FiftyFifty, curve);
                if (i % 2 == 0)
                {
                    progress[id] = new WorkPackageProgress(true, i % 4 == 0, i % 3 == 0 ? 0.4 : 0, actualCost: bac * 0.45);
                }
            }

            return () => WorkPackageEarning.Evaluate(packages, progress, 5.5);
        });

        Measure("WbsRollup.Compute, 1,000,000 elements (1 root, 1,000 accounts, 12 periods)", () =>
        {
            const int n = 1_000_000;
            var elements = new WbsElement[n];
            elements[0] = new WbsElement("root", null, [], 0, 0);
            for (int i = 1; i <= 1000; i++)
            {
                elements[i] = new WbsElement("CA" + i.ToString(Inv), "root", [], 0, 0);
            }

            double[] pv = new double[12];
            for (int i = 1001; i < n; i++)
            {
                for (int k = 0; k < 12; k++)
                {
                    pv[k] = 10 + ((i + k) % 17);
                }

                elements[i] = new WbsElement("L" + i.ToString(Inv), "CA" + (1 + (i % 1000)).ToString(Inv), pv, 50 + (i % 13), 55 + (i % 11));
            }

            return () => WbsRollup.Compute(elements, 6.5);
        });

        RiskRegister? register = null;
        RiskScoringModel scoring = RiskScoringModel.WithMatrix(RiskMatrixPresets.PmbokProbability(), [RiskMatrixPresets.PmbokImpact(RiskDimensions.Cost), RiskMatrixPresets.PmbokImpact(RiskDimensions.Schedule)], RiskMatrixPresets.Pmbok5x5());
        Measure("RiskRegister construction, 100,000 risks", () =>
        {
            var day = new LocalDate(2026, 1, 5);
            RiskEntry[] risks = [.. Enumerable.Range(0, 100_000).Select(i => new RiskEntry(
                "R" + i.ToString(Inv),
                "risk",
                i % 5 == 4 ? RiskKind.Opportunity : RiskKind.Threat,
                RiskAssessment.Create(0.05 + (0.9 * (i % 97) / 96.0), costImpact: PmbokPoints[i % 5], scheduleImpact: PmbokPoints[(i / 5) % 5]),
                day,
                category: "C" + (i % 40).ToString(Inv),
                projectId: "P" + (i % 300).ToString(Inv)))];
            return () => register = new RiskRegister(risks);
        });
        Measure("ExposureRollup.By (project), 100,000 risks", () => () => ExposureRollup.By(register!, RiskGrouping.Project));
        Measure("RiskAnalytics.HeatMap, 100,000 risks (PMBOK 5×5)", () => () => RiskAnalytics.HeatMap(register!, scoring, AssessmentStage.Current));
        Measure("RiskAnalytics.TopByExposure(100), 100,000 risks", () => () => RiskAnalytics.TopByExposure(register!, 100));

        DecisionMatrix m10k = BoundsWorkloads.Matrix(10_000, 6);
        CriteriaWeights w6 = CriteriaWeights.Create([0.3, 0.2, 0.15, 0.15, 0.1, 0.1]);
        Measure("TOPSIS, 10,000 alternatives × 6 criteria", () => () => new Topsis().Evaluate(m10k, w6));
        Measure("WeightedSum, 10,000 × 6", () => () => new WeightedSum().Evaluate(m10k, w6));
        Measure("VIKOR, 10,000 × 6", () => () => new Vikor().Evaluate(m10k, w6));
        Measure("SPOTIS, 10,000 × 6", () => () => new Spotis([0, 0, 0, 0, 0, 0], [1001, 1001, 1001, 1001, 1001, 1001]).Evaluate(m10k, w6));
        Measure("PROMETHEE II (usual), 10,000 × 6 (O(m²) pairs)", () => () => new Promethee2(PreferenceFunction.Usual()).Evaluate(m10k, w6));
        Console.WriteLine();
    }

    private static void Measure(string name, Func<Func<object?>> build)
    {
        GC.Collect();
        var sb = Stopwatch.StartNew();
        Func<object?> call = build();
        sb.Stop();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long live0 = GC.GetTotalMemory(true);
        long a0 = GC.GetTotalAllocatedBytes(true);
        var sw = Stopwatch.StartNew();
        object? result = call();
        sw.Stop();
        long a1 = GC.GetTotalAllocatedBytes(true);
        long live1 = GC.GetTotalMemory(true);
        GC.KeepAlive(result);
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"| {name} | {sb.Elapsed.TotalSeconds.ToString("0.00", Inv)} | {sw.Elapsed.TotalSeconds.ToString("0.000", Inv)} | {Mb(a1 - a0)} | {Mb(live1 - live0)} | {Mb(peak)} |");
    }
}
