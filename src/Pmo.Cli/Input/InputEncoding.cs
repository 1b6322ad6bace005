using System.Buffers;
using System.Globalization;
using System.Text;

namespace Pmo.Cli.Input;

/// <summary>
/// The one encoding every input file must have: UTF-8, with or without a byte-order mark (issue 9 §2). UTF-16 and
/// UTF-32 (with a byte-order mark, or UTF-16 without one, recognised by its zero bytes) and bytes that are not UTF-8
/// (a Latin-1 or Windows-1252 file) are rejected with a one-line error naming the file and the first offending byte,
/// never decoded into replacement characters and accepted.
/// </summary>
internal static class InputEncoding
{
    /// <summary>Checks that a file is UTF-8 and strips its byte-order mark.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="source">The file name for messages.</param>
    /// <returns>The UTF-8 text without a byte-order mark.</returns>
    /// <exception cref="CliInputException">The file is UTF-16, UTF-32 or not valid UTF-8.</exception>
    public static ReadOnlySpan<byte> Utf8(byte[] bytes, string source)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            throw Error(source, "is UTF-32 (it starts with a UTF-32 byte-order mark); save it as UTF-8");
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw Error(source, "is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
        }

        if (LooksLikeUtf16(span))
        {
            throw Error(source, "looks like UTF-16 without a byte-order mark (every other byte is zero); save it as UTF-8");
        }

        if (!System.Text.Unicode.Utf8.IsValid(span))
        {
            int offset = FirstInvalid(span);
            (int line, int column) = LineAndColumn(span, offset);
            throw Error(source, string.Create(
                CultureInfo.InvariantCulture,
                $"not valid UTF-8: byte 0x{span[offset]:X2} at line {line}, column {column} (a Latin-1 or Windows-1252 file?); save it as UTF-8"));
        }

        return span;
    }

    /// <summary>Checks that a file is UTF-8 and decodes it.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="source">The file name for messages.</param>
    /// <returns>The text without a byte-order mark.</returns>
    /// <exception cref="CliInputException">The file is UTF-16, UTF-32 or not valid UTF-8.</exception>
    public static string Text(byte[] bytes, string source) => Encoding.UTF8.GetString(Utf8(bytes, source));

    /// <summary>The 1-based line and column (in characters) of a byte offset of valid UTF-8 text.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="offset">The byte offset.</param>
    /// <returns>The line and column.</returns>
    public static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> utf8, long offset)
    {
        ReadOnlySpan<byte> before = utf8[..(int)Math.Min(offset, utf8.Length)];
        int lastNewLine = before.LastIndexOf((byte)'\n');
        int line = before.Count((byte)'\n') + 1;
        ReadOnlySpan<byte> lineStart = before[(lastNewLine + 1)..];
        int column = (System.Text.Unicode.Utf8.IsValid(lineStart) ? Encoding.UTF8.GetCharCount(lineStart) : lineStart.Length) + 1;
        return (line, column);
    }

    // UTF-16 of mostly ASCII text has a zero in every other byte; UTF-8 text has none (a NUL is never valid in our
    // formats, but stray NULs must not be reported as UTF-16).
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> span)
    {
        ReadOnlySpan<byte> head = span[..Math.Min(span.Length, 4096)];
        if (head.Length < 2)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < head.Length; i++)
        {
            if (head[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenZeros++;
                }
                else
                {
                    oddZeros++;
                }
            }
        }

        // Zeros on one side of most pairs and (almost) none on the other: a file of NULs is not UTF-16.
        int pairs = head.Length / 2;
        return Math.Max(evenZeros, oddZeros) * 2 > pairs && Math.Min(evenZeros, oddZeros) * 10 < pairs;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> span)
    {
        int offset = 0;
        while (offset < span.Length)
        {
            OperationStatus status = Rune.DecodeFromUtf8(span[offset..], out _, out int consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return Math.Max(0, span.Length - 1);
    }

    private static CliInputException Error(string source, string rule) => new($"{source}: {rule}");
}
