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
}
