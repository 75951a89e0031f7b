using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>What to put in a minted ID token.</summary>
/// <param name="UserName">The <c>cognito:username</c>; the <c>sub</c> is derived from it, so it is the same every time.</param>
/// <param name="Groups">The <c>cognito:groups</c>; none leaves the claim out, as Cognito does.</param>
/// <param name="Email">The <c>email</c>; <c>null</c> is <c>{user}@example.com</c>.</param>
/// <param name="IssuedAt">The <c>iat</c> and <c>auth_time</c>.</param>
/// <param name="Lifetime">From <c>iat</c> to <c>exp</c>.</param>
internal sealed record TokenRequest(
    string UserName, IReadOnlyList<string> Groups, string? Email, DateTimeOffset IssuedAt, TimeSpan Lifetime);

/// <summary>
/// Mints the local user pool's ID tokens: RS256 JWTs shaped like a Cognito user pool's (<c>token_use</c> <c>id</c>,
/// <c>aud</c> the app client, <c>iss</c> the pool), signed with the <see cref="CognitoSigningKey"/>.
/// </summary>
internal static class CognitoTokenIssuer
{
    public static string Mint(CognitoSigningKey key, string issuer, TokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(request);
        var header = Json(writer =>
        {
            writer.WriteString("kid", key.KeyId);
            writer.WriteString("alg", "RS256");
        });
        var issuedAt = request.IssuedAt.ToUnixTimeSeconds();
        var payload = Json(writer =>
        {
            writer.WriteString("sub", SubjectOf(request.UserName));
            if (request.Groups.Count > 0)
            {
                writer.WriteStartArray("cognito:groups");
                foreach (var group in request.Groups)
                {
                    writer.WriteStringValue(group);
                }

                writer.WriteEndArray();
            }

            writer.WriteBoolean("email_verified", true);
            writer.WriteString("iss", issuer);
            writer.WriteString("cognito:username", request.UserName);
            writer.WriteString("origin_jti", Guid.NewGuid().ToString("D"));
            writer.WriteString("aud", LocalAccount.AppClientId);
            writer.WriteString("event_id", Guid.NewGuid().ToString("D"));
            writer.WriteString("token_use", "id");
            writer.WriteNumber("auth_time", issuedAt);
            writer.WriteNumber("exp", issuedAt + (long)request.Lifetime.TotalSeconds);
            writer.WriteNumber("iat", issuedAt);
            writer.WriteString("jti", Guid.NewGuid().ToString("D"));
            writer.WriteString("email", request.Email ?? $"{request.UserName}@example.com");
        });
        var signingInput = $"{Base64UrlText.Encode(header)}.{Base64UrlText.Encode(payload)}";
        var signature = key.Rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64UrlText.Encode(signature)}";
    }

    /// <summary>A stable UUID-shaped <c>sub</c> for a user name (Cognito's is a random UUID fixed at sign-up).</summary>
    public static string SubjectOf(string userName) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(userName)).AsSpan(0, 16)).ToString("D");

    private static byte[] Json(Action<Utf8JsonWriter> writeMembers)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
