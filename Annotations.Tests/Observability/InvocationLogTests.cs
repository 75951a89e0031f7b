using System.Globalization;
using System.Text;
using System.Text.Json;
using EventFunctions.Annotations.Observability;

namespace EventFunctions.Annotations.Tests.Observability;

[Trait("Category", "Unit")]
public sealed class InvocationLogTests
{
    private const string TraceHeader = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";

    [Fact]
    public void Record_HasThePowertoolsKeysThenOurs()
    {
        using var record = WriteOne(Entry(200));

        Assert.Equal(
            ["timestamp", "level", "service", "message", "cold_start", "function_name", "function_request_id", "xray_trace_id",
             "correlation_id", "route", "status", "duration_ms"],
            record.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Timestamp_IsRfc3339UtcWithMilliseconds()
    {
        using var record = WriteOne(Entry(200) with { Timestamp = new DateTimeOffset(2026, 12, 1, 12, 8, 10, 7, TimeSpan.FromHours(2)) });

        Assert.Equal("2026-12-01T10:08:10.007Z", record.RootElement.GetProperty("timestamp").GetString());
    }

    [Theory]
    [InlineData(200, "INFO")]
    [InlineData(404, "INFO")]
    [InlineData(499, "INFO")]
    [InlineData(500, "ERROR")]
    [InlineData(503, "ERROR")]
    public void Level_IsErrorFor5xxOnly(int status, string level)
    {
        using var record = WriteOne(Entry(status));

        Assert.Equal(level, record.RootElement.GetProperty("level").GetString());
    }

    [Fact]
    public void Message_IsTheRouteAndStatus()
    {
        using var record = WriteOne(Entry(201));

        Assert.Equal("GET /events/{eventId} 201", record.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public void XrayTraceId_IsTheRootOfTheTraceHeader()
    {
        using var record = WriteOne(Entry(200));

        Assert.Equal("1-5759e988-bd862e3fe1be46a994272793", record.RootElement.GetProperty("xray_trace_id").GetString());
    }

    [Theory]
    [InlineData("Parent=53995c3f42cd8ad8; Root=1-abc ;Sampled=0", "1-abc")]
    [InlineData("Parent=53995c3f42cd8ad8", "")]
    [InlineData("", "")]
    public void TraceRoot_IsFoundAnywhereInTheHeader(string header, string root)
    {
        Assert.Equal(root, XRayTraceHeader.Part(header, "Root=").ToString());
    }

    [Fact]
    public void NoContextOrTrace_LeavesOutRequestIdAndTraceId()
    {
        using var record = WriteOne(Entry(200) with { FunctionRequestId = null, TraceHeader = null });

        Assert.False(record.RootElement.TryGetProperty("function_request_id", out _) || record.RootElement.TryGetProperty("xray_trace_id", out _));
    }

    [Fact]
    public void ServiceAndFunctionName_DefaultToTheFunctionsName()
    {
        using var record = WriteOne(Entry(200));

        Assert.Equal(("GetEvent", "GetEvent"), (record.RootElement.GetProperty("service").GetString(), record.RootElement.GetProperty("function_name").GetString()));
    }

    [Fact]
    public void ServiceAndFunctionName_ComeFromTheSettings()
    {
        using var record = WriteOne(Entry(200), new ObservabilitySettings { Service = "events-api", FunctionName = "Stack-GetEvent-1A2B" });

        Assert.Equal(("events-api", "Stack-GetEvent-1A2B"), (record.RootElement.GetProperty("service").GetString(), record.RootElement.GetProperty("function_name").GetString()));
    }

    [Fact]
    public void Exception_IsLoggedWithItsTypeMessageAndStack()
    {
        using var record = WriteOne(Entry(500) with { ErrorKind = "InvalidOperationException", Exception = Thrown("Table: events not found") });

        var exception = record.RootElement.GetProperty("exception");
        Assert.Equal("System.InvalidOperationException", exception.GetProperty("type").GetString());
        Assert.Equal("Table: events not found", exception.GetProperty("message").GetString());
        Assert.Contains(nameof(Thrown), exception.GetProperty("stack_trace").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void LongExceptionMessage_IsCutToTheBound()
    {
        using var record = WriteOne(Entry(500) with { Exception = Thrown(new string('m', 5000)) });

        Assert.Equal(InvocationLog.MaxMessageChars, record.RootElement.GetProperty("exception").GetProperty("message").GetString()!.Length);
    }

    [Fact]
    public void NoFailure_LeavesOutTheExceptionObject()
    {
        using var record = WriteOne(Entry(200));

        Assert.False(record.RootElement.TryGetProperty("exception", out _));
    }

    [Fact]
    public void LongStackTrace_IsTrimmedToTheBound()
    {
        var stack = string.Concat(Enumerable.Range(0, 200).Select(i => string.Create(CultureInfo.InvariantCulture, $"   at Frame{i}.Method()\n")));

        var trimmed = InvocationLog.TrimStackTrace(stack)!;

        Assert.InRange(trimmed.Length, InvocationLog.MaxStackTraceChars - 100, InvocationLog.MaxStackTraceChars);
    }

    [Fact]
    public void TrimmedStackTrace_SaysSo()
    {
        var stack = string.Concat(Enumerable.Repeat("   at Frame.Method()\n", 200));

        Assert.EndsWith("stack trace trimmed ---", InvocationLog.TrimStackTrace(stack), StringComparison.Ordinal);
    }

    [Fact]
    public void ShortStackTrace_IsKeptWhole()
    {
        Assert.Equal("   at A.B()", InvocationLog.TrimStackTrace("   at A.B()"));
    }

    [Fact]
    public void RecordBelowTheMinimumLevel_IsNotWritten()
    {
        var text = new StringWriter();
        var log = new InvocationLog(text, new ObservabilitySettings { MinimumLevel = LambdaLogLevel.Warn });

        log.Write(Entry(200));

        Assert.Empty(Records(text));
    }

    [Fact]
    public void ErrorRecord_IsWrittenAtWarn()
    {
        var text = new StringWriter();
        var log = new InvocationLog(text, new ObservabilitySettings { MinimumLevel = LambdaLogLevel.Warn });

        log.Write(Entry(500));

        Assert.Contains("\"level\":\"ERROR\"", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorRecord_IsNotWrittenAtFatal()
    {
        var text = new StringWriter();
        var log = new InvocationLog(text, new ObservabilitySettings { MinimumLevel = LambdaLogLevel.Fatal });

        log.Write(Entry(500));

        Assert.Empty(Records(text));
    }

    [Fact]
    public void MetricsLine_IsWrittenWhenTheRecordIsBelowTheLevel()
    {
        var text = new StringWriter();
        var log = new InvocationLog(text, new ObservabilitySettings { MinimumLevel = LambdaLogLevel.Fatal });

        log.Write(Entry(200));

        Assert.StartsWith("{\"_aws\"", Assert.Single(text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void ColdStart_IsSpentByTheFirstInvocationEvenWhenItsRecordIsDropped()
    {
        var text = new StringWriter();
        var log = new InvocationLog(text, new ObservabilitySettings { MinimumLevel = LambdaLogLevel.Warn });

        log.Write(Entry(200));
        log.Write(Entry(500));

        Assert.Contains("\"cold_start\":false", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void StreamLog_WritesEachRecordAndMetricsLineAsOneUtf8Line()
    {
        using var stream = new MemoryStream();
        var log = new InvocationLog(stream);

        log.Write(Entry(200));
        log.Write(Entry(404));

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.All(lines[..4], l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
        Assert.Empty(lines[4]);
    }

    private static InvocationLogEntry Entry(int status) => new(
        DateTimeOffset.UtcNow, "GetEvent", "GET /events/{eventId}", status, 1.25, "api-req-1", "lambda-req-1", TraceHeader, null, null);

    private static JsonDocument WriteOne(InvocationLogEntry entry, ObservabilitySettings? settings = null)
    {
        var text = new StringWriter();
        new InvocationLog(text, settings).Write(entry);
        return JsonDocument.Parse(Assert.Single(Records(text)));
    }

    /// <summary>The record lines, without the metrics lines (those with <c>_aws</c>).</summary>
    private static string[] Records(StringWriter text) =>
        [.. text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => !line.StartsWith("{\"_aws\"", StringComparison.Ordinal))];

    private static InvalidOperationException Thrown(string message)
    {
        try
        {
            throw new InvalidOperationException(message);
        }
        catch (InvalidOperationException exception)
        {
            return exception;
        }
    }
}
