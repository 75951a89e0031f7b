using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Idempotency;

/// <summary>
/// A write whose answer the client never read, retried with the same Idempotency-Key: the retry gets the first answer
/// back and nothing is written twice.
/// </summary>
public abstract class LostResponseTests(IdempotencyApiFixture api)
{
    private readonly HttpClient client = api.Client;

    [Fact]
    public async Task CreateWithoutEventId_RetryAfterALostResponse_ReplaysThe201AndStoresOneEvent()
    {
        var date = TestEvents.UniqueDate();
        var key = KeyedRequests.NewKey();
        var body = TestEvents.NewEvent(date: date).ToJsonString();
        await KeyedRequests.SendAndLoseAsync(client, HttpMethod.Post, "/events", key, body);

        using var retry = await KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key, body);

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.True(KeyedRequests.IsReplay(retry));
        var stored = Assert.Single(await KeyedRequests.EventsOnAsync(client, date));
        var id = stored.GetProperty("eventId").GetString();
        Assert.Equal($"/events/{id}", retry.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", retry.Headers.ETag?.Tag);
        Assert.Equal("application/json", retry.Content.Headers.ContentType?.MediaType);
        var replayed = await retry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, replayed.GetProperty("eventId").GetString());
        Assert.Equal(1, replayed.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task UpdateWithIfMatch_RetryAfterALostResponse_Replays200WithTheFirstETagNot412()
    {
        var id = await TestEvents.CreateExistingAsync(client);
        var key = KeyedRequests.NewKey();
        await KeyedRequests.SendAndLoseAsync(client, HttpMethod.Put, $"/events/{id}", key, """{"capacity":600}""", ifMatch: "\"1\"");

        using var retry = await KeyedRequests.SendAsync(client, HttpMethod.Put, $"/events/{id}", key, """{"capacity":600}""", ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.True(KeyedRequests.IsReplay(retry));
        Assert.Equal("\"2\"", retry.Headers.ETag?.Tag);
        var stored = (await KeyedRequests.GetAsync(client, id))!.Value;
        Assert.Equal(2, stored.GetProperty("version").GetInt64());
        Assert.Equal(600, stored.GetProperty("capacity").GetInt32());
    }

    [Fact]
    public async Task Delete_RetryAfterALostResponse_Replays204Not404()
    {
        var id = await TestEvents.CreateExistingAsync(client);
        var key = KeyedRequests.NewKey();
        await KeyedRequests.SendAndLoseAsync(client, HttpMethod.Delete, $"/events/{id}", key);

        using var retry = await KeyedRequests.SendAsync(client, HttpMethod.Delete, $"/events/{id}", key);

        Assert.Equal(HttpStatusCode.NoContent, retry.StatusCode);
        Assert.True(KeyedRequests.IsReplay(retry));
        Assert.Empty(await retry.Content.ReadAsByteArrayAsync());
        Assert.Null(await KeyedRequests.GetAsync(client, id));
    }
}

[Collection(IdempotencyApiCollectionDefinition.Name)]
public sealed class LostResponseExecutableTests(IdempotencyApiFixture api) : LostResponseTests(api);

[Collection(AotIdempotencyApiCollectionDefinition.Name)]
public sealed class LostResponseAotTests(AotIdempotencyApiFixture api) : LostResponseTests(api);
