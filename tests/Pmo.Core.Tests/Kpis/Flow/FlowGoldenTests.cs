using System.Globalization;
using System.Text.Json;
using Pmo.Core.Common;

namespace Pmo.Core.Tests.Kpis.Flow;

/// <summary>
/// Layer 1 golden vectors: published percentile examples (<c>GoldenData/flow-percentiles.json</c>) and the reference
/// outputs of xoshiro256**, its jump and SplitMix64 (<c>GoldenData/flow-prng.json</c>). Sources are in the files.
/// </summary>
public class FlowGoldenTests
{
    private static JsonDocument Load(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GoldenData", name)));

    public static TheoryData<string, string, double[], double, double?, double> PercentileCases()
    {
        var data = new TheoryData<string, string, double[], double, double?, double>();
        using JsonDocument doc = Load("flow-percentiles.json");
        foreach (JsonElement c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            string id = c.GetProperty("id").GetString()!;
            string caseDefinition = c.GetProperty("definition").GetString()!;
            double[] values = [.. c.GetProperty("values").EnumerateArray().Select(v => v.GetDouble())];
            foreach (JsonElement point in c.GetProperty("points").EnumerateArray())
            {
                string definition = point.TryGetProperty("definition", out JsonElement d) ? d.GetString()! : caseDefinition;
                JsonElement expected = point.GetProperty("expected");
                double? value = expected.ValueKind == JsonValueKind.Null ? null : expected.GetDouble();
                double tolerance = point.TryGetProperty("tolerance", out JsonElement t) ? t.GetDouble() : 0;
                data.Add(id, definition, values, point.GetProperty("p").GetDouble(), value, tolerance);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PercentileCases))]
    public void Published_percentile(string id, string definition, double[] values, double p, double? expected, double tolerance)
    {
        var def = Enum.Parse<PercentileDefinition>(definition);
        double? actual = Percentiles.ComputeUnsorted(values, p, def);
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.True(Math.Abs(expected.Value - actual.Value) <= tolerance, $"{id}: p={p} {definition}: expected {expected} ± {tolerance}, got {actual}");
    }

    [Fact]
    public void Xoshiro256StarStar_reference_outputs()
    {
        using JsonDocument doc = Load("flow-prng.json");
        JsonElement x = doc.RootElement.GetProperty("xoshiro256starstar");
        ulong[] s = [.. x.GetProperty("state").EnumerateArray().Select(v => ulong.Parse(v.GetString()!, CultureInfo.InvariantCulture))];
        var g = new Xoshiro256StarStar(s[0], s[1], s[2], s[3]);
        foreach (JsonElement expected in x.GetProperty("outputs").EnumerateArray())
        {
            Assert.Equal(ulong.Parse(expected.GetString()!, CultureInfo.InvariantCulture), g.NextUInt64());
        }
    }

    [Fact]
    public void Xoshiro256_jump_reference_state()
    {
        using JsonDocument doc = Load("flow-prng.json");
        JsonElement x = doc.RootElement.GetProperty("xoshiro256_jump");
        ulong[] s = [.. x.GetProperty("state").EnumerateArray().Select(v => ulong.Parse(v.GetString()!, CultureInfo.InvariantCulture))];
        ulong[] e = [.. x.GetProperty("after_jump_hex").EnumerateArray().Select(v => ulong.Parse(v.GetString()!, NumberStyles.HexNumber, CultureInfo.InvariantCulture))];
        var g = new Xoshiro256StarStar(s[0], s[1], s[2], s[3]);
        g.Jump();
        Assert.Equal((e[0], e[1], e[2], e[3]), g.State);
    }

    [Fact]
    public void SplitMix64_reference_outputs()
    {
        using JsonDocument doc = Load("flow-prng.json");
        JsonElement x = doc.RootElement.GetProperty("splitmix64");
        ulong state = ulong.Parse(x.GetProperty("seed").GetString()!, CultureInfo.InvariantCulture);
        foreach (JsonElement expected in x.GetProperty("outputs_hex").EnumerateArray())
        {
            Assert.Equal(ulong.Parse(expected.GetString()!, NumberStyles.HexNumber, CultureInfo.InvariantCulture), SplitMix64.Next(ref state));
        }
    }

    [Fact]
    public void FromSeed_uses_four_SplitMix64_outputs()
    {
        ulong state = 0;
        var expected = (SplitMix64.Next(ref state), SplitMix64.Next(ref state), SplitMix64.Next(ref state), SplitMix64.Next(ref state));
        Assert.Equal(expected, Xoshiro256StarStar.FromSeed(0).State);
        Assert.Equal(0xE220A8397B1DCDAFUL, Xoshiro256StarStar.FromSeed(0).State.S0);
    }
}
