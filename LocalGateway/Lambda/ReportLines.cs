namespace EventFunctions.LocalGateway.Lambda;

/// <summary>
/// The lines Lambda itself writes around every invocation, from the same facts in either log format: text lines
/// (<see cref="TextReportLines"/>) or JSON platform events (<see cref="JsonReportLines"/>). A line the format does
/// not have is <c>null</c>.
/// </summary>
internal abstract class ReportLines
{
    public static ReportLines For(LogFormat format) => format switch
    {
        LogFormat.Json => JsonReportLines.Instance,
        LogFormat.Text => TextReportLines.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>An environment's INIT begins.</summary>
    public abstract string InitStart(DateTimeOffset at, EnvironmentInit init);

    /// <summary>An invocation begins.</summary>
    public abstract string Start(DateTimeOffset at, InvocationStart start);

    /// <summary>The runtime is done with the invocation.</summary>
    public abstract string? End(DateTimeOffset at, string requestId);

    /// <summary>The invocation outlived its timeout.</summary>
    public abstract string? TimedOut(DateTimeOffset at, string requestId, TimeSpan timeout);

    /// <summary>What the invocation took and used.</summary>
    public abstract string Report(DateTimeOffset at, InvocationReport report);

    /// <summary>Billed Duration: the duration and, on a cold start, INIT (Lambda bills INIT since August 2025), rounded up.</summary>
    protected static long BilledMilliseconds(InvocationReport report) =>
        (long)Math.Ceiling(report.Duration.TotalMilliseconds + (report.InitDuration?.TotalMilliseconds ?? 0));
}

/// <summary>The facts of an environment's INIT_START.</summary>
internal sealed record EnvironmentInit(string FunctionName, string FunctionVersion, string RuntimeVersion, int CodeVersion);

/// <summary>The facts of an invocation's START.</summary>
internal sealed record InvocationStart(string RequestId, string FunctionArn, string Version);

/// <summary>The facts of one invocation's REPORT; <see cref="Status"/> <c>null</c> is a success.</summary>
internal sealed record InvocationReport(
    string RequestId,
    TimeSpan Duration,
    int MemorySizeMb,
    long MaxMemoryUsedMb,
    TimeSpan? InitDuration,
    string? Status,
    string? ErrorType);
