using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

public class RiskInputErrorTests
{
    private static JsonObject WithRisk(string probability = "0.4", string kind = "threat", string strategy = "mitigate")
    {
        JsonObject project = Fixtures.Project("2026-03-31", 500, 450);
        project["risks"] = JsonNode.Parse($$"""
            [ { "id": "R-1", "title": "Supplier insolvency", "kind": "{{kind}}", "identified": "2026-01-15",
                "inherent": { "probability": {{probability}}, "impacts": { "cost": 120, "schedule": 15 } },
                "responses": [ { "strategy": "{{strategy}}", "cost": 10, "probabilityFactor": 0.5 } ] } ]
            """);
        return project;
    }

    private static (int Exit, string Err) Evm(JsonObject project)
    {
        using var runner = new CliRunner();
        string path = runner.Write("p.json", project);
        var (exit, _, stderr) = CliRunner.Run("evm", "--input", path);
        return (exit, stderr);
    }

    [Fact]
    public void A_valid_register_is_accepted()
    {
        Assert.Equal(0, Evm(WithRisk()).Exit);
    }

    [Fact]
    public void Probability_above_one_exits_2_with_the_json_path()
    {
        var (exit, stderr) = Evm(WithRisk(probability: "1.5"));

        Assert.Equal(2, exit);
        Assert.Contains("$.risks[0].inherent.probability: must be between 0 and 1 inclusive (got 1.5)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_kind_names_the_allowed_values()
    {
        var (exit, stderr) = Evm(WithRisk(kind: "hazard"));

        Assert.Equal(2, exit);
        Assert.Contains("$.risks[0].kind: must be one of \"threat\", \"opportunity\"", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_threat_strategy_on_an_opportunity_is_rejected()
    {
        var (exit, stderr) = Evm(WithRisk(kind: "opportunity", strategy: "mitigate"));

        Assert.Equal(2, exit);
        Assert.Contains("$.risks[0].responses[0].strategy", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_of_an_unknown_risk_is_rejected()
    {
        JsonObject p = WithRisk();
        p["riskSnapshots"] = JsonNode.Parse("""[ { "date": "2026-02-28", "risks": [ { "id": "R-9", "probability": 0.2, "impacts": { "cost": 5 } } ] } ]""");

        var (exit, stderr) = Evm(p);

        Assert.Equal(2, exit);
        Assert.Contains("$.riskSnapshots[0].risks[0].id: unknown risk \"R-9\"", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_risk_model_is_rejected_with_its_path()
    {
        JsonObject portfolio = Fixtures.SamplePortfolio();
        portfolio["riskModel"] = "huge9x9";
        using var runner = new CliRunner();
        string path = runner.Write("pf.json", portfolio);

        var (exit, _, stderr) = CliRunner.Run("report", "--input", path);

        Assert.Equal(2, exit);
        Assert.Contains("$.riskModel: must be one of \"pmbok5x5\"", stderr, StringComparison.Ordinal);
    }
}
