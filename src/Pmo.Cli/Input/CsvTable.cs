using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using NodaTime;
using NodaTime.Text;
using Pmo.Cli.Json;

namespace Pmo.Cli.Input;

/// <summary>The shape of one CSV input format: its table columns and the settings rows allowed above the header.</summary>
/// <param name="Columns">The known column names (documented spelling, e.g. <c>cumulative_pv</c>).</param>
/// <param name="Required">The columns that must be present.</param>
/// <param name="Settings">The setting names allowed in <c>name,value</c> rows above the header (may be empty).</param>
/// <param name="OtherColumn">
/// Accepts a header that is not a known column (for example a criterion of a decision matrix); <see langword="null"/>:
/// an unknown column is an error.
/// </param>
internal sealed record CsvLayout(string[] Columns, string[] Required, string[] Settings, Func<string, bool>? OtherColumn = null);

/// <summary>
/// The shared plumbing of the CSV inputs (issue 8 §4), parsed with CsvHelper (RFC 4180 quoting, UTF-8 with or without
/// BOM; other encodings rejected by <see cref="InputEncoding"/>; sizes bounded by <see cref="InputLimits"/>): optional <c>name,value</c> settings rows, then a header row and the data rows. Header and setting names match
/// case-insensitively and ignoring spaces, underscores, hyphens and dots (<c>cumulative_pv</c> = <c>Cumulative PV</c> =
/// <c>cumulativePv</c>); rows whose cells are all empty are skipped; trailing empty header cells (spreadsheet padding)
/// are ignored. Numbers are culture-invariant (a <c>.</c> decimal point), dates ISO <c>yyyy-MM-dd</c>. Every error names
/// the file, the line and the column or setting.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> columns;
    private readonly Dictionary<string, (string Name, string Value, int Line)> settings;

    private CsvTable(string source, string[] header, int headerLine, Dictionary<string, int> columns, Dictionary<string, (string, string, int)> settings, List<CsvRow> rows)
    {
        Source = source;
        Header = header;
        HeaderLine = headerLine;
        this.columns = columns;
        this.settings = settings;
        Rows = rows;
    }

    /// <summary>Gets the file name used in messages.</summary>
    public string Source { get; }

    /// <summary>Gets the header cells as written (trimmed).</summary>
    public string[] Header { get; }

    /// <summary>Gets the 1-based line of the header row.</summary>
    public int HeaderLine { get; }

    /// <summary>Gets the data rows (blank rows skipped).</summary>
    public List<CsvRow> Rows { get; }

    /// <summary>Whether a path names a CSV file.</summary>
    /// <param name="path">The path.</param>
    /// <returns>True for <c>*.csv</c>.</returns>
    public static bool IsCsv(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The matching key of a header or setting name: lower case without spaces, underscores, hyphens, dots.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The key.</returns>
    public static string Key(string name) =>
        string.Concat(name.Trim().Where(c => c is not (' ' or '_' or '-' or '.'))).ToLowerInvariant();

    /// <summary>Reads a table.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="source">The file name for messages.</param>
    /// <param name="layout">The format.</param>
    /// <param name="checkHeader">Further checks of the header (the format's column rules), run before the rows are read.</param>
    /// <returns>The table.</returns>
    /// <exception cref="CliInputException">The file is empty, a setting or the header breaks a rule, or a row has too many fields.</exception>
    public static CsvTable Read(byte[] utf8, string source, CsvLayout layout, Action<CsvTable>? checkHeader = null)
    {
        using var reader = new StringReader(InputEncoding.Text(utf8, source));
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false, TrimOptions = TrimOptions.Trim, BadDataFound = null };
        using var parser = new CsvParser(reader, config);
        var settingKeys = layout.Settings.ToDictionary(Key, s => s, StringComparer.Ordinal);
        var known = layout.Columns.ToDictionary(Key, c => c, StringComparer.Ordinal);
        var settings = new Dictionary<string, (string, string, int)>(StringComparer.Ordinal);
        string Expected() => string.Join(", ", layout.Columns)
            + (layout.Settings.Length > 0 ? $"; settings rows above the header: {string.Join(", ", layout.Settings)}" : string.Empty);

        // Settings rows, then the header row.
        string[]? header = null;
        int headerLine = 0;
        int lastLine = 0;
        int rowCount = 0;
        while (parser.Read())
        {
            lastLine = parser.RawRow;
            string[] record = parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            CheckLimits(source, parser.RawRow, record, ++rowCount);

            int line = parser.RawRow;
            if (settingKeys.TryGetValue(Key(record[0]), out string? setting) && record.Skip(2).All(string.IsNullOrWhiteSpace))
            {
                string value = record.Length > 1 ? record[1].Trim() : string.Empty;
                if (value.Length > 0 && !settings.TryAdd(Key(setting), (setting, value, line)))
                {
                    throw Error(source, line, $"setting {setting}", $"repeated setting (first on line {settings[Key(setting)].Item3})");
                }

                continue;
            }

            int width = record.Length;
            while (width > 0 && string.IsNullOrWhiteSpace(record[width - 1]))
            {
                width--;
            }

            header = [.. record.Take(width).Select(h => h.Trim())];
            headerLine = line;
            break;
        }

        if (header is null)
        {
            throw Error(source, lastLine + 1, null, $"no table: a header row ({string.Join(",", layout.Required)},…) is required");
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            if (header[i].Length == 0)
            {
                throw Error(source, headerLine, null, $"column {i + 1} of the header has no name");
            }

            string key = known.TryGetValue(Key(header[i]), out string? canonical) ? Key(canonical)
                : layout.OtherColumn?.Invoke(header[i]) == true ? "\u0001" + header[i]
                : throw Error(source, headerLine, $"column {header[i]}", settingKeys.ContainsKey(Key(header[i]))
                    ? $"\"{header[i]}\" is a setting: write it as a row \"{header[i]},value\" above the header"
                    : $"unknown column (expected: {Expected()})");
            if (!columns.TryAdd(key, i))
            {
                throw Error(source, headerLine, $"column {header[i]}", "repeated column");
            }
        }

        foreach (string required in layout.Required)
        {
            if (!columns.ContainsKey(Key(required)))
            {
                throw Error(source, headerLine, $"column {required}", "required column missing");
            }
        }

        var rows = new List<CsvRow>();
        var table = new CsvTable(source, header, headerLine, columns, settings, rows);
        checkHeader?.Invoke(table);
        while (parser.Read())
        {
            string[] record = parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            int line = parser.RawRow;
            CheckLimits(source, line, record, ++rowCount);
            if (record.Length < header.Length || record.Skip(header.Length).Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                throw Error(source, line, null, $"has {record.Length} fields but the header has {header.Length}");
            }

            rows.Add(new CsvRow(table, line, [.. record.Take(header.Length).Select(c => c.Trim())]));
        }

        return table;
    }

    // Issue 9 §2: bounded rows, fields per row and field length (InputLimits), each a one-line error with the line.
    private static void CheckLimits(string source, int line, string[] record, int rowCount)
    {
        if (rowCount > InputLimits.MaxCsvRows)
        {
            throw Error(source, line, null, string.Create(CultureInfo.InvariantCulture, $"more than {InputLimits.MaxCsvRows:N0} rows (the limit)"));
        }

        if (record.Length > InputLimits.MaxCsvFields)
        {
            throw Error(source, line, null, string.Create(CultureInfo.InvariantCulture, $"has {record.Length:N0} fields; the limit is {InputLimits.MaxCsvFields:N0}"));
        }

        for (int i = 0; i < record.Length; i++)
        {
            if (record[i].Length > InputLimits.MaxStringLength)
            {
                throw Error(source, line, string.Create(CultureInfo.InvariantCulture, $"field {i + 1}"), string.Create(CultureInfo.InvariantCulture, $"{record[i].Length:N0} characters is longer than the limit of {InputLimits.MaxStringLength:N0}"));
            }
        }
    }

    /// <summary>Whether the header has a known column.</summary>
    /// <param name="name">The column's documented name.</param>
    /// <returns>True when present.</returns>
    public bool Has(string name) => columns.ContainsKey(Key(name));

    /// <summary>Gets the header as written of a known column, or its documented name when absent.</summary>
    /// <param name="name">The column's documented name.</param>
    /// <returns>The label for messages, e.g. <c>column PV</c>.</returns>
    public string ColumnLabel(string name) => $"column {(columns.TryGetValue(Key(name), out int i) ? Header[i] : name)}";

    /// <summary>Gets the columns that are not known columns (accepted by <see cref="CsvLayout.OtherColumn"/>), in order.</summary>
    /// <returns>Their index and header.</returns>
    public IEnumerable<(int Index, string Name)> OtherColumns() =>
        columns.Where(kv => kv.Key[0] == '\u0001').Select(kv => (Index: kv.Value, Name: Header[kv.Value])).OrderBy(c => c.Index);

    /// <summary>Gets a known column's index.</summary>
    /// <param name="name">The column's documented name.</param>
    /// <returns>Its index, or -1.</returns>
    public int IndexOf(string name) => columns.TryGetValue(Key(name), out int i) ? i : -1;

    /// <summary>Gets the line of a setting, or the header's line when it is not given.</summary>
    /// <param name="name">The setting's documented name.</param>
    /// <returns>The line.</returns>
    public int SettingLine(string name) => settings.TryGetValue(Key(name), out var s) ? s.Line : HeaderLine;

    /// <summary>Gets a setting's text.</summary>
    /// <param name="name">The setting's documented name.</param>
    /// <returns>The value, or <see langword="null"/> when not given.</returns>
    public string? Setting(string name) => settings.TryGetValue(Key(name), out var s) ? s.Value : null;

    /// <summary>Gets a numeric setting.</summary>
    /// <param name="name">The setting's documented name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    /// <exception cref="CliInputException">Not a finite invariant number.</exception>
    public double? SettingNumber(string name) =>
        Setting(name) is { } text ? ParseNumber(text, SettingLine(name), $"setting {name}") : null;

    /// <summary>Gets a whole-number setting.</summary>
    /// <param name="name">The setting's documented name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    /// <exception cref="CliInputException">Not a whole number.</exception>
    public int? SettingInt(string name) =>
        Setting(name) is { } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : throw Error(SettingLine(name), $"setting {name}", $"must be a whole number (got \"{text}\")")
            : null;

    /// <summary>Gets a date setting.</summary>
    /// <param name="name">The setting's documented name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    /// <exception cref="CliInputException">Not an ISO date.</exception>
    public LocalDate? SettingDate(string name) =>
        Setting(name) is { } text ? ParseDate(text, SettingLine(name), $"setting {name}") : null;

    /// <summary>Parses a culture-invariant finite number.</summary>
    /// <param name="text">The text.</param>
    /// <param name="line">The line for messages.</param>
    /// <param name="label">The column or setting label for messages.</param>
    /// <returns>The number.</returns>
    /// <exception cref="CliInputException">Not a finite number with a '.' decimal point.</exception>
    public double ParseNumber(string text, int line, string label) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v
            : throw Error(line, label, $"must be a finite number with a '.' decimal point (got \"{text}\")");

    /// <summary>Parses an ISO date.</summary>
    /// <param name="text">The text.</param>
    /// <param name="line">The line for messages.</param>
    /// <param name="label">The column or setting label for messages.</param>
    /// <returns>The date.</returns>
    /// <exception cref="CliInputException">Not an ISO date.</exception>
    public LocalDate ParseDate(string text, int line, string label)
    {
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw Error(line, label, $"must be an ISO date yyyy-MM-dd (got \"{text}\")");
    }

    /// <summary>An error of this file.</summary>
    /// <param name="line">The line.</param>
    /// <param name="label">The column or setting label (<c>column pv</c>, <c>setting as_of</c>), or null.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The exception.</returns>
    public CliInputException Error(int line, string? label, string rule) => Error(Source, line, label, rule);

    /// <summary>An error of a file.</summary>
    /// <param name="source">The file.</param>
    /// <param name="line">The line.</param>
    /// <param name="label">The column or setting label, or null.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The exception.</returns>
    public static CliInputException Error(string source, int line, string? label, string rule) =>
        new(label is null ? $"{source}: line {line}: {rule}" : $"{source}: line {line}, {label}: {rule}");
}

