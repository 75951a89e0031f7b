using FsCheck;
using FsCheck.Fluent;

namespace EventFunctions.Tests.Properties;

/// <summary>Generators of what an outsider may send: any text, any JSON, and the edge cases parsers trip on.</summary>
internal static class HostileValues
{
    private static readonly string[] Interesting =
    [
        string.Empty, " ", "\t", "\r\n", "\0", "null", "true", "-1", "0", "1e400", "NaN", "-0", "9223372036854775808",
        "2024-02-29", "2025-02-30", "0000-01-01", "9999-12-31", "evt-1", "../../etc/passwd", "<script>alert(1)</script>",
        "a\r\nSet-Cookie: x=1", "\"1\"", "W/\"1\"", "*", "\"", "\\", "\ud800", "\udfff", "😀", "ǅ", "\u202e", "%00", "%0d%0a",
        new string('a', 101), new string('x', 5000), "scheduled", "SCHEDULED", "application/json", "text/plain",
        "eyJ2IjoxLCJxIjoicz07Zj07dD0iLCJrIjp7ImV2ZW50SWQiOiJ4In19",
    ];

    /// <summary>Any string: random UTF-16 (lone surrogates and control characters included) or a known troublemaker.</summary>
    public static Gen<string> Text { get; } = Gen.Frequency(
        (3, Gen.Elements(Interesting)),
        (3, Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(chars => new string(chars))),
        (2, Gen.ArrayOf(Gen.Choose(0x20, 0x7E).Select(c => (char)c)).Select(chars => new string(chars))));

    /// <summary>Any JSON document text, nested up to the generator's size, with event field names as likely keys.</summary>
    public static Gen<string> Json { get; } = Gen.Sized(size => JsonOfDepth(Math.Min(size, 6)));

    /// <summary>A body: valid-looking JSON most of the time, otherwise anything at all.</summary>
    public static Gen<string?> Body { get; } = Gen.Frequency(
        (5, Json.Select(json => (string?)json)),
        (2, Text.Select(text => (string?)text)),
        (1, Gen.Constant<string?>(null)));

    private static readonly string[] FieldNames =
        ["eventId", "title", "description", "date", "location", "capacity", "organizer", "status", "createdAt", "updatedAt", "version"];

    private static Gen<string> JsonOfDepth(int depth)
    {
        var scalar = Gen.OneOf(
            Gen.Constant("null"),
            Gen.Elements("true", "false"),
            Gen.Choose(-2_000_000, 2_000_000).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements("0.5", "1e3", "10.0", "-0", "1e400", "123456789012345678901234567890", "1E-7"),
            Text.Select(text => System.Text.Json.JsonSerializer.Serialize(text)));
        if (depth <= 0)
        {
            return scalar;
        }

        var inner = JsonOfDepth(depth - 1);
        var key = Gen.Frequency((4, Gen.Elements(FieldNames)), (1, Text));
        var member = key.SelectMany(k => inner, (k, v) => System.Text.Json.JsonSerializer.Serialize(k) + ":" + v);
        return Gen.Frequency(
            (3, scalar),
            (1, Gen.ListOf(inner).Select(items => "[" + string.Join(",", items) + "]")),
            (3, Gen.ListOf(member).Select(members => "{" + string.Join(",", members) + "}")));
    }
}
