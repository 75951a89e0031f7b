namespace EventFunctions.Annotations.Idempotency;

/// <summary>What claiming a key found.</summary>
public abstract record IdempotencyClaim
{
    private IdempotencyClaim()
    {
    }

    /// <summary>The key is this request's now: run the function.</summary>
    public sealed record Claimed : IdempotencyClaim;

    /// <summary>A request with this key and fingerprint completed: answer with its response.</summary>
    public sealed record Completed(StoredResponse Response) : IdempotencyClaim;

    /// <summary>A request with this key is still running; it has until the lock expires.</summary>
    public sealed record InProgress(TimeSpan RetryAfter) : IdempotencyClaim;

    /// <summary>The key was used for a different request (method, path, If-Match or body).</summary>
    public sealed record Mismatch : IdempotencyClaim;
}
