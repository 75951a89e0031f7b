using System.Text.Json.Serialization;
using EventFunctions.Annotations.APIGatewayEvents;

namespace EventFunctions.Annotations.Runtime;

/// <summary>
/// Writes the proxy response through source-generated serialization code only (no property metadata to build):
/// the cheapest way to the first response. <see cref="AnnotationsJsonContext"/> keeps the full contracts for
/// reading responses and for schemas; both produce the same JSON.
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Serialization,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(APIGatewayProxyResponse))]
internal sealed partial class ProxyResponseJsonContext : JsonSerializerContext
{
}
