using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

/// <summary><c>pmo capacity</c> and the portfolio's resources section: outputs, a hand-computed case, one test per input rule.</summary>
public class CapacityCommandTests
{
    /// <summary>
    /// The sample portfolio with a tiny resources section, computed by hand: February 2027 (Mon 1 – Fri 26: 20 working
    /// days, no holiday) at 8 h: one developer (160 h) plus a half-FTE pool (80 h) = 240 h. Demand: DC-01 1 FTE = 160 h
    /// (committed) and proposal X 100 h: 260 h, 20 h over (20 / 160 = 0.125 FTE), utilisation 260 / 240 = 108.3 %.
    /// </summary>
    private static JsonObject Tiny()
    {
        JsonObject pf = Fixtures.SamplePortfolio();
        pf["resources"] = JsonNode.Parse("""
            {
              "firstPeriod": "2027-02", "periods": 1,
              "roles": [ { "id": "dev", "department": "Engineering" } ],
              "people": [ { "id": "p1", "role": "dev" } ],
              "pools": [ { "role": "dev", "fte": 0.5 } ],
              "proposals": [ { "id": "X", "name": "Proposal X" } ],
              "demand": [
                { "project": "DC-01", "role": "dev", "startPeriod": "2027-02", "fte": [1] },
                { "project": "X", "role": "dev", "startPeriod": "2027-02", "hours": [100] }
              ]
            }
            """);
        return pf;
    }

