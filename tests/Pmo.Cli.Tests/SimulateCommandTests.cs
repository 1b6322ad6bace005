using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Pmo.Cli.Tests;

/// <summary>
/// <c>pmo simulate</c> (issue 6): runs on the sample model, is reproducible (same seed → identical JSON at any thread
/// count), rejects bad models with exit code 2 and the JSON path; the new samples pass their schemas; <c>pmo report</c>
/// has the Monte Carlo section.
/// </summary>
public class SimulateCommandTests
{
    private static readonly string SamplePath = Path.Combine(CliRunner.RepoRoot, "docs", "data", "sample-schedule.json");

    private static JsonObject Sample() => (JsonObject)JsonNode.Parse(File.ReadAllText(SamplePath))!;

    private static JsonObject Tiny(string extra = "") => (JsonObject)JsonNode.Parse($$"""
        {
          "name": "Tiny", "start": "2027-01-04",
          "activities": [
            { "id": "A", "duration": 10, "distribution": { "type": "triangular", "min": 8, "mode": 10, "max": 15 }, "costRate": 100 },
            { "id": "B", "duration": 5, "fixedCost": 1000 },
            { "id": "C", "duration": 0 }
          ],
          "links": [ { "predecessor": "A", "successor": "B" }, { "predecessor": "B", "successor": "C", "type": "FF", "lag": 1 } ]{{extra}}
        }
        """)!;

    private static (int Exit, string Out, string Err) Simulate(JsonObject model, params string[] extra)
    {
        using var runner = new CliRunner();
        string path = runner.Write("model.json", model);
        return CliRunner.Run(["simulate", "--input", path, .. extra]);
    }

    [Fact]
    public void The_sample_runs_and_its_json_parses_with_P80_at_least_P50()
    {
        var (exit, stdout, stderr) = CliRunner.Run("simulate", "--input", SamplePath, "--iterations", "4096", "--seed", "7", "--format", "json");

        Assert.True(exit == 0, stderr);
        JsonNode doc = JsonNode.Parse(stdout)!;
        JsonNode pre = doc["preMitigation"]!;
        Assert.True(pre["finish"]!["p80"]!.GetValue<double>() >= pre["finish"]!["p50"]!.GetValue<double>());
        Assert.True(pre["cost"]!["p80"]!.GetValue<double>() >= pre["cost"]!["p50"]!.GetValue<double>());
        Assert.True(pre["finish"]!["p50"]!.GetValue<double>() >= pre["finish"]!["p10"]!.GetValue<double>());
        Assert.Equal(4096, doc["iterations"]!.GetValue<int>());
        Assert.Equal(6, pre["tornado"]!.AsArray().Count);
        Assert.NotNull(doc["postMitigation"]);
        Assert.NotEmpty(doc["comparison"]!.AsArray());
        Assert.True(doc["correlationsApplied"]!.GetValue<bool>());
    }

    [Fact]
    public void The_same_seed_gives_identical_json_and_the_thread_count_does_not_matter()
    {
        string[] args = ["simulate", "--input", SamplePath, "--iterations", "3000", "--seed", "42", "--format", "json"];
        var one = CliRunner.Run([.. args, "--threads", "1"]);
        var two = CliRunner.Run([.. args, "--threads", "2"]);
        var again = CliRunner.Run([.. args, "--threads", "1"]);

        Assert.Equal(0, one.Exit);
        Assert.Equal(one.Out, again.Out);
        Assert.Equal(one.Out, two.Out);
    }

    [Fact]
    public void A_different_seed_gives_a_different_result()
    {
        var a = CliRunner.Run("simulate", "--input", SamplePath, "--iterations", "2048", "--seed", "1", "--format", "json");
        var b = CliRunner.Run("simulate", "--input", SamplePath, "--iterations", "2048", "--seed", "2", "--format", "json");

        Assert.NotEqual(a.Out, b.Out);
    }

