using System.Globalization;
using System.Text.Json;
using Pmo.Core.Prioritization.Ahp;

namespace Pmo.Core.Tests.Prioritization.Ahp;

/// <summary>
/// Layer 1 golden vectors from <c>GoldenData/ahp-examples.json</c>: Saaty's (2008) drinks matrix, the AHPy README's 4 × 4
/// example and Saaty's (2005) best-city hierarchy. Sources, precision and tolerances are in the file; nothing was computed
/// with Pmo.Core.
/// </summary>
public class AhpGoldenTests
{
    private const string File = "ahp-examples.json";

    public static TheoryData<string> MatrixIds() => Ids("matrices");

    public static TheoryData<string> HierarchyIds() => Ids("hierarchies");

    [Theory]
    [MemberData(nameof(MatrixIds))]
    public void Published_matrix_example_matches(string id)
    {
        using JsonDocument doc = Load();
        JsonElement c = Find(doc, "matrices", id);
        PairwiseMatrix m = PairwiseMatrix.FromUpperTriangle(Numbers(c.GetProperty("upper")), Strings(c.GetProperty("labels")));
        RandomIndexTable table = c.GetProperty("randomIndex").GetString() switch
        {
            "Saaty2005" => RandomIndexTable.Saaty2005,
            "DoneganDodd1991" => RandomIndexTable.DoneganDodd1991,
            _ => RandomIndexTable.Saaty1980,
        };
        var options = new AhpOptions(Enum.Parse<AhpPriorityMethod>(c.GetProperty("method").GetString()!), randomIndexTable: table);
        AhpResult r = AhpAnalysis.Analyze(m, options);

        double[] expected = Numbers(c.GetProperty("priorities"));
        double tol = c.GetProperty("prioritiesTolerance").GetDouble();
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(r.Priorities[i] - expected[i]) <= tol, $"{id}: w[{m.Labels[i]}] = {r.Priorities[i]}, published {expected[i]} ± {tol}");
        }

        double cr = c.GetProperty("consistencyRatio").GetDouble();
        double crTol = c.GetProperty("crTolerance").GetDouble();
        Assert.True(Math.Abs(r.ConsistencyRatio!.Value - cr) <= crTol, $"{id}: CR = {r.ConsistencyRatio}, published {cr} ± {crTol}");
        Assert.True(r.Converged);
    }

    [Theory]
    [MemberData(nameof(HierarchyIds))]
    public void Published_hierarchy_example_matches(string id)
    {
        using JsonDocument doc = Load();
        JsonElement c = Find(doc, "hierarchies", id);
        string[] criteria = Strings(c.GetProperty("criteria"));
        string[] alternatives = Strings(c.GetProperty("alternatives"));
        JsonElement leaves = c.GetProperty("leafUpper");
        AhpHierarchy h = AhpHierarchy.Create(
            PairwiseMatrix.FromUpperTriangle(Numbers(c.GetProperty("goalUpper")), criteria),
            criteria.Select(k => new AhpCriterion(k, alternatives: AhpAlternativeEvaluation.Pairwise(PairwiseMatrix.FromUpperTriangle(Numbers(leaves.GetProperty(k)), alternatives)))),
            alternatives);
        AhpHierarchyResult r = h.Synthesize(AhpSynthesisMode.Distributive, new AhpOptions(randomIndexTable: RandomIndexTable.DoneganDodd1991));
        double[] expected = Numbers(c.GetProperty("scores"));
        double tol = c.GetProperty("tolerance").GetDouble();
        for (int a = 0; a < expected.Length; a++)
        {
            Assert.True(Math.Abs(r.Scores[a] - expected[a]) <= tol, $"{id}: score[{alternatives[a]}] = {r.Scores[a]}, published {expected[a]} ± {tol}");
        }
    }

    internal static double[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(ParseNumber)];

    private static double ParseNumber(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Number)
        {
            return e.GetDouble();
        }

        string s = e.GetString()!;
        int slash = s.IndexOf('/', StringComparison.Ordinal);
        return slash < 0
            ? double.Parse(s, CultureInfo.InvariantCulture)
            : double.Parse(s[..slash], CultureInfo.InvariantCulture) / double.Parse(s[(slash + 1)..], CultureInfo.InvariantCulture);
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static JsonElement Find(JsonDocument doc, string kind, string id) =>
        doc.RootElement.GetProperty(kind).EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

    private static TheoryData<string> Ids(string kind)
    {
        using JsonDocument doc = Load();
        var data = new TheoryData<string>();
        foreach (JsonElement c in doc.RootElement.GetProperty(kind).EnumerateArray())
        {
            data.Add(c.GetProperty("id").GetString()!);
        }

        return data;
    }

    private static JsonDocument Load() => JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GoldenData", File)));
}
