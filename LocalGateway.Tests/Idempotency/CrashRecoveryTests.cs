using System.Net;
using EventFunctions.LocalGateway.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EventFunctions.LocalGateway.Tests.Idempotency;

/// <summary>
/// A keyed create whose environment is killed between writing its event and completing its record (the proxy holds the
/// completion's UpdateItem and SIGKILLs the CreateEvent process when it arrives): the retry after the claim's lock
/// passes recovers the event the first attempt wrote instead of creating a second one.
/// </summary>
public abstract class CrashRecoveryTests(CrashingStoreFixture fixture, ITestOutputHelper output) : IDisposable
{
    private readonly HttpClient client = fixture.Client;

    /// <summary>The functions' log (START, the timeout, REPORT): what to read when one of these fails.</summary>
    public void Dispose()
    {
        output.WriteLine(fixture.Log.Text);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task CreateKilledBeforeItsCompletion_RetryAfterTheLockAnswers201WithTheOneEvent()
    {
        var date = TestEvents.UniqueDate();
        var key = KeyedRequests.NewKey();
        var body = TestEvents.NewEvent(date: date).ToJsonString();
        fixture.Proxy.Hold = KillAtTheCompletion;
        HttpStatusCode crashed;
        try
        {
            using var first = await KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key, body);
            crashed = first.StatusCode;
        }
        finally
        {
            fixture.Proxy.Hold = null;
        }

        Assert.Equal(HttpStatusCode.BadGateway, crashed);
        Assert.True(fixture.Proxy.HeldCount > 0, "The completion was never attempted.");
        Assert.Contains("Runtime exited with error: signal: killed", fixture.Log.Text, StringComparison.Ordinal);
        var written = Assert.Single(await KeyedRequests.EventsOnAsync(client, date));
        var id = written.GetProperty("eventId").GetString();

        using var retry = await RetryWhileInProgressAsync(key, body);

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.False(KeyedRequests.IsReplay(retry));
        Assert.Equal($"/events/{id}", retry.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", retry.Headers.ETag?.Tag);
        Assert.Single(await KeyedRequests.EventsOnAsync(client, date));
    }

    [Fact]
    public async Task CreateRecoveredAfterACrash_IsRememberedForTheNextRetry()
    {
        var date = TestEvents.UniqueDate();
        var key = KeyedRequests.NewKey();
        var body = TestEvents.NewEvent(date: date).ToJsonString();
        fixture.Proxy.Hold = KillAtTheCompletion;
        try
        {
            await KeyedRequests.SendAndLoseAsync(client, HttpMethod.Post, "/events", key, body);
        }
        finally
        {
            fixture.Proxy.Hold = null;
        }

        using var recovered = await RetryWhileInProgressAsync(key, body);
        using var again = await KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key, body);

        Assert.Equal(HttpStatusCode.Created, recovered.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.True(KeyedRequests.IsReplay(again));
        Assert.Equal(recovered.Headers.Location, again.Headers.Location);
        Assert.Single(await KeyedRequests.EventsOnAsync(client, date));
    }

    /// <summary>Holds the completion of a record and kills the function that sent it, as it waits for the answer.</summary>
    private bool KillAtTheCompletion(DynamoDbCall call)
    {
        if (call is not { Operation: "UpdateItem", TableName: CrashingStoreFixture.IdempotencyTableName })
        {
            return false;
        }

        Assert.True(FunctionProcesses.Kill("CreateEvent", fixture.Proxy.ServiceUrl) > 0, "No CreateEvent environment to kill.");
        return true;
    }

    /// <summary>Retries the create while it answers 409, that is until the first attempt's lock has passed.</summary>
    private async Task<HttpResponseMessage> RetryWhileInProgressAsync(string key, string body)
    {
        HttpResponseMessage? retry = null;
        await Eventually.TrueAsync(
            async () =>
            {
                retry?.Dispose();
                retry = await KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key, body);
                return retry.StatusCode != HttpStatusCode.Conflict;
            },
            "the first attempt's lock passed",
            TimeSpan.FromSeconds(2 * CrashingStoreFixture.CreateEventTimeoutSeconds));
        return retry!;
    }
}

public sealed class CrashRecoveryExecutableTests(CrashingStoreFixture fixture, ITestOutputHelper output)
    : CrashRecoveryTests(fixture, output), IClassFixture<CrashingStoreFixture>;

public sealed class CrashRecoveryAotTests(AotCrashingStoreFixture fixture, ITestOutputHelper output)
    : CrashRecoveryTests(fixture, output), IClassFixture<AotCrashingStoreFixture>;