    [Theory]
    [InlineData("text", "P80 schedule margin")]
    [InlineData("markdown", "| P80 ")]
    public void Text_and_markdown_show_the_headline_figures(string format, string expected)
    {
        var (exit, stdout, _) = CliRunner.Run("simulate", "--input", SamplePath, "--iterations", "2048", "--sampling", "lhs", "--format", format);

        Assert.Equal(0, exit);
        Assert.Contains(expected, stdout, StringComparison.Ordinal);
        Assert.Contains("JCL at (P80 finish, P80 cost)", stdout, StringComparison.Ordinal);
        Assert.Contains("Risk tornado", stdout, StringComparison.Ordinal);
        Assert.Contains("Iso-JCL 70 % frontier", stdout, StringComparison.Ordinal);
        Assert.Contains("Pre- vs post-mitigation", stdout, StringComparison.Ordinal);
        Assert.Contains("Criticality", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_without_events_or_dates_runs()
    {
        JsonObject m = Tiny();
        m.Remove("start");
        var (exit, stdout, stderr) = Simulate(m, "--iterations", "1000", "--format", "json");

        Assert.True(exit == 0, stderr);
        JsonNode doc = JsonNode.Parse(stdout)!;
        Assert.Null(doc["postMitigation"]);
        Assert.Null(doc["preMitigation"]!["tornado"]);

        // Hand check of the deterministic plan: A 10 days, B 5 days after A (FS) = 15, C finishes 1 day after B (FF lag 1) = 16.
        // Cost: A 10 × 100 = 1,000, B fixed 1,000 → 2,000.
        Assert.Equal(16, doc["preMitigation"]!["deterministicFinish"]!.GetValue<double>());
        Assert.Equal(2000, doc["preMitigation"]!["deterministicCost"]!.GetValue<double>());
    }

    [Fact]
    public void A_cycle_exits_2_naming_the_cycle()
    {
        JsonObject m = Tiny();
        m["links"]!.AsArray().Add(JsonNode.Parse("""{ "predecessor": "C", "successor": "A" }"""));
        var (exit, _, stderr) = Simulate(m);

        Assert.Equal(2, exit);
        Assert.Contains("$.links: ", stderr, StringComparison.Ordinal);
        Assert.Contains("A → B → C → A", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "predecessor": "A", "successor": "X" }""", "$.links[2].successor: unknown activity \"X\"")]
    [InlineData("""{ "predecessor": "A", "successor": "B", "type": "XX" }""", "$.links[2].type: must be one of")]
    [InlineData("""{ "predecessor": "A", "successor": "A" }""", "$.links[2].successor: links activity \"A\" to itself")]
    public void A_bad_link_exits_2_with_the_path(string link, string expected)
    {
        JsonObject m = Tiny();
        m["links"]!.AsArray().Add(JsonNode.Parse(link));
        var (exit, _, stderr) = Simulate(m);

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "type": "triangular", "min": 12, "mode": 10, "max": 15 }""", "$.activities[0].distribution.mode: ")]
    [InlineData("""{ "type": "triangular", "min": 8, "mode": 10 }""", "$.activities[0].distribution.max: required property missing")]
    [InlineData("""{ "type": "triangular", "min": 8, "mode": 10, "max": 15, "sd": 2 }""", "$.activities[0].distribution.sd: is not a parameter of a triangular distribution")]
    [InlineData("""{ "type": "triangular", "min": -3, "mode": 10, "max": 15 }""", "$.activities[0].distribution: can be negative")]
    [InlineData("""{ "type": "gamma", "shape": 2 }""", "$.activities[0].distribution.type: must be one of")]
    [InlineData("""{ "type": "betaPert", "min": 8, "mode": 10, "max": 15, "shape": -1 }""", "$.activities[0].distribution.shape: ")]
    [InlineData("""{ "type": "normal", "mean": 10, "sd": -2 }""", "$.activities[0].distribution.sd: ")]
    [InlineData("""{ "type": "uniform", "min": 10, "max": 5 }""", "$.activities[0].distribution.max: ")]
    [InlineData("""{ "type": "discrete", "values": [1, 2], "probabilities": [0.5, 0.6] }""", "$.activities[0].distribution.probabilities: ")]
    public void A_bad_distribution_exits_2_with_the_path(string spec, string expected)
    {
        JsonObject m = Tiny();
        m["activities"]![0]!["distribution"] = JsonNode.Parse(spec);
        var (exit, _, stderr) = Simulate(m);

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(""", "riskEvents": [ { "id": "E1", "probability": 0.3, "impacts": [ { "activityId": "Z", "amount": { "type": "constant", "value": 2 } } ] } ]""", "$.riskEvents[0].impacts[0].activityId: unknown activity \"Z\"")]
    [InlineData(""", "riskEvents": [ { "id": "E1", "probability": 1.3, "costImpact": { "type": "constant", "value": 2 } } ]""", "$.riskEvents[0].probability: must be between 0 and 1")]
    [InlineData(""", "riskEvents": [ { "id": "E1", "probability": 0.3 } ]""", "$.riskEvents[0]: has neither a schedule impact")]
    [InlineData(""", "riskEvents": [ { "id": "E1", "probability": 0.3, "impacts": [ { "activityId": "A", "mode": "relative", "amount": { "type": "triangular", "min": -2, "mode": 0, "max": 1 } } ] } ]""", "$.riskEvents[0].impacts[0].amount: ")]
    [InlineData(""", "drivers": [ { "id": "D", "factor": { "type": "constant", "value": 1.1 }, "activityIds": [ "A", "Q" ] } ]""", "$.drivers[0].activityIds[1]: unknown activity \"Q\"")]
    [InlineData(""", "correlations": [ { "a": "A", "b": "A", "r": 0.5 } ]""", "$.correlations[0].b: correlates activity \"A\" with itself")]
    [InlineData(""", "correlations": [ { "a": "A", "b": "B", "r": 1.5 } ]""", "$.correlations[0].r: must be between -1 and 1 inclusive")]
    [InlineData(""", "correlations": [ { "a": "A", "b": "Nope", "r": 0.5 } ]""", "$.correlations[0].b: unknown activity \"Nope\"")]
    public void Bad_events_drivers_and_correlations_exit_2_with_the_path(string extra, string expected)
    {
        var (exit, _, stderr) = Simulate(Tiny(extra));

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_activity_id_exits_2()
    {
        JsonObject m = Tiny();
        m["activities"]![1]!["id"] = "A";
        var (exit, _, stderr) = Simulate(m);

        Assert.Equal(2, exit);
        Assert.Contains("$.activities[1].id: duplicate activity id \"A\"", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_options_exit_2()
    {
        Assert.Equal(2, CliRunner.Run("simulate", "--input", SamplePath, "--iterations", "0").Exit);
        Assert.Equal(2, CliRunner.Run("simulate", "--input", SamplePath, "--threads", "0").Exit);
        Assert.Equal(2, CliRunner.Run("simulate", "--input", SamplePath, "--sampling", "sobol").Exit);
    }

    [Fact]
    public void The_sample_schedule_is_valid_for_its_schema() => Assert.True(Valid("schedule-risk.schema.json", Sample()));

    [Fact]
    public void A_broken_model_is_invalid_for_the_schema_too()
    {
        JsonObject m = Sample();
        m["links"]![0]!["type"] = "XX";
        Assert.False(Valid("schedule-risk.schema.json", m));
        JsonObject n = Sample();
        n["activities"]![1]!["distribution"] = JsonNode.Parse("""{ "type": "triangular", "min": 1, "mode": 2 }""");
        Assert.False(Valid("schedule-risk.schema.json", n));
    }

    [Fact]
    public void The_sample_portfolio_carries_schedules_with_register_links()
    {
        JsonObject pf = Fixtures.SamplePortfolio();
        JsonArray projects = pf["projects"]!.AsArray();
        Assert.InRange(projects.Count(p => p!["schedule"] is not null), 1, 2);
        Assert.Contains(projects, p => p!["risks"] is JsonArray rs && rs.Any(r => r!["activityIds"] is not null));
        Assert.True(Valid("portfolio.schema.json", pf));
    }

    [Fact]
    public void A_register_risk_naming_an_unknown_activity_exits_2_with_the_path()
    {
        JsonObject pf = Fixtures.SamplePortfolio();
        JsonObject project = pf["projects"]!.AsArray().First(p => p!["schedule"] is not null)!.AsObject();
        project["risks"]![0]!["activityIds"] = new JsonArray("NOPE");
        using var runner = new CliRunner();
        var (exit, _, stderr) = CliRunner.Run("report", "--input", runner.Write("pf.json", pf));

        Assert.Equal(2, exit);
        Assert.Matches(@"\$\.projects\[\d+\]\.risks\[0\]\.activityIds\[0\]: unknown activity ""NOPE""", stderr);
    }

    [Fact]
    public void The_report_has_the_monte_carlo_section_in_every_format()
    {
        var text = CliRunner.Run("report");
        var json = CliRunner.Run("report", "--format", "json");
        var md = CliRunner.Run("report", "--format", "markdown");

        Assert.Equal(0, text.Exit);
        Assert.Contains("Schedule and cost risk (Monte Carlo)", text.Out, StringComparison.Ordinal);
        Assert.Contains("10,000 Monte Carlo iterations per run, seed 20261031", text.Out, StringComparison.Ordinal);
        Assert.Contains("P80 finish / cost", text.Out, StringComparison.Ordinal);
        Assert.Contains("JCL at (P80, P80)", text.Out, StringComparison.Ordinal);
        Assert.Contains("Top drivers", text.Out, StringComparison.Ordinal);
        Assert.Contains("P80 pre → post mitigation", text.Out, StringComparison.Ordinal);
        Assert.Contains("## Schedule and cost risk (Monte Carlo)", md.Out, StringComparison.Ordinal);
        JsonNode section = JsonNode.Parse(json.Out)!["scheduleRisk"]!;
        Assert.Equal(20261031UL, section["seed"]!.GetValue<ulong>());
        foreach (JsonNode? p in section["projects"]!.AsArray())
        {
            JsonNode pre = p!["preMitigation"]!;
            Assert.True(pre["finish"]!["p80"]!.GetValue<double>() >= pre["finish"]!["p50"]!.GetValue<double>());
            Assert.NotNull(pre["p80FinishDate"]);
            Assert.InRange(pre["tornado"]!.AsArray().Count, 1, 3);
            Assert.NotNull(p["postMitigation"]);
        }
    }

    [Fact]
    public void A_register_risk_with_activities_in_a_project_without_a_schedule_exits_2()
    {
        JsonObject pf = Fixtures.SamplePortfolio();
        JsonObject project = pf["projects"]!.AsArray().First(p => p!["schedule"] is null && p["risks"] is JsonArray { Count: > 0 })!.AsObject();
        project["risks"]![0]!["activityIds"] = new JsonArray("A010");
        using var runner = new CliRunner();
        var (exit, _, stderr) = CliRunner.Run("report", "--input", runner.Write("pf.json", pf));

        Assert.Equal(2, exit);
        Assert.Matches(@"\$\.projects\[\d+\]\.risks\[0\]\.activityIds: names activities but the project has no schedule", stderr);
    }

    [Theory]
    [InlineData("duration", "\"ten\"", "$.activities[0].duration: must be a number")]
    [InlineData("links", "{}", "$.links: must be an array")]
    public void A_wrong_json_type_exits_2_with_the_expected_type(string member, string value, string expected)
    {
        JsonObject m = Tiny();
        if (member == "duration")
        {
            m["activities"]![0]![member] = JsonNode.Parse(value);
        }
        else
        {
            m[member] = JsonNode.Parse(value);
        }

        var (exit, _, stderr) = Simulate(m);

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Theory]

    // Hand-worked on the 2027 calendar: 2027-01-04 is a Monday; the finish of d working days is the ⌈d⌉-th working
    // day counting the start day as the first.
    [InlineData("2027-01-04", 0, null, "2027-01-04")]
    [InlineData("2027-01-04", 1, null, "2027-01-04")]
    [InlineData("2027-01-04", 5, null, "2027-01-08")] // Mon..Fri
    [InlineData("2027-01-04", 5.2, null, "2027-01-11")] // a sixth, partial day: the next Monday
    [InlineData("2027-01-04", 6, null, "2027-01-11")]
    [InlineData("2027-01-04", 5, "2027-01-05", "2027-01-11")] // Tuesday off: Mon, Wed, Thu, Fri, Mon
    [InlineData("2027-01-02", 1, null, "2027-01-04")] // a Saturday start moves to Monday
    public void Working_days_map_to_dates_on_a_monday_to_friday_calendar(string start, double days, string? holiday, string expected)
    {
        var calendar = new Pmo.Core.Kpis.Flow.WorkdayCalendar(
            [NodaTime.IsoDayOfWeek.Saturday, NodaTime.IsoDayOfWeek.Sunday],
            holiday is null ? [] : [NodaTime.Text.LocalDatePattern.Iso.Parse(holiday).Value]);
        NodaTime.LocalDate s = NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value;

        Assert.Equal(expected, Pmo.Cli.Analysis.WorkingDays.FinishDate(s, days, calendar).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static bool Valid(string schemaFile, JsonNode instance)
    {
        using JsonDocument schemaDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "schemas", schemaFile)));
        JsonSchema schema = JsonSchema.Build(schemaDoc.RootElement.Clone(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, null!);
        using JsonDocument doc = JsonDocument.Parse(instance.ToJsonString());
        return schema.Evaluate(doc.RootElement).IsValid;
    }
}
