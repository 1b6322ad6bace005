using NodaTime;

namespace Pmo.Cli.Json;

// The output contract of `--format json` (schemaVersion 1). Names are the core's property names in camelCase;
// undefined metrics are null, never 0, NaN or infinity; amounts are unrounded doubles. Method and kind names use the
// same camelCase names as the input options (for example "cpi", "earnedScheduleSpiT").

/// <summary>The document written by <c>pmo report --format json</c>.</summary>
internal sealed class PortfolioReportJson
{
    public int SchemaVersion { get; init; } = 1;

    public string Kind { get; init; } = "portfolio";

    public required PortfolioHeaderJson Portfolio { get; init; }

    public required IReadOnlyList<ProgrammeJson> Programmes { get; init; }

    public required RollupJson Total { get; init; }

    public required IReadOnlyList<ProjectJson> Projects { get; init; }

    public required KpiSectionJson Kpis { get; init; }

    public required IReadOnlyList<SpcChartJson> Spc { get; init; }

    public required BenefitsSectionJson Benefits { get; init; }

    public required IReadOnlyList<DeliveryForecastJson> DeliveryForecasts { get; init; }

    public required RiskSectionJson? Risks { get; init; }

    public required PrioritizationJson? Prioritization { get; init; }

    public required ScheduleRiskSectionJson? ScheduleRisk { get; init; }

    public required CapacitySectionJson? Capacity { get; init; }
}

/// <summary>The document written by <c>pmo evm --format json</c>.</summary>
internal sealed class ProjectReportJson
{
    public int SchemaVersion { get; init; } = 1;

    public string Kind { get; init; } = "project";

    public required string Source { get; init; }

    public required ProjectJson Project { get; init; }
}

internal sealed class PortfolioHeaderJson
{
    public required string Name { get; init; }

    public required string Currency { get; init; }

    public required LocalDate StatusDate { get; init; }

    public required string Source { get; init; }
}

internal sealed class ProgrammeJson
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<string> ProjectIds { get; init; }

    public required RollupJson? Rollup { get; init; }
}

internal sealed class RollupJson
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Method { get; init; }

    public required IReadOnlyList<string> ProjectIds { get; init; }

    public required double BudgetAtCompletion { get; init; }

    public required double PlannedValue { get; init; }

    public required double EarnedValue { get; init; }

    public required double ActualCost { get; init; }

    public required double CostVariance { get; init; }

    public required double ScheduleVariance { get; init; }

    public required double? CostPerformanceIndex { get; init; }

    public required double? SchedulePerformanceIndex { get; init; }

    public required double? SchedulePerformanceIndexTime { get; init; }

    public required double? EarnedSchedule { get; init; }

    public required double? ActualTime { get; init; }

    public required double? EstimateAtCompletion { get; init; }

    public required double? VarianceAtCompletion { get; init; }

    public required double? ToCompletePerformanceIndex { get; init; }

    public required LocalDate? ForecastFinish { get; init; }

    public required string StatusWord { get; init; }

    public required AnalysisJson? Analysis { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }
}

internal sealed class ProjectJson
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string? Programme { get; init; }

    public required string? Currency { get; init; }

    public required string StatusWord { get; init; }

    public required double ManagementReserve { get; init; }

    public required double OverTargetAmount { get; init; }

    public required BaselineHistoryJson BaselineHistory { get; init; }

    public required OptionsJson Options { get; init; }

    public required AnalysisJson Analysis { get; init; }
}

internal sealed class BaselineHistoryJson
{
    public required bool IsRebaselined { get; init; }

    public required int CurrentVersion { get; init; }

    public required double BudgetChange { get; init; }

    public required int PlannedFinishChangeDays { get; init; }

    public required IReadOnlyList<BaselineVersionJson> Versions { get; init; }
}

internal sealed class BaselineVersionJson
{
    public required int Version { get; init; }

    public required LocalDate ApprovedOn { get; init; }

    public required string Reason { get; init; }

    public required LocalDate Start { get; init; }

    public required LocalDate PlannedFinish { get; init; }

    public required int PeriodCount { get; init; }

    public required double BudgetAtCompletion { get; init; }
}

internal sealed class OptionsJson
{
    public required double CompositeCpiWeight { get; init; }

    public required int MovingWindow { get; init; }

    public required double EacRealismThreshold { get; init; }

    public required string PrimaryEac { get; init; }

    public required string PrimaryDuration { get; init; }

    public required double ConfidenceLevel { get; init; }

    public required double CpiStabilityBand { get; init; }

    public required double? BottomUpEtc { get; init; }
}

internal sealed class AnalysisJson
{
    public required LocalDate StatusDate { get; init; }

    public required double BudgetAtCompletion { get; init; }

    public required double ManagementReserve { get; init; }

    public required double ContractBudgetBase { get; init; }

    public required double TotalAllocatedBudget { get; init; }

    public required double PlannedValue { get; init; }

    public required double EarnedValue { get; init; }

    public required double ActualCost { get; init; }