    private static void AssertRejected(JsonObject doc, string expected)
    {
        using var runner = new CliRunner();
        var (exit, stdout, stderr) = CliRunner.Run("capacity", "--input", runner.Write("p.json", doc));
        Assert.True(exit == 2, $"exit {exit}; stderr: {stderr}; stdout starts: {stdout[..Math.Min(200, stdout.Length)]}");
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static JsonObject Resources(JsonObject pf) => pf["resources"]!.AsObject();

    [Fact]
    public void The_sample_shows_the_heat_map_and_the_bottlenecks()
    {
        var (exit, stdout, stderr) = CliRunner.Run("capacity");
        Assert.True(exit == 0, stderr);
        Assert.Contains("Capacity heat map", stdout, StringComparison.Ordinal);
        foreach (string role in new[] { "pm", "ba", "architect", "developer", "tester", "data", "security", "devops" })
        {
            Assert.Contains($"\n  {role} ", stdout, StringComparison.Ordinal);
        }

        Assert.Contains("Bottleneck roles", stdout, StringComparison.Ordinal);
        Assert.Contains("architect", stdout[stdout.IndexOf("Bottleneck roles", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("CSM-01:", stdout, StringComparison.Ordinal); // scheduled demand before the horizon is reported
    }

    [Fact]
    public void Json_cells_are_consistent_and_cover_every_role_and_month()
    {
        var (exit, stdout, stderr) = CliRunner.Run("capacity", "--format", "json");
        Assert.True(exit == 0, stderr);
        JsonObject doc = JsonNode.Parse(stdout)!.AsObject();
        Assert.Equal("capacity", (string?)doc["kind"]);
        JsonObject cap = doc["capacity"]!.AsObject();
        JsonArray cells = cap["cells"]!.AsArray();
        Assert.Equal(cap["roles"]!.AsArray().Count * cap["periods"]!.AsArray().Count, cells.Count);
        foreach (JsonNode? c in cells)
        {
            double capacity = (double)c!["capacity"]!, demand = (double)c["demand"]!;
            Assert.Equal(capacity - demand, (double)c["gap"]!, 6);
            Assert.Equal((double)c["committedDemand"]! + (double)c["proposedDemand"]!, demand, 6);
            if (capacity > 0)
            {
                Assert.Equal(demand / capacity, (double)c["utilisation"]!, 9);
            }

            Assert.Equal(demand - capacity > 1e-6, (bool)c["overAllocated"]!);
        }
    }

    [Fact]
    public void A_hand_computed_month()
    {
        using var runner = new CliRunner();
        string input = runner.Write("tiny.json", Tiny());
        var (exit, stdout, stderr) = CliRunner.Run("capacity", "--input", input, "--format", "json");
        Assert.True(exit == 0, stderr);
        JsonObject cap = JsonNode.Parse(stdout)!["capacity"]!.AsObject();
        JsonNode cell = cap["cells"]![0]!;
        Assert.Equal(240, (double)cell["capacity"]!, 9);
        Assert.Equal(160, (double)cell["committedDemand"]!, 9);
        Assert.Equal(100, (double)cell["proposedDemand"]!, 9);
        Assert.Equal(-20, (double)cell["gap"]!, 9);
        JsonNode over = cap["overAllocations"]![0]!;
        Assert.Equal(0.125, (double)over["excessFte"]!, 12);
        Assert.Equal("DC-01", (string?)over["contributors"]![0]!["project"]);
        Assert.Empty(cap["committedInfeasiblePeriods"]!.AsArray());
        Assert.Equal("2027-02", (string?)cap["infeasiblePeriods"]![0]);
        var (_, text, _) = CliRunner.Run("capacity", "--input", input);
        Assert.Contains("108%!", text, StringComparison.Ordinal);
        var (mexit, markdown, _) = CliRunner.Run("capacity", "--input", input, "--format", "markdown");
        Assert.Equal(0, mexit);
        Assert.Contains("| dev ", markdown, StringComparison.Ordinal);
    }

    /// <summary>
    /// The tiny month again: DC-01 (committed, 160 h) is served first and fits; X (100 h) finds 240 − 160 = 80 h:
    /// all-or-nothing cannot staff it (blocked by dev), partial gives it 80 / 100 = 80 %, deferral leaves 20 h unmet at
    /// the horizon (one month). A half-FTE hire (0.5 × 20 d × 8 h = 80 h) removes the 20 h shortfall.
    /// </summary>
    [Fact]
    public void Hand_computed_allocation_earliest_start_and_scenario()
    {
        using var runner = new CliRunner();
        JsonObject pf = Tiny();
        Resources(pf)["scenarios"] = JsonNode.Parse("""[ { "name": "Hire half a developer", "changes": [ { "type": "addCapacity", "role": "dev", "fte": 0.5 } ] } ]""");
        var (exit, stdout, stderr) = CliRunner.Run("capacity", "--input", runner.Write("tiny.json", pf), "--format", "json");
        Assert.True(exit == 0, stderr);
        JsonObject cap = JsonNode.Parse(stdout)!["capacity"]!.AsObject();
        JsonArray allocations = cap["allocations"]!.AsArray();
        JsonNode x(string mode) => allocations.Single(a => (string?)a!["mode"] == mode)!["projects"]!.AsArray().Single(p => (string?)p!["project"] == "X")!;
        Assert.False((bool)x("allOrNothing")["fullyStaffed"]!);
        Assert.Equal("dev", (string?)x("allOrNothing")["blockingRoles"]![0]);
        Assert.Equal(0, (double)x("allOrNothing")["allocatedHours"]!, 9);
        Assert.Equal(80, (double)x("partial")["allocatedHours"]!, 9);
        Assert.Equal(20, (double)x("defer")["shortfallHours"]!, 9);
        Assert.Null((string?)x("defer")["achievedLastPeriod"]);
        JsonNode start = cap["earliestStarts"]![0]!;
        Assert.Null((int?)start["shiftPeriods"]);
        Assert.NotNull((string?)start["reason"]);
        JsonArray scenarios = cap["scenarios"]!.AsArray();
        Assert.Equal("Baseline", (string?)scenarios[0]!["name"]);
        Assert.Equal(20, (double)scenarios[0]!["shortfallHours"]!, 9);
        Assert.Equal(0, (double)scenarios[1]!["shortfallHours"]!, 9);
        Assert.Equal(-20, (double)scenarios[1]!["shortfallChangeHours"]!, 9);
        var (_, text, _) = CliRunner.Run("capacity", "--input", runner.Write("tiny2.json", pf));
        Assert.Contains("cannot staff: dev", text, StringComparison.Ordinal);
        Assert.Contains("Hire half a developer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_shifting_demand_out_of_the_horizon_is_an_input_error()
    {
        JsonObject d = Tiny();
        Resources(d)["scenarios"] = JsonNode.Parse("""[ { "name": "late", "changes": [ { "type": "shiftProject", "project": "X", "periods": 2 } ] } ]""");
        AssertRejected(d, "$.resources.scenarios:");
    }

    [Fact]
    public void The_portfolio_report_has_the_capacity_section_and_json()
    {
        var (exit, stdout, _) = CliRunner.Run("report");
        Assert.Equal(0, exit);
        Assert.Contains("Resource capacity", stdout, StringComparison.Ordinal);
        var (jexit, json, _) = CliRunner.Run("report", "--format", "json");
        Assert.Equal(0, jexit);
        Assert.NotNull(JsonNode.Parse(json)!["capacity"]!["cells"]);
    }

    [Fact]
    public void A_portfolio_without_resources_is_an_input_error()
    {
        JsonObject pf = Fixtures.SamplePortfolio();
        pf.Remove("resources");
        AssertRejected(pf, "$.resources: required property missing");
    }

    [Fact]
    public void Unknown_role_of_a_person()
    {
        JsonObject d = Tiny();
        Resources(d)["people"]![0]!["role"] = "architect";
        AssertRejected(d, "$.resources.people[0].role: unknown role \"architect\"");
    }

    [Fact]
    public void Duplicate_role()
    {
        JsonObject d = Tiny();
        Resources(d)["roles"]!.AsArray().Add(JsonNode.Parse("""{ "id": "dev" }"""));
        AssertRejected(d, "$.resources.roles[1].id: duplicate role id \"dev\"");
    }

    [Fact]
    public void Negative_or_zero_pool_fte()
    {
        JsonObject d = Tiny();
        Resources(d)["pools"]![0]!["fte"] = 0;
        AssertRejected(d, "$.resources.pools[0].fte: must be greater than zero");
    }

    [Fact]
    public void Huge_numbers_are_input_errors_not_infinities()
    {
        JsonObject d = Tiny();
        Resources(d)["pools"]![0]!["fte"] = 1e308;
        AssertRejected(d, "$.resources.pools[0].fte: fte of the pool of role 'dev' must be at most 1000000");
        d = Tiny();
        Resources(d)["demand"]![1]!["hours"] = JsonNode.Parse("[1e308]");
        AssertRejected(d, "$.resources.demand[1].hours[0]: hours of 'X'/'dev' must be at most 1e12");
    }

    [Fact]
    public void Person_fte_above_one()
    {
        JsonObject d = Tiny();
        Resources(d)["people"]![0]!["fte"] = 1.5;
        AssertRejected(d, "$.resources.people[0].fte: must be between 0 and 1 inclusive (got 1.5)");
    }

    [Fact]
    public void Absence_fraction_and_order()
    {
        JsonObject d = Tiny();
        Resources(d)["people"]![0]!["absences"] = JsonNode.Parse("""[ { "from": "2027-02-10", "to": "2027-02-01" } ]""");
        AssertRejected(d, "$.resources.people[0].absences[0].to: must not be before from 2027-02-10");
    }

    [Fact]
    public void Unknown_project_in_demand()
    {
        JsonObject d = Tiny();
        Resources(d)["demand"]![0]!["project"] = "ZZ-99";
        AssertRejected(d, "$.resources.demand[0].project: unknown project (not a portfolio project or a proposal) \"ZZ-99\"");
    }

    [Fact]
    public void Demand_outside_the_planning_months()
    {
        JsonObject d = Tiny();
        Resources(d)["demand"]![0]!["fte"] = JsonNode.Parse("[1, 1]");
        AssertRejected(d, "$.resources.demand[0].fte[1]: falls in 2027-03, outside the 1 planning months 2027-02..2027-02");
    }

    [Fact]
    public void Demand_with_both_fte_and_hours()
    {
        JsonObject d = Tiny();
        Resources(d)["demand"]![0]!["hours"] = JsonNode.Parse("[10]");
        AssertRejected(d, "$.resources.demand[0]: give exactly one of fte");
    }

    [Fact]
    public void Bad_month()
    {
        JsonObject d = Tiny();
        Resources(d)["firstPeriod"] = "2027-13";
        AssertRejected(d, "$.resources.firstPeriod: must be a month \"yyyy-MM\" (got \"2027-13\")");
    }

    [Fact]
    public void Periods_out_of_range()
    {
        JsonObject d = Tiny();
        Resources(d)["periods"] = 0;
        AssertRejected(d, "$.resources.periods: must be between 1 and 120 months (got 0)");
    }

    [Fact]
    public void Proposal_id_clashing_with_a_project()
    {
        JsonObject d = Tiny();
        Resources(d)["proposals"]![0]!["id"] = "DC-01";
        AssertRejected(d, "$.resources.proposals[0].id: duplicate project id \"DC-01\"");
    }

    [Fact]
    public void Priority_order_must_list_everyone_once()
    {
        JsonObject d = Tiny();
        Resources(d)["priorityOrder"] = JsonNode.Parse("""["X", "X"]""");
        AssertRejected(d, "$.resources.priorityOrder[1]: lists project \"X\" twice");
        Resources(d)["priorityOrder"] = JsonNode.Parse("""["X"]""");
        AssertRejected(d, "$.resources.priorityOrder: must list every project and proposal once; missing: DC-01");
    }

    [Fact]
    public void Assignment_rules()
    {
        JsonObject d = Tiny();
        Resources(d)["assignments"] = JsonNode.Parse("""[ { "project": "DC-01", "activity": "A1", "role": "dev" } ]""");
        AssertRejected(d, "$.resources.assignments[0].project: project \"DC-01\" has no schedule");
        Resources(d)["assignments"] = JsonNode.Parse("""[ { "project": "DC-02", "activity": "NOPE", "role": "dev" } ]""");
        AssertRejected(d, "$.resources.assignments[0].activity: unknown activity of project \"DC-02\" \"NOPE\"");
        Resources(d)["assignments"] = JsonNode.Parse("""[ { "project": "DC-02", "activity": "D050", "role": "dev", "units": 0 } ]""");
        AssertRejected(d, "$.resources.assignments[0].units: must be greater than zero (got 0)");
    }

    [Fact]
    public void Scenario_rules()
    {
        JsonObject d = Tiny();
        Resources(d)["scenarios"] = JsonNode.Parse("""[ { "name": "s", "changes": [ { "type": "hireEveryone" } ] } ]""");
        AssertRejected(d, "$.resources.scenarios[0].changes[0].type: must be one of \"addCapacity\"");
        Resources(d)["scenarios"] = JsonNode.Parse("""[ { "name": "s", "changes": [ { "type": "removePerson", "person": "nobody" } ] } ]""");
        AssertRejected(d, "$.resources.scenarios[0].changes[0].person: unknown person \"nobody\"");
        Resources(d)["scenarios"] = JsonNode.Parse("""[ { "name": "s", "changes": [ { "type": "shiftProject", "project": "X", "periods": 0 } ] } ]""");
        AssertRejected(d, "$.resources.scenarios[0].changes[0].periods: must not be 0");
        Resources(d)["scenarios"] = JsonNode.Parse("""[ { "name": "s", "changes": [] } ]""");
        AssertRejected(d, "$.resources.scenarios[0].changes: must contain at least one item");
    }
}
