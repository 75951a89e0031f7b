namespace EventFunctions.Annotations.Idempotency;

/// <summary>
/// Where idempotency records live. A record is claimed (in progress, locked until the invocation's deadline) before
/// the function runs and completed with its response after it; an expired record counts as absent.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims <paramref name="recordId"/> for a request with <paramref name="fingerprint"/>, locked until
    /// <paramref name="lockedUntil"/>; or says why not: a completed record to replay, one still in progress, or one
    /// made by a different request.
    /// </summary>
    Task<IdempotencyClaim> ClaimAsync(string recordId, string fingerprint, DateTimeOffset lockedUntil, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the response of the claimed request; the record is then remembered for the store's expiry. The claim is
    /// the one made with <paramref name="lockedUntil"/>: once its lock has passed and a retry (same fingerprint) has
    /// claimed the key again, completing is a no-op.
    /// </summary>
    Task CompleteAsync(string recordId, string fingerprint, DateTimeOffset lockedUntil, StoredResponse response, CancellationToken cancellationToken = default);

    /// <summary>
    /// Drops the claim made with <paramref name="lockedUntil"/> of a request that failed (5xx), so that a retry runs
    /// again; a no-op when another invocation holds the key by now.
    /// </summary>
    Task ReleaseAsync(string recordId, string fingerprint, DateTimeOffset lockedUntil, CancellationToken cancellationToken = default);
}
