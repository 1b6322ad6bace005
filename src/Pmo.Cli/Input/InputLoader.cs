using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Pmo.Cli.Json;

namespace Pmo.Cli.Input;

/// <summary>
/// Reads input files (or the embedded sample) and turns every way they can be wrong into a one-line
/// <see cref="CliInputException"/>: file errors, malformed JSON (with 1-based line and column), contract violations
/// (with the JSON path and the rule).
/// </summary>
internal static partial class InputLoader
{
    /// <summary>The manifest name of the embedded sample portfolio.</summary>
    public const string SampleResourceName = "Pmo.Cli.sample-portfolio.json";

    /// <summary>The display name of the embedded sample portfolio.</summary>
    public const string SampleDisplayName = "<embedded sample-portfolio.json>";

    /// <summary>Reads the embedded sample portfolio.</summary>
    /// <returns>Its UTF-8 bytes.</returns>
    public static byte[] ReadSample()
    {
        using Stream stream = typeof(InputLoader).Assembly.GetManifestResourceStream(SampleResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {SampleResourceName} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Reads an input file, enforcing the size limit.</summary>
    /// <param name="path">The path.</param>
    /// <returns>Its bytes.</returns>
    /// <exception cref="CliInputException">The file is missing, unreadable or too large.</exception>
    public static byte[] ReadFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliInputException($"{path}: is a directory, not an input file");
        }

        if (!File.Exists(path))
        {
            throw new CliInputException($"{path}: input file not found");
        }

        try
        {
            using FileStream stream = File.OpenRead(path);
            long max = InputLimits.MaxFileBytes;
            if (stream.Length > max)
            {
                throw new CliInputException($"{path}: input file is {stream.Length:N0} bytes; the limit is {max:N0} bytes (set {InputLimits.MaxFileBytesVariable} to raise it)");
            }

            byte[] bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{path}: cannot read input file: {ex.Message}", ex);
        }
    }

    /// <summary>Parses and validates a portfolio.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="source">The file name for messages.</param>
    /// <returns>The portfolio.</returns>
    /// <exception cref="CliInputException">The input is malformed or breaks the contract.</exception>
    public static LoadedPortfolio LoadPortfolio(byte[] utf8, string source) =>
        Map(source, () => InputMapper.MapPortfolio(Deserialize(utf8, source, InputJsonContext.Default.PortfolioDocument)));

    /// <summary>Parses and validates a single project.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="source">The file name for messages.</param>
    /// <returns>The project.</returns>
    /// <exception cref="CliInputException">The input is malformed or breaks the contract.</exception>
    public static LoadedProject LoadProject(byte[] utf8, string source) =>
        Map(source, () => InputMapper.MapProject(Deserialize(utf8, source, InputJsonContext.Default.ProjectDocument)));

    /// <summary>Parses and validates a KPI file (the input of <c>pmo kpi</c>).</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="source">The file name for messages.</param>
    /// <param name="asOf">The <c>--as-of</c> date, if given.</param>
    /// <returns>The file.</returns>
    /// <exception cref="CliInputException">The input is malformed or breaks the contract.</exception>
    public static LoadedKpiFile LoadKpiFile(byte[] utf8, string source, NodaTime.LocalDate? asOf) =>
        Map(source, () => InputMapper.MapKpiFile(Deserialize(utf8, source, InputJsonContext.Default.KpiFileDocument), asOf));

    /// <summary>Loads a risk file (the input of <c>pmo risk</c>).</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="source">The name shown in messages.</param>
    /// <returns>The scored-register input.</returns>
    /// <exception cref="CliInputException">The file is malformed or breaks a rule.</exception>
    public static LoadedRiskFile LoadRiskFile(byte[] utf8, string source) =>
        Map(source, () => InputMapper.MapRiskFile(Deserialize(utf8, source, InputJsonContext.Default.RiskFileDocument)));

    /// <summary>Loads an investment round (the input of <c>pmo prioritize</c>).</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="source">The name shown in messages.</param>
    /// <returns>The round.</returns>
    /// <exception cref="CliInputException">The file is malformed or breaks a rule.</exception>
    public static LoadedPrioritizationFile LoadPrioritizationFile(byte[] utf8, string source) =>
        Map(source, () => InputMapper.MapPrioritizationFile(Deserialize(utf8, source, InputJsonContext.Default.PrioritizationFileDocument)));

