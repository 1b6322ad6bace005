using Pmo.Core.Common;
using Pmo.Core.Scheduling;
using Pmo.Core.Scheduling.Leveling;

namespace Pmo.Core.Tests.Scheduling.Leveling;

/// <summary>
/// <see cref="ResourceLeveler.Level"/>: the documented validation messages, the capacity allowance at its boundary, the
/// extension-pass choice (earlier finish wins, ties go to the within-float order) on hand-worked networks, the
/// diagnostics' wording, and the overflow guards. Every number is worked by hand in the comments.
/// </summary>
public class SchedulingMutationTestsBLeveler
{
    private static ActivityNetwork Net(Activity[] acts, params ActivityLink[] links) => ActivityNetwork.Create(acts, links);

    private static ResourceRequirement Req(string id, double units = 1, string resource = "R") => new(id, resource, units);

    private static ResourceCapacity Cap(double c, string resource = "R") => new(resource, c);

    private static readonly ActivityNetwork Two = Net([new("A", 2), new("B", 1)]);

    [Fact]
    public void Null_capacity_element() =>
        Reject.Rule<ArgumentNullException>(() => ResourceLeveler.Level(Two, [Req("A")], [Cap(1), null!]), "capacities", "capacities[1] is null");

    [Fact]
    public void Repeated_capacity() =>
        Reject.Rule<ArgumentException>(() => ResourceLeveler.Level(Two, [Req("A")], [Cap(1), Cap(2)]), "capacities", "capacities[1] repeats the resource 'R' of capacities[0]");

    [Fact]
    public void Null_requirement_element() =>
        Reject.Rule<ArgumentNullException>(() => ResourceLeveler.Level(Two, [Req("A"), null!], [Cap(1)]), "requirements", "requirements[1] is null");

    [Fact]
    public void Repeated_requirement() =>
        Reject.Rule<ArgumentException>(
            () => ResourceLeveler.Level(Two, [Req("A"), Req("B"), Req("A", 2)], [Cap(3)]),
            "requirements",
            "requirements[2] repeats the requirement of activity 'A' for resource 'R' (requirements[0])");

    [Fact]
    public void Unknown_user_priority_activity() =>
        Reject.Rule<ArgumentException>(
            () => ResourceLeveler.Level(Two, [Req("A")], [Cap(1)], new LevelingOptions(priority: LevelingPriority.UserPriority, userPriorities: new Dictionary<string, double> { ["X"] = 1 })),
            "options",
            "options.UserPriorities names an unknown activity 'X'");

    [Fact]
    public void Work_overflow_is_rejected_on_requirements()
    {
        // Work on R = 1e308 units × 10 days = 1e309 > double.MaxValue ≈ 1.8e308: not finite.
        ActivityNetwork net = Net([new("A", 10)]);
        Reject.Rule<ArgumentOutOfRangeException>(() => ResourceLeveler.Level(net, [Req("A", 1e308)], [Cap(1e308)]), "requirements", "requirements[0]: the work on resource 'R'", "overflows the double range");
    }

    [Fact]
    public void Available_work_overflow_is_rejected_on_network()
    {
        // Work 1 × 10 = 10 is finite; the profile's available work 1e308 × 10 = 1e309 is not.
        ActivityNetwork net = Net([new("A", 10)]);
        Reject.Rule<ArgumentOutOfRangeException>(() => ResourceLeveler.Level(net, [Req("A")], [Cap(1e308)]), "network", "the leveled schedule's profile of 'R' overflows the double range");
    }

    [Fact]
    public void Project_duration_overflow_is_rejected_on_network()
    {
        // A and B (1e308 days each, 0.5 of R with capacity 0.5; allowance 1e-9) cannot overlap: extending puts B at 1e308
        // and the finish at 1e308 + 1e308 = inf. CPM (in parallel) finishes at 1e308; the work 0.5 × 1e308 × 2 = 1e308 is finite.
        ActivityNetwork net = Net([new("A", 1e308), new("B", 1e308)]);
        Reject.Rule<ArgumentOutOfRangeException>(
            () => ResourceLeveler.Level(net, [Req("A", 0.5), Req("B", 0.5)], [Cap(0.5)], new LevelingOptions(LevelingMode.ExtendFinish)),
            "network",
            "the leveled schedule's project duration overflows the double range");
    }

