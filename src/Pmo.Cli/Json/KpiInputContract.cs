using System.Text.Json;
using NodaTime;

namespace Pmo.Cli.Json;

// The KPI, benefits and flow parts of the input contract (issue 3), and the `pmo kpi` file. Same conventions as
// InputContract.cs: nullable DTOs, validated rule by rule with JSON paths by InputMapper/KpiMapper.

/// <summary>One KPI observation: a value, or a numerator and denominator, or an explicit missing report.</summary>
internal sealed class KpiObservationDocument
{
    public string? Kpi { get; init; }

    public LocalDate? Date { get; init; }

    public double? Value { get; init; }

    public double? Numerator { get; init; }

    public double? Denominator { get; init; }

    public bool? Missing { get; init; }
}

/// <summary>A per-subject target override of a KPI, effective from a date (or always).</summary>
internal sealed class KpiTargetDocument
{
    public string? Kpi { get; init; }

    public LocalDate? EffectiveFrom { get; init; }

    public double? Value { get; init; }
}

/// <summary>An effective-dated target of a custom KPI definition.</summary>
internal sealed class TargetDocument
{
    public LocalDate? EffectiveFrom { get; init; }

    public double? Value { get; init; }
}

/// <summary>The range of a target-band direction.</summary>
internal sealed class RangeDocument
{
    public double? Low { get; init; }

    public double? High { get; init; }
}

/// <summary>One tolerance band: absent ends are −∞ / +∞.</summary>
internal sealed class BandDocument
{
    public double? Lower { get; init; }

    public double? Upper { get; init; }

    public bool? LowerInclusive { get; init; }

    public bool? UpperInclusive { get; init; }

    public string? Status { get; init; }
}

/// <summary>A forecast-based tolerance: the trend of the last points projected a number of days ahead.</summary>
internal sealed class ForecastToleranceDocument
{
    public int? HorizonDays { get; init; }

    public int? TrendPoints { get; init; }
}

/// <summary>A custom KPI definition (or a replacement of a library one with the same id).</summary>
internal sealed class KpiDefinitionDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Unit { get; init; }

    public int? Precision { get; init; }

    public string? Description { get; init; }

    public string? Direction { get; init; }

    public RangeDocument? Range { get; init; }

    public double? Start { get; init; }

    public IReadOnlyList<TargetDocument?>? Targets { get; init; }

    public string? Scale { get; init; }

    public IReadOnlyList<BandDocument?>? Bands { get; init; }

    public string? BandMode { get; init; }

    public string? Aggregation { get; init; }

    public string? MissingData { get; init; }

    public int? MaxAgeDays { get; init; }

    public ForecastToleranceDocument? Forecast { get; init; }
}

/// <summary>The benefits case of a project: periodic and/or dated cash flows.</summary>
internal sealed class BenefitsDocument
{
    public double? DiscountRate { get; init; }

    public string? Convention { get; init; }

    public IReadOnlyList<double?>? CashFlows { get; init; }

    public IReadOnlyList<DatedCashFlowDocument?>? DatedCashFlows { get; init; }

    public double? FinanceRate { get; init; }

    public double? ReinvestRate { get; init; }
}

/// <summary>One dated cash flow.</summary>
internal sealed class DatedCashFlowDocument
{
    public LocalDate? Date { get; init; }

    public double? Amount { get; init; }
}

/// <summary>Flow (Kanban) data of a project: work items and the forecast settings.</summary>
internal sealed class FlowDocument
{
    public IReadOnlyList<WorkItemDocument?>? Items { get; init; }

    /// <summary>Gets the remaining scope: a whole number, or an object <c>{ "min", "max" }</c>.</summary>
    public JsonElement? RemainingItems { get; init; }

    public double? SleConfidence { get; init; }

    public int? ForecastTrials { get; init; }

    public ulong? Seed { get; init; }

    public int? ThroughputWindowDays { get; init; }
}

/// <summary>One work item.</summary>
internal sealed class WorkItemDocument
{
    public string? Id { get; init; }

    public LocalDate? Start { get; init; }

    public LocalDate? Finish { get; init; }
}

/// <summary>The input of <c>pmo kpi</c>: subjects (a hierarchy) with their observations.</summary>
internal sealed class KpiFileDocument
{
    public LocalDate? AsOf { get; init; }

    public IReadOnlyList<KpiDefinitionDocument?>? Definitions { get; init; }

    public IReadOnlyList<KpiSubjectDocument?>? Subjects { get; init; }
}

/// <summary>A subject of a KPI file: a project, team, programme… with an optional parent.</summary>
internal sealed class KpiSubjectDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Parent { get; init; }

    public double? Weight { get; init; }

    public IReadOnlyList<KpiTargetDocument?>? Targets { get; init; }

    public IReadOnlyList<KpiObservationDocument?>? Observations { get; init; }
}
