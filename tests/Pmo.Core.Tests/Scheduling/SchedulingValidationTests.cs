using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Scheduling;

/// <summary>Layer 3: one test per validation rule, asserting the exception type and <see cref="ArgumentException.ParamName"/>.</summary>
public class SchedulingValidationTests
{
    private static readonly Activity[] Ab = [new("A", 1), new("B", 2)];

    private static T Throws<T>(string param, Action action)
        where T : ArgumentException
    {
        T e = Assert.Throws<T>(action);
        Assert.Equal(param, e.ParamName);
        return e;
    }

    [Fact] public void Activity_id_null() => Throws<ArgumentNullException>("id", () => _ = new Activity(null!, 1));

    [Fact] public void Activity_id_blank() => Throws<ArgumentException>("id", () => _ = new Activity("  ", 1));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Activity_duration_not_finite_non_negative(double d) => Throws<ArgumentOutOfRangeException>("duration", () => _ = new Activity("A", d));

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void Activity_start_no_earlier_than_not_finite_non_negative(double v) => Throws<ArgumentOutOfRangeException>("startNoEarlierThan", () => _ = new Activity("A", 1, startNoEarlierThan: v));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Activity_fixed_cost_not_finite_non_negative(double v) => Throws<ArgumentOutOfRangeException>("fixedCost", () => _ = new Activity("A", 1, fixedCost: v));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NegativeInfinity)]
    public void Activity_cost_rate_not_finite_non_negative(double v) => Throws<ArgumentOutOfRangeException>("costRate", () => _ = new Activity("A", 1, costRate: v));

    [Fact] public void Link_predecessor_null() => Throws<ArgumentNullException>("predecessor", () => _ = new ActivityLink(null!, "B"));

    [Fact] public void Link_predecessor_blank() => Throws<ArgumentException>("predecessor", () => _ = new ActivityLink("", "B"));

    [Fact] public void Link_successor_null() => Throws<ArgumentNullException>("successor", () => _ = new ActivityLink("A", null!));

    [Fact] public void Link_successor_blank() => Throws<ArgumentException>("successor", () => _ = new ActivityLink("A", " "));

    [Fact] public void Link_type_undefined() => Throws<ArgumentOutOfRangeException>("type", () => _ = new ActivityLink("A", "B", (LinkType)7));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Link_lag_not_finite(double lag) => Throws<ArgumentOutOfRangeException>("lag", () => _ = new ActivityLink("A", "B", LinkType.FinishToStart, lag));

    [Fact] public void Network_activities_null() => Throws<ArgumentNullException>("activities", () => ActivityNetwork.Create(null!, []));

    [Fact] public void Network_links_null() => Throws<ArgumentNullException>("links", () => ActivityNetwork.Create(Ab, null!));

    [Fact] public void Network_activities_empty() => Throws<ArgumentException>("activities", () => ActivityNetwork.Create([], []));

    [Fact]
    public void Network_activity_element_null()
    {
        ArgumentNullException e = Throws<ArgumentNullException>("activities", () => ActivityNetwork.Create([new Activity("A", 1), null!], []));
        Assert.Contains("activities[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_duplicate_id()
    {
        ArgumentException e = Throws<ArgumentException>("activities", () => ActivityNetwork.Create([new Activity("A", 1), new Activity("B", 1), new Activity("A", 2)], []));
        Assert.Contains("activities[2]", e.Message, StringComparison.Ordinal);
        Assert.Contains("'A'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_link_element_null() => Assert.Contains("links[0]", Throws<ArgumentNullException>("links", () => ActivityNetwork.Create(Ab, [null!])).Message, StringComparison.Ordinal);

    [Fact]
    public void Network_unknown_predecessor() => Assert.Contains("'X'", Throws<ArgumentException>("links", () => ActivityNetwork.Create(Ab, [new ActivityLink("X", "B")])).Message, StringComparison.Ordinal);

    [Fact]
    public void Network_unknown_successor() => Assert.Contains("'Y'", Throws<ArgumentException>("links", () => ActivityNetwork.Create(Ab, [new ActivityLink("A", "B"), new ActivityLink("A", "Y")])).Message, StringComparison.Ordinal);

    [Fact]
    public void Network_self_link() => Assert.Contains("links[0]", Throws<ArgumentException>("links", () => ActivityNetwork.Create(Ab, [new ActivityLink("A", "A")])).Message, StringComparison.Ordinal);

    [Fact]
    public void Network_duplicate_link() =>
        Assert.Contains("links[1]", Throws<ArgumentException>("links", () => ActivityNetwork.Create(Ab, [new ActivityLink("A", "B", LinkType.StartToStart, 1), new ActivityLink("A", "B", LinkType.StartToStart, 2)])).Message, StringComparison.Ordinal);

    [Fact]
    public void Network_links_of_different_types_between_one_pair_are_allowed() =>
        Assert.Equal(2, ActivityNetwork.Create(Ab, [new ActivityLink("A", "B", LinkType.StartToStart, 1), new ActivityLink("A", "B", LinkType.FinishToFinish, 1)]).Links.Length);

    [Fact]
    public void Network_cycle_is_named()
    {
        Activity[] acts = [new("S", 1), new("A", 1), new("B", 1), new("C", 1), new("Z", 1)];
        ActivityLink[] links = [new("S", "A"), new("A", "B"), new("B", "C"), new("C", "A", LinkType.StartToStart), new("C", "Z")];
        ArgumentException e = Throws<ArgumentException>("links", () => ActivityNetwork.Create(acts, links));
        Assert.Contains("A → B → C → A", e.Message, StringComparison.Ordinal);
    }

    [Fact] public void Analyze_network_null() => Throws<ArgumentNullException>("network", () => CriticalPath.Analyze(null!));

    [Theory]
    [InlineData(-1e-9)]
    [InlineData(double.NaN)]
    public void Analyze_float_tolerance_not_finite_non_negative(double tol) =>
        Throws<ArgumentOutOfRangeException>("floatTolerance", () => CriticalPath.Analyze(ActivityNetwork.Create(Ab, []), tol));

    [Fact]
    public void Unknown_id_lookup_throws_key_not_found()
    {
        CpmResult r = CriticalPath.Analyze(ActivityNetwork.Create(Ab, []));
        Assert.Throws<KeyNotFoundException>(() => r["Q"]);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => r[null!]).ParamName);
    }
}