    [Fact]
    public void A_requirement_exactly_at_capacity_plus_the_allowance_is_feasible_when_extending()
    {
        // Documented allowance: 1e-9 × max(1, largest capacity) = 1e-9 × 1000 = 1e-6. Units 1000 + 1e-6 are within it:
        // not rejected as "more than it ever has", placed at 0, and not reported as an over-allocation.
        double units = 1000 + (1e-9 * Math.Max(1, 1000.0));
        LevelingResult r = ResourceLeveler.Level(Net([new("A", 2)]), [Req("A", units)], [Cap(1000)], new LevelingOptions(LevelingMode.ExtendFinish));
        Assert.Equal(0, r["A"].Start);
        Assert.True(r.IsResourceFeasible);
        Assert.True(r["A"].ResourceFeasibleStartFound);
        Assert.DoesNotContain(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
    }

    [Fact]
    public void A_requirement_just_above_the_allowance_is_infeasible_when_extending()
    {
        // 1000 + 2e-6 > 1000 + 1e-6.
        Reject.Rule<ArgumentException>(
            () => ResourceLeveler.Level(Net([new("A", 2)]), [Req("A", 1000 + 2e-6)], [Cap(1000)], new LevelingOptions(LevelingMode.ExtendFinish)),
            "requirements",
            "more than it ever has (1000)");
    }

    [Fact]
    public void A_deadline_equal_to_the_cpm_duration_is_met_without_a_warning()
    {
        // CPM: A(2) and B(1) in parallel, T = 2. Deadline 2 = T: no "before the CPM duration" warning, no shift.
        LevelingResult r = ResourceLeveler.Level(Two, [Req("A"), Req("B")], [Cap(2)], new LevelingOptions(deadline: 2));
        Assert.Empty(r.Diagnostics);
        Assert.Equal(2, r.ProjectDuration);
        Assert.Equal(1, r["B"].LateStartLimit); // LS_B = 2 − 1 = 1, unshifted
    }

    [Fact]
    public void Deadline_warning_states_the_finish_the_deadline_and_the_gap()
    {
        // A(2), B(1) both need the single unit of R: extending puts B after A, finish 2 + 1 = 3 (A first: LS_A = 0 < LS_B = 1).
        // Deadline 2.5 (≥ T = 2): missed by 3 − 2.5 = 0.5.
        LevelingResult r = ResourceLeveler.Level(Two, [Req("A"), Req("B")], [Cap(1)], new LevelingOptions(LevelingMode.ExtendFinish, deadline: 2.5));
        Assert.Equal(3, r.ProjectDuration);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(new Diagnostic(DiagnosticKind.Warning, "Deadline", "The leveled finish 3 is after the deadline 2.5 by 0.5."), d);
    }

    /// <summary>
    /// R capacity 1. End is a milestone; the lags into it set the late starts with T = 10 (Z: 10 days, no resource):
    /// LS = 10 − lag − d: A(1, lag 9) 0; E(3, SNET 2, lag 5) 2; C(2, lag 3) 5; D(1, lag 3) 6; F(2, lag <paramref name="lagF"/>) 8 − lagF.
    /// </summary>
    private static LevelingResult Gap(double lagF) =>
        ResourceLeveler.Level(
            Net(
                [new("A", 1), new("E", 3, startNoEarlierThan: 2), new("C", 2), new("D", 1), new("F", 2), new("Z", 10), new("End", 0)],
                new ActivityLink("Z", "End"),
                new ActivityLink("A", "End", lag: 9),
                new ActivityLink("E", "End", lag: 5),
                new ActivityLink("C", "End", lag: 3),
                new ActivityLink("D", "End", lag: 3),
                new ActivityLink("F", "End", lag: lagF)),
            [Req("A"), Req("E"), Req("C"), Req("D"), Req("F")],
            [Cap(1)],
            new LevelingOptions(LevelingMode.WithinFloatThenExtend));

    [Fact]
    public void Extension_takes_the_priority_pass_when_it_finishes_earlier()
    {
        // lagF = 2, LS_F = 6. Within float (LST order A, Z, E, C, D, F): A [0,1); E at its SNET [2,5); C window [0,5]:
        // [1,2) is too short, so 5 → [5,7); D window [0,6] → [1,2); F window [0,6]: R is busy on [0,7), 7 > 6 → no fit
        // (1 unresolved activity).
        // Priority pass: A 0, E 2, C 5, D 1, F 7 → End = max(Z 10, A 0+1+9, E 2+3+5, C 5+2+3, D 1+1+3, F 7+2+2) = 11.
        // Within-float-start pass (starts A 0, Z 0, F 0, D 1, E 2, C 5; ties by LS): A [0,1), F [1,3), D [3,4), E [4,7),
        // C [7,9) → End = max(10, 10, E 4+3+5 = 12, C 7+2+3 = 12, D 7, F 5) = 12. 11 < 12: the priority pass is used.
        LevelingResult r = Gap(2);
        Assert.True(r.ExtensionPassUsed);
        Assert.Equal(11, r.ProjectDuration);
        Assert.Equal([0.0, 2, 5, 1, 7, 0, 11], r.Activities.Select(a => a.Start));
        Assert.True(r.IsResourceFeasible);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(
            new Diagnostic(
                DiagnosticKind.Information,
                "ExtensionPass",
                "Leveling within float left 1 activity without a resource-feasible start; extending passes finish at 11 (LatestStartTime order) and 12 (within-float start order); the LatestStartTime order pass is used."),
            d);
    }

    [Fact]
    public void Extension_ties_go_to_the_within_float_order()
    {
        // lagF = 3, LS_F = 5 (after C by input order). Within float: A [0,1), E [2,5), C [5,7) as above; F window [0,5]:
        // [1,2) too short, then busy to 7 > 5 → no fit, stays at 0 on [0,2); D window [0,6]: busy on [0,7) → no fit,
        // stays at 0 (2 unresolved activities).
        // Priority pass: A 0, E 2, C 5, F 7 (gap [1,2) too short), D 1 → End = max(10, 10, 10, 10, F 7+2+3 = 12, D 5) = 12.
        // Within-float-start pass (A 0/LS 0, Z, F 0/5, D 0/6, E 2, C 5): A [0,1), F [1,3), D [3,4), E [4,7), C [7,9)
        // → End = max(10, 10, E 12, C 12, D 7, F 6) = 12. Tie: the second (within-float order) pass is used.
        LevelingResult r = Gap(3);
        Assert.Equal(12, r.ProjectDuration);
        Assert.Equal([0.0, 4, 7, 3, 1, 0, 12], r.Activities.Select(a => a.Start));
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(
            "Leveling within float left 2 activities without a resource-feasible start; extending passes finish at 12 (LatestStartTime order) and 12 (within-float start order); the within-float start order pass is used.",
            d.Message);
    }

    [Fact]
    public void Three_parallel_activities_on_one_unit_extend_to_six()
    {
        // A, B, C (2 days each, 1 of R, capacity 1), T = 2, all LS 0. Within float: A [0,2); B, C no fit (2 unresolved).
        // Both extending passes (LST order and within-float order, all ties → input order): A 0, B 2, C 4 → finish 6.
        LevelingResult r = ResourceLeveler.Level(
            Net([new("A", 2), new("B", 2), new("C", 2)]),
            [Req("A"), Req("B"), Req("C")],
            [Cap(1)],
            new LevelingOptions(LevelingMode.WithinFloatThenExtend));
        Assert.Equal([0.0, 2, 4], r.Activities.Select(a => a.Start));
        Assert.Equal(
            "Leveling within float left 2 activities without a resource-feasible start; extending passes finish at 6 (LatestStartTime order) and 6 (within-float start order); the within-float start order pass is used.",
            Assert.Single(r.Diagnostics).Message);
    }

    [Fact]
    public void Within_float_warning_counts_two_over_allocations()
    {
        // A(2), B(2) in parallel, each needing 1 of R and 1 of S (capacity 1 each), T = 2: B has no fit in [0, 0] and
        // stays at 0, so R and S are each over-allocated on [0, 2): 2 intervals.
        LevelingResult r = ResourceLeveler.Level(
            Net([new("A", 2), new("B", 2)]),
            [Req("A"), Req("A", 1, "S"), Req("B"), Req("B", 1, "S")],
            [Cap(1), Cap(1, "S")]);
        Assert.Equal(2, r.OverAllocations.Length);
        Assert.Equal(
            new Diagnostic(DiagnosticKind.Warning, "OverAllocations", "2 over-allocations remain: no start within their float fits their requirements, so these activities stay at their precedence-feasible early start: B."),
            Assert.Single(r.Diagnostics));
    }

    [Fact]
    public void Extending_warning_when_a_capacity_drops_for_ever()
    {
        // R: 2 units on [0, 5), 0 from 5 on. A (10 days, 1 unit) fits no window [t, t + 10): it stays at 0 and R is
        // over-allocated on [5, 10) only: 1 interval.
        var cap = new ResourceCapacity("R", [new CapacityStep(0, 2), new CapacityStep(5, 0)]);
        LevelingResult r = ResourceLeveler.Level(Net([new("A", 10)]), [Req("A")], [cap], new LevelingOptions(LevelingMode.ExtendFinish));
        OverAllocationInterval o = Assert.Single(r.OverAllocations);
        Assert.Equal((5.0, 10.0), (o.Start, o.End));
        Assert.Equal(
            "1 over-allocation remain: no start at all fits their requirements (a capacity drops for ever below a requirement after every possible window), so these activities stay at their precedence-feasible early start: A.",
            Assert.Single(r.Diagnostics).Message);
    }

    [Fact]
    public void Over_allocation_lists_only_the_activities_running_in_it()
    {
        // A(1) → B(1), A → C(1); 1 of R each, capacity 1. T = 2. A [0,1); B [1,2); C window [1,1] no fit, stays at 1.
        // R: usage 1 on [0,1) (A alone, no excess), 2 on [1,2) (B, C): the over-allocation names B and C, not A.
        LevelingResult r = ResourceLeveler.Level(
            Net([new("A", 1), new("B", 1), new("C", 1)], new ActivityLink("A", "B"), new ActivityLink("A", "C")),
            [Req("A"), Req("B"), Req("C")],
            [Cap(1)]);
        OverAllocationInterval o = Assert.Single(r.OverAllocations);
        Assert.Equal((1.0, 2.0), (o.Start, o.End));
        Assert.Equal(new[] { "B", "C" }, o.ActivityIds.ToArray());
    }

    [Fact]
    public void A_segment_where_one_activity_runs_carries_exactly_its_units()
    {
        // A and B (1 day, 0.1 and 0.2 of R) run on [0,1), then C (1 day, 0.3; after A and B) on [1,2). Finishes are taken
        // before starts at the same instant, and a resource with nothing running uses exactly 0, so [1,2) carries C's
        // 0.3 exactly (not 0.1 + 0.2 − 0.1 − 0.2 + 0.3, which rounds to 0.30000000000000004 or 0.3000000000000001 in
        // binary floating point). C's requirement is listed first so that the input order cannot hide the rule.
        LevelingResult r = ResourceLeveler.Level(
            Net([new("A", 1), new("B", 1), new("C", 1)], new ActivityLink("A", "C"), new ActivityLink("B", "C")),
            [Req("C", 0.3), Req("A", 0.1), Req("B", 0.2)],
            [Cap(1)]);
        ResourceProfile p = r.Profile("R");
        Assert.Equal(2, p.Segments.Length);
        Assert.Equal((1.0, 2.0, 0.3), (p.Segments[1].Start, p.Segments[1].End, p.Segments[1].Usage));
        Assert.Equal(0.1 + 0.2, p.Segments[0].Usage);
    }

    [Fact]
    public void Milestone_requirements_are_listed_up_to_ten()
    {
        // Ten milestones with requirements: all ten named.
        Activity[] acts = [.. Enumerable.Range(1, 10).Select(i => new Activity($"M{i:00}", 0))];
        LevelingResult r = ResourceLeveler.Level(Net(acts), acts.Select(a => Req(a.Id)), [Cap(1)]);
        Assert.Equal(
            new Diagnostic(DiagnosticKind.Information, "requirements", "Requirements of milestones ignored (a milestone has duration 0 and uses no resource): M01, M02, M03, M04, M05, M06, M07, M08, M09, M10."),
            Assert.Single(r.Diagnostics));
    }

    [Fact]
    public void Milestone_requirements_beyond_ten_are_counted()
    {
        Activity[] acts = [.. Enumerable.Range(1, 12).Select(i => new Activity($"M{i:00}", 0))];
        LevelingResult r = ResourceLeveler.Level(Net(acts), acts.Select(a => Req(a.Id)), [Cap(1)]);
        Assert.Equal(
            "Requirements of milestones ignored (a milestone has duration 0 and uses no resource): M01, M02, M03, M04, M05, M06, M07, M08, M09, M10 and 2 more.",
            Assert.Single(r.Diagnostics).Message);
    }
}
