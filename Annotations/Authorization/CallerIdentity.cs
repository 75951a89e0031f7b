using System.Globalization;
using System.Text;
using System.Text.Json;
using EventFunctions.Annotations.APIGatewayEvents;

namespace EventFunctions.Annotations.Authorization;

/// <summary>
/// The one place a request's <see cref="Caller"/> is read, from what API Gateway's authorizer put in the proxy event
/// and nothing a client sends (no header, no body, no query):
/// <list type="bullet">
/// <item>Cognito user pools: <c>requestContext.authorizer.claims["cognito:username"]</c>, else the <c>sub</c> claim
/// (an access token has no <c>cognito:username</c>; <c>sub</c> is in every token, never changes and is never reused).
/// Only an absent username falls back: a present but unusable one is an error.</item>
/// <item>AWS_IAM: <c>requestContext.identity.userArn</c> (the signer's ARN; <c>user</c> alone is an id without its
/// account).</item>
/// </list>
/// </summary>
public static class CallerIdentity
{
    public const string ClaimsKey = "claims";
    public const string UsernameClaim = "cognito:username";
    public const string SubjectClaim = "sub";

    /// <summary>The caller, or <see langword="null"/> when no authorizer vouched for one (a public method).</summary>
    /// <exception cref="UnusableCallerException">An authorizer's identity is empty, too long or has a character no identity has.</exception>
    public static Caller? Read(APIGatewayProxyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.RequestContext;
        if (context?.Authorizer is { } authorizer && authorizer.TryGetValue(ClaimsKey, out var claims)
            && claims.ValueKind != JsonValueKind.Null)
        {
            return new Caller(AuthorizationMode.Cognito, FromClaims(claims));
        }

        return context?.Identity?.UserArn is { } userArn
            ? new Caller(AuthorizationMode.Iam, Checked(userArn, "The IAM caller's userArn"))
            : null;
    }

    private static string FromClaims(JsonElement claims)
    {
        if (claims.ValueKind != JsonValueKind.Object)
        {
            throw new UnusableCallerException($"The authorizer's claims are {claims.ValueKind}, not an object.");
        }

        foreach (var name in (ReadOnlySpan<string>)[UsernameClaim, SubjectClaim])
        {
            if (claims.TryGetProperty(name, out var value))
            {
                var what = $"The authorizer's {name} claim";
                return value.ValueKind == JsonValueKind.String
                    ? Checked(Text(value, what), what)
                    : throw new UnusableCallerException($"{what} is {value.ValueKind}, not a string.");
            }
        }

        throw new UnusableCallerException($"The authorizer's claims have neither {UsernameClaim} nor {SubjectClaim}.");
    }

    /// <summary>The claim's text; an escaped lone surrogate, which has none, is unusable too.</summary>
    private static string Text(JsonElement value, string what)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            throw new UnusableCallerException($"{what} has a lone surrogate.", exception);
        }
    }

    /// <summary>The identity when usable (see <see cref="Caller.Id"/>); what is wrong, never the value, otherwise.</summary>
    private static string Checked(string id, string what)
    {
        if (id.Length == 0)
        {
            throw new UnusableCallerException($"{what} is empty.");
        }

        if (id.Length > Caller.MaxLength)
        {
            throw new UnusableCallerException(
                string.Create(CultureInfo.InvariantCulture, $"{what} is {id.Length} characters long; at most {Caller.MaxLength} are recorded."));
        }

        var text = id.AsSpan();
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done || !IsIdentityCharacter(rune))
            {
                throw new UnusableCallerException(
                    string.Create(CultureInfo.InvariantCulture, $"{what} has white space, a control character or a lone surrogate at index {i}."));
            }

            i += consumed;
        }

        return id;
    }

    /// <summary>Cognito's own username alphabet, <c>[\p{L}\p{M}\p{S}\p{N}\p{P}]</c>, which covers ARNs and UUIDs too.</summary>
    private static bool IsIdentityCharacter(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };
}
