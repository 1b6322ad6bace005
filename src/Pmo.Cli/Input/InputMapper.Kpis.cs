using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Pmo.Cli.Json;
using Pmo.Core.Finance;
using Pmo.Core.Kpis;
using Pmo.Core.Kpis.Flow;

namespace Pmo.Cli.Input;

/// <summary>
/// The KPI, benefits and flow parts of the contract (issue 3). Every rule names its JSON path; exceptions the core
/// still throws (a <see cref="BandSetException"/> naming the offending band, an <see cref="ArgumentException"/> naming
/// a parameter) are mapped to the path of the value they are about.
/// </summary>
internal static partial class InputMapper
{
    /// <summary>The fewest Monte Carlo trials accepted.</summary>
    public const int MinTrials = 100;

    /// <summary>The most Monte Carlo trials accepted.</summary>
    public const int MaxTrials = 1_000_000;

    /// <summary>The default Monte Carlo trials.</summary>
    public const int DefaultTrials = 10_000;

    /// <summary>The default seed of the delivery forecast.</summary>
    public const ulong DefaultSeed = 1;

    /// <summary>The default throughput history window, in calendar days.</summary>
    public const int DefaultThroughputWindowDays = 90;

    /// <summary>Validates custom KPI definitions and merges them over the library.</summary>
    /// <param name="docs">The definitions (may be null).</param>
    /// <param name="p">Their JSON path.</param>
    /// <returns>The catalog.</returns>
    public static KpiCatalog MapCatalog(IReadOnlyList<KpiDefinitionDocument?>? docs, string p)
    {
        if (docs is null)
        {
            return KpiCatalog.Library;
        }

        ImmutableDictionary<string, KpiDefinition>.Builder defs = KpiCatalog.Library.Definitions.ToBuilder();
        var custom = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < docs.Count; i++)
        {
            string dp = $"{p}[{i}]";
            KpiDefinition d = MapDefinition(docs[i] ?? throw Fail(dp, "must be an object, not null"), dp);
            if (!custom.Add(d.Id))
            {
                throw Fail($"{dp}.id", $"duplicate KPI id \"{d.Id}\"");
            }

            defs[d.Id] = d;
        }

