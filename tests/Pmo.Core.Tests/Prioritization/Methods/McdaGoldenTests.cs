using System.Text.Json;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Methods;

/// <summary>
/// Layer 1 golden vectors: published MCDA examples in <c>GoldenData/mcda-examples.json</c> (Papathanasiou and Ploskas
/// 2018; Opricovic and Tzeng 2004; Yang and Wu 2020; Zhao, Peng and Li 2013; Dezert et al. 2020). Each case carries its
/// citation, the variant, the printed precision and the test suite it was found through; the tolerance is half a unit
/// of the last printed digit. Nothing in the file was computed with Pmo.Core.
/// </summary>
public class McdaGoldenTests
{
    private const string File = "mcda-examples.json";

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
        DecisionMatrix matrix = ToMatrix(c);
        CriteriaWeights weights = CriteriaWeights.Create(Doubles(c.GetProperty("weights")), WeightPolicy.Reject);
        IMcdaMethod method = ToMethod(c);
        McdaResult result = method.Evaluate(matrix, weights);
        JsonElement expected = c.GetProperty("expected");

        Near(Doubles(expected.GetProperty("preferences")), result.Preferences.AsSpan(), tolerance, id);
        if (expected.TryGetProperty("s", out JsonElement s))
        {
            var v = Assert.IsType<VikorResult>(result);
            Near(Doubles(s), v.S.AsSpan(), tolerance, id + " S");
            Near(Doubles(expected.GetProperty("r")), v.R.AsSpan(), tolerance, id + " R");
        }

        // The scorer must reproduce the evaluation for the published weights too.
        double[] scored = new double[matrix.AlternativeCount];
        method.Prepare(matrix).Score(weights.AsSpan(), scored);
        Near(result.Preferences.ToArray(), scored, 1e-12, id + " scorer");
    }

    internal static DecisionMatrix ToMatrix(JsonElement c)
    {
        double[] types = Doubles(c.GetProperty("types"));
        var rows = c.GetProperty("matrix").EnumerateArray().Select(r => (IReadOnlyList<double>)Doubles(r)).ToList();
        bool bounded = c.TryGetProperty("boundsMin", out JsonElement lo);
        double[]? min = bounded ? Doubles(lo) : null;
        double[]? max = bounded ? Doubles(c.GetProperty("boundsMax")) : null;
        var criteria = types.Select((t, j) => new Criterion(
            "c" + (j + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            t > 0 ? CriterionDirection.Benefit : CriterionDirection.Cost,
            min?[j],
            max?[j]));
        return DecisionMatrix.FromRows(rows.Select((_, i) => "A" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), criteria, rows);
    }

    internal static IMcdaMethod ToMethod(JsonElement c)
    {
        c.TryGetProperty("options", out JsonElement o);
        return c.GetProperty("method").GetString() switch
        {
            "topsis" => new Topsis(Enum.Parse<NormalizationMethod>(o.GetProperty("normalization").GetString()!)),
            "vikor" => new Vikor(o.GetProperty("v").GetDouble()),
            "spotis" => new Spotis(),
            "promethee2" => new Promethee2(o.GetProperty("function").GetString() switch
            {
                "usual" => PreferenceFunction.Usual(),
                "linear" => PreferenceFunction.Linear(o.GetProperty("q").GetDouble(), o.GetProperty("p").GetDouble()),
                var f => throw new InvalidOperationException(f),
            }),
            var m => throw new InvalidOperationException("Unknown method " + m),
        };
    }

    internal static double[] Doubles(JsonElement a) => [.. a.EnumerateArray().Select(e => e.GetDouble())];

    private static void Near(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double tolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= tolerance,
                $"{what}[{i}]: expected {expected[i]} ± {tolerance}, got {actual[i]}");
        }
    }

    private static JsonDocument Load() => JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GoldenData", File)));
}
