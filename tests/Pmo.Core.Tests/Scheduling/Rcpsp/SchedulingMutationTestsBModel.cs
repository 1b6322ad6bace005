using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Core.Tests.Scheduling.Rcpsp;

/// <summary>
/// The documented validation rules of <see cref="RcpspJob"/>, <see cref="RcpspProblem"/> and <see cref="RcpspSchedule"/>
/// (type, ParamName and a message naming the parameter and the rule), the horizon bound at its boundary, and the
/// violation messages of <see cref="RcpspSchedule.Validate"/> on hand-worked schedules.
/// </summary>
public class SchedulingMutationTestsBModel
{
    private static RcpspJob J(string id, int d, int[] req, params string[] succ) => new(id, d, req, succ);

    [Fact]
    public void Job_blank_id() =>
        Reject.Rule<ArgumentException>(() => _ = J(" ", 1, [0]), "id", "id must not be blank", "(got ' ')");

    [Fact]
    public void Job_negative_duration() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = J("A", -2, [0]), "duration", "duration of job 'A' must be zero or positive (got -2)");

    [Fact]
    public void Job_negative_request() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = J("A", 1, [0, -3]), "requests", "requests[1] of job 'A' must be zero or positive (got -3)");

    [Fact]
    public void Job_null_successor() =>
        Reject.Rule<ArgumentNullException>(() => _ = new RcpspJob("A", 1, [0], ["B", null!]), "successors", "successors[1] of job 'A' is null");

    [Fact]
    public void Job_blank_successor() =>
        Reject.Rule<ArgumentException>(() => _ = J("A", 1, [0], "B", "  "), "successors", "successors[1] of job 'A' is blank");

    [Fact]
    public void Problem_without_jobs() =>
        Reject.Rule<ArgumentException>(() => _ = new RcpspProblem([], [1]), "jobs", "jobs must contain at least one job");

    [Fact]
    public void Problem_negative_capacity() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new RcpspProblem([J("A", 1, [0, 0])], [1, -1]), "capacities", "capacities[1] must be zero or positive (got -1)");

    [Fact]
    public void Problem_null_job() =>
        Reject.Rule<ArgumentNullException>(() => _ = new RcpspProblem([J("A", 1, [0]), null!], [1]), "jobs", "jobs[1] is null");

    [Fact]
    public void Problem_request_count_differs_from_resource_count() =>
        Reject.Rule<ArgumentException>(() => _ = new RcpspProblem([J("A", 1, [0, 0])], [1]), "jobs", "Job 'A' has 2 requests but there are 1 resources (capacities)");

    [Fact]
    public void Problem_self_successor() =>
        Reject.Rule<ArgumentException>(() => _ = new RcpspProblem([J("A", 1, [0], "A")], [1]), "jobs", "Job 'A' names itself as a successor");

    [Fact]
    public void Problem_repeated_successor() =>
        Reject.Rule<ArgumentException>(() => _ = new RcpspProblem([J("A", 1, [0], "B", "B"), J("B", 1, [0])], [1]), "jobs", "Job 'A' lists the successor 'B' twice");

    // Horizon bound: the sum of durations must not exceed int.MaxValue / (2 × max(1, K)) (documented on the constructor).
    // K = 4: 2147483647 / 8 = 268435455 (integer division; 8 × 268435455 = 2147483640).
    [Fact]
    public void Duration_sum_exactly_at_the_bound_is_accepted()
    {
        // 134217727 + 134217728 = 268435455.
        var p = new RcpspProblem([J("A", 134217727, [0, 0, 0, 0], "B"), J("B", 134217728, [0, 0, 0, 0])], [1, 1, 1, 1]);
        Assert.Equal(268435455, p.DurationSum);
        Assert.Equal(268435455, p.CriticalPathLength);
    }

    [Fact]
    public void Duration_sum_one_above_the_bound_is_rejected() =>
        Reject.Rule<ArgumentException>(
            () => _ = new RcpspProblem([J("A", 134217728, [0, 0, 0, 0]), J("B", 134217728, [0, 0, 0, 0])], [1, 1, 1, 1]),
            "jobs",
            "The sum of the durations (268435456) is too large for a period-by-period resource profile");

    [Fact]
    public void Duration_sum_bound_without_resources_uses_max_1()
    {
        // K = 0: 2147483647 / (2 × max(1, 0)) = 1073741823; 1073741824 is one above.
        _ = new RcpspProblem([J("A", 1073741823, [])], []);
        Reject.Rule<ArgumentException>(() => _ = new RcpspProblem([J("A", 1073741824, [])], []), "jobs", "(1073741824) is too large");
    }

    [Fact]
    public void IndexOf_null_and_unknown()
    {
        var p = new RcpspProblem([J("A", 1, [0])], [1]);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => p.IndexOf(null!)).ParamName);
        Assert.Equal("No job has the id 'Z'.", Assert.Throws<KeyNotFoundException>(() => p.IndexOf("Z")).Message);
    }

    [Fact]
    public void Schedule_null_starts() =>
        Assert.Equal("starts", Assert.Throws<ArgumentNullException>(() => _ = new RcpspSchedule(new RcpspProblem([J("A", 1, [0])], [1]), null!)).ParamName);

    [Fact]
    public void Schedule_wrong_count() =>
        Reject.Rule<ArgumentException>(() => _ = new RcpspSchedule(new RcpspProblem([J("A", 1, [0])], [1]), [0, 0]), "starts", "starts has 2 entries but the problem has 1 jobs");

    [Fact]
    public void Schedule_negative_start() =>
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = new RcpspSchedule(new RcpspProblem([J("A", 1, [0]), J("B", 1, [0])], [1]), [0, -1]),
            "starts",
            "starts[1] (job 'B') must be zero or positive (got -1)");

    [Fact]
    public void Validate_reports_the_units_of_the_violated_period_and_resource()
    {
        // Two resources, capacities 5 and 5. X: duration 2, requests (0, 2), starts 0. Y: duration 1, requests (0, 4), starts 1.
        // Resource 1 usage: period 0 → 2, period 1 → 2 + 4 = 6 > 5. Resource 0 is never used. One violation.
        var p = new RcpspProblem([J("X", 2, [0, 2]), J("Y", 1, [0, 4])], [5, 5]);
        var s = new RcpspSchedule(p, [0, 1]);
        Assert.Equal(["Resource 1 is used 6 units in period 1 but its capacity is 5."], s.Validate());
        Assert.False(s.IsFeasible);
    }
}
