using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventFunctions.LocalGateway.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EventFunctions.LocalGateway.Tests.Concurrency;

/// <summary>
/// Racing clients over real HTTP through LocalGateway and dynalite, each race repeated so that an
/// unlucky interleaving has many chances to show up.
/// </summary>
public abstract class RaceTests(EventsApiFixture api, ITestOutputHelper output)
{
    private const int Rounds = 10;
    private const int Racers = 8;
    private readonly HttpClient client = api.Client;

    private Task<HttpResponseMessage> PutAsync(string id, string body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/events/{id}") { Content = TestEvents.Json(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    private async Task<JsonElement?> GetAsync(string id)
    {
        using var response = await client.GetAsync($"/events/{id}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<HttpStatusCode[]> StatusesAsync(IEnumerable<Task<HttpResponseMessage>> requests)
    {
        var responses = await Task.WhenAll(requests);
        var statuses = responses.Select(r => r.StatusCode).ToArray();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        return statuses;
    }

    [Fact]
    public async Task ParallelCreatesOfOneId_ExactlyOneIs201()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var id = TestEvents.UniqueId();

            var statuses = await StatusesAsync(Enumerable.Range(0, Racers).Select(_ => TestEvents.CreateAsync(client, TestEvents.NewEvent(id))));

            Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
            Assert.Equal(Racers - 1, statuses.Count(s => s == HttpStatusCode.Conflict));
        }

        output.WriteLine($"[tally] races: {Rounds} rounds of {Racers} parallel creates of one id");
    }

    [Fact]
    public async Task ParallelIfMatchUpdatesOfOneVersion_ExactlyOneIs200AndTheRest412()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var id = await TestEvents.CreateExistingAsync(client);

            var statuses = await StatusesAsync(Enumerable.Range(0, Racers).Select(i => PutAsync(id, $$"""{"capacity":{{i + 1}}}""", "\"1\"")));

            Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
            Assert.Equal(Racers - 1, statuses.Count(s => s == HttpStatusCode.PreconditionFailed));
            Assert.Equal(2, (await GetAsync(id))!.Value.GetProperty("version").GetInt64());
        }

        output.WriteLine($"[tally] races: {Rounds} rounds of {Racers} parallel If-Match updates of one version");
    }

    [Fact]
    public async Task ParallelPartialUpdatesOfDifferentFields_AllPersist()
    {
        string[] changes =
        [
            """{"title":"Raced title"}""", """{"description":"Raced description"}""", """{"location":"Raced city"}""",
            """{"capacity":77}""", """{"organizer":"Raced org"}""", """{"status":"active"}""",
        ];
        for (var round = 0; round < Rounds; round++)
        {
            var id = await TestEvents.CreateExistingAsync(client);

            var statuses = await StatusesAsync(changes.Select(body => PutAsync(id, body)));

            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
            var stored = (await GetAsync(id))!.Value;
            Assert.Equal("Raced title", stored.GetProperty("title").GetString());
            Assert.Equal("Raced description", stored.GetProperty("description").GetString());
            Assert.Equal("Raced city", stored.GetProperty("location").GetString());
            Assert.Equal(77, stored.GetProperty("capacity").GetInt32());
            Assert.Equal("Raced org", stored.GetProperty("organizer").GetString());
            Assert.Equal("active", stored.GetProperty("status").GetString());
            Assert.Equal(1 + changes.Length, stored.GetProperty("version").GetInt64());
        }

        output.WriteLine($"[tally] races: {Rounds} rounds of {changes.Length} parallel partial updates of different fields");
    }

    [Fact]
    public async Task DeleteRacingUpdates_NeverResurrectsTheEvent()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var id = await TestEvents.CreateExistingAsync(client);

            var updates = Enumerable.Range(0, Racers - 1).Select(i => PutAsync(id, $$"""{"capacity":{{i + 1}}}"""));
            var statuses = await StatusesAsync([client.DeleteAsync($"/events/{id}"), .. updates]);

            Assert.Equal(HttpStatusCode.NoContent, statuses[0]);
            Assert.All(statuses.Skip(1), s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound }));
            Assert.Null(await GetAsync(id));
        }

        output.WriteLine($"[tally] races: {Rounds} rounds of a delete racing {Racers - 1} updates");
    }
}

[Collection(EventsApiCollectionDefinition.Name)]
public sealed class RaceExecutableTests(EventsApiFixture api, ITestOutputHelper output) : RaceTests(api, output);

[Collection(AotEventsApiCollectionDefinition.Name)]
public sealed class RaceAotTests(AotEventsApiFixture api, ITestOutputHelper output) : RaceTests(api, output);
