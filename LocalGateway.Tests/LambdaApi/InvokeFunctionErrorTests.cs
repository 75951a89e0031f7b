using System.Net;
using System.Text.Json;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.LambdaApi;

[Collection(EchoGatewayCollectionDefinition.Name)]
public sealed class InvokeFunctionErrorTests(EchoGatewayFixture echo)
{
    private readonly HttpClient client = echo.Client;

    [Fact]
    public async Task Invoke_FunctionThrows_Returns200WithUnhandledFunctionError()
    {
        using var request = InvokeRequests.Create("Throwing", new StringContent("{}"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Unhandled", Assert.Single(response.Headers.GetValues("X-Amz-Function-Error")));
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("InvalidOperationException", error.RootElement.GetProperty("errorType").GetString());
        Assert.Equal("boom", error.RootElement.GetProperty("errorMessage").GetString());
    }

    [Fact]
    public async Task Invoke_FunctionOutlivesItsTimeout_ReportsTimedOut()
    {
        using var request = InvokeRequests.Create("Slow", new StringContent("{}"));

        using var response = await client.SendAsync(request);

        Assert.Equal("Unhandled", Assert.Single(response.Headers.GetValues("X-Amz-Function-Error")));
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Sandbox.Timedout", error.RootElement.GetProperty("errorType").GetString());
        Assert.Contains("Task timed out after 1.00 seconds", error.RootElement.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
    }
}
