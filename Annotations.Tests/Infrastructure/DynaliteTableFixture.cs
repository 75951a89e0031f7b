using EventFunctions.Data;
using EventFunctions.LocalDynamo;

namespace EventFunctions.Annotations.Tests.Infrastructure;

/// <summary>One dynalite on 127.0.0.1 with an events table, for the function processes of a test class.</summary>
public sealed class DynaliteTableFixture : IAsyncLifetime
{
    private DynaliteServer? server;

    public string ServiceUrl => server?.ServiceUrl ?? throw new InvalidOperationException("The fixture is not initialized.");

    public string TableName { get; } = "events-" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync()
    {
        server = await DynaliteServer.StartAsync();
        using var client = server.CreateClient();
        await EventTable.EnsureCreatedAsync(client, TableName, TimeSpan.FromSeconds(20), CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        server?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>What a function needs to reach this table: the standard variables, fake credentials.</summary>
    public Dictionary<string, string> FunctionEnvironment(FakeRuntimeApi api) => new(StringComparer.Ordinal)
    {
        ["AWS_LAMBDA_RUNTIME_API"] = api.HostAndPort,
        ["EVENTS_TABLE_NAME"] = TableName,
        ["AWS_ENDPOINT_URL_DYNAMODB"] = ServiceUrl,
        ["AWS_REGION"] = "us-east-1",
        ["AWS_ACCESS_KEY_ID"] = "local",
        ["AWS_SECRET_ACCESS_KEY"] = "local",
        ["AWS_EC2_METADATA_DISABLED"] = "true",
    };
}
