using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EventFunctions.Tests.Infrastructure;

namespace EventFunctions.Tests.Handlers;

/// <summary>Every handler over the real store on dynalite, called with the events-samples files.</summary>
[Collection(DynaliteCollectionDefinition.Name)]
public sealed partial class HandlerIntegrationTests(DynaliteFixture dynalite)
{
    private async Task<HandlerHarness> HarnessAsync() => new(await dynalite.CreateStoreAsync());

    private static string Sample(string name, Action<JsonObject>? edit = null)
    {
        var proxyEvent = ProxyEventSamples.Edit(name);
        edit?.Invoke(proxyEvent);
        return proxyEvent.ToJsonString();
    }

    private static string CreateBody(string id, string status, string date) =>
        $$"""{"eventId":"{{id}}","title":"Event {{id}}","description":"d","date":"{{date}}","location":"l","capacity":10,"organizer":"o","status":"{{status}}"}""";

    [Fact]
    public async Task CreateThenGet_ReturnsWhatWasStored()
    {
        var harness = await HarnessAsync();

        var created = await harness.InvokeRoutedAsync(Sample("create-event.json"));
        var fetched = await harness.InvokeRoutedAsync(Sample("get-event.json"));

        Assert.Equal(201, created.StatusCode);
        Assert.Equal(200, fetched.StatusCode);
        Assert.Equal(created.Body, fetched.Body);
        Assert.Equal("\"1\"", fetched.Header("ETag"));
    }

    [Fact]
    public async Task CreateTwice_SecondIs409AndTheFirstIsKept()
    {
        var harness = await HarnessAsync();
        await harness.InvokeRoutedAsync(Sample("create-event.json"));

        var second = await harness.InvokeRoutedAsync(Sample("create-event.json", e => e["body"] = CreateBody("evt-tech-conf-2024", "active", "2030-01-01")));
        var fetched = await harness.InvokeRoutedAsync(Sample("get-event.json"));

        Assert.Equal(409, second.StatusCode);
        Assert.Equal("Tech Conference 2024", fetched.Json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task UpdateWithCurrentIfMatch_ChangesOnlyTheGivenFieldsAndBumpsTheVersion()
    {
        var harness = await HarnessAsync();
        await harness.InvokeRoutedAsync(Sample("create-event.json"));

        var updated = await harness.InvokeRoutedAsync(Sample("update-event-if-match.json"));

        Assert.Equal(200, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Header("ETag"));
        Assert.Equal("Oakland, CA", updated.Json.GetProperty("location").GetString());
        Assert.Equal(500, updated.Json.GetProperty("capacity").GetInt32());
    }

    [Fact]
    public async Task UpdateWithStaleIfMatch_Is412AndChangesNothing()
    {
        var harness = await HarnessAsync();
        await harness.InvokeRoutedAsync(Sample("create-event.json"));
        await harness.InvokeRoutedAsync(Sample("update-event.json"));

        var stale = await harness.InvokeRoutedAsync(Sample("update-event-if-match.json"));
        var fetched = await harness.InvokeRoutedAsync(Sample("get-event.json"));

        Assert.Equal(412, stale.StatusCode);
        Assert.Equal("San Francisco, CA", fetched.Json.GetProperty("location").GetString());
        Assert.Equal("\"2\"", fetched.Header("ETag"));
    }

    [Fact]
    public async Task UpdateOfAMissingEvent_Is404AndCreatesNothing()
    {
        var harness = await HarnessAsync();

        var updated = await harness.InvokeRoutedAsync(Sample("update-event.json"));
        var fetched = await harness.InvokeRoutedAsync(Sample("get-event.json"));

        Assert.Equal(404, updated.StatusCode);
        Assert.Equal(404, fetched.StatusCode);
    }

    [Fact]
    public async Task Delete_RemovesTheEventAndASecondDeleteIs404()
    {
        var harness = await HarnessAsync();
        await harness.InvokeRoutedAsync(Sample("create-event.json"));

        var deleted = await harness.InvokeRoutedAsync(Sample("delete-event.json"));
        var again = await harness.InvokeRoutedAsync(Sample("delete-event.json"));
        var fetched = await harness.InvokeRoutedAsync(Sample("get-event.json"));

        Assert.Equal(204, deleted.StatusCode);
        Assert.Equal(404, again.StatusCode);
        Assert.Equal(404, fetched.StatusCode);
    }

    [Fact]
    public async Task DeleteWithStaleIfMatch_Is412AndKeepsTheEvent()
    {
        var harness = await HarnessAsync();
        await harness.InvokeRoutedAsync(Sample("create-event.json"));

        var deleted = await harness.InvokeRoutedAsync(Sample("delete-event-if-match.json"));
        var fetched = await harness.InvokeRoutedAsync(Sample("get-event.json"));

        Assert.Equal(412, deleted.StatusCode);
        Assert.Equal(200, fetched.StatusCode);
    }

    [Fact]
    public async Task TwentyConcurrentCreatesOfOneId_ExactlyOneIs201()
    {
        var harness = await HarnessAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            harness.InvokeRoutedAsync(Sample("create-event.json", e => e["body"] = CreateBody("evt-race", "scheduled", $"2025-01-{i + 1:00}")))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == 201));
        Assert.Equal(19, responses.Count(r => r.StatusCode == 409));
    }