        return new KpiCatalog(defs.ToImmutable(), custom.ToImmutableHashSet(StringComparer.Ordinal));
    }

    private static KpiDefinition MapDefinition(KpiDefinitionDocument d, string p)
    {
        string id = RequiredText(d.Id, $"{p}.id");
        string name = RequiredText(d.Name, $"{p}.name");
        int precision = d.Precision ?? 2;
        if (precision is < 0 or > 15)
        {
            throw Fail($"{p}.precision", $"must be between 0 and 15 (got {precision})");
        }

        KpiDirectionKind kind = ParseEnum<KpiDirectionKind>(RequiredText(d.Direction, $"{p}.direction"), $"{p}.direction");
        KpiDirection direction;
        if (kind == KpiDirectionKind.TargetBand)
        {
            RangeDocument range = d.Range ?? throw Fail($"{p}.range", "required when direction is \"targetBand\"");
            double low = Finite(range.Low, $"{p}.range.low") ?? throw Fail($"{p}.range.low", Missing);
            double high = Finite(range.High, $"{p}.range.high") ?? throw Fail($"{p}.range.high", Missing);
            direction = Core($"{p}.range", () => KpiDirection.TargetBand(low, high));
        }
        else
        {
            if (d.Range is not null)
            {
                throw Fail($"{p}.range", "only allowed when direction is \"targetBand\"");
            }

            direction = kind switch
            {
                KpiDirectionKind.Maximise => KpiDirection.Maximise,
                KpiDirectionKind.Minimise => KpiDirection.Minimise,
                _ => KpiDirection.Neutral,
            };
        }

        StatusScale scale = d.Scale switch
        {
            null or "rag" => StatusScale.Rag,
            "fiveLevel" => StatusScale.FiveLevel,
            _ => throw Fail($"{p}.scale", $"must be \"rag\" or \"fiveLevel\" (got \"{d.Scale}\")"),
        };
        BandSet? bands = d.Bands is null ? null : MapBands(d.Bands, $"{p}.bands", scale);
        if (bands is null && kind != KpiDirectionKind.Neutral)
        {
            throw Fail($"{p}.bands", $"required for a {ContractName(kind)} KPI (only a neutral KPI has no bands)");
        }

        if (bands is not null && kind == KpiDirectionKind.Neutral)
        {
            throw Fail($"{p}.bands", "not allowed for a neutral KPI (it is tracked without a status)");
        }

        BandMode bandMode = d.BandMode is null ? BandMode.Absolute : ParseEnum<BandMode>(d.BandMode, $"{p}.bandMode");
        AggregationRule aggregation = d.Aggregation is null ? AggregationRule.Mean : ParseEnum<AggregationRule>(d.Aggregation, $"{p}.aggregation");
        MissingDataPolicy missing = MapMissingData(d, p);
        double? start = Finite(d.Start, $"{p}.start");
        TargetSeries targets = MapDefinitionTargets(d.Targets, $"{p}.targets", start);
        ForecastTolerance? forecast = null;
        if (d.Forecast is { } f)
        {
            int horizon = f.HorizonDays ?? throw Fail($"{p}.forecast.horizonDays", Missing);
            if (horizon < 1)
            {
                throw Fail($"{p}.forecast.horizonDays", $"must be 1 or more (got {horizon})");
            }

            int points = f.TrendPoints ?? 3;
            if (points < 2)
            {
                throw Fail($"{p}.forecast.trendPoints", $"must be 2 or more to fit a line (got {points})");
            }

            forecast = new ForecastTolerance(horizon, points);
        }

        try
        {
            return new KpiDefinition(id, name, direction, bands, bandMode, targets, aggregation, missing, d.Unit ?? string.Empty, precision, forecast, d.Description ?? string.Empty);
        }
        catch (ArgumentException ex)
        {
            string sub = ex.ParamName switch
            {
                "targets" => ".targets",
                "bandMode" => ".bandMode",
                "bands" => ".bands",
                "forecastTolerance" => ".forecast",
                "aggregation" => ".aggregation",
                "displayPrecision" => ".precision",
                _ => string.Empty,
            };
            throw new InputValidationException(p + sub, CoreMessage(ex), ex);
        }
    }

    private static MissingDataPolicy MapMissingData(KpiDefinitionDocument d, string p)
    {
        MissingDataKind kind = d.MissingData is null ? MissingDataKind.ReportUnknown : ParseEnum<MissingDataKind>(d.MissingData, $"{p}.missingData");
        if (kind != MissingDataKind.CarryForwardLast)
        {
            return d.MaxAgeDays is null
                ? (kind == MissingDataKind.TreatAsWorst ? MissingDataPolicy.TreatAsWorst : MissingDataPolicy.ReportUnknown)
                : throw Fail($"{p}.maxAgeDays", "only allowed when missingData is \"carryForwardLast\"");
        }

        int days = d.MaxAgeDays ?? throw Fail($"{p}.maxAgeDays", "required when missingData is \"carryForwardLast\"");
        return days < 1 ? throw Fail($"{p}.maxAgeDays", $"must be 1 or more (got {days})") : MissingDataPolicy.CarryForwardLast(days);
    }

    private static BandSet MapBands(IReadOnlyList<BandDocument?> docs, string p, StatusScale scale)
    {
        var bands = new List<ToleranceBand>(docs.Count);
        for (int i = 0; i < docs.Count; i++)
        {
            string bp = $"{p}[{i}]";
            BandDocument b = docs[i] ?? throw Fail(bp, "must be an object, not null");
            double lower = Finite(b.Lower, $"{bp}.lower") ?? double.NegativeInfinity;
            double upper = Finite(b.Upper, $"{bp}.upper") ?? double.PositiveInfinity;
            if (b.LowerInclusive == true && b.Lower is null)
            {
                throw Fail($"{bp}.lowerInclusive", "cannot be true without a lower end (an open end is −∞, never included)");
            }

            if (b.UpperInclusive == true && b.Upper is null)
            {
                throw Fail($"{bp}.upperInclusive", "cannot be true without an upper end (an open end is +∞, never included)");
            }

            if (lower > upper)
            {
                throw Fail(bp, $"lower ({Num(lower)}) must not be above upper ({Num(upper)})");
            }

            string statusId = RequiredText(b.Status, $"{bp}.status");
            StatusLevel level = scale.Levels.FirstOrDefault(l => l.Id == statusId)
                ?? throw Fail($"{bp}.status", $"must be a level of the {scale.Id} scale: {string.Join(", ", scale.Levels.Select(l => $"\"{l.Id}\""))} (got \"{statusId}\")");
            bool lowerInclusive = b.LowerInclusive ?? b.Lower is not null;
            bool upperInclusive = b.UpperInclusive ?? false;
            bands.Add(Core(bp, () => new ToleranceBand(lower, lowerInclusive, upper, upperInclusive, level)));
        }

        try
        {
            return new BandSet(scale, bands);
        }
        catch (BandSetException ex)
        {
            string at = ex.FirstBandIndex >= 0 ? $"{p}[{ex.FirstBandIndex}]" : p;
            throw new InputValidationException(at, $"{ContractName(ex.Problem)}: {CoreMessage(ex)}", ex);
        }
    }

    private static TargetSeries MapDefinitionTargets(IReadOnlyList<TargetDocument?>? docs, string p, double? start)
    {
        if (docs is null)
        {
            return start is null ? TargetSeries.None : new TargetSeries([], start);
        }

        var targets = new List<KpiTarget>(docs.Count);
        for (int i = 0; i < docs.Count; i++)
        {
            string tp = $"{p}[{i}]";
            TargetDocument t = docs[i] ?? throw Fail(tp, "must be an object, not null");
            double value = Finite(t.Value, $"{tp}.value") ?? throw Fail($"{tp}.value", Missing);
            LocalDate from = t.EffectiveFrom ?? LocalDate.MinIsoValue;
            if (i > 0 && from <= targets[i - 1].EffectiveFrom)
            {
                throw Fail($"{tp}.effectiveFrom", i == 1 && targets[0].EffectiveFrom == LocalDate.MinIsoValue
                    ? "required after the first target (the first, without a date, is in force from the beginning)"
                    : $"dates must increase ({Iso(from)} is not after {Iso(targets[i - 1].EffectiveFrom)})");
            }

            targets.Add(new KpiTarget(from, value));
        }

        return Core(p, () => new TargetSeries(targets, start));
    }

    /// <summary>Maps per-subject target overrides.</summary>
    /// <param name="docs">The overrides (may be null).</param>
    /// <param name="p">Their JSON path.</param>
    /// <param name="catalog">The KPI definitions in force.</param>
    /// <returns>The target series by KPI id.</returns>
    public static ImmutableDictionary<string, TargetSeries> MapTargetOverrides(IReadOnlyList<KpiTargetDocument?>? docs, string p, KpiCatalog catalog)
    {
        if (docs is null)
        {
            return ImmutableDictionary<string, TargetSeries>.Empty;
        }

        var byKpi = new Dictionary<string, List<KpiTarget>>(StringComparer.Ordinal);
        for (int i = 0; i < docs.Count; i++)
        {
            string tp = $"{p}[{i}]";
            KpiTargetDocument t = docs[i] ?? throw Fail(tp, "must be an object, not null");
            string kpi = KnownKpi(t.Kpi, $"{tp}.kpi", catalog);
            double value = Finite(t.Value, $"{tp}.value") ?? throw Fail($"{tp}.value", Missing);
            LocalDate from = t.EffectiveFrom ?? LocalDate.MinIsoValue;
            if (!byKpi.TryGetValue(kpi, out List<KpiTarget>? list))
            {
                byKpi[kpi] = list = [];
            }

            if (list.Count > 0 && from <= list[^1].EffectiveFrom)
            {
                throw Fail($"{tp}.effectiveFrom", $"targets of \"{kpi}\" must have increasing effective dates ({(t.EffectiveFrom is null ? "none" : Iso(from))} is not after {(list[^1].EffectiveFrom == LocalDate.MinIsoValue ? "the undated first target" : Iso(list[^1].EffectiveFrom))})");
            }

            list.Add(new KpiTarget(from, value));
        }

        return byKpi.ToImmutableDictionary(
            kv => kv.Key,
            kv => Core(p, () => new TargetSeries(kv.Value, catalog.Definitions[kv.Key].Targets.Start)),
            StringComparer.Ordinal);
    }

    /// <summary>Maps observations of one subject.</summary>
    /// <param name="docs">The observations (may be null).</param>
    /// <param name="p">Their JSON path.</param>
    /// <param name="subjectId">The subject.</param>
    /// <param name="asOf">The status date: later observations are validated, then left out (the evaluation is as of this date).</param>
    /// <param name="catalog">The KPI definitions in force.</param>
    /// <returns>The observations in file order.</returns>
    public static ImmutableArray<KpiObservation> MapObservations(IReadOnlyList<KpiObservationDocument?>? docs, string p, string subjectId, LocalDate asOf, KpiCatalog catalog)
    {
        if (docs is null)
        {
            return [];
        }

        var last = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
        ImmutableArray<KpiObservation>.Builder result = ImmutableArray.CreateBuilder<KpiObservation>(docs.Count);
        for (int i = 0; i < docs.Count; i++)
        {
            string op = $"{p}[{i}]";
            KpiObservationDocument o = docs[i] ?? throw Fail(op, "must be an object, not null");
            string kpi = KnownKpi(o.Kpi, $"{op}.kpi", catalog);
            LocalDate date = Required(o.Date, $"{op}.date");

            if (last.TryGetValue(kpi, out LocalDate previous) && date <= previous)
            {
                throw Fail($"{op}.date", $"dates of \"{kpi}\" must increase ({Iso(date)} is not after {Iso(previous)})");
            }

            last[kpi] = date;
            double? value = Finite(o.Value, $"{op}.value");
            double? num = Finite(o.Numerator, $"{op}.numerator");
            double? den = Finite(o.Denominator, $"{op}.denominator");
            bool missing = o.Missing == true;
            if ((num is null) != (den is null))
            {
                throw Fail(num is null ? $"{op}.numerator" : $"{op}.denominator", "numerator and denominator must be given together");
            }

            int given = (value is null ? 0 : 1) + (num is null ? 0 : 1) + (missing ? 1 : 0);
            if (given != 1)
            {
                throw Fail(op, given == 0
                    ? "needs a \"value\", a \"numerator\" and \"denominator\", or \"missing\": true"
                    : "give only one of \"value\", \"numerator\"/\"denominator\" and \"missing\": true");
            }

            if (date > asOf)
            {
                continue; // validated, but later than the status date: not part of an evaluation as of that date
            }

            result.Add(missing
                ? KpiObservation.Missing(kpi, subjectId, date)
                : num is { } n ? KpiObservation.Ratio(kpi, subjectId, date, n, den!.Value) : new KpiObservation(kpi, subjectId, date, value));
        }

        return result.ToImmutable();
    }

    private static string KnownKpi(string? kpi, string path, KpiCatalog catalog)
    {
        string id = RequiredText(kpi, path);
        return catalog.Definitions.ContainsKey(id)
            ? id
            : throw Fail(path, $"unknown KPI \"{id}\" (define it in kpiDefinitions, or use a library id: {string.Join(", ", KpiCatalog.Library.Definitions.Keys.Order(StringComparer.Ordinal))})");
    }

    /// <summary>Maps a benefits case.</summary>
    /// <param name="b">The document (may be null).</param>
    /// <param name="p">Its JSON path.</param>
    /// <returns>The benefits case, or null.</returns>
    public static LoadedBenefits? MapBenefits(BenefitsDocument? b, string p)
    {
        if (b is null)
        {
            return null;
        }

        double rate = Rate(b.DiscountRate, $"{p}.discountRate") ?? throw Fail($"{p}.discountRate", Missing);
        DiscountConvention convention = b.Convention is null ? DiscountConvention.FirstFlowAtTimeZero : ParseEnum<DiscountConvention>(b.Convention, $"{p}.convention");
        CashFlowSeries? flows = null;
        if (b.CashFlows is { } cf)
        {
            if (cf.Count == 0)
            {
                throw Fail($"{p}.cashFlows", "must contain at least one amount");
            }

            double[] amounts = new double[cf.Count];
            for (int i = 0; i < cf.Count; i++)
            {
                amounts[i] = Finite(cf[i], $"{p}.cashFlows[{i}]") ?? throw Fail($"{p}.cashFlows[{i}]", "must be a number, not null");
            }

            flows = Core($"{p}.cashFlows", () => new CashFlowSeries(amounts));
        }

        DatedCashFlowSeries? dated = null;
        if (b.DatedCashFlows is { } df)
        {
            if (df.Count == 0)
            {
                throw Fail($"{p}.datedCashFlows", "must contain at least one flow");
            }

            var list = new List<DatedCashFlow>(df.Count);
            for (int i = 0; i < df.Count; i++)
            {
                string fp = $"{p}.datedCashFlows[{i}]";
                DatedCashFlowDocument f = df[i] ?? throw Fail(fp, "must be an object, not null");
                LocalDate date = Required(f.Date, $"{fp}.date");
                double amount = Finite(f.Amount, $"{fp}.amount") ?? throw Fail($"{fp}.amount", Missing);
                if (i > 0 && date < list[0].Date)
                {
                    throw Fail($"{fp}.date", $"must not be before the first flow's date {Iso(list[0].Date)}, which is time zero (got {Iso(date)})");
                }

                list.Add(new DatedCashFlow(date, amount));
            }

            dated = Core($"{p}.datedCashFlows", () => new DatedCashFlowSeries(list));
        }

        if (flows is null && dated is null)
        {
            throw Fail(p, "needs \"cashFlows\" (annual) or \"datedCashFlows\" (or both)");
        }

        double finance = Rate(b.FinanceRate, $"{p}.financeRate") ?? rate;
        double reinvest = Rate(b.ReinvestRate, $"{p}.reinvestRate") ?? rate;
        return new LoadedBenefits(rate, convention, flows, dated, finance, reinvest);
    }

    /// <summary>Maps flow data.</summary>
    /// <param name="f">The document (may be null).</param>
    /// <param name="p">Its JSON path.</param>
    /// <param name="asOf">The status date: later starts are left out, later finishes read as in progress.</param>
    /// <returns>The flow data, or null.</returns>
    public static LoadedFlow? MapFlow(FlowDocument? f, string p, LocalDate asOf)
    {
        if (f is null)
        {
            return null;
        }

        IReadOnlyList<WorkItemDocument?> docs = NonEmptyArray(f.Items, $"{p}.items");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        ImmutableArray<WorkItem>.Builder items = ImmutableArray.CreateBuilder<WorkItem>();
        for (int i = 0; i < docs.Count; i++)
        {
            string ip = $"{p}.items[{i}]";
            WorkItemDocument w = docs[i] ?? throw Fail(ip, "must be an object, not null");
            string id = RequiredText(w.Id, $"{ip}.id");
            if (!ids.Add(id))
            {
                throw Fail($"{ip}.id", $"duplicate work item id \"{id}\"");
            }

            LocalDate start = Required(w.Start, $"{ip}.start");
            if (w.Finish is { } finish && finish < start)
            {
                throw Fail($"{ip}.finish", $"must not be before the start {Iso(start)} (got {Iso(finish)})");
            }

            // As of the status date: an item started later is left out, one finished later is still in progress.
            if (start <= asOf)
            {
                items.Add(Core(ip, () => new WorkItem(id, start, w.Finish is { } f2 && f2 <= asOf ? f2 : null)));
            }
        }

        if (items.Count == 0)
        {
            throw Fail($"{p}.items", $"no item starts on or before the status date {Iso(asOf)}");
        }

        int inProgress = items.Count(x => !x.IsFinished);
        (RemainingScope remaining, string source) = MapRemaining(f.RemainingItems, $"{p}.remainingItems", inProgress);
        double sle = InRange(f.SleConfidence, $"{p}.sleConfidence", 0, 1, inclusive: false) ?? 0.85;
        int trials = f.ForecastTrials ?? DefaultTrials;
        if (trials is < MinTrials or > MaxTrials)
        {
            throw Fail($"{p}.forecastTrials", $"must be between {MinTrials:N0} and {MaxTrials:N0} (got {trials})");
        }

        int window = f.ThroughputWindowDays ?? DefaultThroughputWindowDays;
        if (window is < 7 or > 3650)
        {
            throw Fail($"{p}.throughputWindowDays", $"must be between 7 and 3650 (got {window})");
        }

        return new LoadedFlow(items.ToImmutable(), remaining, source, sle, trials, f.Seed ?? DefaultSeed, window);
    }

    private static (RemainingScope Scope, string Source) MapRemaining(JsonElement? element, string p, int inProgress)
    {
        if (element is not { } e || e.ValueKind == JsonValueKind.Null)
        {
            return (RemainingScope.Exactly(inProgress), "inProgress");
        }

        if (e.ValueKind == JsonValueKind.Number)
        {
            int n = WholeCount(e, p);
            return (RemainingScope.Exactly(n), "given");
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Fail(p, "must be a whole number or an object { \"min\", \"max\" }");
        }

        int? min = null;
        int? max = null;
        foreach (JsonProperty prop in e.EnumerateObject())
        {
            switch (prop.Name)
            {
                case "min":
                    min = WholeCount(prop.Value, $"{p}.min");
                    break;
                case "max":
                    max = WholeCount(prop.Value, $"{p}.max");
                    break;
                default:
                    throw Fail($"{p}.{prop.Name}", $"unknown property \"{prop.Name}\" (check the spelling; see docs/json-contracts.md)");
            }
        }

        int lo = min ?? throw Fail($"{p}.min", Missing);
        int hi = max ?? throw Fail($"{p}.max", Missing);
        return hi < lo
            ? throw Fail($"{p}.max", $"must be at least min ({lo}) (got {hi})")
            : (RemainingScope.Uniform(lo, hi), "range");
    }

    private static int WholeCount(JsonElement e, string p) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int n)
            ? (n >= 0 ? n : throw Fail(p, $"must be zero or more (got {n})"))
            : throw Fail(p, "must be a whole number");

    /// <summary>Maps the portfolio's holidays into a Monday-to-Friday calendar.</summary>
    /// <param name="docs">The holidays (may be null).</param>
    /// <param name="p">Their JSON path.</param>
    /// <returns>The calendar.</returns>
    public static WorkdayCalendar MapCalendar(IReadOnlyList<LocalDate?>? docs, string p)
    {
        if (docs is null)
        {
            return WorkdayCalendar.MondayToFriday;
        }

        var days = new List<LocalDate>(docs.Count);
        for (int i = 0; i < docs.Count; i++)
        {
            days.Add(docs[i] ?? throw Fail($"{p}[{i}]", "must be a date string \"yyyy-MM-dd\", not null"));
        }

        return Core(p, () => new WorkdayCalendar([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], days));
    }

    private static double? Rate(double? value, string path)
    {
        if (Finite(value, path) is not { } v)
        {
            return null;
        }

        return v > -1 ? v : throw Fail(path, $"must be greater than −1 (−100 %) (got {Num(v)})");
    }

    private static double? Finite(double? value, string path)
    {
        if (value is { } v)
        {
            Finite(v, path);
        }

        return value;
    }

    private static T Core<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException ex)
        {
            throw new InputValidationException(path, CoreMessage(ex), ex);
        }
    }

    private static string CoreMessage(ArgumentException ex)
    {
        string m = ex.Message;
        int cut = m.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut < 0 ? m : m[..cut];
    }
}

