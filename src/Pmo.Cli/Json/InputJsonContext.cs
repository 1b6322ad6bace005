using System.Text.Json.Serialization;

namespace Pmo.Cli.Json;

/// <summary>
/// Source-generated (reflection-free) metadata of the input contract: camelCase names, unknown properties rejected,
/// duplicate properties rejected, depth limited, comments and trailing commas not accepted (the files are data, not configuration).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = InputLimits.MaxDepth,
    AllowDuplicateProperties = false,
    Converters = [typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(PortfolioDocument))]
[JsonSerializable(typeof(ProjectDocument))]
[JsonSerializable(typeof(KpiFileDocument))]
[JsonSerializable(typeof(RiskFileDocument))]
[JsonSerializable(typeof(PrioritizationFileDocument))]
[JsonSerializable(typeof(ScheduleRiskFileDocument))]
internal sealed partial class InputJsonContext : JsonSerializerContext
{
}
