namespace Pmo.Cli.Tests;

/// <summary><c>pmo kpi --input observations.csv</c> (issue 8 §4): CSV observations, errors with file, line and column.</summary>
public class KpiCsvTests
{
    private static (int Exit, string Out, string Err) Run(string csv, params string[] extra)
    {
        using var runner = new CliRunner();
        string path = runner.Write("observations.csv", csv);
        return CliRunner.Run(["kpi", "--input", path, .. extra]);
    }

    [Fact]
    public void A_table_of_observations_gives_scorecards_and_a_rollup()
    {
        // Two projects under PG (a parent that is only named): CPI 0.95 (latest of two rows) and 0.88; quoted field with a comma.
        var (exit, stdout, stderr) = Run("""
            subject,name,parent,kpi,date,value
            P1,"Portal, web",PG,cpi,2026-08-31,0.97
            P1,"Portal, web",PG,cpi,2026-09-30,0.95
            P2,Core,PG,cpi,2026-09-30,0.88
            """);
        Assert.True(exit == 0, stderr);
        Assert.Contains("As of:    2026-09-30", stdout, StringComparison.Ordinal); // default: the latest date in the file
        Assert.Contains("P1 Portal, web", stdout, StringComparison.Ordinal);
        Assert.Contains("0.95", stdout, StringComparison.Ordinal);
        Assert.Contains("PG", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_option_applies_to_csv()
    {
        var (exit, stdout, _) = Run("subject,kpi,date,value\nP1,cpi,2026-08-31,0.97\nP1,cpi,2026-09-30,0.95\n", "--as-of", "2026-09-01");
        Assert.Equal(0, exit);
        Assert.Contains("0.97", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("0.95", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("subject,kpi,date,value\nP1,cpi,2026-09-31,1\n", "line 2, column date: must be an ISO date yyyy-MM-dd (got \"2026-09-31\")")]
    [InlineData("subject,kpi,date,value\nP1,cpi,2026-09-30,1;5\n", "line 2, column value: must be a finite number with a '.' decimal point (got \"1;5\")")]
    [InlineData("subject,kpi,date,value\nP1,cpi,2026-09-30,1,5\n", "line 2: has 5 fields but the header has 4")]
    [InlineData("subject,kpi,date,colour\nP1,cpi,2026-09-30,red\n", "line 1, column colour: unknown column")]
    [InlineData("subject,date,value\nP1,2026-09-30,1\n", "line 1, column kpi: required column missing")]
    [InlineData("subject,kpi,date,value\nP1,cpi,2026-09-30,1\nP1,nope,2026-09-30,1\n", "line 3, column kpi: unknown KPI \"nope\"")]
    [InlineData("subject,parent,kpi,date,value\nP1,A,cpi,2026-09-30,1\nP1,B,cpi,2026-09-30,1\n", "line 3, column parent: subject \"P1\" has parent \"A\" on line 2")]
    [InlineData("subject,kpi,date,value\n", "line 2: no observations")]
    public void Errors_name_the_file_line_and_column(string csv, string expected)
    {
        var (exit, _, stderr) = Run(csv);
        Assert.Equal(2, exit);
        Assert.Contains("observations.csv: " + expected, stderr, StringComparison.Ordinal);
    }
}
