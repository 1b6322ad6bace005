using System.Globalization;
using System.Text.Json;
using NodaTime;
using Pmo.Core.Finance;

namespace Pmo.Core.Tests.Finance;

/// <summary>Helpers for the finance tests.</summary>
internal static class Fin
{
    public static CashFlowSeries Series(params double[] amounts) => new(amounts);

    public static DatedCashFlowSeries Dated(string[] dates, double[] amounts) =>
        DatedCashFlowSeries.FromDatesAndAmounts(dates.Select(Date), amounts);

    public static LocalDate Date(string iso) =>
        NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    public static void Near(double expected, double? actual, double tolerance, string what)
    {
        Assert.True(actual.HasValue, $"{what}: expected {expected} but the value is null (undefined).");
        Assert.True(
            Math.Abs(expected - actual!.Value) <= tolerance,
            string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected:R} ± {tolerance:R}, got {actual.Value:R} (difference {Math.Abs(expected - actual.Value):R})."));
    }

    public static JsonDocument LoadGolden(string fileName) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GoldenData", fileName)));

    public static double[] Doubles(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];

    public static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
