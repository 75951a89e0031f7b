using EventFunctions.LocalDynamo;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>
/// The real functions on a gateway pointed at a dynalite the test started (an "external" endpoint), with a
/// table of its own: the AWS CLI tests use the samples' fixed event id without meeting other tests' events.
/// </summary>
public class ExternalDynamoFixture : GatewayFixture
{
    public const string TableName = "cli-events";

    private DynaliteServer? dynalite;

    internal virtual RuntimeMode Mode => RuntimeMode.Executable;

    internal DynaliteServer Dynalite => dynalite ?? throw new InvalidOperationException("dynalite has not started.");

    internal override async Task<GatewayOptions> CreateOptionsAsync()
    {
        dynalite = await DynaliteServer.StartAsync();
        return new GatewayOptions { TableName = TableName, DynamoDbEndpoint = new Uri(dynalite.ServiceUrl), Mode = Mode };
    }

    protected override Task DisposeDependenciesAsync()
    {
        dynalite?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The same on the Native AOT <c>bootstrap</c>, with a dynalite of its own.</summary>
public sealed class AotExternalDynamoFixture : ExternalDynamoFixture
{
    internal override RuntimeMode Mode => RuntimeMode.Aot;
}

[CollectionDefinition(Name)]
public sealed class AotExternalDynamoCollectionDefinition : ICollectionFixture<AotExternalDynamoFixture>
{
    public const string Name = "External DynamoDB, aot mode";
}

[CollectionDefinition(Name)]
public sealed class ExternalDynamoCollectionDefinition : ICollectionFixture<ExternalDynamoFixture>
{
    public const string Name = "External DynamoDB";
}
