using System.Text.Json;

namespace Pmo.Cli.Tests;

public class EvmCommandTests
{
    private static string Line(string text, string label) =>
        text.Split('\n').Single(l => l.TrimStart().StartsWith(label, StringComparison.Ordinal));

    [Fact]
    public void Ac_zero_reports_cpi_as_na_in_text_and_null_in_json()
    {
        using var runner = new CliRunner();
        string path = runner.Write("p.json", Fixtures.Project("2026-03-31", ev: 500, ac: 0));

        var (exit, text, _) = CliRunner.Run("evm", "--input", path);
        var (_, json, _) = CliRunner.Run("evm", "--input", path, "--format", "json");

        Assert.Equal(0, exit);
        Assert.EndsWith("n/a", Line(text, "CPI = EV / AC:").TrimEnd(), StringComparison.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("project").GetProperty("analysis").GetProperty("costPerformanceIndex").ValueKind);
        Assert.Contains("[n/a] CPI: AC = 0", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Finished_late_project_has_spi_t_equal_to_pd_over_at()
    {
        using var runner = new CliRunner();
        string path = runner.Write("p.json", Fixtures.Project("2026-09-30", ev: 1000, ac: 1100));

        var (exit, json, _) = CliRunner.Run("evm", "--input", path, "--format", "json");
        var (_, text, _) = CliRunner.Run("evm", "--input", path);

        Assert.Equal(0, exit);
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement s = doc.RootElement.GetProperty("project").GetProperty("analysis").GetProperty("schedule");
        Assert.Equal(6.0, s.GetProperty("plannedDuration").GetDouble());
        Assert.Equal(9.0, s.GetProperty("actualTime").GetDouble(), 12);
        Assert.Equal(6.0 / 9.0, s.GetProperty("schedulePerformanceIndex").GetDouble(), 12);
        Assert.EndsWith("0.67", Line(text, "SPI(t) = ES / AT:").TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("Complete", Line(text, "Status:"), StringComparison.Ordinal);
    }

    [Fact]
    public void Not_started_project_reports_undefined_indices_and_the_not_started_status()
    {
        using var runner = new CliRunner();
        string path = runner.Write("p.json", Fixtures.Project("2025-12-31", ev: 0, ac: 0));

        var (exit, text, stderr) = CliRunner.Run("evm", "--input", path);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("Not started", Line(text, "Status:"), StringComparison.Ordinal);
        Assert.EndsWith("n/a", Line(text, "SPI(t) = ES / AT:").TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("n/a", Line(text, "SPI = EV / PV:").TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("json")]
    public void Evm_reports_every_eac_and_duration_method(string format)
    {
        using var runner = new CliRunner();
        const string history = """[{"date":"2026-01-31","ev":90,"ac":100},{"date":"2026-02-28","ev":280,"ac":310},{"date":"2026-03-31","ev":560,"ac":600}]""";
        string path = runner.Write("p.json", Fixtures.Project("2026-04-30", ev: 740, ac: 800, history));

        var (exit, stdout, _) = CliRunner.Run("evm", "--input", path, "--format", format);

        Assert.Equal(0, exit);
        foreach (string method in new[] { "budgetRate", "cpi", "spiT", "cpiTimesSpiT", "weightedCpiSpi", "movingCpi", "earnedScheduleSpiT", "plannedValueSci", "earnedDurationSci" })
        {
            Assert.Contains(method, stdout, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("NaN", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Evm_on_the_documented_sample_project_succeeds()
    {
        string path = Path.Combine(CliRunner.RepoRoot, "docs", "data", "sample-project.json");

        var (exit, stdout, stderr) = CliRunner.Run("evm", "--input", path);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("CSM-02 Data Warehouse Migration", stdout, StringComparison.Ordinal);
        Assert.Contains("Re-baselined: BAC +300,000", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Evm_requires_an_input()
    {
        var (exit, _, stderr) = CliRunner.Run("evm");

        Assert.Equal(2, exit);
        Assert.Contains("--input", stderr, StringComparison.Ordinal);
    }
}
