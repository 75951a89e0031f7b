using Amazon.DynamoDBv2.Model;
using EventFunctions.Data;
using EventFunctions.Model;
using Moq;

namespace EventFunctions.Tests.Data;

/// <summary>The exact Query/Scan requests behind a list, paging, and the limit guard.</summary>
[Trait("Category", "Unit")]
public sealed class DynamoDbEventStoreListRequestTests
{
    private static readonly DateOnly From = new(2025, 1, 1);
    private static readonly DateOnly To = new(2025, 1, 31);

    private readonly MockedDynamoDb dynamoDb = new();

    [Fact]
    public async Task List_WithStatus_QueriesStatusDateIndexInDateOrder()
    {
        var sent = CaptureQueries(new QueryResponse());

        await dynamoDb.Store.ListAsync(new EventQuery(EventStatus.Active, null, null, 40, null));

        var request = Assert.Single(sent);
        Assert.Equal("events", request.TableName);
        Assert.Equal("status-date-index", request.IndexName);
        Assert.Equal("#status = :status", request.KeyConditionExpression);
        Assert.Equal(new Dictionary<string, string> { ["#status"] = "status" }, request.ExpressionAttributeNames);
        Assert.Equal(":status", Assert.Single(request.ExpressionAttributeValues).Key);
        Assert.Equal("active", request.ExpressionAttributeValues[":status"].S);
        Assert.True(request.ScanIndexForward);
        Assert.Equal(40, request.Limit);
        Assert.Null(request.FilterExpression);
        Assert.Null(request.ExclusiveStartKey);
    }

    [Fact]
    public async Task List_WithStatus_UsesTheConfiguredIndexName()
    {
        var store = new DynamoDbEventStore(
            dynamoDb.Client.Object,
            new EventStoreOptions { TableName = "events", StatusDateIndexName = "other-index" },
            TimeProvider.System);
        var sent = CaptureQueries(new QueryResponse());

        await store.ListAsync(new EventQuery(EventStatus.Active, null, null, 10, null));

        Assert.Equal("other-index", Assert.Single(sent).IndexName);
    }

    [Theory]
    [InlineData(true, true, "#status = :status AND #date BETWEEN :from AND :to")]
    [InlineData(true, false, "#status = :status AND #date >= :from")]
    [InlineData(false, true, "#status = :status AND #date <= :to")]
    public async Task List_WithStatusAndDateRange_PutsTheRangeInTheKeyCondition(
        bool hasFrom, bool hasTo, string keyCondition)
    {
        var sent = CaptureQueries(new QueryResponse());

        await dynamoDb.Store.ListAsync(new EventQuery(EventStatus.Active, hasFrom ? From : null, hasTo ? To : null, 10, null));

        var request = Assert.Single(sent);
        Assert.Equal(keyCondition, request.KeyConditionExpression);
        Assert.Equal("date", request.ExpressionAttributeNames["#date"]);
        Assert.Equal(hasFrom ? "2025-01-01" : null, request.ExpressionAttributeValues.GetValueOrDefault(":from")?.S);
        Assert.Equal(hasTo ? "2025-01-31" : null, request.ExpressionAttributeValues.GetValueOrDefault(":to")?.S);
        Assert.Null(request.FilterExpression);
    }

    [Fact]
    public async Task List_WithoutStatus_ScansTheTableWithoutFilter()
    {
        var sent = CaptureScans(new ScanResponse());

        await dynamoDb.Store.ListAsync(new EventQuery(null, null, null, 25, null));

        var request = Assert.Single(sent);
        Assert.Equal("events", request.TableName);
        Assert.Null(request.IndexName);
        Assert.Null(request.FilterExpression);
        Assert.Null(request.ExpressionAttributeNames);
        Assert.Null(request.ExpressionAttributeValues);
        Assert.Equal(25, request.Limit);
    }

    [Theory]
    [InlineData(true, true, "#date BETWEEN :from AND :to")]
    [InlineData(true, false, "#date >= :from")]
    [InlineData(false, true, "#date <= :to")]
    public async Task List_WithoutStatusWithDateRange_FiltersTheScanOnDate(bool hasFrom, bool hasTo, string filter)
    {
        var sent = CaptureScans(new ScanResponse());

        await dynamoDb.Store.ListAsync(new EventQuery(null, hasFrom ? From : null, hasTo ? To : null, 10, null));

        var request = Assert.Single(sent);
        Assert.Equal(filter, request.FilterExpression);
        Assert.Equal(new Dictionary<string, string> { ["#date"] = "date" }, request.ExpressionAttributeNames);
        Assert.Equal((hasFrom ? 1 : 0) + (hasTo ? 1 : 0), request.ExpressionAttributeValues.Count);
    }

    [Fact]
    public async Task List_ScanReturnsShortPage_ContinuesWithTheRemainingLimitFromTheLastKey()
    {
        var sent = CaptureScans(
            new ScanResponse
            {
                Items = [EventSamples.Item("a"), EventSamples.Item("b")],
                LastEvaluatedKey = EventSamples.Key("b"),
            },
            new ScanResponse { Items = [EventSamples.Item("c")], LastEvaluatedKey = EventSamples.Key("z") },
            new ScanResponse
            {
                Items = [EventSamples.Item("d"), EventSamples.Item("e")],
                LastEvaluatedKey = EventSamples.Key("e"),
            });

        var result = await dynamoDb.Store.ListAsync(new EventQuery(null, From, To, 5, null));

        Assert.Equal([5, 3, 2], sent.Select(r => r.Limit));
        Assert.Null(sent[0].ExclusiveStartKey);
        Assert.Equal("b", sent[1].ExclusiveStartKey["eventId"].S);
        Assert.Equal("z", sent[2].ExclusiveStartKey["eventId"].S);
        Assert.Equal(["a", "b", "c", "d", "e"], result.Page!.Items.Select(e => e.EventId));
        Assert.NotNull(result.Page.NextPageToken);
    }

