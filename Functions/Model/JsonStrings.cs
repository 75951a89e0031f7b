using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace EventFunctions.Model;

/// <summary>
/// Reads JSON strings without throwing. System.Text.Json throws <see cref="InvalidOperationException"/> when it
/// unescapes an unpaired surrogate (<c>"\ud800"</c>) or meets invalid UTF-8; a hostile body must get a 422, not a 500.
/// </summary>
internal static class JsonStrings
{
    /// <summary>The string value, or <c>null</c> when it is not valid Unicode. <paramref name="value"/> must be a string.</summary>
    public static string? TryGetString(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The unescaped UTF-8 of a short string value, without allocating when it has no escapes.
    /// False when it is longer than <paramref name="buffer"/> or not valid Unicode.
    /// </summary>
    public static bool TryGetShortUtf8(JsonElement value, Span<byte> buffer, out ReadOnlySpan<byte> utf8)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value)[1..^1];
        if (!raw.Contains((byte)'\\'))
        {
            utf8 = raw;
            return raw.Length <= buffer.Length;
        }

        return TryEncode(TryGetString(value), buffer, out utf8);
    }

    /// <summary>The unescaped UTF-8 of an escaped property name that fits <paramref name="buffer"/>.</summary>
    public static bool TryGetName(JsonProperty property, Span<byte> buffer, out ReadOnlySpan<byte> utf8)
    {
        string? name;
        try
        {
            name = property.Name;
        }
        catch (InvalidOperationException)
        {
            name = null;
        }

        return TryEncode(name, buffer, out utf8);
    }

    private static bool TryEncode(string? text, Span<byte> buffer, out ReadOnlySpan<byte> utf8)
    {
        if (text is not null && Encoding.UTF8.TryGetBytes(text, buffer, out var written))
        {
            utf8 = buffer[..written];
            return true;
        }

        utf8 = default;
        return false;
    }
}
