using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

/// <summary><c>pmo prioritize --input matrix.csv</c> (issue 8 §4): a decision matrix table, errors with file, line and column.</summary>
public class PrioritizationCsvTests
{
    private const string Table = """
        name,Round 2027
        method,weightedSum
        id,name,value,risk,capex@2027,capex@2028
        direction,,benefit,cost,,
        weight,,0.6,0.4,,
        scale_min,,1,1,,
        scale_max,,5,5,,
        capacity,,,,100,80
        A,"Alpha, phase 1",5,2,60,40
        B,Beta,3,1,50,50
        C,Gamma,4,4,,
        """;

    private const string Json = """
        {
          "name": "Round 2027", "method": { "name": "weightedSum" },
          "criteria": [ { "id": "value", "direction": "benefit", "scaleMin": 1, "scaleMax": 5 }, { "id": "risk", "direction": "cost", "scaleMin": 1, "scaleMax": 5 } ],
          "weights": { "values": { "value": 0.6, "risk": 0.4 } },
          "periods": [ "2027", "2028" ],
          "budgets": [ { "id": "capex", "capacity": [ 100, 80 ] } ],
          "candidates": [
            { "id": "A", "name": "Alpha, phase 1", "scores": { "value": 5, "risk": 2 }, "demand": { "capex": [ 60, 40 ] } },
            { "id": "B", "name": "Beta", "scores": { "value": 3, "risk": 1 }, "demand": { "capex": [ 50, 50 ] } },
            { "id": "C", "name": "Gamma", "scores": { "value": 4, "risk": 4 } }
          ]
        }
        """;

    private static void Error(string csv, string expected) => CsvTestKit.AssertError("prioritize", csv, expected);

    [Fact]
    public void Matrix_gives_the_same_reports_as_the_json_round()
    {
        using var runner = new CliRunner();
        CsvTestKit.AssertSameReports("prioritize", runner.Write("matrix.csv", Table), runner.Write("matrix.json", Json));
    }

    [Fact]
    public void Sample_csv_gives_the_same_reports_as_the_sample_round_with_explicit_weights_and_without_json_only_constraints()
    {
        JsonObject json = CsvTestKit.SampleJson("sample-prioritization.json");
        json["weights"] = JsonNode.Parse("""{ "values": { "strategic-fit": 0.35, "npv": 0.25, "customer-impact": 0.15, "compliance": 0.15, "delivery-risk": 0.10 } }""");
        json["gates"] = JsonNode.Parse("""
            [{ "criterion": "strategic-fit", "operator": ">=", "value": 2 }, { "criterion": "delivery-risk", "operator": "<=", "value": 4.5 }]
            """);
        foreach (string key in new[] { "mutuallyExclusive", "groups", "forceIn", "forceOut" })
        {
            json.Remove(key);
        }

        using var runner = new CliRunner();
        CsvTestKit.AssertSameReports("prioritize", CsvTestKit.Sample(Path.Combine("csv", "decision-matrix.csv")), runner.Write("sample.json", json));
    }

    [Fact]
    public void Criterion_rows_in_any_order_and_case_bom_and_optional_columns()
    {
        const string csv = """
            Method,weightedSum
            Name,Round 2027
            ID,value,risk,capex@2027,capex@2028,Name
            Capacity,,,100,80,
            Scale Max,5,5,,,
            Weight,0.6,0.4,,,
            Scale_Min,1,1,,,
            Direction,benefit,cost,,,
            A,5,2,60,40,"Alpha, phase 1"
            B,3,1,50,50,Beta
            C,4,4,,,Gamma
            """;
        using var runner = new CliRunner();
        CsvTestKit.AssertSameReports("prioritize", runner.Write("matrix.csv", "\uFEFF" + csv), runner.Write("matrix.json", Json));
    }

