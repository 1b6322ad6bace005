using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

/// <summary><c>pmo evm --input status.csv</c> (issue 8 §4): a project status table, errors with file, line and column.</summary>
public class EvmCsvTests
{
    // The Fixtures project (BAC 1,000 over six months from 2026-01-01) with three monthly status points.
    private const string Table = """
        project,T-1
        name,Test project
        currency,EUR
        start,2026-01-01
        approved_on,2025-12-15
        baseline_reason,Initial baseline
        date,pv,ev,ac
        2026-01-31,100,90,95
        2026-02-28,200,280,300
        2026-03-31,300,500,520
        2026-04-30,200,,
        2026-05-31,100,,
        2026-06-30,100,,
        """;

    private const string History = """[{ "date": "2026-01-31", "ev": 90, "ac": 95 }, { "date": "2026-02-28", "ev": 280, "ac": 300 }]""";

    private static void Error(string csv, string expected) => CsvTestKit.AssertError("evm", csv, expected);

    [Fact]
    public void Table_gives_the_same_reports_as_the_json_project()
    {
        using var runner = new CliRunner();
        CsvTestKit.AssertSameReports("evm", runner.Write("status.csv", Table), runner.Write("status.json", Fixtures.Project("2026-03-31", 500, 520, History)));
    }

    [Fact]
    public void Sample_csv_gives_the_same_reports_as_the_sample_project_with_its_current_baseline()
    {
        JsonObject json = CsvTestKit.SampleJson("sample-project.json");
        JsonNode current = json["baselines"]!.AsArray()[^1]!.DeepClone();
        json["baselines"] = new JsonArray(current);
        foreach (string key in new[] { "kpis", "kpiTargets", "benefits", "risks", "riskSnapshots" })
        {
            json.Remove(key);
        }

        using var runner = new CliRunner();
        CsvTestKit.AssertSameReports("evm", CsvTestKit.Sample(Path.Combine("csv", "project-status.csv")), runner.Write("sample.json", json));
    }

    [Fact]
    public void Header_names_match_whatever_the_case_order_spacing_and_settings_case()
    {
        // Columns reordered, upper case, spaces; settings as typed by hand; Excel's trailing empty cells; a blank row.
        const string csv = """
            Project,T-1,,
            NAME,Test project,,
            Currency,EUR,,
            Start,2026-01-01,,
            Approved On,2025-12-15,,
            Baseline-Reason,Initial baseline,,
            ,,,
            AC,EV,Date,PV
            95,90,2026-01-31,100
            300,280,2026-02-28,200
            520,500,2026-03-31,300
            ,,2026-04-30,200
            ,,,
            ,,2026-05-31,100
            ,,2026-06-30,100
            """;
        using var runner = new CliRunner();
        CsvTestKit.AssertSameReports("evm", runner.Write("status.csv", csv), runner.Write("status.json", Fixtures.Project("2026-03-31", 500, 520, History)));
    }

    [Fact]
    public void Cumulative_pv_column_and_a_status_row_between_period_ends_map_to_pv_mode_cumulative_and_a_mid_period_status_date()
    {
        const string csv = """
            project,T-1
            name,Test project
            currency,EUR
            start,2026-01-01
            approved_on,2025-12-15
            baseline_reason,Initial baseline
            date,cumulative_pv,ev,ac
            2026-01-31,100,90,95
            2026-02-28,300,,
            2026-03-15,,400,410
            2026-03-31,600,,
            2026-04-30,800,,
            2026-05-31,900,,
            2026-06-30,1000,,
            """;
        JsonObject json = Fixtures.Project("2026-03-15", 400, 410, """[{ "date": "2026-01-31", "ev": 90, "ac": 95 }]""");
        var baseline = json["baselines"]![0]!.AsObject();
        baseline["pvMode"] = "cumulative";
        baseline["periods"] = JsonNode.Parse("""
            [{ "end": "2026-01-31", "cumulativePv": 100 }, { "end": "2026-02-28", "cumulativePv": 300 }, { "end": "2026-03-31", "cumulativePv": 600 },
             { "end": "2026-04-30", "cumulativePv": 800 }, { "end": "2026-05-31", "cumulativePv": 900 }, { "end": "2026-06-30", "cumulativePv": 1000 }]
            """);
        using var runner = new CliRunner();
        CsvTestKit.AssertSameReports("evm", runner.Write("status.csv", csv), runner.Write("status.json", json));
    }

