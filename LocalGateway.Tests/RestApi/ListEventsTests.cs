using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.RestApi;

public abstract class ListEventsTests(EventsApiFixture api)
{
    private readonly HttpClient client = api.Client;

    [Fact]
    public async Task ListEvents_StatusFilter_ReturnsOnlyEventsWithThatStatusInDateOrder()
    {
        var first = TestEvents.UniqueDate();
        var second = TestEvents.UniqueDate();
        var later = await TestEvents.CreateExistingAsync(client, second, "cancelled");
        var earlier = await TestEvents.CreateExistingAsync(client, first, "cancelled");
        await TestEvents.CreateExistingAsync(client, first, "active");

        var events = await ListAllAsync($"/events?status=cancelled&from={first:yyyy-MM-dd}&to={second:yyyy-MM-dd}");

        Assert.Equal([earlier, later], events.Select(e => e.GetProperty("eventId").GetString()));
    }

    [Fact]
    public async Task ListEvents_DateRange_ReturnsOnlyEventsInsideIt()
    {
        var before = TestEvents.UniqueDate();
        var inside = TestEvents.UniqueDate();
        var after = TestEvents.UniqueDate();
        await TestEvents.CreateExistingAsync(client, before);
        var expected = await TestEvents.CreateExistingAsync(client, inside);
        await TestEvents.CreateExistingAsync(client, after);

        var events = await ListAllAsync($"/events?from={inside:yyyy-MM-dd}&to={inside:yyyy-MM-dd}");

        Assert.Equal([expected], events.Select(e => e.GetProperty("eventId").GetString()));
    }

    [Fact]
    public async Task ListEvents_SmallLimit_FollowingLinkVisitsEveryEventOnce()
    {
        var date = TestEvents.UniqueDate();
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(await TestEvents.CreateExistingAsync(client, date, "completed"));
        }

        var pages = new List<int>();
        var seen = new List<string>();
        for (var url = $"/events?status=completed&from={date:yyyy-MM-dd}&to={date:yyyy-MM-dd}&limit=2"; url is not null;)
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadFromJsonAsync<JsonElement[]>() ?? [];
            pages.Add(page.Length);
            seen.AddRange(page.Select(e => e.GetProperty("eventId").GetString()!));
            url = LinkHeader.Next(response);
        }

        Assert.Equal([2, 2, 1], pages);
        Assert.Equal(created.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    /// <summary>Every event a list query returns, following Link headers to the last page.</summary>
    private async Task<List<JsonElement>> ListAllAsync(string url)
    {
        var events = new List<JsonElement>();
        for (var next = url; next is not null;)
        {
            using var response = await client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            events.AddRange(await response.Content.ReadFromJsonAsync<JsonElement[]>() ?? []);
            next = LinkHeader.Next(response);
        }

        return events;
    }
}

[Collection(EventsApiCollectionDefinition.Name)]
public sealed class ListEventsExecutableTests(EventsApiFixture api) : ListEventsTests(api);

[Collection(AotEventsApiCollectionDefinition.Name)]
public sealed class ListEventsAotTests(AotEventsApiFixture api) : ListEventsTests(api);
