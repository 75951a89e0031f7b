using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EventFunctions.Annotations.Runtime;

namespace EventFunctions.Annotations.Observability;

/// <summary>
/// Writes an invocation's two lines: its structured record, a JSON object on one line with the key names of Powertools for
/// AWS Lambda (<c>timestamp, level, service, message, cold_start, function_name, function_request_id, xray_trace_id,
/// correlation_id</c>) and ours (<c>route, status, duration_ms, error_kind</c>, and <c>exception</c> for an unexpected
/// failure: its type, its message and its stack, each bounded). Never a request body or a header value. Then its
/// metrics, in CloudWatch Embedded Metric Format (<see cref="EmbeddedMetricFormat"/>), whatever the level.
/// </summary>
/// <remarks>
/// <see cref="Console"/> writes to the raw standard output stream, not <see cref="System.Console.Out"/>: the managed
/// runtime (Amazon.Lambda.RuntimeSupport) wraps <c>Console.Out</c>, prefixing each line (Text format) or escaping it
/// into the <c>message</c> of a record of its own (JSON format), and drops it below its level. Written raw, the record
/// arrives as a top-level JSON object in both formats and both runtime modes.
/// </remarks>
public sealed class InvocationLog
{
    /// <summary>How much of an exception's stack trace a record keeps.</summary>
    public const int MaxStackTraceChars = 2048;

    /// <summary>How much of an exception's message a record keeps.</summary>
    public const int MaxMessageChars = 512;

    private const string TrimmedMarker = "\n   --- stack trace trimmed ---";

    private readonly TextWriter? writer;
    private readonly Stream? stream;
    private readonly ObservabilitySettings settings;
    private int coldStart = 1;

    /// <summary>Writes each record as a line of text (tests, benchmarks).</summary>
    public InvocationLog(TextWriter writer, ObservabilitySettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        this.writer = writer;
        this.settings = settings ?? ObservabilitySettings.Default;
    }

    /// <summary>Writes each record's UTF-8 bytes and a newline to <paramref name="stream"/> in one write, then flushes.</summary>
    public InvocationLog(Stream stream, ObservabilitySettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.stream = stream;
        this.settings = settings ?? ObservabilitySettings.Default;
    }

    /// <summary>The process's log: the raw standard output, opened once, with the settings of its environment.</summary>
    public static InvocationLog Console => StandardOutput.Log;

    public ObservabilitySettings Settings => settings;

    /// <summary>A record's level: ERROR for a 5xx, INFO otherwise.</summary>
    public static LambdaLogLevel LevelOf(int status) => status >= 500 ? LambdaLogLevel.Error : LambdaLogLevel.Info;

    /// <summary>
    /// Writes the record unless its level is below <see cref="ObservabilitySettings.MinimumLevel"/>, then the metrics
    /// line.
    /// </summary>
    public void Write(InvocationLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);

        // The first invocation is the cold one whether or not its record is written.
        var cold = Interlocked.Exchange(ref coldStart, 0) == 1;
        var level = LevelOf(entry.Status);
        if (level >= settings.MinimumLevel)
        {
            ReusableJsonWriter.Write(new Record(entry, level, cold, settings), WriteRecord, WriteLine);
        }

