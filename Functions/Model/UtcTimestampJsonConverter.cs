using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventFunctions.Model;

/// <summary>Writes timestamps as UTC ISO 8601 with milliseconds and <c>Z</c>: <c>2026-11-22T01:00:00.000Z</c>.</summary>
public sealed class UtcTimestampJsonConverter : JsonConverter<DateTimeOffset>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.ParseExact(reader.GetString() ?? string.Empty, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        WriteValue(writer, value);

    /// <summary>Writes <paramref name="value"/> as a string in <see cref="Format"/>.</summary>
    public static void WriteValue(Utf8JsonWriter writer, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> text = stackalloc char[24];
        value.UtcDateTime.TryFormat(text, out var written, Format, CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..written]);
    }
}
