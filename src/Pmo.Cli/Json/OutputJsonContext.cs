using System.Text.Json.Serialization;

namespace Pmo.Cli.Json;

/// <summary>Source-generated metadata of the output contract: camelCase, indented, nulls written explicitly.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(PortfolioReportJson))]
[JsonSerializable(typeof(ProjectReportJson))]
internal sealed partial class OutputJsonContext : JsonSerializerContext
{
}
