using System.Buffers.Text;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>
/// Unpadded base64url (RFC 7515 §2) as JWTs carry it: nothing but <c>A-Z a-z 0-9 - _</c>, no padding, no whitespace,
/// no length that cannot be base64. Anything else is not a token segment.
/// </summary>
internal static class Base64UrlText
{
    public static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);

    public static bool TryDecode(string text, out byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        bytes = [];
        if (text.Length % 4 == 1 || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return false;
        }

        var buffer = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        if (Base64Url.DecodeFromChars(text, buffer, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        bytes = buffer[..written];
        // One text per byte string: trailing bits that are not zero would give a second spelling of the same bytes.
        return Encode(bytes) == text;
    }
}
