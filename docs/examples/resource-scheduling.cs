#:project ../../src/Pmo.Core/Pmo.Core.csproj
// Resource-constrained project scheduling (RCPSP): a tiny instance solved by the serial schedule-generation scheme with
// a priority rule and by decoding an activity list, checked by hand; then a PSPLIB j30 instance from the test data with
// regret-based sampling: `dotnet run docs/examples/resource-scheduling.cs` (from the repository root, for the data file).
// See docs/resource-scheduling.md.
using System.Globalization;
using Pmo.Core.Scheduling.Rcpsp;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// One renewable resource with capacity 2. Jobs (duration, request, successors): a (3, 2, → c), b (2, 1, → c),
// c (2, 1), d (4, 1). Indices: a 0, b 1, c 2, d 3.
var problem = new RcpspProblem(
    [new RcpspJob("a", 3, [2], ["c"]), new RcpspJob("b", 2, [1], ["c"]), new RcpspJob("c", 2, [1], []), new RcpspJob("d", 4, [1], [])],
    [2]);

// Resource-free CPM: a [0, 3), b [0, 2), c [3, 5), d [0, 4): critical-path length (LB0) = 5. Latest finishes (deadline 5):
// c 5, d 5, a = LS c = 3, b 3. A resource bound: work 3·2 + 2·1 + 2·1 + 4·1 = 14 unit-periods / capacity 2 = 7 periods.
Console.WriteLine($"LB0 (critical path) {problem.CriticalPathLength}; resource bound ⌈14 / 2⌉ = 7");
Require(problem.CriticalPathLength == 5, "critical-path length 5");

// Serial SGS with the latest-finish-time rule (ties: smallest index):
//   eligible {a, b, d}: LF a 3 = LF b 3 < LF d 5 → a (index 0), at 0 (uses both units): a [0, 3).
//   eligible {b, d}: b (LF 3) at the first period with a free unit: 3 → b [3, 5).
//   eligible {c, d}: LF 5 both → c (index 2) after a and b: c [5, 7).
//   d: 1 unit over 4 periods from the earliest t with a free unit all through: t = 0 fails (a holds 2 on [0, 3)), t = 3:
//      [3, 5) b + d = 2, [5, 7) c + d = 2 → d [3, 7).
//   Makespan 7 = the resource bound, so the schedule is optimal.
RcpspSchedule lft = RcpspHeuristics.Schedule(problem, PriorityRule.LatestFinishTime, ScheduleGenerationScheme.Serial);
Console.WriteLine($"Serial LFT: starts {string.Join(", ", lft.Starts)}, makespan {lft.Makespan}, feasible {lft.IsFeasible}");
Require(lft.Starts.SequenceEqual([0, 3, 5, 3]) && lft.Makespan == 7 && lft.IsFeasible, "LFT schedule a 0, b 3, c 5, d 3; makespan 7");

// Decoding the activity list b, d, a, c (indices 1, 3, 0, 2) with the serial scheme:
//   b [0, 2) and d [0, 4) take one unit each; a needs both units for 3 periods: the first free window starts when d
//   finishes, 4 → a [4, 7); c after a: [7, 9). Makespan 9 — the order matters.
RcpspSchedule decoded = RcpspHeuristics.Decode(problem, [1, 3, 0, 2]);
Console.WriteLine($"Decoded b, d, a, c: starts {string.Join(", ", decoded.Starts)}, makespan {decoded.Makespan}");
Require(decoded.Starts.SequenceEqual([4, 0, 7, 0]) && decoded.Makespan == 9, "decoded schedule a 4, b 0, c 7, d 0; makespan 9");

// A PSPLIB instance (Kolisch and Sprecher 1996): j301_1, whose optimal makespan 43 is listed in PSPLIB's j30 optimum file
// (j30opt.sm). 1,000 schedules of the recommended sampling, seed 2026; the sample can only reach the optimum, never beat it.
PsplibInstance j30 = PsplibReader.Parse(File.ReadAllText("tests/Pmo.Core.Tests/GoldenData/psplib/j30/j301_1.sm"));
RcpspSamplingResult sampled = RcpspHeuristics.Sample(j30.Problem, RcpspSamplingOptions.Recommended(1_000, seed: 2026));
Console.WriteLine($"j301_1: makespan {sampled.Makespan} after {sampled.SchedulesGenerated} schedules (LB0 = {j30.MpmTime}, optimum 43)");
Require(sampled.Makespan >= 43 && sampled.Makespan >= j30.MpmTime, "no schedule beats the optimum");

return 0;

static void Require(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException($"Not as worked out by hand: {what}.");
    }
}
