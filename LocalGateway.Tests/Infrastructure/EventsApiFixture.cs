using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>The real functions on a gateway with its own dynalite and a list of allowed CORS origins.</summary>
public sealed class EventsApiFixture : GatewayFixture
{
    public const string AppOrigin = "https://app.example";
    public const string AdminOrigin = "https://admin.example";

    internal override Task<GatewayOptions> CreateOptionsAsync() =>
        Task.FromResult(new GatewayOptions { TableName = "events-api", CorsAllowedOrigins = [AppOrigin, AdminOrigin] });
}

[CollectionDefinition(Name)]
public sealed class EventsApiCollectionDefinition : ICollectionFixture<EventsApiFixture>
{
    public const string Name = "Events API";
}
