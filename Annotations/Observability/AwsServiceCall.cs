namespace EventFunctions.Annotations.Observability;

/// <summary>
/// One call to an AWS service as X-Ray's SDK would record it: a subsegment named for the service
/// (<c>DynamoDB</c>), in the <c>aws</c> namespace, with the operation and the resource it acted on.
/// </summary>
/// <param name="Service">The service's name as X-Ray shows it: <c>DynamoDB</c>.</param>
/// <param name="Operation">The API action: <c>GetItem</c>.</param>
/// <param name="TableName">The table it read or wrote, if any.</param>
/// <param name="Start">When the call started.</param>
/// <param name="Duration">How long it took, retries included.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="RequestId">The service's id of the request, when it answered.</param>
/// <param name="HttpStatus">The status of its answer, when it answered.</param>
public sealed record AwsServiceCall(
    string Service,
    string Operation,
    string? TableName,
    DateTimeOffset Start,
    TimeSpan Duration,
    AwsCallOutcome Outcome,
    string? RequestId = null,
    int? HttpStatus = null);

/// <summary>How a call ended, in X-Ray's terms: a fault is the service's failure (5xx, timeout), an error the caller's (4xx).</summary>
public enum AwsCallOutcome
{
    Succeeded,
    Error,
    Throttled,
    Fault,
}
