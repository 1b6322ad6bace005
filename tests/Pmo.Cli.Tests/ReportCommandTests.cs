using System.Text.Json;
using Pmo.Cli.Input;

namespace Pmo.Cli.Tests;

public class ReportCommandTests
{
    private static readonly string[] ProjectIds = ["DC-01", "DC-02", "DC-03", "DC-04", "CSM-01", "CSM-02", "CSM-03", "CSM-04", "RC-01", "RC-02"];

    private static readonly string[] ProgrammeNames = ["Digital Channels", "Core Systems Modernisation", "Regulatory & Compliance"];

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("json")]
    public void Report_on_the_embedded_sample_names_every_project_and_programme_and_never_prints_NaN_or_infinity(string format)
    {
        var (exit, stdout, stderr) = CliRunner.Run("report", "--format", format);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        foreach (string id in ProjectIds)
        {
            Assert.Contains(id, stdout, StringComparison.Ordinal);
        }

        foreach (string name in ProgrammeNames)
        {
            Assert.Contains(name, stdout, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(@"(?i)\bNaN\b", stdout); // a word: "financeRate" is fine
        Assert.DoesNotContain("Infinity", stdout, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("∞", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_defaults_to_text_with_a_header_programme_tables_rollups_and_diagnostics()
    {
        var (exit, stdout, _) = CliRunner.Run("report");

        Assert.Equal(0, exit);
        Assert.Contains("Northwind Bank Change Portfolio", stdout, StringComparison.Ordinal);
        Assert.Contains("Status date: 2026-10-31", stdout, StringComparison.Ordinal);
        Assert.Contains("DC total", stdout, StringComparison.Ordinal);
        Assert.Contains("Portfolio roll-up", stdout, StringComparison.Ordinal);
        Assert.Contains("Notable diagnostics", stdout, StringComparison.Ordinal);
        Assert.Contains("CSM-02: re-baselined", stdout, StringComparison.Ordinal);
        Assert.Contains("6,000,000", stdout, StringComparison.Ordinal);

        // The not-started project shows n/a for its undefined indices.
        string dc03 = stdout.Split('\n').Single(l => l.TrimStart().StartsWith("DC-03", StringComparison.Ordinal));
        Assert.Contains("n/a", dc03, StringComparison.Ordinal);
        Assert.Contains("Not started", dc03, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_json_parses_back_with_every_project_rollups_and_nulls_for_undefined_metrics()
    {
        var (exit, stdout, _) = CliRunner.Run("report", "--format", "json");

        Assert.Equal(0, exit);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("2026-10-31", root.GetProperty("portfolio").GetProperty("statusDate").GetString());
        JsonElement projects = root.GetProperty("projects");
        Assert.Equal(ProjectIds, projects.EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToArray());
        Assert.Equal(3, root.GetProperty("programmes").GetArrayLength());

        JsonElement dc03 = projects.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "DC-03").GetProperty("analysis");
        Assert.Equal(JsonValueKind.Null, dc03.GetProperty("costPerformanceIndex").ValueKind);
        Assert.Equal(JsonValueKind.Null, dc03.GetProperty("schedule").GetProperty("schedulePerformanceIndex").ValueKind);
        Assert.Contains(dc03.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("metric").GetString() == "CPI" && d.GetProperty("kind").GetString() == "undefined");

        JsonElement total = root.GetProperty("total");
        double ev = projects.EnumerateArray().Sum(p => p.GetProperty("analysis").GetProperty("earnedValue").GetDouble());
        Assert.Equal(ev, total.GetProperty("earnedValue").GetDouble(), 6);
        Assert.Equal(10, total.GetProperty("projectIds").GetArrayLength());
    }

    [Fact]
    public void Report_on_an_input_file_with_different_status_dates_falls_back_to_a_summed_rollup()
    {
        using var runner = new CliRunner();
        var portfolio = Fixtures.SamplePortfolio();
        portfolio["projects"]![0]!.AsObject()["statusDate"] = "2026-09-30";
        portfolio["projects"]![0]!["status"]!.AsObject().Remove("history");
        string path = runner.Write("p.json", portfolio);

        var (exit, stdout, stderr) = CliRunner.Run("report", "--input", path);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("different status dates", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_sample_equals_docs_data_byte_for_byte_and_maps_to_core_types()
    {
        byte[] embedded = InputLoader.ReadSample();
        byte[] onDisk = File.ReadAllBytes(Path.Combine(CliRunner.RepoRoot, "docs", "data", "sample-portfolio.json"));

        Assert.Equal(onDisk, embedded);
        LoadedPortfolio portfolio = InputLoader.LoadPortfolio(embedded, "sample");
        Assert.Equal(10, portfolio.Projects.Length);
        Assert.Equal(3, portfolio.Programmes.Length);
        Assert.Contains(portfolio.Projects, p => p.Baselines.IsRebaselined);
        Assert.Contains(portfolio.Projects, p => p.Budget.ManagementReserve > 0 && p.Budget.OverTargetAmount > 0);
        Assert.Contains(portfolio.Projects, p => p.Options.BottomUpEstimateToComplete is not null);
    }
}
