using System.Globalization;
using NodaTime;
using Pmo.Cli.Json;

namespace Pmo.Cli.Input;

/// <summary>
/// Reads a risk register for <c>pmo risk</c> from CSV (issue 8 §4): settings rows (<c>as_of</c>, <c>model</c> preset,
/// <c>budget</c>, <c>duration_days</c>, <c>currency</c>) above a table with one row per risk (id, title, kind,
/// category, owner, status, identified, proximity, the inherent probability and cost/schedule impacts, optional
/// current/residual/target assessments) and its first response; a further row with the same id adds another response.
/// The rows become the same <see cref="RiskFileDocument"/> as the JSON input and pass the same rules, reported against
/// their line and column. A custom scoring matrix needs the JSON form. See docs/csv-formats.md.
/// </summary>
internal static class RiskCsv
{
    private static readonly string[] Dimensions = ["cost", "schedule"];

    private static readonly string[] Stages = ["current", "residual", "target"];

    private static readonly string[] RiskColumns =
    [
        "title", "kind", "category", "owner", "status", "identified", "proximity_from", "proximity_to", "probability", "cost", "schedule",
        .. Stages.SelectMany(s => new[] { $"{s}_probability", $"{s}_cost", $"{s}_schedule" }),
    ];

    private static readonly string[] ResponseColumns =
        ["response", "response_cost", "response_owner", "response_due", "response_status", "probability_factor", "cost_factor", "schedule_factor", "coverage"];

    private static readonly CsvLayout Layout = new(
        ["id", .. RiskColumns, .. ResponseColumns],
        ["id", "title", "identified", "probability"],
        ["as_of", "currency", "model", "budget", "duration_days"]);

