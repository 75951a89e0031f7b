using EventFunctions.Annotations.APIGateway;

namespace EventFunctions.Annotations.Runtime;

/// <summary>
/// Turns an exception a function let escape into a result (e.g. a data store outage into a 503).
/// Register one in DI; an exception no mapper claims becomes a logged 500.
/// </summary>
public interface IHttpResultExceptionMapper
{
    IHttpResult? TryMap(Exception exception);
}
