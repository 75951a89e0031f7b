using System.Globalization;
using System.Security.Cryptography;
using EventFunctions.Annotations.APIGatewayEvents;
using EventFunctions.LocalGateway.Hosting;
using Microsoft.AspNetCore.WebUtilities;

namespace EventFunctions.LocalGateway.RestApi;

/// <summary>
/// Turns an HTTP request into the REST API proxy event (payload format 1.0) API Gateway sends to Lambda.
/// The gateway serves the stage at the root, like a custom domain mapped to stage <c>prod</c>: so
/// <c>path</c> and <c>requestContext.path</c> are both the path the client sent, and <c>stage</c> is <c>prod</c>.
/// </summary>
internal static class ProxyRequestFactory
{
    public static APIGatewayProxyRequest Create(
        HttpContext context, ResourceMatch match, byte[] body, string requestId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(body);
        var request = context.Request;
        var path = RawRequestPath.Of(context);
        var (headers, multiValueHeaders) = Headers(context);
        var (query, multiValueQuery) = Query(request.QueryString.Value);
        var (text, isBase64Encoded) = BodyEncoding.Encode(request.ContentType, body);
        var host = request.Host.Host;
        return new APIGatewayProxyRequest
        {
            Resource = match.Resource.Path,
            Path = path,
            HttpMethod = request.Method,
            Headers = headers,
            MultiValueHeaders = multiValueHeaders,
            QueryStringParameters = query,
            MultiValueQueryStringParameters = multiValueQuery,
            PathParameters = match.PathParameters.Count == 0 ? null : new Dictionary<string, string>(match.PathParameters),
            Body = text,
            IsBase64Encoded = isBase64Encoded,
            RequestContext = new ProxyRequestContext
            {
                AccountId = LocalAccount.AccountId,
                ApiId = LocalAccount.ApiId,
                DomainName = request.Host.Value,
                DomainPrefix = host.Split('.')[0],
                ExtendedRequestId = Convert.ToBase64String(RandomNumberGenerator.GetBytes(11)),
                HttpMethod = request.Method,
                Path = path,
                Protocol = request.Protocol,
                RequestId = requestId,
                RequestTime = now.ToUniversalTime().ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture),
                RequestTimeEpoch = now.ToUnixTimeMilliseconds(),
                ResourceId = match.Resource.Id,
                ResourcePath = match.Resource.Path,
                Stage = LocalAccount.Stage,
                Identity = new RequestIdentity
                {
                    SourceIp = context.Connection.RemoteIpAddress?.ToString(),
                    UserAgent = request.Headers.UserAgent.Count > 0 ? request.Headers.UserAgent.ToString() : null,
                },
            },
        };
    }

    private static (Dictionary<string, string>, Dictionary<string, IList<string>>) Headers(HttpContext context)
    {
        var single = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var multi = new Dictionary<string, IList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in context.Request.Headers)
        {
            string[] list = [.. values.Select(v => v ?? string.Empty)];
            single[name] = list.Length > 0 ? list[^1] : string.Empty;
            multi[name] = list;
        }

        // API Gateway adds these for the integration.
        AddIfMissing("X-Forwarded-For", context.Connection.RemoteIpAddress?.ToString());
        AddIfMissing("X-Forwarded-Port", context.Connection.LocalPort.ToString(CultureInfo.InvariantCulture));
        AddIfMissing("X-Forwarded-Proto", context.Request.Scheme);
        return (single, multi);

        void AddIfMissing(string name, string? value)
        {
            if (value is not null && single.TryAdd(name, value))
            {
                multi[name] = [value];
            }
        }
    }

    private static (Dictionary<string, string>?, Dictionary<string, IList<string>>?) Query(string? queryString)
    {
        var parsed = QueryHelpers.ParseNullableQuery(queryString);
        if (parsed is null || parsed.Count == 0)
        {
            return (null, null);
        }

        var single = new Dictionary<string, string>(StringComparer.Ordinal);
        var multi = new Dictionary<string, IList<string>>(StringComparer.Ordinal);
        foreach (var (name, values) in parsed)
        {
            string[] list = [.. values.Select(v => v ?? string.Empty)];
            single[name] = list.Length > 0 ? list[^1] : string.Empty;
            multi[name] = list;
        }

        return (single, multi);
    }
}
