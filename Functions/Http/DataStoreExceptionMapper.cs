using EventFunctions.Annotations.APIGateway;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Data;

namespace EventFunctions.Http;

/// <summary>DynamoDB throttling, timeouts or outage: 503 with <c>Retry-After</c>, and no SDK text.</summary>
internal sealed class DataStoreExceptionMapper : IHttpResultExceptionMapper
{
    public IHttpResult? TryMap(Exception exception) =>
        exception is DataStoreUnavailableException unavailable
            ? HttpResults.ServiceUnavailable(
                unavailable.RetryAfterSeconds,
                "The event store is temporarily unavailable. Retry after the number of seconds in Retry-After.")
            : null;
}
