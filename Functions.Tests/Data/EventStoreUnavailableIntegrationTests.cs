using System.Net;
using System.Net.Sockets;
using EventFunctions.Data;
using EventFunctions.LocalDynamo;

namespace EventFunctions.Tests.Data;

/// <summary>A real client against a closed port on 127.0.0.1: the production timeouts/retries give up, as a 503.</summary>
public sealed class EventStoreUnavailableIntegrationTests
{
    /// <summary>Far above the client's bounded retries; only here so a regression fails instead of hanging the run.</summary>
    private static readonly TimeSpan Backstop = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Get_UnreachableEndpoint_ThrowsDataStoreUnavailable()
    {
        using var client = DynaliteServer.CreateClient($"http://127.0.0.1:{ClosedPort()}");
        var store = new DynamoDbEventStore(client, new EventStoreOptions { TableName = "events" }, TimeProvider.System);

        var thrown = await Assert.ThrowsAsync<DataStoreUnavailableException>(
            () => store.GetAsync("evt-1").WaitAsync(Backstop));

        Assert.Equal(5, thrown.RetryAfterSeconds);
        Assert.NotNull(thrown.InnerException);
    }

    [Fact]
    public async Task Create_UnreachableEndpoint_ThrowsDataStoreUnavailable()
    {
        using var client = DynaliteServer.CreateClient($"http://127.0.0.1:{ClosedPort()}");
        var store = new DynamoDbEventStore(client, new EventStoreOptions { TableName = "events" }, TimeProvider.System);

        await Assert.ThrowsAsync<DataStoreUnavailableException>(
            () => store.CreateAsync(EventSamples.Draft()).WaitAsync(Backstop));
    }

    /// <summary>A port nothing listens on: bound once by us, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
