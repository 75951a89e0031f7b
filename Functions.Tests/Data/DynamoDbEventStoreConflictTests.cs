using Amazon.DynamoDBv2.Model;
using EventFunctions.Data;
using EventFunctions.Model;
using Moq;

namespace EventFunctions.Tests.Data;

/// <summary>
/// How a failed write condition becomes NotFound or VersionMismatch: from the old item DynamoDB returns, else from one
/// consistent read (servers such as dynalite ignore ReturnValuesOnConditionCheckFailure).
/// </summary>
[Trait("Category", "Unit")]
public sealed class DynamoDbEventStoreConflictTests
{
    private static readonly EventChanges Changes = new() { Title = "x" };

    private readonly MockedDynamoDb dynamoDb = new();

    [Fact]
    public async Task Update_ConditionFailedWithOldItem_ReturnsVersionMismatchWithoutReading()
    {
        UpdateFails(new ConditionalCheckFailedException("failed") { Item = EventSamples.Item(version: 2) });

        var result = await dynamoDb.Store.UpdateAsync("evt-1", Changes, 1);

        Assert.Equal(WriteResult.VersionMismatch, result);
    }

    [Fact]
    public async Task Update_ConditionFailedWithoutExpectedVersion_ReturnsNotFoundWithoutReading()
    {
        UpdateFails(new ConditionalCheckFailedException("failed"));

        var result = await dynamoDb.Store.UpdateAsync("evt-1", Changes, null);

        Assert.Equal(WriteResult.NotFound, result);
    }

    [Fact]
    public async Task Update_ConditionFailedWithoutOldItemAndItemExists_ReturnsVersionMismatch()
    {
        UpdateFails(new ConditionalCheckFailedException("failed"));
        var reads = ReadReturns(EventSamples.Item(version: 2));

        var result = await dynamoDb.Store.UpdateAsync("evt-1", Changes, 1);

        Assert.Equal(WriteResult.VersionMismatch, result);
        Assert.True(Assert.Single(reads).ConsistentRead);
    }

    [Fact]
    public async Task Update_ConditionFailedWithoutOldItemAndItemMissing_ReturnsNotFound()
    {
        UpdateFails(new ConditionalCheckFailedException("failed"));
        ReadReturns(null);

        var result = await dynamoDb.Store.UpdateAsync("evt-1", Changes, 1);

        Assert.Equal(WriteResult.NotFound, result);
    }

    [Fact]
    public async Task Update_ConditionFailedAndReadThrottled_ThrowsDataStoreUnavailable()
    {
        UpdateFails(new ConditionalCheckFailedException("failed"));
        dynamoDb.Client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ProvisionedThroughputExceededException("slow down"));

        await Assert.ThrowsAsync<DataStoreUnavailableException>(() => dynamoDb.Store.UpdateAsync("evt-1", Changes, 1));
    }

    [Fact]
    public async Task Delete_ConditionFailedWithOldItem_ReturnsVersionMismatchWithoutReading()
    {
        DeleteFails(new ConditionalCheckFailedException("failed") { Item = EventSamples.Item(version: 2) });

        var result = await dynamoDb.Store.DeleteAsync("evt-1", 1);

        Assert.Equal(WriteResult.VersionMismatch, result);
    }

    [Fact]
    public async Task Delete_ConditionFailedWithoutExpectedVersion_ReturnsNotFoundWithoutReading()
    {
        DeleteFails(new ConditionalCheckFailedException("failed"));

        var result = await dynamoDb.Store.DeleteAsync("evt-1", null);

        Assert.Equal(WriteResult.NotFound, result);
    }

    [Fact]
    public async Task Delete_ConditionFailedWithoutOldItemAndItemExists_ReturnsVersionMismatch()
    {
        DeleteFails(new ConditionalCheckFailedException("failed"));
        ReadReturns(EventSamples.Item(version: 2));

        var result = await dynamoDb.Store.DeleteAsync("evt-1", 1);

        Assert.Equal(WriteResult.VersionMismatch, result);
    }

    [Fact]
    public async Task Delete_ConditionFailedWithoutOldItemAndItemMissing_ReturnsNotFound()
    {
        DeleteFails(new ConditionalCheckFailedException("failed"));
        ReadReturns(null);

        var result = await dynamoDb.Store.DeleteAsync("evt-1", 1);

        Assert.Equal(WriteResult.NotFound, result);
    }

    private void UpdateFails(Exception exception) =>
        dynamoDb.Client.Setup(c => c.UpdateItemAsync(It.IsAny<UpdateItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(exception);

    private void DeleteFails(Exception exception) =>
        dynamoDb.Client.Setup(c => c.DeleteItemAsync(It.IsAny<DeleteItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(exception);

    private List<GetItemRequest> ReadReturns(Dictionary<string, AttributeValue>? item)
    {
        var reads = new List<GetItemRequest>();
        dynamoDb.Client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>()))
            .Callback((GetItemRequest request, CancellationToken _) => reads.Add(request))
            .ReturnsAsync(new GetItemResponse { Item = item });
        return reads;
    }
}