    [Theory]
    [InlineData("weight,,0.6,0.4,,", "weight,,\"0,6\",0.4,,", "line 5, column value: must be a finite number with a '.' decimal point (got \"0,6\")")]
    [InlineData("weight,,0.6,0.4,,", "weight,,0.5,0.4,,", "line 5: weights must sum to 1 (they sum to 0.9); set \"policy\": \"normalize\" to rescale them")]
    [InlineData("weight,,0.6,0.4,,", "weight,,0.6,,,", "line 5, column risk: missing weight (every criterion needs one)")]
    [InlineData("weight,,0.6,0.4,,", "weight,,0.6,0.4,1,", "line 5, column capex@2027: the weight row has values under criterion columns only")]
    [InlineData("direction,,benefit,cost,,", "direction,,benefit,less,,", "line 4, column risk: must be \"benefit\" or \"cost\" (got \"less\")")]
    [InlineData("direction,,benefit,cost,,", "direction,,benefit,,,", "line 4, column risk: must not be empty")]
    [InlineData("scale_max,,5,5,,", "scale_max,,5,0.5,,", "line 7, column risk: must be greater than scaleMin 1 (got 0.5)")]
    [InlineData("capacity,,,,100,80", "capacity,,,,100,-80", "line 8, column capex@2028: must be zero or positive (got -80)")]
    [InlineData("capacity,,,,100,80", "capacity,,,,100,", "line 8, column capex@2028: must be a number, not null")]
    [InlineData("capacity,,,,100,80", "capacity,,5,,100,80", "line 8, column value: the capacity row has values under budget columns (budget@period) only")]
    [InlineData("B,Beta,3,1,50,50", "B,Beta,3,,50,50", "line 10, column risk: missing score (every candidate needs a score on every criterion)")]
    [InlineData("B,Beta,3,1,50,50", "B,Beta,3,7,50,50", "line 10, column risk: must be within the criterion's scale 1 to 5 (got 7)")]
    [InlineData("B,Beta,3,1,50,50", "B,Beta,3,1,50,", "line 10, column capex@2028: missing demand: fill every period of budget \"capex\" (0 for none), or leave them all empty")]
    [InlineData("B,Beta,3,1,50,50", "A,Beta,3,1,50,50", "line 10, column id: duplicate candidate id \"A\"")]
    [InlineData("scale_max,,5,5,,", "weight,,0.6,0.4,,", "line 7, column id: repeated weight row (first on line 5)")]
    [InlineData("method,weightedSum", "method,best", "line 2, setting method: must be one of \"weightedSum\"")]
    [InlineData("method,weightedSum", "method,waspas\nlambda,2", "line 3, setting lambda: must be between 0 and 1 inclusive (got 2)")]
    [InlineData("method,weightedSum", "method,weightedSum\nlambda,0.5", "line 3, setting lambda: is not an option of the method \"weightedSum\"")]
    [InlineData("method,weightedSum", "method,weightedSum\ntop_k,9", "line 3, setting top_k: must not exceed the 3 candidates that pass the gates (got 9)")]
    [InlineData("method,weightedSum\n", "", "line 2, setting method: required setting missing")]
    [InlineData("id,name,value,risk,capex@2027,capex@2028", "id,name,value,risk,capex@2027,capex@2027", "line 3, column capex@2027: repeated column")]
    [InlineData("id,name,value,risk,capex@2027,capex@2028", "id,name,value,risk,capex@2027,opex@2028", "line 3, column capex@2028: required column missing")]
    [InlineData("id,name,value,risk,capex@2027,capex@2028", "id,name,value,risk,capex@2027,@2028", "line 3, column @2028: a budget column is named budget@period")]
    [InlineData("id,name,value,risk,capex@2027,capex@2028", "name,value,risk,capex@2027,capex@2028,x", "line 3, column id: required column missing")]
    [InlineData("id,name,value,risk,capex@2027,capex@2028", "id,name,value,value,capex@2027,capex@2028", "line 3, column value: repeated column")]
    public void Errors_name_the_file_line_and_column_or_setting(string from, string to, string expected) =>
        Error(Table.Replace(from, to, StringComparison.Ordinal), expected);

    [Fact]
    public void Requires_lists_candidate_ids_separated_by_semicolons()
    {
        string csv = Table.Replace("id,name,value,risk", "id,requires,value,risk", StringComparison.Ordinal)
            .Replace("A,\"Alpha, phase 1\"", "A,B;X", StringComparison.Ordinal)
            .Replace("B,Beta", "B,", StringComparison.Ordinal).Replace("C,Gamma", "C,", StringComparison.Ordinal);
        Error(csv, "line 9, column requires: unknown candidate \"X\"");
    }

    [Theory]
    [InlineData("method,topsis\nid,value,capex@2027\n", "line 3: no direction row")]
    [InlineData("method,topsis\nid,value,capex@2027\ndirection,benefit,\nweight,1,\ncapacity,,5\n", "line 3: no candidates")]
    [InlineData("method,topsis\nid,name\n", "line 2: no criteria")]
    [InlineData("method,topsis\nid,value\n", "line 2: no budget columns")]
    [InlineData("", "line 1: no table")]
    public void Empty_file_header_only_and_incomplete_tables_are_errors(string csv, string expected) => Error(csv, expected);
}
