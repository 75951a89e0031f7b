namespace EventFunctions.Annotations.Observability;

/// <summary>
/// What the running invocation reports besides its response: the metrics it records and the calls it makes to AWS
/// services, which reach X-Ray as subsegments of the function's trace when the invocation is sampled.
/// <see cref="Current"/> is set by the host for the duration of an invocation.
/// </summary>
public sealed class InvocationTelemetry
{
    private static readonly AsyncLocal<InvocationTelemetry?> Ambient = new();

    private readonly string? traceHeader;
    private readonly XRayDaemon? daemon;

    /// <param name="traceHeader">The invocation's X-Ray trace header (<c>_X_AMZN_TRACE_ID</c>), if any.</param>
    /// <param name="daemon">Where subsegments go; null sends none.</param>
    public InvocationTelemetry(string? traceHeader, XRayDaemon? daemon)
    {
        this.traceHeader = traceHeader;
        this.daemon = daemon;
    }

    /// <summary>The invocation running on this async flow, or null outside one (a unit test calling a method directly).</summary>
    public static InvocationTelemetry? Current
    {
        get => Ambient.Value;
        internal set => Ambient.Value = value;
    }

    public InvocationMetrics Metrics { get; } = new();

    /// <summary>Sends <paramref name="call"/> to the X-Ray daemon, when there is one and the invocation is sampled.</summary>
    public void RecordAwsCall(AwsServiceCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (daemon is null || traceHeader is null)
        {
            return;
        }

        var trace = XRayTraceHeader.Parse(traceHeader);
        if (trace.Sampled && trace.Root.Length > 0 && trace.Parent.Length > 0)
        {
            daemon.Send(call, trace);
        }
    }
}
