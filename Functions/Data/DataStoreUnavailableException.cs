namespace EventFunctions.Data;

/// <summary>
/// DynamoDB is throttling, timing out or unreachable: the request may succeed if retried after
/// <see cref="RetryAfterSeconds"/>. The original failure is the <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class DataStoreUnavailableException : Exception
{
    public const int DefaultRetryAfterSeconds = 5;

    public DataStoreUnavailableException()
        : this("The data store is unavailable.")
    {
    }

    public DataStoreUnavailableException(string message)
        : this(message, null)
    {
    }

    public DataStoreUnavailableException(string message, Exception? innerException)
        : this(message, DefaultRetryAfterSeconds, innerException)
    {
    }

    public DataStoreUnavailableException(string message, int retryAfterSeconds, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(retryAfterSeconds);
        RetryAfterSeconds = retryAfterSeconds;
    }

    /// <summary>How long a client should wait before retrying (the HTTP <c>Retry-After</c>).</summary>
    public int RetryAfterSeconds { get; }
}
