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

    public IReadOnlyList<string?>? ActivityIds { get; init; }
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

/// <summary>The input of <c>pmo risk</c>: a register to score with a preset or a full matrix and scales.</summary>
internal sealed class RiskFileDocument
{
    public LocalDate? AsOf { get; init; }

    public string? Currency { get; init; }

    public double? Budget { get; init; }

    public double? DurationDays { get; init; }

    public System.Text.Json.JsonElement? Model { get; init; }

    public IReadOnlyList<RiskDocument?>? Risks { get; init; }
}

/// <summary>A full scoring model: the core's plain definition types (see docs/risk-scoring.md).</summary>
internal sealed class RiskModelDocument
{
    public Pmo.Core.Risk.ProbabilityScaleDefinition? Probability { get; init; }

    public IReadOnlyList<Pmo.Core.Risk.ImpactScaleDefinition>? Impacts { get; init; }

    public Pmo.Core.Risk.RiskMatrixDefinition? Matrix { get; init; }
}

/// <summary>Source-generated metadata of the model definition (enums as camelCase strings).</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(
    PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    UseStringEnumConverter = true,
    AllowDuplicateProperties = false,
    MaxDepth = InputLimits.MaxDepth)]
[System.Text.Json.Serialization.JsonSerializable(typeof(RiskModelDocument))]
internal sealed partial class RiskModelJsonContext : System.Text.Json.Serialization.JsonSerializerContext
{
}
