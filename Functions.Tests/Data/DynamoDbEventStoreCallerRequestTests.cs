using Amazon.DynamoDBv2.Model;
using EventFunctions.Model;
using Moq;

namespace EventFunctions.Tests.Data;

/// <summary>
/// The caller in the write requests: a create stores it as createdBy and updatedBy, an update sets updatedBy and never
/// touches createdBy, in the same one request; without a caller the attributes are absent (an update removes updatedBy).
/// </summary>
[Trait("Category", "Unit")]
public sealed class DynamoDbEventStoreCallerRequestTests
{
    private readonly MockedDynamoDb dynamoDb = new();

    [Fact]
    public async Task Create_WithCaller_StoresItAsCreatedByAndUpdatedBy()
    {
        var sent = CapturePut();

        var result = await dynamoDb.Store.CreateAsync(EventSamples.Draft() with { CreatedBy = "alice" });

        var item = Assert.Single(sent).Item;
        Assert.Equal(("alice", "alice"), (item["createdBy"].S, item["updatedBy"].S));
        Assert.Equal(("alice", "alice"), (result.Event!.CreatedBy, result.Event.UpdatedBy));
    }

    [Fact]
    public async Task Create_WithoutCaller_WritesNeitherAttribute()
    {
        var sent = CapturePut();

        await dynamoDb.Store.CreateAsync(EventSamples.Draft());

        var item = Assert.Single(sent).Item;
        Assert.False(item.ContainsKey("createdBy") || item.ContainsKey("updatedBy"));
    }

    [Fact]
    public async Task Update_WithCaller_SetsUpdatedByInTheOneConditionalRequest()
    {
        var sent = CaptureUpdate();

        await dynamoDb.Store.UpdateAsync("evt-1", new EventChanges { Title = "New title", UpdatedBy = "bob" }, 3);

        var request = Assert.Single(sent);
        Assert.Equal(
            "SET #title = :title, #updatedAt = :updatedAt, #version = #version + :one, #updatedBy = :updatedBy",
            request.UpdateExpression);
        Assert.Equal("bob", request.ExpressionAttributeValues[":updatedBy"].S);
        Assert.Equal("attribute_exists(#eventId) AND #version = :expectedVersion", request.ConditionExpression);
    }

    [Fact]
    public async Task Update_WithCaller_NeverNamesCreatedBy()
    {
        var sent = CaptureUpdate();

        await dynamoDb.Store.UpdateAsync("evt-1", new EventChanges { Title = "New title", UpdatedBy = "bob" }, null);

        var request = Assert.Single(sent);
        Assert.DoesNotContain("createdBy", request.ExpressionAttributeNames.Values);
    }

    [Fact]
    public async Task Update_WithoutCaller_RemovesUpdatedBy()
    {
        var sent = CaptureUpdate();

        await dynamoDb.Store.UpdateAsync("evt-1", new EventChanges { Title = "New title" }, null);

        var request = Assert.Single(sent);
        Assert.EndsWith(" REMOVE #updatedBy", request.UpdateExpression, StringComparison.Ordinal);
        Assert.Equal("updatedBy", request.ExpressionAttributeNames["#updatedBy"]);
        Assert.DoesNotContain(":updatedBy", request.ExpressionAttributeValues.Keys);
    }

    [Fact]
    public async Task Update_ReturnedItemWithBoth_ReadsBoth()
    {
        var returned = EventSamples.Item(version: 2);
        returned["createdBy"] = new AttributeValue { S = "alice" };
        returned["updatedBy"] = new AttributeValue { S = "bob" };
        CaptureUpdate(returned);

        var result = await dynamoDb.Store.UpdateAsync("evt-1", new EventChanges { Title = "New title", UpdatedBy = "bob" }, null);

        Assert.Equal(("alice", "bob"), (result.Event!.CreatedBy, result.Event.UpdatedBy));
    }

    private List<PutItemRequest> CapturePut()
    {
        var sent = new List<PutItemRequest>();
        dynamoDb.Client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .Callback((PutItemRequest request, CancellationToken _) => sent.Add(request))
            .ReturnsAsync(new PutItemResponse());
        return sent;
    }

    private List<UpdateItemRequest> CaptureUpdate(Dictionary<string, AttributeValue>? returned = null)
    {
        var sent = new List<UpdateItemRequest>();
        dynamoDb.Client.Setup(c => c.UpdateItemAsync(It.IsAny<UpdateItemRequest>(), It.IsAny<CancellationToken>()))
            .Callback((UpdateItemRequest request, CancellationToken _) => sent.Add(request))
            .ReturnsAsync(new UpdateItemResponse { Attributes = returned ?? EventSamples.Item(version: 2) });
        return sent;
    }
}
