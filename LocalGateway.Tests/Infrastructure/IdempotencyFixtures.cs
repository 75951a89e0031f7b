using EventFunctions.LocalDynamo;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>
/// The real functions on a gateway with room for <see cref="MaxEnvironments"/> environments per function, so that 20
/// parallel requests with one Idempotency-Key all reach the function instead of being throttled (API Gateway's 500).
/// </summary>
public class IdempotencyApiFixture : EventsApiFixture
{
    public const int MaxEnvironments = 25;

    internal override async Task<GatewayOptions> CreateOptionsAsync() =>
        await base.CreateOptionsAsync() with { TableName = "keyed-events", MaxEnvironments = MaxEnvironments };
}

/// <summary>The same on the Native AOT <c>bootstrap</c>.</summary>
public sealed class AotIdempotencyApiFixture : IdempotencyApiFixture
{
    internal override RuntimeMode Mode => RuntimeMode.Aot;
}

[CollectionDefinition(Name)]
public sealed class IdempotencyApiCollectionDefinition : ICollectionFixture<IdempotencyApiFixture>
{
    public const string Name = "Idempotency API";
}

[CollectionDefinition(Name)]
public sealed class AotIdempotencyApiCollectionDefinition : ICollectionFixture<AotIdempotencyApiFixture>
{
    public const string Name = "Idempotency API, aot mode";
}

/// <summary>
/// The real functions on a dynalite of the test's own behind a <see cref="DynamoDbProxy"/>, which can hold a call while
/// the test kills the function that made it. CreateEvent's timeout is <see cref="CreateEventTimeoutSeconds"/> instead of
/// the manifest's 10 s (through the gateway's <see cref="GatewayOptions.Manifest"/>): a claim is locked until its
/// invocation's deadline, so the retry after a crash waits for that; 5 s keeps the wait short and leaves a recovering
/// retry's cold start room on a busy machine.
/// </summary>
public class CrashingStoreFixture : GatewayFixture
{
    public const string TableName = "crash-events";

    public const string IdempotencyTableName = TableName + "-idempotency";

    public const int CreateEventTimeoutSeconds = 5;

    private DynaliteServer? dynalite;
    private DynamoDbProxy? proxy;

    public CapturedLog Log { get; } = new();

    internal virtual RuntimeMode Mode => RuntimeMode.Executable;

    internal DynamoDbProxy Proxy => proxy ?? throw new InvalidOperationException("The proxy has not started.");

    /// <summary>The dynalite behind the proxy, for what the functions' store would see happen (a record expiring).</summary>
    internal DynaliteServer Dynalite => dynalite ?? throw new InvalidOperationException("dynalite has not started.");

    internal override async Task<GatewayOptions> CreateOptionsAsync()
    {
        dynalite = await DynaliteServer.StartAsync();
        proxy = await DynamoDbProxy.StartAsync(new Uri(dynalite.ServiceUrl));
        var manifest = FunctionsAssembly.LoadManifest();
        var options = new GatewayOptions
        {
            TableName = TableName,
            DynamoDbEndpoint = proxy.ServiceUrl,
            Mode = Mode,
            LogConsole = Log.Console,
            Manifest = manifest with
            {
                Functions = [.. manifest.Functions.Select(f => f.Name == "CreateEvent" ? f with { Timeout = CreateEventTimeoutSeconds } : f)],
            },
        };
        Assert.Equal(IdempotencyTableName, options.IdempotencyTableName);
        return options;
    }

    protected override async Task DisposeDependenciesAsync()
    {
        if (proxy is not null)
        {
            await proxy.DisposeAsync();
        }

        dynalite?.Dispose();
        Log.Dispose();
    }
}

/// <summary>The same on the Native AOT <c>bootstrap</c>.</summary>
public sealed class AotCrashingStoreFixture : CrashingStoreFixture
{
    internal override RuntimeMode Mode => RuntimeMode.Aot;
}
