using EventFunctions.Data;
using EventFunctions.Model;
using EventFunctions.Tests.Data;
using Moq;

namespace EventFunctions.Tests.Properties;

/// <summary>A store mock that accepts every well-formed call, so only the request decides the response.</summary>
internal static class LenientEventStore
{
    public static IEventStore Create()
    {
        var store = new Mock<IEventStore>(MockBehavior.Strict);
        store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, CancellationToken _) => EventSamples.Stored(id));
        store.Setup(s => s.CreateAsync(It.IsAny<NewEvent>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((NewEvent draft, CancellationToken _) => new WriteResult(WriteStatus.Succeeded, EventSamples.Stored(draft.EventId)));
        store.Setup(s => s.UpdateAsync(It.IsAny<string>(), It.IsAny<EventChanges>(), It.IsAny<long?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, EventChanges _, long? _, CancellationToken _) => new WriteResult(WriteStatus.Succeeded, EventSamples.Stored(id, 2)));
        store.Setup(s => s.DeleteAsync(It.IsAny<string>(), It.IsAny<long?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, long? _, CancellationToken _) => new WriteResult(WriteStatus.Succeeded, EventSamples.Stored(id)));
        store.Setup(s => s.ListAsync(It.IsAny<EventQuery>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((EventQuery query, CancellationToken _) => query.PageToken is null
                ? ListResult.Success(new EventPage([EventSamples.Stored()], "next-token"))
                : ListResult.RejectedToken);
        return store.Object;
    }
}
