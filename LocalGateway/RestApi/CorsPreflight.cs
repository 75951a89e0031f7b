using System.Globalization;
using EventFunctions.Annotations.APIGatewayEvents;
using EventFunctions.Annotations.Runtime;

namespace EventFunctions.LocalGateway.RestApi;

/// <summary>
/// The <c>OPTIONS</c> answer of the mock integration CDK's <c>defaultCorsPreflightOptions</c> adds to every
/// resource: 204 with the allowed origin (by the same <see cref="CorsPolicy"/> the functions use), methods,
/// headers (<see cref="CorsPolicy.AllowedRequestHeaders"/>) and max age, which mirrors <c>Cdk/EventsApi.cs</c>.
/// </summary>
internal sealed class CorsPreflight(CorsPolicy policy)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    public APIGatewayProxyResponse Respond(ApiResource resource, string? origin)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var response = new APIGatewayProxyResponse
        {
            StatusCode = StatusCodes.Status204NoContent,
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["Access-Control-Allow-Headers"] = string.Join(',', CorsPolicy.AllowedRequestHeaders),
                ["Access-Control-Allow-Methods"] =
                    string.Join(',', resource.Methods.Keys.Append(HttpMethods.Options).Distinct().Order(StringComparer.Ordinal)),
                ["Access-Control-Max-Age"] = MaxAge.TotalSeconds.ToString(CultureInfo.InvariantCulture),
            },
        };
        var request = new APIGatewayProxyRequest
        {
            Headers = origin is null ? null : new Dictionary<string, string> { ["Origin"] = origin },
        };
        policy.Apply(request, response);
        return response;
    }
}
