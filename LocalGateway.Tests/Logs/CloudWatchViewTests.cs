using System.Text.Json;
using EventFunctions.Annotations.Tests.Infrastructure;
using EventFunctions.LocalGateway.Lambda;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Logs;

/// <summary>
/// A cold and a warm GET as CloudWatch would hold GetEvent's log, the same in every runtime mode and log format: the
/// function's invocation record is a top-level JSON object, between its invocation's START and REPORT.
/// </summary>
public abstract class CloudWatchViewTests(CloudWatchViewFixture fixture)
{
    private protected CloudWatchViewFixture Fixture => fixture;

    private protected IReadOnlyList<LogLine> Records => [.. fixture.Lines.Where(l => l.IsInvocationRecord)];

    [Fact]
    public void Get_EachInvocation_WritesOneTopLevelJsonRecord()
    {
        Assert.Equal(2, Records.Count);
    }

    [Fact]
    public void Get_Records_CarryTheRequestIdTheClientGotAsCorrelationId()
    {
        Assert.Equal(fixture.CorrelationIds, Records.Select(r => r.String("correlation_id")));
    }

    [Fact]
    public void Get_Records_AreColdStartThenWarm()
    {
        Assert.Equal([true, false], Records.Select(r => r.Json!.Value.GetProperty("cold_start").GetBoolean()));
    }

    [Fact]
    public void Get_Record_CarriesLevelStatusRouteServiceAndFunctionName()
    {
        var record = Records[0];

        Assert.Equal(
            ("INFO", 404, "GET /events/{eventId}", "EventFunctions", "GetEvent"),
            (record.String("level"), record.Json!.Value.GetProperty("status").GetInt32(), record.String("route"), record.String("service"),
                record.String("function_name")));
    }

    [Fact]
    public void Get_Record_SitsBetweenItsInvocationsStartAndReport()
    {
        var lines = fixture.Lines.ToList();
        var at = lines.FindIndex(l => l.IsInvocationRecord);

        var start = lines[..at].Last(l => l.StartRequestId is not null).StartRequestId;
        var report = lines[at..].First(l => l.ReportRequestId is not null).ReportRequestId;

        Assert.Equal(start, report);
    }

    [Fact]
    public void Get_EachInvocation_WritesOneValidEmbeddedMetricFormatLine()
    {
        var metrics = Metrics;

        Assert.Equal(2, metrics.Count);
        Assert.All(metrics, line => Assert.Empty(EmbeddedMetricFormatSpec.Violations(line.Text)));
    }

    [Fact]
    public void Get_Metrics_CountTheColdStartOnTheFirstInvocationOnly()
    {
        Assert.Equal([true, false], Metrics.Select(m => m.Json!.Value.TryGetProperty("ColdStart", out _)));
    }

    [Fact]
    public void Get_Metrics_CountTheRequestByStatusClassAndTimeItsGetItem()
    {
        var metrics = Metrics[0].Json!.Value;

        Assert.Equal(
            ("4xx", 1, "EventFunctions", "GetEvent", 1),
            (metrics.GetProperty("status_class").GetString(), metrics.GetProperty("Requests").GetInt32(), metrics.GetProperty("service").GetString(),
                metrics.GetProperty("function_name").GetString(), metrics.GetProperty("DynamoDbLatency").ValueKind == JsonValueKind.Number ? 1 : 0));
    }

    private IReadOnlyList<LogLine> Metrics => [.. Fixture.Lines.Where(l => l.IsMetrics)];

    /// <summary>Executable mode: the runtime has Lambda's context; the managed stand-in gives a stream handler none.</summary>
    [Fact]
    public void Get_Record_FunctionRequestIdIsTheStartsRequestIdWhereTheRuntimeHasAContext()
    {
        var lines = fixture.Lines.ToList();
        var at = lines.FindIndex(l => l.IsInvocationRecord);
        var start = lines[..at].Last(l => l.StartRequestId is not null).StartRequestId;

        var functionRequestId = lines[at].Json!.Value.TryGetProperty("function_request_id", out var id) ? id.GetString() : null;

        Assert.Equal(fixture.Mode == RuntimeMode.Managed ? null : start, functionRequestId);
    }

    [Fact]
    public async Task InvokeTail_HoldsTheRecordFramedByTheFormatsStartAndReport()
    {
        var invocation = await Invocation.SendAsync(fixture.Client, CloudWatchViewFixture.Function, File.ReadAllText(Samples.PathOf("get-event.json")), tail: true);

        var lines = LogLine.OfTail(invocation.LogTail!);
        Assert.Equal(
            (invocation.RequestId, fixture.Format == LogFormat.Json, 1, invocation.RequestId),
            (lines[0].StartRequestId, lines[0].Json.HasValue, lines.Count(l => l.IsInvocationRecord), lines[^1].ReportRequestId));
    }
}

/// <summary>Under JSON, Lambda's own lines are JSON platform events.</summary>
public abstract class JsonCloudWatchViewTests(CloudWatchViewFixture fixture) : CloudWatchViewTests(fixture)
{
    [Fact]
    public void Json_EveryLine_IsAJsonObject()
    {
        Assert.All(Fixture.Lines, line => Assert.True(line.Json.HasValue, line.Text));
    }

