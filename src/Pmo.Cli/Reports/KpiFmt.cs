using System.Globalization;
using Pmo.Core.Kpis;

namespace Pmo.Cli.Reports;

/// <summary>Presentation of KPI values and statuses: the definition's unit and display precision; undefined as n/a.</summary>
internal static class KpiFmt
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Gets a short label: the abbreviation for the earned-value KPIs, otherwise the definition's name.</summary>
    /// <param name="d">The definition.</param>
    /// <returns>The label.</returns>
    public static string Label(KpiDefinition d) => d.Id switch
    {
        "cpi" => "CPI",
        "spi" => "SPI",
        "spi-t" => "SPI(t)",
        "tcpi" => "TCPI",
        "vac" => "VAC / BAC",
        "bei" => "BEI",
        _ => d.Name,
    };

    /// <summary>Formats a value: a "%" unit as a percentage with (precision − 2) decimals, else precision decimals.</summary>
    /// <param name="value">The value.</param>
    /// <param name="d">The definition.</param>
    /// <returns>The text.</returns>
    public static string Value(double? value, KpiDefinition d)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return Fmt.NotAvailable;
        }

        if (d.Unit == "%")
        {
            int decimals = Math.Max(0, d.DisplayPrecision - 2);
            return Clean(Math.Round(v * 100, decimals, MidpointRounding.AwayFromZero)).ToString("F" + decimals.ToString(Inv), Inv) + "%";
        }

        return Clean(Math.Round(v, d.DisplayPrecision, MidpointRounding.AwayFromZero)).ToString("F" + d.DisplayPrecision.ToString(Inv), Inv);
    }

    /// <summary>Formats the target of an evaluation, or the target band of a target-band KPI.</summary>
    /// <param name="target">The target in force.</param>
    /// <param name="d">The definition.</param>
    /// <returns>The text.</returns>
    public static string Target(KpiTarget? target, KpiDefinition d)
    {
        if (target is { } t)
        {
            return Value(t.Value, d);
        }

        return d.Direction.Kind == KpiDirectionKind.TargetBand ? $"{Value(d.Direction.Low, d)}–{Value(d.Direction.High, d)}" : Fmt.NotAvailable;
    }

    /// <summary>Formats a status.</summary>
    /// <param name="e">The evaluation.</param>
    /// <returns>The level's label, <c>neutral</c> or <c>unknown</c>.</returns>
    public static string Status(KpiEvaluation e) => e.StatusKind switch
    {
        KpiStatusKind.Rated => e.Status?.Label ?? "unknown",
        KpiStatusKind.Neutral => "neutral",
        _ => "unknown",
    };

    /// <summary>Formats a status roll-up: the level and the counts per level, worst first.</summary>
    /// <param name="r">The roll-up.</param>
    /// <returns>The text, or n/a.</returns>
    public static string Rollup(StatusRollupResult? r)
    {
        if (r?.Level is not { } level)
        {
            return Fmt.NotAvailable;
        }

        string counts = string.Join(" ", r.Scale.Levels.Select((l, i) => (l, n: r.Counts[i])).Where(x => x.n > 0).Select(x => $"{x.n} {x.l.Label}"));
        return $"{level.Label} ({counts})";
    }

    /// <summary>Formats a trend.</summary>
    /// <param name="e">The evaluation.</param>
    /// <returns>The text.</returns>
    public static string Trend(KpiEvaluation e) => e.Trend switch
    {
        KpiTrend.Improving => "improving",
        KpiTrend.Worsening => "worsening",
        KpiTrend.Unchanged => "unchanged",
        KpiTrend.NotAssessed => "—",
        _ => Fmt.NotAvailable,
    };

    /// <summary>Formats the forecast check: the forecast value and level, and the breach flag.</summary>
    /// <param name="e">The evaluation.</param>
    /// <returns>The text.</returns>
    public static string Forecast(KpiEvaluation e)
    {
        if (e.Forecast is not { } f)
        {
            return Fmt.NotAvailable;
        }

        string text = $"{Value(f.Value, e.Definition)} {f.Status?.Label ?? "unknown"}";
        return e.ForecastBreach ? text + " BREACH" : text;
    }

    /// <summary>Gets the camelCase contract name of a value.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name.</returns>
    public static string Name<T>(T value)
        where T : struct, Enum => Input.InputMapper.ContractName(value);

    private static double Clean(double v) => v == 0 ? 0 : v;
}
