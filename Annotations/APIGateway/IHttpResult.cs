using EventFunctions.Annotations.APIGatewayEvents;

namespace EventFunctions.Annotations.APIGateway;

/// <summary>What a REST API function returns: a status, headers and an optional body.</summary>
public interface IHttpResult
{
    int StatusCode { get; }

    /// <summary>Adds a response header (a repeated name adds another value).</summary>
    IHttpResult AddHeader(string name, string value);

    /// <summary>Turns the result into the proxy response API Gateway expects.</summary>
    APIGatewayProxyResponse ToProxyResponse(HttpResultSerializationOptions options);
}
