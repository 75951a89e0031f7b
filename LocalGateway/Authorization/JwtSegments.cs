using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>
/// A compact JWS split strictly: exactly three non-empty base64url segments, a header and a payload that are each one
/// JSON object without repeated member names, and the signing input as the bytes that arrived.
/// </summary>
internal sealed class JwtSegments : IDisposable
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 16 };

    private readonly JsonDocument header;
    private readonly JsonDocument payload;

    private JwtSegments(JsonDocument header, JsonDocument payload, byte[] signingInput, byte[] signature)
    {
        this.header = header;
        this.payload = payload;
        SigningInput = signingInput;
        Signature = signature;
    }

    public JsonElement Header => header.RootElement;

    public JsonElement Payload => payload.RootElement;

    /// <summary>The ASCII of <c>header.payload</c> exactly as received: what the signature covers.</summary>
    public byte[] SigningInput { get; }

    public byte[] Signature { get; }

    public static bool TryParse(string token, [NotNullWhen(true)] out JwtSegments? segments)
    {
        ArgumentNullException.ThrowIfNull(token);
        segments = null;
        if (token.Split('.') is not [var headerText, var payloadText, var signatureText]
            || !Base64UrlText.TryDecode(headerText, out var headerBytes) || headerBytes.Length == 0
            || !Base64UrlText.TryDecode(payloadText, out var payloadBytes) || payloadBytes.Length == 0
            || !Base64UrlText.TryDecode(signatureText, out var signature) || signature.Length == 0
            || ParseObject(headerBytes) is not { } headerJson)
        {
            return false;
        }

        if (ParseObject(payloadBytes) is not { } payloadJson)
        {
            headerJson.Dispose();
            return false;
        }

        segments = new JwtSegments(headerJson, payloadJson, Encoding.ASCII.GetBytes($"{headerText}.{payloadText}"), signature);
        return true;
    }

    public void Dispose()
    {
        header.Dispose();
        payload.Dispose();
    }

    private static JsonDocument? ParseObject(byte[] utf8)
    {
        try
        {
            var document = JsonDocument.Parse(utf8, Strict);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
