using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

/// <summary>
/// <c>pmo level</c> (issue 7 §3): one PSPLIB instance (schedule, LB0, Gantt) and a folder evaluation against a reference
/// file; bad input exits with code 2. The oracle for j301_1 is PSPLIB itself: MPM-Time 38 and the proven optimum 43 from
/// j30opt.sm (Kolisch and Sprecher 1996), so no makespan may be below 43.
/// </summary>
public class LevelCommandTests
{
    private static readonly string J30 = Path.Combine(CliRunner.RepoRoot, "tests", "Pmo.Core.Tests", "GoldenData", "psplib", "j30");

    private static readonly string J301 = Path.Combine(J30, "j301_1.sm");

    [Fact]
    public void One_instance_text_shows_LB0_makespan_Gantt_and_resources()
    {
        var (exit, stdout, stderr) = CliRunner.Run("level", "--input", J301, "--schedules", "300", "--seed", "5");
        Assert.True(exit == 0, stderr);
        Assert.Contains("LB0 (critical path, MPM-Time): 38", stdout, StringComparison.Ordinal);
        Assert.Contains("makespan: ", stdout, StringComparison.Ordinal);
        Assert.Contains("Gantt", stdout, StringComparison.Ordinal);
        Assert.Contains("R4: capacity 12", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void One_instance_json_is_consistent_and_never_below_the_proven_optimum()
    {
        var (exit, stdout, stderr) = CliRunner.Run("level", "-i", J301, "-n", "300", "-s", "5", "-f", "json");
        Assert.True(exit == 0, stderr);
        JsonNode doc = JsonNode.Parse(stdout)!;
        Assert.Equal(38, doc["lowerBound"]!.GetValue<int>());
        int makespan = doc["makespan"]!.GetValue<int>();
        Assert.InRange(makespan, 43, 158);
        Assert.InRange(doc["schedulesGenerated"]!.GetValue<int>(), 1, 300);
        JsonArray jobs = doc["jobs"]!.AsArray();
        Assert.Equal(32, jobs.Count);
        Assert.All(jobs, j => Assert.Equal(j!["start"]!.GetValue<int>() + j["duration"]!.GetValue<int>(), j["finish"]!.GetValue<int>()));
        Assert.Equal(makespan, jobs.Max(j => j!["finish"]!.GetValue<int>()));
        Assert.All(doc["resources"]!.AsArray(), r => Assert.True(r!["peak"]!.GetValue<int>() <= r["capacity"]!.GetValue<int>()));
    }

    [Fact]
    public void The_same_seed_gives_the_same_json()
    {
        string[] args = ["level", "-i", J301, "-n", "200", "-s", "9", "-f", "json"];
        Assert.Equal(CliRunner.Run(args).Out, CliRunner.Run(args).Out);
    }

    [Fact]
    public void A_folder_is_evaluated_against_the_reference_and_reference_files_are_skipped()
    {
        using var runner = new CliRunner();
        File.Copy(J301, Path.Combine(runner.Directory, "j301_1.sm"));
        File.Copy(Path.Combine(J30, "j301_2.sm"), Path.Combine(runner.Directory, "j301_2.sm"));
        string opt = Path.Combine(runner.Directory, "j30opt.sm");
        File.Copy(Path.Combine(J30, "j30opt.sm"), opt);

        var (exit, stdout, stderr) = CliRunner.Run("level", "-i", runner.Directory, "-r", opt, "-n", "200", "-f", "json", "-t", "1");
        Assert.True(exit == 0, stderr);
        JsonNode doc = JsonNode.Parse(stdout)!;
        Assert.Equal(2, doc["instances"]!.GetValue<int>());
        Assert.True(doc["averageDeviationFromReferencePercent"]!.GetValue<double>() >= 0);
        Assert.True(doc["averageDeviationFromLowerBoundPercent"]!.GetValue<double>() >= 0);
        JsonArray results = doc["results"]!.AsArray();
        Assert.Equal("j301_1.sm", results[0]!["instance"]!.GetValue<string>());
        Assert.Equal(43, results[0]!["reference"]!.GetValue<int>());
        Assert.All(results, r => Assert.True(r!["makespan"]!.GetValue<int>() >= r["reference"]!.GetValue<int>()));

        var text = CliRunner.Run("level", "-i", runner.Directory, "-r", opt, "-n", "200");
        Assert.Equal(0, text.Exit);
        Assert.Contains("average deviation from the reference (j30opt.sm)", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_goes_to_a_file()
    {
        using var runner = new CliRunner();
        string target = Path.Combine(runner.Directory, "level.json");
        var (exit, stdout, stderr) = CliRunner.Run("level", "-i", J301, "-n", "50", "-f", "json", "-o", target);
        Assert.True(exit == 0, stderr);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(38, JsonNode.Parse(File.ReadAllText(target))!["lowerBound"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("--schedules", "0", "--schedules: must be between 1 and 10000000")]
    [InlineData("--schedules", "10000001", "--schedules: must be between 1 and 10000000")]
    [InlineData("--threads", "0", "--threads: must be at least 1")]
    [InlineData("--reference", "j30opt.sm", "--reference: only with a directory")]
    public void Bad_options_exit_2(string option, string value, string message)
    {
        var (exit, _, stderr) = CliRunner.Run("level", "-i", J301, option, value);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_input_exits_2() => AssertInputError(["level", "-i", "/no/such/file.sm"], "input file or directory not found");

    [Fact]
    public void Unknown_format_exits_2() => Assert.Equal(2, CliRunner.Run("level", "-i", J301, "-f", "markdown").Exit);

    [Fact]
    public void A_file_that_is_not_PSPLIB_exits_2()
    {
        using var runner = new CliRunner();
        AssertInputError(["level", "-i", runner.Write("x.sm", "hello\n")], "not a PSPLIB single-mode instance");
    }

    [Fact]
    public void An_empty_folder_exits_2()
    {
        using var runner = new CliRunner();
        AssertInputError(["level", "-i", runner.Directory], "no PSPLIB .sm instance files");
    }

    [Fact]
    public void A_missing_reference_file_exits_2()
    {
        using var runner = new CliRunner();
        File.Copy(J301, Path.Combine(runner.Directory, "j301_1.sm"));
        AssertInputError(["level", "-i", runner.Directory, "-r", Path.Combine(runner.Directory, "none.sm")], "--reference:");
    }

    [Fact]
    public void An_instance_without_a_reference_entry_exits_2()
    {
        using var runner = new CliRunner();
        File.Copy(J301, Path.Combine(runner.Directory, "my-project.sm"));
        AssertInputError(["level", "-i", runner.Directory, "-r", Path.Combine(J30, "j30opt.sm")], "no (parameter, instance) entry");
    }

    [Fact]
    public void A_broken_instance_in_a_folder_exits_2()
    {
        using var runner = new CliRunner();
        File.Copy(J301, Path.Combine(runner.Directory, "j301_1.sm"));
        _ = runner.Write("j301_2.sm", "jobs (incl. supersource/sink ):  x\n");
        AssertInputError(["level", "-i", runner.Directory, "-t", "1"], "not a PSPLIB single-mode instance");
    }

    private static void AssertInputError(string[] args, string message)
    {
        var (exit, _, stderr) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }
}
