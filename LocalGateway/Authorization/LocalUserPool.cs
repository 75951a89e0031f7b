using System.Globalization;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>
/// Where the local user pool lives: Cognito's issuer is <c>https://cognito-idp.{region}.amazonaws.com/{poolId}</c> with
/// its keys at <c>{issuer}/.well-known/jwks.json</c>; the local one is the gateway itself,
/// <c>http://127.0.0.1:{port}/{poolId}</c>, with its keys at the same relative path.
/// </summary>
internal static class LocalUserPool
{
    public const string JwksPath = "/" + LocalAccount.UserPoolId + "/.well-known/jwks.json";

    public static string Issuer(int port) =>
        string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/{LocalAccount.UserPoolId}");
}
