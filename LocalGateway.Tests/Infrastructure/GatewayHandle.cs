using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>A short-lived gateway over the test functions, for a test that needs its own (a cold start, a small cap).</summary>
internal sealed class GatewayHandle : IAsyncDisposable
{
    private GatewayHandle(LocalGatewayServer gateway, CapturedLog log)
    {
        Gateway = gateway;
        Log = log;
        Client = TestHttp.CreateClient(gateway.BaseAddress);
    }

    public LocalGatewayServer Gateway { get; }

    public HttpClient Client { get; }

    public CapturedLog Log { get; }

    public static async Task<GatewayHandle> StartAsync(RuntimeMode mode, int maxEnvironments = 4, Func<GatewayOptions, GatewayOptions>? configure = null)
    {
        var log = new CapturedLog();
        var options = new GatewayOptions
        {
            Port = 0,
            TableName = "short-lived",
            Manifest = TestManifests.Echo(),
            FunctionsFolder = TestManifests.Folder,
            Mode = mode,
            MaxEnvironments = maxEnvironments,
            LogConsole = log.Console,
            Logging = TestFunctionsGatewayFixture.TextLogs,
        };
        return new GatewayHandle(await LocalGatewayServer.StartAsync(configure is null ? options : configure(options)), log);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Gateway.DisposeAsync();
    }
}
