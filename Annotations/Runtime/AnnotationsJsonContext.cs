using System.Text.Json.Serialization;
using EventFunctions.Annotations.APIGateway;
using EventFunctions.Annotations.APIGatewayEvents;

namespace EventFunctions.Annotations.Runtime;

/// <summary>Source-generated JSON for the proxy event, the proxy response and problem bodies.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(APIGatewayProxyRequest))]
[JsonSerializable(typeof(APIGatewayProxyResponse))]
[JsonSerializable(typeof(ProblemDetails))]
public sealed partial class AnnotationsJsonContext : JsonSerializerContext
{
}
