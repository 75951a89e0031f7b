using EventFunctions.Model;

namespace EventFunctions.Data;

/// <summary>
/// Gives every store operation a deadline. The client's own timeouts bound one attempt, but its retries
/// and backoff can add up past a Lambda timeout; past the deadline the operation is abandoned and reported
/// as <see cref="DataStoreUnavailableException"/> (a 503), while the function still has time to answer.
/// A cancellation the caller asked for is passed on unchanged.
/// </summary>
public sealed class DeadlineEventStore(IEventStore inner, TimeSpan deadline, TimeProvider timeProvider) : IEventStore
{
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

    private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        using var expiry = new CancellationTokenSource(deadline, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);
        try
        {
            return await operation(linked.Token);
        }
        catch (OperationCanceledException exception) when (expiry.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new DataStoreUnavailableException(
                $"The event store did not answer within {deadline.TotalSeconds:0.#} s.",
                DataStoreUnavailableException.DefaultRetryAfterSeconds,
                exception);
        }
    }
}
