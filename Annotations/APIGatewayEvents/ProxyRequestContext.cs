using System.Text.Json;

namespace EventFunctions.Annotations.APIGatewayEvents;

/// <summary>The <c>requestContext</c> of a REST API proxy event.</summary>
public sealed class ProxyRequestContext
{
    public string? AccountId { get; set; }

    public string? ApiId { get; set; }

    public string? DomainName { get; set; }

    public string? DomainPrefix { get; set; }

    public string? ExtendedRequestId { get; set; }

    public string? HttpMethod { get; set; }

    public string? Path { get; set; }

    public string? Protocol { get; set; }

    public string? RequestId { get; set; }

    public string? RequestTime { get; set; }

    public long RequestTimeEpoch { get; set; }

    public string? ResourceId { get; set; }

    public string? ResourcePath { get; set; }

    public string? Stage { get; set; }

    public RequestIdentity? Identity { get; set; }

    /// <summary>Whatever the authorizer put there; its shape depends on the authorizer.</summary>
    public IDictionary<string, JsonElement>? Authorizer { get; set; }
}
