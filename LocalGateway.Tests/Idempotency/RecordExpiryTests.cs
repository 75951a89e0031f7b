using System.Net;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Data;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Idempotency;

/// <summary>
/// An Idempotency-Key is remembered for the records' expiry (24 hours), then free again: a keyed create after that is
/// a new request, even though a create without eventId derives its id from the key.
/// </summary>
public abstract class RecordExpiryTests(CrashingStoreFixture fixture)
{
    private readonly HttpClient client = fixture.Client;

    [Fact]
    public async Task KeyReusedForAnotherEventAfterItsRecordExpired_CreatesThatEvent()
    {
        var key = KeyedRequests.NewKey();
        var firstDate = TestEvents.UniqueDate();
        using var first = await KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key, TestEvents.NewEvent(date: firstDate).ToJsonString());
        await ExpireEveryRecordAsync();
        var laterDate = TestEvents.UniqueDate();

        using var later = await KeyedRequests.SendAsync(client, HttpMethod.Post, "/events", key, TestEvents.NewEvent(date: laterDate).ToJsonString());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        Assert.False(KeyedRequests.IsReplay(later));
        var created = Assert.Single(await KeyedRequests.EventsOnAsync(client, laterDate));
        Assert.Equal($"/events/{created.GetProperty("eventId").GetString()}", later.Headers.Location?.OriginalString);
        Assert.NotEqual(first.Headers.Location, later.Headers.Location);
        Assert.Single(await KeyedRequests.EventsOnAsync(client, firstDate));
    }

    /// <summary>What DynamoDB's TTL does to a record past its expiry: deletes it.</summary>
    private async Task ExpireEveryRecordAsync()
    {
        using var dynamo = fixture.Dynalite.CreateClient();
        var records = await dynamo.ScanAsync(new ScanRequest { TableName = CrashingStoreFixture.IdempotencyTableName });
        Assert.NotEmpty(records.Items);
        foreach (var record in records.Items)
        {
            await dynamo.DeleteItemAsync(CrashingStoreFixture.IdempotencyTableName, new() { [IdempotencyTable.IdAttribute] = record[IdempotencyTable.IdAttribute] });
        }
    }
}

public sealed class RecordExpiryExecutableTests(CrashingStoreFixture fixture) : RecordExpiryTests(fixture), IClassFixture<CrashingStoreFixture>;

public sealed class RecordExpiryAotTests(AotCrashingStoreFixture fixture) : RecordExpiryTests(fixture), IClassFixture<AotCrashingStoreFixture>;
