using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Pmo.Cli.Json;

/// <summary>
/// ISO <c>yyyy-MM-dd</c> dates. Writing delegates to NodaTime.Serialization.SystemTextJson's
/// <see cref="NodaConverters.LocalDateConverter"/>; reading parses strictly and throws a <see cref="JsonException"/>
/// (which System.Text.Json decorates with the JSON path, line and column) rather than NodaTime's
/// <c>UnparsableValueException</c>, which would escape without a position.
/// </summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("must be a date string \"yyyy-MM-dd\"");
        }

        string? text = reader.GetString();
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        return result.Success ? result.Value : throw new JsonException($"must be a date \"yyyy-MM-dd\" (got \"{text}\")");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        NodaConverters.LocalDateConverter.Write(writer, value, options);
}
