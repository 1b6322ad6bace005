using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Scheduling;
using Pmo.Core.Scheduling.Leveling;

namespace Pmo.Core.Tests.Scheduling.Leveling;

/// <summary>
/// Layer 1: small hand-computed examples (the arithmetic is in the comments; no number comes from running the code).
/// Durations, lags and units are multiples of 1/4, so every time is exact in binary floating point.
/// </summary>
public class LevelingExamplesTests
{
    private static ActivityNetwork Net(Activity[] acts, params ActivityLink[] links) => ActivityNetwork.Create(acts, links);

    private static ResourceRequirement Req(string id, double units = 1, string resource = "R") => new(id, resource, units);

    private static ResourceCapacity Cap(double c, string resource = "R") => new(resource, c);

    /// <summary>A(3) and B(2) in parallel, both need 1 of R with capacity 1. CPM: T = 3; A: ES 0, LS 0; B: ES 0, LS 3 − 2 = 1.</summary>
    private static readonly ActivityNetwork Parallel = Net([new("A", 3), new("B", 2)]);

    [Fact]
    public void Within_float_reports_what_it_cannot_resolve_and_keeps_the_finish()
    {
        // LST order: A (LS 0) first at [0, 3). B: window [0, 1]; residual 0 on [0, 3) and the next breakpoint 3 > 1,
        // so no fit: B stays at its early start 0 and R carries 2 units on [0, 2) (excess 1, excess work 1 × 2 = 2).
        LevelingResult r = ResourceLeveler.Level(Parallel, [Req("A"), Req("B")], [Cap(1)]);
        Assert.Equal(3, r.ProjectDuration);
        Assert.Equal(3, r.CpmDuration);
        Assert.Equal(0, r.Extension);
        Assert.Equal(0, r["A"].Start);
        Assert.Equal(0, r["B"].Start);
        Assert.False(r["B"].ResourceFeasibleStartFound);
        Assert.True(r["A"].ResourceFeasibleStartFound);
        Assert.False(r.ExtensionPassUsed);
        Assert.False(r.IsResourceFeasible);
        OverAllocationInterval o = Assert.Single(r.OverAllocations);
        Assert.Equal("R", o.Resource);
        Assert.Equal(0, o.Start);
        Assert.Equal(2, o.End);
        Assert.Equal(2, o.PeakUsage);
        Assert.Equal(1, o.MaxExcess);
        Assert.Equal(2, o.ExcessWork);
        Assert.Equal(new[] { "A", "B" }, o.ActivityIds.ToArray());
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticKind.Warning, d.Kind);
        Assert.Contains("B", d.Message, StringComparison.Ordinal);