    /// <summary>Loads a schedule-risk model (the input of <c>pmo simulate</c>).</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="source">The name shown in messages.</param>
    /// <returns>The model.</returns>
    /// <exception cref="CliInputException">The file is malformed or breaks a rule.</exception>
    public static LoadedSchedule LoadScheduleFile(byte[] utf8, string source) =>
        Map(source, () => InputMapper.MapScheduleFile(Deserialize(utf8, source, InputJsonContext.Default.ScheduleRiskFileDocument)));

    private static T Map<T>(string source, Func<T> map)
    {
        try
        {
            return map();
        }
        catch (InputValidationException ex)
        {
            throw new CliInputException($"{source}: {ex.JsonPath}: {ex.Rule}", ex);
        }
    }

    private static T? Deserialize<T>(byte[] utf8, string source, JsonTypeInfo<T> typeInfo)
    {
        ReadOnlySpan<byte> span = InputEncoding.Utf8(utf8, source);

        // Pass 1: syntax and limits only, so that malformed JSON is reported as such (line and column), not as a contract
        // error.
        CheckSyntaxAndLimits(span, source);

        // Pass 2: binding to the contract.
        try
        {
            return JsonSerializer.Deserialize(span, typeInfo);
        }
        catch (JsonException ex)
        {
            string path = ex.Path ?? "$";
            string message = StripPosition(ex.Message);
            Match unknown = UnmappedProperty().Match(message);
            string rule;
            if (unknown.Success)
            {
                string name = unknown.Groups[1].Value;
                path = path.EndsWith($".{name}", StringComparison.Ordinal) || path.EndsWith($"['{name}']", StringComparison.Ordinal) ? path : $"{path}.{name}";
                rule = $"unknown property \"{name}\" (check the spelling; see docs/json-contracts.md)";
            }
            else if (message.Contains("could not be converted", StringComparison.Ordinal))
            {
                rule = Expected(path);
            }
            else
            {
                rule = message;
            }

            throw new CliInputException($"{source}: {path}: {rule} (at {Position(ex)})", ex);
        }
    }

    /// <summary>
    /// Reads the whole document once: JSON syntax, nesting depth, string length, array length, finite numbers and
    /// duplicate property names, each a one-line error with the line and column.
    /// </summary>
    private static void CheckSyntaxAndLimits(ReadOnlySpan<byte> span, string source)
    {
        var reader = new Utf8JsonReader(span, InputLimits.ReaderOptions);

        // Per open container: its element count (arrays) or its property names (objects, allocated on the second name).
        var counts = new Stack<int>();
        var names = new Stack<(string? First, HashSet<string>? All)>();
        var isArray = new Stack<bool>();
        try
        {
            while (reader.Read())
            {
                JsonTokenType token = reader.TokenType;
                if (token is not (JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.PropertyName)
                    && isArray.Count > 0 && isArray.Peek())
                {
                    int count = counts.Pop() + 1;
                    counts.Push(count);
                    if (count > InputLimits.MaxArrayLength)
                    {
                        throw Limit(span, reader.TokenStartIndex, source, string.Create(CultureInfo.InvariantCulture, $"an array has more than {InputLimits.MaxArrayLength:N0} elements (the limit)"));
                    }
                }

                switch (token)
                {
                    case JsonTokenType.StartArray or JsonTokenType.StartObject:
                        isArray.Push(token == JsonTokenType.StartArray);
                        counts.Push(0);
                        names.Push((null, null));
                        break;
                    case JsonTokenType.EndArray or JsonTokenType.EndObject:
                        isArray.Pop();
                        counts.Pop();
                        names.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        string name = CheckedString(ref reader, span, source, "property name", needValue: true)!;
                        (string? first, HashSet<string>? all) = names.Pop();
                        bool repeated = first is null ? false : all is null ? string.Equals(first, name, StringComparison.Ordinal) : !all.Add(name);
                        if (first is null)
                        {
                            first = name;
                        }
                        else if (all is null && !repeated)
                        {
                            all = new HashSet<string>(StringComparer.Ordinal) { first, name };
                        }

                        names.Push((first, all));
                        if (repeated)
                        {
                            throw Limit(span, reader.TokenStartIndex, source, $"duplicate property \"{Shorten(name)}\" in the same object (each property may appear once)");
                        }

                        break;
                    case JsonTokenType.String:
                        _ = CheckedString(ref reader, span, source, "string", needValue: false);
                        break;
                    case JsonTokenType.Number:
                        if (!reader.TryGetDouble(out double number) || !double.IsFinite(number))
                        {
                            string text = Encoding.UTF8.GetString(reader.ValueSpan);
                            throw Limit(span, reader.TokenStartIndex, source, $"number {Shorten(text)} is out of range (the largest is about 1.8e308)");
                        }

                        break;
                }
            }
        }
        catch (JsonException ex) when (ex.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            throw new CliInputException(string.Create(CultureInfo.InvariantCulture, $"{source}: JSON nested more than {InputLimits.MaxDepth} levels deep at {Position(ex)} (the limit is {InputLimits.MaxDepth})"), ex);
        }
        catch (JsonException ex)
        {
            throw new CliInputException($"{source}: malformed JSON at {Position(ex)}: {StripPosition(ex.Message)}", ex);
        }
    }

