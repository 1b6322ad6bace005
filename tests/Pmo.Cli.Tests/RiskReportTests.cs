using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

public class RiskReportTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    public void Report_has_a_Risks_section_with_top_risks_heat_map_exposure_and_burndown(string format)
    {
        var (exit, stdout, stderr) = CliRunner.Run("report", "--format", format);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        int risks = stdout.IndexOf("Risks", StringComparison.Ordinal);
        Assert.True(risks >= 0);
        string section = stdout[risks..];
        Assert.Contains("Top 10 risks by residual score and exposure", section, StringComparison.Ordinal);
        Assert.Contains("Heat map", section, StringComparison.Ordinal);
        Assert.Matches(@"P5\W.*→", section); // the grid starts with the highest probability row
        Assert.Contains("Exposure (residual, open risks)", section, StringComparison.Ordinal);
        Assert.Contains("Contingency reserve", section, StringComparison.Ordinal);
        Assert.Contains("days overdue", section, StringComparison.Ordinal);
        Assert.Contains("2026-10-31", section, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?i)\bNaN\b", section);
    }

    [Fact]
    public void Json_report_carries_the_risk_section()
    {
        var (exit, stdout, _) = CliRunner.Run("report", "--format", "json");

        Assert.Equal(0, exit);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement r = doc.RootElement.GetProperty("risks");
        Assert.Equal("pmbok5x5", r.GetProperty("model").GetString());
        Assert.Equal(10, r.GetProperty("top").GetArrayLength());
        Assert.Equal(5, r.GetProperty("heatMap").GetProperty("residual").GetArrayLength());
        int inherent = r.GetProperty("heatMap").GetProperty("inherent").EnumerateArray().SelectMany(row => row.EnumerateArray()).Sum(c => c.GetInt32());
        Assert.Equal(r.GetProperty("openRisks").GetInt32(), inherent + r.GetProperty("heatMap").GetProperty("unplaced").GetInt32());
        Assert.True(r.GetProperty("portfolioExposure").GetProperty("threatMoney").GetDouble() > 0);
        Assert.True(r.GetProperty("portfolioExposure").GetProperty("opportunityMoney").GetDouble() < 0);
        Assert.True(r.GetProperty("burndown").GetArrayLength() >= 3);
    }

    [Fact]
    public void Portfolio_without_registers_says_so_and_json_risks_is_null()
    {
        JsonObject pf = Fixtures.SamplePortfolio();
        foreach (JsonNode? p in pf["projects"]!.AsArray())
        {
            p!.AsObject().Remove("risks");
            p.AsObject().Remove("riskSnapshots");
        }

        using var runner = new CliRunner();
        string path = runner.Write("pf.json", pf);
        var (exit, text, _) = CliRunner.Run("report", "--input", path);
        var (_, json, _) = CliRunner.Run("report", "--input", path, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("No project has a risk register.", text, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(json).RootElement.GetProperty("risks").ValueKind);
    }

    [Fact]
    public void Simple3x3_model_gives_a_three_level_grid()
    {
        JsonObject pf = Fixtures.SamplePortfolio();
        pf["riskModel"] = "simple3x3";
        using var runner = new CliRunner();
        string path = runner.Write("pf.json", pf);

        var (exit, json, _) = CliRunner.Run("report", "--input", path, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal(3, JsonDocument.Parse(json).RootElement.GetProperty("risks").GetProperty("heatMap").GetProperty("levels").GetInt32());
    }

    [Fact]
    public void Duplicate_risk_id_across_projects_names_the_path()
    {
        JsonObject pf = Fixtures.SamplePortfolio();
        JsonArray projects = pf["projects"]!.AsArray();
        string firstId = projects[0]!["risks"]![0]!["id"]!.GetValue<string>();
        projects[1]!["risks"]![0]!["id"] = firstId;
        projects[1]!.AsObject().Remove("riskSnapshots"); // they name the old id
        using var runner = new CliRunner();
        string path = runner.Write("pf.json", pf);

        var (exit, _, stderr) = CliRunner.Run("report", "--input", path);

        Assert.Equal(2, exit);
        Assert.Contains("$.projects[1].risks[0].id: duplicate risk id", stderr, StringComparison.Ordinal);
    }
}
