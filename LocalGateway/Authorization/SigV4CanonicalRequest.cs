using System.Security.Cryptography;
using System.Text;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>
/// SigV4's canonical request: method, the path with every segment URI-encoded again (services other than S3 sign the
/// path as sent, encoded twice), the query parameters decoded, re-encoded and sorted, each signed header as
/// <c>name:value</c> (lowercase name; values trimmed, inner runs of spaces collapsed, repeats joined with commas), the
/// signed header names, and the hex SHA-256 of the body. Also the string to sign over it.
/// </summary>
internal static class SigV4CanonicalRequest
{
    public static string Build(SigV4Request request, IReadOnlyList<string> signedHeaders)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(signedHeaders);
        var text = new StringBuilder()
            .Append(request.Method).Append('\n')
            .Append(CanonicalPath(request.Path)).Append('\n')
            .Append(CanonicalQuery(request.Query)).Append('\n');
        foreach (var name in signedHeaders)
        {
            text.Append(name).Append(':').Append(CanonicalHeaderValue(request.Headers, name)).Append('\n');
        }

        return text.Append('\n')
            .Append(string.Join(';', signedHeaders)).Append('\n')
            .Append(Hex(SHA256.HashData(request.Body)))
            .ToString();
    }

    public static string StringToSign(string amzDate, string scope, string canonicalRequest) =>
        $"{SigV4AuthorizationHeader.Algorithm}\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";

    public static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>RFC 3986 encoding as SigV4 wants it: everything but <c>A-Z a-z 0-9 - . _ ~</c> as <c>%XX</c> of its UTF-8.</summary>
    public static string UriEncode(string text)
    {
        var encoded = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')
            {
                encoded.Append(c);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    private static string CanonicalPath(string path) =>
        path.Length == 0 ? "/" : string.Join('/', path.Split('/').Select(UriEncode));

    private static string CanonicalQuery(string query)
    {
        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2) is [var name, var value] ? (name, value) : (pair, string.Empty))
            .Select(pair => (Name: UriEncode(Uri.UnescapeDataString(pair.Item1)), Value: UriEncode(Uri.UnescapeDataString(pair.Item2))))
            .OrderBy(pair => pair.Name, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value, StringComparer.Ordinal);
        return string.Join('&', pairs.Select(pair => $"{pair.Name}={pair.Value}"));
    }

    private static string CanonicalHeaderValue(IHeaderDictionary headers, string name) =>
        string.Join(',', headers[name].Select(value => string.Join(' ', (value ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))));
}
