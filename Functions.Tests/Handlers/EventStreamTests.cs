using System.Text;
using EventFunctions.Configuration;
using EventFunctions.Data;
using EventFunctions.Tests.Data;
using EventFunctions.Tests.Infrastructure;
using Moq;

namespace EventFunctions.Tests.Handlers;

/// <summary>However the runtime hands the event over, the handler reads all of it and only it.</summary>
[Trait("Category", "Unit")]
public sealed class EventStreamTests
{
    private const string EventId = "evt-tech-conf-2024";

    private readonly Functions_GetEvent_Generated handler;

    public EventStreamTests()
    {
        var store = new Mock<IEventStore>(MockBehavior.Strict);
        store.Setup(s => s.GetAsync(EventId, It.IsAny<CancellationToken>())).ReturnsAsync(EventSamples.Stored(EventId));
        handler = new Functions_GetEvent_Generated(new EventFunctionsServices(store.Object));
    }

    private static byte[] Event => Encoding.UTF8.GetBytes(ProxyEventSamples.Read("get-event.json"));

    [Fact]
    public async Task MemoryStreamOverAPrivateBuffer_IsRead()
    {
        var response = await InvokeAsync(new MemoryStream(Event, writable: false));

        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task MemoryStreamWithAnExposedBuffer_IsReadFromItsPosition()
    {
        var prefix = "ignored bytes before the event"u8.ToArray();
        var stream = new MemoryStream();
        stream.Write(prefix);
        stream.Write(Event);
        stream.Position = prefix.Length;

        var response = await InvokeAsync(stream);

        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task StreamThatIsNotInMemory_IsReadToItsEnd()
    {
        var response = await InvokeAsync(new BufferedStream(new MemoryStream(Event), bufferSize: 7));

        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task EventWithAStringThatIsNotValidUtf8_Is400()
    {
        var payload = Event;
        payload[Encoding.UTF8.GetString(payload).IndexOf("/events/", StringComparison.Ordinal) + 1] = 0xFF;

        var response = await InvokeAsync(new MemoryStream(payload));

        Assert.Equal(400, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.Header("Content-Type"), StringComparison.Ordinal);
    }

    private async Task<ProxyResponse> InvokeAsync(Stream input)
    {
        await using (input)
        {
            await using var output = await handler.FunctionHandler(input);
            return await ProxyResponse.ReadAsync(output);
        }
    }
}
