using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Core.Tests.Scheduling.Rcpsp;

/// <summary>
/// Documented rejection rules of <see cref="RcpspHeuristics"/> and <see cref="RcpspSamplingOptions"/>: exception type,
/// ParamName and a message naming the parameter and its rule (issue 9 §6: surviving mutants), plus the documented
/// settings of <see cref="RcpspSamplingOptions.Recommended"/> and the boundaries of the option rules.
/// </summary>
public class SchedulingMutationTestsA1
{
    /// <summary>Tiny instance of RcpspExamplesTests: A (p=2, r=1) → C (p=1, r=1); B (p=3, r=2); capacity 2.</summary>
    private static RcpspProblem Tiny() => new(
        [new RcpspJob("A", 2, [1], ["C"]), new RcpspJob("B", 3, [2], []), new RcpspJob("C", 1, [1], [])], [2]);

    // ---- RcpspHeuristics.Schedule ----

    [Fact]
    public void Schedule_null_problem() =>
        Assert.Equal("problem", Assert.Throws<ArgumentNullException>(() => RcpspHeuristics.Schedule(null!, PriorityRule.LatestFinishTime)).ParamName);

    [Fact]
    public void Schedule_undefined_rule_names_the_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => RcpspHeuristics.Schedule(Tiny(), (PriorityRule)99), "rule", "rule is not a defined PriorityRule", "99");

    [Fact]
    public void Schedule_undefined_scheme_names_the_scheme() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => RcpspHeuristics.Schedule(Tiny(), PriorityRule.LatestFinishTime, (ScheduleGenerationScheme)7), "scheme", "scheme is not a defined ScheduleGenerationScheme", "7");

    [Fact]
    public void Schedule_WCS_with_serial_states_the_rule() =>
        Reject.Rule<ArgumentException>(() => RcpspHeuristics.Schedule(Tiny(), PriorityRule.WorstCaseSlack), "rule", "WorstCaseSlack is a dynamic rule of the parallel", "Serial");

    [Fact]
    public void Schedule_dynamic_slack_with_parallel_states_the_rule() =>
        Reject.Rule<ArgumentException>(() => RcpspHeuristics.Schedule(Tiny(), PriorityRule.DynamicSlack, ScheduleGenerationScheme.Parallel), "rule", "DynamicSlack is a dynamic rule of the serial", "Parallel");

    // ---- RcpspHeuristics.Decode ----

    [Fact]
    public void Decode_null_problem() =>
        Assert.Equal("problem", Assert.Throws<ArgumentNullException>(() => RcpspHeuristics.Decode(null!, [0])).ParamName);

    [Fact]
    public void Decode_null_list() =>
        Assert.Equal("activityList", Assert.Throws<ArgumentNullException>(() => RcpspHeuristics.Decode(Tiny(), null!)).ParamName);

    [Fact]
    public void Decode_wrong_length_states_both_counts() =>
        Reject.Rule<ArgumentException>(() => RcpspHeuristics.Decode(Tiny(), [0, 1]), "activityList", "activityList has 2 entries but the problem has 3 jobs");

    /// <summary>3 is exactly one past the last job index (boundary of the [0, n) rule).</summary>
    [Fact]
    public void Decode_index_equal_to_job_count_is_rejected() =>
        Reject.Rule<ArgumentException>(() => RcpspHeuristics.Decode(Tiny(), [0, 1, 3]), "activityList", "activityList[2] = 3 is not a job index in [0, 3)");

    /// <summary>Regression: a negative index used to escape as an OverflowException from a checked (uint) cast.</summary>
    [Fact]
    public void Decode_negative_index_is_rejected() =>
        Reject.Rule<ArgumentException>(() => RcpspHeuristics.Decode(Tiny(), [-1, 0, 1]), "activityList", "activityList[0] = -1 is not a job index");

    [Fact]
    public void Decode_duplicate_names_the_job() =>
        Reject.Rule<ArgumentException>(() => RcpspHeuristics.Decode(Tiny(), [1, 0, 1]), "activityList", "lists job 'B' twice");

    [Fact]
    public void Decode_successor_first_names_both_jobs() =>
        Reject.Rule<ArgumentException>(() => RcpspHeuristics.Decode(Tiny(), [2, 0, 1]), "activityList", "puts job 'C' before its predecessor 'A'");

    // ---- RcpspHeuristics.Justify ----

    [Fact]
    public void Justify_null_schedule() =>
        Assert.Equal("schedule", Assert.Throws<ArgumentNullException>(() => RcpspHeuristics.Justify(null!)).ParamName);

    /// <summary>A and B both at 0 use 1 + 2 = 3 &gt; 2 units: the first violation is quoted after the rule.</summary>
    [Fact]
    public void Justify_infeasible_schedule_is_rejected_with_the_reason() =>
        Reject.Rule<ArgumentException>(() => RcpspHeuristics.Justify(new RcpspSchedule(Tiny(), [0, 0, 2])), "schedule", "schedule is not feasible: ", "period 0");

    // ---- RcpspSamplingOptions ----

    [Fact]
    public void Options_schedules_below_one() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RcpspSamplingOptions(0, 1), "schedules", "schedules must be at least 1", "0");

    [Fact]
    public void Options_undefined_rule() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RcpspSamplingOptions(1, 1, (PriorityRule)42), "rule", "rule is not a defined PriorityRule", "42");

    [Fact]
    public void Options_undefined_scheme() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RcpspSamplingOptions(1, 1, scheme: (ScheduleGenerationScheme)5), "scheme", "scheme is not a defined ScheduleGenerationScheme", "5");

    [Fact]
    public void Options_negative_alpha() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RcpspSamplingOptions(1, 1, alpha: -0.5), "alpha", "alpha must be a finite number, zero or more", "-0.5");

    /// <summary>α = 0 is documented as allowed (uniform random among eligible jobs): the boundary of α ≥ 0.</summary>
    [Fact]
    public void Options_alpha_zero_is_allowed_and_samples_feasibly()
    {
        var o = new RcpspSamplingOptions(10, 1, alpha: 0);
        Assert.Equal(0, o.Alpha);
        RcpspSamplingResult r = RcpspHeuristics.Sample(Tiny(), o);
        Assert.True(r.Best.IsFeasible);
        Assert.Equal(6, r.Makespan); // every schedule of Tiny has makespan 6 (B cannot overlap A or C; A → C takes 3).
    }

    [Fact]
    public void Options_epsilon_zero() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RcpspSamplingOptions(1, 1, epsilon: 0), "epsilon", "epsilon must be a finite number greater than zero", "0");

    [Fact]
    public void Options_intensify_after_above_one() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RcpspSamplingOptions(1, 1, intensifyAfter: 1.5), "intensifyAfter", "intensifyAfter must be a share of the budget in [0, 1]", "1.5");

    [Fact]
    public void Options_negative_intensify_alpha() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RcpspSamplingOptions(1, 1, intensifyAlpha: -2), "intensifyAlpha", "intensifyAlpha must be a finite number, zero or more", "-2");

    /// <summary>An intensification exponent of exactly 0 is allowed (rule α ≥ 0).</summary>
    [Fact]
    public void Options_intensify_alpha_zero_is_allowed()
    {
        var o = new RcpspSamplingOptions(10, 1, intensifyAfter: 0.5, intensifyAlpha: 0);
        Assert.Equal(0.0, o.IntensifyAlpha);
        Assert.True(RcpspHeuristics.Sample(Tiny(), o).Best.IsFeasible);
    }

    [Fact]
    public void Options_WCS_with_serial() =>
        Reject.Rule<ArgumentException>(() => _ = new RcpspSamplingOptions(1, 1, PriorityRule.WorstCaseSlack), "rule", "WorstCaseSlack is a dynamic rule of the parallel", "Serial");

    [Fact]
    public void Options_dynamic_slack_with_parallel() =>
        Reject.Rule<ArgumentException>(() => _ = new RcpspSamplingOptions(1, 1, PriorityRule.DynamicSlack, ScheduleGenerationScheme.Parallel), "rule", "DynamicSlack is a dynamic rule of the serial", "Parallel");

    [Fact]
    public void Options_bidirectional_with_parallel() =>
        Reject.Rule<ArgumentException>(() => _ = new RcpspSamplingOptions(1, 1, scheme: ScheduleGenerationScheme.Parallel, bidirectional: true), "bidirectional", "bidirectional sampling draws backward schedules with the serial scheme", "Parallel");

    /// <summary>The documented tuned method: serial, LFT, α = ε = 1, selective double justification, bidirectional, intensify after 10 % with automatic α.</summary>
    [Fact]
    public void Recommended_has_the_documented_settings()
    {
        RcpspSamplingOptions o = RcpspSamplingOptions.Recommended(500, 7);
        Assert.Equal(500, o.Schedules);
        Assert.Equal(7UL, o.Seed);
        Assert.Equal(PriorityRule.LatestFinishTime, o.Rule);
        Assert.Equal(ScheduleGenerationScheme.Serial, o.Scheme);
        Assert.True(o.Justify);
        Assert.True(o.SelectiveJustification);
        Assert.True(o.Bidirectional);
        Assert.Equal(1.0, o.Alpha);
        Assert.Equal(1.0, o.Epsilon);
        Assert.Equal(0.1, o.IntensifyAfter);
        Assert.Null(o.IntensifyAlpha);
    }

    /// <summary>
    /// Documented: max(1.5, 1.5 · (n / 32)^1.5). n = 128: (128 / 32)^1.5 = 4^1.5 = 8, 1.5 · 8 = 12. n = 8: 1.5 · (1/4)^1.5 =
    /// 1.5 / 8 = 0.1875 &lt; 1.5, so 1.5. n = 32: exactly 1.5.
    /// </summary>
    [Fact]
    public void Automatic_intensify_alpha_formula()
    {
        Assert.Equal(12.0, RcpspSampler.AutomaticIntensifyAlpha(128), 12);
        Assert.Equal(1.5, RcpspSampler.AutomaticIntensifyAlpha(8), 12);
        Assert.Equal(1.5, RcpspSampler.AutomaticIntensifyAlpha(32), 12);
    }
}
