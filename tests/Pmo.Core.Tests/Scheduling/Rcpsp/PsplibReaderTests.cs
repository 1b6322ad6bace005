using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Core.Tests.Scheduling.Rcpsp;

/// <summary>The PSPLIB reader on a real file (j301_1.sm, values read off the file itself) and on broken input.</summary>
public class PsplibReaderTests
{
    private static string J301_1 => File.ReadAllText(Path.Combine(J30Evaluation.Folder, "j301_1.sm"));

    [Fact]
    public void Reads_j301_1()
    {
        PsplibInstance x = PsplibReader.Parse(J301_1);
        RcpspProblem p = x.Problem;
        Assert.Equal(32, p.JobCount);
        Assert.Equal([12, 13, 4, 12], p.CapacityList);
        Assert.Equal(158, x.Horizon);
        Assert.Equal(38, x.MpmTime);
        Assert.Equal(38, p.CriticalPathLength);
        Assert.Equal(158, p.DurationSum);
        Assert.Equal(["2", "3", "4"], p.Jobs[0].Successors);
        Assert.Equal(8, p.Jobs[1].Duration);
        Assert.Equal([4, 0, 0, 0], p.Jobs[1].Requests);
        Assert.Empty(p.Jobs[31].Successors);
        Assert.Equal([0, 7, 0, 0], p.Jobs[29].Requests); // job 30: duration 2, R2 = 7
    }

    [Fact]
    public void j301_1_optimum_43_is_the_lower_limit_of_our_heuristic()
    {
        IReadOnlyDictionary<(int Parameter, int Instance), int> optima = PsplibReader.ParseReferenceMakespans(File.ReadAllText(Path.Combine(J30Evaluation.Folder, "j30opt.sm")));
        Assert.Equal(43, optima[(1, 1)]);
        RcpspSamplingResult r = RcpspHeuristics.Sample(PsplibReader.Parse(new StringReader(J301_1)).Problem, new RcpspSamplingOptions(1000, 1));
        Assert.True(r.Makespan >= 43);
        Assert.True(r.Best.IsFeasible);
    }

    [Fact]
    public void Crlf_line_endings_are_accepted() =>
        Assert.Equal(32, PsplibReader.Parse(J301_1.Replace("\n", "\r\n", StringComparison.Ordinal)).Problem.JobCount);

    [Fact]
    public void Missing_capacity_section_is_a_format_error() =>
        Assert.Contains("RESOURCEAVAILABILITIES", Assert.Throws<FormatException>(() => PsplibReader.Parse(J301_1[..J301_1.IndexOf("RESOURCEAVAILABILITIES", StringComparison.Ordinal)])).Message, StringComparison.Ordinal);

    [Fact]
    public void A_non_integer_names_its_line()
    {
        string broken = J301_1.Replace("   2        1          3           6  11  15", "   2        1          3           6  x1  15", StringComparison.Ordinal);
        FormatException e = Assert.Throws<FormatException>(() => PsplibReader.Parse(broken));
        Assert.Contains("line 20", e.Message, StringComparison.Ordinal);
        Assert.Contains("'x1'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Successor_count_mismatch_is_a_format_error()
    {
        string broken = J301_1.Replace("   2        1          3           6  11  15", "   2        1          4           6  11  15", StringComparison.Ordinal);
        Assert.Contains("declares 4 successors", Assert.Throws<FormatException>(() => PsplibReader.Parse(broken)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nonrenewable_resources_are_rejected()
    {
        string broken = J301_1.Replace("  - nonrenewable              :  0   N", "  - nonrenewable              :  2   N", StringComparison.Ordinal);
        Assert.Contains("line 10", Assert.Throws<FormatException>(() => PsplibReader.Parse(broken)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => PsplibReader.Parse((string)null!)).ParamName);
        Assert.Equal("reader", Assert.Throws<ArgumentNullException>(() => PsplibReader.Parse((TextReader)null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => PsplibReader.ParseReferenceMakespans(null!)).ParamName);
    }

    [Fact]
    public void Repeated_reference_row_is_a_format_error() =>
        Assert.Contains("line 2", Assert.Throws<FormatException>(() => PsplibReader.ParseReferenceMakespans("1 1 43 0.3\n1 1 44 0.1\n")).Message, StringComparison.Ordinal);
}
