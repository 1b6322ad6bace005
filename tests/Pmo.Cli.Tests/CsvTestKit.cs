using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

/// <summary>Helpers of the CSV input tests: run a command on a CSV and on the equivalent JSON and compare.</summary>
internal static class CsvTestKit
{
    public static string Sample(string name) => Path.Combine(CliRunner.RepoRoot, "docs", "data", name);

    public static JsonObject SampleJson(string name) => (JsonObject)JsonNode.Parse(File.ReadAllText(Sample(name)))!;

    /// <summary>Runs the command on a CSV file and on a JSON file and asserts equal text and JSON reports (input names aside).</summary>
    public static void AssertSameReports(string command, string csvPath, string jsonPath)
    {
        foreach (string[] format in new[] { Array.Empty<string>(), ["--format", "json"] })
        {
            var (csvExit, csvOut, csvErr) = CliRunner.Run([command, "--input", csvPath, .. format]);
            var (jsonExit, jsonOut, jsonErr) = CliRunner.Run([command, "--input", jsonPath, .. format]);
            Assert.True(csvExit == 0, csvErr);
            Assert.True(jsonExit == 0, jsonErr);
            Assert.Equal(Normalize(jsonOut, jsonPath), Normalize(csvOut, csvPath));
        }
    }

    /// <summary>Runs a command on CSV text and asserts exit code 2 with the message <c>file: expected</c>.</summary>
    public static void AssertError(string command, string csv, string expected)
    {
        using var runner = new CliRunner();
        string path = runner.Write("table.csv", csv);
        var (exit, _, stderr) = CliRunner.Run(command, "--input", path);
        Assert.Equal(2, exit);
        Assert.Contains($"table.csv: {expected}", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    private static string Normalize(string report, string path) =>
        report.Replace(path.Replace("\\", "\\\\", StringComparison.Ordinal), "<input>", StringComparison.Ordinal)
            .Replace(path, "<input>", StringComparison.Ordinal);
}
