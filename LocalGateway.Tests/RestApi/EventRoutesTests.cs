using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.RestApi;

public abstract class EventRoutesTests(EventsApiFixture api)
{
    private readonly HttpClient client = api.Client;

    [Fact]
    public async Task CreateEvent_ValidBody_Returns201WithLocationETagAndStoredEvent()
    {
        var id = TestEvents.UniqueId();

        using var response = await TestEvents.CreateAsync(client, TestEvents.NewEvent(id));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"/events/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, created.GetProperty("eventId").GetString());
        Assert.Equal(1, created.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task CreateEvent_WithoutEventId_GeneratesAUuid()
    {
        var body = TestEvents.NewEvent();

        using var response = await TestEvents.CreateAsync(client, body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(Guid.TryParse(created.GetProperty("eventId").GetString(), out _));
    }

    [Fact]
    public async Task GetEvent_ExistingId_Returns200WithTheEventAndItsETag()
    {
        var id = await TestEvents.CreateExistingAsync(client);

        using var response = await client.GetAsync($"/events/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var found = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, found.GetProperty("eventId").GetString());
        Assert.Equal("Tech Conference", found.GetProperty("title").GetString());
    }

    [Fact]
    public async Task UpdateEvent_CurrentIfMatch_Returns200WithTheChangesAndNextVersion()
    {
        var id = await TestEvents.CreateExistingAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/events/{id}")
        {
            Content = JsonContent.Create(new JsonObject { ["capacity"] = 600, ["status"] = "active" }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(600, updated.GetProperty("capacity").GetInt32());
        Assert.Equal("active", updated.GetProperty("status").GetString());
        Assert.Equal("Tech Conference", updated.GetProperty("title").GetString());
    }

    [Fact]
    public async Task DeleteEvent_ExistingId_Returns204AndTheEventIsGone()
    {
        var id = await TestEvents.CreateExistingAsync(client);

        using var response = await client.DeleteAsync($"/events/{id}");
        using var after = await client.GetAsync($"/events/{id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }
}

[Collection(EventsApiCollectionDefinition.Name)]
public sealed class EventRoutesExecutableTests(EventsApiFixture api) : EventRoutesTests(api);

[Collection(AotEventsApiCollectionDefinition.Name)]
public sealed class EventRoutesAotTests(AotEventsApiFixture api) : EventRoutesTests(api);
