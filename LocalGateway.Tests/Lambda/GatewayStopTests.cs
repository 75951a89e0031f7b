using EventFunctions.LocalGateway.Lambda;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Lambda;

public sealed class GatewayStopTests
{
    [Theory]
    [InlineData(RuntimeMode.Executable)]
    [InlineData(RuntimeMode.Managed)]
    internal async Task Dispose_StopsEveryEnvironmentItStarted(RuntimeMode mode)
    {
        var gateway = await GatewayHandle.StartAsync(mode);
        await Task.WhenAll(
            Invocation.SendAsync(gateway.Client, "Environment", """{"sleepMs":500}"""),
            Invocation.SendAsync(gateway.Client, "Environment", """{"sleepMs":500}"""),
            Invocation.SendAsync(gateway.Client, "Logging"));
        var inFlight = Invocation.SendAsync(gateway.Client, "Slow");
        var slow = gateway.Gateway.Functions.Single(f => f.Name == "Slow");
        await Eventually.TrueAsync(() => slow.ProcessIds.Count > 0, "Slow started an environment");

        var pids = gateway.Gateway.Functions.SelectMany(f => f.ProcessIds).ToList();

        await gateway.DisposeAsync();

        Assert.True(pids.Count >= 4, $"expected at least 4 environments (one of them busy), saw {pids.Count}");
        Assert.All(pids, pid => Assert.False(ProcessTree.Read(pid) is { State: not 'Z' }, $"environment {pid} outlived the gateway"));
        await ObserveAsync(inFlight);
    }

    /// <summary>The in-flight call ends either way (an error or a dropped connection); only the processes matter here.</summary>
    private static async Task ObserveAsync(Task invocation)
    {
        try
        {
            await invocation;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
        }
    }
}