    /// <summary>Reads and validates the register.</summary>
    /// <param name="utf8">The file's bytes (UTF-8, BOM allowed).</param>
    /// <param name="source">The file name for messages.</param>
    /// <returns>The register and its scoring model.</returns>
    /// <exception cref="CliInputException">A rule is broken; the message names the file, line and column or setting.</exception>
    public static LoadedRiskFile Load(byte[] utf8, string source)
    {
        CsvTable table = CsvTable.Read(utf8, source, Layout);
        if (table.Setting("as_of") is null)
        {
            throw table.Error(table.HeaderLine, "setting as_of", "required setting missing: add a row \"as_of,yyyy-MM-dd\" above the header");
        }

        var risks = new List<(RiskDocument Risk, CsvRow Row, List<(ResponseDocument Response, int Line)> Responses)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (CsvRow row in table.Rows)
        {
            string id = row.RequiredText("id");
            ResponseDocument? response = Response(row);
            if (index.TryGetValue(id, out int first))
            {
                CsvRow earlier = risks[first].Row;
                foreach (string column in RiskColumns)
                {
                    if (row.Text(column) is { } text && text != earlier.Text(column))
                    {
                        throw row.Error(column, $"risk \"{id}\" is described on line {earlier.Line}; a further row with its id adds a response only (leave the risk's columns empty)");
                    }
                }

                risks[first].Responses.Add((response ?? throw row.Error("id", $"duplicate risk id \"{id}\" (first on line {earlier.Line}); a further row with its id must give a response"), row.Line));
                continue;
            }

            LocalDate? from = row.Date("proximity_from");
            LocalDate? to = row.Date("proximity_to");
            var risk = new RiskDocument
            {
                Id = id,
                Title = row.Text("title"),
                Kind = row.Text("kind") ?? "threat",
                Category = row.Text("category"),
                Owner = row.Text("owner"),
                Status = row.Text("status"),
                Identified = row.Date("identified"),
                Proximity = from is null && to is null ? null : new ProximityDocument { From = from, To = to },
                Inherent = Assessment(row, string.Empty) ?? new AssessmentDocument { Impacts = [] },
                Current = Assessment(row, "current_"),
                Residual = Assessment(row, "residual_"),
                Target = Assessment(row, "target_"),
            };
            index[id] = risks.Count;
            risks.Add((risk, row, response is null ? [] : [(response, row.Line)]));
        }

        if (risks.Count == 0)
        {
            throw table.Error(table.HeaderLine + 1, null, "no risks: the table has a header but no rows");
        }

        var doc = new RiskFileDocument
        {
            AsOf = table.SettingDate("as_of"),
            Currency = table.Setting("currency"),
            Budget = table.SettingNumber("budget"),
            DurationDays = table.SettingNumber("duration_days"),
            Model = table.Setting("model") is { } model ? System.Text.Json.JsonSerializer.SerializeToElement(model, InputJsonContext.Default.String) : null,
            Risks = [.. risks.Select(r => new RiskDocument
            {
                Id = r.Risk.Id, Title = r.Risk.Title, Kind = r.Risk.Kind, Category = r.Risk.Category, Owner = r.Risk.Owner, Status = r.Risk.Status,
                Identified = r.Risk.Identified, Proximity = r.Risk.Proximity, Inherent = r.Risk.Inherent, Current = r.Risk.Current,
                Residual = r.Risk.Residual, Target = r.Risk.Target,
                Responses = r.Responses.Count == 0 ? null : [.. r.Responses.Select(x => x.Response)],
            })],
        };

        var locator = new CsvLocator(source);
        foreach ((string path, string setting) in new[] { ("$.asOf", "as_of"), ("$.currency", "currency"), ("$.budget", "budget"), ("$.durationDays", "duration_days"), ("$.model", "model") })
        {
            locator.Add(path, table.SettingLine(setting), $"setting {setting}");
        }

        locator.Add("$.risks", table.HeaderLine);
        Dictionary<string, string> Labels(params (string Json, string Column)[] map) =>
            map.ToDictionary(m => m.Json, m => table.ColumnLabel(m.Column), StringComparer.Ordinal);
        for (int i = 0; i < risks.Count; i++)
        {
            string rp = Path("$.risks", i);
            int line = risks[i].Row.Line;
            locator.Add(rp, line, null, Labels(("id", "id"), ("title", "title"), ("kind", "kind"), ("category", "category"), ("owner", "owner"),
                ("status", "status"), ("identified", "identified"), ("inherent", "probability")));
            locator.Add($"{rp}.proximity", line, table.ColumnLabel("proximity_from"), Labels(("from", "proximity_from"), ("to", "proximity_to")));
            foreach (string stage in (string[])["", .. Stages])
            {
                string sp = $"{rp}.{(stage.Length == 0 ? "inherent" : stage)}";
                string prefix = stage.Length == 0 ? string.Empty : stage + "_";
                locator.Add(sp, line, table.ColumnLabel(prefix + "probability"), Labels(("probability", prefix + "probability")));
                locator.Add($"{sp}.impacts", line, table.ColumnLabel(prefix + "cost"), Labels([.. Dimensions.Select(d => (d, prefix + d))]));
            }

            for (int j = 0; j < risks[i].Responses.Count; j++)
            {
                string resp = Path($"{rp}.responses", j);
                int rl = risks[i].Responses[j].Line;
                locator.Add(resp, rl, table.ColumnLabel("response"), Labels(("strategy", "response"), ("cost", "response_cost"), ("owner", "response_owner"),
                    ("due", "response_due"), ("status", "response_status"), ("probabilityFactor", "probability_factor"), ("coverage", "coverage")));
                locator.Add($"{resp}.impactFactors", rl, null, Labels([.. Dimensions.Select(d => (d, d + "_factor"))]));
            }
        }

        return locator.Map(() => InputMapper.MapRiskFile(doc));
    }

    private static AssessmentDocument? Assessment(CsvRow row, string prefix)
    {
        double? probability = row.Number(prefix + "probability");
        var impacts = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (string d in Dimensions)
        {
            if (row.Number(prefix + d) is { } v)
            {
                impacts[d] = v;
            }
        }

        return probability is null && impacts.Count == 0 ? null : new AssessmentDocument { Probability = probability, Impacts = impacts };
    }

    private static ResponseDocument? Response(CsvRow row)
    {
        string? strategy = row.Text("response");
        if (strategy is null)
        {
            foreach (string column in ResponseColumns.Skip(1))
            {
                if (row.Text(column) is not null)
                {
                    throw row.Error(column, "belongs to a response: give its strategy in column response (avoid, mitigate, transfer, accept, escalate, exploit, enhance, share)");
                }
            }

            return null;
        }

        var factors = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (string d in Dimensions)
        {
            if (row.Number(d + "_factor") is { } v)
            {
                factors[d] = v;
            }
        }

        return new ResponseDocument
        {
            Strategy = strategy,
            Cost = row.Number("response_cost"),
            Owner = row.Text("response_owner"),
            Due = row.Date("response_due"),
            Status = row.Text("response_status"),
            ProbabilityFactor = row.Number("probability_factor"),
            ImpactFactors = factors.Count == 0 ? null : factors,
            Coverage = row.Number("coverage"),
        };
    }

    private static string Path(string array, int index) => string.Create(CultureInfo.InvariantCulture, $"{array}[{index}]");
}
