using BenchmarkDotNet.Attributes;
using Pmo.Core.Common;
using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Core.Benchmarks.Scheduling;

/// <summary>
/// 1,000 serial-SGS decodings of random precedence-feasible activity lists on PSPLIB j1201_1 (122 jobs, 4 resources):
/// the engine's flat period × resource profile against a naive decoder that, for every candidate period, sums the
/// requests of all jobs already scheduled in it; plus 1,000 schedules of regret-based LFT sampling (without justification,
/// with the first slice's selective justification, and the recommended method) and of WCS sampling on the parallel SGS.
/// </summary>
[MemoryDiagnoser]
public class RcpspBenchmarks
{
    private const int Schedules = 1000;
    private RcpspProblem problem = null!;
    private int[][] lists = null!;
    private RcpspEngine engine = null!;
    private int[] starts = null!;

    [GlobalSetup]
    public void Setup()
    {
        problem = PsplibReader.Parse(File.ReadAllText(FindInstance())).Problem;
        engine = new RcpspEngine(problem);
        starts = new int[problem.JobCount];
        Xoshiro256StarStar rng = Xoshiro256StarStar.FromSeed(42);
        lists = new int[Schedules][];
        int n = problem.JobCount;
        for (int s = 0; s < Schedules; s++)
        {
            // Uniform random choice among eligible jobs: a random topological order.
            int[] pending = new int[n];
            for (int j = 0; j < n; j++)
            {
                foreach (string succ in problem.Jobs[j].Successors) { pending[problem.IndexOf(succ)]++; }
            }

            var eligible = Enumerable.Range(0, n).Where(j => pending[j] == 0).ToList();
            int[] list = new int[n];
            for (int i = 0; i < n; i++)
            {
                int e = rng.NextInt(eligible.Count);
                int j = eligible[e];
                eligible.RemoveAt(e);
                list[i] = j;
                foreach (string succ in problem.Jobs[j].Successors)
                {
                    int si = problem.IndexOf(succ);
                    if (--pending[si] == 0) { eligible.Add(si); }
                }
            }

            lists[s] = list;
        }
    }

    [Benchmark(Baseline = true)]
    public int NaiveSerialSgs()
    {
        int total = 0;
        foreach (int[] list in lists)
        {
            total += NaiveDecode(list);
        }

        return total;
    }

    [Benchmark]
    public int ProfileSerialSgs()
    {
        int total = 0;
        foreach (int[] list in lists)
        {
            total += engine.Decode(list, backward: false, starts);
        }

        return total;
    }

    [Benchmark]
    public int SamplingLft() => RcpspHeuristics.Sample(problem, new RcpspSamplingOptions(Schedules, 7, justify: false)).Makespan;

    /// <summary>The first slice's method: forward LFT sampling (α = 0.5) with selective double justification.</summary>
    [Benchmark]
    public int SamplingLftSelectiveFbi() => RcpspHeuristics.Sample(problem, new RcpspSamplingOptions(Schedules, 7, alpha: 0.5, selectiveJustification: true)).Makespan;

    /// <summary>The recommended method: bidirectional sampling, samples around the incumbent, selective double justification.</summary>
    [Benchmark]
    public int RecommendedSampler() => RcpspHeuristics.Sample(problem, RcpspSamplingOptions.Recommended(Schedules, 7)).Makespan;

    /// <summary>1,000 parallel-SGS schedules with the dynamic worst-case slack rule (biased sampling, no justification).</summary>
    [Benchmark]
    public int SamplingWcsParallel() => RcpspHeuristics.Sample(problem, new RcpspSamplingOptions(Schedules, 7, PriorityRule.WorstCaseSlack, ScheduleGenerationScheme.Parallel, justify: false)).Makespan;

    /// <summary>Naive serial SGS: a list of scheduled jobs; a period's usage is summed over that list each time it is checked.</summary>
    private int NaiveDecode(int[] list)
    {
        int n = problem.JobCount;
        int kk = problem.ResourceCount;
        var placed = new List<(int Job, int Start, int Finish)>();
        int[] finish = new int[n];
        int makespan = 0;
        foreach (int j in list)
        {
            RcpspJob job = problem.Jobs[j];
            int es = 0;
            for (int i = 0; i < n; i++)
            {
                if (problem.Jobs[i].Successors.Contains(job.Id) && placed.Exists(x => x.Job == i))
                {
                    es = Math.Max(es, finish[i]);
                }
            }

            int t = es;
            while (true)
            {
                bool fits = true;
                for (int tau = t; tau < t + job.Duration && fits; tau++)
                {
                    for (int k = 0; k < kk && fits; k++)
                    {
                        int use = 0;
                        foreach ((int other, int s, int f) in placed)
                        {
                            if (s <= tau && tau < f) { use += problem.Jobs[other].Requests[k]; }
                        }

                        fits = use + job.Requests[k] <= problem.CapacityList[k];
                    }
                }

                if (fits) { break; }
                t++;
            }

            placed.Add((j, t, t + job.Duration));
            finish[j] = t + job.Duration;
            makespan = Math.Max(makespan, finish[j]);
        }

        return makespan;
    }

    private static string FindInstance()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null)
        {
            string candidate = Path.Combine(dir, "tests", "Pmo.Core.Tests", "GoldenData", "psplib", "j120", "j1201_1.sm");
            if (File.Exists(candidate)) { return candidate; }
            dir = Path.GetDirectoryName(dir);
        }

        throw new FileNotFoundException("tests/Pmo.Core.Tests/GoldenData/psplib/j120/j1201_1.sm not found above " + AppContext.BaseDirectory);
    }
}
