using System.Globalization;
using System.Text.Json;

namespace Pmo.Cli.Json;

/// <summary>
/// Limits on input files (issue 9 §2), the same for every command. Each broken limit is a one-line input error (exit 2)
/// naming the file, the position and the limit. They bound the memory and time a hostile or broken file can cost,
/// far above any real portfolio: the bundled 10-project sample is 230 KB, 8 levels deep, with strings of at most 91
/// characters and arrays of at most 136 elements.
/// </summary>
internal static class InputLimits
{
    /// <summary>The environment variable that overrides <see cref="MaxFileBytes"/> (a whole number of bytes).</summary>
    public const string MaxFileBytesVariable = "PMO_MAX_INPUT_BYTES";

    /// <summary>The default largest input file, in bytes (50 MiB).</summary>
    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;

    /// <summary>The deepest JSON nesting accepted (objects and arrays).</summary>
    public const int MaxDepth = 32;

    /// <summary>The longest string accepted, in characters: a JSON string value or property name, a CSV field.</summary>
    public const int MaxStringLength = 10_000;

    /// <summary>The most elements of one JSON array (projects, periods, risks, candidates, activities, samples, …).</summary>
    public const int MaxArrayLength = 1_000_000;

    /// <summary>The most rows of a CSV file (settings, header and data rows; blank rows not counted).</summary>
    public const int MaxCsvRows = 1_000_000;

    /// <summary>The most fields of one CSV row.</summary>
    public const int MaxCsvFields = 1_000;

    /// <summary>Reader options matching the serializer's.</summary>
    public static JsonReaderOptions ReaderOptions => new() { MaxDepth = MaxDepth };

    /// <summary>Gets the largest input file accepted: <c>PMO_MAX_INPUT_BYTES</c> when set, else 50 MiB.</summary>
    /// <exception cref="CliInputException">The variable is set but not a positive whole number.</exception>
    public static long MaxFileBytes
    {
        get
        {
            string? text = Environment.GetEnvironmentVariable(MaxFileBytesVariable);
            if (string.IsNullOrEmpty(text))
            {
                return DefaultMaxFileBytes;
            }

            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value > 0
                ? value
                : throw new CliInputException($"{MaxFileBytesVariable}: must be a positive whole number of bytes (got \"{text}\")");
        }
    }
}