    private static string? CheckedString(ref Utf8JsonReader reader, ReadOnlySpan<byte> span, string source, string what, bool needValue)
    {
        // UTF-8 never has fewer bytes than UTF-16 characters (an escape has more), so the byte count is a cheap bound;
        // an escaped string is decoded to catch a lone surrogate (\ud800), which is not text.
        if (!needValue && !reader.ValueIsEscaped && reader.ValueSpan.Length <= InputLimits.MaxStringLength)
        {
            return null;
        }

        string value;
        try
        {
            value = reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException ex)
        {
            throw new CliInputException(Limit(span, reader.TokenStartIndex, source, $"a {what} that is not valid text ({StripPosition(ex.Message)})").Message, ex);
        }

        return value.Length > InputLimits.MaxStringLength
            ? throw Limit(span, reader.TokenStartIndex, source, string.Create(CultureInfo.InvariantCulture, $"a {what} of {value.Length:N0} characters is longer than the limit of {InputLimits.MaxStringLength:N0}"))
            : value;
    }

    private static CliInputException Limit(ReadOnlySpan<byte> span, long offset, string source, string rule)
    {
        (int line, int column) = InputEncoding.LineAndColumn(span, offset);
        return new CliInputException(string.Create(CultureInfo.InvariantCulture, $"{source}: line {line}, column {column}: {rule}"));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    // System.Text.Json names the declaring type, not the property's, in conversion errors: derive the expected JSON
    // type from the property name at the end of the path (names are unique in kind across the contract).
    private static string Expected(string path)
    {
        if (path.EndsWith(']'))
        {
            string array = path[..path.LastIndexOf('[')];
            return array.EndsWith(".cashFlows", StringComparison.Ordinal) || array.EndsWith(".values", StringComparison.Ordinal)
                || array.EndsWith(".probabilities", StringComparison.Ordinal) || array.EndsWith(".samples", StringComparison.Ordinal)
                || array.EndsWith(".cashFlows", StringComparison.Ordinal) || array.EndsWith(".capacity", StringComparison.Ordinal)
                || array.Contains(".demand.", StringComparison.Ordinal) ? "must be a number"
                : array.EndsWith(".forceIn", StringComparison.Ordinal) || array.EndsWith(".forceOut", StringComparison.Ordinal)
                    || array.EndsWith(".members", StringComparison.Ordinal) || array.EndsWith(".requires", StringComparison.Ordinal)
                    || array.EndsWith(".periods", StringComparison.Ordinal) || array.EndsWith(".activityIds", StringComparison.Ordinal) || array.Contains(".mutuallyExclusive[", StringComparison.Ordinal) ? "must be a string"
                : array.EndsWith(".holidays", StringComparison.Ordinal) ? "must be a date string \"yyyy-MM-dd\""
                : "must be an object";
        }

        string name = path[(path.LastIndexOf('.') + 1)..];
        if (name is "min" or "max" or "value" or "low" or "high"
            && (path.Contains(".distribution.", StringComparison.Ordinal) || path.Contains(".amount.", StringComparison.Ordinal)
                || path.Contains(".factor.", StringComparison.Ordinal) || path.Contains(".costImpact.", StringComparison.Ordinal)
                || path.Contains(".fixedCostDistribution.", StringComparison.Ordinal)))
        {
            return "must be a number";
        }

        return name switch
        {
            "pv" or "cumulativePv" or "ev" or "ac" or "bottomUpEtc" or "managementReserve" or "overTargetAmount"
                or "compositeCpiWeight" or "eacRealismThreshold" or "confidenceLevel" or "cpiStabilityBand"
                or "value" or "numerator" or "denominator" or "low" or "high" or "lower" or "upper" or "weight"
                or "discountRate" or "financeRate" or "reinvestRate" or "amount" or "sleConfidence"
                or "probability" or "cost" or "schedule" or "coverage" or "probabilityFactor" or "budget" or "durationDays"
                or "maxEmvPerRisk" or "maxDelayPerRisk" or "maxProjectExposure" or "maxPortfolioExposure"
                or "scaleMin" or "scaleMax" or "lambda" or "v" or "q" or "p" or "s" or "maxConsistencyRatio"
                or "duration" or "fixedCost" or "costRate" or "startNoEarlierThan" or "existenceProbability" or "lag" or "r"
                or "shape" or "mean" or "sd" or "lowPercentile" or "highPercentile" => "must be a number",
            "mode" => path.Contains(".impacts[", StringComparison.Ordinal) && !path.Contains(".amount.", StringComparison.Ordinal) ? "must be a string" : "must be a number",
            "version" or "movingWindow" or "precision" or "maxAgeDays" or "horizonDays" or "trendPoints" or "forecastTrials"
                or "throughputWindowDays" or "topK" or "smaaSamples" or "min" or "max" => "must be a whole number",
            "seed" => "must be a whole number from 0 to 18446744073709551615",
            "missing" or "lowerInclusive" or "upperInclusive" => "must be true or false",
            "statusDate" or "approvedOn" or "start" or "end" or "date" or "asOf" or "effectiveFrom" or "finish"
                or "identified" or "due" or "from" or "to" => "must be a date string \"yyyy-MM-dd\"",
            "id" or "name" or "programme" or "currency" or "reason" or "pvMode" or "primaryEac" or "primaryDuration"
                or "kpi" or "unit" or "description" or "direction" or "scale" or "status" or "bandMode" or "aggregation"
                or "missingData" or "convention" or "parent" or "title" or "kind" or "category" or "owner" or "strategy"
                or "riskModel" or "band" or "approverRole" or "operator" or "criterion" or "row" or "column" or "type"
                or "predecessor" or "successor" or "activityId" or "a" or "b"
                or "priorityMethod" or "randomIndex" or "policy" or "normalization" or "tiePolicy" or "selectionValue" => "must be a string",
            "programmes" or "projects" or "baselines" or "periods" or "history" or "kpis" or "kpiTargets" or "kpiDefinitions"
                or "holidays" or "targets" or "bands" or "cashFlows" or "datedCashFlows" or "items" or "definitions"
                or "subjects" or "observations" or "risks" or "responses" or "riskSnapshots" or "criteria" or "gates" or "budgets"
                or "candidates" or "capacity" or "members" or "requires" or "forceIn" or "forceOut" or "mutuallyExclusive"
                or "judgements" or "preferenceFunctions" or "activities" or "links" or "riskEvents" or "drivers" or "correlations"
                or "activityIds" or "values" or "probabilities" or "samples" => "must be an array",
            _ => "must be an object",
        };
    }

    private static string Position(JsonException ex) =>
        ex.LineNumber is long line
            ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}")
            : "an unknown position";

    private static string StripPosition(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        message = (cut < 0 ? message : message[..cut]).TrimEnd();

        // System.Text.Json quotes the offending text up to the next delimiter, which after a stray character can be the
        // rest of the file (found by the hostile-input tests: a 10 KB, multi-line "error"). Keep its first 40 characters.
        const string Invalid = "' is an invalid";
        int end = message.IndexOf(Invalid, StringComparison.Ordinal);
        return message.StartsWith('\'') && end > 41 ? string.Concat("'", message.AsSpan(1, 40), "…", message.AsSpan(end)) : message;
    }

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnmappedProperty();
}
