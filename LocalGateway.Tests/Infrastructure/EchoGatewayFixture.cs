using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>The test functions (echo, binary, broken, throwing, slow) on a gateway of their own.</summary>
public sealed class EchoGatewayFixture : GatewayFixture
{
    internal override Task<GatewayOptions> CreateOptionsAsync() =>
        Task.FromResult(new GatewayOptions { TableName = "echo-events", Manifest = TestManifests.Echo() });
}

[CollectionDefinition(Name)]
public sealed class EchoGatewayCollectionDefinition : ICollectionFixture<EchoGatewayFixture>
{
    public const string Name = "Echo gateway";
}
