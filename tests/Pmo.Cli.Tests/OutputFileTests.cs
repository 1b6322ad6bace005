namespace Pmo.Cli.Tests;

public class OutputFileTests
{
    [Fact]
    public void Output_writes_the_report_to_the_file_and_nothing_to_stdout()
    {
        using var runner = new CliRunner();
        string target = Path.Combine(runner.Directory, "report.md");

        var (exit, stdout, _) = CliRunner.Run("report", "--format", "markdown", "--output", target);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("# Northwind Bank Change Portfolio", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(runner.Directory));
    }

    [Fact]
    public void Output_is_not_created_when_the_input_is_bad()
    {
        using var runner = new CliRunner();
        string input = runner.Write("bad.json", "{ \"id\": ");
        string target = Path.Combine(runner.Directory, "out.txt");

        var (exit, _, _) = CliRunner.Run("evm", "--input", input, "--output", target);

        Assert.Equal(2, exit);
        Assert.False(File.Exists(target));
        Assert.Single(Directory.GetFiles(runner.Directory)); // only the input: no temporary file left behind
    }

    [Fact]
    public void Existing_output_is_left_untouched_when_the_input_is_bad()
    {
        using var runner = new CliRunner();
        string target = runner.Write("out.txt", "previous report");

        var (exit, _, _) = CliRunner.Run("evm", "--input", Path.Combine(runner.Directory, "missing.json"), "--output", target);

        Assert.Equal(2, exit);
        Assert.Equal("previous report", File.ReadAllText(target));
    }

    [Fact]
    public void Output_into_a_missing_directory_is_an_input_error()
    {
        using var runner = new CliRunner();

        var (exit, _, stderr) = CliRunner.Run("report", "--output", Path.Combine(runner.Directory, "nope", "r.txt"));

        Assert.Equal(2, exit);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    // Issue 9 §2: every command writes --output through the same temporary-file-and-move path, whatever the format.
    [Theory]
    [InlineData("report", "text")]
    [InlineData("report", "html")]
    [InlineData("evm", "json")]
    [InlineData("evm", "markdown")]
    [InlineData("evm", "html")]
    [InlineData("kpi", "html")]
    [InlineData("risk", "html")]
    [InlineData("prioritize", "html")]
    [InlineData("simulate", "html")]
    [InlineData("capacity", "html")]
    [InlineData("level", "text")]
    [InlineData("level", "json")]
    public void A_failing_run_leaves_no_output_file_and_no_temporary_file(string command, string format)
    {
        using var runner = new CliRunner();
        string input = runner.Write(command == "level" ? "bad.sm" : "bad.json", command == "level" ? "not a PSPLIB file\n" : "{ \"id\": ");
        string target = Path.Combine(runner.Directory, "out." + format);

        var (exit, _, stderr) = CliRunner.Run(command, "--input", input, "--format", format, "--output", target);

        Assert.True(exit == 2, stderr);
        Assert.False(File.Exists(target));
        Assert.Equal([input], Directory.GetFiles(runner.Directory)); // no hidden .out.*.tmp either
    }

    [Theory]
    [InlineData("report", "html")]
    [InlineData("evm", "json")]
    [InlineData("level", "text")]
    public void A_failing_run_leaves_an_existing_output_file_as_it_was(string command, string format)
    {
        using var runner = new CliRunner();
        string input = runner.Write(command == "level" ? "bad.sm" : "bad.json", command == "level" ? "not a PSPLIB file\n" : "{ \"id\": ");
        string target = runner.Write("out." + format, "previous report");

        var (exit, _, _) = CliRunner.Run(command, "--input", input, "--format", format, "--output", target);

        Assert.Equal(2, exit);
        Assert.Equal("previous report", File.ReadAllText(target));
        Assert.Equal(2, Directory.GetFiles(runner.Directory).Length);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("json")]
    public void A_successful_run_leaves_only_the_output_file(string format)
    {
        using var runner = new CliRunner();
        string target = runner.Write("out." + format, "previous report");

        var (exit, _, stderr) = CliRunner.Run("evm", "--input", Path.Combine(CliRunner.RepoRoot, "docs", "data", "sample-project.json"), "--format", format, "--output", target);

        Assert.True(exit == 0, stderr);
        Assert.NotEqual("previous report", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(runner.Directory));
    }
}
