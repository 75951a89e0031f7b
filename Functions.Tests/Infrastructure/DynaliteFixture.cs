using Amazon.DynamoDBv2;
using EventFunctions.Data;
using EventFunctions.LocalDynamo;

namespace EventFunctions.Tests.Infrastructure;

/// <summary>One dynalite server (and client) per test collection; each test makes its own table.</summary>
public sealed class DynaliteFixture : IAsyncLifetime
{
    private static readonly TimeSpan TableCreationTimeout = TimeSpan.FromSeconds(20);

    private DynaliteServer? _server;
    private IAmazonDynamoDB? _client;

    public DynaliteServer Server => _server ?? throw new InvalidOperationException("The fixture is not initialized.");

    public IAmazonDynamoDB Client => _client ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        _server = await DynaliteServer.StartAsync();
        _client = _server.CreateClient();
    }

    public Task DisposeAsync()
    {
        _client?.Dispose();
        _server?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Creates a fresh, uniquely named events table and waits until it is ACTIVE.</summary>
    public async Task<string> CreateTableAsync(CancellationToken cancellationToken = default)
    {
        var tableName = "events-" + Guid.NewGuid().ToString("N");
        await EventTable.EnsureCreatedAsync(Client, tableName, TableCreationTimeout, cancellationToken);
        return tableName;
    }

    /// <summary>Creates a fresh, uniquely named idempotency records table and waits until it is ACTIVE.</summary>
    public async Task<string> CreateIdempotencyTableAsync(CancellationToken cancellationToken = default)
    {
        var tableName = "idempotency-" + Guid.NewGuid().ToString("N");
        await IdempotencyTable.EnsureCreatedAsync(Client, tableName, TableCreationTimeout, cancellationToken);
        return tableName;
    }

    /// <summary>A store on a fresh table.</summary>
    public async Task<DynamoDbEventStore> CreateStoreAsync(TimeProvider? timeProvider = null)
    {
        var tableName = await CreateTableAsync();
        return new DynamoDbEventStore(
            Client, new EventStoreOptions { TableName = tableName }, timeProvider ?? TimeProvider.System);
    }
}