/// <summary>One data row of a <see cref="CsvTable"/>.</summary>
internal sealed class CsvRow
{
    private readonly CsvTable table;

    /// <summary>Creates a row.</summary>
    /// <param name="table">The table.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="cells">The cells, trimmed, one per header column.</param>
    public CsvRow(CsvTable table, int line, string[] cells)
    {
        this.table = table;
        Line = line;
        Cells = cells;
    }

    /// <summary>Gets the row's 1-based line in the file.</summary>
    public int Line { get; }

    /// <summary>Gets the cells, one per header column.</summary>
    public string[] Cells { get; }

    /// <summary>Whether every cell is empty except those of the given known columns.</summary>
    /// <param name="names">The documented column names to disregard.</param>
    /// <returns>True when nothing else is filled.</returns>
    public bool OnlyFilled(params string[] names)
    {
        var allowed = names.Select(table.IndexOf).ToHashSet();
        return Cells.Select((c, i) => (c, i)).All(x => x.c.Length == 0 || allowed.Contains(x.i));
    }

    /// <summary>Gets a known column's text.</summary>
    /// <param name="name">The column's documented name.</param>
    /// <returns>The trimmed text, or <see langword="null"/> when the column is absent or the cell empty.</returns>
    public string? Text(string name) => table.IndexOf(name) is int i and >= 0 && Cells[i].Length > 0 ? Cells[i] : null;

