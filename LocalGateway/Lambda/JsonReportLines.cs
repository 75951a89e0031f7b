using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>
/// Lambda's lines in the JSON log format: one platform event per line, <c>{"time","type","record"}</c>, as CloudWatch
/// holds them at the default system log level (INFO): <c>platform.initStart</c>, <c>platform.start</c> and
/// <c>platform.report</c>. That level has no END (<c>platform.runtimeDone</c> is DEBUG) and no timeout notice: a
/// timeout is the report's <c>status</c>. Shapes: the Telemetry API event schema and Lambda's CloudWatch output.
/// </summary>
internal sealed class JsonReportLines : ReportLines
{
    public static JsonReportLines Instance { get; } = new();

    private JsonReportLines()
    {
    }

    public override string InitStart(DateTimeOffset at, EnvironmentInit init)
    {
        ArgumentNullException.ThrowIfNull(init);
        return Event(at, "platform.initStart", json =>
        {
            json.WriteString("initializationType", "on-demand");
            json.WriteString("phase", "init");
            json.WriteString("runtimeVersion", init.RuntimeVersion);
            json.WriteString("functionName", init.FunctionName);
            json.WriteString("functionVersion", init.FunctionVersion);
        });
    }

    public override string Start(DateTimeOffset at, InvocationStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        return Event(at, "platform.start", json =>
        {
            json.WriteString("requestId", start.RequestId);
            json.WriteString("functionArn", start.FunctionArn);
            json.WriteString("version", start.Version);
        });
    }

    public override string? End(DateTimeOffset at, string requestId) => null;

    public override string? TimedOut(DateTimeOffset at, string requestId, TimeSpan timeout) => null;

    /// <summary><c>record</c>: <c>requestId</c>, <c>metrics</c> (ms to 3 decimals, <c>initDurationMs</c> on a cold start), <c>status</c> and, on a failure, <c>errorType</c>.</summary>
    public override string Report(DateTimeOffset at, InvocationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Event(at, "platform.report", json =>
        {
            json.WriteString("requestId", report.RequestId);
            json.WriteStartObject("metrics");
            json.WriteNumber("durationMs", Milliseconds(report.Duration));
            json.WriteNumber("billedDurationMs", BilledMilliseconds(report));
            json.WriteNumber("memorySizeMB", report.MemorySizeMb);
            json.WriteNumber("maxMemoryUsedMB", report.MaxMemoryUsedMb);
            if (report.InitDuration is { } init)
            {
                json.WriteNumber("initDurationMs", Milliseconds(init));
            }

            json.WriteEndObject();
            json.WriteString("status", report.Status ?? "success");
            if (report.ErrorType is { } errorType)
            {
                json.WriteString("errorType", errorType);
            }
        });
    }

    private static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 3);

    private static string Event(DateTimeOffset at, string type, Action<Utf8JsonWriter> record)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("type", type);
            json.WriteStartObject("record");
            record(json);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
