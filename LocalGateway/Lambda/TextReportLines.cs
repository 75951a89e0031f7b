using System.Globalization;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>Lambda's lines in the Text log format: <c>INIT_START</c>, <c>START</c>, <c>END</c>, <c>REPORT</c> and the timeout notice.</summary>
internal sealed class TextReportLines : ReportLines
{
    public static TextReportLines Instance { get; } = new();

    private TextReportLines()
    {
    }

    public override string InitStart(DateTimeOffset at, EnvironmentInit init)
    {
        ArgumentNullException.ThrowIfNull(init);
        return string.Create(CultureInfo.InvariantCulture, $"INIT_START Runtime Version: {init.RuntimeVersion} Code Version: {init.CodeVersion}");
    }

    public override string Start(DateTimeOffset at, InvocationStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        return $"START RequestId: {start.RequestId} Version: {start.Version}";
    }

    public override string End(DateTimeOffset at, string requestId) => $"END RequestId: {requestId}";

    public override string TimedOut(DateTimeOffset at, string requestId, TimeSpan timeout) => string.Create(
        CultureInfo.InvariantCulture,
        $"{at.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ} {requestId} Task timed out after {timeout.TotalSeconds:0.00} seconds");

    /// <summary>
    /// <c>REPORT RequestId: … Duration: 1.23 ms Billed Duration: 2 ms Memory Size: 512 MB Max Memory Used: 61 MB</c>, tab-separated,
    /// with <c>Init Duration</c> on a cold start and <c>Status</c>/<c>Error Type</c> when the environment timed out or failed.
    /// </summary>
    public override string Report(DateTimeOffset at, InvocationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"REPORT RequestId: {report.RequestId}\tDuration: {report.Duration.TotalMilliseconds:0.00} ms\tBilled Duration: {BilledMilliseconds(report)} ms\t"
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
