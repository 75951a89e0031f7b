using EventFunctions.Data;
using EventFunctions.Tests.Data;
using EventFunctions.Tests.Infrastructure;
using Moq;

namespace EventFunctions.Tests.Handlers;

[Trait("Category", "Unit")]
public sealed class DeleteEventHandlerTests
{
    private const string EventId = "evt-tech-conf-2024";
    private readonly HandlerHarness harness = new();

    private void StoreReturns(WriteStatus status, long? expectedVersion = null) =>
        harness.Store.Setup(s => s.DeleteAsync(EventId, expectedVersion, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new WriteResult(status, status == WriteStatus.Succeeded ? EventSamples.Stored(EventId) : null));

    [Fact]
    public async Task ExistingEvent_Returns204WithNoBody()
    {
        StoreReturns(WriteStatus.Succeeded);

        var response = await harness.InvokeAsync<Functions_DeleteEvent_Generated>(ProxyEventSamples.Read("delete-event.json"));

        Assert.Equal(204, response.StatusCode);
        Assert.Null(response.Body);
    }

    [Fact]
    public async Task IfMatch_IsPassedAsTheExpectedVersion()
    {
        StoreReturns(WriteStatus.Succeeded, expectedVersion: 2);

        var response = await harness.InvokeAsync<Functions_DeleteEvent_Generated>(ProxyEventSamples.Read("delete-event-if-match.json"));

        Assert.Equal(204, response.StatusCode);
    }

    [Fact]
    public async Task StaleIfMatch_Returns412()
    {
        StoreReturns(WriteStatus.VersionMismatch, expectedVersion: 2);

        var response = await harness.InvokeAsync<Functions_DeleteEvent_Generated>(ProxyEventSamples.Read("delete-event-if-match.json"));

        Assert.Equal(412, response.StatusCode);
    }

    [Fact]
    public async Task MissingEvent_Returns404()
    {
        StoreReturns(WriteStatus.NotFound);

        var response = await harness.InvokeAsync<Functions_DeleteEvent_Generated>(ProxyEventSamples.Read("delete-event.json"));

        Assert.Equal(404, response.StatusCode);
    }

    [Fact]
    public async Task MalformedIfMatch_Returns400WithoutDeleting()
    {
        var response = await harness.InvokeAsync<Functions_DeleteEvent_Generated>(ProxyEventSamples.Read("bad/delete-bad-if-match.json"));

        Assert.Equal(400, response.StatusCode);
        harness.Store.VerifyNoOtherCalls();
    }
}
