using EventFunctions.Model;
using EventFunctions.Tests.Infrastructure;
using Moq;

namespace EventFunctions.Tests.Handlers;

[Trait("Category", "Unit")]
public sealed class CorsAndLoggingTests
{
    [Fact]
    public async Task DefaultPolicy_AllowsAnyOrigin()
    {
        var harness = new HandlerHarness();
        harness.Store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((Event?)null);

        var response = await harness.InvokeAsync<Functions_GetEvent_Generated>(ProxyEventSamples.Read("get-event.json"));

        Assert.Equal("*", response.Header("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("https://b.example", "https://b.example")]
    [InlineData("https://evil.example", "https://a.example")]
    public async Task ConfiguredOrigins_AnswerAListedOriginAndNeverEchoAnother(string origin, string expected)
    {
        var harness = new HandlerHarness(null, "https://a.example", "https://b.example");
        harness.Store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((Event?)null);
        var proxyEvent = ProxyEventSamples.Edit("get-event.json").WithHeader("Origin", origin);

        var response = await harness.InvokeAsync<Functions_GetEvent_Generated>(proxyEvent.ToJsonString());

        Assert.Equal(expected, response.Header("Access-Control-Allow-Origin"));
        Assert.Equal("Origin", response.Header("Vary"));
    }

    [Fact]
    public async Task EachInvocation_WritesOneStructuredLogRecordWithPowertoolsKeys()
    {
        var harness = new HandlerHarness();
        harness.Store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((Event?)null);

        await harness.InvokeAsync<Functions_GetEvent_Generated>(ProxyEventSamples.Read("get-event.json"));

        var log = Assert.Single(harness.LogRecords);
        Assert.Equal("INFO", log.GetProperty("level").GetString());
        Assert.Equal("GetEvent", log.GetProperty("service").GetString());
        Assert.Equal("GetEvent", log.GetProperty("function_name").GetString());
        Assert.Equal("GET /events/{eventId} 404", log.GetProperty("message").GetString());
        Assert.Equal("GET /events/{eventId}", log.GetProperty("route").GetString());
        Assert.Equal(404, log.GetProperty("status").GetInt32());
        Assert.True(log.GetProperty("duration_ms").GetDouble() >= 0);
        Assert.False(string.IsNullOrEmpty(log.GetProperty("correlation_id").GetString()));
        Assert.Equal("Not Found", log.GetProperty("error_kind").GetString());
    }

    [Fact]
    public async Task LogRecord_CarriesNoRawPath()
    {
        var harness = new HandlerHarness();
        harness.Store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((Event?)null);

        await harness.InvokeAsync<Functions_GetEvent_Generated>(ProxyEventSamples.Read("get-event.json"));

        Assert.DoesNotContain("evt-tech-conf-2024", harness.Log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstInvocation_IsTheColdStartAndTheNextIsNot()
    {
        var harness = new HandlerHarness();
        harness.Store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((Event?)null);

        await harness.InvokeAsync<Functions_GetEvent_Generated>(ProxyEventSamples.Read("get-event.json"));
        await harness.InvokeAsync<Functions_GetEvent_Generated>(ProxyEventSamples.Read("get-event.json"));

        Assert.Equal([true, false], harness.LogRecords.Select(record => record.GetProperty("cold_start").GetBoolean()));
    }
}