    [Fact]
    public void Bom_and_quoted_fields_with_commas_are_read()
    {
        using var runner = new CliRunner();
        string path = runner.Write("status.csv", "\uFEFF" + Table.Replace("name,Test project", "name,\"Portal, web \"\"v2\"\"\"", StringComparison.Ordinal));
        var (exit, stdout, stderr) = CliRunner.Run("evm", "--input", path);
        Assert.True(exit == 0, stderr);
        Assert.Contains("T-1 Portal, web \"v2\": earned-value analysis", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-31,\"300,5\",500,520", "line 10, column pv: must be a finite number with a '.' decimal point (got \"300,5\")")]
    [InlineData("2026-03-31,300,500,520,7", "line 10: has 5 fields but the header has 4")]
    [InlineData("2026-03-31,300,5e999,520", "line 10, column ev: must be a finite number with a '.' decimal point (got \"5e999\")")]
    [InlineData("2026-02-30,300,500,520", "line 10, column date: must be an ISO date yyyy-MM-dd (got \"2026-02-30\")")]
    [InlineData("31/03/2026,300,500,520", "line 10, column date: must be an ISO date yyyy-MM-dd (got \"31/03/2026\")")]
    [InlineData("2026-02-15,300,500,520", "line 10, column date: dates must increase down the table (2026-02-15 is not after 2026-02-28 on line 9)")]
    [InlineData("2026-03-31,300,500,", "line 10, column ac: ev and ac go together")]
    [InlineData(",300,500,520", "line 10, column date: must not be empty")]
    [InlineData("2026-03-31,-300,500,520", "line 10, column pv: must be zero or positive (got -300)")]
    [InlineData("2026-03-31,300,-500,520", "line 10, column ev: must be zero or positive (got -500)")]
    public void Row_errors_name_the_file_line_and_column(string row3, string expected) =>
        Error(Table.Replace("2026-03-31,300,500,520", row3, StringComparison.Ordinal), expected);

    [Theory]
    [InlineData("2026-01-31,100,90,95", "2026-01-31,100,-1,95", "line 8, column ev: must be zero or positive (got -1)")] // a history point
    [InlineData("2026-04-30,200,,", "2026-04-30,,,", "line 11, column pv: a row needs a planned value (pv), or ev and ac, or both")]
    [InlineData("currency,EUR", "currency,euro", "line 3, setting currency: must be a three-letter ISO 4217 code such as \"EUR\" (got \"euro\")")]
    [InlineData("start,2026-01-01", "start,2026-02-01", "line 8, column date: must be on or after the baseline start 2026-02-01 (got 2026-01-31)")]
    [InlineData("start,2026-01-01", "start,01.01.2026", "line 4, setting start: must be an ISO date yyyy-MM-dd (got \"01.01.2026\")")]
    [InlineData("start,2026-01-01\n", "", "line 6, setting start: required setting missing: add a row \"start,…\" above the header")]
    [InlineData("currency,EUR", "currency,EUR\nprimary_eac,guess", "line 4, setting primary_eac: must be one of")]
    [InlineData("currency,EUR", "currency,EUR\nmoving_window,2.5", "line 4, setting moving_window: must be a whole number (got \"2.5\")")]
    [InlineData("approved_on,2025-12-15", "approved_on,2025-12-15\nbaseline_version,0", "line 6, setting baseline_version: must be 1 or more (got 0)")]
    [InlineData("currency,EUR", "currency,EUR\ncurrency,USD", "line 4, setting currency: repeated setting (first on line 3)")]
    [InlineData("date,pv,ev,ac", "date,pv,ev,ac,colour", "line 7, column colour: unknown column (expected: date, pv, cumulative_pv, ev, ac; settings rows above the header: project,")]
    [InlineData("date,pv,ev,ac", "pv,ev,ac", "line 7, column date: required column missing")]
    [InlineData("date,pv,ev,ac", "date,ev,ac", "line 7, column pv: required column missing (or cumulative_pv)")]
    [InlineData("date,pv,ev,ac", "date,pv,cumulative_pv,ev,ac", "line 7, column cumulative_pv: give pv (per period) or cumulative_pv, not both")]
    [InlineData("date,pv,ev,ac", "date,pv,ev,start", "line 7, column start: \"start\" is a setting: write it as a row \"start,value\" above the header")]
    public void Setting_and_header_errors_name_the_file_line_and_setting_or_column(string from, string to, string expected) =>
        Error(Table.Replace(from, to, StringComparison.Ordinal), expected);

    [Fact]
    public void Cumulative_pv_must_not_decrease_reported_on_its_row()
    {
        const string csv = "project,T-1\nname,T\nstart,2026-01-01\ndate,cumulative_pv,ev,ac\n2026-01-31,100,10,10\n2026-02-28,90,,\n";
        Error(csv, "line 6, column cumulative_pv: cumulative values must not decrease (90 is less than 100)");
    }

    [Theory]
    [InlineData("", "line 1: no table: a header row (date,…) is required")]
    [InlineData("project,T-1\nname,T\nstart,2026-01-01\n", "line 4: no table")]
    [InlineData("project,T-1\nname,T\nstart,2026-01-01\ndate,pv,ev,ac\n", "line 5: no rows: the table has a header but no periods")]
    [InlineData("project,T-1\nname,T\nstart,2026-01-01\ndate,pv,ev,ac\n2026-01-31,100,,\n", "line 4, column ev: no status: at least one row needs ev and ac")]
    [InlineData("project,T-1\nname,T\nstart,2026-01-01\ndate,pv,ev,ac\n2026-01-31,,0,0\n", "line 4, column pv: no baseline: at least one row needs a planned value")]
    [InlineData("project,T-1\nname,T\nstart,2026-01-01\ndate,pv,ev,ac\n2026-01-31,0,0,0\n", "line 4, column pv: the baseline must plan a finite, positive total (BAC = 0)")]
    public void Empty_file_header_only_and_incomplete_tables_are_errors(string csv, string expected) => Error(csv, expected);
}
