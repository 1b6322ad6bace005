using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using Pmo.Cli.Json;
using Pmo.Core.EarnedValue;
using Pmo.Core.Kpis.Flow;

namespace Pmo.Cli.Input;

/// <summary>
/// Validates input documents rule by rule, naming the JSON path of the first violation, and maps them to core types.
/// Any <see cref="ArgumentException"/> a core constructor still throws is mapped to the path being converted.
/// </summary>
internal static partial class InputMapper
{
    private const string Missing = "required property missing";

    /// <summary>Validates and maps a portfolio document.</summary>
    /// <param name="doc">The document (null when the file holds JSON <c>null</c>).</param>
    /// <returns>The portfolio.</returns>
    /// <exception cref="InputValidationException">A rule is broken.</exception>
    public static LoadedPortfolio MapPortfolio(PortfolioDocument? doc)
    {
        const string p = "$";
        if (doc is null)
        {
            throw Fail(p, "must be a JSON object");
        }

        string name = RequiredText(doc.Name, $"{p}.name");
        string currency = Currency(doc.Currency, $"{p}.currency", required: true)!;
        LocalDate statusDate = Required(doc.StatusDate, $"{p}.statusDate");

        var programmes = ImmutableArray.CreateBuilder<LoadedProgramme>();
        var programmeIds = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<ProgrammeDocument?> progs = NonEmptyArray(doc.Programmes, $"{p}.programmes");
        for (int i = 0; i < progs.Count; i++)
        {
            string pp = $"{p}.programmes[{i}]";
            ProgrammeDocument prog = progs[i] ?? throw Fail(pp, "must be an object, not null");
            string id = RequiredText(prog.Id, $"{pp}.id");
            if (!programmeIds.Add(id))
            {
                throw Fail($"{pp}.id", $"duplicate programme id \"{id}\"");
            }

            programmes.Add(new LoadedProgramme(id, RequiredText(prog.Name, $"{pp}.name")));
        }

        KpiCatalog catalog = MapCatalog(doc.KpiDefinitions, $"{p}.kpiDefinitions");
        WorkdayCalendar calendar = MapCalendar(doc.Holidays, $"{p}.holidays");
        var projects = ImmutableArray.CreateBuilder<LoadedProject>();
        var projectIds = new HashSet<string>(StringComparer.Ordinal);
        var riskIds = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<ProjectDocument?> projs = NonEmptyArray(doc.Projects, $"{p}.projects");
        for (int i = 0; i < projs.Count; i++)
        {
            string pp = $"{p}.projects[{i}]";
            LoadedProject project = MapProject(projs[i], pp, statusDate, currency, catalog);
            if (!projectIds.Add(project.Id))
            {
                throw Fail($"{pp}.id", $"duplicate project id \"{project.Id}\"");
            }

            if (project.Programme is null)
            {
                throw Fail($"{pp}.programme", Missing);
            }

            if (!programmeIds.Contains(project.Programme))
            {
                throw Fail($"{pp}.programme", $"unknown programme \"{project.Programme}\" (declared: {string.Join(", ", programmeIds)})");
            }

            for (int r = 0; r < project.Risks.Length; r++)
            {
                if (!riskIds.TryAdd(project.Risks[r].Id, project.Id))
                {
                    throw Fail($"{pp}.risks[{r}].id", $"duplicate risk id \"{project.Risks[r].Id}\" (also in project \"{riskIds[project.Risks[r].Id]}\"); risk ids are unique across the portfolio");
                }
            }

            projects.Add(project);
        }

        string riskModel = MapRiskModel(doc.RiskModel, $"{p}.riskModel");
        Pmo.Core.Risk.RiskScoringModel dimensions = Analysis.RiskModels.Create(riskModel, budget: 1, durationDays: 1); // the scales' dimensions only
        for (int i = 0; i < projects.Count; i++)
        {
            CheckImpactDimensions(projects[i].Risks, projs[i]?.Risks, dimensions, $"{p}.projects[{i}].risks");
        }

        return new LoadedPortfolio(name, currency, statusDate, programmes.ToImmutable(), projects.ToImmutable())
        {
            Catalog = catalog,
            Calendar = calendar,
            RiskModel = riskModel,
            RiskAppetite = MapAppetite(doc.RiskAppetite, $"{p}.riskAppetite"),
            Prioritization = doc.Prioritization is null ? null : MapPrioritization(doc.Prioritization, $"{p}.prioritization") with { Currency = currency },
            Resources = doc.Resources is null ? null : MapResources(doc.Resources, $"{p}.resources", projects, [.. doc.Holidays?.Select(h => h!.Value) ?? []]),
        };
    }

