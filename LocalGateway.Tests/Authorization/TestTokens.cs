using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Tests.Authorization;

/// <summary>
/// Builds JWTs the way an attacker or a careless client would: any header, any payload, any signature. Written apart
/// from the gateway's own issuer, so a test of the verifier does not trust the code it checks.
/// </summary>
internal static class TestTokens
{
    public static JsonObject Header(string kid, string alg = "RS256") => new() { ["kid"] = kid, ["alg"] = alg };

    /// <summary>The claims of a good ID token of the local pool for <c>alice</c>, issued at <paramref name="issuedAt"/>, valid an hour.</summary>
    public static JsonObject IdClaims(string issuer, DateTimeOffset issuedAt)
    {
        var iat = issuedAt.ToUnixTimeSeconds();
        return new JsonObject
        {
            ["sub"] = "7d8e1c1a-0000-4000-8000-000000000001",
            ["cognito:groups"] = new JsonArray("admins", "editors"),
            ["email_verified"] = true,
            ["iss"] = issuer,
            ["cognito:username"] = "alice",
            ["aud"] = LocalAccount.AppClientId,
            ["token_use"] = "id",
            ["auth_time"] = iat,
            ["exp"] = iat + 3600,
            ["iat"] = iat,
            ["email"] = "alice@example.com",
        };
    }

    public static string SignRs256(JsonNode header, JsonNode payload, RSA key) =>
        SignRs256(header.ToJsonString(), payload.ToJsonString(), key);

    public static string SignRs256(string headerJson, string payloadJson, RSA key)
    {
        var signingInput = $"{Encode(headerJson)}.{Encode(payloadJson)}";
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Encode(signature)}";
    }

    /// <summary>An HS256 token keyed with <paramref name="secret"/>: the classic attack of using a public key as an HMAC secret.</summary>
    public static string SignHs256(JsonNode header, JsonNode payload, byte[] secret)
    {
        var signingInput = $"{Encode(header.ToJsonString())}.{Encode(payload.ToJsonString())}";
        return $"{signingInput}.{Encode(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput)))}";
    }

    /// <summary>The token with its payload replaced by <paramref name="payload"/>, the original signature kept.</summary>
    public static string WithPayload(string token, JsonNode payload)
    {
        var parts = token.Split('.');
        return $"{parts[0]}.{Encode(payload.ToJsonString())}.{parts[2]}";
    }

    public static string Encode(string text) => Encode(Encoding.UTF8.GetBytes(text));

    public static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
