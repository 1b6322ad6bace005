using System.Globalization;
using System.Text.RegularExpressions;

namespace Pmo.Core.Charts;

/// <summary>
/// Presentation options of a chart: size, title, number format, culture, font and the id prefix of its SVG. Immutable;
/// every property is validated when it is set (<c>new ChartOptions { Width = 1000 }</c>).
/// </summary>
/// <remarks>
/// Options change only the presentation, never the data: values are never rounded, clamped or dropped before they are
/// drawn (rounding happens in the axis and label text through <see cref="ValueFormat"/>).
/// </remarks>
public sealed partial class ChartOptions
{
    /// <summary>The smallest width or height in pixels, 100.</summary>
    public const int MinSize = 100;

    /// <summary>The largest width or height in pixels, 10,000.</summary>
    public const int MaxSize = 10_000;

    /// <summary>Gets the default options: 800 × 450 px, invariant culture, format <c>#,##0.##</c>.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>Gets the width in pixels (default 800).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [<see cref="MinSize"/>, <see cref="MaxSize"/>].</exception>
    public int Width
    {
        get;
        init => field = CheckSize(value, nameof(Width));
    } = 800;

    /// <summary>Gets the height in pixels (default 450).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [<see cref="MinSize"/>, <see cref="MaxSize"/>].</exception>
    public int Height
    {
        get;
        init => field = CheckSize(value, nameof(Height));
    } = 450;

    /// <summary>Gets the title that replaces the chart's default title, or null to keep the default.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space string.</exception>
    public string? Title
    {
        get;
        init => field = value is not null && string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"{nameof(Title)} must be null (default title) or non-blank, but was '{value}'.", nameof(Title))
            : value;
    }

    /// <summary>
    /// Gets the prefix of every <c>id</c> in the SVG, or null (default) for a prefix derived from a hash of the chart's
    /// content (<c>pmo</c> + 12 hex digits + <c>-</c>), so charts inlined in one page never share an id.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a string that is not an XML name start followed by letters, digits, <c>-</c> or <c>_</c> (1 … 64 characters).</exception>
    public string? IdPrefix
    {
        get;
        init => field = value is null || IdPattern().IsMatch(value)
            ? value
            : throw new ArgumentException($"{nameof(IdPrefix)} must match [A-Za-z_][A-Za-z0-9_-]{{0,63}}, but was '{value}'.", nameof(IdPrefix));
    }

    /// <summary>
    /// Gets the .NET format string of values on axes and labels (default <c>#,##0.##</c>); for money use e.g.
    /// <c>#,##0</c> or <c>C0</c> with a <see cref="Culture"/> that has the currency.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a blank string or one that does not format a number.</exception>
    public string ValueFormat
    {
        get;
        init => field = CheckFormat(value, nameof(ValueFormat));
    } = "#,##0.##";

    /// <summary>Gets the culture of numbers and dates in the chart (default the invariant culture).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public CultureInfo Culture
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Culture), $"{nameof(Culture)} must not be null (use CultureInfo.InvariantCulture).");
    } = CultureInfo.InvariantCulture;

    /// <summary>Gets the CSS font family of the text (default <c>Arial, Helvetica, sans-serif</c>; text is measured with Helvetica metrics).</summary>
    /// <exception cref="ArgumentException">Set to a blank string or one containing <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> or a double quote.</exception>
    public string FontFamily
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) || value.AsSpan().IndexOfAny("<>&\"") >= 0
            ? throw new ArgumentException($"{nameof(FontFamily)} must be a non-blank CSS font family without <, >, & or \", but was '{value}'.", nameof(FontFamily))
            : value;
    } = "Arial, Helvetica, sans-serif";

    /// <summary>Gets the base font size in pixels (default 12).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [6, 48] or to NaN.</exception>
    public double FontSize
    {
        get;
        init => field = value is >= 6 and <= 48
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FontSize), value, $"{nameof(FontSize)} must lie in [6, 48] px, but was {value.ToString(CultureInfo.InvariantCulture)}.");
    } = 12;

    /// <summary>Formats a value with <see cref="ValueFormat"/> and <see cref="Culture"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    [System.Diagnostics.Contracts.Pure]
    public string Format(double value) => value.ToString(ValueFormat, Culture);

    private static int CheckSize(int value, string name) =>
        value is >= MinSize and <= MaxSize
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in [{MinSize}, {MaxSize}] px, but was {value}.");

    private static string CheckFormat(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must be a non-blank numeric format string, but was '{value}'.", name);
        }

        try
        {
            _ = 1234.5.ToString(value, CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"{name} '{value}' is not a numeric format string: {e.Message}", name, e);
        }

        return value;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
