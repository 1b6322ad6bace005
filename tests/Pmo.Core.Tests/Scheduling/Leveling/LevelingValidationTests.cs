using Pmo.Core.Scheduling;
using Pmo.Core.Scheduling.Leveling;

namespace Pmo.Core.Tests.Scheduling.Leveling;

/// <summary>Layer 3: one test per validation rule, asserting the exception type and <see cref="ArgumentException.ParamName"/>.</summary>
public class LevelingValidationTests
{
    private static readonly ActivityNetwork Net = ActivityNetwork.Create([new Activity("A", 2), new Activity("B", 1), new Activity("M", 0)], []);
    private static readonly ResourceCapacity[] Caps = [new("R", 2)];

    private static T Throws<T>(string param, Action action)
        where T : ArgumentException
    {
        T e = Assert.Throws<T>(action);
        Assert.Equal(param, e.ParamName);
        return e;
    }

    [Fact] public void Requirement_activity_null() => Throws<ArgumentNullException>("activityId", () => _ = new ResourceRequirement(null!, "R", 1));

    [Fact] public void Requirement_activity_blank() => Throws<ArgumentException>("activityId", () => _ = new ResourceRequirement(" ", "R", 1));

    [Fact] public void Requirement_resource_null() => Throws<ArgumentNullException>("resource", () => _ = new ResourceRequirement("A", null!, 1));

    [Fact] public void Requirement_resource_blank() => Throws<ArgumentException>("resource", () => _ = new ResourceRequirement("A", "", 1));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Requirement_units_not_finite_positive(double u) => Throws<ArgumentOutOfRangeException>("units", () => _ = new ResourceRequirement("A", "R", u));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Step_from_not_finite_non_negative(double v) => Throws<ArgumentOutOfRangeException>("from", () => _ = new CapacityStep(v, 1));

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Step_capacity_not_finite_non_negative(double v) => Throws<ArgumentOutOfRangeException>("capacity", () => _ = new CapacityStep(0, v));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Constant_capacity_not_finite_non_negative(double v) => Throws<ArgumentOutOfRangeException>("capacity", () => _ = new ResourceCapacity("R", v));

    [Fact] public void Capacity_resource_null() => Throws<ArgumentNullException>("resource", () => _ = new ResourceCapacity(null!, 1));

    [Fact] public void Capacity_resource_blank() => Throws<ArgumentException>("resource", () => _ = new ResourceCapacity("  ", [new CapacityStep(0, 1)]));

    [Fact] public void Capacity_steps_null() => Throws<ArgumentNullException>("steps", () => _ = new ResourceCapacity("R", (IEnumerable<CapacityStep>)null!));

    [Fact] public void Capacity_steps_empty() => Throws<ArgumentException>("steps", () => _ = new ResourceCapacity("R", Array.Empty<CapacityStep>()));

    [Fact] public void Capacity_step_null() => Throws<ArgumentNullException>("steps", () => _ = new ResourceCapacity("R", [new CapacityStep(0, 1), null!]));

    [Fact] public void Capacity_steps_not_from_zero() => Throws<ArgumentException>("steps", () => _ = new ResourceCapacity("R", [new CapacityStep(1, 1)]));

    [Theory]
    [InlineData(2.0)]
    [InlineData(1.0)]
    public void Capacity_steps_not_strictly_increasing(double second) =>
        Throws<ArgumentException>("steps", () => _ = new ResourceCapacity("R", [new CapacityStep(0, 1), new CapacityStep(2, 3), new CapacityStep(second, 0)]));

    [Fact] public void Capacity_at_negative_time() => Throws<ArgumentOutOfRangeException>("time", () => new ResourceCapacity("R", 1).CapacityAt(-1));

    [Fact] public void Options_mode_undefined() => Throws<ArgumentOutOfRangeException>("mode", () => _ = new LevelingOptions((LevelingMode)9));

    [Fact] public void Options_priority_undefined() => Throws<ArgumentOutOfRangeException>("priority", () => _ = new LevelingOptions(priority: (LevelingPriority)(-1)));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Options_deadline_not_finite_non_negative(double v) => Throws<ArgumentOutOfRangeException>("deadline", () => _ = new LevelingOptions(deadline: v));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Options_user_priority_not_finite(double v) =>
        Throws<ArgumentOutOfRangeException>("userPriorities", () => _ = new LevelingOptions(userPriorities: new Dictionary<string, double> { ["A"] = v }));

