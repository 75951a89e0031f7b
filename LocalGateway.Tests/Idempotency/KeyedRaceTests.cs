using System.Net;
using EventFunctions.LocalGateway.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EventFunctions.LocalGateway.Tests.Idempotency;

/// <summary>
/// One client's create sent 20 times at once with one Idempotency-Key (a retry storm): one event, and every answer
/// either that event's 201 or "still in progress".
/// </summary>
public abstract class KeyedRaceTests(IdempotencyApiFixture api, ITestOutputHelper output)
{
    private const int Racers = 20;
    private readonly HttpClient client = api.Client;

    [Fact]
    public async Task ParallelCreatesWithOneKey_StoreOneEventAndAnswerItsCreationOr409()
    {
        var date = TestEvents.UniqueDate();
        var key = KeyedRequests.NewKey();
        var body = TestEvents.NewEvent(date: date).ToJsonString();

        var responses = await Task.WhenAll(Enumerable.Range(0, Racers)
            .Select(_ => KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key, body)));
        try
        {
            var stored = Assert.Single(await KeyedRequests.EventsOnAsync(client, date));
            var id = stored.GetProperty("eventId").GetString();
            Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
            var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToArray();
            Assert.Single(created, r => !KeyedRequests.IsReplay(r));
            var bodies = await Task.WhenAll(created.Select(r => r.Content.ReadAsStringAsync()));
            Assert.All(bodies, b => Assert.Equal(bodies[0], b));
            Assert.Contains($"\"eventId\":\"{id}\"", bodies[0], StringComparison.Ordinal);
            Assert.All(created, r => Assert.Equal($"/events/{id}", r.Headers.Location?.OriginalString));
            Assert.All(created, r => Assert.Equal("\"1\"", r.Headers.ETag?.Tag));
            foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            {
                await Problems.AssertAsync(conflict, HttpStatusCode.Conflict);
                Assert.InRange(conflict.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
            }

            output.WriteLine($"[tally] idempotency race: {Racers} parallel keyed creates, {created.Length} answered 201 ({created.Length - 1} replays), {Racers - created.Length} answered 409");
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }
}

[Collection(IdempotencyApiCollectionDefinition.Name)]
public sealed class KeyedRaceExecutableTests(IdempotencyApiFixture api, ITestOutputHelper output) : KeyedRaceTests(api, output);

[Collection(AotIdempotencyApiCollectionDefinition.Name)]
public sealed class KeyedRaceAotTests(AotIdempotencyApiFixture api, ITestOutputHelper output) : KeyedRaceTests(api, output);
