using System.Text.Json;
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
    public async Task EachInvocation_WritesOneStructuredLogLine()
    {
        var harness = new HandlerHarness();
        harness.Store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((Event?)null);

        await harness.InvokeAsync<Functions_GetEvent_Generated>(ProxyEventSamples.Read("get-event.json"));

        using var line = JsonDocument.Parse(Assert.Single(harness.Log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        var log = line.RootElement;
        Assert.Equal("GetEvent", log.GetProperty("function").GetString());
        Assert.Equal("GET", log.GetProperty("method").GetString());
        Assert.Equal("/events/evt-tech-conf-2024", log.GetProperty("path").GetString());
        Assert.Equal(404, log.GetProperty("status").GetInt32());
        Assert.True(log.GetProperty("durationMs").GetDouble() >= 0);
        Assert.False(string.IsNullOrEmpty(log.GetProperty("requestId").GetString()));
        Assert.Equal("Not Found", log.GetProperty("errorKind").GetString());
    }
}
