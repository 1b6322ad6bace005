using System.Globalization;
using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

/// <summary>The issue-3 sections of <c>pmo report</c> on the bundled sample: KPIs, roll-ups, SPC, benefits, forecasts.</summary>
public class KpiReportTests
{
    [Fact]
    public void Text_report_shows_kpi_statuses_rollups_signals_benefits_and_a_delivery_forecast()
    {
        var (exit, stdout, stderr) = CliRunner.Run("report");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("KPI scorecards", stdout, StringComparison.Ordinal);
        Assert.Contains("DC-01 Mobile Banking App 3.0: overall Red", stdout, StringComparison.Ordinal);
        Assert.Contains("Milestone on-time rate", stdout, StringComparison.Ordinal);
        Assert.Contains("BREACH", stdout, StringComparison.Ordinal);
        Assert.Contains("KPI roll-ups", stdout, StringComparison.Ordinal);
        Assert.Contains("ratio of sums", stdout, StringComparison.Ordinal);
        Assert.Contains("Control-chart signals worth attention", stdout, StringComparison.Ordinal);
        Assert.Contains("CONCERN NHS-RUN run above the mean (shift) (8 points", stdout, StringComparison.Ordinal);
        Assert.Contains("CONCERN NHS-LIMIT above the upper limit", stdout, StringComparison.Ordinal);
        Assert.Contains("CONSISTENTLY FAIL", stdout, StringComparison.Ordinal);
        Assert.Contains("Benefits", stdout, StringComparison.Ordinal);
        Assert.Contains("10.0% / 20.0%", stdout, StringComparison.Ordinal); // RC-01: two IRRs
        Assert.Contains("Delivery forecasts", stdout, StringComparison.Ordinal);
        Assert.Contains("85% chance done on or before", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_not_started_project_has_no_scorecard_and_undefined_values_print_as_na()
    {
        var (_, stdout, _) = CliRunner.Run("report");

        Assert.DoesNotContain("DC-03 Contact Centre Virtual Agent: overall", stdout, StringComparison.Ordinal);
        string tcpi = stdout.Split('\n').SkipWhile(l => !l.StartsWith("DC-04 ", StringComparison.Ordinal)).First(l => l.TrimStart().StartsWith("TCPI", StringComparison.Ordinal));
        Assert.Contains("n/a", tcpi, StringComparison.Ordinal); // finished: TCPI undefined, not a stale value
        Assert.Contains("unknown", tcpi, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_report_carries_scorecards_rollups_as_ratios_of_sums_spc_benefits_and_forecasts()
    {
        var (exit, stdout, _) = CliRunner.Run("report", "--format", "json");
        Assert.Equal(0, exit);
        JsonNode doc = JsonNode.Parse(stdout)!;

        JsonArray cards = doc["kpis"]!["scorecards"]!.AsArray();
        Assert.Equal(9, cards.Count);
        JsonNode dc01 = cards.Single(c => (string)c!["subjectId"]! == "DC-01")!;
        Assert.Equal("red", (string?)dc01["overall"]!["status"]);
        JsonNode cpi = dc01["kpis"]!.AsArray().Single(k => (string)k!["kpi"]! == "cpi")!;
        Assert.Equal(1.0, (double)cpi["target"]!);
        Assert.NotNull(cpi["forecast"]);

        JsonNode portfolio = doc["kpis"]!["rollups"]!.AsArray().Single(r => (string)r!["id"]! == "Portfolio")!;
        JsonNode pcpi = portfolio["kpis"]!.AsArray().Single(k => (string)k!["kpi"]! == "cpi")!;
        Assert.Equal("ratioOfSums", (string?)pcpi["rule"]);
        Assert.Equal((double)pcpi["numerator"]! / (double)pcpi["denominator"]!, (double)pcpi["value"]!, 12);
        Assert.Equal("worstWins", (string?)pcpi["members"]!["rule"]);

        JsonArray spc = doc["spc"]!.AsArray();
        JsonNode rework = spc.Single(c => (string)c!["subjectId"]! == "DC-01" && (string)c["kpi"]! == "rework")!;
        Assert.Equal("decrease", (string?)rework["direction"]);
        Assert.Contains(rework["signals"]!.AsArray(), s => (string)s!["rule"]! == "NHS-RUN" && (string)s["interpretation"]! == "concern" && (int)s["points"]! >= 8);
        Assert.Contains(spc, c => (string)c!["assurance"]! == "consistentlyFail");

        JsonNode benefits = doc["benefits"]!;
        JsonArray projects = benefits["projects"]!.AsArray();
        double sum = projects.Sum(p => (double?)p!["netPresentValue"] ?? (double)p["datedNetPresentValue"]!);
        Assert.Equal(sum, (double)benefits["totalNetPresentValue"]!, 6);
        JsonNode rc01 = projects.Single(p => (string)p!["projectId"]! == "RC-01")!;
        Assert.Equal(2, rc01["irr"]!["roots"]!.AsArray().Count);
        JsonNode csm03 = projects.Single(p => (string)p!["projectId"]! == "CSM-03")!;
        Assert.Null(csm03["netPresentValue"]);
        Assert.NotNull(csm03["xirr"]);

        JsonArray forecasts = doc["deliveryForecasts"]!.AsArray();
        Assert.Equal(3, forecasts.Count);
        foreach (JsonNode? f in forecasts)
        {
            DateTime[] dates = [.. f!["percentiles"]!.AsArray().Select(p => DateTime.Parse((string)p!["doneOnOrBefore"]!, CultureInfo.InvariantCulture))];
            Assert.Equal(dates.Order(), dates);
        }
    }

    [Fact]
    public void The_delivery_forecast_is_deterministic_for_a_seed()
    {
        string first = CliRunner.Run("report", "--format", "json").Out;
        string second = CliRunner.Run("report", "--format", "json").Out;
        Assert.Equal(first, second);
    }

    [Fact]
    public void Markdown_report_has_the_new_sections()
    {
        var (exit, stdout, _) = CliRunner.Run("report", "--format", "markdown");
        Assert.Equal(0, exit);
        Assert.Contains("## KPI scorecards", stdout, StringComparison.Ordinal);
        Assert.Contains("## Control-chart signals worth attention", stdout, StringComparison.Ordinal);
        Assert.Contains("## Benefits", stdout, StringComparison.Ordinal);
        Assert.Contains("## Delivery forecasts", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_portfolio_without_kpis_benefits_or_flow_still_reports_with_the_derived_ev_kpis()
    {
        using var runner = new CliRunner();
        JsonObject doc = Fixtures.SamplePortfolio();
        doc.Remove("kpiDefinitions");
        foreach (JsonNode? p in doc["projects"]!.AsArray())
        {
            p!.AsObject().Remove("kpis");
            p.AsObject().Remove("kpiTargets");
            p.AsObject().Remove("benefits");
            p.AsObject().Remove("flow");
        }

        var (exit, stdout, stderr) = CliRunner.Run("report", "--input", runner.Write("plain.json", doc));
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("CPI", stdout, StringComparison.Ordinal);
        Assert.Contains("No project has a benefits case.", stdout, StringComparison.Ordinal);
        Assert.Contains("No project has flow data.", stdout, StringComparison.Ordinal);
    }
}
