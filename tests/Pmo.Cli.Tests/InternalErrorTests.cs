using Pmo.Cli.Analysis;

namespace Pmo.Cli.Tests;

public class InternalErrorTests
{
    private sealed class FailingRollup : IRollupStrategy
    {
        public RollupFigures Combine(string id, string name, IReadOnlyList<ProjectResult> projects) =>
            throw new InvalidOperationException("boom");
    }

    [Fact]
    public void An_internal_error_exits_1_with_one_line_and_no_stack_trace_and_writes_no_output_file()
    {
        using var runner = new CliRunner();
        string target = Path.Combine(runner.Directory, "r.txt");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        int exit = CliApp.Run(["report", "--output", target], stdout, stderr, new FailingRollup());

        Assert.Equal(1, exit);
        Assert.Equal("pmo: internal error: InvalidOperationException: boom (set PMO_DEBUG=1 for details)", stderr.ToString().TrimEnd());
        Assert.False(File.Exists(target));
        Assert.Empty(Directory.GetFiles(runner.Directory));
    }
}
