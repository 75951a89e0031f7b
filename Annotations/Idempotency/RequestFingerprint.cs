using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace EventFunctions.Annotations.Idempotency;

/// <summary>
/// What makes two requests the same request for a key: method, path, <c>If-Match</c> and the body, the body
/// canonicalised when it is JSON (object keys in ordinal order, no white space), so key order and formatting do not
/// count. The fingerprint is the SHA-256 of that, base64url.
/// </summary>
public static class RequestFingerprint
{
    public static string Compute(string method, string path, string? ifMatch, string? body)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        var buffer = new ArrayBufferWriter<byte>(256);
        Append(buffer, method);
        Append(buffer, path);
        Append(buffer, ifMatch ?? string.Empty);
        AppendBody(buffer, body);
        return Base64Url.EncodeToString(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>The body as the fingerprint sees it: canonical JSON, or the text itself when it is not JSON.</summary>
    public static string CanonicalBody(string? body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        AppendBody(buffer, body);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Append(ArrayBufferWriter<byte> buffer, string part)
    {
        Encoding.UTF8.GetBytes(part, buffer);
        buffer.Write("\n"u8);
    }

    private static void AppendBody(ArrayBufferWriter<byte> buffer, string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            using var writer = new Utf8JsonWriter(buffer);
            WriteCanonical(writer, document.RootElement);
        }
        catch (JsonException)
        {
            Encoding.UTF8.GetBytes(body, buffer);
        }
    }

    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
