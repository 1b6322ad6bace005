using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

/// <summary>Single-project inputs for <c>pmo evm</c>: a six-month baseline of BAC 1,000 from 2026-01-01.</summary>
public static class Fixtures
{
    public static JsonObject Project(string statusDate, double ev, double ac, string? history = null) => (JsonObject)JsonNode.Parse($$"""
        {
          "id": "T-1",
          "name": "Test project",
          "currency": "EUR",
          "statusDate": "{{statusDate}}",
          "baselines": [
            {
              "version": 1,
              "approvedOn": "2025-12-15",
              "reason": "Initial baseline",
              "start": "2026-01-01",
              "periods": [
                { "end": "2026-01-31", "pv": 100 },
                { "end": "2026-02-28", "pv": 200 },
                { "end": "2026-03-31", "pv": 300 },
                { "end": "2026-04-30", "pv": 200 },
                { "end": "2026-05-31", "pv": 100 },
                { "end": "2026-06-30", "pv": 100 }
              ]
            }
          ],
          "status": { "ev": {{ev}}, "ac": {{ac}}{{(history is null ? string.Empty : $", \"history\": {history}")}} }
        }
        """)!;

    public static JsonObject SamplePortfolio() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "data", "sample-portfolio.json")))!;
}
