using EventFunctions.Annotations.Observability;
using EventFunctions.Data;

namespace EventFunctions.Observability;

/// <summary>
/// The metrics the functions record beside the host's (requests, latency, cold starts): what they changed and what
/// DynamoDB cost them. The CDK dashboard reads these names from here.
/// </summary>
public static class EventMetrics
{
    /// <summary>The service every record and metric names, and the metrics' namespace, as the deployments set them by default.</summary>
    public const string DefaultServiceName = "EventFunctions";

    /// <summary>An event stored by CreateEvent (not a retry answered with the event already there).</summary>
    public const string EventsCreated = "EventsCreated";

    /// <summary>An event changed by UpdateEvent.</summary>
    public const string EventsUpdated = "EventsUpdated";

    /// <summary>An event removed by DeleteEvent.</summary>
    public const string EventsDeleted = "EventsDeleted";

    /// <summary>How long one DynamoDB request took, the SDK's retries included: one value per request.</summary>
    public const string DynamoDbLatency = "DynamoDbLatency";

    /// <summary>The changes, in the order the dashboard shows them.</summary>
    public static IReadOnlyList<string> Changes { get; } = [EventsCreated, EventsUpdated, EventsDeleted];

    /// <summary>Counts <paramref name="change"/> when <paramref name="result"/> is a write that happened.</summary>
    public static void CountWritten(WriteResult result, string change)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status == WriteStatus.Succeeded)
        {
            InvocationTelemetry.Current?.Metrics.Count(change);
        }
    }
}
