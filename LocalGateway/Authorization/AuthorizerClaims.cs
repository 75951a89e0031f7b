using System.Globalization;
using System.Text.Json;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>
/// A token's claims as a REST API's Cognito authorizer hands them on in <c>requestContext.authorizer.claims</c>: every
/// value a string. Numbers and booleans keep their JSON text (<c>"auth_time":"1764590400"</c>,
/// <c>"email_verified":"true"</c>), <c>exp</c> and <c>iat</c> become dates in Java's <c>Date.toString()</c> form
/// (<c>"Tue Dec 01 12:00:00 UTC 2026"</c>), a list is joined with commas (<c>"cognito:groups":"admins,editors"</c>).
/// </summary>
internal static class AuthorizerClaims
{
    private static readonly HashSet<string> DateClaims = new(StringComparer.Ordinal) { "exp", "iat" };

    public static IReadOnlyDictionary<string, string> From(JsonElement payload)
    {
        var claims = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var claim in payload.EnumerateObject())
        {
            if (ValueOf(claim.Name, claim.Value) is { } value)
            {
                claims[claim.Name] = value;
            }
        }

        return claims;
    }

    /// <summary>Java's <c>Date.toString()</c> in UTC: <c>EEE MMM dd HH:mm:ss zzz yyyy</c>.</summary>
    public static string JavaDate(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).UtcDateTime.ToString("ddd MMM dd HH:mm:ss 'UTC' yyyy", CultureInfo.InvariantCulture);

    private static string? ValueOf(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when DateClaims.Contains(name) && value.TryGetInt64(out var seconds) => JavaDate(seconds),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Object => value.GetRawText(),
        JsonValueKind.Array => string.Join(',', value.EnumerateArray().Select(item => ValueOf(name, item) ?? string.Empty)),
        _ => null,
    };
}
