using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EventFunctions.Tests.Model;

/// <summary>Builds request bodies as JSON text, so tests control exactly what the validator sees.</summary>
internal static class RequestBodies
{
    /// <summary>A valid create body, as (name, JSON value) pairs in order.</summary>
    public static readonly IReadOnlyList<(string Name, string Json)> ValidCreateFields =
    [
        ("title", "\"Tech Conference 2024\""),
        ("description", "\"Annual technology conference\""),
        ("date", "\"2024-12-15\""),
        ("location", "\"San Francisco, CA\""),
        ("capacity", "500"),
        ("organizer", "\"Tech Corp\""),
    ];

    public static JsonElement Parse(string json) => JsonElement.Parse(json);

    /// <summary>Parses bytes as sent, e.g. with invalid UTF-8 inside a string.</summary>
    public static JsonElement Parse(byte[] utf8) => JsonElement.Parse(utf8);

    public static JsonElement ValidCreate() => Parse(Object(ValidCreateFields));

    /// <summary>The valid create body with <paramref name="name"/> set to raw JSON <paramref name="json"/> (replaced or appended).</summary>
    public static JsonElement CreateWith(string name, string json) => Parse(CreateWithText(name, json));

    public static string CreateWithText(string name, string json)
    {
        var fields = ValidCreateFields.Where(f => f.Name != name).Append((name, json));
        return Object(fields);
    }

    public static JsonElement CreateWithout(string name) => Parse(Object(ValidCreateFields.Where(f => f.Name != name)));

    /// <summary>An update body holding only <paramref name="name"/> = raw JSON <paramref name="json"/>.</summary>
    public static JsonElement UpdateWith(string name, string json) => Parse(Object([(name, json)]));

    /// <summary>A JSON string literal for <paramref name="text"/> (which must be valid UTF-16).</summary>
    public static string Quote(string text) =>
        "\"" + JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value + "\"";

    public static string Object(IEnumerable<(string Name, string Json)> fields)
    {
        var text = new StringBuilder("{");
        foreach (var (name, json) in fields)
        {
            if (text.Length > 1)
            {
                text.Append(',');
            }

            text.Append('"').Append(name).Append("\":").Append(json);
        }

        return text.Append('}').ToString();
    }
}