    [Fact]
    public void Options_user_priority_null_key() =>
        Throws<ArgumentNullException>("userPriorities", () => _ = new LevelingOptions(userPriorities: new NullKeyDictionary()));

    [Fact] public void Level_network_null() => Throws<ArgumentNullException>("network", () => ResourceLeveler.Level(null!, [], Caps));

    [Fact] public void Level_requirements_null() => Throws<ArgumentNullException>("requirements", () => ResourceLeveler.Level(Net, null!, Caps));

    [Fact] public void Level_capacities_null() => Throws<ArgumentNullException>("capacities", () => ResourceLeveler.Level(Net, [], null!));

    [Fact] public void Level_requirement_element_null() => Throws<ArgumentNullException>("requirements", () => ResourceLeveler.Level(Net, [null!], Caps));

    [Fact] public void Level_capacity_element_null() => Throws<ArgumentNullException>("capacities", () => ResourceLeveler.Level(Net, [], [null!]));

    [Fact]
    public void Level_unknown_activity()
    {
        ArgumentException e = Throws<ArgumentException>("requirements", () => ResourceLeveler.Level(Net, [new ResourceRequirement("Z", "R", 1)], Caps));
        Assert.Contains("'Z'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_unknown_resource()
    {
        ArgumentException e = Throws<ArgumentException>("requirements", () => ResourceLeveler.Level(Net, [new ResourceRequirement("A", "Q", 1)], Caps));
        Assert.Contains("'Q'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_duplicate_requirement() =>
        Throws<ArgumentException>("requirements", () => ResourceLeveler.Level(Net, [new ResourceRequirement("A", "R", 1), new ResourceRequirement("A", "R", 0.5)], Caps));

    [Fact]
    public void Level_duplicate_capacity() =>
        Throws<ArgumentException>("capacities", () => ResourceLeveler.Level(Net, [], [new ResourceCapacity("R", 1), new ResourceCapacity("R", 2)]));

    [Theory]
    [InlineData(LevelingMode.ExtendFinish)]
    [InlineData(LevelingMode.WithinFloatThenExtend)]
    public void Level_requirement_above_every_capacity_when_extending(LevelingMode mode)
    {
        var cap = new ResourceCapacity("R", [new CapacityStep(0, 1), new CapacityStep(5, 2), new CapacityStep(9, 0)]);
        ArgumentException e = Throws<ArgumentException>("requirements", () => ResourceLeveler.Level(Net, [new ResourceRequirement("A", "R", 2.5)], [cap], new LevelingOptions(mode)));
        Assert.Contains("more than it ever has (2)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_requirement_above_every_capacity_is_reported_within_float()
    {
        // Not an error within float: A stays at its early start and the excess 2.5 − 2 = 0.5 is reported on [0, 2).
        LevelingResult r = ResourceLeveler.Level(Net, [new ResourceRequirement("A", "R", 2.5)], Caps);
        OverAllocationInterval o = Assert.Single(r.OverAllocations);
        Assert.Equal((0.0, 2.0, 0.5), (o.Start, o.End, o.MaxExcess));
    }

    [Fact]
    public void Level_user_priority_for_unknown_activity() =>
        Throws<ArgumentException>("options", () => ResourceLeveler.Level(Net, [], Caps, new LevelingOptions(priority: LevelingPriority.UserPriority, userPriorities: new Dictionary<string, double> { ["Z"] = 1 })));

    [Fact]
    public void Result_indexers_check_ids()
    {
        LevelingResult r = ResourceLeveler.Level(Net, [], Caps);
        Throws<ArgumentNullException>("id", () => _ = r[null!]);
        Assert.Throws<KeyNotFoundException>(() => r["Z"]);
        Throws<ArgumentNullException>("resource", () => r.Profile(null!));
        Throws<ArgumentNullException>("calendar", () => r.ToScheduleDates(null!, new NodaTime.LocalDate(2026, 1, 5)));

        // Saturday 10 January 2026 is not a working day: the calendar's own rule applies.
        var cal = new WorkingCalendar(new NodaTime.LocalDate(2026, 1, 1), new NodaTime.LocalDate(2026, 12, 31));
        Throws<ArgumentException>("projectStart", () => r.ToScheduleDates(cal, new NodaTime.LocalDate(2026, 1, 10)));
    }
}
