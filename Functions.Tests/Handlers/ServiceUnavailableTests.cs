using EventFunctions.Data;
using EventFunctions.Model;
using EventFunctions.Tests.Infrastructure;
using Moq;

namespace EventFunctions.Tests.Handlers;

[Trait("Category", "Unit")]
public sealed class ServiceUnavailableTests
{
    [Fact]
    public async Task StoreUnavailable_Returns503WithRetryAfterAndNoSdkText()
    {
        var harness = new HandlerHarness();
        harness.Store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DataStoreUnavailableException("ProvisionedThroughputExceededException: Rate of requests exceeds", 1, null));

        var response = await harness.InvokeAsync<Functions_GetEvent_Generated>(ProxyEventSamples.Read("get-event.json"));

        Assert.Equal(503, response.StatusCode);
        Assert.Equal("1", response.Header("Retry-After"));
        Assert.DoesNotContain("ProvisionedThroughput", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnexpectedStoreFailure_Returns500WithoutItsMessage()
    {
        var harness = new HandlerHarness();
        harness.Store.Setup(s => s.CreateAsync(It.IsAny<NewEvent>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("Requested resource not found: Table: events not found"));

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(ProxyEventSamples.Read("create-event.json"));

        Assert.Equal(500, response.StatusCode);
        Assert.DoesNotContain("Table", response.Body, StringComparison.Ordinal);
        Assert.Contains("Requested resource not found", harness.Log.ToString(), StringComparison.Ordinal);
    }
}