/// <summary>The KPI file mapping.</summary>
internal static partial class InputMapper
{
    /// <summary>Validates and maps a KPI file.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="asOfOverride">The <c>--as-of</c> date, which replaces the file's.</param>
    /// <returns>The file.</returns>
    /// <exception cref="InputValidationException">A rule is broken.</exception>
    public static LoadedKpiFile MapKpiFile(KpiFileDocument? doc, LocalDate? asOfOverride)
    {
        const string p = "$";
        if (doc is null)
        {
            throw Fail(p, "must be a JSON object");
        }

        LocalDate asOf = asOfOverride ?? doc.AsOf ?? throw Fail($"{p}.asOf", $"{Missing} (or pass --as-of yyyy-MM-dd)");
        KpiCatalog catalog = MapCatalog(doc.Definitions, $"{p}.definitions");
        IReadOnlyList<KpiSubjectDocument?> docs = NonEmptyArray(doc.Subjects, $"{p}.subjects");
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var subjects = ImmutableArray.CreateBuilder<LoadedKpiSubject>(docs.Count);
        for (int i = 0; i < docs.Count; i++)
        {
            string sp = $"{p}.subjects[{i}]";
            KpiSubjectDocument s = docs[i] ?? throw Fail(sp, "must be an object, not null");
            string id = RequiredText(s.Id, $"{sp}.id");
            if (!ids.TryAdd(id, i))
            {
                throw Fail($"{sp}.id", $"duplicate subject id \"{id}\"");
            }

            string name = s.Name is null ? id : RequiredText(s.Name, $"{sp}.name");
            string? parent = s.Parent is null ? null : RequiredText(s.Parent, $"{sp}.parent");
            double weight = NonNegative(s.Weight, $"{sp}.weight") ?? 1;

            // Observations after the as-of date are allowed here (an earlier --as-of looks back in time) and ignored.
            subjects.Add(new LoadedKpiSubject(
                id, name, parent, weight,
                MapTargetOverrides(s.Targets, $"{sp}.targets", catalog),
                MapObservations(s.Observations, $"{sp}.observations", id, LocalDate.MaxIsoValue, catalog)));
        }

        for (int i = 0; i < subjects.Count; i++)
        {
            if (subjects[i].Parent is { } parent && !ids.ContainsKey(parent))
            {
                throw Fail($"{p}.subjects[{i}].parent", $"unknown subject \"{parent}\" (declared: {string.Join(", ", ids.Keys)})");
            }
        }

        KpiHierarchy hierarchy = Core($"{p}.subjects", () => new KpiHierarchy(subjects.Select(s => new KpiHierarchyNode(s.Id, s.Parent, s.Weight))));
        return new LoadedKpiFile(asOf, catalog, subjects.ToImmutable(), hierarchy);
    }
}
