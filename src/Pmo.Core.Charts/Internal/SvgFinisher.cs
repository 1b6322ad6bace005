using System.Globalization;
using System.Text;

namespace Pmo.Core.Charts.Internal;

/// <summary>Turns OxyPlot's SVG into the chart's: no prolog, a title, a viewBox, prefixed ids.</summary>
internal static class SvgFinisher
{
    internal static (string Svg, string Prefix) Finish(string raw, string title, int width, int height, string? idPrefix)
    {
        int start = raw.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("The SVG exporter returned no <svg> element.");
        }

        ReadOnlySpan<char> body = raw.AsSpan(start).TrimEnd();
        string prefix = idPrefix ?? "pmo" + Hash(body, title).ToString("x16", CultureInfo.InvariantCulture)[..12] + "-";
        int close = body.IndexOf('>');
        ReadOnlySpan<char> open = body[..close];
        bool selfClosing = open.EndsWith("/");
        if (selfClosing)
        {
            open = open[..^1].TrimEnd();
        }

        var sb = new StringBuilder(body.Length + (body.Length / 16) + title.Length + 256);
        sb.Append("<svg");
        sb.Append(CultureInfo.InvariantCulture, $" role=\"img\" aria-labelledby=\"{prefix}title\" viewBox=\"0 0 {width} {height}\"");
        sb.Append(open[4..]);
        sb.Append('>');
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{prefix}title\">{Escape(title)}</title>");
        if (selfClosing)
        {
            sb.Append("</svg>");
            return (sb.ToString(), prefix);
        }

        // Prefix ids and references inside tags only (text content is never touched), in one pass without copies.
        ReadOnlySpan<char> rest = body[(close + 1)..];
        while (!rest.IsEmpty)
        {
            int lt = rest.IndexOf('<');
            if (lt < 0)
            {
                sb.Append(rest);
                break;
            }

            sb.Append(rest[..lt]);
            rest = rest[lt..];
            int gt = rest.IndexOf('>');
            int end = gt < 0 ? rest.Length : gt + 1;
            AppendTag(sb, rest[..end], prefix);
            rest = rest[end..];
        }

        return (sb.ToString(), prefix);
    }

    private static void AppendTag(StringBuilder sb, ReadOnlySpan<char> tag, string prefix)
    {
        while (true)
        {
            int best = -1, length = 0;
            Earliest(tag, " id=\"", ref best, ref length);
            Earliest(tag, "url(#", ref best, ref length);
            Earliest(tag, "href=\"#", ref best, ref length);

            if (best < 0)
            {
                sb.Append(tag);
                return;
            }

            sb.Append(tag[..(best + length)]).Append(prefix);
            tag = tag[(best + length)..];
        }
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
    internal static ulong Hash(ReadOnlySpan<char> content, string title)
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

    private static void Earliest(ReadOnlySpan<char> tag, string marker, ref int best, ref int length)
    {
        int i = tag.IndexOf(marker, StringComparison.Ordinal);
        if (i >= 0 && (best < 0 || i < best))
        {
            best = i;
            length = marker.Length;
        }
    }
}
