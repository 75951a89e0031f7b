namespace EventFunctions.Annotations.Idempotency;

/// <summary>
/// Makes a REST API function honour the <c>Idempotency-Key</c> request header (the IETF httpapi draft "The
/// Idempotency-Key HTTP Header Field"): a retried request with the same key gets the first request's response, marked
/// <c>Idempotent-Replayed: true</c>, without running the function again. The services must provide an
/// <see cref="IIdempotencyStore"/>. Requests without the header run as they would without this attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class IdempotentAttribute : Attribute
{
}
