using System.Globalization;
using Pmo.Cli.Json;

namespace Pmo.Cli.Input;

/// <summary>
/// Reads a decision matrix for <c>pmo prioritize</c> from CSV (issue 8 §4): settings rows (<c>method</c>, <c>name</c>,
/// <c>as_of</c>, …) above a table with one column per criterion and per budget period (<c>budget@period</c>, the
/// candidate's demand), one row per candidate, and criterion rows labelled in the <c>id</c> column: <c>direction</c>
/// and <c>weight</c> (required), <c>scale_min</c>, <c>scale_max</c>, <c>unit</c>, <c>name</c>, <c>min</c> / <c>max</c>
/// (gates), and <c>capacity</c> under the budget columns. The table becomes the same
/// <see cref="PrioritizationFileDocument"/> as the JSON input and passes the same rules, reported against the line and
/// column. AHP weights, PROMETHEE preference functions, groups and exclusions need the JSON form. See
/// docs/csv-formats.md.
/// </summary>
internal static class PrioritizationCsv
{
    private static readonly string[] MetaRows = ["direction", "weight", "scale_min", "scale_max", "unit", "name", "capacity", "min", "max"];

    private static readonly CsvLayout Layout = new(
        ["id", "name", "programme", "requires"],
        ["id"],
        ["name", "as_of", "currency", "method", "normalization", "lambda", "v", "tie_policy", "weights_policy", "selection_value", "top_k", "smaa_samples", "seed"],
        static header => header.Length > 0);

