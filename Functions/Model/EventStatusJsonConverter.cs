using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventFunctions.Model;

/// <summary>
/// <see cref="EventStatus"/> as its lowercase wire name, through <see cref="EventStatusNames"/>. Chosen over
/// <c>JsonStringEnumConverter</c>, whose first use reflects over the enum's fields and attributes and JIT-compiles
/// its generic converter: about half of the cold cost of serializing the first event (see Benchmarks/README.md).
/// </summary>
public sealed class EventStatusJsonConverter : JsonConverter<EventStatus>
{
    public override EventStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && EventStatusNames.TryParse(reader.GetString(), out var status)
            ? status
            : throw new JsonException("An event status is one of: " + string.Join(", ", EventStatusNames.All) + ".");

    public override void Write(Utf8JsonWriter writer, EventStatus value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(EventStatusNames.ToWire(value));
    }
}
