using System.Net;
using System.Text.Json;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Idempotency;

/// <summary>
/// What one Idempotency-Key stands for: one request (method, path, If-Match, the body as JSON, not as text), on one route;
/// a key the server cannot read is refused, and a request without one is not idempotent.
/// </summary>
public abstract class KeyReuseTests(IdempotencyApiFixture api)
{
    private readonly HttpClient client = api.Client;

    public static TheoryData<string, string[]> MalformedKeys => new()
    {
        { "empty", ["Idempotency-Key: "] },
        { "256 characters", ["Idempotency-Key: " + new string('k', 256)] },
        { "a space, bare", ["Idempotency-Key: two words"] },
        { "non-ASCII", ["Idempotency-Key: clé-1"] },
        { "two values on one line", ["Idempotency-Key: key-1, key-2"] },
        { "two values on two lines", ["Idempotency-Key: key-1", "Idempotency-Key: key-2"] },
    };

    [Fact]
    public async Task KeyReusedWithAnotherBody_Returns422NamingIdempotencyKeyAndWritesNothing()
    {
        var key = KeyedRequests.NewKey();
        using var first = await KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key, TestEvents.NewEvent().ToJsonString());
        var otherDate = TestEvents.UniqueDate();

        using var reused = await KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key, TestEvents.NewEvent(date: otherDate).ToJsonString());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var problem = await Problems.AssertAsync(reused, (HttpStatusCode)422);
        Assert.Equal(JsonValueKind.Array, problem.GetProperty("errors").GetProperty("Idempotency-Key").ValueKind);
        Assert.False(KeyedRequests.IsReplay(reused));
        Assert.Empty(await KeyedRequests.EventsOnAsync(client, otherDate));
    }

    [Fact]
    public async Task KeyOfARequestRefusedForItsShape_CarriesTheCorrectedRequest()
    {
        var key = KeyedRequests.NewKey();
        var date = TestEvents.UniqueDate();
        var invalid = TestEvents.NewEvent(date: date);
        invalid["capacity"] = 0;
        using var refused = await KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key, invalid.ToJsonString());

        using var corrected = await KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key, TestEvents.NewEvent(date: date).ToJsonString());

        await Problems.AssertAsync(refused, (HttpStatusCode)422);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.False(KeyedRequests.IsReplay(corrected));
        Assert.Single(await KeyedRequests.EventsOnAsync(client, date));
    }

    [Fact]
    public async Task SameBodyWithReorderedFieldsAndWhiteSpace_IsAReplayOfTheFirst()
    {
        var date = TestEvents.UniqueDate().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var key = KeyedRequests.NewKey();
        var compact = $$"""{"title":"Keyed","description":"Retried","date":"{{date}}","location":"Berlin","capacity":50,"organizer":"Org","status":"scheduled"}""";
        var reformatted = $$"""
            {
              "status" : "scheduled",
              "organizer" : "Org",
              "capacity" : 50,
              "location" : "Berlin",
              "date" : "{{date}}",
              "description" : "Retried",
              "title" : "Keyed"
            }
            """;
        using var first = await KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key, compact);

        using var retry = await KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key, reformatted);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.True(KeyedRequests.IsReplay(retry));
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Single(await KeyedRequests.EventsOnAsync(client, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [MemberData(nameof(MalformedKeys))]
    public async Task MalformedKey_Returns400AndWritesNothing(string what, string[] keyLines)
    {
        var date = TestEvents.UniqueDate();

        var (status, body) = await RawHttp.SendAsync(
            api.BaseAddress, TestEvents.NewEvent(date: date).ToJsonString(), ["POST /events HTTP/1.1", "Content-Type: application/json", .. keyLines]);

        Assert.True(status == 400, $"A key that is {what} answered {status}: {body}");
        Assert.Contains("Idempotency-Key", body, StringComparison.Ordinal);
        Assert.Empty(await KeyedRequests.EventsOnAsync(client, date));
    }

    [Fact]
    public async Task TwoCreatesWithoutAKey_StoreTwoEvents()
    {
        var date = TestEvents.UniqueDate();
        var body = TestEvents.NewEvent(date: date).ToJsonString();

        using var first = await KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key: null, body);
        using var second = await KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key: null, body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(KeyedRequests.IsReplay(second));
        Assert.NotEqual(first.Headers.Location, second.Headers.Location);
        Assert.Equal(2, (await KeyedRequests.EventsOnAsync(client, date)).Length);
    }

    [Fact]
    public async Task KeyUsedOnPost_RunsPutAndDeleteOfTheSameKeyInsteadOfReplaying()
    {
        var key = KeyedRequests.NewKey();
        using var created = await KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key, TestEvents.NewEvent().ToJsonString());
        var path = created.Headers.Location!.OriginalString;

        using var updated = await KeyedRequests.SendAsync(client, HttpMethod.Put, path, key, """{"capacity":600}""");
        using var deleted = await KeyedRequests.SendAsync(client, HttpMethod.Delete, path, key);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.False(KeyedRequests.IsReplay(updated));
        Assert.Equal("\"2\"", updated.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(KeyedRequests.IsReplay(deleted));
        Assert.Null(await KeyedRequests.GetAsync(client, path["/events/".Length..]));
    }

    [Fact]
    public async Task KeyReusedForAnotherEventsUpdate_Returns422AndLeavesThatEventAlone()
    {
        var first = await TestEvents.CreateExistingAsync(client);
        var second = await TestEvents.CreateExistingAsync(client);
        var key = KeyedRequests.NewKey();
        using var updated = await KeyedRequests.SendAsync(client, HttpMethod.Put, $"/events/{first}", key, """{"capacity":600}""");

        using var reused = await KeyedRequests.SendAsync(client, HttpMethod.Put, $"/events/{second}", key, """{"capacity":600}""");

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        await Problems.AssertAsync(reused, (HttpStatusCode)422);
        Assert.Equal(1, (await KeyedRequests.GetAsync(client, second))!.Value.GetProperty("version").GetInt64());
    }
}

[Collection(IdempotencyApiCollectionDefinition.Name)]
public sealed class KeyReuseExecutableTests(IdempotencyApiFixture api) : KeyReuseTests(api);

[Collection(AotIdempotencyApiCollectionDefinition.Name)]
public sealed class KeyReuseAotTests(AotIdempotencyApiFixture api) : KeyReuseTests(api);
