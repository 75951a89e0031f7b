using System.Diagnostics.CodeAnalysis;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>
/// A SigV4 <c>Authorization</c> header, <c>AWS4-HMAC-SHA256 Credential=AKID/20261201/us-east-1/execute-api/aws4_request,
/// SignedHeaders=host;x-amz-date, Signature=hex</c>, read into its parts.
/// </summary>
internal sealed record SigV4AuthorizationHeader(string Credential, IReadOnlyList<string> SignedHeaders, string Signature)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    private static readonly string[] Required = ["Credential", "Signature", "SignedHeaders"];

    /// <summary>Reads the header; <paramref name="missing"/> names, in API Gateway's words, each part it lacks.</summary>
    public static bool TryParse(string value, [NotNullWhen(true)] out SigV4AuthorizationHeader? header, out List<string> missing)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            foreach (var part in value[(Algorithm.Length + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Split('=', 2) is [var name, var text] && text.Length > 0)
                {
                    parameters.TryAdd(name, text);
                }
            }
        }

        missing = [.. Required
            .Where(name => !parameters.ContainsKey(name))
            .Select(name => $"Authorization header requires '{name}' parameter.")];
        header = missing.Count == 0
            ? new SigV4AuthorizationHeader(parameters["Credential"], parameters["SignedHeaders"].Split(';'), parameters["Signature"])
            : null;
        return header is not null;
    }
}
