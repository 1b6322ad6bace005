#:project ../../src/Pmo.Core/Pmo.Core.csproj
// Scheduling on a tiny network: CPM with a lag, dates on a working calendar with a holiday, analytic PERT, and resource
// leveling of one engineer. `dotnet run docs/examples/scheduling.cs`. See docs/scheduling.md and docs/leveling.md.
// Every asserted number is worked out by hand in the comments.
using System.Globalization;
using NodaTime;
using Pmo.Core.Scheduling;
using Pmo.Core.Scheduling.Leveling;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// 1. The network, in working days: A → B, A → C, B → D, C → D with a 1-day lag, D → M (milestone).
ActivityNetwork net = ActivityNetwork.Create(
    [
        new Activity("A", 3, "Design"),
        new Activity("B", 5, "Build"),
        new Activity("C", 2, "Write docs"),
        new Activity("D", 2, "Test"),
        new Activity("M", 0, "Handover"),
    ],
    [
        new ActivityLink("A", "B"),
        new ActivityLink("A", "C"),
        new ActivityLink("B", "D"),
        new ActivityLink("C", "D", LinkType.FinishToStart, lag: 1),
        new ActivityLink("D", "M"),
    ]);

// 2. CPM. Forward pass: A [0, 3); B [3, 8); C [3, 5); D starts at max(EF B = 8, EF C + lag = 5 + 1 = 6) = 8, [8, 10);
//    M at 10. T = 10.
//    Backward pass from T = 10: M LS 10; D LF 10, LS 8; B LF = LS D = 8, LS 3; C LF = LS D − lag = 8 − 1 = 7, LS 5;
//    A LF = min(LS B, LS C) = min(3, 5) = 3, LS 0.
//    Total float = LS − ES: A 0, B 0, C 5 − 3 = 2, D 0, M 0. Free float of C = ES D − lag − EF C = 8 − 1 − 5 = 2.
//    Critical: A, B, D, M.
CpmResult cpm = CriticalPath.Analyze(net);
Console.WriteLine($"CPM: T = {cpm.ProjectDuration}, critical {string.Join(" → ", cpm.CriticalActivityIds())}");
foreach (ActivitySchedule a in cpm.Activities)
{
    Console.WriteLine($"  {a.Id}: ES {a.EarlyStart,2} EF {a.EarlyFinish,2} LS {a.LateStart,2} LF {a.LateFinish,2} TF {a.TotalFloat} FF {a.FreeFloat}");
}

Check(cpm.ProjectDuration, 10, "project duration");
Check(cpm["C"].EarlyStart, 3, "ES of C");
Check(cpm["C"].LateStart, 5, "LS of C");
Check(cpm["C"].LateFinish, 7, "LF of C");
Check(cpm["C"].TotalFloat, 2, "total float of C");
Check(cpm["C"].FreeFloat, 2, "free float of C");
Check(cpm["D"].EarlyStart, 8, "ES of D");
Check(cpm["A"].TotalFloat, 0, "total float of A");
Require(cpm.CriticalActivityIds().SequenceEqual(["A", "B", "D", "M"]), "critical path A, B, D, M");

// 3. Dates. Monday to Friday, project start Monday 2 March 2026, Friday 6 March a holiday. Working day numbers:
//    0 Mon 2, 1 Tue 3, 2 Wed 4, 3 Thu 5, (Fri 6 holiday), 4 Mon 9, 5 Tue 10, 6 Wed 11, 7 Thu 12, 8 Fri 13, 9 Mon 16,
//    10 Tue 17, 11 Wed 18, 12 Thu 19.
//    A start at 0 → day 0 = Mon 2 Mar; a finish at time t is dated on day max(⌈t⌉ − 1, 0): A finishes at 3 → day 2 = Wed 4.
//    C: ES 3 → Thu 5, EF 5 → day 4 = Mon 9, LS 5 → Tue 10, LF 7 → day 6 = Wed 11.
//    D: ES 8 → Fri 13, EF 10 → day 9 = Mon 16. The project finishes at 10 → Mon 16 Mar.
var calendar = new WorkingCalendar(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), holidays: [new LocalDate(2026, 3, 6)]);
var start = new LocalDate(2026, 3, 2);
ScheduleDates dates = ScheduleDates.Create(cpm, calendar, start);
Console.WriteLine($"Dates: C early {dates["C"].EarlyStart:uuuu-MM-dd} – {dates["C"].EarlyFinish:uuuu-MM-dd}, late {dates["C"].LateStart:uuuu-MM-dd} – {dates["C"].LateFinish:uuuu-MM-dd}; finish {dates.ProjectFinish:uuuu-MM-dd}");
Require(dates["A"].EarlyFinish == new LocalDate(2026, 3, 4), "A finishes Wed 4 Mar");
Require(dates["C"].EarlyFinish == new LocalDate(2026, 3, 9), "C's early finish skips the holiday: Mon 9 Mar");
Require(dates["C"].LateStart == new LocalDate(2026, 3, 10), "C's late start Tue 10 Mar");
Require(dates["D"].EarlyStart == new LocalDate(2026, 3, 13), "D starts Fri 13 Mar");
Require(dates.ProjectFinish == new LocalDate(2026, 3, 16), "project finish Mon 16 Mar");