    /// <summary>Validates and maps a single-project document (the input of <c>pmo evm</c>).</summary>
    /// <param name="doc">The document.</param>
    /// <returns>The project.</returns>
    /// <exception cref="InputValidationException">A rule is broken.</exception>
    public static LoadedProject MapProject(ProjectDocument? doc) => MapProject(doc, "$", null, null, KpiCatalog.Library);

    private static LoadedProject MapProject(ProjectDocument? doc, string p, LocalDate? portfolioStatusDate, string? portfolioCurrency, KpiCatalog catalog)
    {
        if (doc is null)
        {
            throw Fail(p, "must be an object, not null");
        }

        string id = RequiredText(doc.Id, $"{p}.id");
        string name = RequiredText(doc.Name, $"{p}.name");
        string? programme = doc.Programme is null ? null : RequiredText(doc.Programme, $"{p}.programme");
        string? currency = Currency(doc.Currency, $"{p}.currency", required: false);
        if (portfolioCurrency is not null && currency is not null && currency != portfolioCurrency)
        {
            throw Fail($"{p}.currency", $"must equal the portfolio currency \"{portfolioCurrency}\" (got \"{currency}\")");
        }

        LocalDate statusDate = doc.StatusDate ?? portfolioStatusDate ?? throw Fail($"{p}.statusDate", Missing);
        double mr = NonNegative(doc.ManagementReserve, $"{p}.managementReserve") ?? 0;
        double ota = NonNegative(doc.OverTargetAmount, $"{p}.overTargetAmount") ?? 0;
        BudgetStructure budget = Guarded(p, () => new BudgetStructure(mr, ota));

        BaselineHistory baselines = MapBaselines(doc.Baselines, $"{p}.baselines");
        (ProjectStatus status, double? bottomUpEtc) = MapStatus(doc.Status, $"{p}.status", statusDate);
        EarnedValueOptions options = MapOptions(doc.Options, $"{p}.options", bottomUpEtc);
        ImmutableArray<Pmo.Core.Risk.RiskEntry> risks = MapRisks(doc.Risks, $"{p}.risks", id);
        return new LoadedProject(id, name, programme, currency ?? portfolioCurrency, baselines, status, budget, options)
        {
            Kpis = MapObservations(doc.Kpis, $"{p}.kpis", id, statusDate, catalog),
            KpiTargets = MapTargetOverrides(doc.KpiTargets, $"{p}.kpiTargets", catalog),
            Benefits = MapBenefits(doc.Benefits, $"{p}.benefits"),
            Flow = MapFlow(doc.Flow, $"{p}.flow", statusDate),
            Risks = risks,
            RiskSnapshots = MapSnapshots(doc.RiskSnapshots, $"{p}.riskSnapshots", risks),
            Schedule = MapProjectSchedule(doc.Schedule, p, name, baselines.Current.Baseline.Start, risks),
        };
    }

    private static BaselineHistory MapBaselines(IReadOnlyList<BaselineDocument?>? docs, string p)
    {
        IReadOnlyList<BaselineDocument?> list = NonEmptyArray(docs, p);
        var versions = new List<BaselineVersion>(list.Count);
        for (int j = 0; j < list.Count; j++)
        {
            string bp = $"{p}[{j}]";
            BaselineDocument b = list[j] ?? throw Fail(bp, "must be an object, not null");
            int version = Required(b.Version, $"{bp}.version");
            if (version < 1)
            {
                throw Fail($"{bp}.version", $"must be 1 or more (got {version})");
            }

            LocalDate approvedOn = Required(b.ApprovedOn, $"{bp}.approvedOn");
            if (j > 0)
            {
                BaselineVersion prev = versions[j - 1];
                if (version <= prev.Version)
                {
                    throw Fail($"{bp}.version", $"versions must increase ({version} follows {prev.Version})");
                }

                if (approvedOn < prev.ApprovedOn)
                {
                    throw Fail($"{bp}.approvedOn", $"dates must increase ({Iso(approvedOn)} is before version {prev.Version}'s {Iso(prev.ApprovedOn)})");
                }
            }

            string reason = b.Reason ?? string.Empty;
            TimePhasedBaseline baseline = MapPeriods(b, bp);
            versions.Add(Guarded(bp, () => new BaselineVersion(version, approvedOn, reason, baseline)));
        }

        return Guarded(p, () => new BaselineHistory(versions));
    }

