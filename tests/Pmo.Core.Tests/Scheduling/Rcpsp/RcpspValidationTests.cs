using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Core.Tests.Scheduling.Rcpsp;

/// <summary>Layer 3: one test per validation rule (exception type and parameter name).</summary>
public class RcpspValidationTests
{
    private static RcpspJob Job(string id, int d = 1, int r = 0, params string[] succ) => new(id, d, [r], succ);

    [Fact]
    public void Job_id_null() => Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new RcpspJob(null!, 1, [0], [])).ParamName);

    [Fact]
    public void Job_id_blank() => Assert.Equal("id", Assert.Throws<ArgumentException>(() => new RcpspJob(" ", 1, [0], [])).ParamName);

    [Fact]
    public void Job_duration_negative() => Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() => new RcpspJob("a", -1, [0], [])).ParamName);

    [Fact]
    public void Job_request_negative() => Assert.Equal("requests", Assert.Throws<ArgumentOutOfRangeException>(() => new RcpspJob("a", 1, [1, -2], [])).ParamName);

    [Fact]
    public void Job_requests_null() => Assert.Equal("requests", Assert.Throws<ArgumentNullException>(() => new RcpspJob("a", 1, null!, [])).ParamName);

    [Fact]
    public void Job_successors_null() => Assert.Equal("successors", Assert.Throws<ArgumentNullException>(() => new RcpspJob("a", 1, [0], null!)).ParamName);

    [Fact]
    public void Job_successor_element_null() => Assert.Equal("successors", Assert.Throws<ArgumentNullException>(() => new RcpspJob("a", 1, [0], [null!])).ParamName);

    [Fact]
    public void Job_successor_blank() => Assert.Equal("successors", Assert.Throws<ArgumentException>(() => new RcpspJob("a", 1, [0], [""])).ParamName);

    [Fact]
    public void Problem_jobs_null() => Assert.Equal("jobs", Assert.Throws<ArgumentNullException>(() => new RcpspProblem(null!, [1])).ParamName);

    [Fact]
    public void Problem_capacities_null() => Assert.Equal("capacities", Assert.Throws<ArgumentNullException>(() => new RcpspProblem([Job("a")], null!)).ParamName);

    [Fact]
    public void Problem_no_jobs() => Assert.Equal("jobs", Assert.Throws<ArgumentException>(() => new RcpspProblem([], [1])).ParamName);

    [Fact]
    public void Problem_job_element_null() => Assert.Equal("jobs", Assert.Throws<ArgumentNullException>(() => new RcpspProblem([Job("a"), null!], [1])).ParamName);

    [Fact]
    public void Problem_capacity_negative() => Assert.Equal("capacities", Assert.Throws<ArgumentOutOfRangeException>(() => new RcpspProblem([Job("a")], [-1])).ParamName);

    [Fact]
    public void Problem_duplicate_job_id()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new RcpspProblem([Job("a"), Job("a")], [1]));
        Assert.Equal("jobs", e.ParamName);
        Assert.Contains("'a'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_request_count_differs_from_resource_count() =>
        Assert.Equal("jobs", Assert.Throws<ArgumentException>(() => new RcpspProblem([Job("a")], [1, 1])).ParamName);

    [Fact]
    public void Problem_unknown_successor()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new RcpspProblem([Job("a", succ: "zz")], [1]));
        Assert.Equal("jobs", e.ParamName);
        Assert.Contains("'zz'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_self_successor() => Assert.Equal("jobs", Assert.Throws<ArgumentException>(() => new RcpspProblem([Job("a", succ: "a")], [1])).ParamName);

    [Fact]
    public void Problem_repeated_successor() => Assert.Equal("jobs", Assert.Throws<ArgumentException>(() => new RcpspProblem([Job("a", succ: ["b", "b"]), Job("b")], [1])).ParamName);

    [Fact]
    public void Problem_cycle_is_named()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new RcpspProblem([Job("s", succ: "a"), Job("a", succ: "b"), Job("b", succ: "c"), Job("c", succ: ["a", "t"]), Job("t")], [1]));
        Assert.Equal("jobs", e.ParamName);
        Assert.Contains("cycle", e.Message, StringComparison.Ordinal);
        Assert.Contains("'a' -> 'b' -> 'c' -> 'a'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_request_above_capacity_is_infeasible()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new RcpspProblem([Job("a", r: 3)], [2]));
        Assert.Equal("jobs", e.ParamName);
        Assert.Contains("infeasible", e.Message, StringComparison.Ordinal);
        Assert.Contains("'a'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_start_count_differs() =>
        Assert.Equal("starts", Assert.Throws<ArgumentException>(() => new RcpspSchedule(new RcpspProblem([Job("a")], [1]), [0, 0])).ParamName);

    [Fact]
    public void Schedule_start_negative() =>
        Assert.Equal("starts", Assert.Throws<ArgumentOutOfRangeException>(() => new RcpspSchedule(new RcpspProblem([Job("a")], [1]), [-1])).ParamName);

    [Fact]
    public void Schedule_problem_null() => Assert.Equal("problem", Assert.Throws<ArgumentNullException>(() => new RcpspSchedule(null!, [0])).ParamName);

    [Fact]
    public void Decode_list_not_a_permutation() =>
        Assert.Equal("activityList", Assert.Throws<ArgumentException>(() => RcpspHeuristics.Decode(new RcpspProblem([Job("a"), Job("b")], [1]), [0, 0])).ParamName);

    [Fact]
    public void Decode_list_wrong_length() =>
        Assert.Equal("activityList", Assert.Throws<ArgumentException>(() => RcpspHeuristics.Decode(new RcpspProblem([Job("a"), Job("b")], [1]), [0])).ParamName);

    [Fact]
    public void Decode_list_index_out_of_range() =>
        Assert.Equal("activityList", Assert.Throws<ArgumentException>(() => RcpspHeuristics.Decode(new RcpspProblem([Job("a"), Job("b")], [1]), [0, 5])).ParamName);

    [Fact]
    public void Decode_list_breaks_a_precedence() =>
        Assert.Equal("activityList", Assert.Throws<ArgumentException>(() => RcpspHeuristics.Decode(new RcpspProblem([Job("a", succ: "b"), Job("b")], [1]), [1, 0])).ParamName);

    [Fact]
    public void Justify_infeasible_schedule() =>
        Assert.Equal("schedule", Assert.Throws<ArgumentException>(() => RcpspHeuristics.Justify(new RcpspSchedule(new RcpspProblem([Job("a", succ: "b"), Job("b")], [1]), [0, 0]))).ParamName);

    [Fact]
    public void Schedule_rule_undefined() =>
        Assert.Equal("rule", Assert.Throws<ArgumentOutOfRangeException>(() => RcpspHeuristics.Schedule(new RcpspProblem([Job("a")], [1]), (PriorityRule)99)).ParamName);

    [Fact]
    public void Schedule_scheme_undefined() =>
        Assert.Equal("scheme", Assert.Throws<ArgumentOutOfRangeException>(() => RcpspHeuristics.Schedule(new RcpspProblem([Job("a")], [1]), PriorityRule.LatestFinishTime, (ScheduleGenerationScheme)9)).ParamName);

    [Fact]
    public void Options_budget_below_one() => Assert.Equal("schedules", Assert.Throws<ArgumentOutOfRangeException>(() => new RcpspSamplingOptions(0, 1)).ParamName);

    [Fact]
    public void Options_rule_undefined() => Assert.Equal("rule", Assert.Throws<ArgumentOutOfRangeException>(() => new RcpspSamplingOptions(1, 1, (PriorityRule)99)).ParamName);

    [Fact]
    public void Options_scheme_undefined() => Assert.Equal("scheme", Assert.Throws<ArgumentOutOfRangeException>(() => new RcpspSamplingOptions(1, 1, scheme: (ScheduleGenerationScheme)9)).ParamName);

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Options_alpha_negative_or_not_finite(double alpha) => Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => new RcpspSamplingOptions(1, 1, alpha: alpha)).ParamName);

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    public void Options_epsilon_not_positive(double epsilon) => Assert.Equal("epsilon", Assert.Throws<ArgumentOutOfRangeException>(() => new RcpspSamplingOptions(1, 1, epsilon: epsilon)).ParamName);

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Options_intensifyAfter_outside_0_1(double share) => Assert.Equal("intensifyAfter", Assert.Throws<ArgumentOutOfRangeException>(() => new RcpspSamplingOptions(1, 1, intensifyAfter: share)).ParamName);

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void Options_intensifyAlpha_negative_or_not_finite(double alpha) => Assert.Equal("intensifyAlpha", Assert.Throws<ArgumentOutOfRangeException>(() => new RcpspSamplingOptions(1, 1, intensifyAlpha: alpha)).ParamName);

    [Fact]
    public void Options_bidirectional_needs_the_serial_scheme() =>
        Assert.Equal("bidirectional", Assert.Throws<ArgumentException>(() => new RcpspSamplingOptions(1, 1, scheme: ScheduleGenerationScheme.Parallel, bidirectional: true)).ParamName);

    [Fact]
    public void Options_recommended_budget_below_one() => Assert.Equal("schedules", Assert.Throws<ArgumentOutOfRangeException>(() => RcpspSamplingOptions.Recommended(0, 1)).ParamName);

    [Fact]
    public void Sample_arguments_null()
    {
        Assert.Equal("problem", Assert.Throws<ArgumentNullException>(() => RcpspHeuristics.Sample(null!, new RcpspSamplingOptions(1, 1))).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => RcpspHeuristics.Sample(new RcpspProblem([Job("a")], [1]), null!)).ParamName);
    }
}
