using EventFunctions.Data;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Hosting;

[Collection(ExternalDynamoCollectionDefinition.Name)]
public sealed class ExternalDynamoDbTests(ExternalDynamoFixture fixture)
{
    [Fact]
    public async Task Start_ExternalEndpoint_CreatesTheTableWithItsIndexThere()
    {
        using var client = fixture.Dynalite.CreateClient();

        var table = (await client.DescribeTableAsync(ExternalDynamoFixture.TableName)).Table;

        Assert.Contains(table.GlobalSecondaryIndexes, index => index.IndexName == EventTable.StatusDateIndexName);
        Assert.False(fixture.Gateway.OwnsDynamoDb);
    }

    [Fact]
    public async Task Dispose_ExternalEndpoint_LeavesTheEndpointRunning()
    {
        var options = new GatewayOptions { Port = 0, TableName = "short-lived", DynamoDbEndpoint = new Uri(fixture.Dynalite.ServiceUrl) };
        await (await LocalGatewayServer.StartAsync(options)).DisposeAsync();
        using var client = fixture.Dynalite.CreateClient();

        var tables = await client.ListTablesAsync();

        Assert.Contains("short-lived", tables.TableNames);
    }
}
