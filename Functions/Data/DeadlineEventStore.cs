using EventFunctions.Model;

namespace EventFunctions.Data;

/// <summary>
/// Gives every store operation a deadline. The client's own timeouts bound one attempt, but its retries
/// and backoff can add up past a Lambda timeout; past the deadline the operation is abandoned and reported
/// as <see cref="DataStoreUnavailableException"/> (a 503), while the function still has time to answer.
/// A cancellation the caller asked for is passed on unchanged.
/// When the invocation's own deadline is known (<paramref name="invocationDeadline"/>, the Lambda context's), the
/// operation gets what is left of it minus <paramref name="answerReserve"/>; otherwise the fixed
/// <paramref name="deadline"/>.
/// </summary>
public sealed class DeadlineEventStore(
    IEventStore inner,
    TimeSpan deadline,
    TimeProvider timeProvider,
    Func<DateTimeOffset?>? invocationDeadline = null,
    TimeSpan answerReserve = default) : IEventStore
{
    private readonly OperationDeadline operationDeadline = new(deadline, timeProvider, invocationDeadline, answerReserve);

    public Task<WriteResult> CreateAsync(NewEvent draft, CancellationToken cancellationToken = default) =>
        RunAsync(token => inner.CreateAsync(draft, token), cancellationToken);

    public Task<Event?> GetAsync(string eventId, CancellationToken cancellationToken = default) =>
        RunAsync(token => inner.GetAsync(eventId, token), cancellationToken);

    public Task<WriteResult> UpdateAsync(
        string eventId, EventChanges changes, long? expectedVersion, CancellationToken cancellationToken = default) =>
        RunAsync(token => inner.UpdateAsync(eventId, changes, expectedVersion, token), cancellationToken);

    public Task<WriteResult> DeleteAsync(string eventId, long? expectedVersion, CancellationToken cancellationToken = default) =>
        RunAsync(token => inner.DeleteAsync(eventId, expectedVersion, token), cancellationToken);

    public Task<ListResult> ListAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        RunAsync(token => inner.ListAsync(query, token), cancellationToken);

    private Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken) =>
        operationDeadline.RunAsync(operation, "The event store", cancellationToken);

    /// <summary>The time this operation may take; an invocation already past its reserve gets none (an immediate 503).</summary>
    public TimeSpan Limit() => operationDeadline.Limit();
}
