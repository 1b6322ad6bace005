using NodaTime;

namespace Pmo.Cli.Json;

// The input contract: plain, nullable DTOs bound by the source-generated InputJsonContext. Every property is
// optional at the serializer level so that InputMapper can report a missing value with its JSON path and rule
// ("required property missing") rather than the serializer's generic message. See docs/json-contracts.md and
// docs/schemas/*.schema.json.

/// <summary>A portfolio file: programmes and their projects at a common status date.</summary>
internal sealed class PortfolioDocument
{
    public string? Name { get; init; }

    public string? Currency { get; init; }

    public LocalDate? StatusDate { get; init; }

    public IReadOnlyList<ProgrammeDocument?>? Programmes { get; init; }

    public IReadOnlyList<ProjectDocument?>? Projects { get; init; }

    public IReadOnlyList<KpiDefinitionDocument?>? KpiDefinitions { get; init; }

    public IReadOnlyList<LocalDate?>? Holidays { get; init; }

    public string? RiskModel { get; init; }

    public RiskAppetiteDocument? RiskAppetite { get; init; }

    public PrioritizationDocument? Prioritization { get; init; }

    public ResourcesDocument? Resources { get; init; }
}

/// <summary>A programme: a named group of projects.</summary>
internal sealed class ProgrammeDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }
}

/// <summary>One project: its baseline versions, status and options.</summary>
internal sealed class ProjectDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Programme { get; init; }

    public string? Currency { get; init; }

    public LocalDate? StatusDate { get; init; }

    public double? ManagementReserve { get; init; }

    public double? OverTargetAmount { get; init; }

    public IReadOnlyList<BaselineDocument?>? Baselines { get; init; }

    public StatusDocument? Status { get; init; }

    public OptionsDocument? Options { get; init; }

    public IReadOnlyList<KpiObservationDocument?>? Kpis { get; init; }

    public IReadOnlyList<KpiTargetDocument?>? KpiTargets { get; init; }

    public BenefitsDocument? Benefits { get; init; }

    public FlowDocument? Flow { get; init; }

    public IReadOnlyList<RiskDocument?>? Risks { get; init; }

    public IReadOnlyList<RiskSnapshotDocument?>? RiskSnapshots { get; init; }

    public ScheduleDocument? Schedule { get; init; }
}

/// <summary>One approved baseline version with its time-phased planned value.</summary>
internal sealed class BaselineDocument
{
    public int? Version { get; init; }

    public LocalDate? ApprovedOn { get; init; }

    public string? Reason { get; init; }

    public LocalDate? Start { get; init; }

    public string? PvMode { get; init; }

    public IReadOnlyList<PeriodDocument?>? Periods { get; init; }
}

/// <summary>One baseline period: its last day and its PV (per period or cumulative, by the baseline's pvMode).</summary>
internal sealed class PeriodDocument
{
    public LocalDate? End { get; init; }

    public double? Pv { get; init; }

    public double? CumulativePv { get; init; }
}

/// <summary>The project's cumulative EV and AC at the status date, with optional history.</summary>
internal sealed class StatusDocument
{
    public double? Ev { get; init; }

    public double? Ac { get; init; }

    public IReadOnlyList<StatusPointDocument?>? History { get; init; }

    public double? BottomUpEtc { get; init; }

    public LocalDate? ActualFinish { get; init; }
}

/// <summary>One earlier cumulative status point.</summary>
internal sealed class StatusPointDocument
{
    public LocalDate? Date { get; init; }

    public double? Ev { get; init; }

    public double? Ac { get; init; }
}

/// <summary>Optional earned-value analysis options; absent values take the core defaults.</summary>
internal sealed class OptionsDocument
{
    public double? CompositeCpiWeight { get; init; }

    public int? MovingWindow { get; init; }

    public double? EacRealismThreshold { get; init; }

    public string? PrimaryEac { get; init; }

    public string? PrimaryDuration { get; init; }

    public double? ConfidenceLevel { get; init; }

    public double? CpiStabilityBand { get; init; }
}