        ReusableJsonWriter.Write(
            new MetricsEntry(entry.Timestamp, entry.Function, entry.Status, entry.DurationMs, cold, entry.Metrics, settings),
            EmbeddedMetricFormat.Write,
            WriteLine);
    }

    /// <summary>At most <see cref="MaxStackTraceChars"/> of a stack trace, cut at a line end and marked when cut.</summary>
    public static string? TrimStackTrace(string? stackTrace)
    {
        if (stackTrace is null || stackTrace.Length <= MaxStackTraceChars)
        {
            return stackTrace;
        }

        var keep = stackTrace.LastIndexOf('\n', MaxStackTraceChars - TrimmedMarker.Length);
        if (keep <= 0)
        {
            keep = MaxStackTraceChars - TrimmedMarker.Length;
        }

        return string.Concat(stackTrace.AsSpan(0, keep).TrimEnd('\r'), TrimmedMarker);
    }

    private readonly record struct Record(InvocationLogEntry Entry, LambdaLogLevel Level, bool ColdStart, ObservabilitySettings Settings);

    private static void WriteRecord(Utf8JsonWriter json, Record record)
    {
        var entry = record.Entry;
        Span<char> text = stackalloc char[32];
        json.WriteStartObject();
        entry.Timestamp.UtcDateTime.TryFormat(text, out var written, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        json.WriteString("timestamp"u8, text[..written]);
        json.WriteString("level"u8, LevelName(record.Level));
        json.WriteString("service"u8, record.Settings.ServiceOf(entry.Function));
        WriteMessage(json, entry.Route, entry.Status);
        json.WriteBoolean("cold_start"u8, record.ColdStart);
        json.WriteString("function_name"u8, record.Settings.FunctionNameOf(entry.Function));
        if (entry.FunctionRequestId is not null)
        {
            json.WriteString("function_request_id"u8, entry.FunctionRequestId);
        }

        if (XRayTraceHeader.Part(entry.TraceHeader, "Root=") is { IsEmpty: false } root)
        {
            json.WriteString("xray_trace_id"u8, root);
        }

        if (entry.CorrelationId is not null)
        {
            json.WriteString("correlation_id"u8, entry.CorrelationId);
        }

        json.WriteString("route"u8, entry.Route);
        json.WriteNumber("status"u8, entry.Status);
        json.WriteNumber("duration_ms"u8, Math.Round(entry.DurationMs, 3));
        if (entry.ErrorKind is not null)
        {
            json.WriteString("error_kind"u8, entry.ErrorKind);
        }

        if (entry.Exception is not null)
        {
            json.WriteStartObject("exception"u8);
            json.WriteString("type"u8, entry.Exception.GetType().FullName);
            var message = entry.Exception.Message.AsSpan();
            json.WriteString("message"u8, message.Length > MaxMessageChars ? message[..MaxMessageChars] : message);
            json.WriteString("stack_trace"u8, TrimStackTrace(entry.Exception.StackTrace));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary><c>"GET /events/{eventId} 200"</c>, formatted on the stack.</summary>
    private static void WriteMessage(Utf8JsonWriter json, string route, int status)
    {
        var length = route.Length + 12;
        var rented = length > 256 ? ArrayPool<char>.Shared.Rent(length) : null;
        try
        {
            var message = rented is null ? stackalloc char[length] : rented.AsSpan(0, length);
            route.CopyTo(message);
            message[route.Length] = ' ';
            status.TryFormat(message[(route.Length + 1)..], out var digits, provider: CultureInfo.InvariantCulture);
            json.WriteString("message"u8, message[..(route.Length + 1 + digits)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static ReadOnlySpan<byte> LevelName(LambdaLogLevel level) => level switch
    {
        LambdaLogLevel.Trace => "TRACE"u8,
        LambdaLogLevel.Debug => "DEBUG"u8,
        LambdaLogLevel.Info => "INFO"u8,
        LambdaLogLevel.Warn => "WARN"u8,
        LambdaLogLevel.Error => "ERROR"u8,
        _ => "FATAL"u8,
    };

    private bool WriteLine(ReadOnlySpan<byte> utf8) => stream is not null ? WriteLine(stream, utf8) : WriteLine(writer!, utf8);

    private static bool WriteLine(Stream stream, ReadOnlySpan<byte> utf8)
    {
        // One write for the record and its newline, so nothing another writer sends can land inside the line.
        var line = ArrayPool<byte>.Shared.Rent(utf8.Length + 1);
        try
        {
            utf8.CopyTo(line);
            line[utf8.Length] = (byte)'\n';
            lock (stream)
            {
                stream.Write(line, 0, utf8.Length + 1);
                stream.Flush();
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(line);
        }
    }

    private static bool WriteLine(TextWriter writer, ReadOnlySpan<byte> utf8)
    {
        var line = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(utf8.Length));
        try
        {
            var length = Encoding.UTF8.GetChars(utf8, line);
            lock (writer)
            {
                writer.WriteLine(line.AsSpan(0, length));
                writer.Flush();
            }

            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(line);
        }
    }

    /// <summary>Opened on first use, once per process.</summary>
    private static class StandardOutput
    {
        public static readonly InvocationLog Log = new(System.Console.OpenStandardOutput(), ObservabilitySettings.FromEnvironment());
    }
}

/// <summary>The facts of one invocation that its log record holds.</summary>
/// <param name="Timestamp">When the invocation ended.</param>
/// <param name="Function">The function's name (the default for <c>service</c> and <c>function_name</c>).</param>
/// <param name="Route">The function's method and path template: <c>GET /events/{eventId}</c>.</param>
/// <param name="Status">The response's status code.</param>
/// <param name="DurationMs">How long the invocation took, in milliseconds.</param>
/// <param name="CorrelationId">API Gateway's <c>requestContext.requestId</c>.</param>
/// <param name="FunctionRequestId">The Lambda context's <c>AwsRequestId</c>, when the invocation has a context.</param>
/// <param name="TraceHeader">The X-Ray trace header (<c>_X_AMZN_TRACE_ID</c>), if any.</param>
/// <param name="ErrorKind">What went wrong, for a 4xx or 5xx: the problem's title or the exception's type name.</param>
/// <param name="Exception">The unexpected failure behind a 5xx, if any.</param>
/// <param name="Metrics">What the function recorded while it ran, if anything.</param>
public sealed record InvocationLogEntry(
    DateTimeOffset Timestamp,
    string Function,
    string Route,
    int Status,
    double DurationMs,
    string? CorrelationId,
    string? FunctionRequestId,
    string? TraceHeader,
    string? ErrorKind,
    Exception? Exception,
    InvocationMetrics? Metrics = null);
