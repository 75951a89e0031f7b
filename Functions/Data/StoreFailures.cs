using System.Net.Sockets;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace EventFunctions.Data;

/// <summary>
/// The one place that decides which failures mean "DynamoDB is unavailable, retry later" (throttling, 5xx,
/// timeouts, connection failures) and which are bugs that must propagate (validation errors, a missing table).
/// </summary>
internal static class StoreFailures
{
    public const int ThrottledRetryAfterSeconds = 1;
    public const int UnavailableRetryAfterSeconds = DataStoreUnavailableException.DefaultRetryAfterSeconds;

    private const string ThrottlingErrorCode = "ThrottlingException";

    /// <summary>
    /// Seconds a client should wait before retrying, or <c>null</c> when <paramref name="exception"/> is not a
    /// transient store failure. A cancellation requested through <paramref name="callerToken"/> is never transient.
    /// </summary>
    public static int? RetryAfterSeconds(Exception exception, CancellationToken callerToken)
    {
        switch (exception)
        {
            case OperationCanceledException when callerToken.IsCancellationRequested:
                return null;
            case ProvisionedThroughputExceededException
                or RequestLimitExceededException
                or ThrottlingException:
            case AmazonServiceException { ErrorCode: ThrottlingErrorCode }:
                return ThrottledRetryAfterSeconds;
            case InternalServerErrorException:
            case AmazonServiceException { StatusCode: >= (System.Net.HttpStatusCode)500 }:
                return UnavailableRetryAfterSeconds;
            case AmazonServiceException { StatusCode: >= (System.Net.HttpStatusCode)400 }:
                // The service answered and refused: a malformed request or a missing table is a bug, not an outage.
                return null;
        }

        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (IsTransport(current, callerToken))
            {
                return UnavailableRetryAfterSeconds;
            }
        }

        return null;
    }

    /// <summary>Wraps <paramref name="exception"/> when it is transient; otherwise <c>null</c>.</summary>
    public static DataStoreUnavailableException? ToUnavailable(Exception exception, CancellationToken callerToken) =>
        RetryAfterSeconds(exception, callerToken) is { } retryAfter
            ? new DataStoreUnavailableException(
                "The event store is unavailable (throttled, timed out or unreachable).", retryAfter, exception)
            : null;

    private static bool IsTransport(Exception exception, CancellationToken callerToken) => exception switch
    {
        HttpRequestException or TimeoutException or IOException or SocketException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };
}
