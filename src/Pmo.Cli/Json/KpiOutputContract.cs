using NodaTime;

namespace Pmo.Cli.Json;

// The KPI, SPC, benefits and flow parts of the output contract (schemaVersion 1, additive: documents written before
// issue 3 simply lack these properties). Undefined values are null, never 0, NaN or infinity; open band ends are null.

/// <summary>The document written by <c>pmo kpi --format json</c>.</summary>
internal sealed class KpiReportJson
{
    public int SchemaVersion { get; init; } = 1;

    public string Kind { get; init; } = "kpi";

    public required string Source { get; init; }

    public required LocalDate AsOf { get; init; }

    public required IReadOnlyList<KpiDefinitionJson> Definitions { get; init; }

    public required IReadOnlyList<KpiSubjectJson> Subjects { get; init; }

    public required IReadOnlyList<KpiRollupNodeJson> Rollups { get; init; }

    public required IReadOnlyList<SpcChartJson> Spc { get; init; }
}

internal sealed class KpiSubjectJson
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string? Parent { get; init; }

    public required ScorecardJson? Scorecard { get; init; }
}

/// <summary>The KPI section of <c>pmo report --format json</c>.</summary>
internal sealed class KpiSectionJson
{
    public required IReadOnlyList<string> DerivedFromEarnedValue { get; init; }

    public required int ForecastHorizonDays { get; init; }

    public required int ForecastTrendPoints { get; init; }

    public required IReadOnlyList<KpiDefinitionJson> Definitions { get; init; }

    public required IReadOnlyList<ScorecardJson> Scorecards { get; init; }

    public required IReadOnlyList<KpiRollupNodeJson> Rollups { get; init; }
}

internal sealed class KpiDefinitionJson
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Unit { get; init; }

    public required int Precision { get; init; }

    public required string Description { get; init; }

    public required string Direction { get; init; }

    public required KpiRangeJson? Range { get; init; }

    public required string BandMode { get; init; }

    public required string Aggregation { get; init; }

    public required string MissingData { get; init; }

    public required int? MaxAgeDays { get; init; }

    public required string? Scale { get; init; }

    public required IReadOnlyList<KpiBandJson> Bands { get; init; }

    public required IReadOnlyList<KpiTargetJson> Targets { get; init; }

    public required bool Custom { get; init; }
}

internal sealed class KpiRangeJson
{
    public required double Low { get; init; }

    public required double High { get; init; }
}

internal sealed class KpiBandJson
{
    public required double? Lower { get; init; }

    public required bool LowerInclusive { get; init; }

    public required double? Upper { get; init; }

    public required bool UpperInclusive { get; init; }

    public required string Status { get; init; }
}

internal sealed class KpiTargetJson
{
    public required LocalDate? EffectiveFrom { get; init; }

    public required double Value { get; init; }
}

internal sealed class ScorecardJson
{
    public required string SubjectId { get; init; }

    public required LocalDate AsOf { get; init; }

    public required StatusRollupJson? Overall { get; init; }

    public required HealthJson? Health { get; init; }

    public required IReadOnlyList<KpiEvaluationJson> Kpis { get; init; }
}

internal sealed class StatusRollupJson
{
    public required string Rule { get; init; }

    public required string? Status { get; init; }

    public required IReadOnlyList<StatusCountJson> Counts { get; init; }

    public required int UnknownCount { get; init; }
}

internal sealed class StatusCountJson
{
    public required string Status { get; init; }

    public required int Count { get; init; }
}

internal sealed class HealthJson
{
    public required double? Score { get; init; }

    public required string? Status { get; init; }

    public required string? UncappedStatus { get; init; }

    public required double Coverage { get; init; }

    public required bool VetoApplied { get; init; }

    public required IReadOnlyList<string> VetoTriggeredBy { get; init; }
}

internal sealed class KpiEvaluationJson
{
    public required string Kpi { get; init; }

    public required string Name { get; init; }

    public required string Unit { get; init; }

    public required double? Value { get; init; }

    public required LocalDate? ValueDate { get; init; }

    public required string ValueSource { get; init; }

    public required double? Target { get; init; }

    public required double? BandInput { get; init; }

    public required string StatusKind { get; init; }

    public required string? Status { get; init; }

    public required double? PreviousValue { get; init; }

    public required LocalDate? PreviousDate { get; init; }

    public required string? PreviousStatus { get; init; }

    public required double? Change { get; init; }

    public required string Trend { get; init; }

    public required KpiForecastJson? Forecast { get; init; }

    public required bool ForecastBreach { get; init; }

    public required IReadOnlyList<DiagnosticJson> Diagnostics { get; init; }
}

internal sealed class KpiForecastJson
{
    public required string Method { get; init; }

