using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

/// <summary><c>pmo risk --input register.csv</c> (issue 8 §4): a risk register table, errors with file, line and column.</summary>
public class RiskCsvTests
{
    // Two threats and an opportunity; R1 has two responses (a continuation row), R3 a residual assessment.
    private const string Table = """
        as_of,2026-10-31
        currency,EUR
        model,pmbok5x5
        budget,1000000
        duration_days,200
        id,title,kind,category,owner,status,identified,proximity_from,proximity_to,probability,cost,schedule,residual_probability,residual_cost,residual_schedule,response,response_cost,response_owner,response_due,response_status,probability_factor,cost_factor,schedule_factor,coverage
        R1,"Vendor late, again",threat,commercial,Ann,open,2026-05-01,,,0.4,120000,30,,,,mitigate,10000,Bob,2026-09-30,planned,0.5,0.8,,
        R1,,,,,,,,,,,,,,,transfer,5000,Eve,2026-12-01,inProgress,,,,0.5
        R2,Key staff leave,threat,resources,Ann,open,2026-06-15,2026-11-01,2026-12-31,0.2,40000,10,,,,,,,,,,,,
        R3,Early licence discount,opportunity,commercial,Bob,open,2026-07-01,,,0.6,50000,,0.7,60000,,enhance,2000,Bob,2026-11-15,planned,1.2,,,
        """;

    private const string Json = """
        {
          "asOf": "2026-10-31", "currency": "EUR", "model": "pmbok5x5", "budget": 1000000, "durationDays": 200,
          "risks": [
            { "id": "R1", "title": "Vendor late, again", "kind": "threat", "category": "commercial", "owner": "Ann", "status": "open", "identified": "2026-05-01",
              "inherent": { "probability": 0.4, "impacts": { "cost": 120000, "schedule": 30 } },
              "responses": [
                { "strategy": "mitigate", "cost": 10000, "owner": "Bob", "due": "2026-09-30", "status": "planned", "probabilityFactor": 0.5, "impactFactors": { "cost": 0.8 } },
                { "strategy": "transfer", "cost": 5000, "owner": "Eve", "due": "2026-12-01", "status": "inProgress", "coverage": 0.5 } ] },
            { "id": "R2", "title": "Key staff leave", "kind": "threat", "category": "resources", "owner": "Ann", "status": "open", "identified": "2026-06-15",
              "proximity": { "from": "2026-11-01", "to": "2026-12-31" },
              "inherent": { "probability": 0.2, "impacts": { "cost": 40000, "schedule": 10 } } },
            { "id": "R3", "title": "Early licence discount", "kind": "opportunity", "category": "commercial", "owner": "Bob", "status": "open", "identified": "2026-07-01",
              "inherent": { "probability": 0.6, "impacts": { "cost": 50000 } },
              "residual": { "probability": 0.7, "impacts": { "cost": 60000 } },
              "responses": [ { "strategy": "enhance", "cost": 2000, "owner": "Bob", "due": "2026-11-15", "status": "planned", "probabilityFactor": 1.2 } ] }
          ]
        }
        """;

    private static void Error(string csv, string expected) => CsvTestKit.AssertError("risk", csv, expected);

    [Fact]
    public void Register_gives_the_same_reports_as_the_json_file()
    {
        using var runner = new CliRunner();
        CsvTestKit.AssertSameReports("risk", runner.Write("register.csv", Table), runner.Write("register.json", Json));
    }

    [Fact]
    public void Sample_csv_gives_the_same_reports_as_the_sample_register_scored_with_the_preset()
    {
        JsonObject json = CsvTestKit.SampleJson("sample-risks.json");
        json["model"] = "pmbok5x5";
        json["budget"] = 4000000;
        json["durationDays"] = 365;
        using var runner = new CliRunner();
        CsvTestKit.AssertSameReports("risk", CsvTestKit.Sample(Path.Combine("csv", "risk-register.csv")), runner.Write("sample.json", json));
    }

    [Fact]
    public void Minimal_columns_in_any_order_and_case_with_kind_defaulting_to_threat()
    {
        const string csv = """
            As Of,2026-10-31
            Budget,1000000
            Duration Days,200
            Probability,Identified,Title,ID,Cost
            0.4,2026-05-01,Vendor late,R1,120000
            """;
        const string json = """
            { "asOf": "2026-10-31", "budget": 1000000, "durationDays": 200,
              "risks": [ { "id": "R1", "title": "Vendor late", "kind": "threat", "identified": "2026-05-01", "inherent": { "probability": 0.4, "impacts": { "cost": 120000 } } } ] }
            """;
        using var runner = new CliRunner();
        CsvTestKit.AssertSameReports("risk", runner.Write("register.csv", "\uFEFF" + csv), runner.Write("register.json", json));
    }

