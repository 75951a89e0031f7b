using System.Globalization;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>The lines Lambda itself writes around every invocation, in its text log format.</summary>
internal static class ReportLines
{
    public static string Start(string requestId, string version) => $"START RequestId: {requestId} Version: {version}";

    public static string End(string requestId) => $"END RequestId: {requestId}";

    public static string TimedOut(DateTimeOffset at, string requestId, TimeSpan timeout) => string.Create(
        CultureInfo.InvariantCulture,
        $"{at.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ} {requestId} Task timed out after {timeout.TotalSeconds:0.00} seconds");

    /// <summary>
    /// <c>REPORT RequestId: … Duration: 1.23 ms Billed Duration: 2 ms Memory Size: 512 MB Max Memory Used: 61 MB</c>, tab-separated,
    /// with <c>Init Duration</c> on a cold start (billed too, as Lambda bills INIT since August 2025) and
    /// <c>Status</c>/<c>Error Type</c> when the environment timed out or failed.
    /// </summary>
    public static string Report(InvocationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var billed = Math.Ceiling(report.Duration.TotalMilliseconds + (report.InitDuration?.TotalMilliseconds ?? 0));
        var line = string.Create(CultureInfo.InvariantCulture,
            $"REPORT RequestId: {report.RequestId}\tDuration: {report.Duration.TotalMilliseconds:0.00} ms\tBilled Duration: {billed:0} ms\t"
            + $"Memory Size: {report.MemorySizeMb} MB\tMax Memory Used: {report.MaxMemoryUsedMb} MB\t");
        if (report.InitDuration is { } init)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"Init Duration: {init.TotalMilliseconds:0.00} ms\t");
        }

        if (report.Status is { } status)
        {
            line += $"Status: {status}\t";
            if (report.ErrorType is { } errorType)
            {
                line += $"Error Type: {errorType}\t";
            }
        }

        return line;
    }
}

/// <summary>The facts of one invocation's REPORT line.</summary>
internal sealed record InvocationReport(
    string RequestId,
    TimeSpan Duration,
    int MemorySizeMb,
    long MaxMemoryUsedMb,
    TimeSpan? InitDuration,
    string? Status,
    string? ErrorType);
