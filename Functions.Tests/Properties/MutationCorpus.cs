using System.Text;
using System.Text.Json.Nodes;
using EventFunctions.Tests.Infrastructure;

namespace EventFunctions.Tests.Properties;

/// <summary>
/// Deterministic mutations of every good file in <c>events-samples/</c>: the malformed, oversized and
/// sneaky variants that fuzzers find first, named by kind.
/// </summary>
internal static class MutationCorpus
{
    public static readonly string[] Kinds =
    [
        "truncated", "deeply-nested", "huge-numbers", "unicode-and-control", "duplicate-keys", "base64-body",
        "wrong-content-type", "header-injection", "path-and-query-injection",
    ];

    private static readonly string[] WrongContentTypes =
        ["text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=iso-8859-1", ""];

    private static readonly string[] HeaderInjections = ["\"1\"\r\nSet-Cookie: pwned=1", "*\nX-Injected: 1", "\"1\"\0"];

    private static readonly string[] PathInjections = ["evt\r\nLocation: http://evil", "../..", "%2e%2e%2f", new string('a', 10_000)];

    public static IEnumerable<string> GoodSamples() =>
        Directory.GetFiles(ProxyEventSamples.Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>Every mutation of one kind, applied to every good sample, as proxy event JSON.</summary>
    public static IEnumerable<(string Name, string Event)> Of(string kind) =>
        GoodSamples().SelectMany(sample => Mutate(kind, sample).Select((e, i) => ($"{sample}/{kind}#{i}", e)));

    private static IEnumerable<string> Mutate(string kind, string sample)
    {
        var body = ProxyEventSamples.Edit(sample)["body"]?.GetValue<string>() ?? """{"title":"x"}""";
        return kind switch
        {
            "truncated" => Enumerable.Range(1, 8).Select(i => WithBody(sample, body[..(body.Length * i / 9)])),
            "deeply-nested" => [WithBody(sample, new string('[', 100_000)), WithBody(sample, "{\"title\":" + new string('{', 65) + new string('}', 65) + "}")],
            "huge-numbers" =>
            [
                WithBody(sample, body.Replace("500", "1" + new string('0', 400), StringComparison.Ordinal)),
                WithBody(sample, """{"capacity":1e999999}"""),
                WithBody(sample, """{"capacity":-9223372036854775809}"""),
                WithBody(sample, """{"capacity":0.1e1}"""),
            ],
            "unicode-and-control" =>
            [
                WithBody(sample, """{"title":"\u0000\u001f\u007f\u0085","location":"\ud800","organizer":"\u202eevil"}"""),
                WithBody(sample, "{\"title\":\"" + string.Concat(Enumerable.Repeat("😀", 150)) + "\"}"),
                WithBody(sample, "\uFEFF" + body),
                WithRawBytes(sample, [0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D]),
            ],
            "duplicate-keys" => [WithBody(sample, """{"title":"a","title":"b"}"""), WithBody(sample, """{"capacity":1,"capacity":2}""")],
            "base64-body" =>
            [
                WithBody(sample, Convert.ToBase64String(Encoding.UTF8.GetBytes(body)), base64: true),
                WithBody(sample, "not//base64==", base64: true),
                WithBody(sample, Convert.ToBase64String(new byte[100_000]), base64: true),
            ],
            "wrong-content-type" => WrongContentTypes.Select(type => Edit(sample, e => e.WithHeader("Content-Type", type))),
            "header-injection" => HeaderInjections.Select(value => Edit(sample, e => e.WithHeader("If-Match", value).WithHeader("Origin", value))),
            "path-and-query-injection" => PathInjections.Select(value => Edit(sample, e =>
                {
                    if (e["pathParameters"] is JsonObject)
                    {
                        e["pathParameters"] = new JsonObject { ["eventId"] = value };
                    }

                    e["queryStringParameters"] = new JsonObject { ["status"] = value, ["nextToken"] = value };
                    e["multiValueQueryStringParameters"] = new JsonObject { ["status"] = new JsonArray(value), ["nextToken"] = new JsonArray(value) };
                })),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static string WithBody(string sample, string body, bool base64 = false) =>
        Edit(sample, e =>
        {
            e["body"] = body;
            e["isBase64Encoded"] = base64;
        });

    /// <summary>Bytes that are not UTF-8, sent the only way a proxy event can carry them: base64.</summary>
    private static string WithRawBytes(string sample, byte[] bytes) => WithBody(sample, Convert.ToBase64String(bytes), base64: true);

    private static string Edit(string sample, Action<JsonObject> edit)
    {
        var proxyEvent = ProxyEventSamples.Edit(sample);
        edit(proxyEvent);
        return proxyEvent.ToJsonString();
    }
}
