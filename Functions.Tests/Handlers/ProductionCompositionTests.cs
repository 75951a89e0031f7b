using Amazon.DynamoDBv2.Model;
using EventFunctions.Tests.Data;
using EventFunctions.Tests.Infrastructure;
using Moq;

namespace EventFunctions.Tests.Handlers;

/// <summary>
/// Each function end to end in process over the graph Lambda runs (<see cref="EventFunctions.Configuration.EventFunctionsServices"/>,
/// not the container of <c>AddEventFunctions</c>): proxy event in, DynamoDB request out, proxy response back.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ProductionCompositionTests
{
    private const string EventId = "evt-tech-conf-2024";
    private readonly ProductionCompositionHarness harness = new();

    [Fact]
    public async Task GetEvent_StoredItem_Returns200WithTheEventFromAGetItemOnTheTable()
    {
        harness.Client.Setup(c => c.GetItemAsync(
                It.Is<GetItemRequest>(r => r.TableName == ProductionCompositionHarness.TableName && r.Key["eventId"].S == EventId),
                It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetItemResponse { Item = EventSamples.Item(EventId, version: 4), IsItemSet = true });

        var response = await harness.InvokeAsync<Functions_GetEvent_Generated>(ProxyEventSamples.Read("get-event.json"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("\"4\"", response.Header("ETag"));
        Assert.Equal(EventId, response.Json.GetProperty("eventId").GetString());
    }

    [Fact]
    public async Task ListEvents_NoStatus_Returns200WithTheItemsOfAScan()
    {
        harness.Client.Setup(c => c.ScanAsync(
                It.Is<ScanRequest>(r => r.TableName == ProductionCompositionHarness.TableName),
                It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ScanResponse { Items = [EventSamples.Item("evt-1"), EventSamples.Item("evt-2")] });

        var response = await harness.InvokeAsync<Functions_ListEvents_Generated>(ProxyEventSamples.Read("list-events.json"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(["evt-1", "evt-2"], response.Json.EnumerateArray().Select(e => e.GetProperty("eventId").GetString()));
    }

    [Fact]
    public async Task CreateEvent_NewId_Returns201AfterAConditionalPutItem()
    {
        harness.Client.Setup(c => c.PutItemAsync(
                It.Is<PutItemRequest>(r => r.TableName == ProductionCompositionHarness.TableName
                    && r.Item["eventId"].S == EventId
                    && r.ConditionExpression == "attribute_not_exists(#eventId)"),
                It.IsAny<CancellationToken>()))
            .ReturnsAsync(new PutItemResponse());

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(ProxyEventSamples.Read("create-event.json"));

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("/prod/events/" + EventId, response.Header("Location"));
    }

    [Fact]
    public async Task UpdateEvent_ExistingEvent_Returns200WithTheItemUpdateItemReturned()
    {
        var updated = EventSamples.Item(EventId, version: 2);
        updated["capacity"] = new AttributeValue { N = "600" };
        harness.Client.Setup(c => c.UpdateItemAsync(
                It.Is<UpdateItemRequest>(r => r.TableName == ProductionCompositionHarness.TableName && r.Key["eventId"].S == EventId),
                It.IsAny<CancellationToken>()))
            .ReturnsAsync(new UpdateItemResponse { Attributes = updated });

        var response = await harness.InvokeAsync<Functions_UpdateEvent_Generated>(ProxyEventSamples.Read("update-event.json"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(600, response.Json.GetProperty("capacity").GetInt32());
    }

    [Fact]
    public async Task DeleteEvent_ExistingEvent_Returns204AfterADeleteItem()
    {
        harness.Client.Setup(c => c.DeleteItemAsync(
                It.Is<DeleteItemRequest>(r => r.TableName == ProductionCompositionHarness.TableName && r.Key["eventId"].S == EventId),
                It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeleteItemResponse { Attributes = EventSamples.Item(EventId) });

        var response = await harness.InvokeAsync<Functions_DeleteEvent_Generated>(ProxyEventSamples.Read("delete-event.json"));

        Assert.Equal(204, response.StatusCode);
    }

    [Fact]
    public async Task DeleteEvent_ConditionalCheckFails_Returns404()
    {
        harness.Client.Setup(c => c.DeleteItemAsync(It.IsAny<DeleteItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed"));

        var response = await harness.InvokeAsync<Functions_DeleteEvent_Generated>(ProxyEventSamples.Read("delete-event.json"));

        Assert.Equal(404, response.StatusCode);
    }

    [Fact]
    public async Task GetEvent_DynamoDbThrottles_Returns503WithRetryAfterFromTheComposedExceptionMapper()
    {
        harness.Client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ProvisionedThroughputExceededException("Rate exceeded"));

        var response = await harness.InvokeAsync<Functions_GetEvent_Generated>(ProxyEventSamples.Read("get-event.json"));

        Assert.Equal(503, response.StatusCode);
        Assert.NotNull(response.Header("Retry-After"));
    }
}
