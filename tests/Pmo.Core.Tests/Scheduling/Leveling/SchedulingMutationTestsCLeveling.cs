using NodaTime;
using Pmo.Core.Scheduling;
using Pmo.Core.Scheduling.Leveling;

namespace Pmo.Core.Tests.Scheduling.Leveling;

/// <summary>
/// Documented behaviour of the small leveling types that the earlier tests did not pin down (issue 9 §6, Stryker
/// survivors list C): typed rejections with the rule in the message, the delay, milestones on the calendar, the
/// capacity tolerance at its boundary. Hand-worked values only (times are multiples of 1/4, exact in binary).
/// </summary>
public class SchedulingMutationTestsCLeveling
{
    [Fact]
    public void Delay_is_the_leveled_start_minus_the_early_start()
    {
        // A(1) → B(2); C(4) alone; B and C each need 1 of R (capacity 1). CPM: ES_B = 1, T = max(3, 4) = 4, LS_C = 0,
        // LS_A = 1, LS_B = 2. Extend-finish, latest-start order: C placed first on [0, 4); A needs nothing (start 0);
        // B's earliest precedence start is 1 but R is full until 4, so B starts at 4: delay 4 − 1 = 3, finish 6.
        ActivityNetwork net = ActivityNetwork.Create([new("A", 1), new("B", 2), new("C", 4)], [new("A", "B")]);
        LevelingResult r = ResourceLeveler.Level(
            net,
            [new ResourceRequirement("B", "R", 1), new ResourceRequirement("C", "R", 1)],
            [new ResourceCapacity("R", 1)],
            new LevelingOptions(LevelingMode.ExtendFinish));
        Assert.Equal(4, r["B"].Start);
        Assert.Equal(1, r["B"].EarlyStart);
        Assert.Equal(3, r["B"].Delay);
        Assert.Equal(0, r["C"].Delay);
        Assert.Equal(6, r.ProjectDuration);
    }

    [Fact]
    public void A_requirement_exactly_at_capacity_plus_the_tolerance_fits()
    {
        // Documented: a capacity comparison allows 1e-9 × max(1, largest capacity) = 1e-9 for capacity 1. A requirement
        // of 1 + 1e-9 units is therefore allowed (the comparison is "more than capacity + tolerance" is a conflict).
        ActivityNetwork net = ActivityNetwork.Create([new("A", 2)], []);
        LevelingResult r = ResourceLeveler.Level(net, [new ResourceRequirement("A", "R", 1 + 1e-9)], [new ResourceCapacity("R", 1)]);
        Assert.True(r["A"].ResourceFeasibleStartFound);
        Assert.Equal(0, r["A"].Start);
    }

    [Fact]
    public void A_milestone_is_dated_on_the_day_its_time_is_reached()
    {
        // A(2) → M(0). Calendar Monday–Friday from Monday 1 January 2024. M is at working time 2; a milestone is dated
        // with FinishDate: working day max(⌈2⌉ − 1, 0) = 1 → Tuesday 2 January (start, finish and early start alike).
        ActivityNetwork net = ActivityNetwork.Create([new("A", 2), new("M", 0)], [new("A", "M")]);
        LevelingResult r = ResourceLeveler.Level(net, [], []);
        var cal = new WorkingCalendar(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
        LeveledScheduleDates dates = r.ToScheduleDates(cal, new LocalDate(2024, 1, 1));
        var tuesday = new LocalDate(2024, 1, 2);
        Assert.Equal(tuesday, dates["M"].Start);
        Assert.Equal(tuesday, dates["M"].Finish);
        Assert.Equal(tuesday, dates["M"].EarlyStart);
        Assert.Equal(new LocalDate(2024, 1, 1), dates["A"].Start);
    }

    [Fact]
    public void Options_rejections_state_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new LevelingOptions((LevelingMode)99), "mode", "mode must be a defined LevelingMode (got 99)");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new LevelingOptions(priority: (LevelingPriority)99), "priority", "priority must be a defined LevelingPriority (got 99)");
        Reject.Rule<ArgumentNullException>(() => _ = new LevelingOptions(userPriorities: new NullKeyDictionary()), "userPriorities", "userPriorities has a null activity id");
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = new LevelingOptions(userPriorities: new Dictionary<string, double> { ["A"] = double.NaN }),
            "userPriorities",
            "userPriorities['A'] must be a finite number");
    }

    [Fact]
    public void Profile_of_an_unknown_resource_names_it()
    {
        LevelingResult r = ResourceLeveler.Level(ActivityNetwork.Create([new("A", 1)], []), [], [new ResourceCapacity("R", 1)]);
        KeyNotFoundException e = Assert.Throws<KeyNotFoundException>(() => r.Profile("Q"));
        Assert.Contains("'Q'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Capacity_steps_rejections_state_the_rule()
    {
        Reject.Rule<ArgumentException>(() => _ = new ResourceCapacity("R", Array.Empty<CapacityStep>()), "steps", "steps must contain at least one step");
        Reject.Rule<ArgumentNullException>(() => _ = new ResourceCapacity("R", [new CapacityStep(0, 1), null!]), "steps", "steps[1] is null");
        Reject.Rule<ArgumentException>(() => _ = new ResourceCapacity("R", [new CapacityStep(1, 1)]), "steps", "steps[0] must start at time 0 (got 1)");
        Reject.Rule<ArgumentException>(
            () => _ = new ResourceCapacity("R", [new CapacityStep(0, 1), new CapacityStep(2, 1), new CapacityStep(2, 3)]),
            "steps",
            "steps[2].From = 2 must be greater than steps[1].From = 2");
    }

    [Fact]
    public void Capacity_is_constant_only_with_one_step()
    {
        Assert.True(new ResourceCapacity("R", 2).IsConstant);
        Assert.False(new ResourceCapacity("R", [new CapacityStep(0, 1), new CapacityStep(3, 2)]).IsConstant);
    }

    [Fact]
    public void Leveling_types_text_names_their_parts()
    {
        string step = new CapacityStep(1.5, 2.25).ToString();
        Assert.Contains("1.5", step, StringComparison.Ordinal);
        Assert.Contains("2.25", step, StringComparison.Ordinal);

        string cap = new ResourceCapacity("Crane", [new CapacityStep(0, 1), new CapacityStep(3, 2)]).ToString();
        Assert.Contains("Crane", cap, StringComparison.Ordinal);
        Assert.Contains("3", cap, StringComparison.Ordinal);
        Assert.DoesNotContain("1from", cap, StringComparison.Ordinal); // the steps are not run together

        string req = new ResourceRequirement("Dig", "Crane", 0.5).ToString();
        Assert.Contains("Dig", req, StringComparison.Ordinal);
        Assert.Contains("Crane", req, StringComparison.Ordinal);
        Assert.Contains("0.5", req, StringComparison.Ordinal);

        // Two parallel activities on capacity 1 within float: one over-allocation interval naming both.
        ActivityNetwork net = ActivityNetwork.Create([new("A1", 3), new("B1", 2)], []);
        LevelingResult r = ResourceLeveler.Level(net, [new ResourceRequirement("A1", "Crane", 1), new ResourceRequirement("B1", "Crane", 1)], [new ResourceCapacity("Crane", 1)]);
        string over = Assert.Single(r.OverAllocations).ToString();
        Assert.Contains("Crane", over, StringComparison.Ordinal);
        Assert.Contains("A1", over, StringComparison.Ordinal);
        Assert.Contains("B1", over, StringComparison.Ordinal);
        Assert.DoesNotContain("A1B1", over, StringComparison.Ordinal); // the ids are not run together into one that looks like an id
    }
}
