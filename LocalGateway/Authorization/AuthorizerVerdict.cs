using EventFunctions.LocalGateway.RestApi;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>
/// What an authorizer decided about one request: the answer API Gateway gives instead of invoking the function, or what
/// the proxy event carries about the caller (the token's claims, or the IAM identity).
/// </summary>
internal sealed record AuthorizerVerdict
{
    private AuthorizerVerdict()
    {
    }

    /// <summary>No authorizer on this method: the request goes on as it came.</summary>
    public static AuthorizerVerdict Open { get; } = new();

    /// <summary>The answer the client gets; <c>null</c> when the request goes on to the function.</summary>
    public GatewayAnswer? Rejection { get; private init; }

    /// <summary>A Cognito caller's claims, for <c>requestContext.authorizer.claims</c>.</summary>
    public IReadOnlyDictionary<string, string>? Claims { get; private init; }

    /// <summary>An IAM caller, for <c>requestContext.identity</c>.</summary>
    public IamCaller? Caller { get; private init; }

    public static AuthorizerVerdict Reject(GatewayAnswer answer) => new() { Rejection = answer };

    public static AuthorizerVerdict WithClaims(IReadOnlyDictionary<string, string> claims) => new() { Claims = claims };

    public static AuthorizerVerdict WithCaller(IamCaller caller) => new() { Caller = caller };
}

/// <summary>The IAM principal a valid SigV4 signature proves, as <c>requestContext.identity</c> describes an IAM user.</summary>
internal sealed record IamCaller(string AccessKey, string AccountId, string UserId, string UserArn);