    [Theory]
    [InlineData("threat,commercial,Ann,open,2026-05-01,,,0.4,", "threat,commercial,Ann,open,2026-05-01,,,\"0,4\",", "line 7, column probability: must be a finite number with a '.' decimal point (got \"0,4\")")]
    [InlineData("threat,commercial,Ann,open,2026-05-01,,,0.4,", "threat,commercial,Ann,open,2026-05-01,,,1.4,", "line 7, column probability: must be between 0 and 1 inclusive (got 1.4)")]
    [InlineData("threat,commercial,Ann,open,2026-05-01,", "threat,commercial,Ann,open,1 May 2026,", "line 7, column identified: must be an ISO date yyyy-MM-dd (got \"1 May 2026\")")]
    [InlineData("threat,commercial,Ann,open,2026-05-01,", "threat,commercial,Ann,open,,", "line 7, column identified: must not be empty")]
    [InlineData("R1,\"Vendor late, again\",threat", "R1,\"Vendor late, again\",hazard", "line 7, column kind: must be one of \"threat\", \"opportunity\" (got \"hazard\")")]
    [InlineData("commercial,Ann,open,2026-05-01", "commercial,Ann,closed-ish,2026-05-01", "line 7, column status: must be one of")]
    [InlineData(",,,mitigate,10000", ",,,exploit,10000", "line 7, column response: \"exploit\" is not a response to a threat")]
    [InlineData(",,,mitigate,10000", ",,,fix,10000", "line 7, column response: must be one of")]
    [InlineData("Bob,2026-09-30,planned,0.5,0.8", "Bob,2026-09-30,planned,0.5,-0.8", "line 7, column cost_factor: must be zero or positive (got -0.8)")]
    [InlineData("Eve,2026-12-01,inProgress,,,,0.5", "Eve,2026-12-01,inProgress,,,,1.5", "line 8, column coverage: must be between 0 and 1 inclusive (got 1.5)")]
    [InlineData("R1,,,,,,,,,,,,,,,transfer", "R1,,,,Zed,,,,,,,,,,,transfer", "line 8, column owner: risk \"R1\" is described on line 7; a further row with its id adds a response only")]
    [InlineData("R1,,,,,,,,,,,,,,,transfer,5000,Eve,2026-12-01,inProgress,,,,0.5", "R1,,,,,,,,,,,,,,,,,,,,,,,", "line 8, column id: duplicate risk id \"R1\" (first on line 7); a further row with its id must give a response")]
    [InlineData("R1,,,,,,,,,,,,,,,transfer,5000", "R1,,,,,,,,,,,,,,,,5000", "line 8, column response_cost: belongs to a response: give its strategy in column response")]
    [InlineData("2026-06-15,2026-11-01,2026-12-31", "2026-06-15,2026-11-01,2026-10-31", "line 9, column proximity_to: must be on or after from 2026-11-01 (got 2026-10-31)")]
    [InlineData("0.6,50000,,0.7,60000", "0.6,50000,,0.7,-6", "line 10, column residual_cost: must be zero or positive (got -6)")]
    [InlineData("0.6,50000,,0.7,60000", "0.6,50000,,,60000", "line 10, column residual_probability: must not be empty")]
    [InlineData("R3,Early licence discount", "R3,", "line 10, column title: must not be empty")]
    public void Row_errors_name_the_file_line_and_column(string from, string to, string expected) =>
        Error(Table.Replace(from, to, StringComparison.Ordinal), expected);

    [Theory]
    [InlineData("as_of,2026-10-31\n", "", "line 5, setting as_of: required setting missing")]
    [InlineData("as_of,2026-10-31", "as_of,31.10.2026", "line 1, setting as_of: must be an ISO date yyyy-MM-dd (got \"31.10.2026\")")]
    [InlineData("model,pmbok5x5", "model,fancy", "line 3, setting model: must be one of \"pmbok5x5\", \"ordinal5x5\", \"simple3x3\" (got \"fancy\")")]
    [InlineData("budget,1000000\n", "", "line 5, setting budget: required with the preset \"pmbok5x5\"")]
    [InlineData("budget,1000000", "budget,\"1,000,000\"", "line 4, setting budget: must be a finite number with a '.' decimal point (got \"1,000,000\")")]
    [InlineData("duration_days,200", "duration_days,-200", "line 5, setting duration_days: must be greater than zero (got -200)")]
    [InlineData("currency,EUR", "currency,€", "line 2, setting currency: must be a three-letter ISO 4217 code")]
    [InlineData("id,title,kind", "id,title,colour,kind", "line 6, column colour: unknown column (expected: id, title, kind,")]
    [InlineData("id,title,kind", "id,kind", "line 6, column title: required column missing")]
    [InlineData("id,title,kind", "id,title,Title,kind", "line 6, column Title: repeated column")]
    public void Setting_and_header_errors_name_the_file_line_and_setting_or_column(string from, string to, string expected) =>
        Error(Table.Replace(from, to, StringComparison.Ordinal), expected);

    [Theory]
    [InlineData("", "line 1: no table")]
    [InlineData("as_of,2026-10-31\nid,title,identified,probability\n", "line 3: no risks: the table has a header but no rows")]
    public void Empty_file_and_header_only_are_errors(string csv, string expected) => Error(csv, expected);
}
