using Amazon.DynamoDBv2;
using EventFunctions.Data;
using EventFunctions.Tests.Infrastructure;

namespace EventFunctions.Tests.Data;

[Collection(DynaliteCollectionDefinition.Name)]
public sealed class EventTableIntegrationTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task EnsureCreated_NewTable_IsActiveWithTheStatusDateIndex()
    {
        var tableName = await dynalite.CreateTableAsync();

        var table = (await dynalite.Client.DescribeTableAsync(tableName)).Table;

        Assert.Equal(TableStatus.ACTIVE, table.TableStatus);
        var index = Assert.Single(table.GlobalSecondaryIndexes);
        Assert.Equal(("status-date-index", IndexStatus.ACTIVE), (index.IndexName, index.IndexStatus));
    }

    [Fact]
    public async Task EnsureCreated_ExistingTable_Succeeds()
    {
        var tableName = await dynalite.CreateTableAsync();

        await EventTable.EnsureCreatedAsync(dynalite.Client, tableName, CancellationToken.None);

        Assert.Equal(TableStatus.ACTIVE, (await dynalite.Client.DescribeTableAsync(tableName)).Table.TableStatus);
    }
}
