using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

public class RiskCommandTests
{
    private static string SamplePath => Path.Combine(CliRunner.RepoRoot, "docs", "data", "sample-risks.json");

    private static JsonObject Sample() => (JsonObject)JsonNode.Parse(File.ReadAllText(SamplePath))!;

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    public void Risk_scores_the_sample_with_its_own_matrix(string format)
    {
        var (exit, stdout, stderr) = CliRunner.Run("risk", "--input", SamplePath, "--format", format);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("Company 3x3 (absolute thresholds)", stdout, StringComparison.Ordinal);
        Assert.Contains("Heat map", stdout, StringComparison.Ordinal);
        Assert.Contains("Contingency reserve", stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?i)\bNaN\b", stdout);
    }

    [Fact]
    public void Risk_json_parses_and_scores_every_risk()
    {
        var (exit, stdout, _) = CliRunner.Run("risk", "--input", SamplePath, "--format", "json");

        Assert.Equal(0, exit);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        Assert.Equal("risk", doc.RootElement.GetProperty("kind").GetString());
        JsonElement risks = doc.RootElement.GetProperty("risks");
        Assert.Equal(Sample()["risks"]!.AsArray().Count, risks.GetArrayLength());
        Assert.All(risks.EnumerateArray(), r => Assert.NotEqual(JsonValueKind.Null, r.GetProperty("residual").GetProperty("score").ValueKind));
        Assert.Equal(3, doc.RootElement.GetProperty("heatMap").GetProperty("levels").GetInt32());
    }

    [Fact]
    public void A_preset_needs_budget_and_duration_and_then_scores()
    {
        JsonObject f = Sample();
        f["model"] = "ordinal5x5";
        using var runner = new CliRunner();
        var (exit, _, stderr) = CliRunner.Run("risk", "--input", runner.Write("r.json", f));
        Assert.Equal(2, exit);
        Assert.Contains("$.budget: required with the preset \"ordinal5x5\"", stderr, StringComparison.Ordinal);

        f["budget"] = 3_000_000;
        f["durationDays"] = 540;
        var (ok, stdout, _) = CliRunner.Run("risk", "--input", runner.Write("r2.json", f));
        Assert.Equal(0, ok);
        Assert.Contains("ordinal5x5", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_probability_exits_2_with_the_json_path()
    {
        JsonObject f = Sample();
        f["risks"]![2]!["inherent"]!["probability"] = -0.2;
        using var runner = new CliRunner();

        var (exit, stdout, stderr) = CliRunner.Run("risk", "--input", runner.Write("r.json", f));

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("$.risks[2].inherent.probability: must be between 0 and 1 inclusive (got -0.2)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_matrix_definition_names_the_model_path()
    {
        JsonObject f = Sample();
        f["model"]!["matrix"]!["threatCells"]!.AsArray().RemoveAt(2);
        using var runner = new CliRunner();

        var (exit, _, stderr) = CliRunner.Run("risk", "--input", runner.Write("r.json", f));

        Assert.Equal(2, exit);
        Assert.Contains("$.model", stderr, StringComparison.Ordinal);
    }
}
