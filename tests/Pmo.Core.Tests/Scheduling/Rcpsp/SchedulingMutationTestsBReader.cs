using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Core.Tests.Scheduling.Rcpsp;

/// <summary>
/// The PSPLIB reader's documented rules on a tiny hand-written instance in the single-mode <c>.sm</c> layout of
/// Kolisch and Sprecher (1996) (the layout copied from tests/Pmo.Core.Tests/GoldenData/psplib/j30/j301_1.sm), each test
/// breaking one thing and checking the FormatException names the right line (1-based) and the rule.
/// </summary>
public class SchedulingMutationTestsBReader
{
    // Lines (1-based): the file ends with a newline, so Split('\n') gives a 31st, empty line.
    //  1 ****            2 projects        3 jobs            4 horizon         5 RESOURCES
    //  6 - renewable     7 - nonrenewable  8 - doubly        9 ****           10 PROJECT INFORMATION:
    // 11 header         12 project row    13 ****           14 PRECEDENCE     15 header
    // 16-18 rows jobs 1..3                19 ****           20 REQUESTS       21 header
    // 22 -----          23-25 rows jobs 1..3                26 ****           27 RESOURCEAVAILABILITIES:
    // 28 header         29 capacities     30 ****           31 (empty)
    private static readonly string[] Base =
    [
        "************************************************************************",
        "projects                      :  1",
        "jobs (incl. supersource/sink ):  3",
        "horizon                       :  3",
        "RESOURCES",
        "  - renewable                 :  1   R",
        "  - nonrenewable              :  0   N",
        "  - doubly constrained        :  0   D",
        "************************************************************************",
        "PROJECT INFORMATION:",
        "pronr.  #jobs rel.date duedate tardcost  MPM-Time",
        "    1      1      0        3        0        3",
        "************************************************************************",
        "PRECEDENCE RELATIONS:",
        "jobnr.    #modes  #successors   successors",
        "   1        1          1           2",
        "   2        1          1           3",
        "   3        1          0",
        "************************************************************************",
        "REQUESTS/DURATIONS:",
        "jobnr. mode duration  R 1",
        "------------------------------------------------------------------------",
        "  1      1     0       0",
        "  2      1     3       2",
        "  3      1     0       0",
        "************************************************************************",
        "RESOURCEAVAILABILITIES:",
        "  R 1",
        "    4",
        "************************************************************************",
    ];

    /// <summary>The base file with each 1-based line of <paramref name="changes"/> replaced (null text: removed).</summary>
    private static string With(params (int Line, string? Text)[] changes)
    {
        var lines = new List<string?>(Base);
        foreach ((int line, string? text) in changes)
        {
            lines[line - 1] = text;
        }

        return string.Join("\n", lines.Where(l => l is not null)) + "\n";
    }

    private static string Fails(string text)
    {
        FormatException e = Assert.Throws<FormatException>(() => PsplibReader.Parse(text));
        return e.Message;
    }

    [Fact]
    public void The_base_file_reads_as_written()
    {
        PsplibInstance x = PsplibReader.Parse(With());
        Assert.Equal(3, x.Problem.JobCount);
        Assert.Equal([4], x.Problem.CapacityList);
        Assert.Equal(3, x.Horizon);
        Assert.Equal(3, x.MpmTime);
        Assert.Equal(3, x.Problem.Jobs[1].Duration);
        Assert.Equal([2], x.Problem.Jobs[1].Requests);
        Assert.Equal(["3"], x.Problem.Jobs[1].Successors);
    }

