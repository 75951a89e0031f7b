namespace EventFunctions.Data;

/// <summary>
/// How long one store operation may take, and running it within that. When the invocation's own deadline is known (the
/// Lambda context's), the operation gets what is left of it minus <paramref name="answerReserve"/>, so the function still
/// has time to answer; otherwise the fixed <paramref name="fixedDeadline"/>. Past it the operation is abandoned and
/// reported as <see cref="DataStoreUnavailableException"/> (a 503); a cancellation the caller asked for is passed on.
/// </summary>
internal sealed class OperationDeadline(
    TimeSpan fixedDeadline, TimeProvider timeProvider, Func<DateTimeOffset?>? invocationDeadline, TimeSpan answerReserve)
{
    /// <summary>The time an operation started now may take; an invocation already past its reserve gets none.</summary>
    public TimeSpan Limit()
    {
        if (invocationDeadline?.Invoke() is not { } end)
        {
            return fixedDeadline;
        }

        var left = end - timeProvider.GetUtcNow() - answerReserve;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>Runs <paramref name="operation"/> within <see cref="Limit"/>; <paramref name="what"/> names it in the failure.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, string what, CancellationToken cancellationToken)
    {
        var limit = Limit();
        using var expiry = new CancellationTokenSource(limit, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);
        try
        {
            return await operation(linked.Token);
        }
        catch (OperationCanceledException exception) when (expiry.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new DataStoreUnavailableException(
                $"{what} did not answer within {limit.TotalSeconds:0.#} s.",
                DataStoreUnavailableException.DefaultRetryAfterSeconds,
                exception);
        }
    }
}