// 4. PERT, Te = (o + 4m + p) / 6 and σ² = ((p − o) / 6)²:
//    A (2, 3, 4): Te 3, σ² 1/9; B (3, 5, 7): Te 5, σ² 4/9; C (1, 2, 3): Te 2, σ² 1/9; D (1, 2, 3): Te 2, σ² 1/9; M 0.
//    Expected duration 10 (the CPM above); critical path A-B-D-M: σ² = 1/9 + 4/9 + 1/9 = 6/9 = 2/3, σ = 0.81650.
//    P(T ≤ 10) = Φ(0) = 0.5; P(T ≤ 11) = Φ(1 / 0.81650) = Φ(1.2247) ≈ 0.8897 (tables: Φ(1.22) = 0.88877,
//    Φ(1.23) = 0.89065, linear interpolation 0.88877 + 0.47 × 0.00188 = 0.88965).
var estimates = new Dictionary<string, ThreePointEstimate>
{
    ["A"] = new(2, 3, 4), ["B"] = new(3, 5, 7), ["C"] = new(1, 2, 3), ["D"] = new(1, 2, 3), ["M"] = new(0, 0, 0),
};
PertResult pert = Pert.Analyze(net, estimates);
Console.WriteLine($"PERT: Te {pert.ExpectedDuration}, σ {pert.StandardDeviation:0.00000}, P(≤ 10) {pert.ProbabilityOfMeeting(10):0.000}, P(≤ 11) {pert.ProbabilityOfMeeting(11):0.0000}");
Check(pert.ExpectedDuration, 10, "PERT expected duration");
Check(pert.Variance, 2.0 / 3, "PERT variance of the critical path");
Check(pert.ProbabilityOfMeeting(10), 0.5, "P(T ≤ 10)");
Check(pert.ProbabilityOfMeeting(11), 0.8897, "P(T ≤ 11)", tolerance: 1e-3);

// 5. Leveling. One engineer (capacity 1) does B and C, which overlap on [3, 5) in the CPM schedule.
ResourceRequirement[] needs = [new("B", "Engineer", 1), new("C", "Engineer", 1)];
ResourceCapacity[] capacity = [new("Engineer", 1)];

//    Within float (default): C may start in [3, LS 5] but the engineer is on B over [3, 8): no fit, so C stays at 3
//    and the conflict is reported: Engineer over [3, 5), peak 2, excess 1, excess work 1 × 2 days = 2. T stays 10.
LevelingResult withinFloat = ResourceLeveler.Level(net, needs, capacity);
OverAllocationInterval conflict = withinFloat.OverAllocations.Single();
Console.WriteLine($"Within float: T {withinFloat.ProjectDuration}, feasible {withinFloat.IsResourceFeasible}, {conflict.Resource} over [{conflict.Start}, {conflict.End}) peak {conflict.PeakUsage}");
Check(withinFloat.ProjectDuration, 10, "within-float duration");
Require(!withinFloat.IsResourceFeasible, "within float cannot resolve the conflict");
Check(conflict.Start, 3, "conflict start");
Check(conflict.End, 5, "conflict end");
Check(conflict.ExcessWork, 2, "excess work");

//    Extend finish, priority = least CPM late start first (LS B 3 < LS C 5): B [3, 8), then C at the first time the
//    engineer is free, [8, 10); D starts at max(EF B 8, EF C 10 + lag 1) = 11, [11, 13); M at 13. Extension 13 − 10 = 3.
//    (C before B would give 12: B [5, 10), D [10, 12). A priority rule is a heuristic, not an optimum.)
//    Dates: C starts day 8 = Fri 13 Mar; D starts day 11 = Wed 18 Mar; finish at 13 → day 12 = Thu 19 Mar.
LevelingResult extended = ResourceLeveler.Level(net, needs, capacity, new LevelingOptions(LevelingMode.ExtendFinish));
LeveledScheduleDates leveledDates = extended.ToScheduleDates(calendar, start);
Console.WriteLine($"Extend finish: C at {extended["C"].Start} (delay {extended["C"].Delay}), D at {extended["D"].Start}, T {extended.ProjectDuration} (+{extended.Extension}), finish {leveledDates.ProjectFinish:uuuu-MM-dd}");
Check(extended["C"].Start, 8, "leveled start of C");
Check(extended["C"].Delay, 5, "delay of C");
Check(extended["D"].Start, 11, "leveled start of D");
Check(extended.ProjectDuration, 13, "leveled duration");
Check(extended.Extension, 3, "extension");
Require(extended.IsResourceFeasible, "the extended schedule is resource-feasible");
Require(leveledDates["D"].Start == new LocalDate(2026, 3, 18), "leveled D starts Wed 18 Mar");
Require(leveledDates.ProjectFinish == new LocalDate(2026, 3, 19), "leveled finish Thu 19 Mar");

return 0;

static void Check(double actual, double expected, string what, double tolerance = 1e-9)
{
    if (Math.Abs(actual - expected) > tolerance)
    {
        throw new InvalidOperationException($"{what}: {actual} but the hand computation gives {expected}.");
    }
}

static void Require(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException($"Not as worked out by hand: {what}.");
    }
}
