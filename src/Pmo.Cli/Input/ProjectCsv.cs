using System.Globalization;
using NodaTime;
using Pmo.Cli.Json;

namespace Pmo.Cli.Input;

/// <summary>
/// Reads one project's status table for <c>pmo evm</c> from CSV (issue 8 §4): settings rows (<c>project</c>,
/// <c>name</c>, <c>start</c>, …) above a table with one row per date: the baseline's planned value for the period
/// ending that day (<c>pv</c>, or <c>cumulative_pv</c>), and/or the cumulative <c>ev</c> and <c>ac</c> reported on
/// that day. The last row with EV and AC is the status at the status date; earlier ones are its history. The rows
/// become the same <see cref="ProjectDocument"/> as the JSON input and pass the same rules, reported against their
/// line and column. One baseline version; re-baselined projects, KPIs, risks and schedules need the JSON form.
/// See docs/csv-formats.md.
/// </summary>
internal static class ProjectCsv
{
    private static readonly CsvLayout Layout = new(
        ["date", "pv", "cumulative_pv", "ev", "ac"],
        ["date"],
        ["project", "name", "programme", "currency", "start", "baseline_version", "approved_on", "baseline_reason", "management_reserve", "over_target_amount",
            "bottom_up_etc", "actual_finish", "composite_cpi_weight", "moving_window", "eac_realism_threshold", "primary_eac",
            "primary_duration", "confidence_level", "cpi_stability_band"]);

    private static readonly string[] OptionSettings =
        ["composite_cpi_weight", "moving_window", "eac_realism_threshold", "primary_eac", "primary_duration", "confidence_level", "cpi_stability_band"];

    /// <summary>Reads and validates the table.</summary>
    /// <param name="utf8">The file's bytes (UTF-8, BOM allowed).</param>
    /// <param name="source">The file name for messages.</param>
    /// <returns>The project.</returns>
    /// <exception cref="CliInputException">A rule is broken; the message names the file, line and column or setting.</exception>
    public static LoadedProject Load(byte[] utf8, string source)
    {
        CsvTable table = CsvTable.Read(utf8, source, Layout, CheckHeader);
        bool cumulative = table.Has("cumulative_pv");
        if (table.Rows.Count == 0)
        {
            throw table.Error(table.HeaderLine + 1, null, "no rows: the table has a header but no periods");
        }

        string pvColumn = cumulative ? "cumulative_pv" : "pv";
        var periods = new List<(PeriodDocument Period, int Line)>();
        var points = new List<(StatusPointDocument Point, int Line)>();
        LocalDate? previous = null;
        int previousLine = 0;
        foreach (CsvRow row in table.Rows)
        {
            LocalDate date = row.Date("date") ?? throw row.Error("date", "must not be empty");
            if (previous is { } p && date <= p)
            {
                throw row.Error("date", $"dates must increase down the table ({Iso(date)} is not after {Iso(p)} on line {previousLine})");
            }

            previous = date;
            previousLine = row.Line;
            double? pv = row.Number(pvColumn);
            double? ev = row.Number("ev");
            double? ac = row.Number("ac");
            if (ev is null != ac is null)
            {
                throw row.Error(ev is null ? "ev" : "ac", "ev and ac go together: give both (cumulative to this date) or neither");
            }

            if (pv is null && ev is null)
            {
                throw row.Error(pvColumn, $"a row needs a planned value ({pvColumn}), or ev and ac, or both");
            }

            if (pv is not null)
            {
                periods.Add((cumulative ? new PeriodDocument { End = date, CumulativePv = pv } : new PeriodDocument { End = date, Pv = pv }, row.Line));
            }

            if (ev is not null)
            {
                points.Add((new StatusPointDocument { Date = date, Ev = ev, Ac = ac }, row.Line));
            }
        }

        if (points.Count == 0)
        {
            throw table.Error(table.HeaderLine, table.ColumnLabel("ev"), "no status: at least one row needs ev and ac (the last such row is the status at the status date)");
        }

        if (periods.Count == 0)
        {
            throw table.Error(table.HeaderLine, table.ColumnLabel(pvColumn), "no baseline: at least one row needs a planned value");
        }

        foreach (string required in new[] { "project", "name", "start" })
        {
            if (table.Setting(required) is null)
            {
                throw table.Error(table.HeaderLine, $"setting {required}", $"required setting missing: add a row \"{required},…\" above the header");
            }
        }

        var (current, currentLine) = points[^1];
        LocalDate? start = table.SettingDate("start");
        bool anyOption = OptionSettings.Any(o => table.Setting(o) is not null);
        var doc = new ProjectDocument
        {
            Id = table.Setting("project"),
            Name = table.Setting("name"),
            Programme = table.Setting("programme"),
            Currency = table.Setting("currency"),
            StatusDate = current.Date,
            ManagementReserve = table.SettingNumber("management_reserve"),
            OverTargetAmount = table.SettingNumber("over_target_amount"),
            Baselines =
            [
                new BaselineDocument
                {
                    Version = table.SettingInt("baseline_version") ?? 1,
                    ApprovedOn = table.SettingDate("approved_on") ?? start,
                    Reason = table.Setting("baseline_reason"),
                    Start = start,
                    PvMode = cumulative ? "cumulative" : "period",
                    Periods = [.. periods.Select(x => x.Period)],
                },
            ],
            Status = new StatusDocument
            {
                Ev = current.Ev,
                Ac = current.Ac,
                History = points.Count > 1 ? [.. points.Take(points.Count - 1).Select(x => x.Point)] : null,
                BottomUpEtc = table.SettingNumber("bottom_up_etc"),
                ActualFinish = table.SettingDate("actual_finish"),
            },
            Options = anyOption
                ? new OptionsDocument
                {
                    CompositeCpiWeight = table.SettingNumber("composite_cpi_weight"),
                    MovingWindow = table.SettingInt("moving_window"),
                    EacRealismThreshold = table.SettingNumber("eac_realism_threshold"),
                    PrimaryEac = table.Setting("primary_eac"),
                    PrimaryDuration = table.Setting("primary_duration"),
                    ConfidenceLevel = table.SettingNumber("confidence_level"),
                    CpiStabilityBand = table.SettingNumber("cpi_stability_band"),
                }
                : null,
        };

        var locator = new CsvLocator(source);
        string Setting(string name) => $"setting {name}";
        void AddSetting(string path, string name) => locator.Add(path, table.SettingLine(name), Setting(name));
        AddSetting("$.id", "project");
        AddSetting("$.name", "name");
        AddSetting("$.programme", "programme");
        AddSetting("$.currency", "currency");
        AddSetting("$.managementReserve", "management_reserve");
        AddSetting("$.overTargetAmount", "over_target_amount");
        locator.Add("$", table.HeaderLine);
        locator.Add("$.baselines[0]", table.SettingLine("start"), Setting("start"));
        AddSetting("$.baselines[0].start", "start");
        AddSetting("$.baselines[0].version", "baseline_version");
        AddSetting("$.baselines[0].reason", "baseline_reason");
        AddSetting("$.baselines[0].approvedOn", table.Setting("approved_on") is null ? "start" : "approved_on");
        locator.Add("$.baselines[0].periods", table.HeaderLine, table.ColumnLabel(pvColumn));
        var periodColumns = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["end"] = table.ColumnLabel("date"),
            ["pv"] = table.ColumnLabel("pv"),
            ["cumulativePv"] = table.ColumnLabel("cumulative_pv"),
        };
        for (int k = 0; k < periods.Count; k++)
        {
            locator.Add(Path("$.baselines[0].periods", k), periods[k].Line, null, periodColumns);
        }

