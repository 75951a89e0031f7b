using EventFunctions.Model;

namespace EventFunctions.Data;

/// <summary>
/// Stores events. Every write is a single conditional DynamoDB request: concurrent writers never lose
/// each other's changes and never create duplicates.
/// </summary>
/// <remarks>
/// Throttling, timeouts and outages surface as <see cref="DataStoreUnavailableException"/>; anything else
/// (a malformed request, a missing table, a corrupt item) propagates as a bug.
/// </remarks>
public interface IEventStore
{
    /// <summary>Stores a new event with version 1; <see cref="WriteStatus.AlreadyExists"/> when the id is taken.</summary>
    Task<WriteResult> CreateAsync(NewEvent draft, CancellationToken cancellationToken = default);

    /// <summary>The event with this id, or <c>null</c>.</summary>
    Task<Event?> GetAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the given fields, bumps the version and <c>updatedAt</c>.
    /// <see cref="WriteStatus.NotFound"/> or, when <paramref name="expectedVersion"/> is given and stale,
    /// <see cref="WriteStatus.VersionMismatch"/>.
    /// </summary>
    Task<WriteResult> UpdateAsync(
        string eventId, EventChanges changes, long? expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes the event; on success the result carries the deleted item.</summary>
    Task<WriteResult> DeleteAsync(string eventId, long? expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>One page of events; a page token from another query is rejected, never thrown.</summary>
    Task<ListResult> ListAsync(EventQuery query, CancellationToken cancellationToken = default);
}
