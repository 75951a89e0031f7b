using System.Net;
using System.Net.Sockets;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Hosting;

[Collection(ExternalDynamoCollectionDefinition.Name)]
public sealed class PortInUseTests(ExternalDynamoFixture fixture)
{
    [Fact]
    public async Task Start_PortInUse_FailsNamingThePortAndTheWayOut()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var options = new GatewayOptions { Port = port, TableName = "port-in-use", DynamoDbEndpoint = new Uri(fixture.Dynalite.ServiceUrl) };

            var failure = await Assert.ThrowsAsync<GatewayStartupException>(() => LocalGatewayServer.StartAsync(options));

            Assert.Contains($"Cannot listen on 127.0.0.1:{port}", failure.Message, StringComparison.Ordinal);
            Assert.Contains("--port", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            taken.Stop();
        }
    }
}
