using System.Collections.Immutable;
using Pmo.Core.Common;

namespace Pmo.Core.Charts;

/// <summary>
/// A rendered chart: one self-contained <c>&lt;svg&gt;</c> element (no XML prolog, no doctype, no script, no external
/// reference) with an accessible <c>&lt;title&gt;</c>, ready to inline in HTML, Markdown or a notebook.
/// </summary>
/// <remarks>
/// <para>Every <c>id</c> of the SVG (clip paths, the title) and every reference to one (<c>url(#…)</c>, <c>href="#…"</c>)
/// carries <see cref="IdPrefix"/>, so many charts can share one HTML page. The prefix is
/// <see cref="ChartOptions.IdPrefix"/> when given, else <c>pmo</c> + 12 hex digits of a 64-bit FNV-1a hash of the
/// rendered content: the same input and options give a byte-identical <see cref="Svg"/>; different content gives a
/// different prefix (up to a 2⁻⁴⁸ hash collision).</para>
/// <para><see cref="Diagnostics"/> say what could not be drawn (an undefined EAC, bands in a ratio mode, …): undefined
/// values are gaps, never zeros.</para>
/// </remarks>
public sealed class Chart
{
    internal Chart(string title, int width, int height, string idPrefix, string svg, ImmutableArray<Diagnostic> diagnostics)
    {
        Title = title;
        Width = width;
        Height = height;
        IdPrefix = idPrefix;
        Svg = svg;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the title (also the SVG's <c>&lt;title&gt;</c> and the HTML caption).</summary>
    public string Title { get; }

    /// <summary>Gets the width in pixels.</summary>
    public int Width { get; }

    /// <summary>Gets the height in pixels.</summary>
    public int Height { get; }

    /// <summary>Gets the prefix of every id in <see cref="Svg"/>.</summary>
    public string IdPrefix { get; }

    /// <summary>Gets the SVG markup: one <c>&lt;svg&gt;</c> element with a <c>viewBox</c>, <c>role="img"</c> and a <c>&lt;title&gt;</c> child.</summary>
    public string Svg { get; }

    /// <summary>Gets notes on what was left out or shown as a gap, and why.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The chart as an HTML <c>&lt;figure&gt;</c> with the SVG and a <c>&lt;figcaption&gt;</c> of the title (HTML-escaped).</summary>
    /// <returns>The HTML fragment.</returns>
    [System.Diagnostics.Contracts.Pure]
    public string ToHtml() =>
        $"<figure class=\"pmo-chart\">{Svg}<figcaption>{Internal.SvgFinisher.Escape(Title)}</figcaption></figure>";

    /// <summary>Returns <see cref="Svg"/>.</summary>
    /// <returns>The SVG markup.</returns>
    public override string ToString() => Svg;
}
