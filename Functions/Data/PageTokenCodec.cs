using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Model;

namespace EventFunctions.Data;

/// <summary>
/// Page tokens: base64url (no padding) of <c>{"v":1,"q":"&lt;query fingerprint&gt;","k":{...LastEvaluatedKey...}}</c>.
/// A token is bound to the status/from/to of the query that produced it (not to the limit, so a client may change
/// the page size). Decoding never throws: anything malformed, tampered with or from another query is rejected.
/// </summary>
internal static class PageTokenCodec
{
    /// <summary>Longer tokens are rejected without decoding. Real ones are well under 400 characters.</summary>
    public const int MaxTokenLength = 2048;

    public const int MaxEventIdLength = 100;

    private const int FormatVersion = 1;
    private const string VersionProperty = "v";
    private const string QueryProperty = "q";
    private const string KeyProperty = "k";

    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 4 };

    private static readonly SearchValues<char> EventIdCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-");

    private static readonly SearchValues<char> Base64UrlCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>The token for resuming <paramref name="query"/> after <paramref name="lastEvaluatedKey"/>.</summary>
    /// <exception cref="InvalidOperationException">The key is not one this table or index produces.</exception>
    public static string Encode(EventQuery query, Dictionary<string, AttributeValue> lastEvaluatedKey)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(lastEvaluatedKey);

        var expectedNames = KeyNamesFor(query);
        if (lastEvaluatedKey.Count != expectedNames.Length)
        {
            throw new InvalidOperationException(
                $"Unexpected LastEvaluatedKey shape: [{string.Join(", ", lastEvaluatedKey.Keys)}].");
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber(VersionProperty, FormatVersion);
            writer.WriteString(QueryProperty, Fingerprint(query));
            writer.WriteStartObject(KeyProperty);
            foreach (var name in expectedNames)
            {
                if (!lastEvaluatedKey.TryGetValue(name, out var value) || value?.S is not { } text)
                {
                    throw new InvalidOperationException(
                        $"Unexpected LastEvaluatedKey: attribute '{name}' is missing or not a string.");
                }

                writer.WriteString(name, text);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    /// <summary>
    /// The ExclusiveStartKey in <paramref name="token"/> when it is well formed, was issued for a query with the same
    /// status/from/to, and its key values fit that query; otherwise <c>false</c>.
    /// </summary>
    public static bool TryDecode(
        string token, EventQuery query, out Dictionary<string, AttributeValue>? exclusiveStartKey)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(query);
        exclusiveStartKey = null;

        if (token.Length is 0 or > MaxTokenLength || !IsBase64UrlAlphabet(token))
        {
            return false;
        }

        var bytes = new byte[Base64Url.GetMaxDecodedLength(token.Length)];
        if (Base64Url.DecodeFromChars(token, bytes, out _, out var length) != OperationStatus.Done)
        {
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes.AsMemory(0, length), ParseOptions);
        }
        catch (JsonException)
        {
            return false;
        }

        using (document)
        {
            var key = ReadKey(document.RootElement, query);
            if (key is null || !FitsQuery(key, query))
            {
                return false;
            }

            exclusiveStartKey = key;
            return true;
        }
    }

    /// <summary>What a token is bound to: the filters of its query, not the page size.</summary>
    internal static string Fingerprint(EventQuery query) =>
        string.Concat(
            "s=",
            query.Status is { } status ? EventStatusNames.ToWire(status) : string.Empty,
            ";f=",
            query.From is { } from ? AttributeFormat.FormatDate(from) : string.Empty,
            ";t=",
            query.To is { } to ? AttributeFormat.FormatDate(to) : string.Empty);

    /// <summary>The attributes of a LastEvaluatedKey: the table key, plus the index key for a status query.</summary>
    private static string[] KeyNamesFor(EventQuery query) =>
        query.Status is null
            ? [EventTable.EventIdAttribute]
            : [EventTable.EventIdAttribute, EventTable.StatusAttribute, EventTable.DateAttribute];

    /// <summary>The key in a token document of exactly the expected shape, or <c>null</c>.</summary>
    private static Dictionary<string, AttributeValue>? ReadKey(JsonElement root, EventQuery query)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        bool seenVersion = false, seenQuery = false;
        Dictionary<string, AttributeValue>? key = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case VersionProperty when !seenVersion:
                    seenVersion = true;
                    if (property.Value.ValueKind != JsonValueKind.Number
                        || !property.Value.TryGetInt32(out var version)
                        || version != FormatVersion)
                    {
                        return null;
                    }

                    break;
                case QueryProperty when !seenQuery:
                    seenQuery = true;
                    if (property.Value.ValueKind != JsonValueKind.String
                        || !property.Value.ValueEquals(Fingerprint(query)))
                    {
                        return null;
                    }

                    break;
                case KeyProperty when key is null:
                    key = ReadKeyAttributes(property.Value, KeyNamesFor(query));
                    if (key is null)
                    {
                        return null;
                    }

                    break;
                default:
                    // Unknown or repeated property.
                    return null;
            }
        }

        return seenVersion && seenQuery ? key : null;
    }

    private static Dictionary<string, AttributeValue>? ReadKeyAttributes(JsonElement element, string[] expectedNames)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var key = new Dictionary<string, AttributeValue>(expectedNames.Length, StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(expectedNames, property.Name) < 0
                || key.ContainsKey(property.Name)
                || property.Value.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            key[property.Name] = new AttributeValue { S = property.Value.GetString() };
        }

        return key.Count == expectedNames.Length ? key : null;
    }

    /// <summary>Key values a query of this shape can really have produced.</summary>
    private static bool FitsQuery(Dictionary<string, AttributeValue> key, EventQuery query)
    {
        if (!IsValidEventId(key[EventTable.EventIdAttribute].S))
        {
            return false;
        }

        if (query.Status is not { } status)
        {
            return true;
        }

        if (key[EventTable.StatusAttribute].S != EventStatusNames.ToWire(status)
            || !AttributeFormat.TryParseDate(key[EventTable.DateAttribute].S, out var date))
        {
            return false;
        }

        return (query.From is not { } from || date >= from) && (query.To is not { } to || date <= to);
    }

    /// <summary>1-100 characters of <c>[A-Za-z0-9._~-]</c>, as the API allows.</summary>
    private static bool IsValidEventId(string? eventId) =>
        eventId is { Length: > 0 and <= MaxEventIdLength }
        && !eventId.AsSpan().ContainsAnyExcept(EventIdCharacters);

    private static bool IsBase64UrlAlphabet(string token) => !token.AsSpan().ContainsAnyExcept(Base64UrlCharacters);
}
