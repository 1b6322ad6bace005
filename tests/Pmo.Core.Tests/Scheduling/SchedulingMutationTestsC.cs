using NodaTime;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Scheduling;

/// <summary>
/// Documented behaviour of PERT, CPM, critical-path enumeration, the activity network and the working calendar that the
/// earlier tests did not pin down (issue 9 §6, Stryker survivors list C): typed rejections with the rule in the message,
/// boundaries, overflow guards and small hand-worked values (the arithmetic is in the comments; no expected value was
/// produced by running the code).
/// </summary>
public class SchedulingMutationTestsC
{
    /// <summary>Monday 1 January 2024.</summary>
    private static readonly LocalDate Monday = new(2024, 1, 1);

    private static Dictionary<string, ThreePointEstimate> Estimates(params (string Id, double A, double M, double B)[] rows) =>
        rows.ToDictionary(r => r.Id, r => new ThreePointEstimate(r.A, r.M, r.B));

    /// <summary>Chain A → B → C with PERT estimates (1, 2, 3) each: mean (1 + 8 + 3)/6 = 2, variance (2/6)² = 1/9.</summary>
    private static PertResult Chain()
    {
        ActivityNetwork net = ActivityNetwork.Create([new("A", 0), new("B", 0), new("C", 0)], [new("A", "B"), new("B", "C")]);
        return Pert.Analyze(net, Estimates(("A", 1, 2, 3), ("B", 1, 2, 3), ("C", 1, 2, 3)));
    }

    // ---------------------------------------------------------------- ThreePointEstimate

