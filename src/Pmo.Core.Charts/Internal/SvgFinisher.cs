using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pmo.Core.Charts.Internal;

/// <summary>Turns OxyPlot's SVG into the chart's: no prolog, a title, a viewBox, prefixed ids.</summary>
internal static partial class SvgFinisher
{
    internal static (string Svg, string Prefix) Finish(string raw, string title, int width, int height, string? idPrefix)
    {
        int start = raw.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("The SVG exporter returned no <svg> element.");
        }

        string body = raw[start..].TrimEnd();
        string prefix = idPrefix ?? "pmo" + Hash(body, title).ToString("x16", CultureInfo.InvariantCulture)[..12] + "-";

        // Prefix ids and references inside tags only (text content is never touched).
        body = Tag().Replace(body, m => Reference().Replace(m.Value, r => r.Groups[1].Value + prefix));

        int close = body.IndexOf('>', StringComparison.Ordinal);
        string open = body[..close];
        bool selfClosing = open.EndsWith('/');
        if (selfClosing)
        {
            open = open[..^1].TrimEnd();
        }

        var sb = new StringBuilder(body.Length + title.Length + 200);
        sb.Append("<svg");
        sb.Append(CultureInfo.InvariantCulture, $" role=\"img\" aria-labelledby=\"{prefix}title\" viewBox=\"0 0 {width} {height}\"");
        sb.Append(open, 4, open.Length - 4);
        sb.Append('>');
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{prefix}title\">{Escape(title)}</title>");
        if (selfClosing)
        {
            sb.Append("</svg>");
        }
        else
        {
            sb.Append(body, close + 1, body.Length - close - 1);
        }

        return (sb.ToString(), prefix);
    }

    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            _ = c switch
            {
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '&' => sb.Append("&amp;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    /// <summary>64-bit FNV-1a over the UTF-16 code units of the content and the title.</summary>
    internal static ulong Hash(string content, string title)
    {
        unchecked
        {
            ulong h = 14695981039346656037UL;
            foreach (char c in content)
            {
                h = (h ^ c) * 1099511628211UL;
            }

            h = (h ^ 0xFFFF) * 1099511628211UL;
            foreach (char c in title)
            {
                h = (h ^ c) * 1099511628211UL;
            }

            return h;
        }
    }

    [GeneratedRegex("<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex("((?:\\sid=\")|(?:url\\(#)|(?:href=\"#))", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
