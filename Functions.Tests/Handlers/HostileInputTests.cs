using EventFunctions.Data;
using EventFunctions.Model;
using EventFunctions.Tests.Infrastructure;
using Moq;

namespace EventFunctions.Tests.Handlers;

/// <summary>Every file in <c>events-samples/bad/</c>, through the handler its route names.</summary>
[Trait("Category", "Unit")]
public sealed class HostileInputTests
{
    public static TheoryData<string> BadSamples() => [.. ProxyEventSamples.Bad()];

    private static HandlerHarness LenientStore()
    {
        var harness = new HandlerHarness();
        harness.Store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((Event?)null);
        harness.Store.Setup(s => s.ListAsync(It.IsAny<EventQuery>(), It.IsAny<CancellationToken>())).ReturnsAsync(ListResult.RejectedToken);
        return harness;
    }

    [Theory]
    [MemberData(nameof(BadSamples))]
    public async Task BadSample_GetsA4xxProblemNeverA500(string sample)
    {
        var response = await LenientStore().InvokeRoutedAsync(ProxyEventSamples.Read(sample));

        Assert.InRange(response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json; charset=utf-8", response.Header("Content-Type"));
        Assert.Equal(response.StatusCode, response.Json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(response.Json.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(response.Json.GetProperty("requestId").GetString()));
    }

    [Theory]
    [MemberData(nameof(BadSamples))]
    public async Task BadSample_NeverReachesAWrite(string sample)
    {
        var harness = LenientStore();

        await harness.InvokeRoutedAsync(ProxyEventSamples.Read(sample));

        harness.Store.Verify(s => s.CreateAsync(It.IsAny<NewEvent>(), It.IsAny<CancellationToken>()), Times.Never);
        harness.Store.Verify(s => s.UpdateAsync(It.IsAny<string>(), It.IsAny<EventChanges>(), It.IsAny<long?>(), It.IsAny<CancellationToken>()), Times.Never);
        harness.Store.Verify(s => s.DeleteAsync(It.IsAny<string>(), It.IsAny<long?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [MemberData(nameof(BadSamples))]
    public async Task BadSample_LogLineHasNoRequestBody(string sample)
    {
        var harness = LenientStore();
        var proxyEvent = ProxyEventSamples.Edit(sample);
        var body = proxyEvent["body"]?.GetValue<string>();

        await harness.InvokeRoutedAsync(proxyEvent.ToJsonString());

        _ = Assert.Single(harness.LogRecords);
        if (body is { Length: > 8 })
        {
            Assert.DoesNotContain(body, harness.Log.ToString(), StringComparison.Ordinal);
        }
    }
}
