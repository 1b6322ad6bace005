using NodaTime;

namespace Pmo.Cli.Json;

// The risk part of the input contract (issue 4): a project's risk register, its dated snapshots, and the portfolio's
// scoring model and appetite. Plain nullable DTOs; InputMapper.Risks validates them with JSON paths.
// See docs/json-contracts.md ("Risks").

/// <summary>One register entry.</summary>
internal sealed class RiskDocument
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public string? Kind { get; init; }

    public string? Category { get; init; }

    public string? Owner { get; init; }

    public string? Status { get; init; }

    public LocalDate? Identified { get; init; }

    public ProximityDocument? Proximity { get; init; }

    public AssessmentDocument? Inherent { get; init; }

    public AssessmentDocument? Current { get; init; }

    public AssessmentDocument? Residual { get; init; }

    public AssessmentDocument? Target { get; init; }

    public IReadOnlyList<ResponseDocument?>? Responses { get; init; }
}

/// <summary>A proximity window: the dates between which the risk could occur.</summary>
internal sealed class ProximityDocument
{
    public LocalDate? From { get; init; }

    public LocalDate? To { get; init; }
}

/// <summary>A probability and raw impacts per dimension (cost in currency units, schedule in days).</summary>
internal sealed class AssessmentDocument
{
    public double? Probability { get; init; }

    public Dictionary<string, double?>? Impacts { get; init; }
}

/// <summary>One planned or taken response.</summary>
internal sealed class ResponseDocument
{
    public string? Id { get; init; }

    public string? Strategy { get; init; }

    public double? Cost { get; init; }

    public string? Owner { get; init; }

    public LocalDate? Due { get; init; }

    public string? Status { get; init; }

    public double? ProbabilityFactor { get; init; }

    public Dictionary<string, double?>? ImpactFactors { get; init; }

    public double? Coverage { get; init; }
}

/// <summary>The register as it stood on a date: each listed risk's (current) assessment.</summary>
internal sealed class RiskSnapshotDocument
{
    public LocalDate? Date { get; init; }

    public IReadOnlyList<SnapshotRiskDocument?>? Risks { get; init; }
}

/// <summary>One risk in a snapshot: its id (in the project's register) and its assessment then.</summary>
internal sealed class SnapshotRiskDocument
{
    public string? Id { get; init; }

    public string? Status { get; init; }

    public double? Probability { get; init; }

    public Dictionary<string, double?>? Impacts { get; init; }
}

/// <summary>The portfolio's risk appetite.</summary>
internal sealed class RiskAppetiteDocument
{
    public double? MaxEmvPerRisk { get; init; }

    public double? MaxDelayPerRisk { get; init; }

    public double? MaxProjectExposure { get; init; }

    public double? MaxPortfolioExposure { get; init; }

    public IReadOnlyList<AppetiteBandDocument?>? Bands { get; init; }
}

/// <summary>The policy of one score band.</summary>
internal sealed class AppetiteBandDocument
{
    public string? Band { get; init; }

    public bool? RequiresTreatmentPlan { get; init; }

    public string? ApproverRole { get; init; }

    public int? MaxDaysToRespond { get; init; }
}
