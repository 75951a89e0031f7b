using System.Net;
using EventFunctions.LocalGateway.Lambda;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Lambda;

/// <summary>Above <c>--max-environments</c>, synchronous invocations are throttled as Lambda throttles at reserved concurrency.</summary>
public sealed class EnvironmentCapTests
{
    private const string Busy = """{"sleepMs":2000}""";

    [Fact]
    public async Task Invoke_AllEnvironmentsBusy_Returns429TooManyRequests()
    {
        await using var gateway = await GatewayHandle.StartAsync(RuntimeMode.Executable, maxEnvironments: 1);
        var first = Invocation.SendAsync(gateway.Client, "Environment", Busy);
        await WaitForEnvironmentAsync(gateway);

        var second = await Invocation.SendAsync(gateway.Client, "Environment");

        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
        Assert.Equal("ReservedFunctionConcurrentInvocationLimitExceeded", second.Json.GetProperty("Reason").GetString());
        Assert.Equal(HttpStatusCode.OK, (await first).Status);
    }

    [Fact]
    public async Task Rest_AllEnvironmentsBusy_Returns500AsAProxyIntegrationDoes()
    {
        await using var gateway = await GatewayHandle.StartAsync(RuntimeMode.Executable, maxEnvironments: 1);
        var first = Invocation.SendAsync(gateway.Client, "Environment", Busy);
        await WaitForEnvironmentAsync(gateway);

        using var second = await gateway.Client.PostAsync("/environment", new StringContent("{}"));

        await Problems.AssertGatewayAsync(second, HttpStatusCode.InternalServerError, "Internal server error");
        await first;
    }

    [Fact]
    public async Task InvokeEvent_AllEnvironmentsBusy_WaitsForOneInsteadOfThrottling()
    {
        await using var gateway = await GatewayHandle.StartAsync(RuntimeMode.Executable, maxEnvironments: 1);
        var first = Invocation.SendAsync(gateway.Client, "Environment", Busy);
        await WaitForEnvironmentAsync(gateway);
        using var queued = InvokeRequests.Create("Environment", new StringContent("{}"), invocationType: "Event");

        using var accepted = await gateway.Client.SendAsync(queued);
        await first;

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var requestId = accepted.Headers.GetValues("x-amzn-RequestId").Single();
        await Eventually.TrueAsync(
            () => gateway.Log.Text.Contains($"[Environment] END RequestId: {requestId}", StringComparison.Ordinal), "the queued invocation ran");
    }

    private static Task WaitForEnvironmentAsync(GatewayHandle gateway) =>
        Eventually.TrueAsync(() => gateway.Gateway.Functions.Single(f => f.Name == "Environment").ProcessIds.Count == 1, "one environment started");

}
