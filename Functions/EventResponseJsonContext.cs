using System.Text.Json.Serialization;
using EventFunctions.Model;

namespace EventFunctions;

/// <summary>
/// Serializes the one-event responses through <see cref="EventJsonWriter"/>: no property contract to build on the
/// first response. <see cref="FunctionsJsonContext"/> remains the definition of the JSON (and of the schema).
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization, Converters = [typeof(EventJsonWriter)])]
[JsonSerializable(typeof(Event))]
internal sealed partial class EventResponseJsonContext : JsonSerializerContext
{
}
