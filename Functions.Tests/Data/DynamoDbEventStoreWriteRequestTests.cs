using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Data;
using EventFunctions.Model;
using Moq;

namespace EventFunctions.Tests.Data;

/// <summary>The exact create/get/update/delete requests the store sends, and how it reads the answers.</summary>
[Trait("Category", "Unit")]
public sealed class DynamoDbEventStoreWriteRequestTests
{
    private readonly MockedDynamoDb dynamoDb = new();

    [Fact]
    public async Task Create_SendsPutItemConditionedOnAttributeNotExists()
    {
        var sent = dynamoDb.CapturePut();

        await dynamoDb.Store.CreateAsync(EventSamples.Draft());

        var request = Assert.Single(sent);
        Assert.Equal("events", request.TableName);
        Assert.Equal("attribute_not_exists(#eventId)", request.ConditionExpression);
        Assert.Equal(new Dictionary<string, string> { ["#eventId"] = "eventId" }, request.ExpressionAttributeNames);
    }

    [Fact]
    public async Task Create_WritesEveryAttributeInTableFormat()
    {
        var sent = dynamoDb.CapturePut();

        await dynamoDb.Store.CreateAsync(EventSamples.Draft());

        AssertItemsEqual(EventSamples.Item(), Assert.Single(sent).Item);
    }

    [Fact]
    public async Task Create_ReturnsEventWithVersionOneAndMillisecondTimestamps()
    {
        dynamoDb.CapturePut();

        var result = await dynamoDb.Store.CreateAsync(EventSamples.Draft());

        Assert.Equal(WriteStatus.Succeeded, result.Status);
        Assert.Equal(EventSamples.Stored(), result.Event);
    }

    [Fact]
    public async Task Create_ConditionalCheckFailed_ReturnsAlreadyExists()
    {
        dynamoDb.Client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed"));

        var result = await dynamoDb.Store.CreateAsync(EventSamples.Draft());

        Assert.Equal(WriteResult.AlreadyExists, result);
    }

