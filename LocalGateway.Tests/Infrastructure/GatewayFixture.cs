using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>A gateway started in-process on a free 127.0.0.1 port, with a client for it; disposing stops both.</summary>
public abstract class GatewayFixture : IAsyncLifetime
{
    private LocalGatewayServer? gateway;
    private HttpClient? client;

    public HttpClient Client => client ?? throw new InvalidOperationException("The gateway has not started.");

    public Uri BaseAddress => Gateway.BaseAddress;

    internal LocalGatewayServer Gateway => gateway ?? throw new InvalidOperationException("The gateway has not started.");

    /// <summary>What the gateway printed of its functions' logs, when the fixture's options name no console of their own.</summary>
    public CapturedLog PrintedLog { get; } = new();

    public async Task InitializeAsync()
    {
        try
        {
            var options = await CreateOptionsAsync();
            gateway = await LocalGatewayServer.StartAsync(options with { Port = 0, LogConsole = options.LogConsole ?? PrintedLog.Console });
        }
        catch
        {
            await DisposeDependenciesAsync();
            throw;
        }

        client = TestHttp.CreateClient(gateway.BaseAddress);
        await OnStartedAsync();
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (gateway is not null)
        {
            await gateway.DisposeAsync();
        }

        await DisposeDependenciesAsync();
        PrintedLog.Dispose();
    }

    internal abstract Task<GatewayOptions> CreateOptionsAsync();

    protected virtual Task DisposeDependenciesAsync() => Task.CompletedTask;

    /// <summary>What a fixture does once its gateway listens, before any test runs (the invocations its tests read).</summary>
    protected virtual Task OnStartedAsync() => Task.CompletedTask;
}
