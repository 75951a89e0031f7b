using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>The real functions, run by their own <c>Main</c>, on a gateway with its own dynalite and a list of allowed CORS origins.</summary>
public class EventsApiFixture : GatewayFixture
{
    public const string AppOrigin = "https://app.example";
    public const string AdminOrigin = "https://admin.example";

    internal virtual RuntimeMode Mode => RuntimeMode.Executable;

    internal override Task<GatewayOptions> CreateOptionsAsync() =>
        Task.FromResult(new GatewayOptions { TableName = "events-api", CorsAllowedOrigins = [AppOrigin, AdminOrigin], Mode = Mode });
}

/// <summary>
/// The same, on the Native AOT <c>bootstrap</c> that <c>scripts/test.sh</c> publishes first (<c>scripts/publish-aot.sh</c>):
/// the contract, race and AWS CLI tests run on it too, so what breaks only under AOT fails the suite.
/// </summary>
public sealed class AotEventsApiFixture : EventsApiFixture
{
    internal override RuntimeMode Mode => RuntimeMode.Aot;
}

/// <summary>The real functions run by the managed-runtime stand-in from their handler strings.</summary>
public sealed class ManagedEventsApiFixture : GatewayFixture
{
    internal override Task<GatewayOptions> CreateOptionsAsync() =>
        Task.FromResult(new GatewayOptions { TableName = "events-managed", Mode = RuntimeMode.Managed });
}

[CollectionDefinition(Name)]
public sealed class EventsApiCollectionDefinition : ICollectionFixture<EventsApiFixture>
{
    public const string Name = "Events API";
}

[CollectionDefinition(Name)]
public sealed class AotEventsApiCollectionDefinition : ICollectionFixture<AotEventsApiFixture>
{
    public const string Name = "Events API, aot mode";
}

[CollectionDefinition(Name)]
public sealed class ManagedEventsApiCollectionDefinition : ICollectionFixture<ManagedEventsApiFixture>
{
    public const string Name = "Events API, managed mode";
}
