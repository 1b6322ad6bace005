namespace Pmo.Core.Interactive;

/// <summary>
/// A composed HTML view of several results (for example a ranking with its SMAA acceptabilities, or a selection on its
/// frontier), made by <see cref="PmoHtml"/>'s view methods. In a notebook it displays as its HTML.
/// </summary>
public sealed class PmoView
{
    internal PmoView(string title, string html)
    {
        Title = title;
        Html = html;
    }

    /// <summary>Gets the view's title.</summary>
    public string Title { get; }

    /// <summary>Gets the view's HTML fragment (charts as inline SVG with unique ids, tables, text HTML-encoded).</summary>
    public string Html { get; }

    /// <inheritdoc/>
    public override string ToString() => Title;
}