    /// <summary>Reads and validates the round.</summary>
    /// <param name="utf8">The file's bytes (UTF-8, BOM allowed).</param>
    /// <param name="source">The file name for messages.</param>
    /// <returns>The round.</returns>
    /// <exception cref="CliInputException">A rule is broken; the message names the file, line and column or setting.</exception>
    public static LoadedPrioritizationFile Load(byte[] utf8, string source)
    {
        CsvTable table = CsvTable.Read(utf8, source, Layout);
        int hl = table.HeaderLine;
        if (table.Setting("method") is null)
        {
            throw table.Error(hl, "setting method", $"required setting missing: add a row \"method,topsis\" above the header (one of {string.Join(", ", InputMapper.MethodIds)})");
        }

        // Columns: criteria, and demand columns budget@period.
        var criteria = new List<(int Index, string Id)>();
        var demand = new List<(int Index, string Budget, string Period)>();
        foreach ((int index, string name) in table.OtherColumns())
        {
            int at = name.LastIndexOf('@');
            if (at < 0)
            {
                criteria.Add((index, name));
            }
            else if (at == 0 || at == name.Length - 1)
            {
                throw table.Error(hl, $"column {name}", "a budget column is named budget@period, e.g. capex@2027");
            }
            else
            {
                demand.Add((index, name[..at].Trim(), name[(at + 1)..].Trim()));
            }
        }

        if (criteria.Count == 0)
        {
            throw table.Error(hl, null, "no criteria: add one column per criterion after id (and name, programme, requires)");
        }

        if (demand.Count == 0)
        {
            throw table.Error(hl, null, "no budget columns: pmo prioritize selects the funded portfolio within budgets; add the candidates' demand in columns budget@period (e.g. capex@2027) and their capacity in a row labelled capacity");
        }

        List<string> periods = [.. demand.Select(d => d.Period).Distinct(StringComparer.Ordinal)];
        List<string> budgets = [.. demand.Select(d => d.Budget).Distinct(StringComparer.Ordinal)];
        var demandColumn = new Dictionary<(string, string), int>();
        foreach (var d in demand)
        {
            demandColumn[(d.Budget, d.Period)] = d.Index;
        }

        foreach (string b in budgets)
        {
            foreach (string p in periods)
            {
                if (!demandColumn.ContainsKey((b, p)))
                {
                    throw table.Error(hl, $"column {b}@{p}", $"required column missing: every budget needs a column for every period ({string.Join(", ", periods)})");
                }
            }
        }

        // Criterion rows and candidate rows.
        var meta = new Dictionary<string, CsvRow>(StringComparer.Ordinal);
        var candidates = new List<CsvRow>();
        int idIndex = table.IndexOf("id");
        var criterionIndexes = criteria.Select(c => c.Index).ToHashSet();
        foreach (CsvRow row in table.Rows)
        {
            string id = row.RequiredText("id");
            string? label = MetaRows.FirstOrDefault(m => CsvTable.Key(m) == CsvTable.Key(id));
            if (label is null)
            {
                candidates.Add(row);
                continue;
            }

            if (!meta.TryAdd(label, row))
            {
                throw row.Error("id", $"repeated {label} row (first on line {meta[label].Line})");
            }

            for (int i = 0; i < row.Cells.Length; i++)
            {
                bool allowed = label switch
                {
                    "capacity" => demandColumn.ContainsValue(i),
                    "unit" or "name" => criterionIndexes.Contains(i) || demandColumn.ContainsValue(i),
                    _ => criterionIndexes.Contains(i),
                };
                if (i != idIndex && !allowed && row.Cells[i].Length > 0)
                {
                    throw table.Error(row.Line, $"column {table.Header[i]}", label == "capacity"
                        ? "the capacity row has values under budget columns (budget@period) only"
                        : $"the {label} row has values under {(label is "unit" or "name" ? "criterion and budget" : "criterion")} columns only");
                }
            }
        }

        foreach (string required in new[] { "direction", "weight", "capacity" })
        {
            if (!meta.ContainsKey(required))
            {
                throw table.Error(hl + 1, null, $"no {required} row: add a row labelled {required} in the id column"
                    + (required == "capacity" ? " with each budget's capacity per period under its columns" : " with a value under each criterion")
                    + (required == "weight" ? " (AHP judgements need the JSON form)" : string.Empty));
            }
        }

        if (candidates.Count == 0)
        {
            throw table.Error(hl + 1, null, "no candidates: the table has criterion rows but no candidate rows");
        }

        string? Meta(string label, int index) => meta.TryGetValue(label, out CsvRow? r) && r.Cells[index].Length > 0 ? r.Cells[index] : null;
        double? MetaNumber(string label, int index) =>
            Meta(label, index) is { } t ? table.ParseNumber(t, meta[label].Line, $"column {table.Header[index]}") : null;
        string? BudgetMeta(string label, string budget)
        {
            string? value = null;
            foreach (string p in periods)
            {
                int i = demandColumn[(budget, p)];
                if (Meta(label, i) is { } t)
                {
                    if (value is not null && t != value)
                    {
                        throw table.Error(meta[label].Line, $"column {table.Header[i]}", $"budget \"{budget}\" has {label} \"{value}\" in another period; give one {label} per budget");
                    }

                    value = t;
                }
            }

            return value;
        }

        var gates = new List<(GateDocument Gate, int Line, string Column)>();
        foreach ((string label, string op) in new[] { ("min", ">="), ("max", "<=") })
        {
            foreach (var c in criteria)
            {
                if (MetaNumber(label, c.Index) is { } v)
                {
                    gates.Add((new GateDocument { Criterion = c.Id, Operator = op, Value = v }, meta[label].Line, $"column {table.Header[c.Index]}"));
                }
            }
        }

        var doc = new PrioritizationFileDocument
        {
            AsOf = table.SettingDate("as_of"),
            Currency = table.Setting("currency"),
            Name = table.Setting("name"),
            Method = new MethodDocument
            {
                Name = table.Setting("method"),
                Normalization = table.Setting("normalization"),
                Lambda = table.SettingNumber("lambda"),
                V = table.SettingNumber("v"),
            },
            TiePolicy = table.Setting("tie_policy"),
            Criteria = [.. criteria.Select(c => new CriterionDocument
            {
                Id = c.Id,
                Name = Meta("name", c.Index),
                Direction = Meta("direction", c.Index),
                ScaleMin = MetaNumber("scale_min", c.Index),
                ScaleMax = MetaNumber("scale_max", c.Index),
                Unit = Meta("unit", c.Index),
            })],
            Weights = new WeightsDocument
            {
                Values = criteria.Where(c => MetaNumber("weight", c.Index) is not null).ToDictionary(c => c.Id, c => MetaNumber("weight", c.Index), StringComparer.Ordinal),
                Policy = table.Setting("weights_policy"),
            },
            Gates = gates.Count == 0 ? null : [.. gates.Select(g => g.Gate)],
            Periods = periods,
            Budgets = [.. budgets.Select(b => new BudgetDocument
            {
                Id = b,
                Name = BudgetMeta("name", b),
                Unit = BudgetMeta("unit", b),
                Capacity = [.. periods.Select(p => MetaNumber("capacity", demandColumn[(b, p)]))],
            })],
            Candidates = [.. candidates.Select(row => Candidate(table, row, criteria, budgets, periods, demandColumn))],
            SelectionValue = table.Setting("selection_value"),
            Sensitivity = table.Setting("top_k") is null && table.Setting("smaa_samples") is null && table.Setting("seed") is null
                ? null
                : new SensitivityDocument
                {
                    TopK = table.SettingInt("top_k"),
                    SmaaSamples = table.SettingInt("smaa_samples"),
                    Seed = table.Setting("seed") is { } seed
                        ? ulong.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out ulong s) ? s : throw table.Error(table.SettingLine("seed"), "setting seed", $"must be a whole number from 0 to 18446744073709551615 (got \"{seed}\")")
                        : null,
                },
        };

        // Where each JSON path came from.
        var locator = new CsvLocator(source);
        string Setting(string name) => $"setting {name}";
        foreach ((string path, string setting) in new[]
        {
            ("$.asOf", "as_of"), ("$.currency", "currency"), ("$.name", "name"), ("$.tiePolicy", "tie_policy"),
            ("$.weights.policy", "weights_policy"), ("$.selectionValue", "selection_value"), ("$.sensitivity", "top_k"),
        })
        {
            locator.Add(path, table.SettingLine(setting), Setting(setting));
        }

