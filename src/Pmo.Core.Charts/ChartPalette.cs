using System.Collections.Immutable;

namespace Pmo.Core.Charts;

/// <summary>
/// The colours of the charts: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies.
/// Colour is never the only carrier of meaning: series also differ in line style or marker, and heat-map cells carry
/// text labels.
/// </summary>
/// <remarks>Source: Okabe, M. and Ito, K. (2008), "Color Universal Design (CUD): how to make figures and presentations that
/// are friendly to colorblind people", https://jfly.uni-koeln.de/color/ (the eight colours below).</remarks>
public static class ChartPalette
{
    /// <summary>Black, <c>#000000</c>.</summary>
    public const string Black = "#000000";

    /// <summary>Orange, <c>#E69F00</c>.</summary>
    public const string Orange = "#E69F00";

    /// <summary>Sky blue, <c>#56B4E9</c>.</summary>
    public const string SkyBlue = "#56B4E9";

    /// <summary>Bluish green, <c>#009E73</c>.</summary>
    public const string BluishGreen = "#009E73";

    /// <summary>Yellow, <c>#F0E442</c>.</summary>
    public const string Yellow = "#F0E442";

    /// <summary>Blue, <c>#0072B2</c>.</summary>
    public const string Blue = "#0072B2";

    /// <summary>Vermillion, <c>#D55E00</c> (over-allocation, worst zone).</summary>
    public const string Vermillion = "#D55E00";

    /// <summary>Reddish purple, <c>#CC79A7</c>.</summary>
    public const string ReddishPurple = "#CC79A7";

    /// <summary>Gets the series colours in the order charts use them: blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow, black.</summary>
    public static ImmutableArray<string> Series { get; } = [Blue, Vermillion, BluishGreen, Orange, ReddishPurple, SkyBlue, Yellow, Black];
}
