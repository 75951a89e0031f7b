using EventFunctions.Data;
using EventFunctions.Model;
using EventFunctions.Tests.Data;
using EventFunctions.Tests.Infrastructure;
using Moq;

namespace EventFunctions.Tests.Handlers;

[Trait("Category", "Unit")]
public sealed class UpdateEventHandlerTests
{
    private const string EventId = "evt-tech-conf-2024";
    private readonly HandlerHarness harness = new();

    private void StoreReturns(WriteStatus status, Event? updated = null) =>
        harness.Store.Setup(s => s.UpdateAsync(EventId, It.IsAny<EventChanges>(), It.IsAny<long?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new WriteResult(status, updated));

    [Fact]
    public async Task PartialBody_Returns200WithTheFullUpdatedEventAndNewETag()
    {
        StoreReturns(WriteStatus.Succeeded, EventSamples.Stored(EventId, version: 2) with { Capacity = 600, Status = EventStatus.Active });

        var response = await harness.InvokeAsync<Functions_UpdateEvent_Generated>(ProxyEventSamples.Read("update-event.json"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("\"2\"", response.Header("ETag"));
        Assert.Equal(600, response.Json.GetProperty("capacity").GetInt32());
        Assert.Equal("Tech Conference 2024", response.Json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task PartialBody_SendsOnlyTheGivenFieldsAndNoVersion()
    {
        StoreReturns(WriteStatus.Succeeded, EventSamples.Stored(EventId, version: 2));

        await harness.InvokeAsync<Functions_UpdateEvent_Generated>(ProxyEventSamples.Read("update-event.json"));

        harness.Store.Verify(s => s.UpdateAsync(
            EventId,
            It.Is<EventChanges>(c => c.Capacity == 600 && c.Status == EventStatus.Active && c.Title == null && c.Date == null),
            null,
            It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task IfMatch_IsPassedAsTheExpectedVersion()
    {
        StoreReturns(WriteStatus.Succeeded, EventSamples.Stored(EventId, version: 2));

        await harness.InvokeAsync<Functions_UpdateEvent_Generated>(ProxyEventSamples.Read("update-event-if-match.json"));

        harness.Store.Verify(s => s.UpdateAsync(EventId, It.IsAny<EventChanges>(), 1L, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task IfMatchStar_MeansAnyVersion()
    {
        StoreReturns(WriteStatus.Succeeded, EventSamples.Stored(EventId, version: 2));
        var proxyEvent = ProxyEventSamples.Edit("update-event-if-match.json").WithHeader("If-Match", "*");

        await harness.InvokeAsync<Functions_UpdateEvent_Generated>(proxyEvent.ToJsonString());

        harness.Store.Verify(s => s.UpdateAsync(EventId, It.IsAny<EventChanges>(), null, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task StaleIfMatch_Returns412()
    {
        StoreReturns(WriteStatus.VersionMismatch);

        var response = await harness.InvokeAsync<Functions_UpdateEvent_Generated>(ProxyEventSamples.Read("update-event-if-match.json"));

        Assert.Equal(412, response.StatusCode);
    }

    [Fact]
    public async Task WeakIfMatch_NeverMatchesUnderStrongComparison()
    {
        StoreReturns(WriteStatus.VersionMismatch);
        var proxyEvent = ProxyEventSamples.Edit("update-event-if-match.json").WithHeader("If-Match", "W/\"1\"");

        var response = await harness.InvokeAsync<Functions_UpdateEvent_Generated>(proxyEvent.ToJsonString());

        Assert.Equal(412, response.StatusCode);
        harness.Store.Verify(s => s.UpdateAsync(EventId, It.IsAny<EventChanges>(), 0L, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task MissingEvent_Returns404()
    {
        StoreReturns(WriteStatus.NotFound);

        var response = await harness.InvokeAsync<Functions_UpdateEvent_Generated>(ProxyEventSamples.Read("update-event.json"));

        Assert.Equal(404, response.StatusCode);
    }

    [Theory]
    [InlineData("bad/update-empty-object.json", "body")]
    [InlineData("bad/update-event-id-change.json", "eventId")]
    [InlineData("bad/update-null-field.json", "title")]
    public async Task InvalidChanges_Return422WithoutWriting(string sample, string field)
    {
        var response = await harness.InvokeAsync<Functions_UpdateEvent_Generated>(ProxyEventSamples.Read(sample));

        Assert.Equal(422, response.StatusCode);
        Assert.NotEmpty(response.ErrorsFor(field));
        harness.Store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task MalformedIfMatch_Returns400WithoutWriting()
    {
        var response = await harness.InvokeAsync<Functions_UpdateEvent_Generated>(ProxyEventSamples.Read("bad/update-bad-if-match.json"));

        Assert.Equal(400, response.StatusCode);
        harness.Store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task IdOutsideTheSafeCharset_Returns404WithoutWriting()
    {
        var response = await harness.InvokeAsync<Functions_UpdateEvent_Generated>(ProxyEventSamples.Read("bad/update-invalid-id.json"));

        Assert.Equal(404, response.StatusCode);
        harness.Store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task MalformedBody_Returns400()
    {
        var proxyEvent = ProxyEventSamples.Edit("update-event.json").WithBody("{\"capacity\": ");

        var response = await harness.InvokeAsync<Functions_UpdateEvent_Generated>(proxyEvent.ToJsonString());

        Assert.Equal(400, response.StatusCode);
    }

    [Fact]
    public async Task NonJsonContentType_Returns415()
    {
        var proxyEvent = ProxyEventSamples.Edit("update-event.json").WithHeader("Content-Type", "application/xml");

        var response = await harness.InvokeAsync<Functions_UpdateEvent_Generated>(proxyEvent.ToJsonString());

        Assert.Equal(415, response.StatusCode);
    }

    [Fact]
    public async Task BodyOver64KiB_Returns413()
    {
        var proxyEvent = ProxyEventSamples.Edit("update-event.json").WithBody("{\"description\":\"" + new string('x', 70_000) + "\"}");

        var response = await harness.InvokeAsync<Functions_UpdateEvent_Generated>(proxyEvent.ToJsonString());

        Assert.Equal(413, response.StatusCode);
    }
}
