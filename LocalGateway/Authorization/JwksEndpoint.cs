using System.Text.Json.Nodes;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>
/// The local user pool's public key as a JSON Web Key Set at <see cref="LocalUserPool.JwksPath"/>, shaped as Cognito's
/// <c>/.well-known/jwks.json</c> (<c>alg</c>, <c>e</c>, <c>kid</c>, <c>kty</c>, <c>n</c>, <c>use</c>).
/// </summary>
internal static class JwksEndpoint
{
    public static void Map(WebApplication app, CognitoSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(key);
        app.MapGet(LocalUserPool.JwksPath, (HttpContext context) => JsonResponse.WriteAsync(context, StatusCodes.Status200OK, Document(key)));
    }

    public static JsonObject Document(CognitoSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["alg"] = "RS256",
                ["e"] = key.Exponent,
                ["kid"] = key.KeyId,
                ["kty"] = "RSA",
                ["n"] = key.Modulus,
                ["use"] = "sig",
            }),
        };
    }
}