        var statusColumns = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["date"] = table.ColumnLabel("date"),
            ["ev"] = table.ColumnLabel("ev"),
            ["ac"] = table.ColumnLabel("ac"),
        };
        locator.Add("$.statusDate", currentLine, table.ColumnLabel("date"));
        locator.Add("$.status", currentLine, null, statusColumns);
        AddSetting("$.status.bottomUpEtc", "bottom_up_etc");
        AddSetting("$.status.actualFinish", "actual_finish");
        for (int i = 0; i < points.Count - 1; i++)
        {
            locator.Add(Path("$.status.history", i), points[i].Line, null, statusColumns);
        }

        locator.Add("$.options", table.HeaderLine, null, OptionSettings.ToDictionary(o => Camel(o), Setting, StringComparer.Ordinal));
        foreach (string option in OptionSettings)
        {
            AddSetting($"$.options.{Camel(option)}", option);
        }

        return locator.Map(() => InputMapper.MapProject(doc));
    }

    private static void CheckHeader(CsvTable table)
    {
        if (table.Has("cumulative_pv") && table.Has("pv"))
        {
            throw table.Error(table.HeaderLine, table.ColumnLabel("cumulative_pv"), "give pv (per period) or cumulative_pv, not both");
        }

        if (!table.Has("cumulative_pv") && !table.Has("pv"))
        {
            throw table.Error(table.HeaderLine, "column pv", "required column missing (or cumulative_pv)");
        }

        if (table.Has("ev") != table.Has("ac"))
        {
            throw table.Error(table.HeaderLine, table.Has("ev") ? "column ac" : "column ev", "required column missing (ev and ac go together)");
        }
    }

    private static string Path(string array, int index) => string.Create(CultureInfo.InvariantCulture, $"{array}[{index}]");

    private static string Iso(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Camel(string snake)
    {
        string[] parts = snake.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