    [Fact]
    public async Task List_ScanEndsBeforePageIsFull_ReturnsShortLastPageWithoutToken()
    {
        var sent = CaptureScans(
            new ScanResponse { Items = [EventSamples.Item("a")], LastEvaluatedKey = EventSamples.Key("q") },
            new ScanResponse { Items = [EventSamples.Item("b")] });

        var result = await dynamoDb.Store.ListAsync(new EventQuery(null, From, To, 5, null));

        Assert.Equal(2, sent.Count);
        Assert.Equal(["a", "b"], result.Page!.Items.Select(e => e.EventId));
        Assert.Null(result.Page.NextPageToken);
    }

    [Fact]
    public async Task List_ScanNeverFillsThePage_StopsAfterMaxCallsWithAResumeToken()
    {
        var sent = CaptureScans(
            [
                .. Enumerable.Range(0, 10)
                    .Select(i => new ScanResponse { Items = [], LastEvaluatedKey = EventSamples.Key($"k{i}") }),
            ]);

        var result = await dynamoDb.Store.ListAsync(new EventQuery(null, From, To, 5, null));

        Assert.Equal(DynamoDbEventStore.MaxCallsPerPage, sent.Count);
        Assert.Empty(result.Page!.Items);
        Assert.NotNull(result.Page.NextPageToken);
    }

    [Fact]
    public async Task List_NextPageToken_ResumesTheQueryAtTheLastEvaluatedKey()
    {
        var lastKey = EventSamples.IndexKey("evt-9", "active", "2025-01-09");
        var sent = CaptureQueries(
            new QueryResponse { Items = [EventSamples.Item("evt-9")], LastEvaluatedKey = lastKey },
            new QueryResponse());
        var query = new EventQuery(EventStatus.Active, From, To, 1, null);

        var first = await dynamoDb.Store.ListAsync(query);
        await dynamoDb.Store.ListAsync(query with { PageToken = first.Page!.NextPageToken });

        Assert.Equal(2, sent.Count);
        DynamoDbEventStoreWriteRequestTests.AssertItemsEqual(lastKey, sent[1].ExclusiveStartKey);
    }

    [Fact]
    public async Task List_NoLastEvaluatedKey_ReturnsNoToken()
    {
        CaptureQueries(new QueryResponse { Items = [EventSamples.Item("evt-1")] });

        var result = await dynamoDb.Store.ListAsync(new EventQuery(EventStatus.Scheduled, null, null, 10, null));

        Assert.False(result.PageTokenRejected);
        Assert.Equal(EventSamples.Stored(), Assert.Single(result.Page!.Items));
        Assert.Null(result.Page.NextPageToken);
    }

    [Fact]
    public async Task List_MalformedToken_IsRejectedWithoutCallingDynamoDb()
    {
        var result = await dynamoDb.Store.ListAsync(new EventQuery(EventStatus.Active, null, null, 10, "not a token"));

        Assert.Equal(ListResult.RejectedToken, result);
    }

    [Fact]
    public async Task List_FromAfterTo_ReturnsEmptyPageWithoutCallingDynamoDb()
    {
        var result = await dynamoDb.Store.ListAsync(new EventQuery(EventStatus.Active, To, From, 10, null));

        Assert.Empty(result.Page!.Items);
        Assert.Null(result.Page.NextPageToken);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1001)]
    public async Task List_LimitOutsideOneToThousand_Throws(int limit)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => dynamoDb.Store.ListAsync(new EventQuery(null, null, null, limit, null)));
    }

    private List<QueryRequest> CaptureQueries(params QueryResponse[] responses)
    {
        var sent = new List<QueryRequest>();
        var next = new Queue<QueryResponse>(responses);
        dynamoDb.Client.Setup(c => c.QueryAsync(It.IsAny<QueryRequest>(), It.IsAny<CancellationToken>()))
            .Callback((QueryRequest request, CancellationToken _) => sent.Add(Snapshot(request)))
            .ReturnsAsync(() => next.Dequeue());
        return sent;
    }

    private List<ScanRequest> CaptureScans(params ScanResponse[] responses)
    {
        var sent = new List<ScanRequest>();
        var next = new Queue<ScanResponse>(responses);
        dynamoDb.Client.Setup(c => c.ScanAsync(It.IsAny<ScanRequest>(), It.IsAny<CancellationToken>()))
            .Callback((ScanRequest request, CancellationToken _) => sent.Add(Snapshot(request)))
            .ReturnsAsync(() => next.Dequeue());
        return sent;
    }

    /// <summary>The store may reuse a request object between calls: record what each call carried.</summary>
    private static QueryRequest Snapshot(QueryRequest request) => new()
    {
        TableName = request.TableName,
        IndexName = request.IndexName,
        KeyConditionExpression = request.KeyConditionExpression,
        FilterExpression = request.FilterExpression,
        ExpressionAttributeNames = request.ExpressionAttributeNames,
        ExpressionAttributeValues = request.ExpressionAttributeValues,
        ScanIndexForward = request.ScanIndexForward,
        Limit = request.Limit,
        ExclusiveStartKey = request.ExclusiveStartKey,
    };

    private static ScanRequest Snapshot(ScanRequest request) => new()
    {
        TableName = request.TableName,
        IndexName = request.IndexName,
        FilterExpression = request.FilterExpression,
        ExpressionAttributeNames = request.ExpressionAttributeNames,
        ExpressionAttributeValues = request.ExpressionAttributeValues,
        Limit = request.Limit,
        ExclusiveStartKey = request.ExclusiveStartKey,
    };
}
