using System.Globalization;
using NodaTime;
using Pmo.Cli.Json;

namespace Pmo.Cli.Input;

/// <summary>
/// Reads KPI observations from a CSV table (issue 8 §4): one row per observation with the columns <c>subject</c>,
/// <c>kpi</c>, <c>date</c> and one of <c>value</c> or <c>numerator</c> + <c>denominator</c> (or <c>missing</c> =
/// true), optional <c>name</c> and <c>parent</c> of the subject. Read by <see cref="CsvTable"/> (CsvHelper, header
/// names matched case-insensitively, numbers culture-invariant, dates ISO <c>yyyy-MM-dd</c>). Unknown columns, a
/// missing required column, bad numbers or dates, and a subject given two different parents are errors naming the
/// file, line and column; the rows are then validated by the same rules as the JSON KPI file, reported against the
/// row's line. See docs/csv-formats.md.
/// </summary>
internal static class KpiCsv
{
    private static readonly CsvLayout Layout = new(
        ["subject", "name", "parent", "kpi", "date", "value", "numerator", "denominator", "missing"],
        ["subject", "kpi", "date"],
        []);

    /// <summary>Whether a path names a CSV file.</summary>
    /// <param name="path">The path.</param>
    /// <returns>True for <c>*.csv</c>.</returns>
    public static bool IsCsv(string path) => CsvTable.IsCsv(path);

    /// <summary>Reads and validates the table.</summary>
    /// <param name="utf8">The file's bytes (UTF-8, BOM allowed).</param>
    /// <param name="source">The file name for messages.</param>
    /// <param name="asOf">The <c>--as-of</c> date; default: the latest date in the file.</param>
    /// <returns>The KPI file model.</returns>
    /// <exception cref="CliInputException">A rule is broken; the message names the file, line and column.</exception>
    public static LoadedKpiFile Load(byte[] utf8, string source, LocalDate? asOf)
    {
        CsvTable table = CsvTable.Read(utf8, source, Layout);
        var subjects = new List<(string Id, string? Name, string? Parent, int Line, List<(KpiObservationDocument Obs, int Line)> Rows)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        LocalDate? latest = null;
        foreach (CsvRow row in table.Rows)
        {
            int line = row.Line;
            string subject = row.RequiredText("subject");
            string kpi = row.RequiredText("kpi");
            LocalDate date = row.Date("date") ?? throw row.Error("date", "must not be empty");
            latest = latest is null || date > latest ? date : latest;
            var obs = new KpiObservationDocument
            {
                Kpi = kpi,
                Date = date,
                Value = row.Number("value"),
                Numerator = row.Number("numerator"),
                Denominator = row.Number("denominator"),
                Missing = row.Bool("missing"),
            };
            string? name = row.Text("name");
            string? parent = row.Text("parent");
            if (!index.TryGetValue(subject, out int si))
            {
                index[subject] = si = subjects.Count;
                subjects.Add((subject, name, parent, line, []));
            }
            else if (parent is not null && subjects[si].Parent is { } earlier && earlier != parent)
            {
                throw row.Error("parent", $"subject \"{subject}\" has parent \"{earlier}\" on line {subjects[si].Line}; a subject has one parent");
            }

            subjects[si].Rows.Add((obs, line));
        }

        if (subjects.Count == 0)
        {
            throw table.Error(table.HeaderLine + 1, null, "no observations: the table has a header but no rows");
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

        // Translate the JSON paths of the shared rules back to the row and column.
        var locator = new CsvLocator(source);
        var observationColumns = Layout.Columns.ToDictionary(c => c, table.ColumnLabel, StringComparer.Ordinal);
        for (int s = 0; s < subjects.Count; s++)
        {
            var subject = subjects[s];
            if (subject.Line > 0)
            {
                locator.Add(
                    $"$.subjects[{s}]",
                    subject.Line,
                    table.ColumnLabel("subject"),
                    new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = table.ColumnLabel("name"), ["parent"] = table.ColumnLabel("parent") },
                    $"subject \"{subject.Id}\": ");
            }

            for (int o = 0; o < subject.Rows.Count; o++)
            {
                locator.Add(string.Create(CultureInfo.InvariantCulture, $"$.subjects[{s}].observations[{o}]"), subject.Rows[o].Line, null, observationColumns);
            }
        }

        return locator.Map(() => InputMapper.MapKpiFile(doc, null));
    }
}
