using System.Security.Cryptography;
using System.Text.Json;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.RestApi;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>
/// Checks the <c>Authorization</c> header as a REST API's <c>COGNITO_USER_POOLS</c> authorizer without OAuth scopes does:
/// the raw ID token, or the same after <c>Bearer </c>; header <c>alg</c> RS256 with the pool key's <c>kid</c>; the RSA
/// signature over the received <c>header.payload</c>; <c>iss</c> the pool; <c>token_use</c> <c>id</c> and <c>aud</c>
/// the app client (a method without scopes takes ID tokens, not access tokens); <c>nbf</c>/<c>iat</c> not in the future
/// and <c>exp</c> in it, by the gateway's clock. An expired token that passes the rest gets "The incoming token has
/// expired"; anything else wrong gets "Unauthorized" (both 401), and the function is never invoked.
/// </summary>
internal sealed class CognitoTokenVerifier(CognitoSigningKey key, TimeProvider time)
{
    private const string BearerPrefix = "Bearer ";

    public AuthorizerVerdict Verify(string? authorization, string issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return AuthorizerVerdict.Reject(GatewayResponses.Unauthorized);
        }

        var token = authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..]
            : authorization;
        if (!JwtSegments.TryParse(token, out var jwt))
        {
            return AuthorizerVerdict.Reject(GatewayResponses.Unauthorized);
        }

        using (jwt)
        {
            if (!HeaderIsOurs(jwt.Header) || !SignatureVerifies(jwt) || !ClaimsAreOurs(jwt.Payload, issuer))
            {
                return AuthorizerVerdict.Reject(GatewayResponses.Unauthorized);
            }

            var now = time.GetUtcNow().ToUnixTimeSeconds();
            if (!NotAfter(jwt.Payload, "nbf", now) || !NotAfter(jwt.Payload, "iat", now)
                || NumberClaim(jwt.Payload, "exp") is not { Invalid: false, Value: { } expires })
            {
                return AuthorizerVerdict.Reject(GatewayResponses.Unauthorized);
            }

            return expires <= now
                ? AuthorizerVerdict.Reject(GatewayResponses.ExpiredToken)
                : AuthorizerVerdict.WithClaims(AuthorizerClaims.From(jwt.Payload));
        }
    }

    private bool HeaderIsOurs(JsonElement header) =>
        StringClaim(header, "alg") == "RS256"
        && StringClaim(header, "kid") == key.KeyId
        // A critical extension we do not implement must not be ignored (RFC 7515 §4.1.11).
        && !header.TryGetProperty("crit", out _);

    private bool SignatureVerifies(JwtSegments jwt) =>
        jwt.Signature.Length == key.Rsa.KeySize / 8
        && key.Rsa.VerifyData(jwt.SigningInput, jwt.Signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    private static bool ClaimsAreOurs(JsonElement payload, string issuer) =>
        StringClaim(payload, "iss") == issuer
        && StringClaim(payload, "token_use") == "id"
        && StringClaim(payload, "aud") == LocalAccount.AppClientId;

    private static string? StringClaim(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Whether an optional NumericDate claim is absent, or a time that is not later than now.</summary>
    private static bool NotAfter(JsonElement payload, string name, long now) =>
        NumberClaim(payload, name) is { Invalid: false } claim && !(claim.Value > now);

    /// <summary>A NumericDate claim: absent (no value, valid), a whole number of seconds, or invalid.</summary>
    private static (long? Value, bool Invalid) NumberClaim(JsonElement payload, string name)
    {
        if (!payload.TryGetProperty(name, out var value))
        {
            return (null, false);
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds) ? (seconds, false) : (null, true);
    }
}
