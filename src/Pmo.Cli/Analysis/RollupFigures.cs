using System.Collections.Immutable;
using NodaTime;
using Pmo.Core.EarnedValue;

namespace Pmo.Cli.Analysis;

/// <summary>
/// The figures of a programme or portfolio roll-up. Undefined or not-yet-available metrics are null.
/// </summary>
internal sealed class RollupFigures
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Gets how the figures were obtained (<c>sum</c> or <c>earnedValueRollup</c>).</summary>
    public required string Method { get; init; }

    public required ImmutableArray<string> ProjectIds { get; init; }

    public required double BudgetAtCompletion { get; init; }

    public required double PlannedValue { get; init; }

    public required double EarnedValue { get; init; }

    public required double ActualCost { get; init; }

    public double CostVariance => EarnedValue - ActualCost;

    public double ScheduleVariance => EarnedValue - PlannedValue;

    public double? CostPerformanceIndex { get; init; }

    public double? SchedulePerformanceIndex { get; init; }

    public double? SchedulePerformanceIndexTime { get; init; }

    public double? EarnedSchedule { get; init; }

    public double? ActualTime { get; init; }

    public double? EstimateAtCompletion { get; init; }

    public double? VarianceAtCompletion { get; init; }

    public double? ToCompletePerformanceIndex { get; init; }

    public LocalDate? ForecastFinish { get; init; }

    /// <summary>Gets the full analysis of the combined project, when the roll-up produced one.</summary>
    public EarnedValueAnalysis? Analysis { get; init; }

    /// <summary>Gets notes for the reader (for example why a metric is not available).</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}