    public required LocalDate Date { get; init; }

    public required double Value { get; init; }

    public required double? SlopePerDay { get; init; }

    public required int PointsUsed { get; init; }

    public required double? Target { get; init; }

    public required string? Status { get; init; }

    public required bool Breach { get; init; }
}

internal sealed class KpiRollupNodeJson
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<KpiRollupValueJson> Kpis { get; init; }
}

internal sealed class KpiRollupValueJson
{
    public required string Kpi { get; init; }

    public required string Rule { get; init; }

    public required double? Value { get; init; }

    public required double? Numerator { get; init; }

    public required double? Denominator { get; init; }

    public required int Count { get; init; }

    public required int MissingCount { get; init; }

    public required double? Target { get; init; }

    public required string? Status { get; init; }

    public required StatusRollupJson? Members { get; init; }
}

/// <summary>One control chart (XmR) of a KPI history with its signals and assurance.</summary>
internal sealed class SpcChartJson
{
    public required string SubjectId { get; init; }

    public required string Kpi { get; init; }

    public required string RuleSets { get; init; }

    public required string Direction { get; init; }

    public required int Points { get; init; }

    public required LocalDate From { get; init; }

    public required LocalDate To { get; init; }

    public required double? Centre { get; init; }

    public required double? LowerLimit { get; init; }

    public required double? UpperLimit { get; init; }

    public required double? Latest { get; init; }

    public required double? Target { get; init; }

    public required string Assurance { get; init; }

    public required IReadOnlyList<SpcSignalJson> Signals { get; init; }
}

internal sealed class SpcSignalJson
{
    public required string Rule { get; init; }

    public required string Interpretation { get; init; }

    public required string Side { get; init; }

    public required LocalDate From { get; init; }

    public required LocalDate To { get; init; }

    public required int Points { get; init; }
}

internal sealed class BenefitsSectionJson
{
    public required IReadOnlyList<BenefitsJson> Projects { get; init; }

    public required IReadOnlyList<NpvTotalJson> Programmes { get; init; }

    public required double? TotalNetPresentValue { get; init; }
}

internal sealed class NpvTotalJson
{
    public required string Id { get; init; }

    public required double NetPresentValue { get; init; }
}

internal sealed class BenefitsJson
{
    public required string ProjectId { get; init; }

    public required double DiscountRate { get; init; }

    public required string Convention { get; init; }

    public required double FinanceRate { get; init; }

    public required double ReinvestRate { get; init; }

    public required double? NetPresentValue { get; init; }

    public required IrrJson? Irr { get; init; }

    public required double? ModifiedInternalRateOfReturn { get; init; }

    public required double? PaybackYears { get; init; }

    public required double? DiscountedPaybackYears { get; init; }

    public required double? ReturnOnInvestment { get; init; }

    public required double? BenefitCostRatio { get; init; }

    public required double? ProfitabilityIndex { get; init; }

    public required double? DatedNetPresentValue { get; init; }

    public required double? Xirr { get; init; }

    public required IReadOnlyList<DiagnosticJson> Diagnostics { get; init; }
}

internal sealed class IrrJson
{
    public required double? Rate { get; init; }

    public required IReadOnlyList<IrrRootJson> Roots { get; init; }

    public required int SignChanges { get; init; }
}

internal sealed class IrrRootJson
{
    public required double Rate { get; init; }

    public required int Multiplicity { get; init; }
}

internal sealed class DeliveryForecastJson
{
    public required string ProjectId { get; init; }

    public required LocalDate AsOf { get; init; }

    public required int Finished { get; init; }

    public required int InProgress { get; init; }

    public required int? OldestAgeDays { get; init; }

    public required double? MedianCycleTimeDays { get; init; }

    public required double SlePercentile { get; init; }

    public required double? SleDays { get; init; }

    public required double? SleAttainment { get; init; }

    public required LocalDate ThroughputFrom { get; init; }

    public required double ThroughputPerWeek { get; init; }

    public required double ThroughputPerWorkingDay { get; init; }

    public required int RemainingMin { get; init; }

    public required int RemainingMax { get; init; }

    public required string RemainingSource { get; init; }

    public required string Status { get; init; }

    public required LocalDate Start { get; init; }

    public required int Trials { get; init; }

    public required ulong Seed { get; init; }

    public required IReadOnlyList<ForecastPercentileJson> Percentiles { get; init; }

    public required LocalDate PlannedFinish { get; init; }

    public required double? ProbabilityByPlannedFinish { get; init; }

    public required IReadOnlyList<DiagnosticJson> Diagnostics { get; init; }
}

internal sealed class ForecastPercentileJson
{
    public required double Confidence { get; init; }

    public required LocalDate? DoneOnOrBefore { get; init; }
}
