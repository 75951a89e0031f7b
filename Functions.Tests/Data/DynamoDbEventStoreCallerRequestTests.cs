using Amazon.DynamoDBv2.Model;
using EventFunctions.Model;

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
        var sent = dynamoDb.CapturePut();

        var result = await dynamoDb.Store.CreateAsync(EventSamples.Draft() with { CreatedBy = "alice" });

        var item = Assert.Single(sent).Item;
        Assert.Equal(("alice", "alice"), (item["createdBy"].S, item["updatedBy"].S));
        Assert.Equal(("alice", "alice"), (result.Event!.CreatedBy, result.Event.UpdatedBy));
    }

    [Fact]
    public async Task Create_WithoutCaller_WritesNeitherAttribute()
    {
        var sent = dynamoDb.CapturePut();

        await dynamoDb.Store.CreateAsync(EventSamples.Draft());

        var item = Assert.Single(sent).Item;
        Assert.False(item.ContainsKey("createdBy") || item.ContainsKey("updatedBy"));
    }

    [Fact]
    public async Task Update_WithCaller_SetsUpdatedByInTheOneConditionalRequest()
    {
        var sent = dynamoDb.CaptureUpdate();

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
        var sent = dynamoDb.CaptureUpdate();

        await dynamoDb.Store.UpdateAsync("evt-1", new EventChanges { Title = "New title", UpdatedBy = "bob" }, null);

        var request = Assert.Single(sent);
        Assert.DoesNotContain("createdBy", request.ExpressionAttributeNames.Values);
    }

    [Fact]
    public async Task Update_WithoutCaller_RemovesUpdatedBy()
    {
        var sent = dynamoDb.CaptureUpdate();

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
        dynamoDb.CaptureUpdate(returned);

        var result = await dynamoDb.Store.UpdateAsync("evt-1", new EventChanges { Title = "New title", UpdatedBy = "bob" }, null);

        Assert.Equal(("alice", "bob"), (result.Event!.CreatedBy, result.Event.UpdatedBy));
    }
}
