using System.Globalization;
using NodaTime;

namespace Pmo.Cli.Reports;

/// <summary>
/// Presentation formatting, invariant culture: money with thousands separators and no decimals, indices with two
/// decimals, percentages with one, periods with two; undefined values as <c>n/a</c> (never 0).
/// </summary>
internal static class Fmt
{
    public const string NotAvailable = "n/a";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Money(double? value) => value is { } v && double.IsFinite(v) ? NoNegativeZero(Math.Round(v, MidpointRounding.AwayFromZero)).ToString("#,##0", Inv) : NotAvailable;

    public static string SignedMoney(double? value) => value is { } v && double.IsFinite(v)
        ? (Math.Round(v, MidpointRounding.AwayFromZero) > 0 ? "+" : string.Empty) + Money(v)
        : NotAvailable;

    public static string Index(double? value) => value is { } v && double.IsFinite(v) ? NoNegativeZero(Math.Round(v, 2, MidpointRounding.AwayFromZero)).ToString("0.00", Inv) : NotAvailable;

    public static string Percent(double? fraction) => fraction is { } v && double.IsFinite(v) ? NoNegativeZero(Math.Round(v * 100, 1, MidpointRounding.AwayFromZero)).ToString("0.0", Inv) + "%" : NotAvailable;

    public static string Periods(double? value) => value is { } v && double.IsFinite(v) ? NoNegativeZero(Math.Round(v, 2, MidpointRounding.AwayFromZero)).ToString("0.00", Inv) : NotAvailable;

    public static string Date(LocalDate? value) => value is { } d ? d.ToString("yyyy-MM-dd", Inv) : NotAvailable;

    public static string YesNo(bool? value) => value is { } b ? (b ? "yes" : "no") : NotAvailable;

    public static string Int(int value) => value.ToString(Inv);

    private static double NoNegativeZero(double v) => v == 0 ? 0 : v;
}
