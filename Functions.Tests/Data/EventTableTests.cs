using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Data;
using Moq;

namespace EventFunctions.Tests.Data;

[Trait("Category", "Unit")]
public sealed class EventTableTests
{
    private readonly Mock<IAmazonDynamoDB> _client = new(MockBehavior.Strict);

    [Fact]
    public void BuildCreateTableRequest_HasEventIdPartitionKeyAndOnDemandBilling()
    {
        var request = EventTable.BuildCreateTableRequest("events");

        Assert.Equal("events", request.TableName);
        Assert.Equal(BillingMode.PAY_PER_REQUEST, request.BillingMode);
        var key = Assert.Single(request.KeySchema);
        Assert.Equal(("eventId", KeyType.HASH), (key.AttributeName, key.KeyType));
        Assert.Null(request.ProvisionedThroughput);
    }

    [Fact]
    public void BuildCreateTableRequest_HasStatusDateIndexProjectingAll()
    {
        var request = EventTable.BuildCreateTableRequest("events");

        var index = Assert.Single(request.GlobalSecondaryIndexes);
        Assert.Equal("status-date-index", index.IndexName);
        Assert.Equal(
            [("status", KeyType.HASH), ("date", KeyType.RANGE)],
            index.KeySchema.Select(k => (k.AttributeName, k.KeyType)));
        Assert.Equal(ProjectionType.ALL, index.Projection.ProjectionType);
    }

    [Fact]
    public void BuildCreateTableRequest_DefinesEveryKeyAttributeAsString()
    {
        var request = EventTable.BuildCreateTableRequest("events");

        Assert.Equal(
            [("date", ScalarAttributeType.S), ("eventId", ScalarAttributeType.S), ("status", ScalarAttributeType.S)],
            request.AttributeDefinitions
                .Select(a => (a.AttributeName, a.AttributeType))
                .OrderBy(a => a.AttributeName, StringComparer.Ordinal));
    }

    [Fact]
    public void BuildCreateTableRequest_Always_DeclaresExactlyTheSchema()
    {
        var request = EventTable.BuildCreateTableRequest("events");

        Assert.Equal(EventTableSchema.BillingMode, request.BillingMode);
        Assert.Equal(
            EventTableSchema.KeyAttributes.Select(k => (k.Name, k.Type)),
            request.AttributeDefinitions.Select(a => (a.AttributeName, a.AttributeType)));
        Assert.Equal([(EventTableSchema.PartitionKey.Name, KeyType.HASH)], request.KeySchema.Select(k => (k.AttributeName, k.KeyType)));
        Assert.Equal(
            EventTableSchema.GlobalIndexes.Select(i => (i.Name, string.Join(",", i.Keys.Select(k => k.Name)), i.Projection)),
            request.GlobalSecondaryIndexes.Select(i => (i.IndexName, string.Join(",", i.KeySchema.Select(k => k.AttributeName)), i.Projection.ProjectionType)));
    }

    [Fact]
    public async Task EnsureCreated_ActiveTableExists_DoesNotCreate()
    {
        DescribeReturns(Table(TableStatus.ACTIVE, IndexStatus.ACTIVE));

        await EventTable.EnsureCreatedAsync(_client.Object, "events", CancellationToken.None);

        _client.Verify(c => c.DescribeTableAsync("events", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task EnsureCreated_TableMissing_CreatesItAndWaitsUntilActive()
    {
        CreateTableRequest? created = null;
        _client.SetupSequence(c => c.DescribeTableAsync("events", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ResourceNotFoundException("missing"))
            .ReturnsAsync(new DescribeTableResponse { Table = Table(TableStatus.ACTIVE, IndexStatus.CREATING) })
            .ReturnsAsync(new DescribeTableResponse { Table = Table(TableStatus.ACTIVE, IndexStatus.ACTIVE) });
        _client.Setup(c => c.CreateTableAsync(It.IsAny<CreateTableRequest>(), It.IsAny<CancellationToken>()))
            .Callback((CreateTableRequest request, CancellationToken _) => created = request)
            .ReturnsAsync(new CreateTableResponse { TableDescription = Table(TableStatus.CREATING, IndexStatus.CREATING) });

        await EventTable.EnsureCreatedAsync(_client.Object, "events", CancellationToken.None);

        Assert.Equal("events", created?.TableName);
        _client.Verify(c => c.DescribeTableAsync("events", It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task EnsureCreated_TableWithoutTheIndex_Throws()
    {
        DescribeReturns(new TableDescription { TableName = "events", TableStatus = TableStatus.ACTIVE });

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => EventTable.EnsureCreatedAsync(_client.Object, "events", CancellationToken.None));
    }

    [Fact]
    public async Task EnsureCreated_TableNeverActive_ThrowsTimeoutAfterTheMaxWait()
    {
        DescribeReturns(Table(TableStatus.CREATING, IndexStatus.CREATING));

        await Assert.ThrowsAsync<TimeoutException>(
            () => EventTable.EnsureCreatedAsync(
                _client.Object, "events", TimeSpan.FromMilliseconds(100), CancellationToken.None));
    }

    private void DescribeReturns(TableDescription table) =>
        _client.Setup(c => c.DescribeTableAsync("events", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DescribeTableResponse { Table = table });

    private static TableDescription Table(TableStatus tableStatus, IndexStatus indexStatus) => new()
    {
        TableName = "events",
        TableStatus = tableStatus,
        GlobalSecondaryIndexes =
        [
            new GlobalSecondaryIndexDescription { IndexName = "status-date-index", IndexStatus = indexStatus },
        ],
    };
}
