using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using NodaTime;
using NodaTime.Text;
using Pmo.Cli.Json;

namespace Pmo.Cli.Input;

/// <summary>
/// Reads KPI observations from a CSV table (issue 8 §4): one row per observation with the columns <c>subject</c>,
/// <c>kpi</c>, <c>date</c> and one of <c>value</c> or <c>numerator</c> + <c>denominator</c> (or <c>missing</c> =
/// true), optional <c>name</c> and <c>parent</c> of the subject. Parsed with CsvHelper (RFC 4180 quoting), header names
/// matched case-insensitively, numbers culture-invariant, dates ISO <c>yyyy-MM-dd</c>. Unknown columns, a missing
/// required column, bad numbers or dates, and a subject given two different parents are errors naming the file, line
/// and column; the rows are then validated by the same rules as the JSON KPI file, reported against the row's line.
/// </summary>
internal static partial class KpiCsv
{
    private static readonly string[] Known = ["subject", "name", "parent", "kpi", "date", "value", "numerator", "denominator", "missing"];

    /// <summary>Whether a path names a CSV file.</summary>
    public static bool IsCsv(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads and validates the table.</summary>
    /// <param name="utf8">The file's bytes (UTF-8, BOM allowed).</param>
    /// <param name="source">The file name for messages.</param>
    /// <param name="asOf">The <c>--as-of</c> date; default: the latest date in the file.</param>
    /// <returns>The KPI file model.</returns>
    /// <exception cref="CliInputException">A rule is broken; the message names the file, line and column.</exception>
    public static LoadedKpiFile Load(byte[] utf8, string source, LocalDate? asOf)
    {
        using var reader = new StreamReader(new MemoryStream(utf8), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false, TrimOptions = TrimOptions.Trim, BadDataFound = null };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw Error(source, 1, null, "the file is empty: a header row (subject,kpi,date,value,…) is required");
        }

        string[] raw = csv.HeaderRecord ?? [];
        string[] header = [.. raw.Select(h => h.Trim().ToLowerInvariant())];
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            if (!Known.Contains(header[i]))
            {
                throw Error(source, 1, raw[i], $"unknown column (expected: {string.Join(", ", Known)})");
            }

            if (!column.TryAdd(header[i], i))
            {
                throw Error(source, 1, raw[i], "repeated column");
            }
        }

        foreach (string required in new[] { "subject", "kpi", "date" })
        {
            if (!column.ContainsKey(required))
            {
                throw Error(source, 1, required, "required column missing");
            }
        }

        var subjects = new List<(string Id, string? Name, string? Parent, int Line, List<(KpiObservationDocument Obs, int Line)> Rows)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        LocalDate? latest = null;
        while (csv.Read())
        {
            int line = csv.Parser.RawRow;
            if (csv.Parser.Count != header.Length)
            {
                throw Error(source, line, null, $"has {csv.Parser.Count} fields but the header has {header.Length}");
            }

            string? Cell(string name) => column.TryGetValue(name, out int c) && c < csv.Parser.Count && csv.Parser[c].Length > 0 ? csv.Parser[c] : null;
            string subject = Cell("subject") ?? throw Error(source, line, "subject", "must not be empty");
            string kpi = Cell("kpi") ?? throw Error(source, line, "kpi", "must not be empty");
            string dateText = Cell("date") ?? throw Error(source, line, "date", "must not be empty");
            ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(dateText);
            if (!parsed.Success)
            {
                throw Error(source, line, "date", $"must be an ISO date yyyy-MM-dd (got \"{dateText}\")");
            }

            LocalDate date = parsed.Value;
            latest = latest is null || date > latest ? date : latest;
            bool? missing = Cell("missing") is { } m
                ? (bool.TryParse(m, out bool b) ? b : throw Error(source, line, "missing", $"must be true or false (got \"{m}\")"))
                : null;
            var obs = new KpiObservationDocument
            {
                Kpi = kpi,
                Date = date,
                Value = Number(source, line, "value", Cell("value")),
                Numerator = Number(source, line, "numerator", Cell("numerator")),
                Denominator = Number(source, line, "denominator", Cell("denominator")),
                Missing = missing,
            };
            string? name = Cell("name");
            string? parent = Cell("parent");
            if (!index.TryGetValue(subject, out int si))
            {
                index[subject] = si = subjects.Count;
                subjects.Add((subject, name, parent, line, []));
            }
            else if (parent is not null && subjects[si].Parent is { } earlier && earlier != parent)
            {
                throw Error(source, line, "parent", $"subject \"{subject}\" has parent \"{earlier}\" on line {subjects[si].Line}; a subject has one parent");
            }

            subjects[si].Rows.Add((obs, line));
        }

        if (subjects.Count == 0)
        {
            throw Error(source, 2, null, "no observations: the table has a header but no rows");
        }

        // Parents that are not subjects of their own become subjects without observations (roll-up nodes).
        foreach (string parentId in subjects.Where(s => s.Parent is not null).Select(s => s.Parent!).Distinct(StringComparer.Ordinal).ToList())
        {
            if (!index.ContainsKey(parentId))
            {
                index[parentId] = subjects.Count;
                subjects.Add((parentId, null, null, 0, []));
            }
        }

        var doc = new KpiFileDocument
        {
            AsOf = asOf ?? latest,
            Subjects = [.. subjects.Select(s => new KpiSubjectDocument { Id = s.Id, Name = s.Name, Parent = s.Parent, Observations = [.. s.Rows.Select(r => r.Obs)] })],
        };
        try
        {
            return InputMapper.MapKpiFile(doc, null);
        }
        catch (InputValidationException ex)
        {
            // Translate the JSON path of the shared rules back to the row and column.
            Match match = PathPattern().Match(ex.JsonPath);
            if (match.Success)
            {
                int s = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                var subject = subjects[s];
                if (match.Groups[2].Success)
                {
                    int o = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                    throw Error(source, subject.Rows[o].Line, match.Groups[3].Success ? match.Groups[3].Value : null, ex.Rule);
                }

                throw Error(source, subject.Line, match.Groups[3].Success ? match.Groups[3].Value : "subject", $"subject \"{subject.Id}\": {ex.Rule}");
            }

            throw new CliInputException($"{source}: {ex.Rule}", ex);
        }
    }

    private static double? Number(string source, int line, string columnName, string? text)
    {
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v
            : throw Error(source, line, columnName, $"must be a finite number with a '.' decimal point (got \"{text}\")");
    }

    private static CliInputException Error(string source, int line, string? columnName, string rule) =>
        new(columnName is null ? $"{source}: line {line}: {rule}" : $"{source}: line {line}, column {columnName}: {rule}");

    [GeneratedRegex(@"^\$\.subjects\[(\d+)\](?:\.observations\[(\d+)\])?(?:\.(\w+))?")]
    private static partial Regex PathPattern();
}
