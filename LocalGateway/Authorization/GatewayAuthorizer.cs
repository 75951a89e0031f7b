using EventFunctions.Annotations.Authorization;
using EventFunctions.LocalGateway.RestApi;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>
/// The stage's authorizer: for a method <see cref="RouteAuthorization"/> guards, the Cognito user pool authorizer or the
/// AWS_IAM check, by the gateway's mode; every other method (and the CORS preflight) is open.
/// </summary>
internal sealed class GatewayAuthorizer
{
    private readonly CognitoTokenVerifier? cognito;
    private readonly SigV4Verifier? iam;

    /// <param name="rule">Which methods are guarded, and how.</param>
    /// <param name="signingKey">The local user pool's key; needed in <see cref="AuthorizationMode.Cognito"/>.</param>
    /// <param name="time">The clock tokens and signatures are checked against.</param>
    public GatewayAuthorizer(RouteAuthorization rule, CognitoSigningKey? signingKey, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
        cognito = rule.Mode == AuthorizationMode.Cognito
            ? new CognitoTokenVerifier(signingKey ?? throw new ArgumentNullException(nameof(signingKey)), time)
            : null;
        iam = rule.Mode == AuthorizationMode.Iam ? new SigV4Verifier(time) : null;
    }

    public RouteAuthorization Rule { get; }

    public AuthorizerVerdict Authorize(HttpContext context, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        var request = context.Request;
        if (!Rule.IsAuthorized(request.Method))
        {
            return AuthorizerVerdict.Open;
        }

        if (cognito is not null)
        {
            // The gateway listens on this one port, so the pool's issuer is the address the request arrived at.
            return cognito.Verify(request.Headers.Authorization.ToString(), LocalUserPool.Issuer(context.Connection.LocalPort));
        }

        var query = request.QueryString.HasValue ? request.QueryString.Value![1..] : string.Empty;
        return iam!.Verify(new SigV4Request(request.Method, RawRequestPath.Of(context), query, request.Headers, body));
    }
}
