using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

/// <summary><c>pmo kpi</c> on docs/data/sample-kpis.json and its errors.</summary>
public class KpiCommandTests
{
    private static string SamplePath => Path.Combine(CliRunner.RepoRoot, "docs", "data", "sample-kpis.json");

    private static JsonObject Sample() => (JsonObject)JsonNode.Parse(File.ReadAllText(SamplePath))!;

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("json")]
    public void Kpi_on_the_sample_prints_every_subject_and_never_NaN_or_infinity(string format)
    {
        var (exit, stdout, stderr) = CliRunner.Run("kpi", "--input", SamplePath, "--format", format);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        foreach (string id in new[] { "it-ops", "service-desk", "platform", "security" })
        {
            Assert.Contains(id, stdout, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(@"(?i)\bNaN\b", stdout);
        Assert.DoesNotContain("Infinity", stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Kpi_text_shows_scorecards_the_rollup_and_signals()
    {
        var (_, stdout, _) = CliRunner.Run("kpi", "--input", SamplePath);
        Assert.Contains("platform Platform Engineering: overall", stdout, StringComparison.Ordinal);
        Assert.Contains("IT Operations (it-ops)", stdout, StringComparison.Ordinal);
        Assert.Contains("CONCERN NHS-RUN", stdout, StringComparison.Ordinal);
        Assert.Contains("CONSISTENTLY FAIL", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Kpi_json_parses_back_with_subjects_rollups_and_charts()
    {
        var (exit, stdout, _) = CliRunner.Run("kpi", "--input", SamplePath, "--format", "json");
        Assert.Equal(0, exit);
        JsonNode doc = JsonNode.Parse(stdout)!;
        Assert.Equal("kpi", (string?)doc["kind"]);
        Assert.Equal(1, (int)doc["schemaVersion"]!);
        Assert.Equal(4, doc["subjects"]!.AsArray().Count);
        Assert.Null(doc["subjects"]![0]!["scorecard"]);
        Assert.Equal("it-ops", (string?)doc["rollups"]![0]!["id"]);
        JsonNode mttr = doc["definitions"]!.AsArray().Single(d => (string)d!["id"]! == "mttr")!;
        Assert.True((bool)mttr["custom"]!);
        Assert.Null(mttr["bands"]![0]!["lower"]);
        Assert.Contains(doc["spc"]!.AsArray(), c => (string)c!["subjectId"]! == "platform" && (string)c["kpi"]! == "mttr"
            && c["signals"]!.AsArray().Any(s => (string)s!["rule"]! == "NHS-RUN" && (string)s["interpretation"]! == "concern"));
    }

    [Fact]
    public void As_of_looks_back_in_time_and_ignores_later_observations()
    {
        var (exit, stdout, _) = CliRunner.Run("kpi", "--input", SamplePath, "--format", "json", "--as-of", "2026-03-31");
        Assert.Equal(0, exit);
        JsonNode doc = JsonNode.Parse(stdout)!;
        Assert.Equal("2026-03-31", (string?)doc["asOf"]);
        Assert.All(doc["subjects"]![1]!["scorecard"]!["kpis"]!.AsArray(), k => Assert.Equal("2026-03-31", (string?)k!["valueDate"]));
    }

    [Fact]
    public void A_bad_as_of_is_a_usage_error()
    {
        var (exit, _, stderr) = CliRunner.Run("kpi", "--input", SamplePath, "--as-of", "31/03/2026");
        Assert.Equal(2, exit);
        Assert.Contains("--as-of: must be a date yyyy-MM-dd", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Kpi_writes_to_an_output_file()
    {
        using var runner = new CliRunner();
        string output = Path.Combine(runner.Directory, "kpis.md");
        var (exit, stdout, _) = CliRunner.Run("kpi", "--input", SamplePath, "--format", "markdown", "--output", output);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("# KPI report", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Decreasing_observation_dates_name_the_path_and_the_rule()
    {
        using var runner = new CliRunner();
        JsonObject doc = Sample();
        doc["subjects"]![1]!["observations"]![3]!["date"] = "2025-07-31";
        AssertError(runner, doc, "$.subjects[1].observations[3].date: dates of \"mttr\" must increase (2025-07-31 is not after 2025-08-31)");
    }

    [Fact]
    public void An_unknown_kpi_id_is_rejected_with_its_path()
    {
        using var runner = new CliRunner();
        JsonObject doc = Sample();
        doc["subjects"]![2]!["observations"]![0]!["kpi"] = "mtr";
        AssertError(runner, doc, "$.subjects[2].observations[0].kpi: unknown KPI \"mtr\"");
    }

    [Fact]
    public void A_band_set_with_a_gap_is_rejected_with_the_band_path()
    {
        using var runner = new CliRunner();
        JsonObject doc = Sample();
        doc["definitions"]![0]!["bands"]![1]!["lower"] = 8.5;
        AssertError(runner, doc, "$.definitions[0].bands[0]: gap: bands[0]");
    }

    [Fact]
    public void A_band_status_outside_the_scale_is_rejected()
    {
        using var runner = new CliRunner();
        JsonObject doc = Sample();
        doc["definitions"]![0]!["bands"]![2]!["status"] = "blue";
        AssertError(runner, doc, "$.definitions[0].bands[2].status: must be a level of the rag scale");
    }

    [Fact]
    public void An_unknown_parent_and_a_cycle_are_rejected()
    {
        using var runner = new CliRunner();
        JsonObject doc = Sample();
        doc["subjects"]![1]!["parent"] = "nobody";
        AssertError(runner, doc, "$.subjects[1].parent: unknown subject \"nobody\"");

        doc = Sample();
        doc["subjects"]![0]!["parent"] = "platform";
        AssertError(runner, doc, "$.subjects: nodes contains a cycle");
    }

    [Fact]
    public void Both_a_value_and_a_ratio_are_rejected()
    {
        using var runner = new CliRunner();
        JsonObject doc = Sample();
        doc["subjects"]![1]!["observations"]![1]!["value"] = 0.9;
        AssertError(runner, doc, "$.subjects[1].observations[1]: give only one of");
    }

    [Fact]
    public void Malformed_json_reports_line_and_column()
    {
        using var runner = new CliRunner();
        var (exit, _, stderr) = CliRunner.Run("kpi", "--input", runner.Write("bad.json", "{\n  \"asOf\": \"2026-10-31\",\n  \"subjects\": [ }\n"));
        Assert.Equal(2, exit);
        Assert.Contains("malformed JSON at line 3", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_as_of_asks_for_the_option()
    {
        using var runner = new CliRunner();
        JsonObject doc = Sample();
        doc.Remove("asOf");
        AssertError(runner, doc, "$.asOf: required property missing (or pass --as-of yyyy-MM-dd)");
        var (exit, _, _) = CliRunner.Run("kpi", "--input", runner.Write("noasof.json", doc), "--as-of", "2026-10-31");
        Assert.Equal(0, exit);
    }

    private static void AssertError(CliRunner runner, JsonObject doc, string expected)
    {
        var (exit, stdout, stderr) = CliRunner.Run("kpi", "--input", runner.Write($"{Guid.NewGuid():N}.json", doc));
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }
}
