namespace Pmo.Cli.Tests;

/// <summary>Runs alone: it sets a process-wide environment variable that every other test's file reads would see.</summary>
[CollectionDefinition(nameof(InputSizeVariableTests), DisableParallelization = true)]
public sealed class InputSizeVariableGroup
{
}

/// <summary>Issue 9 §2: <c>PMO_MAX_INPUT_BYTES</c> overrides the 50 MiB input size limit.</summary>
[Collection(nameof(InputSizeVariableTests))]
public sealed class InputSizeVariableTests
{
    private static readonly string Sample = Path.Combine(CliRunner.RepoRoot, "docs", "data", "sample-project.json");

    private static (int Exit, string Err) RunWith(string? value)
    {
        string? before = Environment.GetEnvironmentVariable("PMO_MAX_INPUT_BYTES");
        Environment.SetEnvironmentVariable("PMO_MAX_INPUT_BYTES", value);
        try
        {
            var (exit, _, stderr) = CliRunner.Run("evm", "--input", Sample, "--format", "json");
            return (exit, stderr);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PMO_MAX_INPUT_BYTES", before);
        }
    }

    [Fact]
    public void A_lower_limit_rejects_a_larger_file()
    {
        var (exit, stderr) = RunWith("1000");
        Assert.Equal(2, exit);
        Assert.Contains($"{Sample}: input file is {new FileInfo(Sample).Length:N0} bytes; the limit is 1,000 bytes (set PMO_MAX_INPUT_BYTES to raise it)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_of_exactly_the_file_size_accepts_it()
    {
        var (exit, stderr) = RunWith(new FileInfo(Sample).Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(exit == 0, stderr);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("50MB")]
    [InlineData("99999999999999999999")]
    public void A_value_that_is_not_a_positive_whole_number_is_an_input_error(string value)
    {
        var (exit, stderr) = RunWith(value);
        Assert.Equal(2, exit);
        Assert.Equal($"pmo: error: PMO_MAX_INPUT_BYTES: must be a positive whole number of bytes (got \"{value}\")", stderr.TrimEnd('\n'));
    }
}
