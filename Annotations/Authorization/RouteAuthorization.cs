namespace EventFunctions.Annotations.Authorization;

/// <summary>
/// Which API methods an authorizer guards, decided once for the CDK stack, the SAM template and LocalGateway alike:
/// with a <see cref="Mode"/> other than <see cref="AuthorizationMode.None"/>, every method that writes (anything but
/// <c>GET</c>, <c>HEAD</c> and <c>OPTIONS</c>), and the reads too when <see cref="AuthReads"/> is on. The CORS preflight
/// (<c>OPTIONS</c>, API Gateway's mock method) never has an authorizer: a browser sends it without credentials.
/// </summary>
/// <param name="Mode">The kind of authorizer.</param>
/// <param name="AuthReads">Whether <c>GET</c> and <c>HEAD</c> need it too.</param>
public sealed record RouteAuthorization(AuthorizationMode Mode, bool AuthReads)
{
    /// <summary>No authorizer anywhere: the default deployment.</summary>
    public static RouteAuthorization Open { get; } = new(AuthorizationMode.None, AuthReads: false);

    /// <summary>Whether a method with this HTTP verb gets the authorizer.</summary>
    public bool IsAuthorized(string httpMethod)
    {
        ArgumentNullException.ThrowIfNull(httpMethod);
        if (Mode == AuthorizationMode.None || IsVerb(httpMethod, "OPTIONS"))
        {
            return false;
        }

        return AuthReads || !(IsVerb(httpMethod, "GET") || IsVerb(httpMethod, "HEAD"));
    }

    private static bool IsVerb(string httpMethod, string verb) => string.Equals(httpMethod, verb, StringComparison.OrdinalIgnoreCase);
}