    [Fact]
    public void Missing_jobs_line_at_the_precedence_section_names_that_line()
    {
        // Without the jobs line the count is unknown when PRECEDENCE RELATIONS (line 13 once line 3 is gone) is reached.
        string m = Fails(With((3, null)));
        Assert.StartsWith("PSPLIB line 13: the job count ('jobs (incl. supersource/sink )') must come before this section and be at least 1.", m, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_jobs_is_rejected_at_the_precedence_section() =>
        Assert.StartsWith("PSPLIB line 14: the job count", Fails(With((3, "jobs (incl. supersource/sink ):  0"))), StringComparison.Ordinal);

    [Fact]
    public void Zero_jobs_is_rejected_at_the_requests_section_too()
    {
        // No precedence section (lines 14-19 removed): the requests header, line 20, moves up to line 14.
        string m = Fails(With((3, "jobs (incl. supersource/sink ):  0"), (14, null), (15, null), (16, null), (17, null), (18, null), (19, null)));
        Assert.StartsWith("PSPLIB line 14: the job count", m, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_job_instance_is_accepted()
    {
        // n = 1 is the documented minimum ("at least 1"): one job, no successors, duration 2, request 1 of 4.
        string text = string.Join("\n",
            "jobs (incl. supersource/sink ):  1",
            "horizon                       :  2",
            "  - renewable                 :  1   R",
            "PROJECT INFORMATION:",
            "pronr.  #jobs rel.date duedate tardcost  MPM-Time",
            "    1      1      0        2        0        2",
            "PRECEDENCE RELATIONS:",
            "jobnr.    #modes  #successors   successors",
            "   1        1          0",
            "REQUESTS/DURATIONS:",
            "jobnr. mode duration  R 1",
            "-----",
            "  1      1     2       1",
            "RESOURCEAVAILABILITIES:",
            "  R 1",
            "    4",
            string.Empty);
        PsplibInstance x = PsplibReader.Parse(text);
        Assert.Equal(1, x.Problem.JobCount);
        Assert.Equal(2, x.Problem.CriticalPathLength);
    }

    [Fact]
    public void Empty_text_has_no_jobs_line() =>
        Assert.Equal("PSPLIB line 1: no 'jobs (incl. supersource/sink )' line found.", Fails(string.Empty));

    [Fact]
    public void Missing_jobs_line_is_reported_at_the_last_line() =>
        Assert.Equal("PSPLIB line 3: no 'jobs (incl. supersource/sink )' line found.", Fails("projects : 1\nRESOURCES\n"));

    [Fact]
    public void A_zero_job_count_without_sections_reports_the_next_missing_item() =>
        Assert.Equal("PSPLIB line 2: no 'horizon' line found.", Fails("jobs (incl. supersource/sink ):  0\n"));

    [Fact]
    public void Missing_horizon_line() =>
        Assert.Equal("PSPLIB line 30: no 'horizon' line found.", Fails(With((4, null))));

    [Fact]
    public void Missing_renewable_line() =>
        Assert.Equal("PSPLIB line 30: no '- renewable' line found.", Fails(With((6, null))));

    [Fact]
    public void Zero_renewable_resources_disagree_with_the_capacity_row() =>
        Assert.Equal(
            "PSPLIB line 31: RESOURCEAVAILABILITIES lists 1 capacities but the file declares 0 renewable resources.",
            Fails(With((6, "  - renewable                 :  0   R"))));

    [Fact]
    public void Missing_precedence_section()
    {
        // Lines 14-19 removed: 31 - 6 = 25 lines, the last one empty.
        string m = Fails(With((14, null), (15, null), (16, null), (17, null), (18, null), (19, null)));
        Assert.Equal("PSPLIB line 25: no 'PRECEDENCE RELATIONS:' section found.", m);
    }

    [Fact]
    public void Missing_requests_section()
    {
        // Lines 20-26 removed: 24 lines.
        string m = Fails(With((20, null), (21, null), (22, null), (23, null), (24, null), (25, null), (26, null)));
        Assert.Equal("PSPLIB line 24: no 'REQUESTS/DURATIONS:' section found.", m);
    }

    [Fact]
    public void Missing_capacity_section() =>
        Assert.Equal("PSPLIB line 28: no 'RESOURCEAVAILABILITIES:' section found.", Fails(With((27, null), (28, null), (29, null))));

    [Fact]
    public void Missing_project_information() =>
        Assert.Equal("PSPLIB line 27: no 'PROJECT INFORMATION:' section found.", Fails(With((10, null), (11, null), (12, null), (13, null))));

    [Fact]
    public void An_mpm_time_of_zero_is_a_value_not_a_missing_section()
    {
        // All jobs milestones: the critical path is 0 periods long, and the file says so.
        PsplibInstance x = PsplibReader.Parse(With((12, "    1      1      0        0        0        0"), (24, "  2      1     0       2")));
        Assert.Equal(0, x.MpmTime);
        Assert.Equal(0, x.Problem.CriticalPathLength);
    }

    [Fact]
    public void Short_project_row_names_its_line() =>
        Assert.Equal("PSPLIB line 12: expected 'pronr. #jobs rel.date duedate tardcost MPM-Time'.", Fails(With((12, "    1      1      0        3        0"))));

    [Fact]
    public void Non_integer_mpm_time_names_its_line() =>
        Assert.Equal("PSPLIB line 12: 'x' is not an integer.", Fails(With((12, "    1      1      0        3        0        x"))));

    [Fact]
    public void Empty_capacity_row_names_its_line() =>
        Assert.Equal("PSPLIB line 29: expected a row of resource capacities.", Fails(With((29, "   "))));

    [Fact]
    public void Non_integer_capacity_names_its_line() =>
        Assert.Equal("PSPLIB line 29: 'four' is not an integer.", Fails(With((29, "    four"))));

    [Fact]
    public void Non_integer_on_the_first_line_names_line_1() =>
        Assert.Equal("PSPLIB line 1: 'x' is not an integer.", Fails("jobs (incl. supersource/sink ):  x\n"));

    [Fact]
    public void Key_without_colon_is_rejected() =>
        Assert.Equal("PSPLIB line 3: expected 'key : integer' (got 'jobs (incl. supersource/sink )  3').", Fails(With((3, "jobs (incl. supersource/sink )  3"))));

    [Fact]
    public void Nonrenewable_resources_message_states_the_rule() =>
        Assert.Equal(
            "PSPLIB line 7: only renewable resources are supported (got '- nonrenewable              :  2   N').",
            Fails(With((7, "  - nonrenewable              :  2   N"))));

    [Fact]
    public void Requests_without_the_dashed_rule_end_inside_a_section()
    {
        // Line 22 (the dashed rule) removed: the search for it runs off the end of the 30-line text.
        Assert.Equal("PSPLIB line 30: the file ends inside a section.", Fails(With((22, null))));
    }

    [Fact]
    public void A_file_cut_after_the_first_request_row_ends_inside_a_section()
    {
        // Lines 1-23 without a final newline: 23 lines; job 2's row would be line 24, one past the end.
        string text = string.Join("\n", Base.Take(23));
        Assert.Equal("PSPLIB line 23: the file ends inside a section.", Fails(text));
    }

    [Fact]
    public void A_dashed_separator_before_the_requests_section_is_not_its_header_rule()
    {
        // Keyword parsing: the rule searched for is the one after the REQUESTS/DURATIONS: line.
        PsplibInstance x = PsplibReader.Parse(With((19, "------------------------------------------------------------------------")));
        Assert.Equal(3, x.Problem.Jobs[1].Duration);
    }

    [Fact]
    public void Precedence_row_with_the_wrong_job_number()
    {
        string m = Fails(With((17, "   5        1          1           3")));
        Assert.Equal("PSPLIB precedence row 2: expected 'jobnr. #modes #successors successors...' for job 2 (got '5 1 1 3').", m);
    }

    [Fact]
    public void Precedence_row_with_too_few_successors_counts_them() =>
        Assert.Equal(
            "PSPLIB precedence row of job 1: it declares 2 successors but lists 1.",
            Fails(With((16, "   1        1          2           2"))));

    [Fact]
    public void Request_row_with_the_wrong_job_number() =>
        Assert.Equal(
            "PSPLIB request row of job 2: expected 'jobnr mode duration' and 1 requests (got '7 1 3 2').",
            Fails(With((24, "  7      1     3       2"))));

    [Fact]
    public void Reference_table_row_of_exactly_three_integers_is_read()
    {
        IReadOnlyDictionary<(int Parameter, int Instance), int> r = PsplibReader.ParseReferenceMakespans("Par Inst Makespan\n1 1 43\n1 2 47\n");
        Assert.Equal(2, r.Count);
        Assert.Equal(43, r[(1, 1)]);
        Assert.Equal(47, r[(1, 2)]);
    }

    [Fact]
    public void Reference_table_repeat_message_names_the_pair() =>
        Assert.Equal(
            "PSPLIB line 3: parameter 1 instance 2 is listed twice.",
            Assert.Throws<FormatException>(() => PsplibReader.ParseReferenceMakespans("1 1 43\n1 2 47\n1 2 48\n")).Message);
}
