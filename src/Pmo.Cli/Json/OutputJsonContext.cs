using System.Text.Encodings.Web;
using System.Text.Json;
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
[JsonSerializable(typeof(KpiReportJson))]
[JsonSerializable(typeof(RiskReportJson))]
[JsonSerializable(typeof(PrioritizationReportJson))]
[JsonSerializable(typeof(SimulateReportJson))]
[JsonSerializable(typeof(CapacityReportJson))]
internal sealed partial class OutputJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Gets the context used for output: the attribute's settings plus a relaxed encoder, so that names such as
    /// "Regulatory &amp; Compliance" are written as is rather than as <c>\u0026</c> escapes (the output is a file or a
    /// terminal, never inlined into HTML).
    /// </summary>
    public static OutputJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new LocalDateJsonConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