    public required double CostVariance { get; init; }

    public required double ScheduleVariance { get; init; }

    public required double? CostVariancePercent { get; init; }

    public required double? ScheduleVariancePercent { get; init; }

    public required double? CostPerformanceIndex { get; init; }

    public required double? SchedulePerformanceIndex { get; init; }

    public required double? CostScheduleIndex { get; init; }

    public required double PercentComplete { get; init; }

    public required double PercentSpent { get; init; }

    public required double PercentScheduled { get; init; }

    public required double BudgetedCostOfWorkRemaining { get; init; }

    public required double? ToCompletePerformanceIndexToBac { get; init; }

    public required double? ToCompletePerformanceIndexToTab { get; init; }

    public required string PrimaryEacMethod { get; init; }

    public required double? EacRangeLow { get; init; }

    public required double? EacRangeHigh { get; init; }

    public required IReadOnlyList<EacForecastJson> EacForecasts { get; init; }

    public required ScheduleJson Schedule { get; init; }

    public required PeriodIndicesJson? PeriodIndices { get; init; }

    public required CpiStabilityJson? CpiStability { get; init; }

    public required StatisticalForecastJson? StatisticalForecast { get; init; }

    public required IReadOnlyList<DiagnosticJson> Diagnostics { get; init; }
}

internal sealed class EacForecastJson
{
    public required string Method { get; init; }

    public required double? PerformanceFactor { get; init; }

    public required double? EstimateAtCompletion { get; init; }

    public required double? EstimateToComplete { get; init; }

    public required double? VarianceAtCompletion { get; init; }

    public required double? VarianceAtCompletionPercent { get; init; }

    public required double? ToCompletePerformanceIndex { get; init; }

    public required bool? IsRealistic { get; init; }
}

internal sealed class ScheduleJson
{
    public required double ActualTime { get; init; }

    public required double PlannedDuration { get; init; }

    public required double EarnedSchedule { get; init; }

    public required int CompletedPeriods { get; init; }

    public required double Interpolation { get; init; }

    public required double PlannedValueAtCompleted { get; init; }

    public required double? PlannedValueAtNext { get; init; }

    public required LocalDate EarnedScheduleDate { get; init; }

    public required double ScheduleVariance { get; init; }

    public required double? SchedulePerformanceIndex { get; init; }

    public required double? ToCompleteSchedulePerformanceIndex { get; init; }

    public required double? ToCompleteSchedulePerformanceIndexToEstimate { get; init; }

    public required string PrimaryMethod { get; init; }

    public required IReadOnlyList<DurationForecastJson> Forecasts { get; init; }
}

internal sealed class DurationForecastJson
{
    public required string Method { get; init; }

    public required double? PerformanceFactor { get; init; }

    public required double? Duration { get; init; }

    public required LocalDate? FinishDate { get; init; }

    public required double? VarianceAtCompletion { get; init; }
}

internal sealed class PeriodIndicesJson
{
    public required int PeriodCount { get; init; }

    public required int Window { get; init; }

    public required double? PeriodCpi { get; init; }

    public required double? PeriodSpi { get; init; }

    public required double? PeriodSpiT { get; init; }

    public required double? MovingCpi { get; init; }

    public required double? MovingSpi { get; init; }
}

internal sealed class CpiStabilityJson
{
    public required double ReferencePercentComplete { get; init; }

    public required double ReferenceCpi { get; init; }

    public required double MaximumDeviation { get; init; }

    public required double Band { get; init; }

    public required bool IsStable { get; init; }
}

internal sealed class StatisticalForecastJson
{
    public required double ConfidenceLevel { get; init; }

    public required double CriticalValue { get; init; }

    public required double TotalPeriods { get; init; }

    public required int CostPeriods { get; init; }

    public required int ExcludedCostPeriods { get; init; }

    public required double? CostLogStandardDeviation { get; init; }

    public required double? CostAdjustmentFactor { get; init; }

    public required double? CpiLow { get; init; }

    public required double? CpiHigh { get; init; }

    public required double? EacLow { get; init; }

    public required double? EacHigh { get; init; }

    public required int SchedulePeriods { get; init; }

    public required int ExcludedSchedulePeriods { get; init; }

    public required double? ScheduleLogStandardDeviation { get; init; }

    public required double? ScheduleAdjustmentFactor { get; init; }

    public required double? SpiTLow { get; init; }

    public required double? SpiTHigh { get; init; }

    public required double? DurationLow { get; init; }

    public required double? DurationHigh { get; init; }
}

internal sealed class DiagnosticJson
{
    public required string Kind { get; init; }

    public required string Metric { get; init; }

    public required string Message { get; init; }
}

/// <summary>The portfolio's risk analysis (issue 4); all exposures at the residual stage, open risks.</summary>
internal sealed class RiskSectionJson
{
    public required string Model { get; init; }

    public required int OpenRisks { get; init; }

    public required int TotalRisks { get; init; }

    public required IReadOnlyList<TopRiskJson> Top { get; init; }

