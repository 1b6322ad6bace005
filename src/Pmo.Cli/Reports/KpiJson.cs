using System.Collections.Immutable;
using NodaTime;
using Pmo.Cli.Analysis;
using Pmo.Cli.Input;
using Pmo.Cli.Json;
using Pmo.Core.Common;
using Pmo.Core.Kpis;
using Pmo.Core.Kpis.Flow;

namespace Pmo.Cli.Reports;

/// <summary>Maps KPI, benefits and flow results to the output contract.</summary>
internal static class KpiJson
{
    public static KpiSectionJson Section(PortfolioResult result) => new()
    {
        DerivedFromEarnedValue = KpiAnalysis.EarnedValueKpis,
        ForecastHorizonDays = KpiAnalysis.DefaultForecast.HorizonDays,
        ForecastTrendPoints = KpiAnalysis.DefaultForecast.TrendPoints,
        Definitions = [.. result.Kpis.KpiIds.Select(id => Definition(result.Portfolio.Catalog, id))],
        Scorecards = [.. result.Kpis.Projects.Select(Scorecard)],
        Rollups = [.. result.Kpis.Rollups.Select(Rollup)],
    };

    public static KpiDefinitionJson Definition(KpiCatalog catalog, string id)
    {
        KpiDefinition d = KpiAnalysis.Definition(catalog, id);
        return new KpiDefinitionJson
        {
            Id = d.Id,
            Name = d.Name,
            Unit = d.Unit,
            Precision = d.DisplayPrecision,
            Description = d.Description,
            Direction = KpiFmt.Name(d.Direction.Kind),
            Range = d.Direction.Kind == KpiDirectionKind.TargetBand ? new KpiRangeJson { Low = d.Direction.Low, High = d.Direction.High } : null,
            BandMode = KpiFmt.Name(d.BandMode),
            Aggregation = KpiFmt.Name(d.Aggregation),
            MissingData = KpiFmt.Name(d.MissingData.Kind),
            MaxAgeDays = d.MissingData.Kind == MissingDataKind.CarryForwardLast ? d.MissingData.MaxAgeDays : null,
            Scale = d.Scale?.Id,
            Bands =
            [
                .. (d.Bands?.Bands ?? []).Select(b => new KpiBandJson
                {
                    Lower = double.IsFinite(b.Lower) ? b.Lower : null,
                    LowerInclusive = b.LowerInclusive,
                    Upper = double.IsFinite(b.Upper) ? b.Upper : null,
                    UpperInclusive = b.UpperInclusive,
                    Status = b.Level.Id,
                }),
            ],
            Targets = [.. d.Targets.Targets.Select(t => new KpiTargetJson { EffectiveFrom = t.EffectiveFrom == LocalDate.MinIsoValue ? null : t.EffectiveFrom, Value = t.Value })],
            Custom = catalog.CustomIds.Contains(d.Id),
        };
    }

    public static ScorecardJson Scorecard(SubjectKpis s) => new()
    {
        SubjectId = s.SubjectId,
        AsOf = s.Scorecard.AsOf,
        Overall = StatusRollup(s.Scorecard.Overall),
        Health = s.Health is not { } h ? null : new HealthJson
        {
            Score = h.Score,
            Status = h.Status?.Id,
            UncappedStatus = h.UncappedStatus?.Id,
            Coverage = h.Coverage,
            VetoApplied = h.VetoApplied,
            VetoTriggeredBy = h.VetoTriggeredBy,
        },
        Kpis = [.. s.Scorecard.Evaluations.Select(Evaluation)],
    };

    public static KpiEvaluationJson Evaluation(KpiEvaluation e) => new()
    {
        Kpi = e.KpiId,
        Name = e.Definition.Name,
        Unit = e.Definition.Unit,
        Value = e.Value,
        ValueDate = e.ValueDate,
        ValueSource = KpiFmt.Name(e.ValueSource),
        Target = e.Target?.Value,
        BandInput = e.BandInput,
        StatusKind = KpiFmt.Name(e.StatusKind),
        Status = e.Status?.Id,
        PreviousValue = e.PreviousValue,
        PreviousDate = e.PreviousDate,
        PreviousStatus = e.PreviousStatus?.Id,
        Change = e.Change,
        Trend = KpiFmt.Name(e.Trend),
        Forecast = e.Forecast is not { } f ? null : new KpiForecastJson
        {
            Method = KpiFmt.Name(f.Method),
            Date = f.Date,
            Value = f.Value,
            SlopePerDay = f.SlopePerDay,
            PointsUsed = f.PointsUsed,
            Target = f.Target?.Value,
            Status = f.Status?.Id,
            Breach = f.Breach,
        },
        ForecastBreach = e.ForecastBreach,
        Diagnostics = Diagnostics(e.Diagnostics),
    };

    public static StatusRollupJson? StatusRollup(StatusRollupResult? r) => r is null ? null : new StatusRollupJson
    {
        Rule = KpiFmt.Name(r.Rule.Kind),
        Status = r.Level?.Id,
        Counts = [.. r.Scale.Levels.Select((l, i) => new StatusCountJson { Status = l.Id, Count = r.Counts[i] })],
        UnknownCount = r.UnknownCount,
    };

    public static KpiRollupNodeJson Rollup(KpiRollupView v) => new()
    {
        Id = v.DisplayId,
        Name = v.Name,
        Kpis =
        [
            .. v.Rows.Select(r => new KpiRollupValueJson
            {
                Kpi = r.Definition.Id,
                Rule = KpiFmt.Name(r.Node.Aggregate.Rule),
                Value = r.Node.Value,
                Numerator = r.Node.Aggregate.Numerator,
                Denominator = r.Node.Aggregate.Denominator,
                Count = r.Node.Aggregate.Count,
                MissingCount = r.Node.Aggregate.MissingCount,
                Target = r.Node.Evaluation.Target?.Value,
                Status = r.Node.Evaluation.Status?.Id,
                Members = StatusRollup(r.Members),
            }),
        ],
    };

