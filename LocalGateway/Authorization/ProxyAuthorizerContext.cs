using System.Text.Json;
using EventFunctions.Annotations.APIGatewayEvents;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>
/// Puts what the authorizer learned into the proxy event, where API Gateway puts it: a Cognito caller's claims in
/// <c>requestContext.authorizer.claims</c> (claim name to string), an IAM caller in <c>requestContext.identity</c>
/// (<c>accessKey</c>, <c>accountId</c>, <c>caller</c>, <c>user</c>, <c>userArn</c>).
/// </summary>
internal static class ProxyAuthorizerContext
{
    public static void Apply(APIGatewayProxyRequest request, AuthorizerVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(verdict);
        var context = request.RequestContext ??= new ProxyRequestContext();
        if (verdict.Claims is { } claims)
        {
            context.Authorizer = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["claims"] = ToJson(claims) };
        }

        if (verdict.Caller is { } caller)
        {
            var identity = context.Identity ??= new RequestIdentity();
            identity.AccessKey = caller.AccessKey;
            identity.AccountId = caller.AccountId;
            identity.Caller = caller.UserId;
            identity.User = caller.UserId;
            identity.UserArn = caller.UserArn;
        }
    }

    private static JsonElement ToJson(IReadOnlyDictionary<string, string> claims)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in claims)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }
}