        // Profile: [0, 2) usage 2, [2, 3) usage 1, capacity 1 throughout; work 3 + 2 = 5, available 1 × 3 = 3.
        ResourceProfile p = r.Profile("R");
        Assert.Equal([(0.0, 2.0, 2.0, 1.0), (2.0, 3.0, 1.0, 1.0)], p.Segments.Select(s => (s.Start, s.End, s.Usage, s.Capacity)));
        Assert.Equal(2, p.PeakUsage);
        Assert.Equal(5, p.Work);
        Assert.Equal(3, p.AvailableWork);
        Assert.Equal(5.0 / 3, p.Utilisation);
        Assert.Equal(1, p.Segments[0].Excess);
    }

    [Fact]
    public void Extend_finish_delays_past_the_float()
    {
        // A at [0, 3); B: residual 0 until the breakpoint 3, then 1: B at [3, 5). T = 5, extension 5 − 3 = 2.
        LevelingResult r = ResourceLeveler.Level(Parallel, [Req("A"), Req("B")], [Cap(1)], new LevelingOptions(LevelingMode.ExtendFinish));
        Assert.Equal(5, r.ProjectDuration);
        Assert.Equal(2, r.Extension);
        Assert.Equal(3, r["B"].Start);
        Assert.Equal(3, r["B"].Delay);
        Assert.Equal(1, r["B"].LateStartLimit);
        Assert.Equal(-2, r["B"].RemainingFloat);
        Assert.True(r.IsResourceFeasible);
        Assert.True(r.ExtensionPassUsed);

        // Usage 1 on [0, 3) and on [3, 5): one merged piece; utilisation 5 / 5 = 1.
        ProfileSegment s = Assert.Single(r.Profile("R").Segments);
        Assert.Equal((0.0, 5.0, 1.0, 1.0), (s.Start, s.End, s.Usage, s.Capacity));
        Assert.Equal(1, r.Profile("R").Utilisation);
    }

    [Fact]
    public void Within_float_then_extend_extends_only_when_float_is_not_enough()
    {
        // Within float fails for B (above); both extending passes give B at 3, T = 5; on a tie the within-float order pass is used.
        LevelingResult r = ResourceLeveler.Level(Parallel, [Req("A"), Req("B")], [Cap(1)], new LevelingOptions(LevelingMode.WithinFloatThenExtend));
        Assert.Equal(5, r.ProjectDuration);
        Assert.True(r.ExtensionPassUsed);
        Assert.True(r.IsResourceFeasible);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal("ExtensionPass", d.Metric);
        Assert.Contains("within-float start order pass is used", d.Message, StringComparison.Ordinal);
    }

    /// <summary>A(2) → C(2) finish-to-start, B(1) free; A and B need 1 of R (capacity 1). CPM: T = 4; LS A 0, C 2, B 4 − 1 = 3.</summary>
    private static readonly ActivityNetwork Resolvable = Net([new("A", 2), new("B", 1), new("C", 2)], new ActivityLink("A", "C"));

    [Theory]
    [InlineData(LevelingMode.WithinFloat)]
    [InlineData(LevelingMode.WithinFloatThenExtend)]
    public void Within_float_resolves_a_conflict_in_the_float(LevelingMode mode)
    {
        // Eligible {A, B}: A (LS 0) at [0, 2). Eligible {B, C}: C (LS 2) has no requirement: at EP = 0 + 2 = 2.
        // B: window [0, 3]; residual 0 on [0, 2), 1 from 2: fits at 2 ≤ 3, finish 3 ≤ 4. Delay 2, remaining float 3 − 2 = 1.
        LevelingResult r = ResourceLeveler.Level(Resolvable, [Req("A"), Req("B")], [Cap(1)], new LevelingOptions(mode));
        Assert.Equal(4, r.ProjectDuration);
        Assert.Equal(2, r["B"].Start);
        Assert.Equal(2, r["B"].Delay);
        Assert.Equal(1, r["B"].RemainingFloat);
        Assert.Equal(2, r["C"].Start);
        Assert.True(r.IsResourceFeasible);
        Assert.False(r.ExtensionPassUsed);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void A_later_deadline_widens_the_float()
    {
        // Deadline 5 = T + 2: late-start limits A 0 + 2 = 2, B 1 + 2 = 3. A at [0, 3); B fits at 3 ≤ 3. Finish 5 = deadline.
        LevelingResult r = ResourceLeveler.Level(Parallel, [Req("A"), Req("B")], [Cap(1)], new LevelingOptions(deadline: 5));
        Assert.Equal(3, r["B"].Start);
        Assert.Equal(3, r["B"].LateStartLimit);
        Assert.Equal(5, r.ProjectDuration);
        Assert.Equal(0, r.DeadlineSlack);
        Assert.True(r.IsResourceFeasible);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void A_deadline_before_the_cpm_finish_is_reported()
    {
        // Deadline 2 < T = 3: a warning, the window stays the CPM float (B unresolved as in the first example), and the
        // finish 3 misses the deadline by 1.
        LevelingResult r = ResourceLeveler.Level(Parallel, [Req("A"), Req("B")], [Cap(1)], new LevelingOptions(deadline: 2));
        Assert.Equal(1, r["B"].LateStartLimit);
        Assert.Equal(-1, r.DeadlineSlack);
        Assert.Equal(2, r.Diagnostics.Count(d => d.Metric == "Deadline" && d.Kind == DiagnosticKind.Warning));
    }

    [Fact]
    public void A_missed_deadline_is_reported_when_extending()
    {
        // Extend: T = 5 (above) against a deadline of 4: slack 4 − 5 = −1, one warning.
        LevelingResult r = ResourceLeveler.Level(Parallel, [Req("A"), Req("B")], [Cap(1)], new LevelingOptions(LevelingMode.ExtendFinish, deadline: 4));
        Assert.Equal(-1, r.DeadlineSlack);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal("Deadline", d.Metric);
    }

    [Fact]
    public void A_step_capacity_opens_a_window()
    {
        // R: 1 from 0, 2 from 4. A(4) needs 1, B(2) needs 2. LST: A (LS 0) at [0, 4) leaves residual 0 on [0, 4) and
        // 2 − 0 = 2 from 4 (A finished). B: residual 0 < 2 at 0, next breakpoint 4: 2 ≥ 2 until ∞, so B at [4, 6).
        var cap = new ResourceCapacity("R", [new CapacityStep(0, 1), new CapacityStep(4, 2)]);
        LevelingResult r = ResourceLeveler.Level(Net([new("A", 4), new("B", 2)]), [Req("A"), Req("B", 2)], [cap], new LevelingOptions(LevelingMode.ExtendFinish));
        Assert.Equal(4, r["B"].Start);
        Assert.Equal(6, r.ProjectDuration);

        // Profile: [0, 4) usage 1 cap 1, [4, 6) usage 2 cap 2; available 1 × 4 + 2 × 2 = 8, work 4 + 4 = 8.
        Assert.Equal([(0.0, 4.0, 1.0, 1.0), (4.0, 6.0, 2.0, 2.0)], r.Profile("R").Segments.Select(s => (s.Start, s.End, s.Usage, s.Capacity)));
        Assert.Equal(8, r.Profile("R").AvailableWork);
        Assert.Equal(1, r.Profile("R").Utilisation);
    }

    [Fact]
    public void Fractional_durations_use_continuous_time()
    {
        // R capacity 3. B(2.25) needs 2, A(1.5) needs 2, C(0.5) needs 1; no links. T = 2.25; LS: B 0, A 0.75, C 1.75.
        // B at [0, 2.25): residual 1. A: 1 < 2 at 0, next breakpoint 2.25: residual 3: A at [2.25, 3.75).
        // C: residual 1 ≥ 1 on [0, 2.25) ⊇ [0, 0.5): C at 0. T = 3.75, extension 1.5.
        LevelingResult r = ResourceLeveler.Level(
            Net([new("A", 1.5), new("B", 2.25), new("C", 0.5)]),
            [Req("A", 2), Req("B", 2), Req("C", 1)],
            [Cap(3)],
            new LevelingOptions(LevelingMode.ExtendFinish));
        Assert.Equal(2.25, r["A"].Start);
        Assert.Equal(0, r["B"].Start);
        Assert.Equal(0, r["C"].Start);
        Assert.Equal(3.75, r.ProjectDuration);
        Assert.Equal(1.5, r.Extension);
    }

    [Fact]
    public void Start_to_start_lag_becomes_a_minimum_start_distance()
    {
        // A(4) SS+1 → B(2), both need R (capacity 1). EP_B = S_A + 1 = 1. CPM: T = max(4, 1 + 2) = 4; LS_B = 4 − 2 = 2.
        // Extend: A at [0, 4); B: no capacity until 4: B at [4, 6), T = 6.
        // Within float: B's window [1, 2] has no fit: B stays at 1; R carries 2 on [1, 3): excess work 2.
        ActivityNetwork net = Net([new("A", 4), new("B", 2)], new ActivityLink("A", "B", LinkType.StartToStart, 1));
        LevelingResult ext = ResourceLeveler.Level(net, [Req("A"), Req("B")], [Cap(1)], new LevelingOptions(LevelingMode.ExtendFinish));
        Assert.Equal(4, ext["B"].Start);
        Assert.Equal(6, ext.ProjectDuration);
        LevelingResult wf = ResourceLeveler.Level(net, [Req("A"), Req("B")], [Cap(1)]);
        Assert.Equal(1, wf["B"].Start);
        OverAllocationInterval o = Assert.Single(wf.OverAllocations);
        Assert.Equal((1.0, 3.0, 2.0), (o.Start, o.End, o.ExcessWork));
    }

    [Fact]
    public void Finish_to_finish_and_start_to_finish_links_with_leads()
    {
        // A(3) FF+0 → B(1): S_B ≥ S_A + 3 + 0 − 1 = 2. A(3) SF+1 → C(2): S_C ≥ S_A + 1 − 2 = −1, so EP_C = 0.
        // B, C need R (capacity 1); A needs nothing. CPM: ES B 2, C 0; T = 3; LS B = 3 − 1 = 2, LS C = 3 − 2 = 1.
        // Extend, LST: A at 0; C (LS 1) before B (LS 2): C at [0, 2); B: EP 2, residual 1 from 2: B at [2, 3). T = 3.
        // With B at 2 its FF link holds: 2 + 1 = 3 ≥ 0 + 3.
        ActivityNetwork net = Net(
            [new("A", 3), new("B", 1), new("C", 2)],
            new ActivityLink("A", "B", LinkType.FinishToFinish),
            new ActivityLink("A", "C", LinkType.StartToFinish, 1));
        LevelingResult r = ResourceLeveler.Level(net, [Req("B"), Req("C")], [Cap(1)], new LevelingOptions(LevelingMode.ExtendFinish));
        Assert.Equal(0, r["C"].Start);
        Assert.Equal(2, r["B"].Start);
        Assert.Equal(3, r.ProjectDuration);

        // A second SF lead so that C is pushed: D(2) needs R and must start at 0 (LS 0 by an FS link to a 1-day E);
        // D → E FS: T = max(3, 3) = 3, LS_D = 3 − 1 − 2 = 0, so D (LS 0) first at [0, 2); C (LS 1): residual 0 on [0, 2),
        // C at [2, 4); B: EP 2, residual 0 until 4: B at [4, 5). T = 5.
        ActivityNetwork net2 = Net(
            [new("A", 3), new("B", 1), new("C", 2), new("D", 2), new("E", 1)],
            new ActivityLink("A", "B", LinkType.FinishToFinish),
            new ActivityLink("A", "C", LinkType.StartToFinish, 1),
            new ActivityLink("D", "E"));
        LevelingResult r2 = ResourceLeveler.Level(net2, [Req("B"), Req("C"), Req("D")], [Cap(1)], new LevelingOptions(LevelingMode.ExtendFinish));
        Assert.Equal((0.0, 2.0, 4.0, 2.0), (r2["D"].Start, r2["C"].Start, r2["B"].Start, r2["E"].Start));
        Assert.Equal(5, r2.ProjectDuration);
    }

    [Fact]
    public void Start_no_earlier_than_is_respected()
    {
        // A(2) SNET 1 and B(2), both need R (capacity 1). CPM: T = 3; LS A 1, B 1: tie, input order: A at 1 ([1, 3)).
        // B: residual 1 on [0, 1) only (too short), 0 on [1, 3), then 1: B at [3, 5).
        LevelingResult r = ResourceLeveler.Level(Net([new("A", 2, startNoEarlierThan: 1), new("B", 2)]), [Req("A"), Req("B")], [Cap(1)], new LevelingOptions(LevelingMode.ExtendFinish));
        Assert.Equal(1, r["A"].Start);
        Assert.Equal(3, r["B"].Start);
    }

    [Fact]
    public void Milestones_use_no_resource_and_their_requirements_are_noted()
    {
        // M(0) needs 5 of R (capacity 1): ignored with a note, M at EP = 2 after A(2).
        LevelingResult r = ResourceLeveler.Level(Net([new("A", 2), new("M", 0)], new ActivityLink("A", "M")), [Req("A"), Req("M", 5)], [Cap(1)], new LevelingOptions(LevelingMode.ExtendFinish));
        Assert.Equal(2, r["M"].Start);
        Assert.True(r.IsResourceFeasible);
        Assert.Equal(1, r.Profile("R").PeakUsage);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal((DiagnosticKind.Information, "requirements"), (d.Kind, d.Metric));
        Assert.Contains("M", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capacity_that_drops_for_ever_is_reported_not_hidden()
    {
        // R: 2 on [0, 1), then 0 for ever. A(2) needs 1 (≤ the largest capacity 2, so not rejected), but no window of
        // length 2 has capacity: A stays at 0, R is over-allocated on [1, 2) by 1.
        var cap = new ResourceCapacity("R", [new CapacityStep(0, 2), new CapacityStep(1, 0)]);
        LevelingResult r = ResourceLeveler.Level(Net([new("A", 2)]), [Req("A")], [cap], new LevelingOptions(LevelingMode.ExtendFinish));
        Assert.Equal(0, r["A"].Start);
        Assert.False(r["A"].ResourceFeasibleStartFound);
        OverAllocationInterval o = Assert.Single(r.OverAllocations);
        Assert.Equal((1.0, 2.0, 1.0), (o.Start, o.End, o.MaxExcess));
        Assert.Contains(r.Diagnostics, d => d.Metric == "OverAllocations" && d.Kind == DiagnosticKind.Warning);
    }

    /// <summary>Y(1) listed before X(4), both need R (capacity 1). CPM: T = 4; LS X 0, Y 3; LF X 4, Y 4; TF X 0, Y 3.</summary>
    private static readonly ActivityNetwork YX = Net([new("Y", 1), new("X", 4)]);

    [Theory]
    [InlineData(LevelingPriority.LatestStartTime, 4.0, 0.0)]   // X (LS 0) first: X [0, 4), Y [4, 5)
    [InlineData(LevelingPriority.MinimumTotalFloat, 4.0, 0.0)] // X (TF 0) first
    [InlineData(LevelingPriority.LatestFinishTime, 0.0, 1.0)]  // LF tie 4 = 4: input order, Y [0, 1), X [1, 5)
    [InlineData(LevelingPriority.InputOrder, 0.0, 1.0)]        // Y listed first
    [InlineData(LevelingPriority.UserPriority, 4.0, 0.0)]      // no priorities (all 0): ties by LS, X first
    public void Priority_rules_order_the_activities(LevelingPriority rule, double y, double x)
    {
        LevelingResult r = ResourceLeveler.Level(YX, [Req("Y"), Req("X")], [Cap(1)], new LevelingOptions(LevelingMode.ExtendFinish, rule));
        Assert.Equal((y, x), (r["Y"].Start, r["X"].Start));
        Assert.Equal(5, r.ProjectDuration);
    }

    [Fact]
    public void User_priority_larger_first()
    {
        // Y priority 10 > X's default 0: Y [0, 1), X [1, 5).
        var options = new LevelingOptions(LevelingMode.ExtendFinish, LevelingPriority.UserPriority, userPriorities: new Dictionary<string, double> { ["Y"] = 10 });
        LevelingResult r = ResourceLeveler.Level(YX, [Req("Y"), Req("X")], [Cap(1)], options);
        Assert.Equal((0.0, 1.0), (r["Y"].Start, r["X"].Start));
    }

    [Fact]
    public void Two_resources_both_must_fit()
    {
        // R1 capacity 1, R2 capacity 2. A(2) needs R1 1 + R2 1; B(2) needs R2 2; C(1) needs R1 1. No links. T = 2.
        // LS: A 0, B 0, C 1. Order A, B (tie on LS 0: input order), C.
        // A at [0, 2): residual R1 0, R2 1. B: R2 1 < 2 on [0, 2), 2 from 2: B at [2, 4). C: R1 0 on [0, 2), 1 from 2: C at [2, 3).
        LevelingResult r = ResourceLeveler.Level(
            Net([new("A", 2), new("B", 2), new("C", 1)]),
            [new("A", "R1", 1), new("A", "R2", 1), new("B", "R2", 2), new("C", "R1", 1)],
            [new ResourceCapacity("R1", 1), new ResourceCapacity("R2", 2)],
            new LevelingOptions(LevelingMode.ExtendFinish));
        Assert.Equal((0.0, 2.0, 2.0), (r["A"].Start, r["B"].Start, r["C"].Start));
        Assert.Equal(4, r.ProjectDuration);
        Assert.Equal(["R1", "R2"], r.Profiles.Select(p => p.Resource));
    }

    [Fact]
    public void Leveled_dates_follow_the_schedule_dates_conventions()
    {
        // Extend example: A [0, 3), B [3, 5). Mon–Fri from Monday 5 Jan 2026: A starts Mon 5 (day 0), finishes on working
        // day ⌈3⌉ − 1 = 2, Wed 7; B starts on day 3, Thu 8, finishes on day 4, Fri 9; the project finishes Fri 9.
        LevelingResult r = ResourceLeveler.Level(Parallel, [Req("A"), Req("B")], [Cap(1)], new LevelingOptions(LevelingMode.ExtendFinish));
        var cal = new WorkingCalendar(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
        LeveledScheduleDates dates = r.ToScheduleDates(cal, new LocalDate(2026, 1, 5));
        Assert.Equal((new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 7)), (dates["A"].Start, dates["A"].Finish));
        Assert.Equal((new LocalDate(2026, 1, 8), new LocalDate(2026, 1, 9)), (dates["B"].Start, dates["B"].Finish));
        Assert.Equal(new LocalDate(2026, 1, 5), dates["B"].EarlyStart);
        Assert.Equal(new LocalDate(2026, 1, 9), dates.ProjectFinish);
        Assert.Same(r, dates.Leveling);
    }

    [Fact]
    public void Unused_resources_get_an_idle_profile()
    {
        // Q (capacity 2) has no requirement: one piece [0, 3) usage 0, available 6, utilisation 0.
        LevelingResult r = ResourceLeveler.Level(Parallel, [], [Cap(2, "Q")]);
        ProfileSegment s = Assert.Single(r.Profile("Q").Segments);
        Assert.Equal((0.0, 3.0, 0.0, 2.0), (s.Start, s.End, s.Usage, s.Capacity));
        Assert.Equal(0, r.Profile("Q").Utilisation);
        Assert.Throws<KeyNotFoundException>(() => r.Profile("nobody"));
    }

    [Fact]
    public void Zero_capacity_gives_undefined_utilisation()
    {
        LevelingResult r = ResourceLeveler.Level(Parallel, [], [Cap(0)]);
        Assert.Null(r.Profile("R").Utilisation);
    }

    [Fact]
    public void A_duration_below_the_time_resolution_occupies_no_capacity()
    {
        // At 1e6 the spacing of doubles is 2^-33 ≈ 1.16e-10, so 1e6 + 1e-12 == 1e6: A occupies no instant. In input order
        // A is placed first (no segment), then B fits at 1e6. The recount must not see A as still running.
        LevelingResult r = ResourceLeveler.Level(
            Net([new("A", 1e-12, startNoEarlierThan: 1e6), new("B", 2, startNoEarlierThan: 1e6)]),
            [Req("A"), Req("B")],
            [Cap(1)],
            new LevelingOptions(LevelingMode.ExtendFinish, LevelingPriority.InputOrder));
        Assert.Equal(1e6, r["B"].Start);
        Assert.True(r.IsResourceFeasible);
        Assert.Equal(1, r.Profile("R").PeakUsage);
    }
}