    [Fact]
    public void Estimate_rejects_an_infinite_most_likely_as_most_likely()
    {
        // m = +∞ must be rejected as "mostLikely is not finite", not as "pessimistic < mostLikely".
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ThreePointEstimate(1, double.PositiveInfinity, 3), "mostLikely");
    }

    [Fact]
    public void Estimate_order_rules_state_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ThreePointEstimate(2, 1, 3), "mostLikely", "mostLikely (1) must not be less than optimistic (2)");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ThreePointEstimate(1, 3, 2), "pessimistic", "pessimistic (2) must not be less than mostLikely (3)");
    }

    [Fact]
    public void Estimate_rejects_a_mean_that_overflows_as_most_likely()
    {
        // a = 0, m = b = 4e307: 4m = 1.6e308 and 1.6e308 + 4e307 = 2e308 > double.MaxValue (≈ 1.798e308): the mean overflows.
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ThreePointEstimate(0, 4e307, 4e307), "mostLikely", "PERT mean", "overflows the double range");
    }

    [Fact]
    public void Estimate_near_the_top_of_the_double_range_is_accepted_when_its_mean_is_finite()
    {
        // a = m = b = 2e307: a + 4m + b = 6 × 2e307 = 1.2e308 (finite), mean 2e307, variance 0.
        var e = new ThreePointEstimate(2e307, 2e307, 2e307);
        Assert.Equal(2e307, e.Mean, 2e307 * 1e-12);
        Assert.Equal(0, e.Variance);
    }

    [Fact]
    public void Estimate_rejects_a_variance_that_overflows_as_pessimistic()
    {
        // b − a = 1e160: σ = 1e160/6 ≈ 1.67e159 and σ² ≈ 2.8e318 > double.MaxValue; the mean 1e160/6 is finite.
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ThreePointEstimate(0, 0, 1e160), "pessimistic", "PERT variance", "overflows the double range");
    }

    [Fact]
    public void Estimate_with_a_variance_just_below_the_double_maximum_is_accepted()
    {
        // (0, 0, 6e154): σ = 6e154/6 = 1e154, σ² = 1e308 < double.MaxValue ≈ 1.798e308. Mean 1e154.
        var e = new ThreePointEstimate(0, 0, 6e154);
        Assert.Equal(1e308, e.Variance, 1e308 * 1e-12);
        Assert.Equal(1e154, e.Mean, 1e154 * 1e-12);

        // (6e154, 6e154, 1.2e155): b − a = 6e154, σ = 1e154, σ² = 1e308 (a + b would be 1.8e155, its square over 36 is 9e308).
        var f = new ThreePointEstimate(6e154, 6e154, 1.2e155);
        Assert.Equal(1e308, f.Variance, 1e308 * 1e-12);
        Assert.Equal(1e154, f.StandardDeviation, 1e154 * 1e-12);
    }

    // ---------------------------------------------------------------- PertResult.Path

    [Fact]
    public void Path_rejections_state_the_rule()
    {
        PertResult r = Chain();
        Reject.Rule<ArgumentException>(() => r.Path([]), "activityIds", "activityIds must name at least one activity");
        Reject.Rule<ArgumentNullException>(() => r.Path(["A", null!]), "activityIds", "activityIds[1] is null");
        Reject.Rule<ArgumentException>(() => r.Path(["A", "Z"]), "activityIds", "activityIds[1] names an unknown activity 'Z'");
        Reject.Rule<ArgumentException>(() => r.Path(["Z"]), "activityIds", "unknown activity 'Z'");
    }

    [Fact]
    public void Path_from_the_first_activity_must_follow_a_link()
    {
        // A is activity 0 and has no link to C (only A → B → C): rejected, naming both positions.
        PertResult r = Chain();
        Reject.Rule<ArgumentException>(() => r.Path(["A", "C"]), "activityIds", "activityIds[0] 'A' has no link to activityIds[1] 'C'");

        // The linked path sums means 2 + 2 = 4 and variances 1/9 + 1/9 = 2/9.
        PertPath p = r.Path(["A", "B"]);
        Assert.Equal(4, p.Mean, 12);
        Assert.Equal(2.0 / 9, p.Variance, 12);
    }

    [Fact]
    public void Path_whose_summed_variance_overflows_is_rejected()
    {
        // A → B, each (0, 0, 6e154): mean 1e154, variance 1e308; their path's variance 2e308 overflows while its mean
        // 2e154 does not. C (1e155 fixed) is the only critical path (mean 1e155 > 2e154), so Analyze itself succeeds.
        ActivityNetwork net = ActivityNetwork.Create([new("A", 0), new("B", 0), new("C", 0)], [new("A", "B")]);
        PertResult r = Pert.Analyze(net, Estimates(("A", 0, 0, 6e154), ("B", 0, 0, 6e154), ("C", 1e155, 1e155, 1e155)));
        Assert.Equal(["C"], r.CriticalPath.ActivityIds.ToArray());
        Reject.Rule<ArgumentOutOfRangeException>(() => r.Path(["A", "B"]), "activityIds", "overflows the double range");
    }

    // ---------------------------------------------------------------- Pert.Analyze

    [Fact]
    public void Analyze_rejections_state_the_rule()
    {
        ActivityNetwork net = ActivityNetwork.Create([new("A", 0), new("B", 0)], [new("A", "B")]);
        Dictionary<string, ThreePointEstimate> est = Estimates(("A", 1, 2, 3), ("B", 1, 2, 3));
        Reject.Rule<ArgumentOutOfRangeException>(() => Pert.Analyze(net, est, maxPaths: 0), "maxPaths", "maxPaths must be at least 1 (got 0)");
        Reject.Rule<ArgumentException>(() => Pert.Analyze(net, Estimates(("A", 1, 2, 3))), "estimates", "estimates has no estimate for activity 'B'");
        var withNull = new Dictionary<string, ThreePointEstimate> { ["A"] = null!, ["B"] = new(1, 2, 3) };
        Reject.Rule<ArgumentNullException>(() => Pert.Analyze(net, withNull), "estimates", "estimates['A'] is null");

        // Z is the extra key; the known ids come first in the dictionary, so the message must look for the unknown one.
        Dictionary<string, ThreePointEstimate> extra = Estimates(("A", 1, 2, 3), ("B", 1, 2, 3), ("Z", 1, 2, 3));
        Reject.Rule<ArgumentException>(() => Pert.Analyze(net, extra), "estimates", "names an activity 'Z' that is not in the network");
    }

    [Fact]
    public void Analyze_names_the_rounding_problem_when_no_path_is_critical()
    {
        // Same construction as PertTests.Rounding_at_1e15_...: at 1e15 the float of the chain rounds to 0.025 > 1e-9.
        ActivityNetwork net = ActivityNetwork.Create([new("A", 0), new("B", 0)], [new("A", "B")]);
        Dictionary<string, ThreePointEstimate> est = Estimates(("A", 0.1, 0.1, 0.1), ("B", 1e15, 1e15, 1e15));
        Reject.Rule<ArgumentOutOfRangeException>(() => Pert.Analyze(net, est), "floatTolerance", "No complete critical path has total float within floatTolerance");
    }

    [Fact]
    public void Analyze_rejects_a_critical_path_whose_variance_overflows_even_when_another_does_not()
    {
        // Critical paths A → B (means 1e154 + 1e154 = 2e154, variance 1e308 + 1e308 = overflow) and C (mean 2e154,
        // variance 0). The means agree up to rounding (~1e138), far inside the tolerance 1e145, so both are critical.
        ActivityNetwork net = ActivityNetwork.Create([new("A", 0), new("B", 0), new("C", 0)], [new("A", "B")]);
        Dictionary<string, ThreePointEstimate> est = Estimates(("A", 0, 0, 6e154), ("B", 0, 0, 6e154), ("C", 2e154, 2e154, 2e154));
        Reject.Rule<ArgumentOutOfRangeException>(() => Pert.Analyze(net, est, floatTolerance: 1e145), "estimates", "summed variance of a critical path overflows");
    }

    [Fact]
    public void Analyze_uses_the_critical_path_with_the_largest_variance_even_when_found_later()
    {
        // A (1, 2, 3): mean (1 + 8 + 3)/6 = 2, variance (2/6)² = 1/9. B (0, 2, 4): mean (0 + 8 + 4)/6 = 2, variance
        // (4/6)² = 4/9. Both are critical (Te = 2); the documented choice is the larger variance, B's, although A is found first.
        ActivityNetwork net = ActivityNetwork.Create([new("A", 0), new("B", 0)], []);
        PertResult r = Pert.Analyze(net, Estimates(("A", 1, 2, 3), ("B", 0, 2, 4)));
        Assert.Equal(2, r.CriticalPaths.Length);
        Assert.Equal(["B"], r.CriticalPath.ActivityIds.ToArray());
        Assert.Equal(4.0 / 9, r.Variance, 12);
        Assert.Equal(2.0 / 3, r.StandardDeviation, 12);
    }

    // ---------------------------------------------------------------- CPM overflow guards

    [Fact]
    public void Cpm_rejects_dates_that_overflow()
    {
        // A(1e308) → B(1e308): T = 2e308 overflows.
        ActivityNetwork net = ActivityNetwork.Create([new("A", 1e308), new("B", 1e308)], [new("A", "B")]);
        Reject.Rule<ArgumentOutOfRangeException>(() => CriticalPath.Analyze(net), "network", "overflow the double range", "activity '");
    }

    [Fact]
    public void Cpm_rejects_a_total_cost_that_overflows()
    {
        // Two fixed costs of 1e308 sum to 2e308 > double.MaxValue; every date is small.
        ActivityNetwork net = ActivityNetwork.Create([new("A", 1, fixedCost: 1e308), new("B", 1, fixedCost: 1e308)], []);
        Reject.Rule<ArgumentOutOfRangeException>(() => CriticalPath.Analyze(net), "network", "total cost", "overflow the double range");
    }

    // ---------------------------------------------------------------- Critical path enumeration

    [Fact]
    public void A_non_critical_activity_does_not_drive_a_critical_one()
    {
        // Tolerance 1. A(9) alone; B(3.5) → C(4.25, start no earlier than 4).
        // Forward: EF_A = 9; EF_B = 3.5; ES_C = max(4, 3.5) = 4, EF_C = 8.25; T = 9.
        // Backward: LS_C = 9 − 4.25 = 4.75, TF_C = 0.75 ≤ 1 (critical); LF_B = 4.75, LS_B = 1.25, TF_B = 1.25 > 1 (not
        // critical); TF_A = 0. The link B → C is not driving (B is not critical), so C starts its own path (driven by its
        // start-no-earlier-than): the critical paths are [A] and [C].
        ActivityNetwork net = ActivityNetwork.Create(
            [new("A", 9), new("B", 3.5), new("C", 4.25, startNoEarlierThan: 4)],
            [new("B", "C")]);
        CpmResult cpm = CriticalPath.Analyze(net, floatTolerance: 1);
        Assert.False(cpm["B"].IsCritical);
        Assert.True(cpm["C"].IsCritical);
        CriticalPathSet set = CriticalPath.EnumerateCriticalPaths(cpm);
        Assert.Equal(["A", "C"], set.Paths.Select(p => string.Join("-", p)).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Enumeration_rejects_a_non_positive_cap_with_the_rule()
    {
        CpmResult cpm = CriticalPath.Analyze(ActivityNetwork.Create([new("A", 1)], []));
        Reject.Rule<ArgumentOutOfRangeException>(() => CriticalPath.EnumerateCriticalPaths(cpm, 0), "maxPaths", "maxPaths must be at least 1 (got 0)");
    }

    // ---------------------------------------------------------------- Network, activity, link

    [Fact]
    public void Network_rejections_state_the_rule()
    {
        Reject.Rule<ArgumentException>(() => ActivityNetwork.Create([], []), "activities", "activities must contain at least one activity");
        ActivityNetwork net = ActivityNetwork.Create([new("A", 1)], []);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => net.IndexOf(null!)).ParamName);
        KeyNotFoundException e = Assert.Throws<KeyNotFoundException>(() => net.IndexOf("Z"));
        Assert.Contains("'Z'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_rejects_an_undefined_type_with_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ActivityLink("A", "B", (LinkType)99), "type", "type must be a defined LinkType (got 99)");
    }

    [Fact]
    public void Activity_and_link_text_name_their_parts()
    {
        Assert.Equal("A", new Activity("A", 1).ToString());
        string named = new Activity("A", 1, "Design").ToString();
        Assert.Contains("A", named, StringComparison.Ordinal);
        Assert.Contains("Design", named, StringComparison.Ordinal);
        string link = new ActivityLink("P", "S", LinkType.StartToStart, 2.5).ToString();
        Assert.Contains("P", link, StringComparison.Ordinal);
        Assert.Contains("S", link, StringComparison.Ordinal);
        Assert.Contains("StartToStart", link, StringComparison.Ordinal);
        Assert.Contains("2.5", link, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- Working calendar

    [Fact]
    public void Calendar_of_a_single_day_is_valid()
    {
        // validTo = validFrom is "on or after": a one-day calendar of Monday 1 January 2024, one working day.
        var cal = new WorkingCalendar(Monday, Monday);
        Assert.Equal(1, cal.WorkingDayCount);
        Assert.Equal(Monday, cal.StartDate(Monday, 0));
    }

    [Fact]
    public void Calendar_of_exactly_the_maximum_range_is_valid_and_one_more_day_is_not()
    {
        // From Monday 1 January 2024, PlusDays(365_999) is day number 366,000 counting the first: exactly MaxRangeDays.
        var cal = new WorkingCalendar(Monday, Monday.PlusDays(WorkingCalendar.MaxRangeDays - 1), workingDays: [IsoDayOfWeek.Monday]);
        Assert.Equal(Monday.PlusDays(WorkingCalendar.MaxRangeDays - 1), cal.ValidTo);
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = new WorkingCalendar(Monday, Monday.PlusDays(WorkingCalendar.MaxRangeDays)),
            "validTo",
            "spans 366001 days; at most 366000 are allowed");
    }

    [Fact]
    public void Calendar_construction_rejections_state_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new WorkingCalendar(Monday, Monday.PlusDays(-1)), "validTo", "validTo (2023-12-31) must not be before validFrom (2024-01-01)");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new WorkingCalendar(Monday, Monday.PlusDays(6), [IsoDayOfWeek.None]), "workingDays", "workingDays must hold days Monday..Sunday");
        Reject.Rule<ArgumentException>(() => _ = new WorkingCalendar(Monday, Monday.PlusDays(6), []), "workingDays", "workingDays must contain at least one working day of the week");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new WorkingCalendar(Monday, Monday.PlusDays(6), holidays: [Monday.PlusDays(7)]), "holidays", "holidays (2024-01-08) is outside the calendar's validity range 2024-01-01..2024-01-07");
    }

    [Fact]
    public void Calendar_lists_its_extra_working_days()
    {
        // Saturday 6 January 2024 worked as an extra day.
        var cal = new WorkingCalendar(Monday, Monday.PlusDays(13), extraWorkingDays: [new LocalDate(2024, 1, 6)]);
        Assert.Equal([new LocalDate(2024, 1, 6)], cal.ExtraWorkingDays.ToArray());
        Assert.True(cal.IsWorkingDay(new LocalDate(2024, 1, 6)));
    }

    [Fact]
    public void Calendar_mapping_rejections_state_the_rule()
    {
        // Monday 1 to Sunday 7 January 2024, Monday–Friday: five working days.
        var cal = new WorkingCalendar(Monday, Monday.PlusDays(6));
        Reject.Rule<ArgumentException>(() => cal.FinishDates(Monday, new double[] { 1, 2 }, new LocalDate[1]), "destination", "destination has 1 elements; 2 are needed");
        Reject.Rule<ArgumentOutOfRangeException>(() => cal.WorkingTime(Monday.PlusDays(1), Monday), "date", "date (2024-01-01) must not be before projectStart (2024-01-02)");
        Reject.Rule<ArgumentOutOfRangeException>(() => cal.NextWorkingDay(new LocalDate(2024, 1, 6)), "date", "No working day on or after 2024-01-06");

        // From Monday five working days remain: a start at 5 is beyond them, a finish at 5 is the Friday, at 5.5 beyond.
        Reject.Rule<ArgumentOutOfRangeException>(() => cal.StartDate(Monday, 5), "time", "time (5) starts beyond the calendar's range: only 5 working days");
        Assert.Equal(new LocalDate(2024, 1, 5), cal.FinishDate(Monday, 5));
        Reject.Rule<ArgumentOutOfRangeException>(() => cal.FinishDate(Monday, 5.5), "time", "time (5.5) finishes beyond the calendar's range: only 5 working days");
    }
}