    public required RiskHeatMapJson HeatMap { get; init; }

    public required IReadOnlyList<ExposureJson> ExposureByProgramme { get; init; }

    public required ExposureJson PortfolioExposure { get; init; }

    public required ContingencyJson Contingency { get; init; }

    public required IReadOnlyList<AppetiteBreachJson> AppetiteBreaches { get; init; }

    public required IReadOnlyList<OverdueResponseJson> OverdueResponses { get; init; }

    public required IReadOnlyList<BurndownJson> Burndown { get; init; }
}

/// <summary>One of the top risks.</summary>
internal sealed class TopRiskJson
{
    public required string Id { get; init; }

    public required string ProjectId { get; init; }

    public required string Title { get; init; }

    public required string Kind { get; init; }

    public required double Probability { get; init; }

    public required IReadOnlyDictionary<string, double> Impacts { get; init; }

    public required double? Score { get; init; }

    public required string? Band { get; init; }

    public required int? ProbabilityLevel { get; init; }

    public required int? ImpactLevel { get; init; }

    public required double ExpectedMonetaryValue { get; init; }

    public required double ExpectedDelayDays { get; init; }
}

/// <summary>Heat-map counts: <c>inherent[p-1][i-1]</c>, probability level p and impact level i, both from 1 (low).</summary>
internal sealed class RiskHeatMapJson
{
    public required int Levels { get; init; }

    public required IReadOnlyList<IReadOnlyList<int>> Inherent { get; init; }

    public required IReadOnlyList<IReadOnlyList<int>> Residual { get; init; }

    public required int Unplaced { get; init; }
}

/// <summary>Exposure of a group of risks (opportunities negative).</summary>
internal sealed class ExposureJson
{
    public required string? Id { get; init; }

    public required int Risks { get; init; }

    public required double ThreatMoney { get; init; }

    public required double OpportunityMoney { get; init; }

    public required double NetMoney { get; init; }

    public required double ThreatDays { get; init; }

    public required double OpportunityDays { get; init; }

    public required double NetDays { get; init; }
}

/// <summary>The contingency reserve estimate.</summary>
internal sealed class ContingencyJson
{
    public required double Money { get; init; }

    public required double Days { get; init; }

    public required string Method { get; init; }

    public required string Description { get; init; }
}

/// <summary>One appetite breach.</summary>
internal sealed class AppetiteBreachJson
{
    public required string Kind { get; init; }

    public required string Scope { get; init; }

    public required string? RiskId { get; init; }

    public required string? Band { get; init; }

    public required double? Value { get; init; }

    public required double? Limit { get; init; }

    public required string Reason { get; init; }
}

/// <summary>A response past its due date and not done.</summary>
internal sealed class OverdueResponseJson
{
    public required string RiskId { get; init; }

    public required string ResponseId { get; init; }

    public required string Strategy { get; init; }

    public required string? Owner { get; init; }

    public required LocalDate? Due { get; init; }

    public required int DaysOverdue { get; init; }
}

/// <summary>One burndown point: the snapshots of every project on that date, summed.</summary>
internal sealed class BurndownJson
{
    public required LocalDate Date { get; init; }

    public required int Projects { get; init; }

    public required int Risks { get; init; }

    public required double ThreatMoney { get; init; }

    public required double OpportunityMoney { get; init; }

    public required double NetMoney { get; init; }

    public required double NetDays { get; init; }
}

/// <summary>The output of <c>pmo risk --format json</c>.</summary>
internal sealed class RiskReportJson
{
    public int SchemaVersion { get; init; } = 1;

    public string Kind { get; init; } = "risk";

    public required string Source { get; init; }

    public required LocalDate AsOf { get; init; }

    public required string Model { get; init; }

    public required IReadOnlyList<ScoredRiskJson> Risks { get; init; }

    public required RiskHeatMapJson HeatMap { get; init; }

    public required IReadOnlyList<ExposureJson> ExposureByCategory { get; init; }

    public required ExposureJson Total { get; init; }

    public required ContingencyJson Contingency { get; init; }

    public required IReadOnlyList<OverdueResponseJson> OverdueResponses { get; init; }
}

/// <summary>One risk scored at the inherent and residual stages.</summary>
internal sealed class ScoredRiskJson
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Kind { get; init; }

    public required string Status { get; init; }

    public required string? Category { get; init; }

    public required string? Owner { get; init; }

    public required StageScoreJson Inherent { get; init; }

    public required StageScoreJson Residual { get; init; }
}

/// <summary>An assessment with its score and exposure.</summary>
internal sealed class StageScoreJson
{
    public required double Probability { get; init; }

    public required IReadOnlyDictionary<string, double> Impacts { get; init; }

    public required double? Score { get; init; }

    public required string? Band { get; init; }

    public required int? ProbabilityLevel { get; init; }

    public required int? ImpactLevel { get; init; }

    public required double ExpectedMonetaryValue { get; init; }

    public required double ExpectedDelayDays { get; init; }
}
