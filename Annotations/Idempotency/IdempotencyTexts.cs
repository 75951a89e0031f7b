namespace EventFunctions.Annotations.Idempotency;

/// <summary>
/// What an idempotent function's documentation and answers say about the key, written once: the guard answers with
/// these, and the generator reads the same constants into the manifest (and so into the OpenAPI document).
/// </summary>
public static class IdempotencyTexts
{
    public const string KeyDescription =
        "Makes the write safe to retry: a retry with the same key gets the first response again (Idempotent-Replayed: true) "
        + "instead of writing twice. Any unique value, e.g. a UUID; remembered per caller and route for 24 hours unless the deployment sets otherwise.";

    public const string MalformedKey = IdempotencyKey.Rule;

    public const string InProgress =
        "A request with this Idempotency-Key is still in progress; retry after the number of seconds in Retry-After.";

    public const string Mismatch = "This Idempotency-Key was used for a different request.";

    public const string MismatchMessage = "was used for a different request (method, path, If-Match or body)";

    public const string ReplayedDescription = "true when the response is the replay of an earlier request with the same Idempotency-Key.";
}