    private static TimePhasedBaseline MapPeriods(BaselineDocument b, string bp)
    {
        LocalDate start = Required(b.Start, $"{bp}.start");
        bool cumulativeMode = b.PvMode switch
        {
            null or "period" => false,
            "cumulative" => true,
            _ => throw Fail($"{bp}.pvMode", $"must be \"period\" or \"cumulative\" (got \"{b.PvMode}\")"),
        };

        string pp = $"{bp}.periods";
        IReadOnlyList<PeriodDocument?> periods = NonEmptyArray(b.Periods, pp);
        var ends = new LocalDate[periods.Count];
        double[] values = new double[periods.Count];
        for (int k = 0; k < periods.Count; k++)
        {
            string kp = $"{pp}[{k}]";
            PeriodDocument period = periods[k] ?? throw Fail(kp, "must be an object, not null");
            LocalDate end = Required(period.End, $"{kp}.end");
            if (k == 0 && end < start)
            {
                throw Fail($"{kp}.end", $"must be on or after the baseline start {Iso(start)} (got {Iso(end)})");
            }

            if (k > 0 && end <= ends[k - 1])
            {
                throw Fail($"{kp}.end", $"dates must increase ({Iso(end)} is not after {Iso(ends[k - 1])})");
            }

            ends[k] = end;
            if (cumulativeMode)
            {
                if (period.Pv is not null)
                {
                    throw Fail($"{kp}.pv", "not allowed when pvMode is \"cumulative\" (use cumulativePv)");
                }

                double v = NonNegative(period.CumulativePv, $"{kp}.cumulativePv") ?? throw Fail($"{kp}.cumulativePv", Missing);
                if (k > 0 && v < values[k - 1])
                {
                    throw Fail($"{kp}.cumulativePv", $"cumulative values must not decrease ({Num(v)} is less than {Num(values[k - 1])})");
                }

                values[k] = v;
            }
            else
            {
                if (period.CumulativePv is not null)
                {
                    throw Fail($"{kp}.cumulativePv", "not allowed when pvMode is \"period\" (the default); set \"pvMode\": \"cumulative\" or use pv");
                }

                values[k] = NonNegative(period.Pv, $"{kp}.pv") ?? throw Fail($"{kp}.pv", Missing);
            }
        }

        double bac = cumulativeMode ? values[^1] : values.Sum();
        if (!(bac > 0) || !double.IsFinite(bac))
        {
            throw Fail(pp, $"the baseline must plan a finite, positive total (BAC = {Num(bac)})");
        }

        return Guarded(pp, () => cumulativeMode
            ? TimePhasedBaseline.FromCumulativeValues(start, ends, values)
            : TimePhasedBaseline.FromPeriodValues(start, ends, values));
    }

    private static (ProjectStatus Status, double? BottomUpEtc) MapStatus(StatusDocument? s, string p, LocalDate statusDate)
    {
        if (s is null)
        {
            throw Fail(p, Missing);
        }

        double ev = NonNegative(s.Ev, $"{p}.ev") ?? throw Fail($"{p}.ev", Missing);
        double ac = NonNegative(s.Ac, $"{p}.ac") ?? throw Fail($"{p}.ac", Missing);
        double? etc = NonNegative(s.BottomUpEtc, $"{p}.bottomUpEtc");
        var current = new StatusPoint(statusDate, ev, ac);
        var history = new List<StatusPoint>();
        if (s.History is { } h)
        {
            for (int i = 0; i < h.Count; i++)
            {
                string hp = $"{p}.history[{i}]";
                StatusPointDocument point = h[i] ?? throw Fail(hp, "must be an object, not null");
                LocalDate date = Required(point.Date, $"{hp}.date");
                double hev = NonNegative(point.Ev, $"{hp}.ev") ?? throw Fail($"{hp}.ev", Missing);
                double hac = NonNegative(point.Ac, $"{hp}.ac") ?? throw Fail($"{hp}.ac", Missing);
                if (i > 0 && date <= history[i - 1].Date)
                {
                    throw Fail($"{hp}.date", $"dates must increase ({Iso(date)} is not after {Iso(history[i - 1].Date)})");
                }

                if (date > statusDate)
                {
                    throw Fail($"{hp}.date", $"must not be after the status date {Iso(statusDate)} (got {Iso(date)})");
                }

                if (date == statusDate && (hev != ev || hac != ac))
                {
                    throw Fail(hp, $"a history point on the status date {Iso(statusDate)} must equal status.ev and status.ac");
                }

                history.Add(new StatusPoint(date, hev, hac));
            }
        }

        ProjectStatus status = Guarded(p, () => new ProjectStatus(current, history));
        if (s.ActualFinish is { } finish)
        {
            if (finish > statusDate)
            {
                throw Fail($"{p}.actualFinish", $"must not be after the status date {Iso(statusDate)} (got {Iso(finish)})");
            }

            status = status.WithActualFinish(finish);
        }

        return (status, etc);
    }

