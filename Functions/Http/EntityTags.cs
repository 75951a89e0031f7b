using System.Globalization;

namespace EventFunctions.Http;

/// <summary>An event's version as a strong entity tag (<c>"3"</c>), and <c>If-Match</c> parsing.</summary>
internal static class EntityTags
{
    /// <summary>If-Match's "any current version".</summary>
    public const string AnyVersion = "*";

    public static string Format(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>
    /// Reads <c>If-Match</c>: absent or <c>*</c> means any version (<paramref name="version"/> null);
    /// a strong tag <c>"N"</c> names one. A weak tag (<c>W/"N"</c>) never matches under If-Match's strong
    /// comparison, so it is read as version 0, which no event has. Anything else is malformed.
    /// </summary>
    public static bool TryParseIfMatch(string? header, out long? version)
    {
        version = null;
        if (header is null)
        {
            return true;
        }

        var value = header.Trim();
        if (value == AnyVersion)
        {
            return true;
        }

        var weak = value.StartsWith("W/", StringComparison.Ordinal);
        var tag = weak ? value[2..] : value;
        if (tag.Length < 3 || tag[0] != '"' || tag[^1] != '"'
            || !long.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            || parsed < 1)
        {
            return false;
        }

        version = weak ? 0 : parsed;
        return true;
    }
}
