namespace EventFunctions.Annotations.Idempotency;

/// <summary>
/// A response as it is remembered for a replay: status, the function's own headers (not CORS, which follows the
/// retry's Origin) and body.
/// </summary>
public sealed record StoredResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, string? Body, bool IsBase64Encoded);
