using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

public class InputErrorTests
{
    private static (int Exit, string Err) EvmOn(JsonNode project)
    {
        using var runner = new CliRunner();
        string path = runner.Write("p.json", project);
        var (exit, stdout, stderr) = CliRunner.Run("evm", "--input", path);
        Assert.Equal(string.Empty, stdout);
        return (exit, stderr);
    }

    private static void AssertOneLine(string stderr)
    {
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_exits_2_with_a_message()
    {
        var (exit, _, stderr) = CliRunner.Run("report", "--input", "/no/such/portfolio.json");

        Assert.Equal(2, exit);
        Assert.Contains("/no/such/portfolio.json: input file not found", stderr, StringComparison.Ordinal);
        AssertOneLine(stderr);
    }

    [Fact]
    public void Malformed_json_exits_2_with_a_one_based_line_and_column()
    {
        using var runner = new CliRunner();
        string path = runner.Write("bad.json", "{\n  \"id\": \"X\",\n  \"name\": ,\n}");

        var (exit, _, stderr) = CliRunner.Run("evm", "--input", path);

        Assert.Equal(2, exit);
        Assert.Contains("malformed JSON at line 3, column 11", stderr, StringComparison.Ordinal);
        AssertOneLine(stderr);
    }

    [Fact]
    public void Negative_pv_names_the_json_path_and_the_rule()
    {
        JsonObject p = Fixtures.Project("2026-03-31", 500, 450);
        p["baselines"]![0]!["periods"]![1]!["pv"] = -5;

        var (exit, stderr) = EvmOn(p);

        Assert.Equal(2, exit);
        Assert.Contains("$.baselines[0].periods[1].pv: must be zero or positive", stderr, StringComparison.Ordinal);
        AssertOneLine(stderr);
    }

    [Fact]
    public void Negative_pv_in_a_portfolio_names_the_full_path()
    {
        using var runner = new CliRunner();
        JsonObject portfolio = Fixtures.SamplePortfolio();
        portfolio["projects"]![3]!["baselines"]![0]!["periods"]![5]!["pv"] = -1;
        string path = runner.Write("p.json", portfolio);

        var (exit, _, stderr) = CliRunner.Run("report", "--input", path);

        Assert.Equal(2, exit);
        Assert.Contains("$.projects[3].baselines[0].periods[5].pv: must be zero or positive", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Decreasing_dates_name_the_path_and_the_rule()
    {
        JsonObject p = Fixtures.Project("2026-03-31", 500, 450);
        p["baselines"]![0]!["periods"]![2]!["end"] = "2026-02-15";

        var (exit, stderr) = EvmOn(p);

        Assert.Equal(2, exit);
        Assert.Contains("$.baselines[0].periods[2].end: dates must increase", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Decreasing_history_dates_name_the_path_and_the_rule()
    {
        JsonObject p = Fixtures.Project("2026-03-31", 500, 450, """[{"date":"2026-02-28","ev":1,"ac":1},{"date":"2026-01-31","ev":2,"ac":2}]""");

        var (exit, stderr) = EvmOn(p);

        Assert.Equal(2, exit);
        Assert.Contains("$.status.history[1].date: dates must increase", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_property_is_rejected_with_its_path()
    {
        JsonObject p = Fixtures.Project("2026-03-31", 500, 450);
        p["baselines"]![0]!.AsObject()["perods"] = new JsonArray();

        var (exit, stderr) = EvmOn(p);

        Assert.Equal(2, exit);
        Assert.Contains("$.baselines[0].perods: unknown property \"perods\"", stderr, StringComparison.Ordinal);
        Assert.Contains("line 1, column", stderr, StringComparison.Ordinal);
        AssertOneLine(stderr);
    }

    [Fact]
    public void Missing_required_property_is_reported_with_its_path()
    {
        JsonObject p = Fixtures.Project("2026-03-31", 500, 450);
        p["status"]!.AsObject().Remove("ev");

        var (exit, stderr) = EvmOn(p);

        Assert.Equal(2, exit);
        Assert.Contains("$.status.ev: required property missing", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_type_is_reported_with_its_path()
    {
        JsonObject p = Fixtures.Project("2026-03-31", 500, 450);
        p["status"]!["ac"] = "lots";

        var (exit, stderr) = EvmOn(p);

        Assert.Equal(2, exit);
        Assert.Contains("$.status.ac: must be a number", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_date_is_reported_with_its_path()
    {
        JsonObject p = Fixtures.Project("2026-03-31", 500, 450);
        p["baselines"]![0]!["start"] = "2026-13-01";

        var (exit, stderr) = EvmOn(p);

        Assert.Equal(2, exit);
        Assert.Contains("$.baselines[0].start: must be a date", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_programme_is_reported_with_its_path()
    {
        using var runner = new CliRunner();
        JsonObject portfolio = Fixtures.SamplePortfolio();
        portfolio["projects"]![2]!["programme"] = "XX";
        string path = runner.Write("p.json", portfolio);

        var (exit, _, stderr) = CliRunner.Run("report", "--input", path);

        Assert.Equal(2, exit);
        Assert.Contains("$.projects[2].programme: unknown programme \"XX\"", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_option_value_is_reported_with_its_path()
    {
        JsonObject p = Fixtures.Project("2026-03-31", 500, 450);
        p["options"] = new JsonObject { ["primaryEac"] = "magic" };

        var (exit, stderr) = EvmOn(p);

        Assert.Equal(2, exit);
        Assert.Contains("$.options.primaryEac: must be one of", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_deep_json_is_rejected()
    {
        using var runner = new CliRunner();
        string path = runner.Write("deep.json", new string('[', 40) + new string(']', 40));

        var (exit, _, stderr) = CliRunner.Run("evm", "--input", path);

        Assert.Equal(2, exit);
        Assert.Contains("JSON nested more than 32 levels deep at line 1, column 33 (the limit is 32)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var (exit, _, stderr) = CliRunner.Run("report", "--format", "pdf");

        Assert.Equal(2, exit);
        Assert.Contains("pdf", stderr, StringComparison.Ordinal);
    }
}
