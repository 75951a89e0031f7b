using System.Diagnostics;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using EventFunctions.Annotations.Observability;
using EventFunctions.Observability;

namespace EventFunctions.Data;

/// <summary>
/// Sends one DynamoDB request for either store: a transient failure becomes <see cref="DataStoreUnavailableException"/>
/// (<see cref="StoreFailures"/>), and the request is reported to the running invocation, as its latency metric and as
/// an X-Ray subsegment such as the X-Ray SDK records (<c>DynamoDB</c>, the operation, the table).
/// </summary>
internal static class DynamoDbCalls
{
    /// <summary>The service's name in X-Ray's service map.</summary>
    public const string ServiceName = "DynamoDB";

    public static async Task<TResponse> SendAsync<TRequest, TResponse>(
        IAmazonDynamoDB client,
        Func<IAmazonDynamoDB, TRequest, CancellationToken, Task<TResponse>> send,
        TRequest request,
        string tableName,
        CancellationToken cancellationToken)
        where TRequest : AmazonDynamoDBRequest
        where TResponse : AmazonWebServiceResponse
    {
        var telemetry = InvocationTelemetry.Current;
        var start = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        var outcome = AwsCallOutcome.Fault;
        string? requestId = null;
        int? status = null;
        try
        {
            var response = await send(client, request, cancellationToken);
            (outcome, requestId, status) = (AwsCallOutcome.Succeeded, response.ResponseMetadata?.RequestId, (int)response.HttpStatusCode);
            return response;
        }
        catch (Exception exception) when (StoreFailures.ToUnavailable(exception, cancellationToken) is { } unavailable)
        {
            outcome = unavailable.RetryAfterSeconds == StoreFailures.ThrottledRetryAfterSeconds ? AwsCallOutcome.Throttled : AwsCallOutcome.Fault;
            (requestId, status) = Answer(exception);
            throw unavailable;
        }
        catch (AmazonServiceException exception)
        {
            // The service refused the request (a failed condition, a validation error): the caller's error, not a fault.
            outcome = AwsCallOutcome.Error;
            (requestId, status) = Answer(exception);
            throw;
        }
        finally
        {
            if (telemetry is not null)
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                telemetry.Metrics.Add(EventMetrics.DynamoDbLatency, MetricUnit.Milliseconds, Math.Round(elapsed.TotalMilliseconds, 3));
                telemetry.RecordAwsCall(new AwsServiceCall(
                    ServiceName, OperationName<TRequest>.Value, tableName, start, elapsed, outcome, requestId, status));
            }
        }
    }

    /// <summary>The request id and status of the service's answer, when the failure is one.</summary>
    private static (string? RequestId, int? Status) Answer(Exception exception) =>
        exception is AmazonServiceException { StatusCode: not 0 } answered
            ? (answered.RequestId, (int)answered.StatusCode)
            : (null, null);

    /// <summary>The API action a request type stands for: <c>GetItemRequest</c> is <c>GetItem</c>.</summary>
    private static class OperationName<TRequest>
    {
        public static readonly string Value = typeof(TRequest).Name.EndsWith("Request", StringComparison.Ordinal)
            ? typeof(TRequest).Name[..^"Request".Length]
            : typeof(TRequest).Name;
    }
}
