using NodaTime;

namespace Pmo.Cli.Json;

// The prioritization part of the output contract (schemaVersion 1): `pmo prioritize --format json` and the
// `prioritization` property of `pmo report --format json`. Undefined values are null; values are unrounded.

/// <summary>The document written by <c>pmo prioritize --format json</c>.</summary>
internal sealed class PrioritizationReportJson
{
    public int SchemaVersion { get; init; } = 1;

    public string Kind { get; init; } = "prioritization";

    public required string Source { get; init; }

    public required LocalDate? AsOf { get; init; }

    public required string? Currency { get; init; }

    public required PrioritizationJson Prioritization { get; init; }
}

internal sealed class PrioritizationJson
{
    public required string Name { get; init; }

    public required PrioritizationMethodJson Method { get; init; }

    public required IReadOnlyList<CriterionJson> Criteria { get; init; }

    public required WeightsJson Weights { get; init; }

    public required IReadOnlyList<GateFailureJson> GateFailures { get; init; }

    public required IReadOnlyList<RankedCandidateJson> Ranking { get; init; }

    public required IReadOnlyList<MethodComparisonJson> Comparisons { get; init; }

    public required PrioritizationSensitivityJson Sensitivity { get; init; }

    public required SelectionJson Selection { get; init; }

    public required FrontierJson? Frontier { get; init; }
}

internal sealed class PrioritizationMethodJson
{
    public required string Name { get; init; }

    public required string Variant { get; init; }

    public required bool HigherIsBetter { get; init; }

    public required string TiePolicy { get; init; }
}

internal sealed class CriterionJson
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Direction { get; init; }

    public required double? ScaleMin { get; init; }

    public required double? ScaleMax { get; init; }

    public required string? Unit { get; init; }

    public required double Weight { get; init; }
}

internal sealed class WeightsJson
{
    public required string Source { get; init; }

    public required bool WasNormalized { get; init; }

    public required double OriginalSum { get; init; }

    public required AhpJson? Ahp { get; init; }
}

internal sealed class AhpJson
{
    public required string PriorityMethod { get; init; }

    public required double LambdaMax { get; init; }

    public required double ConsistencyIndex { get; init; }

    public required double? ConsistencyRatio { get; init; }

    public required double? RandomIndex { get; init; }

    public required string? RandomIndexTable { get; init; }

    public required double ConsistencyRatioThreshold { get; init; }

    public required bool? IsAcceptable { get; init; }

    public required double GeometricConsistencyIndex { get; init; }

    public required double? GeometricConsistencyThreshold { get; init; }

    public required IReadOnlyList<InconsistencyHintJson> InconsistencyHints { get; init; }
}

internal sealed class InconsistencyHintJson
{
    public required string Row { get; init; }

    public required string Column { get; init; }

    public required double Judgement { get; init; }

    public required double ConsistentValue { get; init; }

    public required double Error { get; init; }
}

internal sealed class GateFailureJson
{
    public required string Candidate { get; init; }

    public required string Gate { get; init; }

    public required string Criterion { get; init; }

    public required string Operator { get; init; }

    public required double Threshold { get; init; }

    public required double? Value { get; init; }
}

internal sealed class RankedCandidateJson
{
    public required double Rank { get; init; }

    public required string Id { get; init; }

    public required string Name { get; init; }

    public required double Preference { get; init; }

    public required double SelectionValue { get; init; }

    /// <summary>The method's intermediates by name (TOPSIS dPlus/dMinus, VIKOR s/r/q, PROMETHEE phiPlus/phiMinus, WASPAS wsm/wpm).</summary>
    public required IReadOnlyDictionary<string, double> Intermediates { get; init; }

    /// <summary>The candidate's rank under each comparison method (null when that method could not run).</summary>
    public required IReadOnlyDictionary<string, double?> RanksByMethod { get; init; }

    public required bool Selected { get; init; }

    public required bool SelectedByGreedy { get; init; }
}

internal sealed class MethodComparisonJson
{
    public required string Method { get; init; }

    public required string Variant { get; init; }

    public required double? Spearman { get; init; }

    public required double? Ws { get; init; }

    public required string? Error { get; init; }
}

internal sealed class PrioritizationSensitivityJson
{
    public required int TopK { get; init; }

    public required IReadOnlyList<string> BaselineTop { get; init; }

    public required IReadOnlyList<WeightIntervalJson> WeightStability { get; init; }

    public required int SmaaSamples { get; init; }

    public required ulong SmaaSeed { get; init; }

    public required IReadOnlyList<RankAcceptabilityJson> RankAcceptability { get; init; }

    public required int? LeaveOneOutReversals { get; init; }

    public required IReadOnlyList<string> LeaveOneOutTopChangedWhenDropping { get; init; }

    public required string? LeaveOneOutError { get; init; }
}

internal sealed class WeightIntervalJson
{
    public required string Criterion { get; init; }

    public required double Weight { get; init; }

    public required double Lower { get; init; }

    public required double Upper { get; init; }

    public required string? LowerChallenger { get; init; }

    public required string? UpperChallenger { get; init; }

    public required bool IsExact { get; init; }
}

internal sealed class RankAcceptabilityJson
{
    public required string Id { get; init; }

    /// <summary>b_i^r for r = 1..topK.</summary>
    public required IReadOnlyList<double> Ranks { get; init; }

    public required double TopKAcceptability { get; init; }
}

internal sealed class SelectionJson
{
    public required string Value { get; init; }

    public required string Status { get; init; }

    public required double? TotalValue { get; init; }

    public required double? UpperBound { get; init; }

    public required double? Gap { get; init; }

    public required long NodesExplored { get; init; }

    public required IReadOnlyList<string> Periods { get; init; }

    public required IReadOnlyList<SelectedCandidateJson> Selected { get; init; }

    public required IReadOnlyList<string> ForcedIn { get; init; }

    public required IReadOnlyList<string> ForcedOut { get; init; }

    public required IReadOnlyList<string> KnockedOutByGates { get; init; }

    public required IReadOnlyList<BudgetUsageJson> Budgets { get; init; }

    public required GreedyJson Greedy { get; init; }

    public required string? Infeasibility { get; init; }

    public required IReadOnlyList<string> Conflicts { get; init; }

    public required IReadOnlyList<DiagnosticJson> Diagnostics { get; init; }
}

internal sealed class SelectedCandidateJson
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required double Value { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<double>> Demand { get; init; }
}

internal sealed class BudgetUsageJson
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string? Unit { get; init; }

    public required IReadOnlyList<double> Capacity { get; init; }

    public required IReadOnlyList<double> Usage { get; init; }

    public required IReadOnlyList<double> Slack { get; init; }

    public required IReadOnlyList<string> BindingPeriods { get; init; }

    public required IReadOnlyList<string> BlockedCandidates { get; init; }

    public required IReadOnlyList<double> GreedyUsage { get; init; }
}

internal sealed class GreedyJson
{
    public required bool Found { get; init; }

    public required IReadOnlyList<string> Selected { get; init; }

    public required double? TotalValue { get; init; }

    public required double? GapToOptimal { get; init; }
}

internal sealed class FrontierJson
{
    public required string Budget { get; init; }

    public required IReadOnlyList<FrontierPointJson> Points { get; init; }
}

internal sealed class FrontierPointJson
{
    public required double Budget { get; init; }

    public required string Status { get; init; }

    public required double? Value { get; init; }

    public required double? GreedyValue { get; init; }

    public required int Count { get; init; }

    public required IReadOnlyList<string> Selected { get; init; }
}