    public static SpcChartJson Chart(SpcChart c) => new()
    {
        SubjectId = c.SubjectId,
        Kpi = c.Definition.Id,
        RuleSets = KpiFmt.Name(SpcAnalysis.RuleSets),
        Direction = KpiFmt.Name(c.Direction),
        Points = c.Dates.Length,
        From = c.Dates[0],
        To = c.Dates[^1],
        Centre = c.Phase.Centre,
        LowerLimit = c.Phase.LowerLimit,
        UpperLimit = c.Phase.UpperLimit,
        Latest = c.Chart.Values[^1],
        Target = c.Target,
        Assurance = KpiFmt.Name(c.Assurance),
        Signals =
        [
            .. c.Groups.Select(g => new SpcSignalJson
            {
                Rule = g.RuleId,
                Interpretation = KpiFmt.Name(g.Interpretation),
                Side = KpiFmt.Name(g.Side),
                From = g.From,
                To = g.To,
                Points = g.Points,
            }),
        ],
    };

    public static BenefitsSectionJson Benefits(PortfolioResult result) => new()
    {
        Projects = [.. result.Benefits.Select(Benefits)],
        Programmes =
        [
            .. result.Programmes
                .Select(g => (g.Programme.Id, Members: result.Benefits.Where(b => g.Projects.Any(p => p.Project.Id == b.ProjectId)).ToList()))
                .Where(x => x.Members.Count > 0)
                .Select(x => new NpvTotalJson { Id = x.Id, NetPresentValue = x.Members.Sum(b => b.HeadlineNpv ?? 0) }),
        ],
        TotalNetPresentValue = result.Benefits.IsEmpty ? null : result.Benefits.Sum(b => b.HeadlineNpv ?? 0),
    };

    private static BenefitsJson Benefits(BenefitsResult b) => new()
    {
        ProjectId = b.ProjectId,
        DiscountRate = b.Input.DiscountRate,
        Convention = KpiFmt.Name(b.Input.Convention),
        FinanceRate = b.Input.FinanceRate,
        ReinvestRate = b.Input.ReinvestRate,
        NetPresentValue = b.NetPresentValue,
        Irr = b.Irr is not { } irr ? null : new IrrJson
        {
            Rate = irr.Rate,
            Roots = [.. irr.Roots.Select(r => new IrrRootJson { Rate = r.Rate, Multiplicity = r.Multiplicity })],
            SignChanges = irr.SignChanges,
        },
        ModifiedInternalRateOfReturn = b.Mirr,
        PaybackYears = b.Payback?.Periods,
        DiscountedPaybackYears = b.DiscountedPayback?.Periods,
        ReturnOnInvestment = b.ReturnOnInvestment?.Value,
        BenefitCostRatio = b.BenefitCostRatio?.Value,
        ProfitabilityIndex = b.ProfitabilityIndex?.Value,
        DatedNetPresentValue = b.DatedNetPresentValue,
        Xirr = b.Xirr?.Rate,
        Diagnostics = Diagnostics([
            .. b.Irr?.Diagnostics ?? [], .. b.Payback?.Diagnostics ?? [], .. b.DiscountedPayback?.Diagnostics ?? [],
            .. b.ReturnOnInvestment?.Diagnostics ?? [], .. b.BenefitCostRatio?.Diagnostics ?? [], .. b.ProfitabilityIndex?.Diagnostics ?? [],
            .. b.Xirr?.Diagnostics ?? []]),
    };

    public static DeliveryForecastJson Flow(FlowResult f) => new()
    {
        ProjectId = f.ProjectId,
        AsOf = f.AsOf,
        Finished = f.Finished,
        InProgress = f.InProgress,
        OldestAgeDays = f.OldestAge,
        MedianCycleTimeDays = f.MedianCycleTime,
        SlePercentile = f.ServiceLevel.Percentile,
        SleDays = f.ServiceLevel.Days,
        SleAttainment = f.ServiceLevel.Attainment,
        ThroughputFrom = f.ThroughputFrom,
        ThroughputPerWeek = f.WeeklyThroughput.Mean,
        ThroughputPerWorkingDay = f.MeanDailyThroughput,
        RemainingMin = f.Input.Remaining.Minimum,
        RemainingMax = f.Input.Remaining.Maximum,
        RemainingSource = f.Input.RemainingSource,
        Status = KpiFmt.Name(f.Forecast.Status),
        Start = f.Forecast.Start,
        Trials = f.Input.Trials,
        Seed = f.Input.Seed,
        Percentiles = [.. FlowResult.Confidences.Select(c => new ForecastPercentileJson { Confidence = c, DoneOnOrBefore = f.Forecast.Status == ForecastStatus.Simulated ? f.Forecast.DateAt(c) : null })],
        PlannedFinish = f.PlannedFinish,
        ProbabilityByPlannedFinish = f.ProbabilityByPlannedFinish,
        Diagnostics = Diagnostics([.. f.ServiceLevel.Diagnostics, .. f.WeeklyThroughput.Diagnostics, .. f.Forecast.Diagnostics]),
    };

    public static ImmutableArray<DiagnosticJson> Diagnostics(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => new DiagnosticJson { Kind = InputMapper.ContractName(d.Kind), Metric = d.Metric, Message = d.Message })];
}
