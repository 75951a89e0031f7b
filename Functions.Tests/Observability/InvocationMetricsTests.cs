using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Annotations.Tests.Infrastructure;
using EventFunctions.Configuration;
using EventFunctions.Data;
using EventFunctions.Tests.Data;
using EventFunctions.Tests.Infrastructure;
using Moq;

namespace EventFunctions.Tests.Observability;

/// <summary>
/// The metrics line each invocation writes, over the real DynamoDB store with a strict mock client: what the
/// functions count (events created, updated, deleted, only when the write happened) and one DynamoDB latency value per
/// request, every line valid Embedded Metric Format.
/// </summary>
[Trait("Category", "Unit")]
public sealed class InvocationMetricsTests
{
    private const string EventId = "evt-tech-conf-2024";

    private readonly Mock<IAmazonDynamoDB> client = new(MockBehavior.Strict);
    private readonly HandlerHarness harness;

    public InvocationMetricsTests()
    {
        var store = EventFunctionsServices.CreateEventStore(
            client.Object, new EventStoreOptions { TableName = "events" }, new ManualTimeProvider(EventSamples.Now));
        harness = new HandlerHarness(store, new InMemoryIdempotencyStore());
    }

    [Fact]
    public async Task StoredCreate_CountsOneEventCreated()
    {
        client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new PutItemResponse());

        await harness.InvokeRoutedAsync(ProxyEventSamples.Read("create-event.json"));

        Assert.Equal(1, Metric(Assert.Single(harness.MetricLines), "EventsCreated"));
    }

    [Fact]
    public async Task CreateOfATakenIdWithOtherContent_CountsNoEventCreated()
    {
        client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed"));
        client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetItemResponse { Item = EventSamples.Item(EventId), IsItemSet = true });

        var response = await harness.InvokeRoutedAsync(ProxyEventSamples.Read("create-event.json"));

        Assert.Equal(409, response.StatusCode);
        Assert.False(Assert.Single(harness.MetricLines).TryGetProperty("EventsCreated", out _));
    }

    [Fact]
    public async Task ReplayedCreate_CountsNoSecondEventCreated()
    {
        client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new PutItemResponse());
        var keyed = ProxyEventSamples.Edit("create-event.json").WithHeader("Idempotency-Key", "8e03978e-40d5-43e8-bc93-6894a57f9324").ToJsonString();

        await harness.InvokeRoutedAsync(keyed);
        var replay = await harness.InvokeRoutedAsync(keyed);

        Assert.Equal(201, replay.StatusCode);
        Assert.Equal([true, false], harness.MetricLines.Select(line => line.TryGetProperty("EventsCreated", out _)));
    }

    [Fact]
    public async Task AppliedUpdate_CountsOneEventUpdated()
    {
        client.Setup(c => c.UpdateItemAsync(It.IsAny<UpdateItemRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new UpdateItemResponse { Attributes = EventSamples.Item(EventId, version: 2) });

        await harness.InvokeRoutedAsync(ProxyEventSamples.Read("update-event.json"));

        Assert.Equal(1, Metric(Assert.Single(harness.MetricLines), "EventsUpdated"));
    }

    [Fact]
    public async Task UpdateOfAMissingEvent_CountsNoEventUpdated()
    {
        client.Setup(c => c.UpdateItemAsync(It.IsAny<UpdateItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed"));
        client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new GetItemResponse());

        var response = await harness.InvokeRoutedAsync(ProxyEventSamples.Read("update-event.json"));

        Assert.Equal(404, response.StatusCode);
        Assert.False(Assert.Single(harness.MetricLines).TryGetProperty("EventsUpdated", out _));
    }

    [Fact]
    public async Task AppliedDelete_CountsOneEventDeleted()
    {
        client.Setup(c => c.DeleteItemAsync(It.IsAny<DeleteItemRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeleteItemResponse { Attributes = EventSamples.Item(EventId) });

        await harness.InvokeRoutedAsync(ProxyEventSamples.Read("delete-event.json"));

        Assert.Equal(1, Metric(Assert.Single(harness.MetricLines), "EventsDeleted"));
    }

    [Fact]
    public async Task EachDynamoDbRequest_AddsOneLatencyValue()
    {
        client.Setup(c => c.UpdateItemAsync(It.IsAny<UpdateItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed"));
        client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetItemResponse { Item = EventSamples.Item(EventId, version: 7), IsItemSet = true });

        await harness.InvokeRoutedAsync(ProxyEventSamples.Read("update-event-if-match.json"));

        // The conditional UpdateItem, then the GetItem that tells a stale version from a missing event.
        var latency = Assert.Single(harness.MetricLines).GetProperty("DynamoDbLatency");
        Assert.Equal(2, latency.GetArrayLength());
        Assert.All(latency.EnumerateArray(), value => Assert.True(value.GetDouble() >= 0));
    }

    [Fact]
    public async Task InvocationWithoutDynamoDbRequest_HasNoLatencyMetric()
    {
        var badId = ProxyEventSamples.Edit("get-event.json");
        badId["pathParameters"]!["eventId"] = "bad id";
        badId["path"] = "/events/bad%20id";

        await harness.InvokeRoutedAsync(badId.ToJsonString());

        Assert.False(Assert.Single(harness.MetricLines).TryGetProperty("DynamoDbLatency", out _));
    }

    [Fact]
    public async Task EveryMetricsLine_IsValidEmbeddedMetricFormat()
    {
        client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new PutItemResponse());
        client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new GetItemResponse());

        await harness.InvokeRoutedAsync(ProxyEventSamples.Read("create-event.json"));
        await harness.InvokeRoutedAsync(ProxyEventSamples.Read("get-event.json"));

        Assert.Equal(2, harness.MetricLines.Count);
        Assert.All(harness.MetricLines, line => Assert.Empty(EmbeddedMetricFormatSpec.Violations(line.GetRawText())));
    }

    private static double Metric(JsonElement line, string name) => line.GetProperty(name).GetDouble();
}
