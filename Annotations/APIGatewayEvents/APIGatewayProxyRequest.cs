namespace EventFunctions.Annotations.APIGatewayEvents;

/// <summary>
/// The API Gateway REST API proxy integration event (payload format 1.0), as Lambda receives it.
/// </summary>
public sealed class APIGatewayProxyRequest
{
    /// <summary>The resource template that matched, e.g. <c>/events/{eventId}</c>.</summary>
    public string? Resource { get; set; }

    /// <summary>The request path as the client sent it, e.g. <c>/events/evt-1</c>.</summary>
    public string? Path { get; set; }

    public string? HttpMethod { get; set; }

    /// <summary>Single-value headers (the last value of each); names keep the client's casing.</summary>
    public IDictionary<string, string>? Headers { get; set; }

    public IDictionary<string, IList<string>>? MultiValueHeaders { get; set; }

    public IDictionary<string, string>? QueryStringParameters { get; set; }

    public IDictionary<string, IList<string>>? MultiValueQueryStringParameters { get; set; }

    public IDictionary<string, string>? PathParameters { get; set; }

    public IDictionary<string, string>? StageVariables { get; set; }

    public ProxyRequestContext? RequestContext { get; set; }

    public string? Body { get; set; }

    public bool IsBase64Encoded { get; set; }
}