    [Fact]
    public async Task Get_SendsConsistentGetItemForTheKey()
    {
        GetItemRequest? sent = null;
        dynamoDb.Client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>()))
            .Callback((GetItemRequest request, CancellationToken _) => sent = request)
            .ReturnsAsync(new GetItemResponse { Item = EventSamples.Item() });

        await dynamoDb.Store.GetAsync("evt-1");

        Assert.NotNull(sent);
        Assert.Equal("events", sent.TableName);
        Assert.True(sent.ConsistentRead);
        AssertItemsEqual(EventSamples.Key("evt-1"), sent.Key);
    }

    [Fact]
    public async Task Get_ExistingItem_ReturnsMappedEvent()
    {
        dynamoDb.Client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetItemResponse { Item = EventSamples.Item(version: 4) });

        var found = await dynamoDb.Store.GetAsync("evt-1");

        Assert.Equal(EventSamples.Stored(version: 4), found);
    }

    [Fact]
    public async Task Get_NoItem_ReturnsNull()
    {
        dynamoDb.Client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetItemResponse());

        Assert.Null(await dynamoDb.Store.GetAsync("evt-1"));
    }

    [Fact]
    public async Task Update_SetsOnlyTheGivenFieldsPlusUpdatedAtAndVersion()
    {
        var sent = dynamoDb.CaptureUpdate();

        await dynamoDb.Store.UpdateAsync("evt-1", new EventChanges { Title = "New title", Capacity = 42 }, null);

        var request = Assert.Single(sent);
        Assert.Equal(
            "SET #title = :title, #capacity = :capacity, #updatedAt = :updatedAt, #version = #version + :one REMOVE #updatedBy",
            request.UpdateExpression);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["#eventId"] = "eventId",
                ["#version"] = "version",
                ["#updatedAt"] = "updatedAt",
                ["#title"] = "title",
                ["#capacity"] = "capacity",
                ["#updatedBy"] = "updatedBy",
            },
            request.ExpressionAttributeNames);
        AssertItemsEqual(
            new Dictionary<string, AttributeValue>
            {
                [":one"] = new AttributeValue { N = "1" },
                [":updatedAt"] = new AttributeValue { S = "2026-11-22T01:00:00.123Z" },
                [":title"] = new AttributeValue { S = "New title" },
                [":capacity"] = new AttributeValue { N = "42" },
            },
            request.ExpressionAttributeValues);
    }

    [Fact]
    public async Task Update_EveryField_ReferencesReservedWordsDateAndStatusByName()
    {
        var sent = dynamoDb.CaptureUpdate();

        await dynamoDb.Store.UpdateAsync(
            "evt-1",
            new EventChanges
            {
                Title = "t",
                Description = "d",
                Date = new DateOnly(2025, 2, 3),
                Location = "l",
                Capacity = 7,
                Organizer = "o",
                Status = EventStatus.Cancelled,
            },
            null);

        var request = Assert.Single(sent);
        Assert.Equal(
            "SET #title = :title, #description = :description, #date = :date, #location = :location, "
            + "#capacity = :capacity, #organizer = :organizer, #status = :status, "
            + "#updatedAt = :updatedAt, #version = #version + :one REMOVE #updatedBy",
            request.UpdateExpression);
        Assert.Equal("date", request.ExpressionAttributeNames["#date"]);
        Assert.Equal("status", request.ExpressionAttributeNames["#status"]);
        Assert.Equal("2025-02-03", request.ExpressionAttributeValues[":date"].S);
        Assert.Equal("cancelled", request.ExpressionAttributeValues[":status"].S);
    }

    [Fact]
    public async Task Update_WithoutExpectedVersion_IsConditionedOnExistenceOnly()
    {
        var sent = dynamoDb.CaptureUpdate();

        await dynamoDb.Store.UpdateAsync("evt-1", new EventChanges { Title = "x" }, null);

        var request = Assert.Single(sent);
        Assert.Equal("attribute_exists(#eventId)", request.ConditionExpression);
        Assert.False(request.ExpressionAttributeValues.ContainsKey(":expectedVersion"));
    }

    [Fact]
    public async Task Update_WithExpectedVersion_IsAlsoConditionedOnVersion()
    {
        var sent = dynamoDb.CaptureUpdate();

        await dynamoDb.Store.UpdateAsync("evt-1", new EventChanges { Title = "x" }, 3);

        var request = Assert.Single(sent);
        Assert.Equal("attribute_exists(#eventId) AND #version = :expectedVersion", request.ConditionExpression);
        Assert.Equal("3", request.ExpressionAttributeValues[":expectedVersion"].N);
    }

    [Fact]
    public async Task Update_AsksForNewItemAndForOldItemOnConditionFailure()
    {
        var sent = dynamoDb.CaptureUpdate();

        await dynamoDb.Store.UpdateAsync("evt-1", new EventChanges { Title = "x" }, 3);

        var request = Assert.Single(sent);
        Assert.Equal("events", request.TableName);
        AssertItemsEqual(EventSamples.Key("evt-1"), request.Key);
        Assert.Equal(ReturnValue.ALL_NEW, request.ReturnValues);
        Assert.Equal(ReturnValuesOnConditionCheckFailure.ALL_OLD, request.ReturnValuesOnConditionCheckFailure);
    }

    [Fact]
    public async Task Update_Succeeded_ReturnsEventFromNewAttributes()
    {
        dynamoDb.CaptureUpdate(EventSamples.Item(version: 2));

        var result = await dynamoDb.Store.UpdateAsync("evt-1", new EventChanges { Title = "x" }, null);

        Assert.Equal(WriteResult.Success(EventSamples.Stored(version: 2)), result);
    }

    [Fact]
    public async Task Update_NoChanges_ThrowsWithoutCallingDynamoDb() =>
        await Assert.ThrowsAsync<ArgumentException>(() => dynamoDb.Store.UpdateAsync("evt-1", new EventChanges(), null));

    [Fact]
    public async Task Delete_SendsDeleteItemConditionedOnExistenceReturningOldItem()
    {
        var sent = dynamoDb.CaptureDelete();

        await dynamoDb.Store.DeleteAsync("evt-1", null);

        var request = Assert.Single(sent);
        Assert.Equal("events", request.TableName);
        AssertItemsEqual(EventSamples.Key("evt-1"), request.Key);
        Assert.Equal("attribute_exists(#eventId)", request.ConditionExpression);
        Assert.Equal(new Dictionary<string, string> { ["#eventId"] = "eventId" }, request.ExpressionAttributeNames);
        Assert.Null(request.ExpressionAttributeValues);
        Assert.Equal(ReturnValue.ALL_OLD, request.ReturnValues);
        Assert.Equal(ReturnValuesOnConditionCheckFailure.ALL_OLD, request.ReturnValuesOnConditionCheckFailure);
    }

    [Fact]
    public async Task Delete_WithExpectedVersion_IsAlsoConditionedOnVersion()
    {
        var sent = dynamoDb.CaptureDelete();

        await dynamoDb.Store.DeleteAsync("evt-1", 5);

        var request = Assert.Single(sent);
        Assert.Equal("attribute_exists(#eventId) AND #version = :expectedVersion", request.ConditionExpression);
        Assert.Equal("version", request.ExpressionAttributeNames["#version"]);
        Assert.Equal("5", request.ExpressionAttributeValues[":expectedVersion"].N);
    }

    [Fact]
    public async Task Delete_Succeeded_ReturnsTheDeletedEvent()
    {
        dynamoDb.CaptureDelete(EventSamples.Item(version: 5));

        var result = await dynamoDb.Store.DeleteAsync("evt-1", 5);

        Assert.Equal(WriteResult.Success(EventSamples.Stored(version: 5)), result);
    }




    internal static void AssertItemsEqual(
        Dictionary<string, AttributeValue> expected, Dictionary<string, AttributeValue> actual)
    {
        Assert.Equal(
            expected.Keys.Order(StringComparer.Ordinal),
            actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, value) in expected)
        {
            Assert.True(value.S == actual[name].S && value.N == actual[name].N, $"Attribute '{name}' differs.");
        }
    }
}
