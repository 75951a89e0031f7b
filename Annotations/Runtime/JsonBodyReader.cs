using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EventFunctions.Annotations.APIGateway;
using EventFunctions.Annotations.APIGatewayEvents;

namespace EventFunctions.Annotations.Runtime;

/// <summary>
/// Reads a JSON request body strictly: JSON content type (415), size limit after base64 decoding (413),
/// well-formed JSON without comments, trailing commas or duplicate property names (400).
/// </summary>
public static class JsonBodyReader
{
    private const int MaxDepth = 64;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = MaxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    /// <summary>Reads the body as a <see cref="JsonElement"/> that outlives the request.</summary>
    public static bool TryRead(
        APIGatewayProxyRequest request,
        int maxBytes,
        out JsonElement body,
        [NotNullWhen(false)] out IHttpResult? problem)
    {
        body = default;
        if (!TryGetUtf8(request, maxBytes, out var utf8, out problem))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(utf8, DocumentOptions);
            body = document.RootElement.Clone();
            return true;
        }
        catch (JsonException exception)
        {
            problem = BodyProblems.NotJson(Describe(exception));
            return false;
        }
    }

    /// <summary>Reads the body into <typeparamref name="T"/> through source-generated metadata.</summary>
    public static bool TryRead<T>(
        APIGatewayProxyRequest request,
        int maxBytes,
        JsonTypeInfo<T> typeInfo,
        [MaybeNullWhen(false)] out T body,
        [NotNullWhen(false)] out IHttpResult? problem)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        body = default;
        if (!TryRead(request, maxBytes, out var element, out problem))
        {
            return false;
        }

        try
        {
            body = element.Deserialize(typeInfo);
        }
        catch (JsonException exception)
        {
            problem = BodyProblems.NotJson(Describe(exception));
            return false;
        }

        if (body is null)
        {
            problem = BodyProblems.Required();
            return false;
        }

        return true;
    }

    /// <summary>Whether the request carries a body at all.</summary>
    public static bool HasBody(APIGatewayProxyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return !string.IsNullOrEmpty(request.Body);
    }

    /// <summary>Whether a Content-Type names JSON: <c>application/json</c> or <c>application/*+json</c>, UTF-8.</summary>
    public static bool IsJsonContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var parts = contentType.Split(';');
        var mediaType = parts[0].Trim();
        var isJson = mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase)
                && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        if (!isJson)
        {
            return false;
        }

        foreach (var parameter in parts.Skip(1))
        {
            var pair = parameter.Split('=', 2);
            if (pair[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase)
                && !(pair.Length == 2 && pair[1].Trim().Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryGetUtf8(
        APIGatewayProxyRequest request,
        int maxBytes,
        out byte[] utf8,
        [NotNullWhen(false)] out IHttpResult? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        utf8 = [];
        problem = null;
        var text = request.Body;
        if (string.IsNullOrEmpty(text))
        {
            problem = BodyProblems.Required();
            return false;
        }

        if (!IsJsonContentType(RequestValues.Header(request, "Content-Type")))
        {
            problem = BodyProblems.UnsupportedMediaType();
            return false;
        }

        if (request.IsBase64Encoded)
        {
            // Decoded size is at most 3/4 of the encoded length: refuse early before allocating.
            if ((long)text.Length / 4 * 3 > (long)maxBytes + 3)
            {
                problem = BodyProblems.TooLarge(maxBytes);
                return false;
            }

            var buffer = new byte[(text.Length / 4 * 3) + 3];
            if (!Convert.TryFromBase64String(text, buffer, out var written))
            {
                problem = BodyProblems.BadBase64();
                return false;
            }

            utf8 = buffer.AsSpan(0, written).ToArray();
        }
        else
        {
            if (text.Length > maxBytes || Encoding.UTF8.GetByteCount(text) > maxBytes)
            {
                problem = BodyProblems.TooLarge(maxBytes);
                return false;
            }

            utf8 = Encoding.UTF8.GetBytes(text);
        }

        if (utf8.Length > maxBytes)
        {
            problem = BodyProblems.TooLarge(maxBytes);
            return false;
        }

        if (utf8.Length == 0)
        {
            problem = BodyProblems.Required();
            return false;
        }

        return true;
    }

    private static string Describe(JsonException exception) =>
        exception.LineNumber is { } line && exception.BytePositionInLine is { } position
            ? $"error at line {line + 1}, byte {position + 1} (malformed syntax or a repeated property name)."
            : "it does not have the expected shape.";
}