    /// <summary>Gets a known column's text that must be filled.</summary>
    /// <param name="name">The column's documented name.</param>
    /// <returns>The text.</returns>
    /// <exception cref="CliInputException">The cell is empty.</exception>
    public string RequiredText(string name) => Text(name) ?? throw table.Error(Line, table.ColumnLabel(name), "must not be empty");

    /// <summary>Gets a known column's number.</summary>
    /// <param name="name">The column's documented name.</param>
    /// <returns>The number, or <see langword="null"/> when empty.</returns>
    /// <exception cref="CliInputException">Not a finite invariant number.</exception>
    public double? Number(string name) => Text(name) is { } t ? table.ParseNumber(t, Line, table.ColumnLabel(name)) : null;

    /// <summary>Gets a known column's date.</summary>
    /// <param name="name">The column's documented name.</param>
    /// <returns>The date, or <see langword="null"/> when empty.</returns>
    /// <exception cref="CliInputException">Not an ISO date.</exception>
    public LocalDate? Date(string name) => Text(name) is { } t ? table.ParseDate(t, Line, table.ColumnLabel(name)) : null;

    /// <summary>Gets a known column's boolean.</summary>
    /// <param name="name">The column's documented name.</param>
    /// <returns>The value, or <see langword="null"/> when empty.</returns>
    /// <exception cref="CliInputException">Not true or false.</exception>
    public bool? Bool(string name) => Text(name) is { } t
        ? bool.TryParse(t, out bool b) ? b : throw table.Error(Line, table.ColumnLabel(name), $"must be true or false (got \"{t}\")")
        : null;

