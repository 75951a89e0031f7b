using System.Text;

namespace EventFunctions.LocalGateway.RestApi;

/// <summary>
/// How a request body travels in the proxy event: as text when its content type is text-like and it is valid
/// UTF-8, otherwise base64 with <c>isBase64Encoded</c> (what API Gateway does with binary media types enabled).
/// </summary>
internal static class BodyEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Body, bool IsBase64Encoded) Encode(string? contentType, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length == 0)
        {
            return (null, false);
        }

        if (IsTextLike(contentType))
        {
            try
            {
                return (StrictUtf8.GetString(body), false);
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8 after all: pass the bytes through untouched.
            }
        }

        return (Convert.ToBase64String(body), true);
    }

    /// <summary>No content type, <c>text/*</c>, JSON, XML, JavaScript or a form.</summary>
    public static bool IsTextLike(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType.StartsWith("text/", StringComparison.Ordinal)
            || mediaType is "application/json" or "application/xml" or "application/javascript"
                or "application/x-www-form-urlencoded"
            || mediaType.EndsWith("+json", StringComparison.Ordinal)
            || mediaType.EndsWith("+xml", StringComparison.Ordinal);
    }
}