    private static EarnedValueOptions MapOptions(OptionsDocument? o, string p, double? bottomUpEtc)
    {
        if (o is null)
        {
            return bottomUpEtc is null ? EarnedValueOptions.Default : new EarnedValueOptions { BottomUpEstimateToComplete = bottomUpEtc };
        }

        var defaults = EarnedValueOptions.Default;
        double weight = InRange(o.CompositeCpiWeight, $"{p}.compositeCpiWeight", 0, 1, inclusive: true) ?? defaults.CompositeCpiWeight;
        int window = o.MovingWindow ?? defaults.MovingWindow;
        if (window < 1)
        {
            throw Fail($"{p}.movingWindow", $"must be 1 or more (got {window})");
        }

        double threshold = Positive(o.EacRealismThreshold, $"{p}.eacRealismThreshold") ?? defaults.EacRealismThreshold;
        double confidence = InRange(o.ConfidenceLevel, $"{p}.confidenceLevel", 0, 1, inclusive: false) ?? defaults.ConfidenceLevel;
        double band = Positive(o.CpiStabilityBand, $"{p}.cpiStabilityBand") ?? defaults.CpiStabilityBand;
        EacMethod primaryEac = o.PrimaryEac is null ? defaults.PrimaryEacMethod : ParseEnum<EacMethod>(o.PrimaryEac, $"{p}.primaryEac");
        DurationForecastMethod primaryDuration = o.PrimaryDuration is null ? defaults.PrimaryDurationMethod : ParseEnum<DurationForecastMethod>(o.PrimaryDuration, $"{p}.primaryDuration");
        return Guarded(p, () => new EarnedValueOptions
        {
            CompositeCpiWeight = weight,
            MovingWindow = window,
            EacRealismThreshold = threshold,
            ConfidenceLevel = confidence,
            CpiStabilityBand = band,
            PrimaryEacMethod = primaryEac,
            PrimaryDurationMethod = primaryDuration,
            BottomUpEstimateToComplete = bottomUpEtc,
        });
    }

    /// <summary>Gets the contract name of an enum member: its camelCase name (<c>SpiT</c> → <c>spiT</c>).</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>The name.</returns>
    public static string ContractName<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static T ParseEnum<T>(string text, string path)
        where T : struct, Enum
    {
        foreach (T value in Enum.GetValues<T>())
        {
            if (string.Equals(ContractName(value), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        string allowed = string.Join(", ", Enum.GetValues<T>().Select(v => $"\"{ContractName(v)}\""));
        throw Fail(path, $"must be one of {allowed} (got \"{text}\")");
    }

    private static T Required<T>(T? value, string path)
        where T : struct => value ?? throw Fail(path, Missing);

    private static string RequiredText(string? value, string path)
    {
        if (value is null)
        {
            throw Fail(path, Missing);
        }

        return string.IsNullOrWhiteSpace(value) ? throw Fail(path, "must not be empty") : value;
    }

    private static string? Currency(string? value, string path, bool required)
    {
        if (value is null)
        {
            return required ? throw Fail(path, Missing) : null;
        }

        return CurrencyCode().IsMatch(value) ? value : throw Fail(path, $"must be a three-letter ISO 4217 code such as \"EUR\" (got \"{value}\")");
    }

    private static IReadOnlyList<T> NonEmptyArray<T>(IReadOnlyList<T>? value, string path)
    {
        if (value is null)
        {
            throw Fail(path, Missing);
        }

        return value.Count == 0 ? throw Fail(path, "must contain at least one item") : value;
    }

    private static double? NonNegative(double? value, string path)
    {
        if (value is not { } v)
        {
            return null;
        }

        Finite(v, path);
        return v < 0 ? throw Fail(path, $"must be zero or positive (got {Num(v)})") : v;
    }

    private static double? Positive(double? value, string path)
    {
        if (value is not { } v)
        {
            return null;
        }

        Finite(v, path);
        return v <= 0 ? throw Fail(path, $"must be greater than zero (got {Num(v)})") : v;
    }

    private static double? InRange(double? value, string path, double low, double high, bool inclusive)
    {
        if (value is not { } v)
        {
            return null;
        }

        Finite(v, path);
        bool ok = inclusive ? v >= low && v <= high : v > low && v < high;
        return ok ? v : throw Fail(path, inclusive
            ? $"must be between {Num(low)} and {Num(high)} inclusive (got {Num(v)})"
            : $"must be strictly between {Num(low)} and {Num(high)} (got {Num(v)})");
    }

    private static void Finite(double v, string path)
    {
        if (!double.IsFinite(v))
        {
            throw Fail(path, "must be a finite number");
        }
    }

    private static T Guarded<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException ex)
        {
            throw new InputValidationException(path, ex.Message, ex);
        }
    }

    private static InputValidationException Fail(string path, string rule) => new(path, rule);

    private static string Iso(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyCode();
}