        locator.Add("$.method", table.SettingLine("method"), Setting("method"));
        foreach ((string json, string setting) in new[] { ("name", "method"), ("normalization", "normalization"), ("lambda", "lambda"), ("v", "v") })
        {
            locator.Add($"$.method.{json}", table.SettingLine(setting), Setting(setting));
        }

        foreach ((string json, string setting) in new[] { ("topK", "top_k"), ("smaaSamples", "smaa_samples"), ("seed", "seed") })
        {
            locator.Add($"$.sensitivity.{json}", table.SettingLine(setting), Setting(setting));
        }

        locator.Add("$", hl);
        int MetaLine(string label) => meta.TryGetValue(label, out CsvRow? r) ? r.Line : hl;
        for (int c = 0; c < criteria.Count; c++)
        {
            string cp = Path("$.criteria", c);
            string column = $"column {table.Header[criteria[c].Index]}";
            locator.Add(cp, hl, column);
            foreach ((string json, string label) in new[] { ("direction", "direction"), ("scaleMin", "scale_min"), ("scaleMax", "scale_max"), ("unit", "unit"), ("name", "name") })
            {
                locator.Add($"{cp}.{json}", MetaLine(label), column);
            }
        }

        locator.Add("$.weights", MetaLine("weight"), table.ColumnLabel("id"));
        locator.Add("$.weights.values", MetaLine("weight"), null, criteria.ToDictionary(c => c.Id, c => $"column {table.Header[c.Index]}", StringComparer.Ordinal));
        locator.Add("$.gates", gates.Count > 0 ? gates[0].Line : hl);
        for (int g = 0; g < gates.Count; g++)
        {
            locator.Add(Path("$.gates", g), gates[g].Line, gates[g].Column);
        }

        locator.Add("$.periods", hl);
        locator.Add("$.budgets", MetaLine("capacity"));
        for (int b = 0; b < budgets.Count; b++)
        {
            string bp = Path("$.budgets", b);
            locator.Add(bp, hl, $"column {table.Header[demandColumn[(budgets[b], periods[0])]]}");
            for (int k = 0; k < periods.Count; k++)
            {
                locator.Add(Path($"{bp}.capacity", k), MetaLine("capacity"), $"column {table.Header[demandColumn[(budgets[b], periods[k])]]}");
            }
        }

        locator.Add("$.candidates", hl);
        var candidateColumns = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = table.ColumnLabel("id"), ["name"] = table.ColumnLabel("name"), ["programme"] = table.ColumnLabel("programme"), ["requires"] = table.ColumnLabel("requires"),
        };
        var scoreColumns = criteria.ToDictionary(c => c.Id, c => $"column {table.Header[c.Index]}", StringComparer.Ordinal);
        for (int i = 0; i < candidates.Count; i++)
        {
            string kp = Path("$.candidates", i);
            int line = candidates[i].Line;
            locator.Add(kp, line, null, candidateColumns);
            locator.Add($"{kp}.scores", line, null, scoreColumns);
            foreach (string b in budgets)
            {
                locator.Add($"{kp}.demand.{b}", line, $"column {table.Header[demandColumn[(b, periods[0])]]}");
                for (int k = 0; k < periods.Count; k++)
                {
                    locator.Add(Path($"{kp}.demand.{b}", k), line, $"column {table.Header[demandColumn[(b, periods[k])]]}");
                }
            }
        }

        return locator.Map(() => InputMapper.MapPrioritizationFile(doc));
    }

    private static CandidateDocument Candidate(CsvTable table, CsvRow row, List<(int Index, string Id)> criteria, List<string> budgets, List<string> periods, Dictionary<(string, string), int> demandColumn)
    {
        var scores = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var c in criteria)
        {
            if (row.Cells[c.Index] is { Length: > 0 } text)
            {
                scores[c.Id] = table.ParseNumber(text, row.Line, $"column {table.Header[c.Index]}");
            }
        }

        var demand = new Dictionary<string, IReadOnlyList<double?>?>(StringComparer.Ordinal);
        foreach (string b in budgets)
        {
            int[] columns = [.. periods.Select(p => demandColumn[(b, p)])];
            if (columns.All(i => row.Cells[i].Length == 0))
            {
                continue; // no demand on this budget (as when the JSON candidate has no entry for it)
            }

            if (columns.FirstOrDefault(i => row.Cells[i].Length == 0, -1) is int empty and >= 0)
            {
                throw table.Error(row.Line, $"column {table.Header[empty]}", $"missing demand: fill every period of budget \"{b}\" (0 for none), or leave them all empty");
            }

            demand[b] = [.. columns.Select(i => (double?)table.ParseNumber(row.Cells[i], row.Line, $"column {table.Header[i]}"))];
        }

        return new CandidateDocument
        {
            Id = row.Text("id"),
            Name = row.Text("name"),
            Programme = row.Text("programme"),
            Scores = scores,
            Demand = demand.Count == 0 ? null : demand,
            Requires = row.Text("requires") is { } req ? [.. req.Split(';').Select(s => s.Trim())] : null,
        };
    }

    private static string Path(string array, int index) => string.Create(CultureInfo.InvariantCulture, $"{array}[{index}]");
}
