using System.Text.Json;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.DecisionTrees;

/// <summary>
/// Layer 1 golden vectors: published decision-tree examples in <c>GoldenData/decision-tree-examples.json</c> (PMBOK
/// Guide 5th ed. Figure 11-16; a PMP exam-prep question; Thompson Lumber from Render and Stair's and Heizer and Render's
/// textbooks; Whitten Industries EVPI; a coin-flip EVPI tutorial). Citations, printed values and tolerances are in the
/// file; nothing was computed with Pmo.Core.
/// </summary>
public class DecisionTreeGoldenTests
{
    private const string File = "decision-tree-examples.json";

    public static TheoryData<string> CaseIds()
    {
        using JsonDocument doc = Load();
        var data = new TheoryData<string>();
        foreach (JsonElement c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(c.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Published_example_matches(string id)
    {
        using JsonDocument doc = Load();
        JsonElement c = doc.RootElement.GetProperty("cases").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);
        double tolerance = c.GetProperty("tolerance").GetDouble();
        DecisionTree tree = DecisionTree.Create(c.GetProperty("nodes").EnumerateArray().Select(ToNode));
        DecisionTreeResult r = tree.RollBack();
        JsonElement expected = c.GetProperty("expected");

        foreach (JsonProperty emv in expected.GetProperty("emv").EnumerateObject())
        {
            double actual = emv.Name.StartsWith("branch:", StringComparison.Ordinal)
                ? r[emv.Name["branch:".Length..]].BranchExpectedValue
                : r[emv.Name].ExpectedValue;
            Near(emv.Value.GetDouble(), actual, tolerance, $"{id} EMV {emv.Name}");
        }

        Assert.Equal(expected.GetProperty("best").GetString(), r.BestDecision);
        Assert.True(r[r.BestDecision!].IsOnOptimalPolicy);

        if (expected.TryGetProperty("pathValue", out JsonElement paths))
        {
            foreach (JsonProperty p in paths.EnumerateObject())
            {
                Near(p.Value.GetDouble(), r[p.Name].PathValue, tolerance, $"{id} path {p.Name}");
            }
        }

        if (expected.TryGetProperty("evpi", out JsonElement evpi))
        {
            PerfectInformationResult pi = tree.ExpectedValueOfPerfectInformation();
            Near(evpi.GetDouble(), pi.Value, tolerance, $"{id} EVPI");
            Near(expected.GetProperty("evwpi").GetDouble(), pi.ExpectedValueWithPerfectInformation, tolerance, $"{id} EVwPI");
        }
    }

    private static DecisionTreeNode ToNode(JsonElement n)
    {
        string id = n.GetProperty("id").GetString()!;
        string? parent = n.TryGetProperty("parent", out JsonElement p) ? p.GetString() : null;
        double? probability = n.TryGetProperty("probability", out JsonElement pr) ? pr.GetDouble() : null;
        double branchValue = n.TryGetProperty("branchValue", out JsonElement b) ? b.GetDouble() : 0;
        return n.GetProperty("kind").GetString() switch
        {
            "Decision" => DecisionTreeNode.Decision(id, parent, probability, branchValue),
            "Chance" => DecisionTreeNode.Chance(id, parent, probability, branchValue),
            "Terminal" => DecisionTreeNode.Terminal(id, parent, n.GetProperty("payoff").GetDouble(), probability, branchValue),
            string k => throw new InvalidOperationException($"Unknown kind {k}"),
            null => throw new InvalidOperationException("Missing kind"),
        };
    }

    private static void Near(double expected, double actual, double tolerance, string what) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: expected {expected} ± {tolerance}, got {actual}.");

    private static JsonDocument Load() =>
        JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GoldenData", File)));
}
