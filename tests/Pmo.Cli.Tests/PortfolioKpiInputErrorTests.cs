using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

/// <summary>Contract errors of the KPI, benefits and flow parts of a portfolio file.</summary>
public class PortfolioKpiInputErrorTests
{
    [Fact]
    public void A_bad_band_set_in_a_custom_definition_names_the_band()
    {
        JsonObject doc = Fixtures.SamplePortfolio();
        doc["kpiDefinitions"]![0]!["bands"]![1]!["upper"] = 3.9; // [3.5, 3.9) then [4.0, +inf): a gap
        AssertError(doc, "$.kpiDefinitions[0].bands[1]: gap: bands[1]");
    }

    [Fact]
    public void Overlapping_bands_are_rejected()
    {
        JsonObject doc = Fixtures.SamplePortfolio();
        doc["kpiDefinitions"]![0]!["bands"]![0]!["upper"] = 3.7;
        AssertError(doc, "$.kpiDefinitions[0].bands[0]: overlap:");
    }

    [Fact]
    public void A_percent_of_target_definition_without_targets_is_mapped_to_its_targets()
    {
        JsonObject doc = Fixtures.SamplePortfolio();
        doc["kpiDefinitions"]![0]!["bandMode"] = "percentOfTarget";
        doc["kpiDefinitions"]![0]!.AsObject().Remove("targets");
        AssertError(doc, "$.kpiDefinitions[0].targets: targets must hold at least one target");
    }

    [Fact]
    public void An_unknown_kpi_id_in_a_project_history_is_rejected()
    {
        JsonObject doc = Fixtures.SamplePortfolio();
        doc["projects"]![0]!["kpis"]![0]!["kpi"] = "milestones";
        AssertError(doc, "$.projects[0].kpis[0].kpi: unknown KPI \"milestones\"");
    }

    [Fact]
    public void Decreasing_dates_in_a_project_history_are_rejected()
    {
        JsonObject doc = Fixtures.SamplePortfolio();
        JsonArray kpis = doc["projects"]![0]!["kpis"]!.AsArray();
        int second = kpis.Select((k, i) => (k, i)).Where(x => (string)x.k!["kpi"]! == "rework").Skip(1).First().i;
        kpis[second]!["date"] = "2025-10-31";
        AssertError(doc, $"$.projects[0].kpis[{second}].date: dates of \"rework\" must increase");
    }

    [Fact]
    public void Target_overrides_of_unknown_kpis_are_rejected()
    {
        JsonObject doc = Fixtures.SamplePortfolio();
        doc["projects"]![0]!["kpiTargets"]![0]!["kpi"] = "cpii";
        AssertError(doc, "$.projects[0].kpiTargets[0].kpi: unknown KPI \"cpii\"");
    }

    [Fact]
    public void A_dated_cash_flow_before_the_first_is_rejected()
    {
        JsonObject doc = Fixtures.SamplePortfolio();
        JsonNode csm03 = doc["projects"]!.AsArray().Single(p => (string)p!["id"]! == "CSM-03")!;
        int index = doc["projects"]!.AsArray().IndexOf(csm03);
        csm03["benefits"]!["datedCashFlows"]![2]!["date"] = "2025-12-31";
        AssertError(doc, $"$.projects[{index}].benefits.datedCashFlows[2].date: must not be before the first flow's date 2026-02-01");
    }

    [Fact]
    public void A_discount_rate_at_minus_one_is_rejected()
    {
        JsonObject doc = Fixtures.SamplePortfolio();
        doc["projects"]![0]!["benefits"]!["discountRate"] = -1;
        AssertError(doc, "$.projects[0].benefits.discountRate: must be greater than −1");
    }

    [Fact]
    public void A_remaining_range_with_an_unknown_property_is_rejected()
    {
        JsonObject doc = Fixtures.SamplePortfolio();
        doc["projects"]![0]!["flow"]!["remainingItems"] = JsonNode.Parse("""{ "min": 5, "maxx": 9 }""");
        AssertError(doc, "$.projects[0].flow.remainingItems.maxx: unknown property \"maxx\"");
    }

    [Fact]
    public void A_remaining_range_upside_down_is_rejected()
    {
        JsonObject doc = Fixtures.SamplePortfolio();
        doc["projects"]![0]!["flow"]!["remainingItems"] = JsonNode.Parse("""{ "min": 9, "max": 5 }""");
        AssertError(doc, "$.projects[0].flow.remainingItems.max: must be at least min (9) (got 5)");
    }

    [Fact]
    public void Too_few_forecast_trials_are_rejected()
    {
        JsonObject doc = Fixtures.SamplePortfolio();
        doc["projects"]![0]!["flow"]!["forecastTrials"] = 10;
        AssertError(doc, "$.projects[0].flow.forecastTrials: must be between 100 and 1,000,000 (got 10)");
    }

    [Fact]
    public void A_finish_before_the_start_is_rejected()
    {
        JsonObject doc = Fixtures.SamplePortfolio();
        doc["projects"]![0]!["flow"]!["items"]![0]!["finish"] = "2026-05-01";
        AssertError(doc, "$.projects[0].flow.items[0].finish: must not be before the start 2026-06-01");
    }

    [Fact]
    public void A_string_in_the_cash_flows_is_a_type_error_at_its_index()
    {
        JsonObject doc = Fixtures.SamplePortfolio();
        doc["projects"]![0]!["benefits"]!["cashFlows"]![1] = "300000";
        AssertError(doc, "$.projects[0].benefits.cashFlows[1]: must be a number");
    }

    private static void AssertError(JsonObject doc, string expected)
    {
        using var runner = new CliRunner();
        var (exit, stdout, stderr) = CliRunner.Run("report", "--input", runner.Write("p.json", doc));
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }
}
