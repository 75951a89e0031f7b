using EventFunctions.Model;
using EventFunctions.Tests.Data;
using EventFunctions.Tests.Infrastructure;
using Moq;

namespace EventFunctions.Tests.Handlers;

[Trait("Category", "Unit")]
public sealed class GetEventHandlerTests
{
    private const string EventId = "evt-tech-conf-2024";
    private readonly HandlerHarness harness = new();

    [Fact]
    public async Task ExistingEvent_Returns200WithTheEventAndItsVersionAsETag()
    {
        harness.Store.Setup(s => s.GetAsync(EventId, It.IsAny<CancellationToken>())).ReturnsAsync(EventSamples.Stored(EventId, version: 3));

        var response = await harness.InvokeAsync<Functions_GetEvent_Generated>(ProxyEventSamples.Read("get-event.json"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("\"3\"", response.Header("ETag"));
        Assert.Equal(EventId, response.Json.GetProperty("eventId").GetString());
        Assert.Equal("2024-12-15", response.Json.GetProperty("date").GetString());
        Assert.Equal("scheduled", response.Json.GetProperty("status").GetString());
        Assert.Equal(3, response.Json.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task ExistingEvent_TimestampsAreUtcWithMilliseconds()
    {
        harness.Store.Setup(s => s.GetAsync(EventId, It.IsAny<CancellationToken>())).ReturnsAsync(EventSamples.Stored(EventId));

        var response = await harness.InvokeAsync<Functions_GetEvent_Generated>(ProxyEventSamples.Read("get-event.json"));

        Assert.Equal("2026-11-22T01:00:00.123Z", response.Json.GetProperty("createdAt").GetString());
        Assert.Equal("2026-11-22T01:00:00.123Z", response.Json.GetProperty("updatedAt").GetString());
    }

    [Fact]
    public async Task ExistingEvent_BodyHasExactlyTheContractsPropertiesInOrder()
    {
        harness.Store.Setup(s => s.GetAsync(EventId, It.IsAny<CancellationToken>())).ReturnsAsync(EventSamples.Stored(EventId));

        var response = await harness.InvokeAsync<Functions_GetEvent_Generated>(ProxyEventSamples.Read("get-event.json"));

        Assert.Equal(
            ["eventId", "title", "description", "date", "location", "capacity", "organizer", "status", "createdAt", "updatedAt", "version"],
            response.Json.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task MissingEvent_Returns404Problem()
    {
        harness.Store.Setup(s => s.GetAsync(EventId, It.IsAny<CancellationToken>())).ReturnsAsync((Event?)null);

        var response = await harness.InvokeAsync<Functions_GetEvent_Generated>(ProxyEventSamples.Read("get-event.json"));

        Assert.Equal(404, response.StatusCode);
        Assert.Equal("application/problem+json; charset=utf-8", response.Header("Content-Type"));
        Assert.Equal(404, response.Json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task IdOutsideTheSafeCharset_Returns404WithoutAskingTheStore()
    {
        var response = await harness.InvokeAsync<Functions_GetEvent_Generated>(ProxyEventSamples.Read("bad/get-invalid-id.json"));

        Assert.Equal(404, response.StatusCode);
        harness.Store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Problem_CarriesTheApiGatewayRequestId()
    {
        harness.Store.Setup(s => s.GetAsync(EventId, It.IsAny<CancellationToken>())).ReturnsAsync((Event?)null);
        var proxyEvent = ProxyEventSamples.Edit("get-event.json");
        proxyEvent["requestContext"]!["requestId"] = "req-get-404";

        var response = await harness.InvokeAsync<Functions_GetEvent_Generated>(proxyEvent.ToJsonString());

        Assert.Equal("req-get-404", response.Json.GetProperty("requestId").GetString());
    }
}
