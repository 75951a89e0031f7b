using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace EventFunctions.Model;

/// <summary>
/// A client's property name made safe to echo as an error key: at most <see cref="MaxLength"/> characters
/// (then "…"), never split inside a surrogate pair, and always valid Unicode (so the problem response serializes).
/// </summary>
internal static class PropertyNameDisplay
{
    public const int MaxLength = 100;
    private const string Ellipsis = "…";

    /// <summary>Enough UTF-8 for more than <see cref="MaxLength"/> UTF-16 code units (at most 4 bytes per 2).</summary>
    private const int MaxDecodedBytes = MaxLength * 3;

    public static string For(JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        string name;
        if (!raw.Contains((byte)'\\'))
        {
            // Invalid UTF-8 decodes to U+FFFD instead of throwing.
            name = Encoding.UTF8.GetString(raw.Length > MaxDecodedBytes ? raw[..MaxDecodedBytes] : raw);
        }
        else
        {
            // Escaped: unescape it, or when that fails (an unpaired "\ud800") show the escaped text as sent.
            name = TryGetName(property) ?? Encoding.UTF8.GetString(raw.Length > MaxDecodedBytes ? raw[..MaxDecodedBytes] : raw);
        }

        return Truncate(name);
    }

    internal static string Truncate(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var cut = char.IsHighSurrogate(name[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return string.Concat(name.AsSpan(0, cut), Ellipsis);
    }

    private static string? TryGetName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
