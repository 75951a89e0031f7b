using EventFunctions.Data;
using EventFunctions.Model;
using EventFunctions.Tests.Data;
using EventFunctions.Tests.Infrastructure;
using Moq;

namespace EventFunctions.Tests.Handlers;

[Trait("Category", "Unit")]
public sealed class ListEventsHandlerTests
{
    private readonly HandlerHarness harness = new();

    private void StoreReturns(string? nextToken, params Event[] events) =>
        harness.Store.Setup(s => s.ListAsync(It.IsAny<EventQuery>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(ListResult.Success(new EventPage(events, nextToken)));

    [Fact]
    public async Task NoParameters_Returns200JsonArrayWithDefaultLimit100()
    {
        StoreReturns(null, EventSamples.Stored("evt-1"), EventSamples.Stored("evt-2"));

        var response = await harness.InvokeAsync<Functions_ListEvents_Generated>(ProxyEventSamples.Read("list-events.json"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(["evt-1", "evt-2"], response.Json.EnumerateArray().Select(e => e.GetProperty("eventId").GetString()));
        Assert.Null(response.Header("Link"));
        harness.Store.Verify(s => s.ListAsync(new EventQuery(null, null, null, 100, null), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task PageOfAnyListImplementation_IsSerializedAsTheDeclaredListType()
    {
        IReadOnlyList<Event> single = [EventSamples.Stored("evt-only")];
        harness.Store.Setup(s => s.ListAsync(It.IsAny<EventQuery>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(ListResult.Success(new EventPage(single, null)));

        var response = await harness.InvokeAsync<Functions_ListEvents_Generated>(ProxyEventSamples.Read("list-events.json"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("evt-only", response.Json[0].GetProperty("eventId").GetString());
    }

    [Fact]
    public async Task EmptyTable_ReturnsAnEmptyArray()
    {
        StoreReturns(null);

        var response = await harness.InvokeAsync<Functions_ListEvents_Generated>(ProxyEventSamples.Read("list-events.json"));

        Assert.Equal("[]", response.Body);
    }

    [Fact]
    public async Task StatusDateRangeAndLimit_ArePassedToTheStore()
    {
        StoreReturns(null);

        await harness.InvokeAsync<Functions_ListEvents_Generated>(ProxyEventSamples.Read("list-events-by-status.json"));

        harness.Store.Verify(s => s.ListAsync(
            new EventQuery(EventStatus.Scheduled, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), 10, null),
            It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task MoreResults_AddALinkHeaderToTheNextPageWithTheSameQuery()
    {
        StoreReturns("TOKEN-2", EventSamples.Stored("evt-1"));

        var response = await harness.InvokeAsync<Functions_ListEvents_Generated>(ProxyEventSamples.Read("list-events-by-status.json"));

        Assert.Equal(
            "</prod/events?status=scheduled&from=2024-01-01&to=2024-12-31&limit=10&nextToken=TOKEN-2>; rel=\"next\"",
            response.Header("Link"));
    }

    [Fact]
    public async Task NextToken_IsPassedToTheStore()
    {
        StoreReturns(null);

        await harness.InvokeAsync<Functions_ListEvents_Generated>(ProxyEventSamples.Read("list-events-page-2.json"));

        harness.Store.Verify(s => s.ListAsync(
            It.Is<EventQuery>(q => q.Status == EventStatus.Scheduled && q.Limit == 2 && q.PageToken != null),
            It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task RejectedToken_Returns400()
    {
        harness.Store.Setup(s => s.ListAsync(It.IsAny<EventQuery>(), It.IsAny<CancellationToken>())).ReturnsAsync(ListResult.RejectedToken);

        var response = await harness.InvokeAsync<Functions_ListEvents_Generated>(ProxyEventSamples.Read("bad/list-bad-token.json"));

        Assert.Equal(400, response.StatusCode);
    }

    [Theory]
    [InlineData("bad/list-bad-limit.json", "limit", "must be between 1 and 1000")]
    [InlineData("bad/list-limit-not-a-number.json", "limit", "must be an integer")]
    [InlineData("bad/list-bad-status.json", "status", "must be one of: scheduled, active, cancelled, completed")]
    [InlineData("bad/list-bad-date-range.json", "from", "must not be after to")]
    [InlineData("bad/list-repeated-limit.json", "limit", "must be given only once")]
    public async Task BadParameter_Returns422NamingIt(string sample, string parameter, string message)
    {
        var response = await harness.InvokeAsync<Functions_ListEvents_Generated>(ProxyEventSamples.Read(sample));

        Assert.Equal(422, response.StatusCode);
        Assert.Contains(message, response.ErrorsFor(parameter));
        harness.Store.VerifyNoOtherCalls();
    }
}
