using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EventFunctions.Annotations.APIGatewayEvents;
using EventFunctions.Annotations.Runtime;

namespace EventFunctions.LocalGateway.RestApi;

/// <summary>
/// The proxy event as API Gateway writes it: camelCase, and absent values as explicit <c>null</c>s
/// (<c>"queryStringParameters": null</c>), unlike the functions' own context, which omits them.
/// </summary>
internal static class ProxyEventJson
{
    private static readonly JsonTypeInfo<APIGatewayProxyRequest> TypeInfo = new AnnotationsJsonContext(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    }).APIGatewayProxyRequest;

    public static byte[] Serialize(APIGatewayProxyRequest request) => JsonSerializer.SerializeToUtf8Bytes(request, TypeInfo);
}
