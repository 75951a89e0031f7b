using System.Text.Json.Serialization;
using EventFunctions.Annotations;
using EventFunctions.Model;

[assembly: LambdaJsonSerializerContext(typeof(EventFunctions.FunctionsJsonContext))]

namespace EventFunctions;

/// <summary>Source-generated JSON for every body the functions return: no reflection on any path.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Event))]
[JsonSerializable(typeof(IReadOnlyList<Event>))]
[JsonSerializable(typeof(List<Event>))]
[JsonSerializable(typeof(Event[]))]
public sealed partial class FunctionsJsonContext : JsonSerializerContext
{
}
