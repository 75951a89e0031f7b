using EventFunctions.Annotations.APIGateway;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Data;

namespace EventFunctions.Http;

/// <summary>DynamoDB throttling, timeouts or outage: 503 with <c>Retry-After</c>, and no SDK text.</summary>
internal sealed class DataStoreExceptionMapper : IHttpResultExceptionMapper
{
    /// <summary>Every function's 503 (declared on the assembly, in <c>AssemblyAttributes.cs</c>).</summary>
    public const string UnavailableDetail = "The event store is temporarily unavailable. Retry after the number of seconds in Retry-After.";

    public IHttpResult? TryMap(Exception exception) =>
        exception is DataStoreUnavailableException unavailable
            ? HttpResults.ServiceUnavailable(unavailable.RetryAfterSeconds, UnavailableDetail)
            : null;
}
