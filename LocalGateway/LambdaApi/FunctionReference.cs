using System.Text.RegularExpressions;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.LambdaApi;

/// <summary>
/// The <c>FunctionName</c> of an Invoke call: a name (<c>GetEvent</c>), a partial ARN
/// (<c>123456789012:function:GetEvent</c>) or a full ARN, each optionally ending in <c>:qualifier</c>.
/// </summary>
internal sealed partial record FunctionReference(string Name, string? Qualifier)
{
    /// <summary>The qualifiers the local functions have: the unpublished version and the alias the API invokes.</summary>
    public static readonly IReadOnlyList<string> KnownQualifiers = ["$LATEST", LocalAccount.AliasName];

    public string Arn => LocalAccount.FunctionArn(Name) + (Qualifier is null ? string.Empty : ":" + Qualifier);

    public bool HasKnownQualifier => Qualifier is null || KnownQualifiers.Contains(Qualifier, StringComparer.Ordinal);

    /// <param name="functionName">The path segment, already URL-decoded.</param>
    /// <param name="qualifierParameter">The <c>Qualifier</c> query parameter, used when the name carries none.</param>
    public static FunctionReference? TryParse(string functionName, string? qualifierParameter)
    {
        ArgumentNullException.ThrowIfNull(functionName);
        var match = Pattern().Match(functionName);
        if (!match.Success)
        {
            return null;
        }

        var qualifier = match.Groups["qualifier"] is { Success: true } inName ? inName.Value
            : string.IsNullOrEmpty(qualifierParameter) ? null
            : qualifierParameter;
        return new FunctionReference(match.Groups["name"].Value, qualifier);
    }

    [GeneratedRegex(
        @"^(?:arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\d{12}:function:|\d{12}:function:)?(?<name>[A-Za-z0-9_-]{1,140})(?::(?<qualifier>\$LATEST|[A-Za-z0-9_-]{1,128}))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
