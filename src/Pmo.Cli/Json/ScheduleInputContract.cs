using NodaTime;

namespace Pmo.Cli.Json;

// The schedule-risk part of the input contract (issue 6): an activity network with three-point (or any) duration
// distributions, risk events, drivers and correlations. Used standalone by `pmo simulate` (ScheduleRiskFileDocument)
// and inside a portfolio project (ProjectDocument.Schedule). Plain nullable DTOs; InputMapper.Schedule validates them
// with JSON paths. See docs/json-contracts.md ("Schedule and cost risk") and docs/schemas/schedule-risk.schema.json.

/// <summary>The input of <c>pmo simulate</c>.</summary>
internal sealed class ScheduleRiskFileDocument
{
    public string? Name { get; init; }

    public string? Currency { get; init; }

    public LocalDate? Start { get; init; }

    public IReadOnlyList<LocalDate?>? Holidays { get; init; }

    public IReadOnlyList<ScheduleActivityDocument?>? Activities { get; init; }

    public IReadOnlyList<ScheduleLinkDocument?>? Links { get; init; }

    public IReadOnlyList<RiskEventDocument?>? RiskEvents { get; init; }

    public IReadOnlyList<RiskDriverDocument?>? Drivers { get; init; }

    public IReadOnlyList<CorrelationDocument?>? Correlations { get; init; }
}

/// <summary>A project's schedule inside a portfolio.</summary>
internal sealed class ScheduleDocument
{
    public LocalDate? Start { get; init; }

    public IReadOnlyList<ScheduleActivityDocument?>? Activities { get; init; }

    public IReadOnlyList<ScheduleLinkDocument?>? Links { get; init; }

    public IReadOnlyList<RiskEventDocument?>? RiskEvents { get; init; }

    public FromRegisterDocument? FromRegister { get; init; }

    public IReadOnlyList<RiskDriverDocument?>? Drivers { get; init; }

    public IReadOnlyList<CorrelationDocument?>? Correlations { get; init; }
}

internal sealed class ScheduleActivityDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public double? Duration { get; init; }

    public DistributionDocument? Distribution { get; init; }

    public double? FixedCost { get; init; }

    public DistributionDocument? FixedCostDistribution { get; init; }

    public double? CostRate { get; init; }

    public double? StartNoEarlierThan { get; init; }

    public double? ExistenceProbability { get; init; }
}

internal sealed class ScheduleLinkDocument
{
    public string? Predecessor { get; init; }

    public string? Successor { get; init; }

    public string? Type { get; init; }

    public double? Lag { get; init; }
}

internal sealed class RiskEventDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public double? Probability { get; init; }

    public IReadOnlyList<RiskEventImpactDocument?>? Impacts { get; init; }

    public DistributionDocument? CostImpact { get; init; }

    public ResidualEventDocument? Residual { get; init; }
}

/// <summary>The post-mitigation variant of an event: absent members are inherited from the pre-mitigation event.</summary>
internal sealed class ResidualEventDocument
{
    public double? Probability { get; init; }

    public IReadOnlyList<RiskEventImpactDocument?>? Impacts { get; init; }

    public DistributionDocument? CostImpact { get; init; }
}

internal sealed class RiskEventImpactDocument
{
    public string? ActivityId { get; init; }

    public string? Mode { get; init; }

    public DistributionDocument? Amount { get; init; }
}

internal sealed class FromRegisterDocument
{
    public ImpactSpreadDocument? ImpactSpread { get; init; }
}

internal sealed class ImpactSpreadDocument
{
    public double? Low { get; init; }

    public double? High { get; init; }
}

internal sealed class RiskDriverDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public DistributionDocument? Factor { get; init; }

    public IReadOnlyList<string?>? ActivityIds { get; init; }

    public double? Probability { get; init; }
}

internal sealed class CorrelationDocument
{
    public string? A { get; init; }

    public string? B { get; init; }

    public double? R { get; init; }
}

/// <summary>A distribution spec: <c>type</c> plus the members that type needs (others must be absent).</summary>
internal sealed class DistributionDocument
{
    public string? Type { get; init; }

    public double? Min { get; init; }

    public double? Mode { get; init; }

    public double? Max { get; init; }

    public double? Shape { get; init; }

    public double? Mean { get; init; }

    public double? Sd { get; init; }

    public double? Lower { get; init; }

    public double? Upper { get; init; }

    public double? Low { get; init; }

    public double? High { get; init; }

    public double? LowPercentile { get; init; }

    public double? HighPercentile { get; init; }

    public IReadOnlyList<double>? Values { get; init; }

    public IReadOnlyList<double>? Probabilities { get; init; }

    public IReadOnlyList<double>? Samples { get; init; }

    public double? Value { get; init; }
}
