using System.Text.Json;
using System.Text.Json.Nodes;
using EventFunctions.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace EventFunctions.Tests.Properties;

/// <summary>
/// Any value in any field, path parameter, query parameter, header or body: every handler answers with a
/// well-formed proxy response, 2xx or 4xx, a problem body for every error, and nothing escapes.
/// </summary>
[Trait("Category", "Unit")]
public sealed class HandlerPropertyTests(ITestOutputHelper output)
{
    private static readonly HandlerHarness Harness = new(LenientEventStore.Create());

    private static readonly string[] Samples =
    [
        "list-events.json", "list-events-by-status.json", "get-event.json", "create-event.json",
        "update-event.json", "update-event-if-match.json", "delete-event.json",
    ];

    /// <summary>A sample event with hostile values put in the places a client controls.</summary>
    private static Gen<string> HostileEvents(string sample) =>
        from id in HostileValues.Text
        from status in HostileValues.Text
        from fromDate in HostileValues.Text
        from limit in HostileValues.Text
        from token in HostileValues.Text
        from ifMatch in HostileValues.Text
        from contentType in Gen.Elements("application/json", "text/plain", "application/json; charset=utf-16", string.Empty)
        from body in HostileValues.Body
        from base64 in Gen.Elements(false, false, true)
        from which in Gen.Choose(0, 63)
        select Mutate(sample, which, id, status, fromDate, limit, token, ifMatch, contentType, body, base64);

    private static string Mutate(
        string sample, int which, string id, string status, string fromDate, string limit, string token,
        string ifMatch, string contentType, string? body, bool base64)
    {
        var proxyEvent = ProxyEventSamples.Edit(sample);
        if ((which & 1) != 0 && proxyEvent["pathParameters"] is JsonObject)
        {
            proxyEvent["pathParameters"] = new JsonObject { ["eventId"] = id };
        }

        if ((which & 2) != 0)
        {
            var query = new JsonObject { ["status"] = status, ["from"] = fromDate, ["limit"] = limit, ["nextToken"] = token };
            proxyEvent["queryStringParameters"] = query;
            proxyEvent["multiValueQueryStringParameters"] = new JsonObject(
                query.Select(q => KeyValuePair.Create(q.Key, (JsonNode?)new JsonArray(q.Value!.GetValue<string>()))));
        }

        if ((which & 4) != 0)
        {
            proxyEvent.WithHeader("If-Match", ifMatch);
        }

        if ((which & 8) != 0)
        {
            proxyEvent.WithHeader("Content-Type", contentType);
        }

        if ((which & 16) != 0)
        {
            proxyEvent["body"] = base64 && body is not null ? Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(body)) : body;
            proxyEvent["isBase64Encoded"] = base64;
        }

        return proxyEvent.ToJsonString();
    }

    private static async Task<bool> IsWellFormedAnswer(string proxyEvent)
    {
        var response = await Harness.InvokeRoutedAsync(proxyEvent);
        if (response.StatusCode is < 200 or >= 500)
        {
            return false;
        }

        if (response.StatusCode < 400)
        {
            return true;
        }

        var problem = response.Json;
        return response.Header("Content-Type") == "application/problem+json; charset=utf-8"
            && problem.GetProperty("status").GetInt32() == response.StatusCode
            && problem.GetProperty("title").ValueKind == JsonValueKind.String
            && problem.GetProperty("type").ValueKind == JsonValueKind.String
            && !response.Body!.Contains("Exception", StringComparison.Ordinal);
    }

    public static TheoryData<string> SampleNames() => [.. Samples];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void AnyClientValue_GetsA2xxOr4xxWithAProblemForErrors(string sample) =>
        PropertyRun.Check(HostileEvents(sample), IsWellFormedAnswer, output, sample);

    [Fact]
    public void AnyPayload_IsAnsweredWithAProxyResponse()
    {
        var payloads = Gen.Frequency((3, HostileValues.Json), (1, HostileValues.Text));

        PropertyRun.Check(
            payloads,
            async payload =>
            {
                var response = await Harness.InvokeAsync<Functions_GetEvent_Generated>(payload);
                return response.StatusCode is >= 200 and < 500;
            },
            output,
            "raw invocation payloads");
    }
}