    /// <summary>An error on this row.</summary>
    /// <param name="name">The column's documented name, or null for the whole row.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The exception.</returns>
    public CliInputException Error(string? name, string rule) => table.Error(Line, name is null ? null : table.ColumnLabel(name), rule);
}

/// <summary>
/// Maps the JSON paths of the shared mapping rules (<see cref="InputValidationException"/>) back to the CSV line and
/// column the value came from: each document node built from the table is registered with its line and the CSV label
/// of each of its properties.
/// </summary>
internal sealed class CsvLocator
{
    private readonly string source;
    private readonly List<(string Path, int Line, string? Label, IReadOnlyDictionary<string, string>? Properties, string? Prefix)> entries = [];

    /// <summary>Creates a locator for one file.</summary>
    /// <param name="source">The file name for messages.</param>
    public CsvLocator(string source) => this.source = source;

    /// <summary>Registers a document node.</summary>
    /// <param name="path">Its JSON path, e.g. <c>$.risks[2]</c>.</param>
    /// <param name="line">The line it came from.</param>
    /// <param name="label">The label of the node itself (a column or setting), or null for the whole row.</param>
    /// <param name="properties">Labels of its properties (JSON name → <c>column X</c>), or null.</param>
    /// <param name="prefix">Text put before the rule, e.g. <c>subject "P1": </c>.</param>
    public void Add(string path, int line, string? label = null, IReadOnlyDictionary<string, string>? properties = null, string? prefix = null) =>
        entries.Add((path, line, label, properties, prefix));

    /// <summary>Runs a mapping and translates its violation to a CSV position.</summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="map">The mapping.</param>
    /// <returns>Its result.</returns>
    /// <exception cref="CliInputException">A rule is broken.</exception>
    public T Map<T>(Func<T> map)
    {
        try
        {
            return map();
        }
        catch (InputValidationException ex)
        {
            throw Translate(ex);
        }
    }

    private CliInputException Translate(InputValidationException ex)
    {
        string path = ex.JsonPath;
        var best = entries
            .Where(e => path == e.Path || (path.StartsWith(e.Path, StringComparison.Ordinal) && path[e.Path.Length] is '.' or '['))
            .OrderByDescending(e => e.Path.Length)
            .Select(e => (Entry: e, Found: true))
            .FirstOrDefault();
        if (!best.Found)
        {
            return new CliInputException($"{source}: {ex.Rule}", ex);
        }

        var entry = best.Entry;
        string? label = entry.Label;
        if (path.Length > entry.Path.Length && path[entry.Path.Length] == '.' && entry.Properties is { } props)
        {
            string rest = path[(entry.Path.Length + 1)..];
            int cut = rest.IndexOfAny(['.', '[']);
            string property = cut < 0 ? rest : rest[..cut];
            label = props.TryGetValue(property, out string? l) ? l : label;
        }

        // The JSON wording of an absent value, in the table's terms.
        string rule = entry.Prefix + (ex.Rule == "required property missing" && label is not null
            ? label.StartsWith("setting ", StringComparison.Ordinal) ? $"required setting missing: add a row \"{label[8..]},…\" above the header" : "must not be empty"
            : ex.Rule);
        return new CliInputException(label is null ? $"{source}: line {entry.Line}: {rule}" : $"{source}: line {entry.Line}, {label}: {rule}", ex);
    }
}
