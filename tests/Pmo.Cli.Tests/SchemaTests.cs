using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Pmo.Cli.Tests;

/// <summary>
/// The published JSON Schemas (docs/schemas) and the CLI's own validation must agree: the samples pass both, and a
/// document the CLI rejects for a structural rule is rejected by the schema too.
/// </summary>
public class SchemaTests
{
    private static readonly Lazy<JsonSchema> Portfolio = new(() => Load("portfolio.schema.json"));
    private static readonly Lazy<JsonSchema> Project = new(() => Load("project.schema.json"));
    private static readonly Lazy<JsonSchema> Kpis = new(() => Load("kpis.schema.json"));
    private static readonly Lazy<JsonSchema> Risk = new(() => Load("risk.schema.json"));
    private static readonly Lazy<JsonSchema> Prioritization = new(() => Load("prioritization.schema.json"));

    private static JsonSchema Load(string file)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "schemas", file)));
        return JsonSchema.Build(doc.RootElement.Clone(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, null!);
    }

    private static bool Valid(JsonSchema schema, JsonNode instance)
    {
        using JsonDocument doc = JsonDocument.Parse(instance.ToJsonString());
        return schema.Evaluate(doc.RootElement).IsValid;
    }

    private static JsonObject Sample(string file) =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "data", file)))!;

    [Fact]
    public void The_sample_portfolio_is_valid() => Assert.True(Valid(Portfolio.Value, Sample("sample-portfolio.json")));

    [Fact]
    public void The_sample_prioritization_file_is_valid() => Assert.True(Valid(Prioritization.Value, Sample("sample-prioritization.json")));

    [Fact]
    public void The_sample_portfolio_carries_a_prioritization_section() => Assert.NotNull(Sample("sample-portfolio.json")["prioritization"]);

    [Theory]
    [InlineData("operator")]
    [InlineData("judgement")]
    [InlineData("missingBudgets")]
    [InlineData("negativeDemand")]
    [InlineData("groupWithoutBounds")]
    [InlineData("selectionValue")]
    public void A_broken_prioritization_file_is_invalid_for_the_schema_and_the_cli(string rule)
    {
        JsonObject doc = Sample("sample-prioritization.json");
        switch (rule)
        {
            case "operator":
                doc["gates"]![0]!["operator"] = "=<";
                break;
            case "judgement":
                doc["weights"]!["ahp"]!["judgements"]![0]!["value"] = 12;
                break;
            case "missingBudgets":
                doc.Remove("budgets");
                break;
            case "groupWithoutBounds":
                doc["groups"]![0]!.AsObject().Remove("min");
                break;
            case "selectionValue":
                doc["selectionValue"] = "npv";
                break;
            default:
                doc["candidates"]![0]!["demand"]!["capex"]![0] = -1;
                break;
        }

        Assert.False(Valid(Prioritization.Value, doc));
        AssertCliRejects(doc, "prioritize");
    }

    [Fact]
    public void A_broken_prioritization_section_is_invalid_in_the_portfolio_schema()
    {
        JsonObject doc = Sample("sample-portfolio.json");
        doc["prioritization"]!["method"]!["name"] = "electre";
        Assert.False(Valid(Portfolio.Value, doc));
        AssertCliRejects(doc);
    }

    [Fact]
    public void The_sample_risk_file_is_valid() => Assert.True(Valid(Risk.Value, Sample("sample-risks.json")));

    [Fact]
    public void A_risk_probability_above_one_is_invalid_for_the_schema()
    {
        JsonObject doc = Sample("sample-portfolio.json");
        doc["projects"]![0]!["risks"]![0]!["inherent"]!["probability"] = 1.2;
        Assert.False(Valid(Portfolio.Value, doc));
        AssertCliRejects(doc);
    }

    [Fact]
    public void The_sample_project_is_valid() => Assert.True(Valid(Project.Value, Sample("sample-project.json")));

    [Fact]
    public void A_negative_pv_is_invalid_for_the_schema_and_the_cli()
    {
        JsonObject doc = Sample("sample-portfolio.json");
        doc["projects"]![0]!["baselines"]![0]!["periods"]![0]!["pv"] = -1;
        Assert.False(Valid(Portfolio.Value, doc));
        AssertCliRejects(doc);
    }

    [Fact]
    public void An_unknown_property_is_invalid_for_the_schema_and_the_cli()
    {
        JsonObject doc = Sample("sample-portfolio.json");
        doc["projects"]![0]!.AsObject()["perods"] = 1;
        Assert.False(Valid(Portfolio.Value, doc));
        AssertCliRejects(doc);
    }

    [Fact]
    public void A_missing_required_property_is_invalid_for_the_schema_and_the_cli()
    {
        JsonObject doc = Sample("sample-portfolio.json");
        doc["projects"]![0]!.AsObject().Remove("status");
        Assert.False(Valid(Portfolio.Value, doc));
        AssertCliRejects(doc);
    }

    [Fact]
    public void A_malformed_date_is_invalid_for_the_schema_and_the_cli()
    {
        JsonObject doc = Sample("sample-portfolio.json");
        doc["statusDate"] = "31/10/2026";
        Assert.False(Valid(Portfolio.Value, doc));
        AssertCliRejects(doc);
    }

    [Fact]
    public void The_sample_kpi_file_is_valid() => Assert.True(Valid(Kpis.Value, Sample("sample-kpis.json")));

    [Fact]
    public void An_observation_with_a_value_and_a_ratio_is_invalid_for_the_schema_and_the_cli()
    {
        JsonObject doc = Sample("sample-kpis.json");
        doc["subjects"]![1]!["observations"]![1]!["value"] = 0.9;
        Assert.False(Valid(Kpis.Value, doc));
        AssertCliRejects(doc, "kpi");
    }

    [Fact]
    public void An_unknown_property_in_an_observation_is_invalid_for_the_schema_and_the_cli()
    {
        JsonObject doc = Sample("sample-kpis.json");
        doc["subjects"]![1]!["observations"]![0]!.AsObject()["vale"] = 1;
        Assert.False(Valid(Kpis.Value, doc));
        AssertCliRejects(doc, "kpi");
    }

    [Fact]
    public void A_band_status_outside_the_scale_and_a_bad_convention_are_invalid_for_the_schema_and_the_cli()
    {
        JsonObject kpis = Sample("sample-kpis.json");
        kpis["definitions"]![0]!["bands"]![0]!["status"] = "blue";
        Assert.False(Valid(Kpis.Value, kpis));
        AssertCliRejects(kpis, "kpi");

        JsonObject pf = Sample("sample-portfolio.json");
        pf["projects"]![0]!["benefits"]!["convention"] = "endOfYear";
        Assert.False(Valid(Portfolio.Value, pf));
        AssertCliRejects(pf);
    }

    [Fact]
    public void A_negative_remaining_count_is_invalid_for_the_schema_and_the_cli()
    {
        JsonObject pf = Sample("sample-portfolio.json");
        pf["projects"]![0]!["flow"]!["remainingItems"] = -3;
        Assert.False(Valid(Portfolio.Value, pf));
        AssertCliRejects(pf);
    }

    private static void AssertCliRejects(JsonObject doc, string command = "report")
    {
        string path = Path.Combine(Path.GetTempPath(), $"pmo-schema-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, doc.ToJsonString());
        try
        {
            var result = CliRunner.Run(command, "--input", path);
            Assert.Equal(2, result.Exit);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