    [Fact]
    public void Json_InitStart_IsAPlatformInitStartEvent()
    {
        var init = Fixture.Lines[0].Json!.Value;
        var record = init.GetProperty("record");

        Assert.Equal(
            ("platform.initStart", "on-demand", "init", $"local:{RuntimeModes.Name(Fixture.Mode)}", "GetEvent", "$LATEST"),
            (init.GetProperty("type").GetString(), record.GetProperty("initializationType").GetString(), record.GetProperty("phase").GetString(),
                record.GetProperty("runtimeVersion").GetString(), record.GetProperty("functionName").GetString(),
                record.GetProperty("functionVersion").GetString()));
    }

    [Fact]
    public void Json_Start_IsAPlatformStartEventWithRequestIdFunctionArnAndVersion()
    {
        var start = Fixture.Lines.First(l => l.PlatformType == "platform.start").Json!.Value;
        var record = start.GetProperty("record");

        Assert.True(DateTimeOffset.TryParse(start.GetProperty("time").GetString(), out _));
        Assert.True(Guid.TryParse(record.GetProperty("requestId").GetString(), out _));
        Assert.Equal(
            ("arn:aws:lambda:us-east-1:123456789012:function:GetEvent", "$LATEST"),
            (record.GetProperty("functionArn").GetString(), record.GetProperty("version").GetString()));
    }

    [Fact]
    public void Json_Report_IsAPlatformReportEventWithMetricsAndStatus()
    {
        var record = Reports()[0].GetProperty("record");
        var metrics = record.GetProperty("metrics");

        Assert.Equal("success", record.GetProperty("status").GetString());
        Assert.Equal(512, metrics.GetProperty("memorySizeMB").GetInt32());
        Assert.InRange(metrics.GetProperty("maxMemoryUsedMB").GetInt32(), 1, 4096);
        Assert.InRange(metrics.GetProperty("durationMs").GetDouble(), 0.001, 29_000);
        Assert.True(metrics.GetProperty("billedDurationMs").GetInt64() >= metrics.GetProperty("durationMs").GetDouble());
    }

    [Fact]
    public void Json_Report_HasInitDurationMsOnTheColdStartOnly()
    {
        var metrics = Reports().Select(r => r.GetProperty("record").GetProperty("metrics")).ToList();

        Assert.Equal([true, false], metrics.Select(m => m.TryGetProperty("initDurationMs", out _)));
    }

    private List<JsonElement> Reports() => [.. Fixture.Lines.Where(l => l.PlatformType == "platform.report").Select(l => l.Json!.Value)];
}

/// <summary>Under Text, Lambda's own lines are START, END and REPORT text; only the record is JSON.</summary>
public abstract class TextCloudWatchViewTests(CloudWatchViewFixture fixture) : CloudWatchViewTests(fixture)
{
    [Fact]
    public void Text_InitStart_IsTheTextLine()
    {
        Assert.Equal($"INIT_START Runtime Version: local:{RuntimeModes.Name(Fixture.Mode)} Code Version: 1", Fixture.Lines[0].Text);
    }

    [Fact]
    public void Text_Start_IsTheTextLine()
    {
        Assert.Matches(@"^START RequestId: [0-9a-f-]{36} Version: \$LATEST$", Fixture.Lines[1].Text);
    }

    [Fact]
    public void Text_EachInvocation_EndsWithEndThenReport()
    {
        var lines = Fixture.Lines.ToList();
        var report = lines.FindIndex(l => l.ReportRequestId is not null);

        Assert.Equal($"END RequestId: {lines[report].ReportRequestId}", lines[report - 1].Text);
    }

    [Fact]
    public void Text_Report_IsTheTabSeparatedLineWithInitDurationOnTheColdStart()
    {
        var reports = Fixture.Lines.Where(l => l.ReportRequestId is not null).Select(l => l.Text).ToList();

        Assert.Matches(
            @"^REPORT RequestId: \S+\tDuration: \d+\.\d\d ms\tBilled Duration: \d+ ms\tMemory Size: 512 MB\tMax Memory Used: [1-9]\d* MB\tInit Duration: \d+\.\d\d ms\t$",
            reports[0]);
        Assert.DoesNotContain("Init Duration", reports[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_PlatformLines_AreNotJson()
    {
        Assert.All(Fixture.Lines.Where(l => !l.IsInvocationRecord && !l.IsMetrics), line => Assert.Null(line.Json));
    }
}

public sealed class ExecutableJsonViewTests(ExecutableJsonViewFixture fixture)
    : JsonCloudWatchViewTests(fixture), IClassFixture<ExecutableJsonViewFixture>;

public sealed class ManagedJsonViewTests(ManagedJsonViewFixture fixture)
    : JsonCloudWatchViewTests(fixture), IClassFixture<ManagedJsonViewFixture>;

public sealed class ExecutableTextViewTests(ExecutableTextViewFixture fixture)
    : TextCloudWatchViewTests(fixture), IClassFixture<ExecutableTextViewFixture>;

public sealed class ManagedTextViewTests(ManagedTextViewFixture fixture)
    : TextCloudWatchViewTests(fixture), IClassFixture<ManagedTextViewFixture>;

public sealed class AotJsonViewTests(AotJsonViewFixture fixture)
    : JsonCloudWatchViewTests(fixture), IClassFixture<AotJsonViewFixture>;

public sealed class AotTextViewTests(AotTextViewFixture fixture)
    : TextCloudWatchViewTests(fixture), IClassFixture<AotTextViewFixture>;
