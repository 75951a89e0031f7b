using System.Text;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Configuration;
using EventFunctions.Data;
using EventFunctions.Tests.Infrastructure;

namespace EventFunctions.Tests.Handlers;

/// <summary>Keyed writes end to end on dynalite: both tables real, the production composition.</summary>
[Collection(DynaliteCollectionDefinition.Name)]
public sealed class IdempotencyIntegrationTests(DynaliteFixture dynalite)
{
    private const string Key = "8e03978e-40d5-43e8-bc93-6894a57f9324";

    private string? eventsTable;
    private string? recordsTable;

    private async Task<EventFunctionsServices> ServicesAsync()
    {
        eventsTable = await dynalite.CreateTableAsync();
        recordsTable = await dynalite.CreateIdempotencyTableAsync();
        return new EventFunctionsServices(
            new DynamoDbEventStore(dynalite.Client, new EventStoreOptions { TableName = eventsTable }, TimeProvider.System),
            new DynamoDbIdempotencyStore(dynalite.Client, recordsTable, DynamoDbIdempotencyStore.DefaultExpiry, TimeProvider.System));
    }

    private static async Task<ProxyResponse> InvokeAsync(ILambdaStreamHandler handler, string sample, string? key = Key, string? body = null)
    {
        var proxyEvent = ProxyEventSamples.Edit(sample);
        if (key is not null)
        {
            proxyEvent.WithHeader("Idempotency-Key", key);
        }

        if (body is not null)
        {
            proxyEvent.WithBody(body);
        }

        using var input = new MemoryStream(Encoding.UTF8.GetBytes(proxyEvent.ToJsonString()));
        await using var output = await handler.FunctionHandler(input);
        return DeclaredResponses.Checked(handler.GetType(), await ProxyResponse.ReadAsync(output));
    }

    private async Task<int> EventCountAsync() =>
        (await dynalite.Client.ScanAsync(new ScanRequest { TableName = eventsTable, Select = Amazon.DynamoDBv2.Select.COUNT })).Count ?? 0;

    [Fact]
    public async Task CreateEvent_RetriedWithTheSameKey_ReplaysTheFirstResponse()
    {
        var handler = new Functions_CreateEvent_Generated(await ServicesAsync());

        var first = await InvokeAsync(handler, "create-event-generated-id.json");
        var retry = await InvokeAsync(handler, "create-event-generated-id.json");

        Assert.Equal((201, 201), (first.StatusCode, retry.StatusCode));
        Assert.Equal(first.Body, retry.Body);
        Assert.Equal("true", retry.Header("Idempotent-Replayed"));
        Assert.Null(first.Header("Idempotent-Replayed"));
        Assert.Equal(1, await EventCountAsync());
    }

    [Fact]
    public async Task CreateEvent_SameKeyOtherBody_Returns422AndWritesNothing()
    {
        var handler = new Functions_CreateEvent_Generated(await ServicesAsync());
        await InvokeAsync(handler, "create-event-generated-id.json");

        var other = await InvokeAsync(handler, "create-event-generated-id.json", body: """{"title":"Other","description":"d","date":"2025-03-20","location":"l","capacity":1,"organizer":"o"}""");

        Assert.Equal(422, other.StatusCode);
        Assert.Equal(1, await EventCountAsync());
    }

    [Fact]
    public async Task CreateEvent_RetryAfterACrashBetweenTheWriteAndTheCompletion_FindsTheEventItWrote()
    {
        var handler = new Functions_CreateEvent_Generated(await ServicesAsync());
        var first = await InvokeAsync(handler, "create-event-generated-id.json");

        // As if the first invocation had died after its event write: its record is gone, its event is not.
        await dynalite.Client.DeleteItemAsync(new DeleteItemRequest
        {
            TableName = recordsTable,
            Key = new() { [IdempotencyTable.IdAttribute] = new AttributeValue { S = "CreateEvent#-#" + Key } },
        });
        var retry = await InvokeAsync(handler, "create-event-generated-id.json");

        Assert.Equal(201, retry.StatusCode);
        Assert.Equal(first.Json.GetProperty("eventId").GetString(), retry.Json.GetProperty("eventId").GetString());
        Assert.Equal(1, await EventCountAsync());
    }

    [Fact]
    public async Task CreateEvent_OtherKeys_CreateOtherEvents()
    {
        var handler = new Functions_CreateEvent_Generated(await ServicesAsync());

        var first = await InvokeAsync(handler, "create-event-generated-id.json", key: "key-1");
        var second = await InvokeAsync(handler, "create-event-generated-id.json", key: "key-2");

        Assert.NotEqual(first.Json.GetProperty("eventId").GetString(), second.Json.GetProperty("eventId").GetString());
        Assert.Equal(2, await EventCountAsync());
    }

    [Fact]
    public async Task CreateEvent_WithoutTheHeaderTwice_CreatesTwoEvents()
    {
        var handler = new Functions_CreateEvent_Generated(await ServicesAsync());

        await InvokeAsync(handler, "create-event-generated-id.json", key: null);
        await InvokeAsync(handler, "create-event-generated-id.json", key: null);

        Assert.Equal(2, await EventCountAsync());
    }

    [Fact]
    public async Task DeleteEvent_RetriedWithTheSameKey_Replays204InsteadOf404()
    {
        var services = await ServicesAsync();
        await InvokeAsync(new Functions_CreateEvent_Generated(services), "create-event.json", key: null);
        var handler = new Functions_DeleteEvent_Generated(services);

        var first = await InvokeAsync(handler, "delete-event.json");
        var retry = await InvokeAsync(handler, "delete-event.json");

        Assert.Equal((204, 204), (first.StatusCode, retry.StatusCode));
        Assert.Equal("true", retry.Header("Idempotent-Replayed"));
    }
}
