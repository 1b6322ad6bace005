using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pmo.Cli.Json;

/// <summary>
/// Source-generated (reflection-free) metadata of the input contract: camelCase names, unknown properties rejected,
/// depth limited, comments and trailing commas not accepted (the files are data, not configuration).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = InputLimits.MaxDepth,
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

/// <summary>Limits on input files.</summary>
internal static class InputLimits
{
    /// <summary>The largest input file accepted, in bytes (50 MB).</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>The deepest JSON nesting accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>Reader options matching the serializer's.</summary>
    public static JsonReaderOptions ReaderOptions => new() { MaxDepth = MaxDepth };
}
