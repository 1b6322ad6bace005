using NodaTime;

namespace Pmo.Cli.Json;

// The output contract of `pmo simulate --format json` and of the portfolio report's "scheduleRisk" section (issue 6).
// Finish values are working days after the start of working day 0; costs are in the model's currency, unrounded.

/// <summary>The document written by <c>pmo simulate --format json</c>.</summary>
internal sealed class SimulateReportJson
{
    public int SchemaVersion { get; init; } = 1;

    public string Kind { get; init; } = "scheduleRisk";

    public required string Source { get; init; }

    public required string Name { get; init; }

    public required string? Currency { get; init; }

    public required LocalDate? Start { get; init; }

    public required int Activities { get; init; }

    public required int RiskEvents { get; init; }

    public required int Drivers { get; init; }

    public required int Correlations { get; init; }

    public required bool CorrelationsApplied { get; init; }

    public required int Iterations { get; init; }

    public required ulong Seed { get; init; }

    public required string Sampling { get; init; }

    public required SimulationRunJson PreMitigation { get; init; }

    public required SimulationRunJson? PostMitigation { get; init; }

    public required IReadOnlyList<ComparisonRowJson>? Comparison { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }
}

/// <summary>One simulation run.</summary>
internal sealed class SimulationRunJson
{
    public required double DeterministicFinish { get; init; }

    public required LocalDate? DeterministicFinishDate { get; init; }

    public required double DeterministicCost { get; init; }

    public required DistributionSummaryJson Finish { get; init; }

    public required DistributionSummaryJson Cost { get; init; }

    public required LocalDate? P50FinishDate { get; init; }

    public required LocalDate? P80FinishDate { get; init; }

    public required double ScheduleMarginP80 { get; init; }

    public required double CostContingencyP80 { get; init; }

    public required double MergeBias { get; init; }

    public required double ProbabilityOfDeterministicFinish { get; init; }

    public required double ProbabilityOfDeterministicCost { get; init; }

    public required double JointConfidenceAtDeterministic { get; init; }

    public required double JointConfidenceAtP80 { get; init; }

    public required long FlooredDurations { get; init; }

    public required IReadOnlyList<CriticalityJson> Criticality { get; init; }

    public required IReadOnlyList<TornadoBarJson>? Tornado { get; init; }

    public required IReadOnlyList<JclPointJson> IsoJcl70 { get; init; }
}

internal sealed class DistributionSummaryJson
{
    public required double Mean { get; init; }

    public required double StandardDeviation { get; init; }

    public required double Min { get; init; }

    public required double Max { get; init; }

    public required double P10 { get; init; }

    public required double P50 { get; init; }

    public required double P80 { get; init; }

    public required double P90 { get; init; }
}

internal sealed class CriticalityJson
{
    public required string ActivityId { get; init; }

    public required string? Name { get; init; }

    public required double? CriticalityIndex { get; init; }

    public required double? MeanDuration { get; init; }

    public required double? ScheduleSensitivityIndex { get; init; }

    public required double? FinishRankCorrelation { get; init; }
}

internal sealed class TornadoBarJson
{
    public required string RiskEventId { get; init; }

    public required string? Name { get; init; }

    public required double Probability { get; init; }

    public required double FinishP80Effect { get; init; }

    public required double FinishMeanEffect { get; init; }

    public required double CostP80Effect { get; init; }

    public required double CostMeanEffect { get; init; }
}

internal sealed class JclPointJson
{
    public required double Finish { get; init; }

    public required double Cost { get; init; }

    public required double JointConfidence { get; init; }
}

internal sealed class ComparisonRowJson
{
    public required string Statistic { get; init; }

    public required double PreMitigation { get; init; }

    public required double PostMitigation { get; init; }

    public required double Change { get; init; }
}

/// <summary>The portfolio report's "scheduleRisk" section.</summary>
internal sealed class ScheduleRiskSectionJson
{
    public required int Iterations { get; init; }

    public required ulong Seed { get; init; }

    public required string Sampling { get; init; }

    public required IReadOnlyList<ProjectScheduleRiskJson> Projects { get; init; }
}

internal sealed class ProjectScheduleRiskJson
{
    public required string ProjectId { get; init; }

    public required LocalDate? Start { get; init; }

    public required int Activities { get; init; }

    public required int RiskEvents { get; init; }

    public required SimulationRunJson PreMitigation { get; init; }

    public required SimulationRunJson? PostMitigation { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }
}