    [Fact]
    public async Task ConcurrentPartialUpdatesOfDifferentFields_AllPersist()
    {
        var harness = await HarnessAsync();
        await harness.InvokeRoutedAsync(Sample("create-event.json"));
        string[] changes =
        [
            """{"title":"New title"}""", """{"description":"New description"}""", """{"date":"2031-05-06"}""",
            """{"location":"Berlin"}""", """{"capacity":42}""", """{"organizer":"New org"}""", """{"status":"active"}""",
        ];

        var responses = await Task.WhenAll(changes.Select(body => harness.InvokeRoutedAsync(Sample("update-event.json", e => e["body"] = body))));
        var fetched = (await harness.InvokeRoutedAsync(Sample("get-event.json"))).Json;

        Assert.All(responses, r => Assert.Equal(200, r.StatusCode));
        Assert.Equal("New title", fetched.GetProperty("title").GetString());
        Assert.Equal("New description", fetched.GetProperty("description").GetString());
        Assert.Equal("2031-05-06", fetched.GetProperty("date").GetString());
        Assert.Equal("Berlin", fetched.GetProperty("location").GetString());
        Assert.Equal(42, fetched.GetProperty("capacity").GetInt32());
        Assert.Equal("New org", fetched.GetProperty("organizer").GetString());
        Assert.Equal("active", fetched.GetProperty("status").GetString());
        Assert.Equal(1 + changes.Length, fetched.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task TwoHundredFiftyEventsByStatus_FollowingLinkHeaders_EachOnceInDateOrder()
    {
        var harness = await HarnessAsync();
        var statuses = new[] { "scheduled", "active", "cancelled", "completed" };
        await Parallel.ForEachAsync(Enumerable.Range(0, 250), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var date = new DateOnly(2025, 1, 1).AddDays((i * 37) % 300).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var response = await harness.InvokeRoutedAsync(Sample("create-event.json", e => e["body"] = CreateBody($"evt-{i:000}", i < 250 - 60 ? "scheduled" : statuses[i % 4], date)));
            Assert.Equal(201, response.StatusCode);
        });
        var expected = 190 + Enumerable.Range(190, 60).Count(i => statuses[i % 4] == "scheduled");

        var seen = new List<(string Id, string Date)>();
        var query = new Dictionary<string, string> { ["status"] = "scheduled", ["limit"] = "40" };
        var pages = 0;
        while (true)
        {
            var page = await harness.InvokeRoutedAsync(Sample("list-events.json", e => SetQuery(e, query)));
            Assert.Equal(200, page.StatusCode);
            pages++;
            seen.AddRange(page.Json.EnumerateArray().Select(e => (e.GetProperty("eventId").GetString()!, e.GetProperty("date").GetString()!)));
            if (page.Header("Link") is not { } link)
            {
                break;
            }

            query = NextLinkQuery(link);
        }

        Assert.Equal(expected, seen.Count);
        Assert.Equal(seen.Count, seen.Select(s => s.Id).Distinct().Count());
        Assert.Equal(seen.Select(s => s.Date).Order(StringComparer.Ordinal), seen.Select(s => s.Date));
        Assert.True(pages >= expected / 40, $"{pages} pages");
    }

    [Fact]
    public async Task ScanWithoutStatus_FollowingLinkHeaders_ReturnsEveryEventOnce()
    {
        var harness = await HarnessAsync();
        for (var i = 0; i < 25; i++)
        {
            await harness.InvokeRoutedAsync(Sample("create-event.json", e => e["body"] = CreateBody($"evt-{i:00}", "active", "2025-06-01")));
        }

        var seen = new List<string>();
        var query = new Dictionary<string, string> { ["limit"] = "7" };
        while (true)
        {
            var page = await harness.InvokeRoutedAsync(Sample("list-events.json", e => SetQuery(e, query)));
            seen.AddRange(page.Json.EnumerateArray().Select(e => e.GetProperty("eventId").GetString()!));
            if (page.Header("Link") is not { } link)
            {
                break;
            }

            query = NextLinkQuery(link);
        }

        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"evt-{i:00}").Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TokenFromAnotherQuery_Is400()
    {
        var harness = await HarnessAsync();
        for (var i = 0; i < 3; i++)
        {
            await harness.InvokeRoutedAsync(Sample("create-event.json", e => e["body"] = CreateBody($"evt-{i}", "scheduled", "2025-06-01")));
        }

        var first = await harness.InvokeRoutedAsync(Sample("list-events.json", e => SetQuery(e, new() { ["status"] = "scheduled", ["limit"] = "1" })));
        var next = NextLinkQuery(first.Header("Link")!);
        next["status"] = "active";
        var misused = await harness.InvokeRoutedAsync(Sample("list-events.json", e => SetQuery(e, next)));

        Assert.Equal(400, misused.StatusCode);
    }

    private static void SetQuery(JsonObject proxyEvent, Dictionary<string, string> query)
    {
        proxyEvent["queryStringParameters"] = new JsonObject(query.Select(q => KeyValuePair.Create(q.Key, (JsonNode?)q.Value)));
        proxyEvent["multiValueQueryStringParameters"] = new JsonObject(query.Select(q => KeyValuePair.Create(q.Key, (JsonNode?)new JsonArray(q.Value))));
    }

    /// <summary>The query of a <c>Link: &lt;/prod/events?...&gt;; rel="next"</c> header, decoded as API Gateway would.</summary>
    private static Dictionary<string, string> NextLinkQuery(string link)
    {
        var match = NextLink().Match(link);
        Assert.True(match.Success, link);
        return match.Groups["query"].Value.Split('&')
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => Uri.UnescapeDataString(pair[1]));
    }

    [GeneratedRegex("^</prod/events\\?(?<query>[^>]+)>; rel=\"next\"$")]
    private static partial Regex NextLink();
}
