using System.Text.Json;
using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>Small builders shared by the earned-value tests.</summary>
internal static class Ev
{
    /// <summary>Start of every test baseline: 1 January 2025 (monthly periods end on month ends).</summary>
    public static readonly LocalDate Start = new(2025, 1, 1);

    /// <summary>A monthly baseline from the cumulative PV with a leading zero (as the golden files store it).</summary>
    public static TimePhasedBaseline FromCurveWithLeadingZero(IReadOnlyList<double> curve)
    {
        double[] cum = [.. curve.Skip(1)];
        LocalDate[] ends = [.. Enumerable.Range(1, cum.Length).Select(i => Start.PlusMonths(i).PlusDays(-1))];
        return TimePhasedBaseline.FromCumulativeValues(Start, ends, cum);
    }

    /// <summary>A monthly baseline from monthly PV values.</summary>
    public static TimePhasedBaseline Monthly(params double[] monthly) => TimePhasedBaseline.Monthly(Start, monthly);

    /// <summary>The linear baseline BAC = 100 000 over 10 months (10 000 a month) used by most hand examples.</summary>
    public static TimePhasedBaseline Linear10() => Monthly([.. Enumerable.Repeat(10_000.0, 10)]);

    /// <summary>The last day of period <paramref name="period"/> of <paramref name="baseline"/>: AT = period exactly.</summary>
    public static LocalDate EndOf(TimePhasedBaseline baseline, int period) => baseline.PeriodEnd(period);

    public static EarnedValueAnalysis Analyze(TimePhasedBaseline baseline, int atPeriod, double ev, double ac, EarnedValueOptions? options = null) =>
        EarnedValueAnalyzer.Analyze(baseline, new ProjectStatus(EndOf(baseline, atPeriod), ev, ac), default, options);

    public static bool HasDiagnostic(EarnedValueAnalysis a, DiagnosticKind kind, string metric) =>
        a.Diagnostics.Any(d => d.Kind == kind && d.Metric == metric);

    public static void Near(double expected, double? actual, double tolerance, string what)
    {
        Assert.True(actual.HasValue, $"{what}: expected {expected} but the value is null (undefined).");
        Assert.True(
            Math.Abs(expected - actual!.Value) <= tolerance,
            $"{what}: expected {expected} ± {tolerance}, got {actual.Value} (difference {Math.Abs(expected - actual.Value)}).");
    }

    public static JsonDocument LoadGolden(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "GoldenData", fileName);
        return JsonDocument.Parse(File.ReadAllText(path));
    }

    public static JsonElement Case(JsonDocument doc, string id) =>
        doc.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    public static double[] Doubles(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];

    /// <summary>Asserts a typed rejection: the exception type, its ParamName, and fragments of the rule in its message.</summary>
    public static T Rule<T>(Action act, string paramName, params string[] fragments)
        where T : ArgumentException => Reject.Rule<T>(act, paramName, fragments);
}
