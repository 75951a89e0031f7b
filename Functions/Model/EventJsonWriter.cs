using System.Globalization;
using System.Text.Json;

namespace EventFunctions.Model;

/// <summary>
/// Writes an <see cref="Event"/> exactly as <see cref="FunctionsJsonContext"/> does, property by property.
/// </summary>
/// <remarks>
/// Every success response but DeleteEvent's is an event or a page of them. Through <see cref="JsonSerializer"/> the
/// first one pays the serializer's setup and JIT-compiles the contract's generic instantiations over
/// <c>DateOnly</c>, <c>int</c>, <c>long</c> and <c>DateTimeOffset</c> (about 170 methods, which ReadyToRun cannot
/// precompile outside the framework) on every cold start; this is plain, precompiled code. The contract stays the
/// definition: the tests hold this writer's output byte for byte against it, and the OpenAPI schema comes from it.
/// </remarks>
internal static class EventJsonWriter
{
    private static readonly JsonEncodedText EventId = JsonEncodedText.Encode(EventContract.EventId.JsonName);
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode(EventContract.Title.JsonName);
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode(EventContract.Description.JsonName);
    private static readonly JsonEncodedText Date = JsonEncodedText.Encode(EventContract.Date.JsonName);
    private static readonly JsonEncodedText Location = JsonEncodedText.Encode(EventContract.Location.JsonName);
    private static readonly JsonEncodedText Capacity = JsonEncodedText.Encode(EventContract.Capacity.JsonName);
    private static readonly JsonEncodedText Organizer = JsonEncodedText.Encode(EventContract.Organizer.JsonName);
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode(EventContract.Status.JsonName);
    private static readonly JsonEncodedText CreatedAt = JsonEncodedText.Encode(EventContract.CreatedAt.JsonName);
    private static readonly JsonEncodedText UpdatedAt = JsonEncodedText.Encode(EventContract.UpdatedAt.JsonName);
    private static readonly JsonEncodedText Version = JsonEncodedText.Encode(EventContract.Version.JsonName);
    private static readonly JsonEncodedText CreatedBy = JsonEncodedText.Encode(EventContract.CreatedBy.JsonName);
    private static readonly JsonEncodedText UpdatedBy = JsonEncodedText.Encode(EventContract.UpdatedBy.JsonName);

    public static void Write(Utf8JsonWriter writer, Event value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(EventId, value.EventId);
        writer.WriteString(Title, value.Title);
        writer.WriteString(Description, value.Description);
        Span<char> date = stackalloc char[10];
        value.Date.TryFormat(date, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteString(Date, date[..written]);
        writer.WriteString(Location, value.Location);
        writer.WriteNumber(Capacity, value.Capacity);
        writer.WriteString(Organizer, value.Organizer);
        writer.WriteString(Status, EventStatusNames.ToWire(value.Status));
        writer.WritePropertyName(CreatedAt);
        UtcTimestampJsonConverter.WriteValue(writer, value.CreatedAt);
        writer.WritePropertyName(UpdatedAt);
        UtcTimestampJsonConverter.WriteValue(writer, value.UpdatedAt);
        writer.WriteNumber(Version, value.Version);
        if (value.CreatedBy is { } createdBy)
        {
            writer.WriteString(CreatedBy, createdBy);
        }

        if (value.UpdatedBy is { } updatedBy)
        {
            writer.WriteString(UpdatedBy, updatedBy);
        }

        writer.WriteEndObject();
    }

    /// <summary>A page of events, as a JSON array.</summary>
    public static void WriteList(Utf8JsonWriter writer, IReadOnlyList<Event> events)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(events);
        writer.WriteStartArray();
        foreach (var value in events)
        {
            Write(writer, value);
        }

        writer.WriteEndArray();
    }
}
