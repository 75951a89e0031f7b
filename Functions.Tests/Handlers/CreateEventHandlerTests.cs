using EventFunctions.Data;
using EventFunctions.Model;
using EventFunctions.Tests.Data;
using EventFunctions.Tests.Infrastructure;
using Moq;

namespace EventFunctions.Tests.Handlers;

[Trait("Category", "Unit")]
public sealed class CreateEventHandlerTests
{
    private readonly HandlerHarness harness = new();

    private void StoreAccepts() =>
        harness.Store.Setup(s => s.CreateAsync(It.IsAny<NewEvent>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((NewEvent draft, CancellationToken _) => new WriteResult(WriteStatus.Succeeded, EventSamples.Stored(draft.EventId)));

    [Fact]
    public async Task ValidBody_Returns201WithLocationETagAndTheStoredEvent()
    {
        StoreAccepts();

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(ProxyEventSamples.Read("create-event.json"));

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("/prod/events/evt-tech-conf-2024", response.Header("Location"));
        Assert.Equal("\"1\"", response.Header("ETag"));
        Assert.Equal("evt-tech-conf-2024", response.Json.GetProperty("eventId").GetString());
    }

    [Fact]
    public async Task ValidBody_PassesEveryFieldToTheStore()
    {
        StoreAccepts();

        await harness.InvokeAsync<Functions_CreateEvent_Generated>(ProxyEventSamples.Read("create-event.json"));

        harness.Store.Verify(s => s.CreateAsync(
            It.Is<NewEvent>(d => d.EventId == "evt-tech-conf-2024" && d.Title == "Tech Conference 2024"
                && d.Description == "Annual technology conference" && d.Date == new DateOnly(2024, 12, 15)
                && d.Location == "San Francisco, CA" && d.Capacity == 500 && d.Organizer == "Tech Corp"
                && d.Status == EventStatus.Scheduled),
            It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task ReachedWithoutAStagePrefix_LocationIsRootRelative()
    {
        StoreAccepts();
        var proxyEvent = ProxyEventSamples.Edit("create-event.json");
        proxyEvent["requestContext"]!["path"] = "/events";

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(proxyEvent.ToJsonString());

        Assert.Equal("/events/evt-tech-conf-2024", response.Header("Location"));
    }

    [Fact]
    public async Task StagePrefixWithUnsafeCharacters_IsIgnored()
    {
        StoreAccepts();
        var proxyEvent = ProxyEventSamples.Edit("create-event.json");
        proxyEvent["requestContext"]!["path"] = "/x\r\nSet-Cookie: a=b/events";

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(proxyEvent.ToJsonString());

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("/events/evt-tech-conf-2024", response.Header("Location"));
    }

    [Fact]
    public async Task BodyWithoutEventId_GetsAGeneratedUuid()
    {
        StoreAccepts();

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(ProxyEventSamples.Read("create-event-generated-id.json"));

        Assert.Equal(201, response.StatusCode);
        var id = response.Json.GetProperty("eventId").GetString();
        Assert.True(Guid.TryParseExact(id, "D", out _), id);
        Assert.Equal("/prod/events/" + id, response.Header("Location"));
    }

    [Fact]
    public async Task IdAlreadyTaken_Returns409()
    {
        harness.Store.Setup(s => s.CreateAsync(It.IsAny<NewEvent>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new WriteResult(WriteStatus.AlreadyExists, null));

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(ProxyEventSamples.Read("create-event.json"));

        Assert.Equal(409, response.StatusCode);
        Assert.Null(response.Header("Location"));
    }

    [Theory]
    [InlineData("bad/create-capacity-zero.json", "capacity", "must be between 1 and 1000000")]
    [InlineData("bad/create-bad-date.json", "date", "must be a real calendar date (YYYY-MM-DD, year 0001-9999)")]
    [InlineData("bad/create-unknown-field.json", "venueSize", "is not a recognised property")]
    [InlineData("bad/create-missing-fields.json", "description", "is required")]
    [InlineData("bad/create-wrong-types.json", "title", "must be a string")]
    [InlineData("bad/create-read-only-fields.json", "version", "is read-only and set by the server")]
    public async Task InvalidField_Returns422NamingTheFieldAndRule(string sample, string field, string message)
    {
        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(ProxyEventSamples.Read(sample));

        Assert.Equal(422, response.StatusCode);
        Assert.Contains(message, response.ErrorsFor(field));
        harness.Store.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("bad/create-malformed-json.json")]
    [InlineData("bad/create-duplicate-keys.json")]
    [InlineData("bad/create-empty-body.json")]
    [InlineData("bad/create-bad-base64.json")]
    [InlineData("bad/create-deeply-nested.json")]
    public async Task UnparseableBody_Returns400(string sample)
    {
        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(ProxyEventSamples.Read(sample));

        Assert.Equal(400, response.StatusCode);
        harness.Store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task BodyOver64KiB_Returns413()
    {
        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(ProxyEventSamples.Read("bad/create-oversized-body.json"));

        Assert.Equal(413, response.StatusCode);
    }

    [Fact]
    public async Task NonJsonContentType_Returns415()
    {
        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(ProxyEventSamples.Read("bad/create-text-plain.json"));

        Assert.Equal(415, response.StatusCode);
    }
}
